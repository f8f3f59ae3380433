// The Playwright trigger in Debian's Chromium: the suite records a CSS registration through the
// reference participant's back office, over mTLS, keeps a screenshot of each step in the
// evidence, and withholds them from a redacted pack; a script that cannot do its job makes the
// scenario inconclusive, with a screenshot of where it stopped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../src/run/run-summary.ts';
import { specDirOf } from './spec-under-test.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

function qualify(profile: string, reports: string, ...extra: string[]) {
  const run = spawnSync(process.execPath, ['bin/mhhs-qualify.js', 'run', '--profile', profile, '--time-scale', '3600', '--tags', '@REC-22.6.1 and @segment:smart', '--reports', reports, ...extra], {
    env: { ...process.env, MHHS_DIP_SPEC_DIR: specDirOf('v2.1.0'), NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  const summary = JSON.parse(readFileSync(path.join(reports, 'summary.json'), 'utf8')) as RunSummary;
  return { run, summary };
}

interface AllureNode {
  readonly attachments?: Array<{ name: string; source: string }>;
  readonly steps?: AllureNode[];
}

/** Allure result files' attachments, at any depth of steps, by name, with the bytes of each. */
function attachments(reports: string): Array<{ name: string; bytes: Buffer }> {
  const dir = path.join(reports, 'allure-results');
  const walk = (node: AllureNode): Array<{ name: string; source: string }> => [...(node.attachments ?? []), ...(node.steps ?? []).flatMap(walk)];
  return readdirSync(dir)
    .filter((file) => file.endsWith('-result.json'))
    .flatMap((file) => walk(JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as AllureNode))
    .map((attachment) => ({ name: attachment.name, bytes: readFileSync(path.join(dir, attachment.source)) }));
}

describe('a Playwright trigger driving the participant’s back office', () => {
  it('records the registration through the web form in Chromium, with a screenshot of each step', () => {
    expect(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`).toBe(true);
    const reports = mkdtempSync(path.join(tmpdir(), 'mhhs-playwright-'));
    // --pack-raw: the screenshots are raw results, which a default pack leaves to its report.
    const { run, summary } = qualify('profiles/reference-participant-back-office.yaml', reports, '--pack-raw');
    expect(summary.scenarios.map((scenario) => scenario.verdict), `${run.stdout}\n${run.stderr}`).toEqual(['pass']);
    const screenshots = attachments(reports).filter((attachment) => attachment.name.startsWith('trigger screenshot'));
    expect(screenshots.map((screenshot) => screenshot.name)).toEqual(['trigger screenshot 01 back office form', 'trigger screenshot 02 form filled in', 'trigger screenshot 03 done']);
    for (const screenshot of screenshots) expect(screenshot.bytes.subarray(0, 4).equals(PNG_SIGNATURE) && screenshot.bytes.length > 2_000).toBe(true);
    // The registration reached the participant through its back office, not a test hook.
    const journal = readFileSync(path.join(reports, 'run', 'worker-0', 'reference-participant-state', 'journal.jsonl'), 'utf8');
    expect(journal).toContain('"name":"css-registration"');
    // A redacted pack withholds them: they show the MPAN and cannot be masked.
    const pack = unzipSync(readFileSync(path.join(reports, 'evidence-pack.zip')));
    const packed = Object.entries(pack).filter(([name]) => name.startsWith('allure-results/') && name.endsWith('.png'));
    expect(packed.length).toBe(3);
    for (const [, bytes] of packed) expect(bytes.length).toBeLessThan(200);
  });

  it('makes the scenario inconclusive, not failed, when the script cannot do its job, and shows where it stopped', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mhhs-playwright-broken-'));
    writeFileSync(path.join(dir, 'broken.mjs'), "export default async ({ page, participantUrl }) => { await page.goto(`${participantUrl}/back-office`); await page.getByLabel('Customer number').fill('1', { timeout: 2000 }); };\n");
    const profile = readFileSync('profiles/reference-participant-back-office.yaml', 'utf8').replace('../examples/triggers/back-office-css-registration.mjs', path.join(dir, 'broken.mjs'));
    writeFileSync(path.join(dir, 'profile.yaml'), profile);
    const reports = path.join(dir, 'reports');
    const { summary } = qualify(path.join(dir, 'profile.yaml'), reports, '--no-report');
    expect(summary.scenarios.map((scenario) => scenario.verdict)).toEqual(['inconclusive']);
    expect(summary.scenarios[0]!.cause).toMatch(/Playwright trigger .*broken\.mjs failed/);
    expect(attachments(reports).map((attachment) => attachment.name)).toContain('trigger screenshot 01 when the script stopped');
  });
});
