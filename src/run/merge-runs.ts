// Merging shards, the files part: reads the reports folders of a run's shards, says why they
// cannot be merged (shards of different runs, a shard twice, a shard missing), and writes one
// reports folder from them: summary.json, junit.xml and the raw evidence (Allure results,
// journals, SLA records), from which `mhhs-qualify merge` then builds the report, the RTTM and
// the evidence pack as a single run does.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type RunExit, runExitOf } from './exit-code.ts';
import { mergeJunit } from './merge-junit.ts';
import { identityDifferences, type RunIdentity } from './run-identity.ts';
import { compareLocations, type RunSummary, verdictTotals } from './run-summary.ts';
import { parseShard, type Shard, shardLabel } from './shards.ts';
import type { AppliedWaiver } from './waivers.ts';

/** summary.json as `run` writes it. */
export interface ShardSummary extends RunSummary {
  readonly certification?: boolean;
  readonly waivers?: readonly AppliedWaiver[];
  readonly run?: RunIdentity;
  /** `i/n`; absent for an unsharded run, which is shard 1/1. */
  readonly shard?: string;
}

export interface MergedSummary extends ShardSummary {
  readonly shards: readonly string[];
  /** True when shards are missing (`merge --allow-partial`): the run is not whole. */
  readonly partial: boolean;
  readonly missingShards: readonly string[];
  /** The merged run's exit code and why, decided as for one run (src/run/exit-code.ts). */
  readonly exit: RunExit;
}

export interface ShardRun {
  /** The folder as given, for messages. */
  readonly dir: string;
  readonly summary: ShardSummary;
  readonly shard: Shard;
  /** The raw evidence carried over as is, relative to dir. */
  readonly files: readonly string[];
}

/** What a reports folder holds that merge rebuilds or carries over: cleared first, as a run clears its own. */
const GENERATED = ['allure-results', 'run', 'allure-report', 'allurerc.mjs', 'summary.json', 'junit.xml', 'rttm.csv', 'rttm.xlsx', 'evidence-pack.zip', 'waivers.yaml'];

function filesIn(dir: string, sub: string, keep: RegExp = /./): string[] {
  const folder = path.join(dir, sub);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && keep.test(entry.name))
    .map((entry) => `${sub}/${entry.name}`)
    .sort();
}

/** A shard's reports folder; throws naming the folder when it is not one a run wrote. */
export function readShardRun(dir: string): ShardRun {
  const summaryFile = path.join(dir, 'summary.json');
  if (!existsSync(summaryFile)) throw new Error(`${dir} holds no summary.json: it is not the reports folder of a finished run`);
  if (!existsSync(path.join(dir, 'junit.xml'))) throw new Error(`${dir} holds no junit.xml: it is not the reports folder of a finished run`);
  let summary: ShardSummary;
  try {
    summary = JSON.parse(readFileSync(summaryFile, 'utf8')) as ShardSummary;
  } catch (error) {
    throw new Error(`${summaryFile} is not a run summary: ${(error as Error).message}`);
  }
  if (!Array.isArray(summary.scenarios)) throw new Error(`${summaryFile} is not a run summary: it has no scenarios list`);
  let shard: Shard;
  try {
    shard = summary.shard ? parseShard(summary.shard) : { index: 1, total: 1 };
  } catch (error) {
    throw new Error(`${summaryFile}: shard ${(error as Error).message}`);
  }
  const files = [
    ...filesIn(dir, 'allure-results'),
    ...filesIn(dir, 'run', /^(journal|slas)-worker-\d+\.jsonl$/),
    ...filesIn(dir, 'run/oversized-bodies'),
    ...(existsSync(path.join(dir, 'waivers.yaml')) ? ['waivers.yaml'] : []),
  ];
  return { dir, summary, shard, files };
}

export function missingShards(runs: readonly ShardRun[]): string[] {
  const total = runs[0]?.shard.total ?? 1;
  const present = new Set(runs.map((run) => run.shard.index));
  return Array.from({ length: total }, (_, index) => index + 1)
    .filter((index) => !present.has(index))
    .map((index) => shardLabel({ index, total }));
}

const scenarioKey = (scenario: RunSummary['scenarios'][number]) => scenario.location ?? `${scenario.feature} › ${scenario.name}`;

/** Every reason these folders are not the shards of one run; empty when they merge. */
export function mergeRefusals(runs: readonly ShardRun[], allowPartial: boolean): string[] {
  const reasons: string[] = [];
  const [first] = runs;
  if (!first) return ['no reports folder to merge'];
  for (const run of runs.filter((candidate) => !candidate.summary.run)) {
    reasons.push(`${run.dir}/summary.json does not record its run (suite, profile, seed …): it was written by an older mhhs-qualify; run that shard again`);
  }
  if (reasons.length) return reasons;
  for (const run of runs.slice(1)) {
    for (const difference of identityDifferences(first.summary.run!, run.summary.run!)) {
      reasons.push(`${run.dir} is not a shard of the same run as ${first.dir}: ${difference.property} ${difference.there} there, ${difference.here} in ${first.dir}`);
    }
    if (run.shard.total !== first.shard.total) {
      reasons.push(`${run.dir} is shard ${shardLabel(run.shard)} but ${first.dir} is shard ${shardLabel(first.shard)}: the shards of one run split it the same number of ways`);
    }
  }
  const byShard = new Map<number, ShardRun>();
  for (const run of runs) {
    const earlier = byShard.get(run.shard.index);
    if (earlier) reasons.push(`shard ${shardLabel(run.shard)} is given twice: ${earlier.dir} and ${run.dir} overlap`);
    else byShard.set(run.shard.index, run);
  }
  // Distinct shards of one run never share a scenario or a file; if they do, they were not split by --shard.
  const owners = new Map<string, string>();
  const overlaps: string[] = [];
  for (const run of byShard.values()) {
    const keys = [...run.summary.scenarios.map((scenario) => `scenario ${scenarioKey(scenario)}`), ...run.files.filter((file) => file !== 'waivers.yaml').map((file) => `file ${file}`)];
    for (const key of keys) {
      const owner = owners.get(key);
      if (owner && owner !== run.dir) overlaps.push(`${key} is in both ${owner} and ${run.dir}: they overlap (was each run with --shard?)`);
      owners.set(key, run.dir);
    }
  }
  reasons.push(...overlaps.slice(0, 3), ...(overlaps.length > 3 ? [`… and ${overlaps.length - 3} more scenarios and files in two shards`] : []));
  const missing = missingShards(runs);
  if (missing.length && !allowPartial) {
    reasons.push(`shard ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing: give every shard's reports folder, or --allow-partial to merge what is here (the merged summary then says it is partial)`);
  }
  return reasons;
}

/** One waiver list: each shard applied the same waivers file, to its own scenarios. */
function mergeWaivers(runs: readonly ShardRun[]): AppliedWaiver[] {
  const lists = runs.map((run) => run.summary.waivers ?? []);
  return (lists[0] ?? []).map((entry, index) => ({ ...entry, scenarios: lists.flatMap((list) => list[index]?.scenarios ?? []) }));
}

export function mergedSummary(runs: readonly ShardRun[]): MergedSummary {
  const scenarios = runs.flatMap((run) => run.summary.scenarios).sort((a, b) => compareLocations(a.location, b.location));
  const totals = verdictTotals(scenarios);
  const missing = missingShards(runs);
  const runFindings = runs.flatMap((run) => run.summary.runFindings ?? []);
  return {
    scenarios,
    totals,
    ...(runFindings.length ? { runFindings } : {}),
    // ISO 8601 in UTC: text order is time order.
    startedAt: runs.map((run) => run.summary.startedAt).sort()[0]!,
    finishedAt: runs.map((run) => run.summary.finishedAt).sort().at(-1)!,
    certification: runs.every((run) => run.summary.certification === true),
    waivers: mergeWaivers(runs),
    ...(runs[0]?.summary.run ? { run: runs[0].summary.run } : {}),
    shards: runs.map((run) => shardLabel(run.shard)).sort((a, b) => parseShard(a).index - parseShard(b).index),
    partial: missing.length > 0,
    missingShards: missing,
    // Each scenario keeps its verdict, not-applicable flag and waiver from its shard.
    exit: runExitOf({ scenarios, runFindings }),
  };
}

/** The junit.xml of each shard, with its scenarios' locations in cucumber's JUnit order. */
function mergedJunit(runs: readonly ShardRun[]): string {
  return mergeJunit(
    runs.map((run) => ({
      file: path.join(run.dir, 'junit.xml'),
      xml: readFileSync(path.join(run.dir, 'junit.xml'), 'utf8'),
      locations: run.summary.scenarios.map((scenario) => scenario.location).sort(compareLocations),
    })),
  );
}

/**
 * Writes the merged reports folder: the raw evidence of every shard carried over (the shards
 * numbered their workers apart, so journal and SLA files keep their names), summary.json and
 * junit.xml joined. Call mergeRefusals first.
 */
export function writeMergedReports(runs: readonly ShardRun[], outDir: string): MergedSummary {
  for (const generated of GENERATED) rmSync(path.join(outDir, generated), { recursive: true, force: true });
  mkdirSync(path.join(outDir, 'allure-results'), { recursive: true });
  mkdirSync(path.join(outDir, 'run'), { recursive: true });
  for (const run of runs) {
    for (const file of run.files) {
      mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
      copyFileSync(path.join(run.dir, file), path.join(outDir, file));
    }
  }
  const summary = mergedSummary(runs);
  writeFileSync(path.join(outDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  writeFileSync(path.join(outDir, 'junit.xml'), mergedJunit(runs));
  return summary;
}
