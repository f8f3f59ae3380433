// Every scenario that did not pass prints the command that runs it again exactly: the same
// scenario, seed, time scale, faults and profile. Running that command reproduces the verdict,
// the cause and the generated content, with identifiers of its own run (new MPANs …).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rerunCommand } from '../src/run/rerun-command.ts';
import { DEFAULT_PROFILE } from '../src/run/run-settings.ts';
import type { RunSummary } from '../src/run/run-summary.ts';
import { specDirOf } from './spec-under-test.ts';

function cli(args: readonly string[]) {
  const reports = mkdtempSync(path.join(tmpdir(), 'mhhs-rerun-'));
  const run = spawnSync(process.execPath, ['bin/mhhs-qualify.js', ...args, '--no-report', '--reports', reports], {
    env: { ...process.env, MHHS_DIP_SPEC_DIR: specDirOf('v2.1.0'), NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { run, summary: JSON.parse(readFileSync(path.join(reports, 'summary.json'), 'utf8')) as RunSummary, journal: readFileSync(path.join(reports, 'run', 'journal-worker-0.jsonl'), 'utf8') };
}

describe('the re-run command of a scenario that did not pass', () => {
  it('names only what differs from the defaults, quoted for a shell', () => {
    expect(rerunCommand({ location: 'features/a b.feature:7', seed: 3, timeScale: 600, faults: ['late-if031'], profile: DEFAULT_PROFILE })).toBe(
      "mhhs-qualify run --scenario 'features/a b.feature:7' --seed 3 --time-scale 600 --fault late-if031",
    );
    expect(rerunCommand({ location: 'features/x.feature:1', seed: 1, timeScale: 1, faults: [], profile: path.resolve('profiles/external-participant.example.yaml') })).toBe(
      'mhhs-qualify run --scenario features/x.feature:1 --seed 1 --time-scale 1 --profile profiles/external-participant.example.yaml',
    );
  });

  it('is printed under a failure, and running it gives the same verdict, cause and content, with new identifiers', () => {
    const first = cli(['run', '--fault', 'invalid-mpan', '--tags', '@REC-22.6.1 and @segment:smart', '--time-scale', '3600', '--seed', '7']);
    expect(first.summary.scenarios.map((scenario) => scenario.verdict)).toEqual(['fail']);
    const line = /re-run: (mhhs-qualify run .*)$/m.exec(first.run.stdout)?.[1];
    expect(line, first.run.stdout).toMatch(/^mhhs-qualify run --scenario features\/bp001-change-of-supplier\/supplier-appoints-services\.feature:\d+ --seed 7 --time-scale 3600 --fault invalid-mpan/);
    const again = cli(line!.split(' ').slice(1));
    // The cause names the MPAN and its check digit: the same words, other digits.
    const verdicts = (summary: RunSummary) => summary.scenarios.map((scenario) => [scenario.name, scenario.verdict, scenario.cause?.replace(/\d/g, '#')]);
    expect(verdicts(again.summary)).toEqual(verdicts(first.summary));
    const values = (journal: string, pattern: RegExp) => [...new Set([...journal.matchAll(pattern)].map((match) => match[1]))];
    const mpans = (journal: string) => values(journal, /"MPANCore\\":\\"(\d{13})/g);
    expect(mpans(first.journal).length).toBeGreaterThan(0);
    expect(mpans(again.journal).filter((mpan) => mpans(first.journal).includes(mpan))).toEqual([]);
    // Generated content (the SMRS's free text here) comes from the seed, as it did.
    const subTexts = (journal: string) => values(journal, /"subText\\":\\"([^\\]*)/g);
    expect(subTexts(first.journal).length).toBeGreaterThan(0);
    expect(subTexts(again.journal)).toEqual(subTexts(first.journal));
  });

  it('refuses a --scenario that names no feature file', () => {
    const reports = mkdtempSync(path.join(tmpdir(), 'mhhs-rerun-'));
    const run = spawnSync(process.execPath, ['bin/mhhs-qualify.js', 'run', '--scenario', 'features/nothing.feature:3', '--reports', reports], { env: { ...process.env, MHHS_DIP_SPEC_DIR: specDirOf('v2.1.0') }, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--scenario 'features\/nothing.feature:3': there is no feature file features\/nothing.feature/);
  });
});
