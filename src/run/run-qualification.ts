// Runs the qualification scenarios: cucumber with the suite's steps, one stage per worker,
// Allure results, JUnit XML and a JSON summary in the reports folder, then the Allure report.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfiguration, runCucumber } from '@cucumber/cucumber/api';
import type { Envelope } from '@cucumber/messages';
import { type RunSettings, runSettingsToEnv } from './run-settings.ts';
import { type RunSummary, RunSummaryCollector, type ScenarioSummary } from './run-summary.ts';
import { buildAllureReport } from './allure-report.ts';
import { newRunId } from './fresh-identifiers.ts';
import { shardLabel } from './shards.ts';
import { readRunFindings } from './run-findings.ts';
import { addRunFindingsToJunit, writeRunFindingsAllureResult } from './run-findings-report.ts';
import { stripStackTraces } from './without-stack-traces.ts';

export interface RunOptions {
  readonly settings: RunSettings;
  readonly reportsDir: string;
  readonly tags?: string | undefined;
  readonly parallel: number;
  readonly features?: readonly string[];
  /** Skip the Allure HTML report (tests of the suite need only the results). */
  readonly report?: boolean;
  readonly certification?: boolean;
  /** Folder keeping the Allure history (trend) across runs. */
  readonly historyDir?: string | undefined;
  readonly onScenario?: (scenario: ScenarioSummary) => void;
  /** Every cucumber message as it comes (the live progress view reads them). */
  readonly onEnvelope?: (envelope: Envelope) => void;
}

export interface RunOutcome {
  readonly summary: RunSummary;
  readonly success: boolean;
  readonly reportFile?: string;
}

const PROJECT = path.resolve(import.meta.dirname, '../..');

/** The stage (emulator, simulators, participant) could not start, so no scenario ran: exit 1 with the cause. */
export class StageStartError extends Error {
  override readonly name = 'StageStartError';
}

/**
 * Cucumber ends a serial run whose BeforeAll hook threw with its own error ("a BeforeAll hook
 * errored, process exiting"), the hook's error as its cause: the stage of steps/support/hooks.ts
 * could not start. Any other error is the suite's own.
 */
function stageStartErrorOf(error: unknown): StageStartError | undefined {
  if (!(error instanceof Error) || !/BeforeAll hook errored/.test(error.message)) return undefined;
  const cause = error.cause instanceof Error ? error.cause.message : String(error.cause ?? error.message);
  const lines = cause.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  return new StageStartError(`the stage could not start: ${lines.slice(0, 2).join(' — ').slice(0, 600)}`, { cause: error.cause });
}

export async function runQualification(options: RunOptions): Promise<RunOutcome> {
  const reportsDir = path.resolve(options.reportsDir);
  const resultsDir = path.join(reportsDir, 'allure-results');
  // Every run starts clean: results, journals and the bundled participant's durable state.
  for (const generated of [resultsDir, options.settings.runDir]) rmSync(generated, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
  // A run ID of its own for every run: the identifiers derived from it are never an earlier run's.
  const runId = options.settings.runId ?? newRunId();
  const env = runSettingsToEnv({ ...options.settings, runId });
  // In-process steps read process.env; parallel workers get the same through their environment,
  // plus the TypeScript loader they need to import the steps.
  Object.assign(process.env, env);
  const workerEnv = { ...process.env, ...env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import tsx`.trim() };
  const { runConfiguration } = await loadConfiguration(
    {
      provided: {
        paths: options.features?.length ? [...options.features] : [path.join(PROJECT, 'features/**/*.feature')],
        import: [path.join(PROJECT, 'steps/**/*.ts')],
        tags: options.tags ?? '',
        // Cucumber's own sharding: which scenarios, and why the split is stable, in src/run/shards.ts.
        ...(options.settings.shard ? { shard: shardLabel(options.settings.shard) } : {}),
        parallel: options.parallel,
        strict: true,
        format: ['allure-cucumberjs/reporter', `junit:${path.join(reportsDir, 'junit.xml')}`],
        // allure-cucumberjs matches tags with RegExp objects, which cucumber's JSON typing does not foresee.
        formatOptions: {
          resultsDir,
          // Epics, interfaces and requirement links are set by steps/support/hooks.ts, in words.
          labels: [
            { pattern: [/^@role:/], name: 'role' },
            { pattern: [/^@segment:/], name: 'segment' },
          ],
          junit: { suiteName: 'mhhs-qualify' },
        } as never,
      },
    },
    { cwd: PROJECT, env: workerEnv },
  );
  const collector = new RunSummaryCollector(options.onScenario);
  const { success } = await runCucumber(runConfiguration, { cwd: PROJECT, env: workerEnv }, (envelope) => {
    collector.accept(envelope);
    options.onEnvelope?.(envelope);
  }).catch((error: unknown) => {
    throw stageStartErrorOf(error) ?? error;
  });
  // Findings against submissions no scenario claimed, left by each worker beside its journal.
  const runFindings = readRunFindings(options.settings.runDir);
  addRunFindingsToJunit(path.join(reportsDir, 'junit.xml'), runFindings);
  writeRunFindingsAllureResult(resultsDir, runFindings);
  stripStackTraces(reportsDir);
  const summary = { runId, ...collector.summary(), ...(runFindings.length ? { runFindings } : {}) };
  writeFileSync(path.join(reportsDir, 'summary.json'), `${JSON.stringify({ ...summary, certification: options.certification === true }, null, 2)}\n`);
  if (options.historyDir) mkdirSync(path.resolve(options.historyDir), { recursive: true });
  const reportFile = options.report === false ? undefined : await buildAllureReport(
        resultsDir,
        path.join(reportsDir, 'allure-report'),
        options.certification === true,
        undefined,
        options.historyDir ? path.join(path.resolve(options.historyDir), 'allure-history.jsonl') : undefined,
      );
  return { summary, success: success && summary.totals.fail === 0 && summary.totals.error === 0, ...(reportFile ? { reportFile } : {}) };
}
