// What a rule is: a small named check the schema cannot express, with an ID, a severity and
// the requirement it serves. Rules read a message through MessageUnderCheck and return
// findings; they never throw on malformed input (the schema reports shapes, rules meanings).
import type { RoleInterfaceTable } from './role-interface-table.ts';

export type Severity = 'fail' | 'warn';

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  /** JSON pointer from the root of the file or HTTP body. */
  readonly pointer: string;
  readonly message: string;
  readonly requirement: string;
}

export interface RuleIdentity {
  readonly id: string;
  readonly title: string;
  readonly severity: Severity;
  /** Requirement ID this rule evidences. */
  readonly requirement: string;
  /** Where the requirement comes from, for people reading the catalogue. */
  readonly source: string;
}

/**
 * A check whose findings cite a requirement decided per finding (an SLA's own REQ-SLA-<id>, the
 * requirement of the scenario judging it), where one fixed ID would be wrong for some of them.
 */
export interface CaseCheck extends Omit<RuleIdentity, 'requirement'> {
  readonly requirement: {
    /** What decides a finding's requirement, for people reading the registry. */
    readonly decidedBy: string;
    /** The requirement of a finding that names no case; none when every finding must. */
    readonly usual?: string;
    /** The requirement of a finding about `about` (an SLA's id, a requirement ID). */
    readonly of: (about: string) => string;
  };
}

export type Direction = 'ingress' | 'egress';

export interface RuleContext {
  /** Market time the message is judged at (from the market clock, `--now` or the message itself). */
  readonly now: number | undefined;
  /** ingress: participant → DIP; egress: DIP → participant. */
  readonly direction: Direction;
  /** The `/dip-channel/{IF}` the body arrived on, when known. */
  readonly channel: string | undefined;
  readonly roles: RoleInterfaceTable;
}

/** One string leaf of a message, found once per message and shared by all rules. */
export interface Field {
  readonly pointer: string;
  /** The property name holding it; for an array item, the array's name. */
  readonly key: string;
  readonly value: string;
}

export interface MessageUnderCheck {
  readonly index: number;
  /** Pointer of the payload from the body root, e.g. `/0/payload`. */
  readonly pointer: string;
  readonly payload: Record<string, unknown>;
  readonly interfaceID: string | undefined;
  readonly eventCode: string | undefined;
  readonly fields: readonly Field[] & { readonly beyondBmp: boolean };
}

export interface MessageRule extends RuleIdentity {
  readonly scope: 'message';
  check(message: MessageUnderCheck, context: RuleContext): Finding[];
}

export interface BatchRule extends RuleIdentity {
  readonly scope: 'batch';
  check(messages: readonly MessageUnderCheck[], context: RuleContext): Finding[];
}

export type Rule = MessageRule | BatchRule;

/** A finding of a check, from its entry: the check's ID, severity and requirement are never retyped. */
export function findingOf(rule: RuleIdentity, pointer: string, message: string): Finding;
/** A finding of a check whose requirement is decided per finding: `about` decides it (or the check's usual one). */
export function findingOf(check: CaseCheck, pointer: string, message: string, about?: string): Finding;
export function findingOf(check: RuleIdentity | CaseCheck, pointer: string, message: string, about?: string): Finding {
  return { rule: check.id, severity: check.severity, pointer, message, requirement: requirementOf(check, about) };
}

function requirementOf(check: RuleIdentity | CaseCheck, about: string | undefined): string {
  if (typeof check.requirement === 'string') return check.requirement;
  if (about !== undefined) return check.requirement.of(about);
  if (check.requirement.usual !== undefined) return check.requirement.usual;
  throw new Error(`${check.id} findings must say what decides their requirement (${check.requirement.decidedBy})`);
}

/** Reads a nested value without trusting the shape; a payload's fields are read with readField (src/spec/payload-fields.ts), whose paths tsc checks. */
export function pick(value: unknown, ...path: string[]): unknown {
  let node = value;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

export function escapePointer(key: string): string {
  // Almost no key needs escaping; skip the two regex passes for those (this runs per field).
  if (!key.includes('~') && !key.includes('/')) return key;
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
