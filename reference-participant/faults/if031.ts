// The faults that spoil the Supplier's IF-031 on the wire, each in one way a rule of the suite
// or a check of the DIP exists to find: its header, the channel it goes on, the request it goes
// in. IF-031 because every Supplier scenario waits for it. They work on the entry as built, so
// the business code never sees them.
import { formatGbTimestamp } from '../../src/time/gb-time.ts';
import type { FaultSwitches } from '../faults.ts';
import type { EntryFields } from './outgoing.ts';

const FOREIGN_DIP_ID = '9999999999';

type Payload = { CommonBlock: Record<string, Record<string, unknown>>; CustomBlock?: Record<string, unknown> };

/** The CommonBlock with D0 placed where a DIP delivery carries it: after S1. */
function withD0(common: Record<string, Record<string, unknown>>, d0: Record<string, unknown>): Record<string, Record<string, unknown>> {
  const blocks: Record<string, Record<string, unknown>> = {};
  for (const [name, block] of Object.entries(common)) {
    blocks[name] = block;
    if (name === 'S1') blocks.D0 = d0;
  }
  return blocks;
}

/** The header as sent: spoilt by the switches that are on. `payload` is the entry's own copy. */
function spoilHeader(faults: FaultSwitches, fields: EntryFields, payload: Payload, triggeredBy: string, now: number): EntryFields {
  const { S0, S1, A0 } = payload.CommonBlock as { S0: Record<string, unknown>; S1: Record<string, unknown>; A0: { primaryRecipients: string[] } };
  let reference = String(S1.senderUniqueReference);
  let senderDipId = String(S1.senderDIPID);
  let path = fields.path;
  const recipient = A0.primaryRecipients[0]!;
  // The sender of the IF-002 it answers, copied into S1 and the reference: a registered DIP ID,
  // but not the one of the key the Supplier sends with.
  if (faults.has('trigger-sender-as-own')) {
    reference = reference.replace(`-${senderDipId}-`, `-${recipient}-`);
    senderDipId = recipient;
  }
  if (faults.has('foreign-sur')) reference = reference.replace(`-${senderDipId}-`, `-${FOREIGN_DIP_ID}-`);
  // Month 13: still eight digits, so only the calendar check can tell.
  if (faults.has('sur-date-not-real')) reference = reference.replace(/-(\d{4})\d{2}(\d{2})-([a-zA-Z0-9]+)$/, (_, year: string, day: string, sequence: string) => `-${year}13${day}-${sequence}`);
  if (faults.has('wrong-timestamp-offset')) {
    const timestamp = String(S1.senderTimestamp);
    S1.senderTimestamp = timestamp.endsWith('+00:00') ? `${timestamp.slice(0, 19)}+01:00` : `${timestamp.slice(0, 19)}+00:00`;
  }
  if (faults.has('wrong-sender-role')) S1.senderRoleID = 'LDSO';
  if (faults.has('wrong-channel')) path = '/dip-channel/IF-032';
  if (faults.has('misaddressed-if031')) A0.primaryRecipients = [FOREIGN_DIP_ID];
  // [MSApp] → [MSAppointment]: a name no variant of the DIP API has.
  if (faults.has('unknown-event-code')) S0.eventCode = String(S0.eventCode).replace(/App\]$/, 'Appointment]');
  S1.senderUniqueReference = reference;
  S1.senderDIPID = senderDipId;
  if (faults.has('d0-in-submission')) {
    payload.CommonBlock = withD0(payload.CommonBlock, { transactionID: triggeredBy, transactionTimestamp: formatGbTimestamp(now), publicationID: 'PUB-031', initialCorrelationID: null, replayIndicator: false, serviceTicketURL: null });
  }
  return { ...fields, path, senderUniqueReference: reference };
}

/** The request an IF-031 goes in: one array of one message, or spoilt by the batch switches. */
function spoilBatch(faults: FaultSwitches, message: { payload: Payload }): unknown {
  if (faults.has('unwrapped-submission')) return message;
  if (faults.has('duplicate-in-batch')) return [message, message];
  // An outbox that adds a message again on each attempt without a limit: one past the DIP's 100.
  if (faults.has('oversized-batch')) return Array.from({ length: 101 }, () => message);
  return [message];
}

/**
 * An IF-031 entry as sent: its header, its request and its padding spoilt by the switches that
 * are on (padded-request: the whole 10 MiB write buffer after the JSON, past the DIP emulator's
 * limit). `payload` is the entry's own copy, free to change.
 */
export function spoilIf031(faults: FaultSwitches, fields: EntryFields, payload: Payload, triggeredBy: string, now: number): EntryFields {
  const spoilt = spoilHeader(faults, fields, payload, triggeredBy, now);
  return {
    ...spoilt,
    body: spoilBatch(faults, { payload }),
    ...(faults.has('padded-request') ? { paddingBytes: 10 * 1024 * 1024 } : {}),
  };
}
