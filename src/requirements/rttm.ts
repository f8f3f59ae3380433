// The participant's requirement-to-test traceability matrix (RTTM). The workbook a reviewer
// opens starts with one row per requirement (its verdict, what its scenarios showed, the first
// finding that broke it, a link to it in the summary); the detail sheet, and the CSV, have one
// row per requirement and scenario that checks it, with the scenario's verdict, what it showed
// of the requirement and a link that opens it in the pack's report. A last sheet names the roles
// the participant declared, so that a matrix of a Data Service says it is one.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { CoverageReport, RequirementFailure, ScenarioOutcome } from './coverage.ts';
import type { RunSummary } from '../run/run-summary.ts';
import { externalIdsFor, type IdMapping } from './id-map.ts';
import { parseCsv } from '../evidence/csv.ts';
import { checkTitle } from '../findings/check-registry.ts';
import { MDR_MODEL_NAMES } from '../profile/meter-data-retrievers.ts';
import type { ParticipantProfile } from '../profile/participant-profile.ts';
import { isParticipantRole, PARTICIPANT_ROLES } from '../profile/participant-roles.ts';

export const RTTM_COLUMNS = ['Requirement ID', 'External IDs', 'Requirement', 'Source', 'Status', 'Roles', 'Segments', 'Coverage', 'Scenario', 'Verdict', 'Outcome', 'Finding', 'Evidence'] as const;

export type RttmRow = Readonly<Record<(typeof RTTM_COLUMNS)[number], string>>;

/** The first sheet: one row per requirement, what a reviewer reads before any detail. */
export const REQUIREMENT_COLUMNS = ['Requirement ID', 'External IDs', 'Requirement', 'Source', 'Status', 'Coverage', 'Scenarios', 'Passed', 'Failed', 'Waived', 'Not shown', 'Not applicable', 'Not run', 'First failing finding', 'Link'] as const;

export type RequirementRow = Readonly<Record<(typeof REQUIREMENT_COLUMNS)[number], string>>;

/** The last sheet: one row per role the profile declares, with what it declares it can do. */
export const PARTICIPANT_COLUMNS = ['Role', 'Role name', 'DIP ID', 'MPID', 'Declared capabilities'] as const;

export type ParticipantRow = Readonly<Record<(typeof PARTICIPANT_COLUMNS)[number], string>>;

/** One row per declared role; a Smart Data Service's row names its MDR model and MDRs. */
export function participantRows(profile: Pick<ParticipantProfile, 'roles' | 'capabilities'>): ParticipantRow[] {
  const { segments, gspGroups, dataService } = profile.capabilities;
  const common = [`segments ${segments.join(' ')}`, `GSP groups ${gspGroups.length >= 14 ? 'all' : gspGroups.join(' ')}`];
  return profile.roles.map((role) => {
    const mdrs =
      role.role === 'SDS' && dataService
        ? [
            `MDR model ${MDR_MODEL_NAMES[dataService.mdrModel]}`,
            `MDRs ${[...(dataService.ownMdr ? ['its own'] : []), ...dataService.mdrs.map((mdr) => `${mdr.mpid} ${mdr.dipId}`)].join(', ')}`,
          ]
        : [];
    return {
      Role: role.role,
      'Role name': isParticipantRole(role.role) ? PARTICIPANT_ROLES[role.role] : '',
      'DIP ID': role.dipId,
      MPID: role.mpid,
      'Declared capabilities': [...common, ...mdrs].join('; '),
    };
  });
}

/** Where the summary shows a requirement: its row in summary.html, beside the RTTM in the pack. */
export const requirementLink = (id: string): string => `summary.html#${id}`;

/**
 * Scenario name → the scenario in the pack's Allure report, as a link that opens it: the report
 * names a test result by the MD5 of its result file's UUID (Allure 3's reader), and routes to
 * it by that hash. The raw results need not be in the pack for the link to work.
 */
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
    const result = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as { name?: string; uuid?: string };
    const uuid = result.uuid ?? name.slice(0, -'-result.json'.length);
    if (result.name) files.set(result.name, `allure-report/index.html#${createHash('md5').update(uuid).digest('hex')}`);
  }
  return files;
}

/** `SLA — <the check's one line from the registry>: <the finding> (<scenario>)`; the ID alone for one the registry does not hold. */
function describeFinding(failure: RequirementFailure): string {
  const title = checkTitle(failure.finding.rule);
  return `${failure.finding.rule}${title ? ` — ${title}` : ''}: ${failure.finding.message} (${failure.scenario})`;
}

/**
 * One row per requirement and scenario that checks it: carries its tag, or broke it. A
 * requirement no scenario checks still has its row, with the scenario cells empty.
 */
export function rttmRows(coverage: CoverageReport, lastRun: RunSummary | undefined, evidence: ReadonlyMap<string, string>, idMap: readonly IdMapping[] = []): RttmRow[] {
  const verdicts = new Map((lastRun?.scenarios ?? []).map((scenario) => [scenario.name, scenario.waiver ? `${scenario.verdict} (waived: ${scenario.waiver})` : scenario.notApplicable ? 'not applicable' : scenario.verdict]));
  return coverage.requirements.flatMap(({ requirement, scenarios, state, outcomes, failures }) => {
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
    if (scenarios.length === 0) return [{ ...base, 'External IDs': external(''), Scenario: '', Verdict: '', Outcome: '', Finding: '', Evidence: '' }];
    return scenarios.map((scenario) => ({
      ...base,
      'External IDs': external(scenario),
      Scenario: scenario,
      Verdict: verdicts.get(scenario) ?? 'not run',
      Outcome: outcomes.get(scenario) ?? 'not run',
      Finding: failures.filter((failure) => failure.scenario === scenario).map(describeFinding).join('; '),
      Evidence: evidence.get(scenario) ?? '',
    }));
  });
}

/** One row per requirement: its verdict, what its scenarios showed, and the first finding that broke it. */
export function requirementRows(coverage: CoverageReport, idMap: readonly IdMapping[] = []): RequirementRow[] {
  return coverage.requirements.map(({ requirement, scenarios, state, outcomes, failures }) => {
    const count = (outcome: ScenarioOutcome) => String([...outcomes.values()].filter((shown) => shown === outcome).length);
    return {
      'Requirement ID': requirement.id,
      'External IDs': externalIdsFor(idMap, requirement.id, '').join(' '),
      Requirement: requirement.text,
      Source: requirement.source,
      Status: requirement.status,
      Coverage: state,
      Scenarios: String(scenarios.length),
      Passed: count('passed'),
      Failed: count('failed'),
      Waived: count('waived'),
      'Not shown': count('not shown'),
      'Not applicable': count('not applicable'),
      'Not run': count('not run'),
      'First failing finding': failures[0] ? describeFinding(failures[0]) : '',
      Link: requirementLink(requirement.id),
    };
  });
}

export const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function rttmCsv(rows: readonly RttmRow[]): string {
  return `${[RTTM_COLUMNS.join(','), ...rows.map((row) => RTTM_COLUMNS.map((column) => csvCell(row[column])).join(','))].join('\r\n')}\r\n`;
}

const LINK_COLUMNS = new Set(['Evidence', 'Link']);

/** A sheet of rows, header frozen and filtered; links are cells a click opens (relative to the unzipped pack). */
function addSheet<Column extends string>(workbook: ExcelJS.Workbook, name: string, columns: readonly Column[], rows: ReadonlyArray<Readonly<Record<Column, string>>>, wide: ReadonlySet<string>): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column, key: column, width: wide.has(column) ? 60 : 18 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(row);
    columns.forEach((column, index) => {
      if (LINK_COLUMNS.has(column) && row[column]) {
        added.getCell(index + 1).value = { text: row[column], hyperlink: row[column] };
        added.getCell(index + 1).font = { color: { argb: 'FF0563C1' }, underline: true };
      }
    });
  }
  sheet.autoFilter = { from: 'A1', to: { row: 1, column: columns.length } };
}

/** The workbook: `Requirements` (one row each) first, then `RTTM` (requirement × scenario), then `Participant` (its declared roles) when given. */
export async function rttmWorkbook(rows: readonly RttmRow[], requirements: readonly RequirementRow[] = [], participant: readonly ParticipantRow[] = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'mhhs-qualify';
  if (requirements.length) addSheet(workbook, 'Requirements', REQUIREMENT_COLUMNS, requirements, new Set(['Requirement', 'First failing finding']));
  addSheet(workbook, 'RTTM', RTTM_COLUMNS, rows, new Set(['Requirement', 'Scenario', 'Finding']));
  if (participant.length) addSheet(workbook, 'Participant', PARTICIPANT_COLUMNS, participant, new Set(['Declared capabilities']));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A cell's text: a link cell holds its text beside the target. */
function cellText(value: ExcelJS.CellValue): string {
  if (value && typeof value === 'object' && 'text' in value) return String(value.text);
  return String(value ?? '');
}

/** Reads one sheet of a workbook written by rttmWorkbook back into rows. */
export async function readWorkbookSheet(bytes: Uint8Array, name: string): Promise<Array<Record<string, string>>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`the workbook has no ${name} sheet`);
  const header: string[] = [];
  const rows: Array<Record<string, string>> = [];
  sheet.eachRow((row, index) => {
    const cells = Array.from({ length: sheet.columnCount }, (_, column0) => cellText(row.getCell(column0 + 1).value));
    if (index === 1) header.push(...cells);
    else rows.push(Object.fromEntries(header.map((column, column0) => [column, cells[column0] ?? ''])));
  });
  return rows;
}

/** Reads the RTTM sheet of a workbook written by rttmWorkbook back into rows (for tests). */
export async function readRttmWorkbook(bytes: Uint8Array): Promise<RttmRow[]> {
  return (await readWorkbookSheet(bytes, 'RTTM')) as unknown as RttmRow[];
}

/** Reads rows back from the CSV rttmCsv writes. */
export function parseRttmCsv(text: string): RttmRow[] {
  return parseCsv(text) as unknown as RttmRow[];
}
