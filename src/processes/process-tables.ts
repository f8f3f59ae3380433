// The process interface tables (scenarios/process-tables/*.yaml): one file per business process,
// one row per step of ../shared/domain/PROCESS-TABLES.md §4. They are what the scenarios are
// traced to: a scenario covers a row by carrying the row's ref as a tag (@COS-02). The tables
// are checked as a whole when read, because a mistyped field, a ref used in two tables or an SLA
// id that does not exist would otherwise weaken the traceability check without anyone noticing.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { loadSlaTable } from '../clock/index.ts';
import { loadBusinessProcesses } from './business-processes.ts';
import { type ProcessRow, readProcessRow } from './process-row.ts';

export { SOURCE_TAGS, tagOfRef, type ProcessRow, type RowSla, type SourceTag } from './process-row.ts';

/** covered: the features exercise this process, so every row due a scenario must have one. */
export type TableCoverage = 'covered' | 'planned';

export interface ProcessTable {
  /** The file, relative to the tables' folder's parent: "process-tables/bp001-change-of-supplier.yaml". */
  readonly file: string;
  readonly process: string;
  /** The process's name in scenarios/business-processes.yaml. */
  readonly name: string;
  readonly coverage: TableCoverage;
  readonly rows: readonly ProcessRow[];
}

export interface ProcessTables {
  /** In the order of scenarios/business-processes.yaml. */
  readonly tables: readonly ProcessTable[];
  /** What ref tags start with, from the refs the tables use: "@COS-", "@REC-", "@3A-" … */
  readonly refTagPrefixes: readonly string[];
  /** The row a scenario tag names, e.g. "@REC-22.6.1". */
  rowOfTag(tag: string): { readonly table: ProcessTable; readonly row: ProcessRow } | undefined;
  /** True for a tag shaped like a row ref (one of refTagPrefixes), whether or not a row has it. */
  looksLikeRowRef(tag: string): boolean;
  /**
   * The tags of the business processes whose rows `tags` name, in the tables' order: a scenario
   * tagged @DIS-01 carries @BP007 too, so that `run --tags @BP007` selects it.
   */
  processTagsOf(tags: readonly string[]): string[];
}

/** Everything wrong with the tables, one sentence each. */
export class ProcessTableError extends Error {
  override readonly name = 'ProcessTableError';
  constructor(readonly problems: readonly string[]) {
    super(`the process tables have ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  }
}

/** The ids a table may name. */
export interface KnownIds {
  /** Process id → name, in the order of scenarios/business-processes.yaml. */
  readonly processes: ReadonlyMap<string, string>;
  readonly slaIds: ReadonlySet<string>;
}

export const PROCESS_TABLES_DIR = path.resolve(import.meta.dirname, '../../scenarios/process-tables');

export function bundledKnownIds(): KnownIds {
  return { processes: loadBusinessProcesses(), slaIds: new Set(loadSlaTable().windows.map((window) => window.id)) };
}

const FILE_FIELDS = ['process', 'coverage', 'rows'];

function readTable(source: string, file: string, known: KnownIds, problems: string[]): ProcessTable | undefined {
  let document: unknown;
  try {
    document = yaml.load(source, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    problems.push(`${file}: not valid YAML: ${(error as Error).message}`);
    return undefined;
  }
  if (!document || typeof document !== 'object' || Array.isArray(document)) {
    problems.push(`${file}: expected a map with process, coverage and rows`);
    return undefined;
  }
  const raw = document as Record<string, unknown>;
  const before = problems.length;
  for (const field of Object.keys(raw)) {
    if (!FILE_FIELDS.includes(field)) problems.push(`${file}: unknown top-level field '${field}'; a table has ${FILE_FIELDS.join(', ')}`);
  }
  const process = raw.process;
  if (typeof process !== 'string') problems.push(`${file}: process: missing; give a process id of scenarios/business-processes.yaml`);
  else if (!known.processes.has(process)) {
    problems.push(`${file}: process: '${process}' is not in scenarios/business-processes.yaml; known: ${[...known.processes.keys()].join(', ')}`);
  }
  const coverage = raw.coverage;
  if (coverage !== 'covered' && coverage !== 'planned') problems.push(`${file}: coverage: must be covered or planned, not ${JSON.stringify(coverage)}`);
  if (!Array.isArray(raw.rows) || raw.rows.length === 0) {
    problems.push(`${file}: rows: missing or empty; a table has at least one row`);
    return undefined;
  }
  const rows = raw.rows.map((row, index) => readProcessRow(row, { file, index, slaIds: known.slaIds, problems }));
  if (problems.length > before || typeof process !== 'string') return undefined;
  return { file, process, name: known.processes.get(process) ?? process, coverage: coverage as TableCoverage, rows: rows as ProcessRow[] };
}

/** Checks a set of table files together: each file on its own, then refs and processes across files. */
export function checkProcessTables(files: readonly { readonly file: string; readonly source: string }[], known: KnownIds): { tables: ProcessTable[]; problems: string[] } {
  const problems: string[] = [];
  const tables = files.flatMap(({ file, source }) => readTable(source, file, known, problems) ?? []);

  const tableOfProcess = new Map<string, ProcessTable>();
  for (const table of tables) {
    const other = tableOfProcess.get(table.process);
    if (other) problems.push(`process ${table.process} has two tables: ${other.file} and ${table.file}; keep one file per process`);
    tableOfProcess.set(table.process, table);
  }
  // Compared by tag, because "REC 22.6.1" and "REC-22.6.1" would be the same tag on a scenario.
  const firstUse = new Map<string, string>();
  for (const table of tables) {
    table.rows.forEach((row, index) => {
      const where = `${table.file} rows[${index}]`;
      const earlier = firstUse.get(row.tag);
      if (earlier) problems.push(`ref '${row.ref}' is used twice: ${earlier} and ${where}; a ref names one row across all tables`);
      else firstUse.set(row.tag, where);
    });
  }
  const order = [...known.processes.keys()];
  tables.sort((a, b) => order.indexOf(a.process) - order.indexOf(b.process));
  return { tables, problems };
}

export function processTablesOf(tables: readonly ProcessTable[]): ProcessTables {
  const byTag = new Map(tables.flatMap((table) => table.rows.map((row) => [row.tag, { table, row }] as const)));
  const refTagPrefixes = [...new Set([...byTag.keys()].map((tag) => tag.slice(0, tag.indexOf('-') + 1)))].sort();
  return {
    tables,
    refTagPrefixes,
    rowOfTag: (tag) => byTag.get(tag),
    looksLikeRowRef: (tag) => refTagPrefixes.some((prefix) => tag.startsWith(prefix)),
    processTagsOf: (tags) => {
      const named = new Set(tags.flatMap((tag) => byTag.get(tag)?.table.process ?? []));
      return tables.filter((table) => named.has(table.process)).map((table) => `@${table.process}`);
    },
  };
}

/** Reads and checks every table in `dir`; throws a ProcessTableError listing every problem. */
export function loadProcessTables(dir = PROCESS_TABLES_DIR, known: KnownIds = bundledKnownIds()): ProcessTables {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ file: path.join(path.basename(dir), name), source: readFileSync(path.join(dir, name), 'utf8') }));
  const { tables, problems } = checkProcessTables(files, known);
  if (problems.length) throw new ProcessTableError(problems);
  return processTablesOf(tables);
}
