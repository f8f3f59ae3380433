// Runs the qualification suite against the bundled reference participant as a user would (the
// CLI in a process of its own, one run at a time, each with its own reports folder), and reads
// back its summary. The selftest and its flakiness check are built on this.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { shellWord } from '../run/rerun-command.ts';
import type { RunSummary } from '../run/run-summary.ts';
import type { RunOutcome } from './kill-matrix.ts';

const PROJECT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(PROJECT, 'bin', 'mhhs-qualify.js');

export interface SuiteRunSettings {
  readonly seed: number;
  readonly timeScale: number;
  readonly parallel: number;
  readonly specVersion?: string | undefined;
  readonly specDir?: string | undefined;
  /** Longest a run may take before it is stopped and reported as a problem. */
  readonly timeoutMs: number;
}

export interface SuiteRun {
  readonly reports: string;
  readonly fault?: string | undefined;
  readonly tags?: string | undefined;
  /** `--market-start`, for a fault only a past market date shows. */
  readonly marketStart?: string | undefined;
}

function runArguments(run: SuiteRun, settings: SuiteRunSettings): string[] {
  const args = ['run', '--no-report', '--seed', String(settings.seed), '--time-scale', String(settings.timeScale)];
  if (settings.parallel > 0) args.push('--parallel', String(settings.parallel));
  if (run.fault) args.push('--fault', run.fault);
  if (run.tags) args.push('--tags', run.tags);
  if (run.marketStart) args.push('--market-start', run.marketStart);
  if (settings.specVersion) args.push('--spec-version', settings.specVersion);
  if (settings.specDir) args.push('--spec-dir', settings.specDir);
  return args;
}

/**
 * The command a person types in the checkout to run this again (`npx`: the bin is not on a
 * checkout's PATH). It writes beside the selftest's record of the run, in `rerun/`, never over
 * that record or over a qualification run's `reports/`.
 */
export function suiteRunCommand(run: SuiteRun, settings: SuiteRunSettings): string {
  const reports = run.reports ? path.join(run.reports, 'rerun') : path.join('reports', 'reruns', 'selftest');
  const shown = path.isAbsolute(reports) && !path.relative(process.cwd(), reports).startsWith('..') ? path.relative(process.cwd(), reports) : reports;
  return ['npx', 'mhhs-qualify', ...runArguments(run, settings), '--reports', shown].map(shellWord).join(' ');
}

/**
 * One run of the suite. Its output goes to run.log beside its summary; a run that ends without
 * a summary (a crash, a usage error, the time limit) is an outcome with the problem named and
 * the log's last lines, never an exception that would lose the other runs' results.
 */
export async function runSuite(run: SuiteRun, settings: SuiteRunSettings): Promise<RunOutcome> {
  mkdirSync(run.reports, { recursive: true });
  const command = suiteRunCommand(run, settings);
  const log = path.join(run.reports, 'run.log');
  const started = performance.now();
  const output = createWriteStream(log);
  let tail = '';
  const child = spawn(process.execPath, [BIN, ...runArguments(run, settings), '--reports', run.reports], {
    cwd: PROJECT,
    env: { ...process.env, NO_COLOR: '1', CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    output.write(chunk);
    tail = (tail + chunk.toString('utf8')).slice(-2_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGTERM');
  }, settings.timeoutMs);
  const code = await new Promise<number | null>((resolve) => {
    child.on('error', (error) => {
      tail += `\n${error.message}`;
      resolve(null);
    });
    child.on('close', (exitCode) => resolve(exitCode));
  });
  clearTimeout(timer);
  await new Promise((resolve) => output.end(resolve));
  const seconds = (performance.now() - started) / 1000;
  const lastLines = tail.trim().split('\n').slice(-3).join(' / ');
  if (timedOut) return { problem: `did not finish within ${Math.round(settings.timeoutMs / 1000)} s and was stopped (log: ${log})`, seconds, command };
  // 0, 1 and 3 (inconclusive) are a run's verdicts (src/run/exit-code.ts); anything else ended it without one.
  if (code !== 0 && code !== 1 && code !== 3) return { problem: `exited ${code ?? 'abnormally'} without a verdict: ${lastLines} (log: ${log})`, seconds, command };
  try {
    const summary = JSON.parse(readFileSync(path.join(run.reports, 'summary.json'), 'utf8')) as RunSummary;
    return { summary, seconds, command };
  } catch (error) {
    return { problem: `wrote no readable summary.json (${(error as Error).message}): ${lastLines} (log: ${log})`, seconds, command };
  }
}
