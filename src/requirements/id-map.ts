// A participant's or code body's own IDs (QT test case IDs, their RTTM rows) mapped onto the
// suite's requirements and scenarios, so the RTTM and the report speak their IDs too. Read
// from a CSV or xlsx with the columns "External ID" and "Maps to" (a requirement ID or a
// scenario name); every target must exist.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import yaml from 'js-yaml';
import { parseRttmCsv } from './rttm.ts';

export interface IdMapping {
  readonly externalId: string;
  /** A requirement ID (REQ-…) or a scenario name. */
  readonly mapsTo: string;
}

async function rowsOf(file: string): Promise<Array<Record<string, string>>> {
  if (file.endsWith('.xlsx')) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error(`${file}: the workbook has no sheet`);
    const header: string[] = [];
    const rows: Array<Record<string, string>> = [];
    sheet.eachRow((row, index) => {
      const cells = (row.values as unknown[]).slice(1).map((value) => String(value ?? '').trim());
      if (index === 1) header.push(...cells);
      else rows.push(Object.fromEntries(header.map((column, column0) => [column, cells[column0] ?? ''])));
    });
    return rows;
  }
  return parseRttmCsv(readFileSync(file, 'utf8')) as unknown as Array<Record<string, string>>;
}

export async function importIdMap(file: string, known: { requirements: ReadonlySet<string>; scenarios: ReadonlySet<string> }): Promise<IdMapping[]> {
  const rows = await rowsOf(file);
  if (rows.length && !('External ID' in rows[0]! && 'Maps to' in rows[0]!)) throw new Error(`${file}: needs the columns "External ID" and "Maps to"`);
  return rows.map((row, index) => {
    const externalId = row['External ID']?.trim() ?? '';
    const mapsTo = row['Maps to']?.trim() ?? '';
    const where = `${file}: row ${index + 2}`;
    if (!externalId) throw new Error(`${where}: "External ID" is empty`);
    if (!known.requirements.has(mapsTo) && !known.scenarios.has(mapsTo)) {
      throw new Error(`${where}: "${mapsTo}" is neither a requirement of scenarios/requirements.yaml nor a scenario name`);
    }
    return { externalId, mapsTo };
  });
}

export const idMapYaml = (mappings: readonly IdMapping[]): string =>
  `# External IDs mapped onto mhhs-qualify requirements and scenarios (mhhs-qualify rttm import).\n${yaml.dump({ mappings })}`;

export function loadIdMap(file: string): IdMapping[] {
  const document = yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA }) as { mappings?: IdMapping[] } | undefined;
  if (!Array.isArray(document?.mappings)) throw new Error(`${file}: expected a 'mappings' list (written by mhhs-qualify rttm import)`);
  return document.mappings;
}

/** External IDs for one RTTM row: those mapped to its requirement or to its scenario. */
export function externalIdsFor(mappings: readonly IdMapping[], requirementId: string, scenario: string): string[] {
  return mappings.filter((mapping) => mapping.mapsTo === requirementId || (scenario !== '' && mapping.mapsTo === scenario)).map((mapping) => mapping.externalId);
}
