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

  it('fails the scenario\'s own requirements when it failed on a defect no finding pins down', () => {
    const failing = 'Rejects an appointment outside its operational area with SP007';
    const report = requirementCoverage(catalogue, scenarios, profile, run((name) => (name === failing ? 'fail' : 'pass')));
    expect(stateOf(report, 'REQ-SP-007')).toBe('failed');
    expect(report.untestedMandatory.map((entry) => entry.requirement.id)).toEqual(['REQ-SP-007']);
  });

  it('fails only the requirements a finding names: a late IF-031 fails its SLA and REC 22.6.1, nothing else the scenario carries', () => {
    const late = scenarios.find((scenario) => scenario.tags.includes('@REQ-REC-22.6.1') && scenario.tags.includes('@REQ-PROCESS-CONTENT'))!;
    const slaFinding = { rule: 'SLA', requirement: 'REQ-SLA-ms-appointment-request', pointer: '', message: 'IF-031 [MSApp] sent 75 min after IF-002 [GainMPANInfo]; SLA 60 min (REC 22.6.1): missed by 15 min' };
    const lastRun = run((name) => (name === late.name ? 'fail' : 'pass'));
    const withFinding = { ...lastRun, scenarios: lastRun.scenarios.map((scenario) => (scenario.name === late.name ? { ...scenario, findings: [slaFinding] } : scenario)) };
    const report = requirementCoverage(catalogue, scenarios, profile, withFinding);
    const failed = report.requirements.filter((entry) => entry.state === 'failed').map((entry) => entry.requirement.id);
    expect(failed.sort()).toEqual(['REQ-REC-22.6.1', 'REQ-SLA-ms-appointment-request']);
    expect(stateOf(report, 'REQ-PROCESS-CONTENT')).toBe('passed');
    const sla = report.requirements.find((entry) => entry.requirement.id === 'REQ-SLA-ms-appointment-request')!;
    expect(sla.failures).toEqual([expect.objectContaining({ scenario: late.name, finding: slaFinding })]);
    expect(sla.outcomes.get(late.name)).toBe('failed');
    // The other requirements the failed scenario carries: it never showed them, nor broke them.
    expect(report.requirements.find((entry) => entry.requirement.id === 'REQ-PROCESS-CONTENT')!.outcomes.get(late.name)).toBe('not shown');
  });

  it('fails a requirement a run-level finding names, and holds one only inconclusive scenarios reached as inconclusive', () => {
    const lastRun = { ...run(() => 'pass'), runFindings: [{ rule: 'SCHEMA', severity: 'fail', pointer: '/0', message: 'a submission no scenario owns breaks the schema', requirement: 'REQ-DIP-SCHEMA' }] };
    expect(stateOf(requirementCoverage(catalogue, scenarios, profile, lastRun), 'REQ-DIP-SCHEMA')).toBe('failed');
    const sp007 = new Set(scenarios.filter((scenario) => scenario.tags.includes('@REQ-SP-007')).map((scenario) => scenario.name));
    expect(stateOf(requirementCoverage(catalogue, scenarios, profile, run((name) => (sp007.has(name) ? 'inconclusive' : 'pass'))), 'REQ-SP-007')).toBe('inconclusive');
  });

  it('holds a requirement whose every scenario was not applicable as not applicable, not passed', () => {
    const reverse = new Set(scenarios.filter((scenario) => scenario.tags.includes('@REQ-REVERSE-MIGRATION')).map((scenario) => scenario.name));
    expect(reverse.size).toBeGreaterThan(0);
    const lastRun = run((name) => (reverse.has(name) ? 'inconclusive' : 'pass'));
    const closed = { ...lastRun, scenarios: lastRun.scenarios.map((scenario) => (reverse.has(scenario.name) ? { ...scenario, notApplicable: true as const } : scenario)) };
    expect(stateOf(requirementCoverage(catalogue, scenarios, profile, closed), 'REQ-REVERSE-MIGRATION')).toBe('not applicable');
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
