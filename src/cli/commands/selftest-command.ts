// `mhhs-qualify selftest [--fault NAME...] [--scope all|expected] [--parallel N] [--repeat N]`:
// reads the options, then hands over to src/selftest/ (the kill matrix, or with --repeat the
// flakiness check). Exit 0 only when every fault was caught with nothing unexpected, or when no
// scenario's verdict varied.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { suiteCommit } from '../../evidence/pack/build-pack.ts';
import { FaultCatalogueError, loadFaultCatalogue } from '../../selftest/fault-catalogue.ts';
import { runRepeat } from '../../selftest/flakiness.ts';
import { runSelftest } from '../../selftest/run-selftest.ts';
import { tagExpressionProblem } from '../../run/scenario-selection.ts';
import type { ConsoleIO } from '../output/console-io.ts';
import { UsageError } from '../usage-error.ts';

export interface SelftestCommandOptions {
  readonly catalogue?: string;
  readonly fault?: string[];
  readonly scope?: string;
  readonly parallel?: string;
  readonly repeat?: string;
  readonly tags?: string;
  readonly seed?: string;
  readonly timeScale?: string;
  readonly reports?: string;
  readonly runTimeout?: string;
  readonly specVersion?: string;
  readonly specDir?: string;
}

function whole(value: string | undefined, name: string, fallback: number, minimum: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < minimum) throw new UsageError(`${name} '${value}' must be a whole number ≥ ${minimum}`);
  return number;
}

function catalogue(file: string | undefined) {
  try {
    return loadFaultCatalogue(file);
  } catch (error) {
    if (error instanceof FaultCatalogueError) throw new UsageError(error.message);
    throw error;
  }
}

export async function selftestCommand(options: SelftestCommandOptions, io: ConsoleIO): Promise<number> {
  const timeScale = Number(options.timeScale ?? '3600');
  if (!Number.isFinite(timeScale) || timeScale <= 0) throw new UsageError(`--time-scale '${options.timeScale}' must be a number above 0`);
  const settings = {
    seed: whole(options.seed, '--seed', 1, 0),
    timeScale,
    parallel: whole(options.parallel, '--parallel', 0, 0),
    specVersion: options.specVersion,
    specDir: options.specDir,
    timeoutMs: whole(options.runTimeout, '--run-timeout', 900, 1) * 1000,
    reportsDir: path.resolve(options.reports ?? path.join('reports', 'selftest')),
  };

  if (options.repeat !== undefined) {
    const repeat = whole(options.repeat, '--repeat', 10, 2);
    if (options.fault?.length) throw new UsageError('--repeat runs the clean suite; it takes no --fault');
    const tagProblem = options.tags === undefined ? undefined : tagExpressionProblem(options.tags);
    if (tagProblem) throw new UsageError(tagProblem);
    const { flaky, problems } = await runRepeat({ ...settings, repeat, tags: options.tags }, io);
    return flaky.length === 0 && problems.length === 0 ? 0 : 1;
  }
  if (options.tags) throw new UsageError('--tags chooses the scenarios of --repeat; the kill matrix takes each fault\'s scenarios from scenarios/fault-catalogue.yaml (--scope expected) or runs them all');

  const scope = options.scope ?? 'all';
  if (scope !== 'all' && scope !== 'expected') throw new UsageError(`--scope must be all or expected, not '${scope}'`);
  const entries = catalogue(options.catalogue);
  const chosen = options.fault?.length ? options.fault : entries.map((entry) => entry.switch);
  const unknown = chosen.filter((name) => !entries.some((entry) => entry.switch === name));
  if (unknown.length) throw new UsageError(`--fault ${unknown.join(', ')}: not in the fault catalogue; known: ${entries.map((entry) => entry.switch).join(', ')}`);
  const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  const { matrix } = await runSelftest(
    { ...settings, scope, entries: entries.filter((entry) => chosen.includes(entry.switch)), catalogueSize: entries.length, suite: { version, commit: suiteCommit() } },
    io,
  );
  return matrix.ok ? 0 : 1;
}
