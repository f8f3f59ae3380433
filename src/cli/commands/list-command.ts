// `mhhs-qualify list --role supplier|metering-service|data-service`: the scenarios a role qualifies on, per
// business process, with the process rows, interfaces and requirements each one covers, then how
// many rows of each process table the role's scenarios cover. Reads only the feature files and
// the tables, so it answers before any run.
import { readFeatureScenarios } from '../../requirements/feature-scenarios.ts';
import { loadBusinessProcesses } from '../../processes/business-processes.ts';
import { processCoverage } from '../../processes/process-coverage.ts';
import { loadProcessTables, ProcessTableError } from '../../processes/process-tables.ts';
import { type ProcessListing, SCENARIO_ROLES, type ScenarioRole, scenariosByProcess } from '../../processes/role-scenarios.ts';
import type { ConsoleIO } from '../output/console-io.ts';
import { UsageError } from '../usage-error.ts';

/** The values --role accepts: the roles of the features' @role: tags. */
export const LIST_ROLES: readonly string[] = SCENARIO_ROLES;

export interface ListOptions {
  readonly role: string;
  readonly format?: string;
}

/** The profile roles each --role stands for, to say whom an empty list is about. */
const PROFILE_ROLES: Readonly<Record<ScenarioRole, string>> = {
  supplier: 'SUP',
  'metering-service': 'MSS, MSA',
  'data-service': 'SDS, ADS',
};

function printText(role: ScenarioRole, listing: readonly ProcessListing[], io: ConsoleIO): void {
  if (!listing.some((entry) => entry.scenarios.length > 0)) {
    io.out(`No scenario applies to the ${role} role (${PROFILE_ROLES[role]}) yet: none is tagged @role:${role}. A profile may declare the role; a run judges nothing of it until its scenarios are written.`);
    return;
  }
  const lines = [`Scenarios for the ${role} role, by business process`];
  // A scenario tagged with several processes is detailed once, under the first.
  const detailedUnder = new Map<string, string>();
  for (const entry of listing.filter((process) => process.scenarios.length > 0)) {
    lines.push('', `${entry.process} ${entry.name} (${entry.coverage ? `process table: ${entry.coverage}` : 'no process table'})`);
    for (const scenario of entry.scenarios) {
      const key = `${scenario.file}\n${scenario.name}`;
      const first = detailedUnder.get(key);
      if (first) {
        lines.push(`  ${scenario.name}  (detailed under ${first})`);
        continue;
      }
      detailedUnder.set(key, entry.process);
      lines.push(`  ${scenario.name}`);
      lines.push(`    rows          ${scenario.rows.join(', ') || '–'}`);
      lines.push(`    interfaces    ${scenario.interfaces.join(', ') || '–'}`);
      lines.push(`    requirements  ${scenario.requirements.join(', ') || '–'}`);
    }
  }
  lines.push('', `Process rows covered by ${role} scenarios`);
  for (const entry of listing) {
    if (!entry.rows || !entry.coverage) continue;
    const { all } = entry.rows;
    const rest = entry.coverage === 'covered' ? `${all.missing} missing` : `${all.planned} planned`;
    lines.push(`  ${entry.process.padEnd(16)} ${entry.coverage.padEnd(8)} ${entry.rows.coveredByRole} of ${entry.rows.total} rows  (all scenarios: ${all.covered} covered, ${all.notDue} not due, ${rest})`);
  }
  io.out(lines.join('\n'));
}

export function listCommand(options: ListOptions, io: ConsoleIO): number {
  if (!LIST_ROLES.includes(options.role)) {
    throw new UsageError(`--role must be one of ${SCENARIO_ROLES.join(', ')}, not '${options.role}'`);
  }
  const role = options.role as ScenarioRole;
  let tables;
  try {
    tables = loadProcessTables();
  } catch (error) {
    // Broken tables are an input problem (exit 2 with the list), not a crash of the command.
    if (error instanceof ProcessTableError) throw new UsageError(error.message);
    throw error;
  }
  const scenarios = readFeatureScenarios();
  const listing = scenariosByProcess(role, scenarios, tables, processCoverage(tables, scenarios), loadBusinessProcesses());
  if (options.format === 'json') io.out(JSON.stringify({ role, processes: listing }, null, 2));
  else printText(role, listing, io);
  return 0;
}
