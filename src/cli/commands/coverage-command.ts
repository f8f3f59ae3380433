// `mhhs-qualify coverage`: requirements with no scenario, scenarios with no requirement, and
// requirements the last run did not show to pass. Exits 1 when any mandatory requirement that
// applies to the profile's declared capabilities is untested: a CI gate.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadProfile } from '../../profile/participant-profile.ts';
import { requirementCoverage } from '../../requirements/coverage.ts';
import { readFeatureScenarios } from '../../requirements/feature-scenarios.ts';
import { loadRequirementCatalogue } from '../../requirements/requirement-catalogue.ts';
import { DEFAULT_PROFILE } from '../../run/run-settings.ts';
import type { RunSummary } from '../../run/run-summary.ts';
import type { ConsoleIO } from '../output/console-io.ts';
import { UsageError } from '../usage-error.ts';

export interface CoverageOptions {
  readonly profile?: string;
  readonly reports?: string;
  readonly format?: string;
}

export function coverageCommand(options: CoverageOptions, io: ConsoleIO): number {
  const profile = loadProfile(path.resolve(options.profile ?? DEFAULT_PROFILE));
  const summaryFile = path.resolve(options.reports ?? 'reports', 'summary.json');
  let lastRun: RunSummary | undefined;
  if (existsSync(summaryFile)) {
    try {
      lastRun = JSON.parse(readFileSync(summaryFile, 'utf8')) as RunSummary;
    } catch (error) {
      throw new UsageError(`${summaryFile} is not a run summary: ${(error as Error).message}`);
    }
  }
  const report = requirementCoverage(loadRequirementCatalogue(), readFeatureScenarios(), profile, lastRun);
  if (options.format === 'json') {
    io.out(JSON.stringify({ lastRun: lastRun ? summaryFile : null, ...report, requirements: report.requirements.map((entry) => ({ id: entry.requirement.id, status: entry.requirement.status, state: entry.state, scenarios: entry.scenarios })), untestedMandatory: report.untestedMandatory.map((entry) => entry.requirement.id) }, null, 2));
  } else {
    io.out(`Requirement coverage for ${profile.name} (${lastRun ? `last run: ${summaryFile}` : 'no run yet: run mhhs-qualify run first'})`);
    for (const entry of report.requirements) {
      io.out(`  ${entry.state.padEnd(15)} ${entry.requirement.id.padEnd(32)} ${entry.requirement.status.padEnd(11)} ${entry.scenarios.length} scenario(s)`);
    }
    if (report.scenariosWithoutRequirement.length) io.out(`\nScenarios naming no requirement:\n${report.scenariosWithoutRequirement.map((name) => `  ${name}`).join('\n')}`);
    io.out(
      report.untestedMandatory.length
        ? `\n${report.untestedMandatory.length} mandatory requirement(s) not shown to pass: ${report.untestedMandatory.map((entry) => entry.requirement.id).join(', ')}`
        : '\nEvery mandatory requirement that applies passed in the last run.',
    );
  }
  return report.untestedMandatory.length ? 1 : 0;
}
