// Where the scenario catalogue lives, and its text as the tables and features stand now: shared
// by the script that writes it and the test that checks it is fresh.
import path from 'node:path';
import { readFeatureScenarios } from '../requirements/feature-scenarios.ts';
import { processCoverage } from './process-coverage.ts';
import { loadProcessTables } from './process-tables.ts';
import { scenarioCatalogue } from './scenario-catalogue.ts';

export const CATALOGUE_FILE = path.resolve(import.meta.dirname, '../../docs/scenario-catalogue.md');

export function currentScenarioCatalogue(): string {
  const tables = loadProcessTables();
  const scenarios = readFeatureScenarios();
  return `${scenarioCatalogue(processCoverage(tables, scenarios), scenarios, tables)}\n`;
}
