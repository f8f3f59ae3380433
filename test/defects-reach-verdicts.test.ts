// Every defect of the participant reaches a verdict: a fail finding the DIP records against a
// submission fails the scenario it belongs to (or the run, when no scenario owns it), and a
// process the participant's own request broke fails, naming the field, instead of ending
// "inconclusive". Shown with fault switches of the reference participant that plant exactly
// those defects, through the CLI as a user runs it; the unit tests check the bookkeeping.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Exchange } from '../src/evidence/exchange.ts';
import { ExchangeJournal } from '../src/evidence/exchange-journal.ts';
import type { RunSummary } from '../src/run/run-summary.ts';
import { addRunFindingsToJunit, RUN_FINDINGS_TITLE, writeRunFindingsAllureResult } from '../src/run/run-findings-report.ts';
import { defectOfClaimed, SubmissionDefects } from '../src/scenario/submission-defects.ts';
import { specDirOf } from './spec-under-test.ts';

function qualify(...args: string[]): { code: number | null; summary: RunSummary & { exit: { code: number } }; output: string; junit: string } {
  const reports = mkdtempSync(path.join(tmpdir(), 'mhhs-defects-'));
  const run = spawnSync(process.execPath, ['bin/mhhs-qualify.js', 'run', '--no-report', '--time-scale', '3600', '--reports', reports, ...args], {
    env: { ...process.env, MHHS_DIP_SPEC_DIR: specDirOf('v2.1.0'), NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { code: run.status, summary: JSON.parse(readFileSync(path.join(reports, 'summary.json'), 'utf8')), output: `${run.stdout}\n${run.stderr}`, junit: readFileSync(path.join(reports, 'junit.xml'), 'utf8') };
}

const submission = (id: string, body: string, findings: Exchange['findings']): Exchange => ({
  id,
  direction: 'participant-to-dip',
  channel: '/dip-channel/IF-031',
  request: { method: 'POST', url: '/dip-channel/IF-031', headers: {}, body },
  response: { status: 400, headers: {}, body: '' },
  startedAt: '2026-12-07T09:00:00.000Z',
  finishedAt: '2026-12-07T09:00:00.010Z',
  marketTime: '2026-12-07T09:00:00+00:00',
  marketMillis: 0,
  findings,
});

const reused = { rule: 'SUR-NOT-REUSED', severity: 'fail' as const, pointer: '/0/payload/CommonBlock/S1/senderUniqueReference', message: 'already accepted', requirement: 'REQ-DIP-SUR-UNIQUE' };

describe('submission findings no step looked at (SubmissionDefects)', () => {
  it('gives each scenario the submissions about its MPAN or its transactions, once, and keeps the rest for the run', async () => {
    const journal = new ExchangeJournal(path.join(mkdtempSync(path.join(tmpdir(), 'mhhs-defects-journal-')), 'journal.jsonl'));
    const defects = new SubmissionDefects(journal);
    await journal.append(submission('a', '[{"payload":{"M0":{"MPANCore":"1012345678901"}}}]', [reused]));
    await journal.append(submission('b', '[{"transactionID":"T-IF-002-X"}]', [reused]));
    await journal.append(submission('c', '[{"payload":{"M0":{"MPANCore":"1099999999999"}}}]', [reused]));
    await journal.append(submission('d', '[{"payload":{"M0":{"MPANCore":"1012345678901"}}}]', [{ ...reused, severity: 'warn' }]));
    const claimed = defects.claim({ mpan: '1012345678901', transactionIDs: ['T-IF-002-X'] });
    expect(claimed.map((exchange) => exchange.id).sort()).toEqual(['a', 'b']);
    // Claimed once: no other scenario gets them again.
    expect(defects.claim({ mpan: '1012345678901', transactionIDs: ['T-IF-002-X'] })).toEqual([]);
    const defect = defectOfClaimed(claimed)!;
    expect(defect.verdict).toBe('fail');
    expect(defect.findings.map((finding) => finding.rule)).toEqual(['SUR-NOT-REUSED', 'SUR-NOT-REUSED']);
    expect(defectOfClaimed([])).toBeUndefined();
    // A warning is no defect; what no scenario claimed is the run's.
    expect(defects.unclaimed()).toEqual([expect.objectContaining({ rule: 'SUR-NOT-REUSED', exchange: expect.objectContaining({ id: 'c', channel: '/dip-channel/IF-031', status: 400 }) })]);
    defects.stop();
    await journal.close();
  });
});

describe('run-level findings in the reports', () => {
  const finding = { ...reused, exchange: { id: 'c', channel: '/dip-channel/IF-031', marketTime: '2026-12-07T09:00:00+00:00', status: 400 } };

  it('add one failed test case to junit.xml, with the counts raised, and leave it alone without findings', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'mhhs-junit-')), 'junit.xml');
    const junit = '<?xml version="1.0"?>\n<testsuite name="mhhs-qualify" time="1" tests="2" skipped="0" failures="0" errors="0">\n  <testcase classname="F" name="S" time="0.1"/>\n</testsuite>\n';
    writeFileSync(file, junit);
    addRunFindingsToJunit(file, []);
    expect(readFileSync(file, 'utf8')).toBe(junit);
    addRunFindingsToJunit(file, [finding]);
    const xml = readFileSync(file, 'utf8');
    expect(xml).toContain('tests="3"');
    expect(xml).toContain('failures="1"');
    expect(xml).toContain(`name="${RUN_FINDINGS_TITLE}"`);
    expect(xml).toMatch(/<failure [^>]*><!\[CDATA\[SUR-NOT-REUSED \/0\/payload\/CommonBlock\/S1\/senderUniqueReference: already accepted \(\/dip-channel\/IF-031 at 2026-12-07T09:00:00\+00:00, DIP answered 400; exchange c\)\]\]><\/failure>/);
    expect(xml.trimEnd().endsWith('</testsuite>')).toBe(true);
  });

  it('write one failed Allure result naming each finding', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mhhs-allure-'));
    writeRunFindingsAllureResult(dir, []);
    expect(readdirSync(dir)).toEqual([]);
    writeRunFindingsAllureResult(dir, [finding]);
    const [file] = readdirSync(dir);
    const result = JSON.parse(readFileSync(path.join(dir, file!), 'utf8')) as { status: string; name: string; statusDetails: { trace: string } };
    expect(result.status).toBe('failed');
    expect(result.name).toBe(RUN_FINDINGS_TITLE);
    expect(result.statusDetails.trace).toContain('SUR-NOT-REUSED');
  });
});

describe('every defect of the participant reaches a verdict', () => {
  it('a submission sent twice fails its scenario with SUR-NOT-REUSED, and copies no scenario owns fail the run', () => {
    const run = qualify('--fault', 'resends-submission', '--tags', '@COS-02 and @segment:smart');
    const failed = run.summary.scenarios.filter((scenario) => scenario.verdict === 'fail');
    expect(failed.length, run.output).toBeGreaterThan(0);
    expect(failed.some((scenario) => /SUR-NOT-REUSED/.test(scenario.cause ?? '')), run.output).toBe(true);
    expect(run.code).toBe(1);
    expect(run.summary.exit.code).toBe(1);
    // Whatever no scenario claimed is on record, not dropped.
    // (How many copies land after their scenario has closed depends on timing; each is in the reports.)
    for (const finding of run.summary.runFindings ?? []) expect(finding.rule).toBe('SUR-NOT-REUSED');
    expect(run.junit.includes(RUN_FINDINGS_TITLE)).toBe((run.summary.runFindings ?? []).length > 0);
  });

  it('the same selection with the participant conformant passes with no run-level finding', () => {
    const run = qualify('--tags', '@COS-02 and @segment:smart');
    expect(run.summary.scenarios.filter((scenario) => scenario.verdict !== 'pass'), run.output).toEqual([]);
    expect(run.summary.runFindings ?? []).toEqual([]);
    expect(run.code).toBe(0);
  });

  it.each([
    { fault: 'foreign-css-registration-id', field: /CSSRegistrationID/, code: 'REG0006' },
    { fault: 'proposes-unoffered-metering-service', field: /proposedMeteringServiceDIPID|proposed…DIPID/, code: 'REG1022' },
    { fault: 'gain-as-csp', field: /appointmentScenario/, code: 'REG1021' },
  ])('an IF-031 with $fault fails the appointment scenarios naming the field, and none ends inconclusive for it', ({ fault, field, code }) => {
    const run = qualify('--fault', fault, '--tags', '@BP001 and @segment:smart');
    const { scenarios } = run.summary;
    expect(scenarios.filter((scenario) => scenario.verdict === 'inconclusive' || scenario.verdict === 'error'), run.output).toEqual([]);
    // The request itself, at the step that matched it.
    const request = scenarios.find((scenario) => scenario.name === 'Metering Service appointment request follows the gain notification within the SLA')!;
    expect(request.verdict).toBe('fail');
    expect(request.cause).toMatch(/PROCESS-CONTENT/);
    expect(request.cause).toMatch(field);
    // The scenarios waiting for the appointment to go on: the SMRS's refusal, by code and field.
    const waiting = scenarios.find((scenario) => scenario.name === 'Accepted appointment becomes active on Secured Active')!;
    expect(waiting.verdict).toBe('fail');
    expect(waiting.cause).toMatch(new RegExp(`SMRS-ACCEPTED .*${code}`));
    expect(waiting.cause).toMatch(field);
    expect(run.code).toBe(1);
  });
});
