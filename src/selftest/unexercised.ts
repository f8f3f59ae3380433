// Coverage the other way round: the checks no fault was shown to make fail. A rule, an SLA, a
// requirement or a process step the participant sends on this list has never turned a scenario
// red in the selftest, so a green verdict on it proves less than one that has. The target is an
// empty list.
import { loadSlaTable } from '../clock/sla-windows.ts';
import { CHECK_REGISTRY, fixedRequirementOf, PROCESS_CHECKS } from '../findings/check-registry.ts';
import { loadProcessTables, type ProcessRow } from '../processes/process-tables.ts';
import { loadRequirementCatalogue } from '../requirements/requirement-catalogue.ts';
import type { FaultOutcome } from './kill-matrix.ts';

export interface CheckIds {
  /** Each registered check's id, which its findings name (src/findings/check-registry.ts). */
  readonly rules: readonly string[];
  /** The requirement each check serves: a check shown able to fail shows its requirement can. */
  readonly ruleRequirements?: Readonly<Record<string, string>>;
  /** scenarios/slas.yaml: each window's id; its requirement is REQ-SLA-<id>. */
  readonly slas: readonly string[];
  /** Checks no fault can make fail, each with the reason (an SLA no scenario can time, say). */
  readonly cannotFail?: readonly CannotFail[];
  /** Process steps the participant sends over the DIP (interface-table rows), by ref and scenario tag. */
  readonly steps?: ReadonlyArray<{ readonly ref: string; readonly tag: string }>;
  /** scenarios/requirements.yaml. */
  readonly requirements: readonly string[];
}

export interface CannotFail {
  readonly id: string;
  readonly why: string;
}

export interface Unexercised {
  readonly rules: readonly string[];
  readonly slas: readonly string[];
  readonly requirements: readonly string[];
  /** Interface-table rows the participant sends whose scenarios no fault turned red naming it. */
  readonly steps: readonly string[];
  /** Left off the lists above because no fault can make them fail, each saying why. */
  readonly cannotFail: readonly CannotFail[];
}

const PARTICIPANT_SENDERS = new Set(['SUP', 'MS', 'MSS', 'MSA', 'DS', 'SDS', 'ADS']);

/** A row whose first named sender is a role the suite qualifies ("SUP", "losing MS", "MS/DS ↔ REGS"), over the DIP, due a scenario. */
export function participantSends(row: ProcessRow): boolean {
  const sender = row.from.match(/\b[A-Z]{2,4}\b/)?.[0];
  return sender !== undefined && PARTICIPANT_SENDERS.has(sender) && row.interfaces.length > 0 && row.scenarioDue;
}

/**
 * Every check of the registry whose findings can fail a scenario by name. The SLA check is listed
 * by each SLA it times (a fault shows one SLA can fail, not all), and SCENARIO is no check of its
 * own; a check whose requirement each finding decides shows no one requirement can fail.
 */
export function bundledCheckIds(): CheckIds {
  const checks = CHECK_REGISTRY.filter((check) => check !== PROCESS_CHECKS.sla && check !== PROCESS_CHECKS.scenario);
  const slas = loadSlaTable().windows;
  return {
    rules: checks.map((check) => check.id),
    ruleRequirements: Object.fromEntries(checks.flatMap((check) => {
      const requirement = fixedRequirementOf(check);
      return requirement ? [[check.id, requirement]] : [];
    })),
    slas: slas.filter((window) => !window.unmeasured).map((window) => window.id),
    cannotFail: slas.flatMap((window) => (window.unmeasured ? [{ id: `SLA ${window.id}`, why: window.unmeasured }] : [])),
    requirements: [...loadRequirementCatalogue().keys()],
    steps: loadProcessTables()
      .tables.flatMap((table) => table.rows)
      .filter(participantSends)
      .map((row) => ({ ref: row.ref, tag: row.tag })),
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
    steps: (ids.steps ?? []).filter((step) => !faults.some((fault) => fault.tags.includes(step.tag))).map((step) => step.ref),
    cannotFail: ids.cannotFail ?? [],
  };
}
