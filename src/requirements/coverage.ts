// Requirement coverage: which requirements the scenarios verify, which of those were verified
// in the last run, and which apply to the participant at all (roles, segments and the
// capabilities a conditional requirement depends on). What `mhhs-qualify coverage` reports
// and gates CI on.
import type { ParticipantProfile } from '../profile/participant-profile.ts';
import type { RunSummary } from '../run/run-summary.ts';
import { notApplicable } from '../scenario/applicability.ts';
import { type FeatureScenario, requirementTags } from './feature-scenarios.ts';
import type { Requirement } from './requirement-catalogue.ts';

export type CoverageState = 'passed' | 'waived' | 'not passed' | 'not run' | 'no scenario' | 'not applicable';

export interface RequirementCoverage {
  readonly requirement: Requirement;
  readonly scenarios: readonly string[];
  readonly state: CoverageState;
}

export interface CoverageReport {
  readonly requirements: readonly RequirementCoverage[];
  readonly scenariosWithoutRequirement: readonly string[];
  /** Mandatory requirements that apply and were not shown to pass: the CI gate. */
  readonly untestedMandatory: readonly RequirementCoverage[];
}

const ROLE_TAGS: Record<string, readonly string[]> = { SUP: ['@role:supplier'], MSS: ['@role:metering-service'], MSA: ['@role:metering-service'] };

/** Conditional requirements apply when the profile declares the capability they depend on. */
const CAPABILITY_OF: Record<string, (profile: ParticipantProfile) => boolean> = {
  'REQ-SP-006': (profile) => profile.capabilities.meterTypes !== undefined,
  'REQ-SP-007': (profile) => profile.capabilities.gspGroups.length < 14,
  'REQ-SUP-IF024-ADVISORY': (profile) => profile.capabilities.sends.includes('IF-024'),
  'REQ-SUP-IF027-AMENDMENT': (profile) => profile.capabilities.sends.includes('IF-027'),
  'REQ-MS-CDC': (profile) => profile.capabilities.sends.includes('IF-038'),
  'REQ-IF004-COMMS-HUB': (profile) => profile.capabilities.sends.includes('IF-004'),
  'REQ-SUP-IF004-COMMS-HUB': (profile) => profile.capabilities.sends.includes('IF-004'),
};

function applies(requirement: Requirement, profile: ParticipantProfile): boolean {
  if (!profile.roles.some((role) => requirement.roles.includes(role.role))) return false;
  if (!profile.capabilities.segments.some((segment) => requirement.segments.includes(segment))) return false;
  if (requirement.status === 'conditional') return CAPABILITY_OF[requirement.id]?.(profile) ?? true;
  return true;
}

export function requirementCoverage(
  catalogue: ReadonlyMap<string, Requirement>,
  scenarios: readonly FeatureScenario[],
  profile: ParticipantProfile,
  lastRun: RunSummary | undefined,
): CoverageReport {
  const verdicts = new Map((lastRun?.scenarios ?? []).map((scenario) => [scenario.name, scenario.verdict]));
  const waived = new Set((lastRun?.scenarios ?? []).filter((scenario) => scenario.waiver).map((scenario) => scenario.name));
  const requirements = [...catalogue.values()].map((requirement): RequirementCoverage => {
    // A rule-verified requirement is checked on every message of the roles it binds.
    const covering = scenarios.filter((scenario) =>
      requirement.verifiedBy === 'scenarios'
        ? requirementTags(scenario).includes(requirement.id)
        : requirement.roles.some((role) => (ROLE_TAGS[role] ?? []).some((tag) => scenario.tags.includes(tag))),
    );
    const names = covering.map((scenario) => scenario.name);
    if (!applies(requirement, profile)) return { requirement, scenarios: names, state: 'not applicable' };
    if (covering.length === 0) return { requirement, scenarios: names, state: 'no scenario' };
    // A scenario the profile's declaration rules out ran as inconclusive: it neither passes nor fails the requirement.
    const applicable = covering.filter((scenario) => notApplicable(scenario.tags, profile) === undefined).map((scenario) => scenario.name);
    if (applicable.length === 0) return { requirement, scenarios: names, state: 'not applicable' };
    const ran = applicable.filter((name) => verdicts.has(name));
    if (ran.length === 0) return { requirement, scenarios: names, state: 'not run' };
    // Scenarios-verified: every covering scenario that ran must pass. Rule-verified: any passing one checked it.
    const passed = requirement.verifiedBy === 'scenarios' ? ran.every((name) => verdicts.get(name) === 'pass') : ran.some((name) => verdicts.get(name) === 'pass');
    if (passed) return { requirement, scenarios: names, state: 'passed' };
    // Waived only when every scenario that did not pass is covered by a live waiver: never "passed".
    const waivedAll = ran.filter((name) => verdicts.get(name) !== 'pass').every((name) => waived.has(name));
    return { requirement, scenarios: names, state: waivedAll ? 'waived' : 'not passed' };
  });
  return {
    requirements,
    scenariosWithoutRequirement: scenarios.filter((scenario) => requirementTags(scenario).length === 0).map((scenario) => `${scenario.file} › ${scenario.name}`),
    untestedMandatory: requirements.filter((entry) => entry.requirement.status !== 'optional' && !['passed', 'waived', 'not applicable'].includes(entry.state)),
  };
}
