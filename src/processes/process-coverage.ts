// Traceability between the process tables and the feature files: which rows a scenario covers
// (it carries the row's ref as a tag), which rows of a covered process lack a scenario, and
// which ref tags name no row, which scenarios carry a row's tag but not its process's. What the project's tests gate on and `mhhs-qualify list` counts.
import type { FeatureScenario } from '../requirements/feature-scenarios.ts';
import type { ProcessRow, ProcessTable, ProcessTables } from './process-tables.ts';

/**
 * covered: a scenario carries the row's tag. not due: the row says no scenario is due
 * (scenarioDue: false). missing: a row of a covered process with neither: the check fails.
 * planned: a row of a planned process with neither.
 */
export type RowState = 'covered' | 'not due' | 'missing' | 'planned';

export interface RowCoverage {
  readonly row: ProcessRow;
  readonly state: RowState;
  /** The scenarios tagged with the row's ref. */
  readonly scenarios: readonly FeatureScenario[];
}

export interface RowCounts {
  readonly total: number;
  readonly covered: number;
  readonly notDue: number;
  readonly missing: number;
  readonly planned: number;
}

export interface TableCoverageReport {
  readonly table: ProcessTable;
  readonly rows: readonly RowCoverage[];
  readonly counts: RowCounts;
}

export interface UnknownRefTag {
  readonly file: string;
  readonly scenario: string;
  readonly tag: string;
}

export interface MissingProcessTag {
  readonly file: string;
  readonly scenario: string;
  /** The process tag the scenario lacks, e.g. "@BP007". */
  readonly tag: string;
  /** The scenario's row tags of that process, e.g. ["@DIS-01"]. */
  readonly rows: readonly string[];
}

export interface TraceabilityReport {
  readonly tables: readonly TableCoverageReport[];
  /** Rows of covered processes due a scenario that no scenario carries. */
  readonly missingRows: readonly { readonly process: string; readonly ref: string }[];
  /** Scenario tags shaped like a row ref that no table has: a typo, or a row not written down yet. */
  readonly unknownRefTags: readonly UnknownRefTag[];
  /** Scenarios that cover a row of a process without its tag: `run --tags @BP007` would not select them. */
  readonly missingProcessTags: readonly MissingProcessTag[];
  /** Rows marked scenarioDue: false that a scenario now covers: the mark is out of date. */
  readonly staleNotDue: readonly { readonly process: string; readonly ref: string; readonly scenarios: readonly string[] }[];
  /** Planned processes, with how far their rows are covered already. */
  readonly planned: readonly { readonly process: string; readonly counts: RowCounts }[];
}

function stateOf(row: ProcessRow, table: ProcessTable, tagged: boolean): RowState {
  if (tagged) return 'covered';
  if (!row.scenarioDue) return 'not due';
  return table.coverage === 'covered' ? 'missing' : 'planned';
}

export function countRows(rows: readonly RowCoverage[]): RowCounts {
  const count = (state: RowState) => rows.filter((row) => row.state === state).length;
  return { total: rows.length, covered: count('covered'), notDue: count('not due'), missing: count('missing'), planned: count('planned') };
}

export function processCoverage(processTables: ProcessTables, scenarios: readonly FeatureScenario[]): TraceabilityReport {
  const tables = processTables.tables.map((table) => {
    const rows = table.rows.map((row) => {
      const tagged = scenarios.filter((scenario) => scenario.tags.includes(row.tag));
      return { row, state: stateOf(row, table, tagged.length > 0), scenarios: tagged };
    });
    return { table, rows, counts: countRows(rows) };
  });
  const rowsOf = (state: RowState) => tables.flatMap(({ table, rows }) => rows.filter((entry) => entry.state === state).map((entry) => ({ table, entry })));

  return {
    tables,
    missingRows: rowsOf('missing').map(({ table, entry }) => ({ process: table.process, ref: entry.row.ref })),
    unknownRefTags: scenarios.flatMap((scenario) =>
      // A set, because a tag the feature and the scenario both carry appears twice in the pickle.
      [...new Set(scenario.tags)]
        .filter((tag) => processTables.looksLikeRowRef(tag) && !processTables.rowOfTag(tag))
        .map((tag) => ({ file: scenario.file, scenario: scenario.name, tag })),
    ),
    missingProcessTags: scenarios.flatMap((scenario) =>
      processTables
        .processTagsOf(scenario.tags)
        .filter((tag) => !scenario.tags.includes(tag))
        .map((tag) => ({
          file: scenario.file,
          scenario: scenario.name,
          tag,
          rows: [...new Set(scenario.tags.filter((row) => processTables.rowOfTag(row)?.table.process === tag.slice(1)))],
        })),
    ),
    staleNotDue: rowsOf('covered')
      .filter(({ entry }) => !entry.row.scenarioDue)
      .map(({ table, entry }) => ({ process: table.process, ref: entry.row.ref, scenarios: entry.scenarios.map((scenario) => scenario.name) })),
    planned: tables.filter(({ table }) => table.coverage === 'planned').map(({ table, counts }) => ({ process: table.process, counts })),
  };
}

/** The report's failures as sentences a person can act on; empty when traceability holds. */
export function traceabilityProblems(report: TraceabilityReport): string[] {
  return [
    ...report.missingRows.map(({ process, ref }) => `${process} is covered but no scenario is tagged with row ${ref}: tag one, or mark the row scenarioDue: false with why`),
    ...report.unknownRefTags.map(({ file, scenario, tag }) => `${file} › ${scenario}: ${tag} looks like a process row ref but no table has that row`),
    ...report.missingProcessTags.map(
      ({ file, scenario, tag, rows }) => `${file} › ${scenario}: carries ${rows.join(' ')} of ${tag.slice(1)} but not ${tag}, so --tags ${tag} does not select it: add ${tag}`,
    ),
    ...report.staleNotDue.map(({ process, ref, scenarios }) => `${process} row ${ref} says scenarioDue: false, yet ${scenarios.join('; ')} covers it: drop the mark`),
  ];
}
