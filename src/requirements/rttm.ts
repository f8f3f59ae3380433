// The participant's requirement-to-test traceability matrix (RTTM): one row per requirement
// and scenario verifying it, with the last run's verdict and where its evidence sits in the
// pack. Written as CSV and as an xlsx workbook a reviewer opens in a spreadsheet.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { CoverageReport } from './coverage.ts';
import type { RunSummary } from '../run/run-summary.ts';
import { externalIdsFor, type IdMapping } from './id-map.ts';
import { parseCsv } from '../evidence/csv.ts';

export const RTTM_COLUMNS = ['Requirement ID', 'External IDs', 'Requirement', 'Source', 'Status', 'Roles', 'Segments', 'Coverage', 'Scenario', 'Verdict', 'Evidence'] as const;

export type RttmRow = Readonly<Record<(typeof RTTM_COLUMNS)[number], string>>;

/** Scenario name → the Allure result file that holds its evidence, from a reports folder. */
export function evidenceFiles(reportsDir: string): Map<string, string> {
  const dir = path.join(reportsDir, 'allure-results');
  const files = new Map<string, string>();
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('-result.json'));
  } catch {
    return files;
  }
  for (const name of names) {
    const result = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as { name?: string };
    if (result.name) files.set(result.name, `allure-results/${name}`);
  }
  return files;
}

export function rttmRows(coverage: CoverageReport, lastRun: RunSummary | undefined, evidence: ReadonlyMap<string, string>, idMap: readonly IdMapping[] = []): RttmRow[] {
  const verdicts = new Map((lastRun?.scenarios ?? []).map((scenario) => [scenario.name, scenario.waiver ? `${scenario.verdict} (waived: ${scenario.waiver})` : scenario.verdict]));
  return coverage.requirements.flatMap(({ requirement, scenarios, state }) => {
    const base = {
      'Requirement ID': requirement.id,
      Requirement: requirement.text,
      Source: requirement.source,
      Status: requirement.status,
      Roles: requirement.roles.join(' '),
      Segments: requirement.segments.join(' '),
      Coverage: state,
    };
    const external = (scenario: string) => externalIdsFor(idMap, requirement.id, scenario).join(' ');
    if (scenarios.length === 0) return [{ ...base, 'External IDs': external(''), Scenario: '', Verdict: '', Evidence: '' }];
    return scenarios.map((scenario) => ({ ...base, 'External IDs': external(scenario), Scenario: scenario, Verdict: verdicts.get(scenario) ?? 'not run', Evidence: evidence.get(scenario) ?? '' }));
  });
}

export const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function rttmCsv(rows: readonly RttmRow[]): string {
  return `${[RTTM_COLUMNS.join(','), ...rows.map((row) => RTTM_COLUMNS.map((column) => csvCell(row[column])).join(','))].join('\r\n')}\r\n`;
}

export async function rttmWorkbook(rows: readonly RttmRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'mhhs-qualify';
  const sheet = workbook.addWorksheet('RTTM', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = RTTM_COLUMNS.map((column) => ({ header: column, key: column, width: column === 'Requirement' || column === 'Scenario' ? 60 : 22 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.autoFilter = { from: 'A1', to: { row: 1, column: RTTM_COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads a workbook written by rttmWorkbook back into rows (for tests and for `rttm import`). */
export async function readRttmWorkbook(bytes: Uint8Array): Promise<RttmRow[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('RTTM');
  if (!sheet) throw new Error('the workbook has no RTTM sheet');
  const rows: RttmRow[] = [];
  sheet.eachRow((row, index) => {
    if (index === 1) return;
    rows.push(Object.fromEntries(RTTM_COLUMNS.map((column, column0) => [column, String(row.getCell(column0 + 1).value ?? '')])) as RttmRow);
  });
  return rows;
}

/** Reads rows back from the CSV rttmCsv writes. */
export function parseRttmCsv(text: string): RttmRow[] {
  return parseCsv(text) as unknown as RttmRow[];
}
