import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../src/profile/participant-profile.ts';
import { requirementCoverage } from '../src/requirements/coverage.ts';
import { readFeatureScenarios } from '../src/requirements/feature-scenarios.ts';
import { loadRequirementCatalogue } from '../src/requirements/requirement-catalogue.ts';
import type { RunSummary, ScenarioVerdict } from '../src/run/run-summary.ts';

const catalogue = loadRequirementCatalogue();
const scenarios = readFeatureScenarios();
const profile = parseProfile(readFileSync('profiles/reference-participant.yaml', 'utf8'), 'reference-participant.yaml');

function run(verdict: (name: string) => ScenarioVerdict): RunSummary {
  const list = scenarios.map((scenario) => ({ name: scenario.name, feature: scenario.file, tags: scenario.tags, verdict: verdict(scenario.name), seconds: 1 }));
  return { scenarios: list, totals: { pass: 0, fail: 0, inconclusive: 0, error: 0 }, startedAt: '', finishedAt: '' };
}

const stateOf = (report: ReturnType<typeof requirementCoverage>, id: string) => report.requirements.find((entry) => entry.requirement.id === id)?.state;

describe('requirement coverage', () => {
  it('passes every applicable mandatory requirement when every scenario passed', () => {
    const report = requirementCoverage(catalogue, scenarios, profile, run(() => 'pass'));
    expect(report.untestedMandatory).toEqual([]);
    expect(report.scenariosWithoutRequirement).toEqual([]);
  });

  it('reports nothing as passed before any run, and gates on it', () => {
    const report = requirementCoverage(catalogue, scenarios, profile, undefined);
    expect(stateOf(report, 'REQ-REC-22.6.1')).toBe('not run');
    expect(report.untestedMandatory.length).toBeGreaterThan(0);
  });

  it('marks a requirement not passed when one of its scenarios failed', () => {
    const failing = 'Rejects an appointment outside its operational area with SP007';
    const report = requirementCoverage(catalogue, scenarios, profile, run((name) => (name === failing ? 'fail' : 'pass')));
    expect(stateOf(report, 'REQ-SP-007')).toBe('not passed');
    expect(report.untestedMandatory.map((entry) => entry.requirement.id)).toEqual(['REQ-SP-007']);
  });

  it('leaves out what the profile does not declare', () => {
    const supplierOnly = { ...profile, roles: profile.roles.filter((role) => role.role === 'SUP'), capabilities: { ...profile.capabilities, meterTypes: undefined } };
    const report = requirementCoverage(catalogue, scenarios, supplierOnly, run(() => 'pass'));
    expect(stateOf(report, 'REQ-SLA-ms-appointment-answer')).toBe('not applicable');
    expect(stateOf(report, 'REQ-SP-006')).toBe('not applicable');
    expect(stateOf(report, 'REQ-REC-22.6.1')).toBe('passed');
    const noIf004 = { ...profile, capabilities: { ...profile.capabilities, sends: [] } };
    expect(stateOf(requirementCoverage(catalogue, scenarios, noIf004, run(() => 'pass')), 'REQ-IF004-COMMS-HUB')).toBe('not applicable');
    const withIf004 = { ...profile, capabilities: { ...profile.capabilities, sends: ['IF-004'] } };
    expect(stateOf(requirementCoverage(catalogue, scenarios, withIf004, run(() => 'pass')), 'REQ-IF004-COMMS-HUB')).toBe('passed');
  });

  it('holds the optional interfaces a Supplier does not declare as not applicable, never passed', () => {
    expect(stateOf(requirementCoverage(catalogue, scenarios, profile, run(() => 'pass')), 'REQ-SUP-IF024-ADVISORY')).toBe('passed');
    const sendsNothing = { ...profile, capabilities: { ...profile.capabilities, sends: [] } };
    // Their scenarios come back inconclusive (not applicable): the requirement is left out, not failed or passed.
    const optional = new Set(scenarios.filter((scenario) => scenario.tags.some((tag) => tag.startsWith('@sends:'))).map((scenario) => scenario.name));
    expect(optional.size).toBeGreaterThan(0);
    const report = requirementCoverage(catalogue, scenarios, sendsNothing, run((name) => (optional.has(name) ? 'inconclusive' : 'pass')));
    expect(stateOf(report, 'REQ-SUP-IF024-ADVISORY')).toBe('not applicable');
    expect(stateOf(report, 'REQ-SUP-IF027-AMENDMENT')).toBe('not applicable');
    expect(report.untestedMandatory).toEqual([]);
    const onlyAdvisories = { ...profile, capabilities: { ...profile.capabilities, sends: ['IF-024'] } };
    expect(stateOf(requirementCoverage(catalogue, scenarios, onlyAdvisories, run(() => 'pass')), 'REQ-SUP-IF027-AMENDMENT')).toBe('not applicable');
  });
});
