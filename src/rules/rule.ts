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

export function findingOf(rule: RuleIdentity, pointer: string, message: string): Finding {
  return { rule: rule.id, severity: rule.severity, pointer, message, requirement: rule.requirement };
}

/** Reads a nested value without trusting the shape. */
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
