// `mhhs-qualify rttm export`: the traceability matrix of the last run as CSV and xlsx (also
// written at the end of every run, into the evidence pack).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadProfile } from '../../profile/participant-profile.ts';
import { requirementCoverage } from '../../requirements/coverage.ts';
import { readFeatureScenarios } from '../../requirements/feature-scenarios.ts';
import { loadRequirementCatalogue } from '../../requirements/requirement-catalogue.ts';
import { evidenceFiles, participantRows, requirementRows, rttmCsv, rttmRows, rttmWorkbook } from '../../requirements/rttm.ts';
import { DEFAULT_PROFILE } from '../../run/run-settings.ts';
import type { RunSummary } from '../../run/run-summary.ts';
import { idMapYaml, importIdMap, loadIdMap } from '../../requirements/id-map.ts';
import type { ConsoleIO } from '../output/console-io.ts';
import { UsageError } from '../usage-error.ts';

export interface RttmOptions {
  readonly reports?: string;
  readonly profile?: string;
  readonly out?: string;
}

/** Writes rttm.csv and rttm.xlsx; returns their paths. */
export async function writeRttm(options: RttmOptions): Promise<{ csv: string; xlsx: string; rows: number }> {
  const reportsDir = path.resolve(options.reports ?? 'reports');
  const outDir = path.resolve(options.out ?? reportsDir);
  const summaryFile = path.join(reportsDir, 'summary.json');
  const lastRun = existsSync(summaryFile) ? (JSON.parse(readFileSync(summaryFile, 'utf8')) as RunSummary) : undefined;
  const profile = loadProfile(path.resolve(options.profile ?? DEFAULT_PROFILE));
  const idMap = profile.idMap ? loadIdMap(profile.idMap) : [];
  const coverage = requirementCoverage(loadRequirementCatalogue(), readFeatureScenarios(), profile, lastRun);
  const rows = rttmRows(coverage, lastRun, evidenceFiles(reportsDir), idMap);
  const csv = path.join(outDir, 'rttm.csv');
  const xlsx = path.join(outDir, 'rttm.xlsx');
  writeFileSync(csv, rttmCsv(rows));
  writeFileSync(xlsx, await rttmWorkbook(rows, requirementRows(coverage, idMap), participantRows(profile)));
  return { csv, xlsx, rows: rows.length };
}

export async function rttmExportCommand(options: RttmOptions, io: ConsoleIO): Promise<number> {
  const written = await writeRttm(options);
  io.out(`RTTM: ${written.rows} rows in ${written.csv} and ${written.xlsx}`);
  return 0;
}

export async function rttmImportCommand(file: string, options: { out?: string }, io: ConsoleIO): Promise<number> {
  let mappings;
  try {
    mappings = await importIdMap(file, {
      requirements: new Set(loadRequirementCatalogue().keys()),
      scenarios: new Set(readFeatureScenarios().map((scenario) => scenario.name)),
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const out = path.resolve(options.out ?? 'id-map.yaml');
  writeFileSync(out, idMapYaml(mappings));
  io.out(`${mappings.length} external IDs mapped: ${out}. Name it in the profile (idMap: ${path.basename(out)}) and the RTTM and report carry them.`);
  return 0;
}
