// Every rule the suite applies to a DIP message, in the order findings are reported.
import { efdLocalMidnightRule, efdNotInPastRule, efdWithin28DaysRule } from './appointment-effective-from.ts';
import { channelMatchesInterfaceRule } from './channel-matches-interface.ts';
import { gbTimestampRule } from './gb-timestamp.ts';
import { ingressNoD0Rule } from './ingress-no-d0.ts';
import { mpanCheckDigitRule } from './mpan-check-digit.ts';
import type { Rule } from './rule.ts';
import { senderRoleAllowedRule } from './sender-role-allowed.ts';
import { surGrammarRule, surMatchesSenderRule, surUniqueInBatchRule } from './sender-unique-reference.ts';

export const RULES: readonly Rule[] = [
  channelMatchesInterfaceRule,
  senderRoleAllowedRule,
  ingressNoD0Rule,
  surGrammarRule,
  surMatchesSenderRule,
  surUniqueInBatchRule,
  gbTimestampRule,
  mpanCheckDigitRule,
  efdLocalMidnightRule,
  efdNotInPastRule,
  efdWithin28DaysRule,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
