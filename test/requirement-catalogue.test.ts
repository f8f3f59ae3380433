// Traceability kept honest: every @REQ tag and every requirement a rule or check names is in
// the catalogue, every scenario names at least one, and every catalogue entry is verified by
// something (the scenarios that carry it, or the rules that name it).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSlaTable } from '../src/clock/index.ts';
import { readFeatureScenarios, requirementTags } from '../src/requirements/feature-scenarios.ts';
import { loadRequirementCatalogue, parseRequirementCatalogue } from '../src/requirements/requirement-catalogue.ts';
import { RULES } from '../src/rules/index.ts';

const catalogue = loadRequirementCatalogue();
const scenarios = readFeatureScenarios();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : [],
  );
}

/** Requirement IDs written in the suite's code: rules, checks, the emulator's own findings. */
const namedInCode = new Set(
  ['src', 'mocks'].flatMap((dir) => sourceFiles(dir)).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'(REQ-[A-Za-z0-9.-]+)'/g)].map((match) => match[1]!)),
);

describe('requirement catalogue', () => {
  it('holds every requirement a scenario tags', () => {
    const unknown = scenarios.flatMap((scenario) => requirementTags(scenario).filter((id) => !catalogue.has(id)).map((id) => `${scenario.file} › ${scenario.name}: ${id}`));
    expect(unknown).toEqual([]);
  });

  it('holds every requirement the rules, checks and emulator name', () => {
    expect(RULES.map((rule) => rule.requirement).filter((id) => !catalogue.has(id))).toEqual([]);
    expect(namedInCode.size).toBeGreaterThan(10);
    expect([...namedInCode].filter((id) => !catalogue.has(id))).toEqual([]);
  });

  it('gives every scenario at least one requirement', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(15);
    expect(scenarios.filter((scenario) => requirementTags(scenario).length === 0).map((scenario) => scenario.name)).toEqual([]);
  });

  it('has every requirement verified: by the scenarios tagged with it, or by a rule that names it', () => {
    const tagged = new Set(scenarios.flatMap(requirementTags));
    const unverified = [...catalogue.values()].filter((requirement) =>
      requirement.verifiedBy === 'scenarios' ? !tagged.has(requirement.id) : !namedInCode.has(requirement.id),
    );
    expect(unverified.map((requirement) => `${requirement.id} (${requirement.verifiedBy})`)).toEqual([]);
  });

  it('names SLA requirements only for windows scenarios/slas.yaml defines', () => {
    const windows = new Set(loadSlaTable().windows.map((window) => window.id));
    const slaRequirements = [...catalogue.keys()].filter((id) => id.startsWith('REQ-SLA-'));
    expect(slaRequirements.filter((id) => !windows.has(id.slice('REQ-SLA-'.length)))).toEqual([]);
  });

  it.each([
    ['an ID of the wrong shape', 'requirements: {REQ_1: {}}', /an ID reads REQ-/],
    ['a status not in the list', 'requirements: {REQ-X: {text: t, source: s, status: maybe, roles: [SUP], segments: [S], verifiedBy: rules}}', /status must be mandatory, optional or conditional/],
    ['a conditional requirement without its capability', 'requirements: {REQ-X: {text: t, source: s, status: conditional, roles: [SUP], segments: [S], verifiedBy: rules}}', /when must name the capability/],
    ['an unknown role', 'requirements: {REQ-X: {text: t, source: s, status: mandatory, roles: [LDSO], segments: [S], verifiedBy: rules}}', /roles must list SUP, MSS, MSA, SDS or ADS/],
  ])('refuses %s and says where', (_what, source, message) => {
    expect(() => parseRequirementCatalogue(source, 'requirements.yaml')).toThrow(message);
  });
});
