// The scenario catalogue (docs/scenario-catalogue.md): every business process with its
// interface-table rows and the scenarios that cover them, then every feature with its
// scenarios, interfaces and requirements. Written from the process tables and the features by
// `npm run docs:generate`; test/scenario-catalogue.test.ts fails when the file is stale, so a
// reviewer reading it reads what the suite runs.
import type { FeatureScenario } from '../requirements/feature-scenarios.ts';
import type { TraceabilityReport } from './process-coverage.ts';
import type { ProcessTables } from './process-tables.ts';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

const tagsStarting = (scenario: FeatureScenario, test: (name: string) => boolean): string[] =>
  [...new Set(scenario.tags.map((tag) => tag.slice(1)).filter(test))];

function processSection(report: TraceabilityReport['tables'][number]): string[] {
  const { table, rows, counts } = report;
  const lines = [
    `### ${table.process} ${table.name}`,
    '',
    `Table \`scenarios/${table.file}\`, ${table.coverage === 'covered' ? 'covered: every row due a scenario has one' : 'planned: rows without a scenario are still to be written'}. ` +
      `${counts.covered} of ${counts.total} rows covered, ${counts.notDue} not due${counts.planned ? `, ${counts.planned} planned` : ''}${counts.missing ? `, ${counts.missing} MISSING` : ''}.`,
    '',
    '| ref | from → to | interface [event] | scenarios |',
    '|---|---|---|---|',
  ];
  for (const { row, state, scenarios } of rows) {
    const message = row.interfaces.length ? `${row.interfaces.join(', ')}${row.eventCodes.length ? ` [${row.eventCodes.join('], [')}]` : ''}` : (row.nonDipFlow ?? '');
    const covered = state === 'covered' ? `${scenarios.length} scenario${scenarios.length === 1 ? '' : 's'}` : state === 'not due' ? `not due: ${row.why ?? ''}` : state;
    lines.push(`| ${cell(row.ref)} | ${cell(`${row.from} → ${row.to ?? ''}`)} | ${cell(message)} | ${cell(covered)} |`);
  }
  return [...lines, ''];
}

function featureSection(file: string, scenarios: readonly FeatureScenario[], tables: ProcessTables): string[] {
  const lines = [`### \`${file}\``, '', `${scenarios.length} scenario${scenarios.length === 1 ? '' : 's'}.`, '', '| scenario | role | rows | interfaces | requirements |', '|---|---|---|---|---|'];
  for (const scenario of scenarios) {
    const roles = tagsStarting(scenario, (name) => name.startsWith('role:')).map((name) => name.slice(5));
    const rows = [...new Set(scenario.tags.flatMap((tag) => tables.rowOfTag(tag)?.row.ref ?? []))];
    const interfaces = tagsStarting(scenario, (name) => /^(IF|REP)-\d{3}[AB]?$/.test(name));
    const requirements = tagsStarting(scenario, (name) => name.startsWith('REQ-'));
    lines.push(`| ${cell(scenario.name)} | ${roles.join(', ')} | ${rows.join(', ')} | ${interfaces.join(', ')} | ${requirements.join(', ')} |`);
  }
  return [...lines, ''];
}

export function scenarioCatalogue(report: TraceabilityReport, scenarios: readonly FeatureScenario[], tables: ProcessTables): string {
  const byFile = new Map<string, FeatureScenario[]>();
  for (const scenario of scenarios) byFile.set(scenario.file, [...(byFile.get(scenario.file) ?? []), scenario]);
  const summary = report.tables.map(({ table, counts }) => `| ${table.process} | ${cell(table.name)} | ${table.coverage} | ${counts.covered} of ${counts.total} (${counts.notDue} not due) |`);
  return [
    '# Scenario catalogue',
    '',
    '<!-- Written by `npm run docs:generate` from scenarios/process-tables/ and features/; edit those, not this file. -->',
    '',
    `${scenarios.length} scenarios in ${byFile.size} feature files. Each business process below lists the rows of its interface`,
    'table (`scenarios/process-tables/`) and how many scenarios cover each; a scenario covers a row when it carries the',
    "row's ref as a tag. Then each feature lists its scenarios with the rows, interfaces and requirements they carry.",
    '`mhhs-qualify list --role supplier|metering-service` prints the same for one role.',
    '',
    '## Business processes',
    '',
    '| process | name | table | rows covered |',
    '|---|---|---|---|',
    ...summary,
    '',
    ...report.tables.flatMap(processSection),
    '## Features',
    '',
    ...[...byFile].sort(([a], [b]) => a.localeCompare(b)).flatMap(([file, list]) => featureSection(file, list, tables)),
  ].join('\n');
}
