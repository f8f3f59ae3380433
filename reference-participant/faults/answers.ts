// The faults of the webhook's answers: each decorates either the checks a delivery is judged
// with (one it wrongly refuses, one it wrongly lets through) or the answer a judged delivery
// gets. The judging code itself (webhook-intake.ts) knows of none of them.
import type { FaultSwitches } from '../faults.ts';
import type { ReceivedRecord } from '../records.ts';
import type { StandardResponse } from '../standard-response.ts';
import type { DeliveryChecks } from '../webhook-intake.ts';
import { pick } from '../own/pick.ts';

const refusal = (pointer: string, message: string) => ({ rule: 'UNIMPLEMENTED', severity: 'fail' as const, pointer, message, requirement: 'REQ-DIP-WEBHOOK-RESPONSE' });

/**
 * refuses-reports, refuses-reverse-migration, refuses-consumption-replay: an interface it has not implemented is refused
 * (400). ignores-schema-version: a schema version it does not take is not named as such.
 * accepts-broken-publications: what breaks the schema is taken (its findings still recorded).
 */
export function spoiltDeliveryChecks(faults: FaultSwitches, checks: DeliveryChecks): DeliveryChecks {
  const refusesReports = faults.has('refuses-reports');
  const refusesReverseMigration = faults.has('refuses-reverse-migration');
  const refusesReplay = faults.has('refuses-consumption-replay');
  return {
    messages: checks.messages,
    failureOf: faults.has('accepts-broken-publications') ? () => undefined : checks.failureOf,
    schemaVersion: faults.has('ignores-schema-version') ? () => undefined : checks.schemaVersion,
    refusal: (item, index) => {
      const interfaceID = String(pick(item, 'payload', 'CommonBlock', 'S0', 'interfaceID'));
      const pointer = `/${index}/payload/CommonBlock/S0/interfaceID`;
      if (refusesReports && interfaceID.startsWith('REP-')) return refusal(pointer, 'settlement reports are not processed here');
      if (refusesReverseMigration && interfaceID === 'IF-003') return refusal(pointer, 'reverse migration (IF-003) is not processed here');
      if (refusesReplay && interfaceID === 'IF-016') return refusal(pointer, 'consumption replay (IF-016) is not processed here');
      return checks.refusal(item, index);
    },
  };
}

/** The wrong-d0-echo fault: the same length, one character different. */
function misEcho(transactionID: string | null): string | null {
  if (transactionID === null) return null;
  const last = transactionID.slice(-1);
  return transactionID.slice(0, -1) + (last === '0' ? '1' : '0');
}

/**
 * The answer to a delivery it accepted (201). missing-standard-response: an empty body.
 * wrong-d0-echo: each StandardResponse names a transactionID one character off the D0 it answers.
 */
export function spoiltWebhookAnswers(faults: FaultSwitches): (record: ReceivedRecord) => ReceivedRecord {
  const missing = faults.has('missing-standard-response');
  const wrongEcho = faults.has('wrong-d0-echo');
  if (!missing && !wrongEcho) return (record) => record;
  return (record) => {
    if (record.endpoint !== '/webhook' || record.outcome !== 'accepted') return record;
    if (missing) return { ...record, answer: { ...record.answer, body: null } };
    const body = record.answer.body as StandardResponse;
    return { ...record, answer: { ...record.answer, body: { ...body, messageArray: body.messageArray.map((entry) => ({ ...entry, transactionID: misEcho(entry.transactionID) })) } } };
  };
}
