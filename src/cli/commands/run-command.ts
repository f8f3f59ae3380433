// `mhhs-qualify run`: the qualification scenarios against the participant of a profile (the
// bundled reference participant by default), with a line per scenario as it ends, a closing
// table of failures with their cause, and an exit code CI can use.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyWaivers, loadWaivers } from '../../run/waivers.ts';
import { allureHistoryFile, buildAllureReport } from '../../run/allure-report.ts';
import { digestRows } from '../../evidence/pack/pack-digest.ts';
import { gbDate } from '../../time/gb-time.ts';
import { loadProfile } from '../../profile/participant-profile.ts';
import { loadSpecFetching } from '../../spec/load-spec.ts';
import { describePack, packEvidence } from './pack-command.ts';
import { writeRttm } from './rttm-command.ts';
import { certificationRefusals } from '../../run/certification.ts';
import { summaryFromPack, verdictChanges } from '../../run/compare-runs.ts';
import { DEFAULT_PROFILE } from '../../run/run-settings.ts';
import { runQualification } from '../../run/run-qualification.ts';
import { runIdentity } from '../../run/run-identity.ts';
import { parseShard, type Shard, shardLabel } from '../../run/shards.ts';
import type { RunSummary, ScenarioSummary } from '../../run/run-summary.ts';
import { type RunExit, runExitOf } from '../../run/exit-code.ts';
import { checkSelection, SelectionError } from '../../run/scenario-selection.ts';
import { StageStartError } from '../../run/run-qualification.ts';
import { FAULT_NAMES, isFaultName } from '../../../reference-participant/faults.ts';
import type { ParticipantProfile } from '../../profile/participant-profile.ts';
import type { ConsoleIO } from '../output/console-io.ts';
import { LiveProgress, TerminalProgress } from '../../run/live-progress.ts';
import { rerunCommand } from '../../run/rerun-command.ts';
import { describeRunFinding } from '../../run/run-findings.ts';
import { dateProblem, gbMidnightUtcMillis, isTimestampProblem, MILLIS, parseGbTimestamp } from '../../time/gb-time.ts';
import { UsageError } from '../usage-error.ts';
import { brokenRequirementsLine } from '../../requirements/coverage.ts';
import { loadRequirementCatalogue } from '../../requirements/requirement-catalogue.ts';

export interface RunCommandOptions {
  readonly profile?: string;
  readonly tags?: string;
  readonly parallel?: string;
  readonly timeScale?: string;
  readonly seed?: string;
  readonly fault?: string[];
  /** `--market-start`: a GB date or DT-003 time the market clock starts at. */
  readonly marketStart?: string;
  readonly reports?: string;
  readonly specVersion?: string;
  readonly specDir?: string;
  readonly report?: boolean;
  readonly signingKey?: string;
  readonly signatory?: string;
  readonly certification?: boolean;
  readonly compare?: string;
  readonly waivers?: string;
  readonly redact?: boolean;
  readonly history?: string;
  readonly shard?: string;
  /** Scenarios by feature file and line (`features/x.feature:12`), as a re-run command names them. */
  readonly scenario?: string[];
  /** What stdout carries: `text` (people), `json` (the summary) or `junit` (JUnit XML); the rest goes to stderr. */
  readonly reporter?: string;
  readonly selftestResult?: string;
  readonly packRaw?: boolean;
}

const MARK: Record<ScenarioSummary['verdict'], string> = { pass: 'PASS', fail: 'FAIL', inconclusive: 'INCONCLUSIVE', error: 'ERROR' };

/** `--market-start`: a GB date (09:00 that day, clear of midnight) or a DT-003 timestamp, as UTC millis. */
export function readMarketStart(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!dateProblem(value)) {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    return gbMidnightUtcMillis(year, month, day) + 9 * MILLIS.HOUR;
  }
  const parsed = parseGbTimestamp(value);
  if (isTimestampProblem(parsed)) throw new UsageError(`--market-start '${value}' must be a date YYYY-MM-DD or a GB timestamp such as 2026-10-20T09:00:00+01:00`);
  return parsed.utcMillis;
}

/** `--scenario` values: a feature file that exists, optionally with line numbers. */
function readScenarioPaths(values: readonly string[] | undefined): string[] | undefined {
  if (!values?.length) return undefined;
  return values.map((value) => {
    const match = /^(.+?\.feature)((?::\d+)*)$/.exec(value);
    if (!match) throw new UsageError(`--scenario '${value}' must be a feature file, optionally with :LINE (e.g. features/dip-webhook/participant-webhook-rainy-days.feature:8)`);
    if (!existsSync(match[1]!)) throw new UsageError(`--scenario '${value}': there is no feature file ${match[1]}`);
    return value;
  });
}

/** Fault switches the reference participant has: a misspelt one would stop its start, so it is refused before. */
function checkFaults(faults: readonly string[], profile: ParticipantProfile): void {
  const known = `known: ${FAULT_NAMES.join(', ')}`;
  const unknown = faults.filter((name) => !isFaultName(name));
  if (unknown.length) throw new UsageError(`--fault ${unknown.map((name) => `'${name}'`).join(', ')}: no such fault switch of the reference participant; ${known}`);
  const unknownInProfile = profile.faults.filter((name) => !isFaultName(name));
  if (unknownInProfile.length) throw new UsageError(`${profile.file}: participant.faults ${unknownInProfile.map((name) => `'${name}'`).join(', ')}: no such fault switch of the reference participant; ${known}`);
}

function checkScenarioSelection(tags: string | undefined, scenarios: readonly string[] | undefined): void {
  try {
    checkSelection({ tags, scenarios });
  } catch (error) {
    if (error instanceof SelectionError) throw new UsageError(error.message);
    throw error;
  }
}

/** summary.json of a run whose stage could not start: no scenario, exit 1, and why (a stale summary must not stand in for it). */
function stageFailureSummary(started: number, reason: string): RunSummary & { exit: RunExit } {
  return {
    scenarios: [],
    totals: { pass: 0, fail: 0, inconclusive: 0, error: 0 },
    startedAt: new Date(started).toISOString(),
    finishedAt: new Date().toISOString(),
    exit: { code: 1, reason },
  };
}

function positive(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) throw new UsageError(`${name} '${value}' must be a number ≥ 0`);
  return number;
}

function readWaivers(file: string) {
  try {
    return loadWaivers(file);
  } catch (error) {
    throw new UsageError(`--waivers ${(error as Error).message}`);
  }
}

function readShard(text: string | undefined): Shard | undefined {
  if (text === undefined) return undefined;
  try {
    return parseShard(text);
  } catch (error) {
    throw new UsageError(`--shard ${(error as Error).message}`);
  }
}

function previousSummary(file: string) {
  try {
    return summaryFromPack(file);
  } catch (error) {
    throw new UsageError(`--compare ${(error as Error).message}`);
  }
}

export async function runCommand(options: RunCommandOptions, io: ConsoleIO): Promise<number> {
  const certification = options.certification === true;
  const timeScale = positive(options.timeScale, '--time-scale', certification ? 1 : 600);
  if (timeScale === 0) throw new UsageError('--time-scale must be above 0 (1 is real time)');
  const parallel = positive(options.parallel, '--parallel', 0);
  const shard = readShard(options.shard);
  const profileFile = path.resolve(options.profile ?? DEFAULT_PROFILE);
  checkFaults(options.fault ?? [], loadProfile(profileFile));
  const scenarioPaths = readScenarioPaths(options.scenario);
  checkScenarioSelection(options.tags, scenarioPaths);
  if (parallel > 0 && loadProfile(profileFile).launch === 'external') {
    throw new UsageError('--parallel needs the bundled participant: each worker has its own DIP emulator, and an external participant talks to one DIP base URL');
  }
  const reportsDir = path.resolve(options.reports ?? 'reports');
  // Fail fast, before any process starts, when the definitions are missing (after fetching them
  // into the cache if nothing names a folder); workers get the absolute folder.
  const spec = await loadSpecFetching({ version: options.specVersion, specDir: options.specDir }, { say: (line) => io.err(line) });
  // Read the previous pack before this run overwrites the reports folder it may sit in.
  const previous = options.compare ? previousSummary(options.compare) : undefined;
  if (certification) {
    const refusals = certificationRefusals({ profile: loadProfile(profileFile), spec, tags: options.tags, faults: options.fault ?? [], timeScale });
    if (refusals.length) throw new UsageError(`a certification run is refused:\n  - ${refusals.join('\n  - ')}`);
  }
  const marketStart = readMarketStart(options.marketStart);
  if (certification && marketStart !== undefined) throw new UsageError('a certification run is refused:\n  - --market-start moves the market clock; a certification run runs at the real time');
  if (certification && scenarioPaths) throw new UsageError('a certification run is refused:\n  - --scenario selects scenarios; a certification run runs every applicable one');
  const waivers = options.waivers ? readWaivers(options.waivers) : [];
  const started = Date.now();
  const { transport, name: profileName } = loadProfile(profileFile);
  io.err(
    `mhhs-qualify run: profile ${options.profile ?? DEFAULT_PROFILE}, time scale ×${timeScale}, ${parallel ? `${parallel} workers` : 'serial'}, ${shard ? `shard ${shardLabel(shard)}, ` : ''}` +
      (transport.security === 'mtls' ? `mTLS with DIP message signatures (${transport.signingProfile}), ` : 'plain HTTP without signatures, ') +
      (certification ? 'CERTIFICATION RUN' : 'development run (not for submission)'),
  );
  // At a terminal, a live status line under the result lines; in CI or a log, the plain lines only.
  const progress = process.stderr.isTTY && !process.env.CI ? new LiveProgress(timeScale) : undefined;
  const terminal = progress ? new TerminalProgress(progress, process.stderr) : undefined;
  terminal?.start();
  const outcome = await runQualification({
    settings: {
      profile: profileFile,
      runDir: path.join(reportsDir, 'run'),
      timeScale,
      seed: positive(options.seed, '--seed', 1),
      faults: options.fault ?? [],
      specVersion: spec.version,
      specDir: spec.dir,
      shard,
      ...(marketStart === undefined ? {} : { marketStart }),
    },
    reportsDir,
    tags: options.tags,
    ...(scenarioPaths ? { features: scenarioPaths } : {}),
    parallel,
    // Built below, once the pack has the facts its overview shows (coverage, SLAs, waivers).
    report: false,
    certification,
    onScenario: (scenario) => {
      const line = `  ${MARK[scenario.verdict].padEnd(12)} ${scenario.name} (${scenario.seconds} s)`;
      if (terminal) terminal.print(line);
      else io.err(line);
    },
    ...(progress ? { onEnvelope: (envelope) => progress.accept(envelope) } : {}),
  })
    .catch((error: unknown) => {
      if (!(error instanceof StageStartError)) throw error;
      return error;
    })
    .finally(() => terminal?.stop());
  if (outcome instanceof StageStartError) {
    // No scenario ran: exit 1 with the cause, and a summary.json that says so.
    const failed = stageFailureSummary(started, outcome.message);
    writeFileSync(path.join(reportsDir, 'summary.json'), `${JSON.stringify({ ...failed, certification }, null, 2)}\n`);
    io.err(`\nmhhs-qualify: ${outcome.message}`);
    io.err(`Exit code 1: no scenario ran. Results: ${path.join(reportsDir, 'summary.json')}`);
    return failed.exit.code;
  }
  // With a machine reporter stdout carries only its output: the lines for people go to stderr.
  const reporter = options.reporter ?? 'text';
  const say = (line: string) => (reporter === 'text' ? io.out(line) : io.err(line));
  const waived = applyWaivers(outcome.summary, waivers, gbDate(Date.now()));
  // The run's identity and shard let `mhhs-qualify merge` join shards of this run, and only those.
  const identity = runIdentity({ profileFile, profileName, specVersion: spec.version, seed: positive(options.seed, '--seed', 1), timeScale, faults: options.fault ?? [], tags: options.tags, certification, waiversFile: options.waivers });
  const exit = runExitOf(waived.summary);
  const recorded = { ...waived.summary, certification, waivers: waived.applied, run: identity, ...(shard ? { shard: shardLabel(shard) } : {}), exit };
  writeFileSync(path.join(reportsDir, 'summary.json'), `${JSON.stringify(recorded, null, 2)}\n`);
  if (options.waivers) copyFileSync(options.waivers, path.join(reportsDir, 'waivers.yaml'));
  for (const entry of waived.applied.filter((candidate) => candidate.expired)) say(`Waiver ${entry.waiver.reference} for ${entry.waiver.id} expired on ${entry.waiver.expires} and no longer applies.`);
  const { totals, scenarios } = waived.summary;
  const waivedCount = scenarios.filter((scenario) => scenario.waiver).length;
  const notApplicableCount = scenarios.filter((scenario) => scenario.notApplicable).length;
  const failures = scenarios.filter((scenario) => scenario.verdict !== 'pass');
  if (failures.length) {
    say('\nNot passed:');
    for (const scenario of failures) {
      say(`  ${scenario.waiver ? `FAIL, WAIVED by ${scenario.waiver}` : scenario.notApplicable ? 'NOT APPLICABLE' : MARK[scenario.verdict]}  ${scenario.feature} › ${scenario.name}`);
      if (scenario.cause) say(`      ${scenario.cause}`);
      const broken = brokenRequirementsLine(scenario, loadRequirementCatalogue());
      if (broken) say(`      ${broken}`);
      if (scenario.location) {
        const rerun = rerunCommand({ location: scenario.location, seed: positive(options.seed, '--seed', 1), timeScale, faults: options.fault ?? [], profile: profileFile, ...(options.specVersion ? { specVersion: options.specVersion } : {}), ...(options.marketStart ? { marketStart: options.marketStart } : {}), reports: reportsDir, runId: outcome.summary.runId });
        say(`      re-run: ${rerun}`);
      }
    }
  }
  const runFindings = waived.summary.runFindings ?? [];
  if (runFindings.length) {
    say('\nRun-level findings (fail findings no scenario\'s verdict holds; they fail the run):');
    for (const finding of runFindings) say(`  ${describeRunFinding(finding)}`);
  }
  say(
    `\n${scenarios.length} scenarios: ${totals.pass} passed, ${totals.fail} failed${waivedCount ? ` (${waivedCount} waived)` : ''}, ${totals.inconclusive} inconclusive${notApplicableCount ? ` (${notApplicableCount} not applicable)` : ''}, ${totals.error} errors ` +
      `in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  const reportFile = options.report === false ? undefined : path.join(reportsDir, 'allure-report', 'index.html');
  say(`Results: ${path.join(reportsDir, 'summary.json')}, ${path.join(reportsDir, 'junit.xml')}${reportFile ? `, ${reportFile}` : ''}`);
  if (options.compare && previous) {
    const changes = verdictChanges(previous, outcome.summary);
    say(changes.length ? `\nVerdicts changed since ${options.compare}:` : `\nNo verdict changed since ${options.compare}.`);
    for (const change of changes) say(`  ${change.before} → ${change.after}  ${change.scenario}`);
  }
  if (options.report !== false) {
    const rttm = await writeRttm({ reports: reportsDir, profile: profileFile });
    say(`RTTM: ${rttm.csv}, ${rttm.xlsx}`);
    const pack = await packEvidence({
      reports: reportsDir,
      profile: profileFile,
      signingKey: options.signingKey,
      signatory: options.signatory,
      specVersion: spec.version,
      specDir: spec.dir,
      seed: positive(options.seed, '--seed', 1),
      timeScale,
      faults: options.fault ?? [],
      certification,
      redact: options.redact !== false,
      selftestResult: options.selftestResult,
      packRaw: options.packRaw === true,
    });
    say(describePack(pack));
    // The run's own report (unmasked) shows on its overview the same facts as the pack's first page.
    await buildAllureReport(path.join(reportsDir, 'allure-results'), path.dirname(reportFile!), certification, undefined, allureHistoryFile(options.history), digestRows(pack.digest));
  }
  if (reporter === 'json') io.out(JSON.stringify(recorded, null, 2));
  if (reporter === 'junit') io.out(readFileSync(path.join(reportsDir, 'junit.xml'), 'utf8'));
  // Last, so a CI log ends with it: why the run exits as it does (src/run/exit-code.ts).
  say(`Exit code ${exit.code}: ${exit.reason}`);
  return exit.code;
}
