// The short result of the latest selftest (selftest-result.json beside its kill matrix): the
// suite's kill rate, which every evidence pack carries in metadata.json and shows on its first
// page, so a reviewer sees how far a green run can be trusted and of which suite that was shown.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface SelftestResult {
  readonly faults: number;
  readonly caught: number;
  readonly unexpectedReds?: number;
  readonly cleanOk?: boolean;
  /** Every catalogue fault, every scenario under each: the figure a code body can rely on. */
  readonly complete?: boolean;
  readonly scope?: 'all' | 'expected';
  readonly catalogueSize?: number;
  readonly suite?: { readonly version?: string; readonly commit?: string };
  readonly finishedAt?: string;
}

export const SELFTEST_RESULT_FILE = 'selftest-result.json';

/** Where `run` and `pack` look for it unless told: the default folder of `selftest`. */
export const DEFAULT_SELFTEST_RESULT = path.join('reports', 'selftest', SELFTEST_RESULT_FILE);

/**
 * The result in a file, or null when there is none (no selftest has run here). A file that is
 * there but unreadable is an error naming it: a pack must not quietly say "not measured".
 */
export function readSelftestResult(file: string): SelftestResult | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`cannot read the selftest result ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let parsed: Partial<SelftestResult>;
  try {
    parsed = JSON.parse(text) as Partial<SelftestResult>;
  } catch (error) {
    throw new Error(`${file} is not JSON (${(error as Error).message}); run mhhs-qualify selftest again`);
  }
  if (!Number.isInteger(parsed.faults) || !Number.isInteger(parsed.caught)) throw new Error(`${file} has no whole numbers 'faults' and 'caught'; run mhhs-qualify selftest again`);
  return parsed as SelftestResult;
}

/** `100%`, never rounded up to it: 32 of 33 is 96 %, and 199 of 200 is 99 %. */
const percent = (caught: number, faults: number): string => `${Math.floor((100 * caught) / faults)}%`;

/**
 * The kill rate as the pack's first page says it, with what a reviewer must know to weigh it:
 * a sample or the whole catalogue, unexpected reds, and whether it was measured on the suite
 * that made this run (packCommit).
 */
export function killRateOf(selftest: SelftestResult | null | undefined, packCommit?: string): string {
  if (!selftest || !Number.isFinite(selftest.faults) || selftest.faults <= 0) return 'not measured (no selftest result)';
  const parts = [`${percent(selftest.caught, selftest.faults)} (${selftest.caught} of ${selftest.faults} fault switches caught)`];
  if (selftest.complete === false) parts.push(selftest.scope === 'expected' ? 'a sample: only the scenarios meant to catch each fault' : `a sample of ${selftest.faults} of ${selftest.catalogueSize ?? '?'} catalogue faults`);
  if (selftest.unexpectedReds) parts.push(`${selftest.unexpectedReds} unexpected red`);
  if (selftest.cleanOk === false) parts.push('clean run NOT green');
  const commit = selftest.suite?.commit;
  if (commit && packCommit && commit !== packCommit) parts.push(`measured on suite commit ${commit.slice(0, 12)}, not this run's`);
  else if (selftest.suite?.version) parts.push(`suite ${selftest.suite.version}`);
  if (selftest.finishedAt) parts.push(selftest.finishedAt.slice(0, 10));
  return parts.join('; ');
}
