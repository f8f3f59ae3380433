// The RTTM a reviewer opens: the xlsx reads back with the library and agrees with the CSV,
// row for row, and every row traces a catalogue requirement to a scenario and its verdict.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../src/profile/participant-profile.ts';
import { requirementCoverage } from '../src/requirements/coverage.ts';
import { readFeatureScenarios } from '../src/requirements/feature-scenarios.ts';
import { loadRequirementCatalogue } from '../src/requirements/requirement-catalogue.ts';
import { readRttmWorkbook, RTTM_COLUMNS, rttmCsv, rttmRows, rttmWorkbook } from '../src/requirements/rttm.ts';
import type { RunSummary } from '../src/run/run-summary.ts';

const scenarios = readFeatureScenarios();
const profile = parseProfile(readFileSync('profiles/reference-participant.yaml', 'utf8'), 'reference-participant.yaml');
const failing = 'Rejects an appointment for a meter type it does not support with SP006';
const lastRun: RunSummary = {
  scenarios: scenarios.map((scenario) => ({ name: scenario.name, feature: scenario.file, tags: scenario.tags, verdict: scenario.name === failing ? 'fail' : 'pass', seconds: 1 })),
  totals: { pass: 0, fail: 1, inconclusive: 0, error: 0 },
  startedAt: '',
  finishedAt: '',
};
const evidence = new Map(scenarios.map((scenario, index) => [scenario.name, `allure-results/${index}-result.json`]));
const rows = rttmRows(requirementCoverage(loadRequirementCatalogue(), scenarios, profile, lastRun), lastRun, evidence);

/** A small CSV reader for the format rttmCsv writes (quoted cells may hold commas and quotes). */
function parseCsv(text: string): string[][] {
  return text
    .trimEnd()
    .split('\r\n')
    .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map((match) => match[1]!.replace(/^"|"$/g, '').replace(/""/g, '"')));
}

describe('RTTM', () => {
  it('carries the external IDs mapped onto a requirement or a scenario', () => {
    const mapped = rttmRows(requirementCoverage(loadRequirementCatalogue(), scenarios, profile, lastRun), lastRun, evidence, [
      { externalId: 'QT-MS-017', mapsTo: 'REQ-SP-006' },
      { externalId: 'PIT-042', mapsTo: failing },
    ]);
    expect(mapped.find((row) => row['Requirement ID'] === 'REQ-SP-006')!['External IDs']).toBe('QT-MS-017 PIT-042');
    expect(mapped.find((row) => row['Requirement ID'] === 'REQ-SP-007')!['External IDs']).toBe('');
  });

  it('traces every catalogue requirement, with verdicts and evidence', () => {
    expect(new Set(rows.map((row) => row['Requirement ID']))).toEqual(new Set(loadRequirementCatalogue().keys()));
    const sp006 = rows.filter((row) => row['Requirement ID'] === 'REQ-SP-006');
    expect(sp006).toEqual([expect.objectContaining({ Scenario: failing, Verdict: 'fail', Coverage: 'not passed', Evidence: expect.stringMatching(/^allure-results\//) })]);
  });

  it('writes an xlsx that reads back and agrees with the CSV', async () => {
    const workbookRows = await readRttmWorkbook(await rttmWorkbook(rows));
    const csv = parseCsv(rttmCsv(rows));
    expect(csv[0]).toEqual([...RTTM_COLUMNS]);
    expect(csv.slice(1).map((cells) => Object.fromEntries(RTTM_COLUMNS.map((column, index) => [column, cells[index] ?? ''])))).toEqual(workbookRows);
    expect(workbookRows).toEqual(rows);
  });
});
