// Benchmark: wall time of the qualification suite, serial and parallel, and the suite's own
// time per scenario.
//   npm run bench:suite [-- --parallel 2 --rounds 1 --tags "@BP002" --time-scale 600 --details --keep]
// Runs `mhhs-qualify run` against the bundled reference participant as a child process, once
// serial and once with --parallel N per round (alternating which goes first), each into its own
// temporary reports folder, and reads what the runs wrote.
//
// Per-scenario overhead: the time a scenario took that was not spent waiting on the participant.
//   - A scenario lasts from its first "before" hook to its last "after" hook (allure-results:
//     the result's start/stop, widened by the hooks of the containers that name it).
//   - Its exchanges are those of its worker's journal (run/journal-worker-N.jsonl, N from the
//     result's thread label) that overlap it. Serial scenarios never overlap, so time decides.
//   - Waiting on the participant is the union, inside the scenario, of
//       1. each push to the participant, from the request leaving to its answer arriving
//          (journal startedAt → finishedAt of a dip-to-participant exchange);
//       2. each submission the suite awaited, from the end of the exchange before it (the
//          trigger the participant reacts to) to the submission arriving (its startedAt);
//       3. steps that watch the participant for a whole market-time window ("over 60 minutes
//          the participant sends … only once"): the suite only waits there, by design.
//   - Overhead = duration − waiting: building and judging messages, journaling, the simulators,
//     evidence attachments, the hooks. Suite work done while the participant also works is
//     counted as waiting, so the figure is a lower bound of the suite's own time.
//   - p95 is nearest-rank: with 20 scenarios or fewer it is the highest one.
// Cucumber's own time between scenarios is printed separately, as is everything before the
// first scenario and after the last (process start, spec load, stage and participant start-up,
// report, RTTM, pack). Figures only: never a test.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Exchange } from '../src/evidence/exchange.ts';

const TARGET_OVERHEAD_MILLIS = 50;
const PROJECT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(PROJECT, 'bin/mhhs-qualify.js');
/** Steps that watch the participant over a market-time window (method point 3). */
const WINDOW_STEP = /\bover \d+ (?:minutes?|hours?|working days?|days?)\b/i;

const { values } = parseArgs({
  options: {
    parallel: { type: 'string', default: '2' },
    rounds: { type: 'string', default: process.env.BENCH_ROUNDS ?? '1' },
    tags: { type: 'string' },
    'time-scale': { type: 'string' },
    keep: { type: 'boolean', default: false },
    /** Print every scenario's duration, waiting and overhead, not only the three highest. */
    details: { type: 'boolean', default: false },
  },
});
const rounds = Number(values.rounds);

interface Interval {
  readonly from: number;
  readonly to: number;
}

interface ScenarioTiming {
  readonly name: string;
  readonly worker: number;
  readonly from: number;
  readonly to: number;
  readonly waitingMillis: number;
  readonly overheadMillis: number;
  readonly exchanges: number;
}

interface RunFigures {
  readonly mode: string;
  readonly wallMillis: number;
  readonly exitCode: number;
  readonly verdictLine: string;
  readonly packMillis?: number;
  readonly scenarios: ScenarioTiming[];
  /** Cucumber's time between one scenario's end and the next one's start, per worker. */
  readonly gapsMillis: number[];
  /** From the first scenario's start to the last one's end, over all workers. */
  readonly scenarioPhaseMillis: number;
  /** From starting the command to the first scenario's start: process, spec, stage and participant start-up. */
  readonly beforeMillis: number;
  /** From the last scenario's end to the command's exit: Allure report, RTTM, pack, shutdown. */
  readonly afterMillis: number;
}

function percentile(samples: readonly number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}
const median = (samples: readonly number[]) => percentile(samples, 0.5);

/** Length of the union of intervals, clipped to [from, to]. */
function coveredMillis(intervals: readonly Interval[], from: number, to: number): number {
  const clipped = intervals.map((interval) => ({ from: Math.max(from, interval.from), to: Math.min(to, interval.to) })).filter((interval) => interval.to > interval.from);
  clipped.sort((a, b) => a.from - b.from);
  let total = 0;
  let end = -Infinity;
  for (const interval of clipped) {
    if (interval.to <= end) continue;
    total += interval.to - Math.max(interval.from, end);
    end = interval.to;
  }
  return total;
}

interface AllureStep {
  readonly name?: string;
  readonly start?: number;
  readonly stop?: number;
}
interface AllureResult extends AllureStep {
  readonly uuid: string;
  readonly name: string;
  readonly start: number;
  readonly stop: number;
  readonly steps?: AllureStep[];
  readonly labels?: Array<{ name: string; value: string }>;
}
interface AllureContainer {
  readonly children?: string[];
  readonly befores?: AllureStep[];
  readonly afters?: AllureStep[];
}

function readJsonFiles<T>(dir: string, suffix: string): T[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as T);
}

function readJournal(file: string): Exchange[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Exchange);
}

interface TimedExchange extends Interval {
  readonly direction: Exchange['direction'];
  /** When the latest exchange that had ended by this one's start ended (-Infinity if none). */
  readonly previousEnd: number;
}

function timedExchanges(exchanges: readonly Exchange[]): TimedExchange[] {
  const timed = exchanges.map((exchange) => ({ direction: exchange.direction, from: Date.parse(exchange.startedAt), to: Date.parse(exchange.finishedAt) }));
  const ends = timed.map((exchange) => exchange.to).sort((a, b) => a - b);
  return timed.map((exchange) => {
    // Binary search: the last end at or before this exchange's start.
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (ends[middle]! <= exchange.from) low = middle + 1;
      else high = middle;
    }
    return { ...exchange, previousEnd: low > 0 ? ends[low - 1]! : -Infinity };
  });
}

/** Scenario timings of one run, by the method in the header. */
function scenarioTimings(reportsDir: string): ScenarioTiming[] {
  const resultsDir = path.join(reportsDir, 'allure-results');
  const results = readJsonFiles<AllureResult>(resultsDir, '-result.json');
  const containers = readJsonFiles<AllureContainer>(resultsDir, '-container.json');
  const journals = new Map<number, TimedExchange[]>();
  const journalOf = (worker: number) => {
    if (!journals.has(worker)) journals.set(worker, timedExchanges(readJournal(path.join(reportsDir, 'run', `journal-worker-${worker}.jsonl`))));
    return journals.get(worker)!;
  };
  return results.map((result) => {
    // A parallel worker's thread label is its cucumber worker ID, which names its journal; serial runs have one journal, worker 0.
    const thread = result.labels?.find((label) => label.name === 'thread')?.value ?? '';
    const worker = /^\d+$/.test(thread) ? Number(thread) : 0;
    const hooks = containers.filter((container) => container.children?.includes(result.uuid)).flatMap((container) => [...(container.befores ?? []), ...(container.afters ?? [])]);
    const from = Math.min(result.start, ...hooks.map((hook) => hook.start ?? Infinity));
    const to = Math.max(result.stop, ...hooks.map((hook) => hook.stop ?? -Infinity));

    const waiting: Interval[] = [];
    let inScenario = 0;
    for (const current of journalOf(worker)) {
      if (current.to < from || current.from > to) continue;
      inScenario += 1;
      if (current.direction === 'dip-to-participant') waiting.push(current);
      // The participant started on this message when the exchange before it ended (never before the scenario began).
      else waiting.push({ from: Math.max(from, current.previousEnd), to: current.from });
    }
    for (const step of result.steps ?? []) {
      if (step.name && WINDOW_STEP.test(step.name) && step.start !== undefined && step.stop !== undefined) waiting.push({ from: step.start, to: step.stop });
    }
    const waitingMillis = coveredMillis(waiting, from, to);
    return { name: result.name, worker, from, to, waitingMillis, overheadMillis: to - from - waitingMillis, exchanges: inScenario };
  });
}

async function runSuite(mode: string, extraArgs: readonly string[]): Promise<RunFigures> {
  const reportsDir = mkdtempSync(path.join(tmpdir(), 'mhhs-bench-suite-'));
  const args = [CLI, 'run', '--reports', reportsDir, ...extraArgs];
  if (values.tags) args.push('--tags', values.tags);
  if (values['time-scale']) args.push('--time-scale', values['time-scale']);
  const started = performance.now();
  // Allure and journal times are wall-clock epoch milliseconds; these two bracket the command on the same clock.
  const startedAt = Date.now();
  const output = await new Promise<{ code: number; text: string }>((resolve) => {
    const child = spawn(process.execPath, args, { cwd: PROJECT, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk));
    child.stderr.on('data', (chunk) => (text += chunk));
    child.on('exit', (code) => resolve({ code: code ?? 1, text }));
  });
  const wallMillis = performance.now() - started;
  const endedAt = Date.now();
  const scenarios = scenarioTimings(reportsDir);
  const firstStart = Math.min(...scenarios.map((scenario) => scenario.from));
  const lastEnd = Math.max(...scenarios.map((scenario) => scenario.to));
  const gapsMillis: number[] = [];
  for (const worker of new Set(scenarios.map((scenario) => scenario.worker))) {
    const own = scenarios.filter((scenario) => scenario.worker === worker).sort((a, b) => a.from - b.from);
    for (let index = 1; index < own.length; index += 1) gapsMillis.push(own[index]!.from - own[index - 1]!.to);
  }
  const packMatch = /built in (\d+) ms/.exec(output.text);
  const figures: RunFigures = {
    mode,
    wallMillis,
    exitCode: output.code,
    verdictLine: /^\d+ scenarios: .*$/m.exec(output.text)?.[0] ?? '(no verdict line)',
    ...(packMatch ? { packMillis: Number(packMatch[1]) } : {}),
    scenarios,
    gapsMillis,
    scenarioPhaseMillis: scenarios.length ? lastEnd - firstStart : 0,
    beforeMillis: scenarios.length ? firstStart - startedAt : wallMillis,
    afterMillis: scenarios.length ? endedAt - lastEnd : 0,
  };
  if (output.code !== 0) console.log(`${mode}: exit code ${output.code}; last output:\n${output.text.split('\n').slice(-15).join('\n')}`);
  if (values.keep) console.log(`${mode}: reports kept in ${reportsDir}`);
  else rmSync(reportsDir, { recursive: true, force: true });
  return figures;
}

const parallelArgs = ['--parallel', values.parallel!];
const modes: Array<[string, string[]]> = [
  ['serial', []],
  [`--parallel ${values.parallel}`, parallelArgs],
];
const runs = new Map<string, RunFigures[]>(modes.map(([mode]) => [mode, []]));
for (let round = 0; round < rounds; round += 1) {
  for (const [mode, args] of round % 2 === 0 ? modes : [...modes].reverse()) runs.get(mode)!.push(await runSuite(mode, args));
}

const seconds = (millis: number) => `${(millis / 1000).toFixed(1)} s`;
const ms = (millis: number) => `${millis.toFixed(0)} ms`;
const row = (label: string, value: string, note = '') => console.log(`${label.padEnd(40)} ${value.padStart(10)}  ${note}`);
console.log(`mhhs-qualify suite benchmark — node ${process.version}, ${rounds} round(s), serial and ${parallelArgs.join(' ')} alternated${values.tags ? `, tags ${values.tags}` : ''}`);
for (const [mode] of modes) {
  const figures = runs.get(mode)!;
  const last = figures.at(-1)!;
  const overheads = figures.flatMap((run) => run.scenarios.map((scenario) => scenario.overheadMillis));
  const waits = figures.flatMap((run) => run.scenarios.map((scenario) => scenario.waitingMillis));
  const durations = figures.flatMap((run) => run.scenarios.map((scenario) => scenario.to - scenario.from));
  const wall = median(figures.map((run) => run.wallMillis));
  const phase = median(figures.map((run) => run.scenarioPhaseMillis));
  console.log(`${mode}: ${last.verdictLine}${figures.some((run) => run.exitCode !== 0) ? ' (a run exited non-zero)' : ''}`);
  row('  wall time', seconds(wall), rounds > 1 ? `median; rounds ${figures.map((run) => seconds(run.wallMillis)).join(', ')}` : '');
  row('  before the first scenario', seconds(median(figures.map((run) => run.beforeMillis))), 'process, spec, stage and participant start-up');
  row('  scenarios, first start to last end', seconds(phase));
  row('  after the last scenario', seconds(median(figures.map((run) => run.afterMillis))), `Allure report, RTTM, pack${last.packMillis !== undefined ? ` (pack ${ms(last.packMillis)})` : ''}, shutdown`);
  row('  scenario duration, median', ms(median(durations)), `sum ${seconds(durations.reduce((sum, value) => sum + value, 0))}`);
  row('  waiting on the participant, median', ms(median(waits)), `sum ${seconds(waits.reduce((sum, value) => sum + value, 0))}`);
  row('  per-scenario overhead, median', ms(median(overheads)), `${median(overheads) <= TARGET_OVERHEAD_MILLIS ? 'meets target' : 'ABOVE TARGET'} (<= ${TARGET_OVERHEAD_MILLIS} ms)`);
  row('  per-scenario overhead, p95', ms(percentile(overheads, 0.95)), `${percentile(overheads, 0.95) <= TARGET_OVERHEAD_MILLIS ? 'meets target' : 'ABOVE TARGET'} (<= ${TARGET_OVERHEAD_MILLIS} ms); ${overheads.length} scenarios`);
  const gaps = figures.flatMap((run) => run.gapsMillis);
  if (gaps.length) row('  between scenarios (cucumber), median', ms(median(gaps)), `p95 ${ms(percentile(gaps, 0.95))}`);
  const worst = [...last.scenarios].sort((a, b) => b.overheadMillis - a.overheadMillis).slice(0, values.details ? undefined : 3);
  console.log(values.details ? '  every scenario of the last run, highest overhead first:' : '  highest overheads of the last run (--details lists every scenario):');
  for (const scenario of worst) {
    const waited = values.details ? `, waited ${ms(scenario.waitingMillis).padStart(7)}` : '';
    console.log(`    overhead ${ms(scenario.overheadMillis).padStart(7)} of ${ms(scenario.to - scenario.from).padStart(7)}${waited}, ${scenario.exchanges} exchanges, worker ${scenario.worker}: ${scenario.name}`);
  }
}
const serialWall = median(runs.get('serial')!.map((run) => run.wallMillis));
const parallelWall = median(runs.get(modes[1]![0])!.map((run) => run.wallMillis));
row(`wall time ratio parallel / serial`, (parallelWall / serialWall).toFixed(2), 'below 1 means the parallel run was faster');
