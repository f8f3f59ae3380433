// A run with one fault, as a reviewer meets it: the reference participant sends IF-031 late
// (--fault late-if031), and exactly the requirements whose checks failed are failed (the SLAs
// and REC 22.6.1, which the SLA cites), nothing else the failed scenarios carry. `coverage`, the
// RTTM, the summary, and the pack's first page (which the report's overview shows) agree.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/evidence/csv.ts';
import { verifyPack } from '../src/evidence/pack/verify-pack.ts';
import type { RunSummary } from '../src/run/run-summary.ts';
import { specDirOf } from './spec-under-test.ts';

const env = { ...process.env, MHHS_DIP_SPEC_DIR: specDirOf('v2.1.0'), NO_COLOR: '1', CI: 'true' };
const cli = (...args: string[]) => spawnSync(process.execPath, ['bin/mhhs-qualify.js', ...args], { env, encoding: 'utf8', timeout: 240_000 });

const reports = mkdtempSync(path.join(tmpdir(), 'mhhs-late-if031-'));
// The Supplier's IF-031 scenarios of Change of Supplier (COS-02): three, each timed by an SLA.
const run = cli('run', '--fault', 'late-if031', '--tags', '@COS-02 and not @DIP', '--reports', reports);

const EXPECTED_FAILED = ['REQ-REC-22.6.1', 'REQ-SLA-ds-appointment-request', 'REQ-SLA-ms-appointment-request'];

describe('requirement verdicts on a run with one late message', () => {
  it('fails the run on its scenarios, and names what each broke', () => {
    expect(run.status, run.stderr).toBe(1);
    const summary = JSON.parse(readFileSync(path.join(reports, 'summary.json'), 'utf8')) as RunSummary;
    expect(summary.scenarios.map((scenario) => scenario.verdict)).toEqual(['fail', 'fail', 'fail']);
    for (const scenario of summary.scenarios) expect(scenario.findings?.map((finding) => finding.rule)).toEqual(['SLA']);
    expect(run.stdout).toContain('breaks REQ-SLA-ms-appointment-request, REQ-REC-22.6.1');
  });

  it('fails only the requirements a finding names, in coverage, the RTTM and the pack’s first page', () => {
    const coverage = JSON.parse(cli('coverage', '--reports', reports, '--format', 'json').stdout) as { requirements: Array<{ id: string; state: string }> };
    const failed = coverage.requirements.filter((entry) => entry.state === 'failed').map((entry) => entry.id).sort();
    expect(failed).toEqual(EXPECTED_FAILED);
    // The failed scenarios carried the content and webhook requirements too: checked in none of them, failed by none.
    expect(coverage.requirements.find((entry) => entry.id === 'REQ-PROCESS-CONTENT')?.state).toBe('inconclusive');
    expect(coverage.requirements.find((entry) => entry.id === 'REQ-DIP-SCHEMA')?.state).not.toBe('failed');

    const rttmStates = new Map(parseCsv(readFileSync(path.join(reports, 'rttm.csv'), 'utf8')).map((row) => [row['Requirement ID'], row.Coverage]));
    expect(new Map(coverage.requirements.map((entry) => [entry.id, entry.state]))).toEqual(rttmStates);

    // The summary: one row per requirement (anchored by its ID), its state in a badge.
    const html = readFileSync(path.join(reports, 'summary.html'), 'utf8');
    const summaryStates = new Map([...html.matchAll(/<tr id="(REQ-[^"]+)">[\s\S]*?<span class="state state-[^"]*">([^<]+)<\/span>/g)].map((match) => [match[1], match[2]]));
    expect(summaryStates).toEqual(rttmStates);

    const verified = verifyPack(readFileSync(path.join(reports, 'evidence-pack.zip')));
    expect(verified.ok).toBe(true);
    expect(verified.digest?.requirements).toMatch(new RegExp(`\\b${EXPECTED_FAILED.length} failed\\b`));
  });
});
