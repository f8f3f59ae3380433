// The report's overview: the digest's facts in the two panels of the awesome template, the
// second one through an environment.properties that Allure's own reader must read back intact.
import { describe, expect, it } from 'vitest';
// Not exported by the package; the reader the report is built with, read back by its own parser.
import { parseProperties } from '../node_modules/@allurereport/reader/dist/properties.js';
import { killRateOf, packDigest } from '../src/evidence/pack/pack-digest.ts';
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
    expect(killRateOf({ faults: 16, caught: 15 })).toBe('94% (15 of 16 fault switches caught)');
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
});
