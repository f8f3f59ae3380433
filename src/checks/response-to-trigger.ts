// Checks on a message the participant sends in answer to one the suite pushed: it is
// addressed to the party that asked (A0 primary recipient), and it carries the trigger's
// correlation ID when the trigger had one.
import type { PushOutcome } from '../../mocks/dip/publication-push.ts';
import { type Finding, findingOf, pick, type RuleIdentity } from '../rules/rule.ts';

export const addressedToRequesterCheck: RuleIdentity = {
  id: 'ADDRESSED-TO-REQUESTER',
  title: 'A response is addressed to the party whose message it answers',
  severity: 'fail',
  requirement: 'REQ-DIP-ADDRESSING',
  source: 'DIP API A0 primaryRecipients; MSG1031 Primary Recipient ID invalid',
};

export const correlatedToTriggerCheck: RuleIdentity = {
  id: 'CORRELATED-TO-TRIGGER',
  title: 'A response carries the correlation ID of the message it answers',
  // The DIP spec defines senderCorrelationID and D0.initialCorrelationID but states no echo rule: a warning.
  severity: 'warn',
  requirement: 'REQ-DIP-CORRELATION',
  source: 'DIP API S1.senderCorrelationID, D0.initialCorrelationID (echo inferred, not stated)',
};

export function checkResponseToTrigger(trigger: PushOutcome, response: Record<string, unknown>, pointer: string): Finding[] {
  const findings: Finding[] = [];
  const triggerPayload = trigger.body[0]?.payload;
  const requester = pick(triggerPayload, 'CommonBlock', 'S1', 'senderDIPID');
  const recipients = pick(response, 'CommonBlock', 'A0', 'primaryRecipients');
  if (typeof requester === 'string' && !(Array.isArray(recipients) && recipients.includes(requester))) {
    findings.push(findingOf(addressedToRequesterCheck, `${pointer}/CommonBlock/A0/primaryRecipients`, `primaryRecipients ${JSON.stringify(recipients ?? null)} should name ${requester}, the sender of the message it answers`));
  }
  const correlation = pick(triggerPayload, 'CommonBlock', 'S1', 'senderCorrelationID') ?? pick(triggerPayload, 'CommonBlock', 'D0', 'initialCorrelationID');
  const echoed = pick(response, 'CommonBlock', 'S1', 'senderCorrelationID');
  if (typeof correlation === 'string' && echoed !== correlation) {
    findings.push(findingOf(correlatedToTriggerCheck, `${pointer}/CommonBlock/S1/senderCorrelationID`, `senderCorrelationID ${JSON.stringify(echoed ?? null)} differs from the trigger's correlation ID '${correlation}'`));
  }
  return findings;
}
