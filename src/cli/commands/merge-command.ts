// `mhhs-qualify merge DIR...`: the reports folders of one run's shards (`run --shard i/n` on
// several CI machines) joined into one reports folder, as if the run had been on one machine:
// summary.json, junit.xml, the Allure report, the RTTM and the evidence pack. Folders that are
// not the shards of one run are refused, each reason naming the folder and what differs.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { suiteCommit } from '../../evidence/pack/build-pack.ts';
import { allureHistoryFile, buildAllureReport } from '../../run/allure-report.ts';
import { digestRows } from '../../evidence/pack/pack-digest.ts';
import { type MergedSummary, mergeRefusals, readShardRun, type ShardRun, writeMergedReports } from '../../run/merge-runs.ts';
import { fileSha256 } from '../../run/run-identity.ts';
import { DEFAULT_PROFILE } from '../../run/run-settings.ts';
import { loadSpecFetching } from '../../spec/load-spec.ts';
import type { ConsoleIO } from '../output/console-io.ts';
import { UsageError } from '../usage-error.ts';
import { brokenRequirementsLine } from '../../requirements/coverage.ts';
import { loadRequirementCatalogue } from '../../requirements/requirement-catalogue.ts';
import { describePack, packEvidence } from './pack-command.ts';
import { writeRttm } from './rttm-command.ts';

export interface MergeCommandOptions {
  readonly reports?: string;
  readonly profile?: string;
  readonly allowPartial?: boolean;
  readonly history?: string;
  readonly specDir?: string;
  readonly signingKey?: string;
  readonly signatory?: string;
  readonly redact?: boolean;
  readonly selftestResult?: string;
  readonly packRaw?: boolean;
}

function readShards(dirs: readonly string[], outDir: string): ShardRun[] {
  return dirs.map((dir) => {
    if (path.resolve(dir) === outDir) throw new UsageError(`${dir} is both a shard to merge and the --reports folder to write: merge into another folder`);
    try {
      return readShardRun(dir);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  });
}

/** The merge's profile must be the one the shards ran with: the RTTM and the pack describe it. */
function profileRefusal(profileFile: string, given: string | undefined, runs: readonly ShardRun[]): string[] {
  const recorded = runs[0]?.summary.run?.profile;
  if (!recorded || fileSha256(profileFile) === recorded.sha256) return [];
  return [`the profile ${given ?? `${DEFAULT_PROFILE} (the default)`} is not the one the shards ran with (${recorded.name}, SHA-256 ${recorded.sha256.slice(0, 12)}): pass that file with --profile`];
}

function describeSummary(summary: MergedSummary, io: ConsoleIO): void {
  const failures = summary.scenarios.filter((scenario) => scenario.verdict !== 'pass');
  if (failures.length) {
    io.out('\nNot passed:');
    for (const scenario of failures) {
      io.out(`  ${scenario.waiver ? `FAIL, WAIVED by ${scenario.waiver}` : scenario.notApplicable ? 'NOT APPLICABLE' : scenario.verdict.toUpperCase()}  ${scenario.feature} › ${scenario.name}`);
      if (scenario.cause) io.out(`      ${scenario.cause}`);
      const broken = brokenRequirementsLine(scenario, loadRequirementCatalogue());
      if (broken) io.out(`      ${broken}`);
    }
  }
  const { totals } = summary;
  io.out(`\n${summary.scenarios.length} scenarios: ${totals.pass} passed, ${totals.fail} failed, ${totals.inconclusive} inconclusive, ${totals.error} errors, from shards ${summary.shards.join(', ')}`);
  if (summary.partial) io.out(`PARTIAL: shard ${summary.missingShards.join(', ')} missing; summary.json says so, and the run is not whole.`);
}

export async function mergeCommand(dirs: readonly string[], options: MergeCommandOptions, io: ConsoleIO): Promise<number> {
  const outDir = path.resolve(options.reports ?? 'reports');
  const runs = readShards(dirs, outDir);
  const profileFile = path.resolve(options.profile ?? DEFAULT_PROFILE);
  const refusals = [...mergeRefusals(runs, options.allowPartial === true), ...profileRefusal(profileFile, options.profile, runs)];
  if (refusals.length) throw new UsageError(`cannot merge ${dirs.join(' ')}:\n  - ${refusals.join('\n  - ')}`);
  const identity = runs[0]!.summary.run!;
  // Fail before writing anything when the definitions are missing.
  const spec = await loadSpecFetching({ version: identity.specVersion, specDir: options.specDir }, { say: (line) => io.err(line) });
  io.err(`mhhs-qualify merge: ${runs.length} of ${runs[0]!.shard.total} shard(s) into ${outDir}; seed ${identity.seed}, time scale ×${identity.timeScale}, ${identity.certification ? 'CERTIFICATION RUN' : 'development run (not for submission)'}`);
  // The RTTM and the report read this checkout's requirement catalogue and features: say so when they are not the shards'.
  const here = suiteCommit();
  if (here !== identity.suite.commit) io.err(`Note: the shards ran suite commit ${identity.suite.commit}; this checkout is ${here}. The RTTM uses this checkout's requirement catalogue.`);
  mkdirSync(outDir, { recursive: true });
  const summary = writeMergedReports(runs, outDir);
  describeSummary(summary, io);
  const reportFile = path.join(outDir, 'allure-report', 'index.html');
  io.out(`Results: ${path.join(outDir, 'summary.json')}, ${path.join(outDir, 'junit.xml')}, ${reportFile}`);
  const rttm = await writeRttm({ reports: outDir, profile: profileFile });
  io.out(`RTTM: ${rttm.csv}, ${rttm.xlsx}`);
  const pack = await packEvidence({
    reports: outDir,
    profile: profileFile,
    signingKey: options.signingKey,
    signatory: options.signatory,
    specVersion: spec.version,
    specDir: spec.dir,
    seed: identity.seed,
    timeScale: identity.timeScale,
    faults: identity.faults,
    certification: summary.certification === true,
    redact: options.redact !== false,
    selftestResult: options.selftestResult,
    packRaw: options.packRaw === true,
  });
  io.out(describePack(pack));
  // Built once the pack has the facts its overview shows (coverage, SLAs, waivers).
  await buildAllureReport(path.join(outDir, 'allure-results'), path.dirname(reportFile), summary.certification === true, undefined, allureHistoryFile(options.history), digestRows(pack.digest));
  // As for a run (src/run/exit-code.ts), and said last, so a CI log ends with it.
  io.out(`Exit code ${summary.exit.code}: ${summary.exit.reason}`);
  return summary.exit.code;
}
