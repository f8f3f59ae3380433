// `mhhs-qualify selftest`: the suite proves it turns red when the participant is wrong. It runs
// the bundled reference participant clean (all must be green), then once per catalogue fault
// (the scenarios meant to catch it must fail with the finding that names it), judges every run
// into a kill matrix and writes it. Runs go one after another: each already uses the workers
// `--parallel` gives it, and two at once would only fight for the same cores.
import path from 'node:path';
import type { ConsoleIO } from '../cli/output/console-io.ts';
import type { CatalogueEntry } from './fault-catalogue.ts';
import { judgeClean, judgeFault, type FaultOutcome, type KillMatrix, killMatrix, killRateText } from './kill-matrix.ts';
import { type SelftestIdentity, writeKillMatrix } from './kill-matrix-files.ts';
import { runSuite, type SuiteRunSettings } from './selftest-runs.ts';
import { bundledCheckIds } from './unexercised.ts';

export interface SelftestSettings extends SuiteRunSettings {
  readonly entries: readonly CatalogueEntry[];
  readonly catalogueSize: number;
  /** all: every scenario under every fault (finds unexpected reds); expected: only the scenarios meant to catch each. */
  readonly scope: 'all' | 'expected';
  readonly reportsDir: string;
  readonly suite: { readonly version: string; readonly commit: string };
}

export interface SelftestOutcome {
  readonly matrix: KillMatrix;
  readonly files: readonly string[];
}

const seconds = (value: number): string => `${Math.round(value)} s`;

function faultLine(fault: FaultOutcome): string {
  if (fault.runProblem) return `run problem: ${fault.runProblem}`;
  const also = fault.alsoCaughtBy.length ? ` (and ${fault.alsoCaughtBy.length} other scenario${fault.alsoCaughtBy.length === 1 ? '' : 's'} naming it)` : '';
  const verdict = fault.caught ? `caught by ${fault.caughtBy.length} of ${fault.expected}${also}` : `NOT CAUGHT (${fault.expected} meant to catch it: ${fault.failedOtherwise.length} failed for another reason, ${fault.stayedGreen.length} stayed green, ${fault.notFailVerdict.length} error or inconclusive)`;
  const reds = fault.unexpectedRed.length ? ` · ${fault.unexpectedRed.length} UNEXPECTED RED` : '';
  return `${verdict}${reds}`;
}

/** The lines after the runs: what failed and how to see it again. */
function problemLines(matrix: KillMatrix): string[] {
  const lines: string[] = [];
  for (const problem of matrix.clean.problems) lines.push(`  clean run: ${problem.verdict.toUpperCase()} ${problem.location} ${problem.name}: ${problem.cause ?? ''}`);
  if (matrix.clean.runProblem) lines.push(`  clean run: ${matrix.clean.runProblem}`);
  for (const fault of matrix.faults) {
    if (!fault.caught) lines.push(`  ${fault.switch} not caught; re-run: ${fault.command}`);
    for (const cell of fault.notFailVerdict) lines.push(`  ${fault.switch}: ${cell.location} ended ${cell.verdict}, not fail: ${cell.cause ?? ''}`);
    for (const cell of fault.unexpectedRed) lines.push(`  ${fault.switch}: unexpected ${cell.verdict.toUpperCase()} ${cell.location} ${cell.name}: ${cell.cause ?? ''}`);
  }
  return lines;
}

/** The checks never shown able to fail, by kind; the target is none. */
function unexercisedLines(matrix: KillMatrix, sample: boolean): string[] {
  const { rules, slas, requirements, steps } = matrix.unexercised;
  const line = (kind: string, ids: readonly string[]) => `  ${kind.padEnd(14)} ${ids.length ? `${ids.length}: ${ids.join(', ')}` : 'none'}`;
  const heading = sample ? 'Checks no fault of this sample made fail (the faults left out may):' : 'Checks no fault made fail (never shown able to fail):';
  const cannotFail = matrix.unexercised.cannotFail.map((check) => `  ${check.id} cannot be faulted: ${check.why}`);
  return [heading, line('rules', rules), line('SLAs', slas), line('requirements', requirements), line('process steps', steps), ...cannotFail];
}

export async function runSelftest(settings: SelftestSettings, io: ConsoleIO): Promise<SelftestOutcome> {
  const startedAt = new Date();
  const started = performance.now();
  const total = settings.entries.length + 1;
  const union = settings.entries.map((entry) => `(${entry.catches.expression})`).join(' or ');
  io.out(
    `selftest: ${total} runs (clean, then ${settings.entries.length} of ${settings.catalogueSize} catalogue faults), ${settings.scope === 'all' ? 'every scenario each' : 'only the scenarios meant to catch each fault'}; seed ${settings.seed}, time scale ${settings.timeScale}${settings.parallel ? `, --parallel ${settings.parallel}` : ''}; kill matrix to ${settings.reportsDir}`,
  );

  const cleanRun = await runSuite({ reports: path.join(settings.reportsDir, 'runs', 'clean'), tags: settings.scope === 'expected' ? union : undefined }, settings);
  const clean = judgeClean(cleanRun);
  io.out(`[1/${total}] clean: ${clean.runProblem ?? `${clean.passed} passed, ${clean.notApplicable} not applicable, ${clean.problems.length} other of ${clean.scenarios}`} (${seconds(clean.seconds)})`);

  const faults: FaultOutcome[] = [];
  for (const [index, entry] of settings.entries.entries()) {
    const run = await runSuite({ reports: path.join(settings.reportsDir, 'runs', entry.switch), fault: entry.switch, tags: settings.scope === 'expected' ? entry.catches.expression : undefined, marketStart: entry.marketStart }, settings);
    const outcome = judgeFault(entry, run, 'summary' in cleanRun ? cleanRun.summary : undefined);
    faults.push(outcome);
    io.out(`[${index + 2}/${total}] ${entry.switch}: ${faultLine(outcome)} (${seconds(outcome.seconds)})`);
  }

  const matrix = killMatrix(clean, faults, bundledCheckIds());
  const identity: SelftestIdentity = {
    suite: settings.suite,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    seconds: (performance.now() - started) / 1000,
    settings: { scope: settings.scope, seed: settings.seed, timeScale: settings.timeScale, parallel: settings.parallel, faults: settings.entries.length === settings.catalogueSize ? 'catalogue' : settings.entries.map((entry) => entry.switch) },
  };
  const files = writeKillMatrix(settings.reportsDir, matrix, identity, settings.catalogueSize);
  const problems = problemLines(matrix);
  io.out(
    [
      '',
      `Kill rate: ${killRateText(matrix.caught, faults.length)}; ${matrix.unexpectedReds} unexpected red; clean run ${clean.ok ? 'green' : 'NOT green'}${settings.scope === 'expected' ? ' (only the scenarios meant to catch each fault were run, so reds elsewhere were not looked for)' : ''}`,
      ...(problems.length ? ['Problems:', ...problems] : []),
      ...unexercisedLines(matrix, settings.entries.length < settings.catalogueSize || settings.scope === 'expected'),
      `${matrix.ok ? 'Selftest passed' : 'Selftest FAILED'} in ${seconds(identity.seconds)}. Kill matrix: ${files.map((file) => path.relative(process.cwd(), file)).join(', ')}`,
    ].join('\n'),
  );
  return { matrix, files };
}
