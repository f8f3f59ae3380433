// Coverage the other way round: the checks no fault was shown to make fail. A rule, an SLA, a
// requirement or a process step the participant sends on this list has never turned a scenario
// red in the selftest, so a green verdict on it proves less than one that has. The target is an
// empty list.
import { DIP_CHECKS } from '../../mocks/dip/dip-checks.ts';
import { addressedToRequesterCheck, correlatedToTriggerCheck } from '../checks/response-to-trigger.ts';
import { loadSlaTable } from '../clock/sla-windows.ts';
import { loadProcessTables, type ProcessRow } from '../processes/process-tables.ts';
import { loadRequirementCatalogue } from '../requirements/requirement-catalogue.ts';
import { RULES } from '../rules/index.ts';
import { SCHEMA_RULE } from '../validation/schema-findings.ts';
import { ENVELOPE_CHECK, VARIANT_CHECK } from '../validation/validate-body.ts';
import type { FaultOutcome } from './kill-matrix.ts';

export interface CheckIds {
  /** Each named check's id, which its findings name: the rules of src/rules, the schema, the DIP's own checks. */
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

const PARTICIPANT_SENDERS = new Set(['SUP', 'MS', 'MSS', 'MSA']);

/** A row whose first named sender is a role the suite qualifies ("SUP", "losing MS", "MS/DS ↔ REGS"), over the DIP, due a scenario. */
export function participantSends(row: ProcessRow): boolean {
  const sender = row.from.match(/\b[A-Z]{2,4}\b/)?.[0];
  return sender !== undefined && PARTICIPANT_SENDERS.has(sender) && row.interfaces.length > 0 && row.scenarioDue;
}

/**
 * Every check whose findings can fail a scenario by name: the message rules, the schema and the
 * envelope around it, the DIP's own checks on a submission, and the checks on a response to a
 * message the suite pushed. (Process checks — PROCESS-CONTENT, SLA and the like — are judged
 * through the requirements and SLAs their scenarios carry.)
 */
export function bundledCheckIds(): CheckIds {
  const checks = [
    ...RULES,
    { id: SCHEMA_RULE.id, requirement: SCHEMA_RULE.requirement },
    ...[ENVELOPE_CHECK, VARIANT_CHECK].map((check) => ({ id: check.rule, requirement: check.requirement })),
    ...Object.values(DIP_CHECKS),
    addressedToRequesterCheck,
    correlatedToTriggerCheck,
  ];
  const slas = loadSlaTable().windows;
  return {
    rules: checks.map((check) => check.id),
    ruleRequirements: Object.fromEntries(checks.map((check) => [check.id, check.requirement])),
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
