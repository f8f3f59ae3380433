// Checks on a message the participant sends in answer to one the suite pushed: it is
// addressed to the party that asked (A0 primary recipient), and it carries the trigger's
// correlation ID when the trigger had one.
import type { PushOutcome } from '../../mocks/dip/publication-push.ts';
import { RESPONSE_CHECKS } from '../findings/check-registry.ts';
import { type Finding, findingOf } from '../rules/rule.ts';
import { readField } from '../spec/payload-fields.ts';

export function checkResponseToTrigger(trigger: PushOutcome, response: Record<string, unknown>, pointer: string): Finding[] {
  const findings: Finding[] = [];
  const triggerPayload = trigger.body[0]?.payload;
  const requester = readField(triggerPayload, 'CommonBlock', 'S1', 'senderDIPID');
  const recipients = readField(response, 'CommonBlock', 'A0', 'primaryRecipients');
  if (typeof requester === 'string' && !(Array.isArray(recipients) && recipients.includes(requester))) {
    findings.push(findingOf(RESPONSE_CHECKS.addressedToRequester, `${pointer}/CommonBlock/A0/primaryRecipients`, `primaryRecipients ${JSON.stringify(recipients ?? null)} should name ${requester}, the sender of the message it answers`));
  }
  const correlation = readField(triggerPayload, 'CommonBlock', 'S1', 'senderCorrelationID') ?? readField(triggerPayload, 'CommonBlock', 'D0', 'initialCorrelationID');
  const echoed = readField(response, 'CommonBlock', 'S1', 'senderCorrelationID');
  if (typeof correlation === 'string' && echoed !== correlation) {
    findings.push(findingOf(RESPONSE_CHECKS.correlatedToTrigger, `${pointer}/CommonBlock/S1/senderCorrelationID`, `senderCorrelationID ${JSON.stringify(echoed ?? null)} differs from the trigger's correlation ID '${correlation}'`));
  }
  return findings;
}
