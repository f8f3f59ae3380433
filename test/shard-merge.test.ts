// A run split across CI machines with `run --shard i/n` and joined again with `merge`, as a
// user runs them (the CLI in its own process): the shards are disjoint and together the whole
// selection, the merged folder gives the verdicts, the requirement coverage and the JUnit test
// cases of the same run on one machine, and its evidence pack verifies. Folders that are not
// the shards of one run are refused, naming what is wrong.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MergedSummary, ShardSummary } from '../src/run/merge-runs.ts';
import { specDirOf } from './spec-under-test.ts';

/** Fast enough for CI: a 60-minute window passes in one real second. */
const TIME_SCALE = '3600';
/**
 * A modest selection: the hand-written Change of Supplier scenarios (not the DIP-channel ones,
 * which carry @BP001 too) and a Scenario Outline whose four examples are four scenarios.
 */
const TAGS = '(@BP001 and not @DIP) or @REQ-DIP-SIGNATURE';

const root = mkdtempSync(path.join(tmpdir(), 'mhhs-qualify-shards-'));
const folder = (name: string) => path.join(root, name);

function cli(...args: string[]): { code: number | null; output: string } {
  const child = spawnSync(process.execPath, ['bin/mhhs-qualify.js', ...args], {
    env: { ...process.env, MHHS_DIP_SPEC_DIR: specDirOf('v2.1.0'), NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 240_000,
    // `coverage --format json` lists every scenario of every feature: over the 1 MiB default.
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: child.status, output: `${child.stdout}\n${child.stderr}` };
}

/** The shards need no report of their own: merge builds the report and the pack. */
const run = (reports: string, ...args: string[]) => cli('run', '--no-report', '--time-scale', TIME_SCALE, '--tags', TAGS, '--reports', reports, ...args);
const summaryOf = <T = ShardSummary>(dir: string): T => JSON.parse(readFileSync(path.join(dir, 'summary.json'), 'utf8')) as T;
const verdicts = (summary: ShardSummary) => summary.scenarios.map((scenario) => [scenario.name, scenario.verdict]);

function coverageOf(reports: string): unknown {
  const { output } = cli('coverage', '--format', 'json', '--reports', reports);
  const { requirements, untestedMandatory, scenariosWithoutRequirement } = JSON.parse(output.slice(output.indexOf('{'), output.lastIndexOf('}') + 1)) as Record<string, unknown>;
  return { requirements, untestedMandatory, scenariosWithoutRequirement };
}

/** The MPANs a run's SLA records name: each shard's come from its own pool. */
function mpansOf(reports: string): Set<string> {
  const dir = path.join(reports, 'run');
  const lines = readdirSync(dir)
    .filter((name) => name.startsWith('slas-worker-'))
    .flatMap((name) => readFileSync(path.join(dir, name), 'utf8').split('\n').filter(Boolean));
  return new Set(lines.map((line) => (JSON.parse(line) as { mpan: string }).mpan));
}

const testcaseNames = (reports: string) => [...readFileSync(path.join(reports, 'junit.xml'), 'utf8').matchAll(/<testcase classname="([^"]*)" name="([^"]*)"/g)].map((match) => `${match[1]} › ${match[2]}`);

describe('a run sharded across machines and merged', () => {
  beforeAll(() => {
    // One after another: the machine running the tests may have two cores.
    for (const [reports, args] of [['whole', []], ['shard-1', ['--shard', '1/2']], ['shard-2', ['--shard', '2/2']]] as const) {
      const result = run(folder(reports), ...args);
      if (result.code !== 0) throw new Error(`run ${args.join(' ')} exited ${result.code}:\n${result.output.slice(-3000)}`);
    }
  }, 300_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each(['0/2', '3/2', 'x'])('refuses --shard %s with a usage error', (shard) => {
    const result = cli('run', '--shard', shard, '--no-report', '--reports', folder('refused'));
    expect(result.code).toBe(2);
    expect(result.output).toMatch(new RegExp(`--shard '${shard}'`));
    expect(existsSync(folder('refused'))).toBe(false);
  });

  it('splits the selection into disjoint, non-empty shards that together are the unsharded run', () => {
    const whole = summaryOf(folder('whole'));
    const [first, second] = [summaryOf(folder('shard-1')), summaryOf(folder('shard-2'))];
    expect(whole.scenarios.length).toBeGreaterThanOrEqual(6);
    expect([first.shard, second.shard]).toEqual(['1/2', '2/2']);
    expect(first.scenarios.length).toBeGreaterThan(0);
    expect(second.scenarios.length).toBeGreaterThan(0);
    const firstNames = first.scenarios.map((scenario) => scenario.name);
    expect(second.scenarios.filter((scenario) => firstNames.includes(scenario.name))).toEqual([]);
    expect([...firstNames, ...second.scenarios.map((scenario) => scenario.name)].sort()).toEqual(whole.scenarios.map((scenario) => scenario.name).sort());
    // Each example of the outline is a scenario of its own, so its examples may land in different shards.
    expect(whole.scenarios.filter((scenario) => scenario.name.startsWith('Refuses a push signed with'))).toHaveLength(4);
  });

  it('gives each shard its own worker numbers and MPAN pool', () => {
    expect(readdirSync(path.join(folder('shard-1'), 'run')).filter((name) => name.endsWith('.jsonl')).sort()).toEqual(['journal-worker-0.jsonl', 'slas-worker-0.jsonl']);
    expect(readdirSync(path.join(folder('shard-2'), 'run')).filter((name) => name.endsWith('.jsonl')).sort()).toEqual(['journal-worker-1.jsonl', 'slas-worker-1.jsonl']);
    const [first, second] = [mpansOf(folder('shard-1')), mpansOf(folder('shard-2'))];
    expect(first.size).toBeGreaterThan(0);
    expect(second.size).toBeGreaterThan(0);
    expect([...first].filter((mpan) => second.has(mpan))).toEqual([]);
  });

  it('merges the shards into the verdicts, coverage and JUnit test cases of the unsharded run, with a pack that verifies', () => {
    const merge = cli('merge', folder('shard-1'), folder('shard-2'), '--reports', folder('merged'));
    expect(merge.code, merge.output).toBe(0);
    const whole = summaryOf(folder('whole'));
    const merged = summaryOf<MergedSummary>(folder('merged'));
    const shards = [summaryOf(folder('shard-1')), summaryOf(folder('shard-2'))];
    // Same scenarios, same verdicts, in the same order as the run on one machine.
    expect(verdicts(merged)).toEqual(verdicts(whole));
    expect(merged.totals).toEqual(whole.totals);
    expect(merged.shards).toEqual(['1/2', '2/2']);
    expect(merged.partial).toBe(false);
    expect(merged.startedAt).toBe(shards.map((shard) => shard.startedAt).sort()[0]);
    expect(merged.finishedAt).toBe(shards.map((shard) => shard.finishedAt).sort()[1]);
    expect(testcaseNames(folder('merged'))).toEqual(testcaseNames(folder('whole')));
    expect(coverageOf(folder('merged'))).toEqual(coverageOf(folder('whole')));
    for (const file of ['allure-report/index.html', 'rttm.csv', 'rttm.xlsx', 'run/journal-worker-0.jsonl', 'run/journal-worker-1.jsonl']) expect(existsSync(path.join(folder('merged'), file)), file).toBe(true);
    const verify = cli('verify', path.join(folder('merged'), 'evidence-pack.zip'));
    expect(verify.code, verify.output).toBe(0);
    expect(verify.output).toContain('VERIFIED');
  }, 180_000);

  it('refuses a shard merged with itself', () => {
    const result = cli('merge', folder('shard-1'), folder('shard-1'), '--reports', folder('self'));
    expect(result.code).toBe(2);
    expect(result.output).toContain(`shard 1/2 is given twice: ${folder('shard-1')} and ${folder('shard-1')} overlap`);
    expect(existsSync(folder('self'))).toBe(false);
  });

  it('refuses a missing shard unless --allow-partial, and then says the merge is partial', () => {
    const refused = cli('merge', folder('shard-1'), '--reports', folder('partial'));
    expect(refused.code).toBe(2);
    expect(refused.output).toContain('shard 2/2 is missing');
    const partial = cli('merge', folder('shard-1'), '--allow-partial', '--reports', folder('partial'));
    expect(partial.code, partial.output).toBe(0);
    expect(partial.output).toContain('PARTIAL: shard 2/2 missing');
    const summary = summaryOf<MergedSummary>(folder('partial'));
    expect(summary).toMatchObject({ partial: true, shards: ['1/2'], missingShards: ['2/2'] });
    expect(summary.scenarios.length).toBe(summaryOf(folder('shard-1')).scenarios.length);
  }, 120_000);

  it('refuses shards of runs with different seeds, naming the folder and the seed', () => {
    // Shard 2 of the same selection run with --seed 2: merge reads the seed from the summary
    // `run` recorded, so a copy whose summary says so stands in for a second run.
    expect(summaryOf(folder('shard-2')).run?.seed).toBe(1);
    cpSync(folder('shard-2'), folder('seed-2'), { recursive: true });
    const summary = summaryOf(folder('seed-2'));
    writeFileSync(path.join(folder('seed-2'), 'summary.json'), JSON.stringify({ ...summary, run: { ...summary.run, seed: 2 } }));
    const result = cli('merge', folder('shard-1'), folder('seed-2'), '--reports', folder('seeds'));
    expect(result.code).toBe(2);
    expect(result.output).toContain(`${folder('seed-2')} is not a shard of the same run as ${folder('shard-1')}: seed 2 there, 1 in ${folder('shard-1')}`);
  });
});
