// The RTTM a reviewer opens: the xlsx reads back with the library and agrees with the CSV,
// row for row, and every row traces a catalogue requirement to a scenario and its verdict.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../src/profile/participant-profile.ts';
import { requirementCoverage } from '../src/requirements/coverage.ts';
import { readFeatureScenarios } from '../src/requirements/feature-scenarios.ts';
import { loadRequirementCatalogue } from '../src/requirements/requirement-catalogue.ts';
import ExcelJS from 'exceljs';
import { readRttmWorkbook, readWorkbookSheet, requirementRows, RTTM_COLUMNS, rttmCsv, rttmRows, rttmWorkbook } from '../src/requirements/rttm.ts';
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
const evidence = new Map(scenarios.map((scenario, index) => [scenario.name, `allure-report/index.html#${String(index).padStart(32, "0")}`]));
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
    expect(sp006).toEqual([expect.objectContaining({ Scenario: failing, Verdict: 'fail', Outcome: 'failed', Coverage: 'failed', Evidence: expect.stringMatching(/^allure-report\/index\.html#/) })]);
  });

  it('lists only the scenarios that check a requirement: a rule-checked requirement is not repeated for every scenario', () => {
    const schemaRows = rows.filter((row) => row['Requirement ID'] === 'REQ-DIP-SCHEMA');
    const tagged = scenarios.filter((scenario) => scenario.tags.includes('@REQ-DIP-SCHEMA'));
    expect(schemaRows.length).toBe(Math.max(1, tagged.length));
    expect(schemaRows.length).toBeLessThan(scenarios.length / 4);
  });

  it('opens with one row per requirement: its verdict, counts, first failing finding and link', async () => {
    const coverage = requirementCoverage(loadRequirementCatalogue(), scenarios, profile, lastRun);
    const requirements = requirementRows(coverage);
    expect(requirements.length).toBe(loadRequirementCatalogue().size);
    const sp006 = requirements.find((row) => row['Requirement ID'] === 'REQ-SP-006')!;
    expect(sp006).toEqual(expect.objectContaining({ Coverage: 'failed', Failed: '1', Link: 'summary.html#REQ-SP-006', 'First failing finding': expect.stringContaining(failing) }));
    // The finding's check is named with its one line from the registry, not by ID alone.
    expect(sp006['First failing finding']).toMatch(/^SCENARIO — A scenario that failed without naming a check breaks each requirement it carries: /);
    const workbook = await rttmWorkbook(rows, requirements);
    expect(await readWorkbookSheet(workbook, 'Requirements')).toEqual(requirements);
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(workbook as unknown as ArrayBuffer);
    expect(loaded.worksheets.map((sheet) => sheet.name)).toEqual(['Requirements', 'RTTM']);
  });

  it('writes an xlsx that reads back and agrees with the CSV', async () => {
    const workbookRows = await readRttmWorkbook(await rttmWorkbook(rows));
    const csv = parseCsv(rttmCsv(rows));
    expect(csv[0]).toEqual([...RTTM_COLUMNS]);
    expect(csv.slice(1).map((cells) => Object.fromEntries(RTTM_COLUMNS.map((column, index) => [column, cells[index] ?? ''])))).toEqual(workbookRows);
    expect(workbookRows).toEqual(rows);
  });
});
