// `mhhs-qualify selftest --repeat N`: the clean suite N times, serial and with two workers in
// turn, each with its own seed (other MPANs, references, timings), and every scenario whose
// verdict was not the same in all of them, with the seed and mode of each verdict so that the
// odd one can be run again. A green run means something only if it is green every time.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ConsoleIO } from '../cli/output/console-io.ts';
import { rerunCommand } from '../run/rerun-command.ts';
import { DEFAULT_PROFILE } from '../run/run-settings.ts';
import { isNotApplicable, type RunOutcome } from './kill-matrix.ts';
import { runSuite, type SuiteRunSettings, suiteRunCommand } from './selftest-runs.ts';

export interface RepeatedRun {
  readonly seed: number;
  readonly parallel: number;
  readonly outcome: RunOutcome;
}

export interface FlakyScenario {
  readonly location: string;
  readonly name: string;
  readonly verdicts: ReadonlyArray<{ readonly verdict: string; readonly seed: number; readonly parallel: number; readonly cause?: string; readonly rerun: string }>;
}

/** Scenarios whose verdict differed between runs, or that ran in some runs and not others. */
export function flakyScenarios(runs: readonly RepeatedRun[], settings: Omit<SuiteRunSettings, 'seed' | 'parallel'>): FlakyScenario[] {
  const finished = runs.filter((run) => 'summary' in run.outcome);
  const byLocation = new Map<string, { name: string; verdicts: FlakyScenario['verdicts'][number][] }>();
  for (const run of finished) {
    if (!('summary' in run.outcome)) continue;
    for (const scenario of run.outcome.summary.scenarios) {
      const location = scenario.location ?? `${scenario.feature} / ${scenario.name}`;
      const entry = byLocation.get(location) ?? { name: scenario.name, verdicts: [] };
      const rerun = scenario.location
        ? rerunCommand({ location: scenario.location, seed: run.seed, timeScale: settings.timeScale, faults: [], profile: DEFAULT_PROFILE, ...(settings.specVersion ? { specVersion: settings.specVersion } : {}) })
        : suiteRunCommand({ reports: '' }, { ...settings, seed: run.seed, parallel: run.parallel });
      entry.verdicts.push({ verdict: isNotApplicable(scenario) ? 'not applicable' : scenario.verdict, seed: run.seed, parallel: run.parallel, ...(scenario.cause ? { cause: scenario.cause } : {}), rerun });
      byLocation.set(location, entry);
    }
  }
  return [...byLocation.entries()]
    .filter(([, entry]) => new Set(entry.verdicts.map((verdict) => verdict.verdict)).size > 1 || entry.verdicts.length < finished.length)
    .map(([location, entry]) => ({ location, name: entry.name, verdicts: entry.verdicts }));
}

export interface RepeatSettings extends SuiteRunSettings {
  readonly repeat: number;
  readonly tags?: string | undefined;
  readonly reportsDir: string;
}

export async function runRepeat(settings: RepeatSettings, io: ConsoleIO): Promise<{ flaky: FlakyScenario[]; problems: string[]; file: string }> {
  const started = performance.now();
  io.out(`selftest --repeat ${settings.repeat}: the clean suite ${settings.repeat} times, serial and --parallel 2 in turn, seeds ${settings.seed} to ${settings.seed + settings.repeat - 1}${settings.tags ? `, scenarios ${settings.tags}` : ''}`);
  const runs: RepeatedRun[] = [];
  for (let index = 0; index < settings.repeat; index += 1) {
    const seed = settings.seed + index;
    const parallel = index % 2 === 0 ? 0 : 2;
    const outcome = await runSuite({ reports: path.join(settings.reportsDir, 'repeat', `run-${index + 1}-seed-${seed}-${parallel ? 'parallel-2' : 'serial'}`), tags: settings.tags }, { ...settings, seed, parallel });
    runs.push({ seed, parallel, outcome });
    const what = 'summary' in outcome ? `${outcome.summary.totals.pass} pass, ${outcome.summary.totals.fail} fail, ${outcome.summary.totals.inconclusive} inconclusive, ${outcome.summary.totals.error} error` : outcome.problem;
    io.out(`[${index + 1}/${settings.repeat}] seed ${seed}, ${parallel ? '--parallel 2' : 'serial'}: ${what} (${Math.round(outcome.seconds)} s)`);
  }
  const flaky = flakyScenarios(runs, settings);
  const problems = runs.flatMap((run) => ('problem' in run.outcome ? [`seed ${run.seed}, ${run.parallel ? '--parallel 2' : 'serial'}: ${run.outcome.problem}`] : []));
  mkdirSync(settings.reportsDir, { recursive: true });
  const file = path.join(settings.reportsDir, 'flakiness.json');
  writeFileSync(file, `${JSON.stringify({ repeat: settings.repeat, tags: settings.tags ?? null, timeScale: settings.timeScale, runs: runs.map((run) => ({ seed: run.seed, parallel: run.parallel, seconds: run.outcome.seconds, ...('problem' in run.outcome ? { problem: run.outcome.problem } : { totals: run.outcome.summary.totals }) })), flaky, problems }, null, 2)}\n`);
  io.out(
    [
      '',
      `${flaky.length} flaky scenario${flaky.length === 1 ? '' : 's'} in ${settings.repeat} runs (${Math.round((performance.now() - started) / 1000)} s)${problems.length ? `; ${problems.length} run(s) without a verdict` : ''}`,
      ...flaky.flatMap((scenario) => [`  ${scenario.location} ${scenario.name}`, ...scenario.verdicts.map((verdict) => `    ${verdict.verdict.padEnd(14)} seed ${verdict.seed}, ${verdict.parallel ? '--parallel 2' : 'serial'}: ${verdict.rerun}`)]),
      ...problems.map((problem) => `  ${problem}`),
      `Written: ${path.relative(process.cwd(), file)}`,
    ].join('\n'),
  );
  return { flaky, problems, file };
}
