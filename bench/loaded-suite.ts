// Benchmark: does a busy machine change any verdict?
//   npm run bench:loaded [-- --time-scale 3600 --parallel 2 --tags EXPR --hogs 1 --keep]
// Runs the whole suite against the bundled reference participant twice, each `mhhs-qualify run`
// a child process writing to its own temporary reports folder:
//   1. quiet: serial, nothing else of the benchmark's running;
//   2. loaded: --parallel N while a CPU hog (a node process spinning `for (;;) {}`, pinned to
//      the first core with taskset where there is one) keeps a core busy from before the run
//      starts until after it ends.
// It compares the verdicts scenario by scenario (by location and name), prints both runs'
// totals and wall times, the hog's CPU time, every scenario whose verdict differs with its
// cause in each run, and the tightest SLA margins of each run: the allowed window less the
// measured time (trigger → response, market time), and what that margin is in real time at
// the run's scale. Exit code 1 when a verdict differs or a run wrote no summary, 0 otherwise.
//
// The default scale is that of the end-to-end test (test/qualification-run.test.ts), ×3600,
// where a 60-minute window is one real second: the harshest the suite is run at.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readSlaRecords, type SlaRecord } from '../src/evidence/sla-records.ts';
import type { RunSummary } from '../src/run/run-summary.ts';

const PROJECT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(PROJECT, 'bin/mhhs-qualify.js');

const { values } = parseArgs({
  options: {
    'time-scale': { type: 'string', default: '3600' },
    parallel: { type: 'string', default: '2' },
    tags: { type: 'string' },
    /** CPU hogs during the loaded run, each pinned to its own core from the first on. */
    hogs: { type: 'string', default: '1' },
    /** How many of the tightest SLA margins to print per run. */
    margins: { type: 'string', default: '5' },
    keep: { type: 'boolean', default: false },
  },
});
const timeScale = Number(values['time-scale']);
const hogCount = Number(values.hogs);

interface RunOutcome {
  readonly label: string;
  readonly code: number;
  readonly wallMillis: number;
  readonly verdictLine: string;
  readonly summary?: RunSummary;
  readonly slas: readonly SlaRecord[];
  readonly tail: string;
}

async function run(label: string, extraArgs: readonly string[]): Promise<RunOutcome> {
  const reportsDir = mkdtempSync(path.join(tmpdir(), 'mhhs-bench-loaded-'));
  const args = [CLI, 'run', '--no-report', '--time-scale', String(timeScale), '--reports', reportsDir, ...extraArgs];
  if (values.tags) args.push('--tags', values.tags);
  const started = performance.now();
  const output = await new Promise<{ code: number; text: string }>((resolve) => {
    const child = spawn(process.execPath, args, { cwd: PROJECT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk));
    child.stderr.on('data', (chunk) => (text += chunk));
    child.on('exit', (code) => resolve({ code: code ?? 1, text }));
  });
  const wallMillis = performance.now() - started;
  const summaryFile = path.join(reportsDir, 'summary.json');
  const summary = existsSync(summaryFile) ? (JSON.parse(readFileSync(summaryFile, 'utf8')) as RunSummary) : undefined;
  const outcome: RunOutcome = {
    label,
    code: output.code,
    wallMillis,
    verdictLine: /^\d+ scenarios: .*$/m.exec(output.text)?.[0] ?? '(no verdict line)',
    ...(summary ? { summary } : {}),
    slas: readSlaRecords(path.join(reportsDir, 'run')),
    tail: output.text.split('\n').slice(-15).join('\n'),
  };
  if (values.keep) console.log(`${label}: reports kept in ${reportsDir}`);
  else rmSync(reportsDir, { recursive: true, force: true });
  return outcome;
}

/** CPU seconds a process has used, from /proc (Linux); undefined elsewhere. */
function cpuSecondsOf(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime, fields 14 and 15 of the whole line: 12 and 13 after "pid (comm) ".
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

function startHogs(count: number): { pids: number[]; stop: () => void } {
  const pinnable = process.platform === 'linux' && spawnSync('taskset', ['--version']).status === 0;
  const cores = cpus().length;
  const hogs = Array.from({ length: count }, (_, index) => {
    const spin = [process.execPath, '-e', 'for (;;) {}'];
    const [command, ...args] = pinnable ? ['taskset', '-c', String(index % cores), ...spin] : spin;
    return spawn(command!, args, { stdio: 'ignore' });
  });
  return { pids: hogs.map((hog) => hog.pid!), stop: () => hogs.forEach((hog) => hog.kill('SIGKILL')) };
}

/** A scenario's identity in both runs: its place in the feature files and its name (outline rows share a line). */
const keyOf = (scenario: RunSummary['scenarios'][number]) => `${scenario.location ?? '?'} ${scenario.name}`;

/** Minutes a fixed window allows ("60 min", "2 h"); undefined for working-day windows. */
function allowedMillis(allowed: string): number | undefined {
  const match = /^(\d+) (min|h)$/.exec(allowed);
  if (!match) return undefined;
  return Number(match[1]) * (match[2] === 'h' ? 3_600_000 : 60_000);
}

interface Margin {
  readonly record: SlaRecord;
  readonly marginMillis: number;
}

function tightest(records: readonly SlaRecord[], count: number): Margin[] {
  const margins: Margin[] = [];
  for (const record of records) {
    const allowed = allowedMillis(record.allowed);
    if (allowed === undefined) continue;
    margins.push({ record, marginMillis: allowed - (Date.parse(record.response) - Date.parse(record.trigger)) });
  }
  return margins.sort((a, b) => a.marginMillis - b.marginMillis).slice(0, count);
}

const seconds = (millis: number) => `${(millis / 1000).toFixed(1)} s`;
const marketMinutes = (millis: number) => `${millis < 0 ? '-' : ''}${Math.floor(Math.abs(millis) / 60_000)} min ${Math.floor((Math.abs(millis) % 60_000) / 1000)} s`;
const row = (label: string, value: string, note = '') => console.log(`${label.padEnd(34)} ${value.padStart(12)}  ${note}`);

console.log(
  `mhhs-qualify loaded-machine benchmark — node ${process.version}, ${cpus().length} cores, time scale ×${timeScale} (60 market minutes = ${seconds(3_600_000 / timeScale)} real)${values.tags ? `, tags ${values.tags}` : ''}`,
);
const quiet = await run('quiet serial', []);
const hogs = startHogs(hogCount);
// The hog is spinning before the run starts.
await new Promise((resolve) => setTimeout(resolve, 500));
const loaded = await run(`--parallel ${values.parallel} with ${hogCount} CPU hog(s)`, ['--parallel', values.parallel!]);
const hogCpu = hogs.pids.map(cpuSecondsOf);
hogs.stop();

for (const outcome of [quiet, loaded]) {
  console.log(`\n${outcome.label}: ${outcome.verdictLine}`);
  row('  wall time', seconds(outcome.wallMillis), `exit code ${outcome.code}`);
  if (outcome.summary) row('  totals', Object.entries(outcome.summary.totals).map(([verdict, count]) => `${count} ${verdict}`).join(', '));
  else console.log(`  no summary.json; last output:\n${outcome.tail}`);
  const margins = tightest(outcome.slas, Number(values.margins));
  const missed = outcome.slas.filter((record) => record.verdict === 'missed').length;
  row('  SLAs timed', String(outcome.slas.length), `${missed} missed`);
  for (const { record, marginMillis } of margins) {
    const real = `${(marginMillis / timeScale).toFixed(0)} ms real`;
    console.log(`    margin ${marketMinutes(marginMillis).padStart(14)} (${real.padStart(12)})  ${record.measured.padStart(12)} of ${record.allowed}  ${record.what.split(' within ')[0]} — ${record.scenario}`);
  }
}
if (hogCpu.every((value) => value !== undefined)) {
  row('\nCPU hog(s)', hogCpu.map((value) => `${value!.toFixed(1)} s`).join(', '), `of CPU in the loaded run's ${seconds(loaded.wallMillis)} (pinned to core(s) ${hogs.pids.map((_, index) => index % cpus().length).join(', ')})`);
}

const quietVerdicts = new Map((quiet.summary?.scenarios ?? []).map((scenario) => [keyOf(scenario), scenario]));
const loadedVerdicts = new Map((loaded.summary?.scenarios ?? []).map((scenario) => [keyOf(scenario), scenario]));
const differing = [...new Set([...quietVerdicts.keys(), ...loadedVerdicts.keys()])].filter((key) => quietVerdicts.get(key)?.verdict !== loadedVerdicts.get(key)?.verdict);
console.log(`\nverdicts compared: ${quietVerdicts.size} quiet, ${loadedVerdicts.size} loaded; ${differing.length} differ`);
for (const key of differing) {
  const before = quietVerdicts.get(key);
  const after = loadedVerdicts.get(key);
  console.log(`  ${key}\n    quiet:  ${before?.verdict ?? '(not run)'}${before?.cause ? ` — ${before.cause.split('\n')[0]}` : ''}\n    loaded: ${after?.verdict ?? '(not run)'}${after?.cause ? ` — ${after.cause.split('\n')[0]}` : ''}`);
}
const same = differing.length === 0 && quiet.summary !== undefined && loaded.summary !== undefined;
console.log(same ? 'SAME VERDICTS under load' : 'VERDICTS DIFFER under load (or a run wrote no summary)');
process.exitCode = same ? 0 : 1;
