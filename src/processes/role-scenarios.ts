// The scenarios a role qualifies on, grouped by business process, with the process rows each
// one covers: what `mhhs-qualify list --role …` prints. A scenario belongs to a process when it
// carries the process's tag (@BP001) or a ref of one of that process's rows (@COS-02).
import type { FeatureScenario } from '../requirements/feature-scenarios.ts';
import type { RowCounts, TraceabilityReport } from './process-coverage.ts';
import type { ProcessTables, TableCoverage } from './process-tables.ts';

/**
 * The roles the features are written for, as their @role: tags spell them. A Data Service (SDS,
 * ADS) is a role a profile may declare before any scenario is written for it: its list is empty.
 */
export const SCENARIO_ROLES = ['supplier', 'metering-service', 'data-service'] as const;
export type ScenarioRole = (typeof SCENARIO_ROLES)[number];

export interface ListedScenario {
  readonly name: string;
  readonly file: string;
  /** Row refs as the tables write them: "COS-02", "REC 22.6.1". */
  readonly rows: readonly string[];
  readonly interfaces: readonly string[];
  readonly requirements: readonly string[];
}

export interface ProcessListing {
  readonly process: string;
  readonly name: string;
  /** Undefined when the process has no table (the DIP channel group). */
  readonly coverage?: TableCoverage;
  readonly scenarios: readonly ListedScenario[];
  /** Undefined when the process has no table. */
  readonly rows?: {
    readonly total: number;
    /** Rows that this role's scenarios cover. */
    readonly coveredByRole: number;
    /** The whole table's counts, over every scenario of every role. */
    readonly all: RowCounts;
  };
}

/** For scenarios that name no process at all, so that none goes missing from the list. */
const NO_PROCESS = { id: '(none)', name: 'scenarios that name no process' };

export function scenariosByProcess(
  role: ScenarioRole,
  scenarios: readonly FeatureScenario[],
  tables: ProcessTables,
  traceability: TraceabilityReport,
  processNames: ReadonlyMap<string, string>,
): ProcessListing[] {
  const forRole = scenarios.filter((scenario) => scenario.tags.includes(`@role:${role}`));
  const names = (scenario: FeatureScenario) => [...new Set(scenario.tags.map((tag) => tag.slice(1)))];
  const processesOf = (scenario: FeatureScenario): string[] => {
    const tagged = names(scenario).filter((name) => processNames.has(name));
    const viaRows = scenario.tags.flatMap((tag) => tables.rowOfTag(tag)?.table.process ?? []);
    const all = [...new Set([...tagged, ...viaRows])];
    return all.length ? all : [NO_PROCESS.id];
  };
  const listed = (scenario: FeatureScenario): ListedScenario => ({
    name: scenario.name,
    file: scenario.file,
    rows: [...new Set(scenario.tags.flatMap((tag) => tables.rowOfTag(tag)?.row.ref ?? []))],
    interfaces: names(scenario).filter((name) => /^(IF|REP)-\d{3}$/.test(name)),
    requirements: names(scenario).filter((name) => name.startsWith('REQ-')),
  });

  const roleTags = new Set(forRole.flatMap((scenario) => scenario.tags));
  const order = [...processNames.keys(), NO_PROCESS.id];
  return order.flatMap((process): ProcessListing[] => {
    const report = traceability.tables.find((entry) => entry.table.process === process);
    const own = forRole.filter((scenario) => processesOf(scenario).includes(process));
    if (!report && own.length === 0) return [];
    return [
      {
        process,
        name: processNames.get(process) ?? NO_PROCESS.name,
        ...(report ? { coverage: report.table.coverage } : {}),
        scenarios: own.map(listed),
        ...(report
          ? { rows: { total: report.rows.length, coveredByRole: report.rows.filter((entry) => roleTags.has(entry.row.tag)).length, all: report.counts } }
          : {}),
      },
    ];
  });
}
