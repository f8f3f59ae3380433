// The report's overview: the digest's facts in the two panels of the awesome template, the
// second one through an environment.properties that Allure's own reader must read back intact.
import { describe, expect, it } from 'vitest';
// Not exported by the package; the reader the report is built with, read back by its own parser.
import { parseProperties } from '../node_modules/@allurereport/reader/dist/properties.js';
import { killRateOf, packDigest } from '../src/evidence/pack/pack-digest.ts';
import { loadBusinessProcesses } from '../src/processes/business-processes.ts';
import { overviewProperties, overviewVariables, PANEL_ROWS, type ReportOverview } from '../src/run/report-overview.ts';

const overview: ReportOverview = [
  ['participant', 'Acme Energy'],
  ['roles', 'SUP 1100000001 (ACME)'],
  ['declared', 'segments S; processes BP001'],
  ['certification', 'no: NOT FOR SUBMISSION: development run'],
  ['suite', 'mhhs-qualify 0.1.0 (0123456789ab), DIP API v2.1.0'],
  ['run', '2026-11-23T10:00:00Z; time scale ×600, seed 1, no fault switches'],
  ['signatory', 'A. Director'],
  ['transport', 'mutual TLS'],
  ['verdicts', '3 scenarios: 2 passed, 1 failed'],
  ['requirements', '12 requirements: 10 passed, 2 not run'],
  ['SLAs', '2 measured: 1 met, 1 missed'],
  ['waivers', 'REQ-SP-006 (CB-2026-041) = agreed! #1 \\ see: note – ×2'],
  ['kill rate', 'not measured (no selftest result)'],
];

describe('report overview', () => {
  it('puts the first eight facts in the variables panel and the rest, read back intact by Allure, in the metadata panel', () => {
    expect(Object.entries(overviewVariables(overview))).toEqual(overview.slice(0, PANEL_ROWS).map(([label, value]) => [label.charAt(0).toUpperCase() + label.slice(1), value]));
    expect(parseProperties(overviewProperties(overview))).toEqual({
      Verdicts: '3 scenarios: 2 passed, 1 failed',
      Requirements: '12 requirements: 10 passed, 2 not run',
      SLAs: '2 measured: 1 met, 1 missed',
      Waivers: 'REQ-SP-006 (CB-2026-041) = agreed! #1 \\ see: note – ×2',
      'Kill rate': 'not measured (no selftest result)',
    });
  });

  it('states the kill rate only from a selftest result', () => {
    expect(killRateOf(null)).toBe('not measured (no selftest result)');
    expect(killRateOf({ faults: 0, caught: 0 })).toBe('not measured (no selftest result)');
    // Never rounded up: 15 of 16 is 93 %, and only all of them is 100 %.
    expect(killRateOf({ faults: 16, caught: 15 })).toBe('93% (15 of 16 fault switches caught)');
    expect(killRateOf({ faults: 200, caught: 199 })).toBe('99% (199 of 200 fault switches caught)');
    // What a reviewer needs to weigh it: a sample, unexpected reds, a red clean run, another suite commit.
    expect(killRateOf({ faults: 3, caught: 3, complete: false, scope: 'expected', catalogueSize: 33 })).toBe('100% (3 of 3 fault switches caught); a sample: only the scenarios meant to catch each fault');
    expect(killRateOf({ faults: 3, caught: 3, complete: false, scope: 'all', catalogueSize: 33 })).toBe('100% (3 of 3 fault switches caught); a sample of 3 of 33 catalogue faults');
    expect(killRateOf({ faults: 33, caught: 33, unexpectedReds: 2, cleanOk: false, complete: true, suite: { version: '0.1.0', commit: 'a'.repeat(40) }, finishedAt: '2026-11-30T04:00:00Z' }, 'b'.repeat(40))).toBe(
      "100% (33 of 33 fault switches caught); 2 unexpected red; clean run NOT green; measured on suite commit aaaaaaaaaaaa, not this run's; 2026-11-30",
    );
    expect(killRateOf({ faults: 33, caught: 33, complete: true, suite: { version: '0.1.0', commit: 'a'.repeat(40) } }, 'a'.repeat(40))).toBe('100% (33 of 33 fault switches caught); suite 0.1.0');
    const metadata = (body: object) => ({ 'metadata.json': Buffer.from(JSON.stringify(body)) });
    expect(packDigest(metadata({ selftest: null })).killRate).toBe('not measured (no selftest result)');
    expect(packDigest(metadata({ selftest: { faults: 4, caught: 4 } })).killRate).toBe('100% (4 of 4 fault switches caught)');
  });

  it('says whether the run was a certification run, and who signed', () => {
    const entries = (body: object) => ({ 'metadata.json': Buffer.from(JSON.stringify(body)) });
    expect(packDigest(entries({ certification: true, signatory: 'A. Director' }))).toMatchObject({ certification: 'yes: certification run', signatory: 'A. Director' });
    expect(packDigest(entries({ certification: false, submission: 'NOT FOR SUBMISSION: development run', signatory: null }))).toMatchObject({
      certification: 'no: NOT FOR SUBMISSION: development run',
      signatory: '(none named)',
    });
    expect(packDigest({}).certification).toBe('?');
  });

  it('names the declared processes, or says every process when the profile left none out', () => {
    const declared = (processes: string[]) => packDigest({ 'metadata.json': Buffer.from(JSON.stringify({ capabilities: { declared: true, segments: ['S'], processes } })) }).declaration;
    expect(declared(['BP001', 'BP006'])).toBe('segments S; processes BP001, BP006');
    expect(declared([...loadBusinessProcesses().keys()])).toBe('segments S; every process');
    expect(declared([])).toBe('segments S; processes none listed');
  });
});
