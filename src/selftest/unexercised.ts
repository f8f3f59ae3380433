// Coverage the other way round: the checks no fault was shown to make fail. A rule, an SLA or a
// requirement on this list has never turned a scenario red in the selftest, so a green verdict
// on it proves less than one that has. The target is an empty list.
import { loadSlaTable } from '../clock/sla-windows.ts';
import { loadRequirementCatalogue } from '../requirements/requirement-catalogue.ts';
import { RULES } from '../rules/index.ts';
import type { FaultOutcome } from './kill-matrix.ts';

export interface CheckIds {
  /** src/rules: each rule's id, which its findings name. */
  readonly rules: readonly string[];
  /** The requirement each rule serves (src/rules' `requirement`): a rule shown able to fail shows its requirement can. */
  readonly ruleRequirements?: Readonly<Record<string, string>>;
  /** scenarios/slas.yaml: each window's id; its requirement is REQ-SLA-<id>. */
  readonly slas: readonly string[];
  /** scenarios/requirements.yaml. */
  readonly requirements: readonly string[];
}

export interface Unexercised {
  readonly rules: readonly string[];
  readonly slas: readonly string[];
  readonly requirements: readonly string[];
}

export function bundledCheckIds(): CheckIds {
  return {
    rules: RULES.map((rule) => rule.id),
    ruleRequirements: Object.fromEntries(RULES.map((rule) => [rule.id, rule.requirement])),
    slas: loadSlaTable().windows.map((window) => window.id),
    requirements: [...loadRequirementCatalogue().keys()],
  };
}

/**
 * A check is exercised when some fault made a scenario fail with the finding naming that fault,
 * and the scenario carries the requirement (for an SLA, REQ-SLA-<id>) or its cause names the
 * rule; a rule so named exercises the requirement it serves too, as the rule is how the suite
 * checks it. Reds that do not name the fault prove nothing about the check, so they do not count.
 */
export function unexercised(faults: readonly FaultOutcome[], ids: CheckIds): Unexercised {
  const requirements = new Set(faults.flatMap((fault) => fault.requirements));
  const causes = faults.flatMap((fault) => [...fault.caughtBy, ...fault.alsoCaughtBy].map((cell) => cell.cause ?? ''));
  const rulesShown = ids.rules.filter((id) => causes.some((cause) => new RegExp(`\\b${id}\\b`).test(cause)));
  for (const id of rulesShown) {
    const requirement = ids.ruleRequirements?.[id];
    if (requirement) requirements.add(requirement);
  }
  return {
    rules: ids.rules.filter((id) => !rulesShown.includes(id)),
    slas: ids.slas.filter((id) => !requirements.has(`REQ-SLA-${id}`)),
    requirements: ids.requirements.filter((id) => !requirements.has(id)),
  };
}
