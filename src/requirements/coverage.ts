// Requirement coverage: which requirements the scenarios verify, what the last run showed of
// each, and which apply to the participant at all (roles, segments and the capabilities a
// conditional requirement depends on). What `mhhs-qualify coverage` reports and gates CI on, and
// what the summary, the RTTM and the report's overview count: one verdict per requirement.
//
// A requirement fails only through a finding that names it. A scenario failed by its SLA check
// fails the SLA's requirement (and the market rule the SLA cites), not the schema, signature or
// content requirements the scenario also carries: those it checked and found right, or never
// reached. A failed scenario with no finding at all (a defect the suite could not pin to one
// check) fails the scenario's own requirements, as the only honest reading left.
import type { ParticipantProfile } from '../profile/participant-profile.ts';
import type { RunFinding, RunSummary, ScenarioFinding, ScenarioSummary } from '../run/run-summary.ts';
import { notApplicable } from '../scenario/applicability.ts';
import { loadSlaTable } from '../clock/sla-windows.ts';
import { type FeatureScenario, requirementTags } from './feature-scenarios.ts';
import type { Requirement } from './requirement-catalogue.ts';

/**
 * passed: a scenario showed it and none broke it; failed: a finding names it; waived: every
 * scenario that broke it is under a live waiver; inconclusive: its scenarios ran but none reached
 * a verdict on it; not run: none of its scenarios ran; not applicable: the declaration rules it
 * (or every scenario of it) out; no scenario: nothing in the suite checks it.
 */
export type CoverageState = 'passed' | 'failed' | 'waived' | 'inconclusive' | 'not run' | 'no scenario' | 'not applicable';

/** What one scenario showed of one requirement. */
export type ScenarioOutcome = 'passed' | 'failed' | 'waived' | 'not shown' | 'not applicable' | 'not run';

export interface RequirementFailure {
  readonly scenario: string;
  readonly location?: string;
  readonly finding: ScenarioFinding;
}

export interface RequirementCoverage {
  readonly requirement: Requirement;
  /** The scenarios that check it: those carrying its tag, and any whose finding named it. */
  readonly scenarios: readonly string[];
  readonly state: CoverageState;
  /** Each checking scenario's outcome for this requirement, by scenario name. */
  readonly outcomes: ReadonlyMap<string, ScenarioOutcome>;
  /** The findings that broke it (scenario findings first, then run-level ones), in run order. */
  readonly failures: readonly RequirementFailure[];
}

export interface CoverageReport {
  readonly requirements: readonly RequirementCoverage[];
  readonly scenariosWithoutRequirement: readonly string[];
  /** Mandatory requirements that apply and were not shown to pass: the CI gate. */
  readonly untestedMandatory: readonly RequirementCoverage[];
}

const ROLE_TAGS: Record<string, readonly string[]> = { SUP: ['@role:supplier'], MSS: ['@role:metering-service'], MSA: ['@role:metering-service'], SDS: ['@role:data-service'], ADS: ['@role:data-service'] };

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

/**
 * The requirements a finding breaks: the one it names and, for an SLA, the market rule the SLA
 * cites when the catalogue holds it (scenarios/slas.yaml `cite: REC 22.6.1` → REQ-REC-22.6.1):
 * REC 22.6.1 is the obligation to send IF-031 within 60 minutes, so a late IF-031 breaks both.
 */
export function requirementsBrokenBy(finding: { readonly rule: string; readonly requirement?: string }, catalogue: ReadonlyMap<string, Requirement>): string[] {
  const named = finding.requirement ? [finding.requirement] : [];
  const sla = /^REQ-SLA-(.+)$/.exec(finding.requirement ?? '');
  if (!sla) return named;
  let cite: string | undefined;
  try {
    cite = loadSlaTable().byId(sla[1]!).cite;
  } catch {
    return named;
  }
  const cited = `REQ-${cite.trim().replace(/\s+/g, '-')}`;
  return catalogue.has(cited) && !named.includes(cited) ? [...named, cited] : named;
}

/**
 * The line under a failed scenario's cause that names what it broke, e.g.
 * `breaks REQ-SLA-ms-appointment-request, REQ-REC-22.6.1`; undefined when it holds no finding.
 */
export function brokenRequirementsLine(scenario: Pick<ScenarioSummary, 'findings'>, catalogue: ReadonlyMap<string, Requirement>): string | undefined {
  const broken = [...new Set((scenario.findings ?? []).flatMap((finding) => requirementsBrokenBy(finding, catalogue)))];
  return broken.length ? `breaks ${broken.join(', ')}` : undefined;
}

/** What one run of a scenario showed of a requirement the scenario checks. */
function outcomeOf(run: ScenarioSummary, requirement: Requirement, tagged: boolean, catalogue: ReadonlyMap<string, Requirement>): ScenarioOutcome {
  if (run.notApplicable) return 'not applicable';
  if (run.verdict === 'pass') return 'passed';
  if (run.verdict !== 'fail') return 'not shown';
  const findings = run.findings ?? [];
  const broken = findings.length
    ? findings.some((finding) => requirementsBrokenBy(finding, catalogue).includes(requirement.id))
    : tagged && requirement.verifiedBy === 'scenarios';
  if (!broken) return 'not shown';
  return run.waiver ? 'waived' : 'failed';
}

/** Several runs of one scenario name (an outline's rows share it): the worst outcome stands. */
const OUTCOME_RANK: Record<ScenarioOutcome, number> = { failed: 5, waived: 4, 'not shown': 3, passed: 2, 'not run': 1, 'not applicable': 0 };

export function requirementCoverage(
  catalogue: ReadonlyMap<string, Requirement>,
  scenarios: readonly FeatureScenario[],
  profile: ParticipantProfile,
  lastRun: RunSummary | undefined,
): CoverageReport {
  const runsByName = new Map<string, ScenarioSummary[]>();
  for (const run of lastRun?.scenarios ?? []) runsByName.set(run.name, [...(runsByName.get(run.name) ?? []), run]);
  const runFindings: readonly RunFinding[] = lastRun?.runFindings ?? [];
  const requirements = [...catalogue.values()].map((requirement): RequirementCoverage => {
    const tagged = (scenario: FeatureScenario) => requirementTags(scenario).includes(requirement.id);
    // A scenario whose finding names the requirement checked it, tag or not (an SLA met on the way to another check).
    const named = (scenario: FeatureScenario) => (runsByName.get(scenario.name) ?? []).some((run) => (run.findings ?? []).some((finding) => requirementsBrokenBy(finding, catalogue).includes(requirement.id)));
    // A rule-verified requirement is checked on every message of the roles it binds.
    const judging = scenarios.filter((scenario) =>
      requirement.verifiedBy === 'scenarios' ? tagged(scenario) || named(scenario) : requirement.roles.some((role) => (ROLE_TAGS[role] ?? []).some((tag) => scenario.tags.includes(tag))),
    );
    const outcomes = new Map<string, ScenarioOutcome>();
    const failures: RequirementFailure[] = [];
    for (const scenario of judging) {
      const runs = runsByName.get(scenario.name) ?? [];
      let outcome: ScenarioOutcome = notApplicable(scenario.tags, profile) !== undefined ? 'not applicable' : 'not run';
      for (const run of runs) {
        const shown = outcomeOf(run, requirement, tagged(scenario), catalogue);
        if (outcome === 'not run' || OUTCOME_RANK[shown] > OUTCOME_RANK[outcome]) outcome = shown;
        if (shown === 'failed' || shown === 'waived') {
          const naming = (run.findings ?? []).filter((finding) => requirementsBrokenBy(finding, catalogue).includes(requirement.id));
          const evidence = naming.length ? naming : [{ rule: 'SCENARIO', requirement: requirement.id, pointer: '', message: run.cause ?? 'the scenario failed' }];
          for (const finding of evidence) failures.push({ scenario: run.name, ...(run.location ? { location: run.location } : {}), finding });
        }
      }
      outcomes.set(scenario.name, outcome);
    }
    for (const finding of runFindings.filter((candidate) => requirementsBrokenBy(candidate, catalogue).includes(requirement.id))) {
      failures.push({ scenario: finding.scenario?.name ?? 'run-level finding', ...(finding.scenario?.location ? { location: finding.scenario.location } : {}), finding: { rule: finding.rule, requirement: requirement.id, pointer: finding.pointer, message: finding.message } });
    }
    // Reported: the scenarios that carry its tag, and those whose finding named it.
    const checking = judging.filter((scenario) => tagged(scenario) || ['failed', 'waived'].includes(outcomes.get(scenario.name) ?? '')).map((scenario) => scenario.name);
    const entry = (state: CoverageState): RequirementCoverage => ({ requirement, scenarios: checking, state, outcomes, failures });
    if (!applies(requirement, profile)) return entry('not applicable');
    if (judging.length === 0) return entry('no scenario');
    const counted = [...outcomes.values()];
    if (counted.every((outcome) => outcome === 'not applicable')) return entry('not applicable');
    const runLevelFailure = runFindings.some((candidate) => requirementsBrokenBy(candidate, catalogue).includes(requirement.id));
    if (runLevelFailure || counted.includes('failed')) return entry('failed');
    if (counted.includes('waived')) return entry('waived');
    if (counted.includes('passed')) return entry('passed');
    return entry(counted.includes('not shown') ? 'inconclusive' : 'not run');
  });
  return {
    requirements,
    scenariosWithoutRequirement: scenarios.filter((scenario) => requirementTags(scenario).length === 0).map((scenario) => `${scenario.file} › ${scenario.name}`),
    untestedMandatory: requirements.filter((entry) => entry.requirement.status !== 'optional' && !['passed', 'waived', 'not applicable'].includes(entry.state)),
  };
}

/** Requirements by state, in the order a reviewer reads them. */
export const COVERAGE_STATES: readonly CoverageState[] = ['passed', 'failed', 'waived', 'inconclusive', 'not run', 'no scenario', 'not applicable'];
