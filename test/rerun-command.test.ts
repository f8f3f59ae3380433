// Every scenario that did not pass prints the command that runs it again exactly: the same
// scenario, seed, time scale, faults and profile. Running that command as printed reproduces
// the verdict, the cause and the generated content, with identifiers of its own run (new
// MPANs …), in a reports folder of its own: the full run's summary and pack stay as they were.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rerunCommand, rerunReportsDir } from '../src/run/rerun-command.ts';
import { DEFAULT_PROFILE } from '../src/run/run-settings.ts';
import type { RunSummary } from '../src/run/run-summary.ts';
import { specDirOf } from './spec-under-test.ts';

const PROJECT = path.resolve(import.meta.dirname, '..');

function runFiles(reports: string) {
  return { summary: JSON.parse(readFileSync(path.join(reports, 'summary.json'), 'utf8')) as RunSummary, journal: readFileSync(path.join(reports, 'run', 'journal-worker-0.jsonl'), 'utf8') };
}

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('the re-run command of a scenario that did not pass', () => {
  it('names only what differs from the defaults, quoted for a shell, with a reports folder of its own', () => {
    expect(rerunCommand({ location: 'features/a b.feature:7', seed: 3, timeScale: 600, faults: ['late-if031'], profile: DEFAULT_PROFILE })).toBe(
      "npx mhhs-qualify run --scenario 'features/a b.feature:7' --seed 3 --time-scale 600 --fault late-if031 --reports reports/reruns/a-b-7",
    );
    expect(rerunCommand({ location: 'features/x.feature:1', seed: 1, timeScale: 1, faults: [], profile: path.resolve('profiles/external-participant.example.yaml') })).toBe(
      'npx mhhs-qualify run --scenario features/x.feature:1 --seed 1 --time-scale 1 --profile profiles/external-participant.example.yaml --reports reports/reruns/x-1',
    );
  });

  it('puts the re-run under the run\'s own reports folder, named by scenario and run, and a re-run\'s re-run beside it', () => {
    const settings = { location: 'features/bp001-change-of-supplier/supplier-appoints-services.feature:14', seed: 7, timeScale: 3600, faults: [], profile: DEFAULT_PROFILE };
    expect(rerunReportsDir({ ...settings, reports: path.resolve('reports'), runId: '1C8F825F694D' })).toBe('reports/reruns/supplier-appoints-services-14-1c8f82');
    expect(rerunReportsDir({ ...settings, reports: 'reports/reruns/supplier-appoints-services-14-1c8f82', runId: 'ABCDEF012345' })).toBe('reports/reruns/supplier-appoints-services-14-abcdef');
    // Outside the working folder, the path is absolute, so the command works from where it was printed.
    const elsewhere = path.join(tmpdir(), 'ci-reports');
    expect(rerunReportsDir({ ...settings, reports: elsewhere, runId: '1C8F825F694D' })).toBe(path.join(elsewhere, 'reruns', 'supplier-appoints-services-14-1c8f82'));
    expect(rerunCommand({ ...settings, reports: elsewhere, runId: '1C8F825F694D' })).toMatch(new RegExp(` --reports ${path.join(elsewhere, 'reruns', 'supplier-appoints-services-14-1c8f82')}$`));
  });

  it('is printed under a failure; run as printed, it gives the same verdict, cause and content with new identifiers, and leaves the run\'s summary and pack as they were', () => {
    const reports = mkdtempSync(path.join(tmpdir(), 'mhhs-rerun-'));
    const env = { ...process.env, MHHS_DIP_SPEC_DIR: specDirOf('v2.1.0'), NO_COLOR: '1' };
    const first = spawnSync(process.execPath, ['bin/mhhs-qualify.js', 'run', '--fault', 'invalid-mpan', '--tags', '@REC-22.6.1 and @segment:smart', '--time-scale', '3600', '--seed', '7', '--reports', reports], { env, encoding: 'utf8', timeout: 120_000 });
    const firstRun = runFiles(reports);
    expect(firstRun.summary.scenarios.map((scenario) => scenario.verdict)).toEqual(['fail']);
    const untouched = { summary: digest(path.join(reports, 'summary.json')), pack: digest(path.join(reports, 'evidence-pack.zip')) };
    const line = /re-run: (npx mhhs-qualify run .*)$/m.exec(first.stdout)?.[1];
    const rerunDir = path.join(reports, 'reruns', `supplier-appoints-services-${/:(\d+)/.exec(line ?? '')?.[1]}-${firstRun.summary.runId!.slice(0, 6).toLowerCase()}`);
    expect(line, first.stdout).toMatch(/^npx mhhs-qualify run --scenario features\/bp001-change-of-supplier\/supplier-appoints-services\.feature:\d+ --seed 7 --time-scale 3600 --fault invalid-mpan .*--reports \S+$/);
    expect(line!.endsWith(` --reports ${rerunDir}`), line).toBe(true);

    // As a person would: the line as printed, in a shell, from the checkout.
    const again = spawnSync('sh', ['-c', line!], { cwd: PROJECT, env, encoding: 'utf8', timeout: 180_000 });
    expect(again.status, again.stderr).toBe(1);
    expect(digest(path.join(reports, 'summary.json'))).toBe(untouched.summary);
    expect(digest(path.join(reports, 'evidence-pack.zip'))).toBe(untouched.pack);
    expect(existsSync(path.join(rerunDir, 'evidence-pack.zip'))).toBe(true);
    const rerun = runFiles(rerunDir);

    // The cause names the MPAN and its check digit: the same words, other digits.
    const verdicts = (summary: RunSummary) => summary.scenarios.map((scenario) => [scenario.name, scenario.verdict, scenario.cause?.replace(/\d/g, '#')]);
    expect(verdicts(rerun.summary)).toEqual(verdicts(firstRun.summary));
    expect(rerun.summary.runId).not.toBe(firstRun.summary.runId);
    const values = (journal: string, pattern: RegExp) => [...new Set([...journal.matchAll(pattern)].map((match) => match[1]))];
    const mpans = (journal: string) => values(journal, /"MPANCore\\":\\"(\d{13})/g);
    expect(mpans(firstRun.journal).length).toBeGreaterThan(0);
    expect(mpans(rerun.journal).filter((mpan) => mpans(firstRun.journal).includes(mpan))).toEqual([]);
    // Generated content (the SMRS's free text here) comes from the seed, as it did. The run ends
    // with its scenario, which fails on the first IF-031: the SMRS's answers to what the
    // participant sent after it may or may not be journaled by then, so one run may hold fewer of
    // them, but the ones both hold are the same, in the same order.
    const subTexts = (journal: string) => values(journal, /"subText\\":\\"([^\\]*)/g);
    const [fewer, more] = [subTexts(rerun.journal), subTexts(firstRun.journal)].sort((one, other) => one.length - other.length) as [string[], string[]];
    expect(fewer.length).toBeGreaterThan(0);
    expect(more.slice(0, fewer.length)).toEqual(fewer);
  }, 360_000);

  it('refuses a --scenario that names no feature file', () => {
    const reports = mkdtempSync(path.join(tmpdir(), 'mhhs-rerun-'));
    const run = spawnSync(process.execPath, ['bin/mhhs-qualify.js', 'run', '--scenario', 'features/nothing.feature:3', '--reports', reports], { env: { ...process.env, MHHS_DIP_SPEC_DIR: specDirOf('v2.1.0') }, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--scenario 'features\/nothing.feature:3': there is no feature file features\/nothing.feature/);
  });
});
