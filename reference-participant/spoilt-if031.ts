// The fault switches that spoil the Supplier's IF-031, each in one way a rule of src/rules or a
// check of the DIP exists to find: its header, the channel it goes on, the request it goes in,
// the key it carries, or the Effective From Date a gain proposes.
// IF-031 because every Supplier scenario waits for it; off, each function gives back what it got.
import { formatGbTimestamp } from '../src/time/gb-time.ts';
import { gbDateAfter, gbLocalMidnight } from '../src/builders/identifiers.ts';
import type { FaultSwitches } from './faults.ts';

const FOREIGN_DIP_ID = '9999999999';

export interface If031Header {
  readonly reference: string;
  readonly timestamp: string;
  readonly roleID: string;
  readonly path: string;
  /** A DIP block of the participant's own making, or undefined. */
  readonly d0: Record<string, unknown> | undefined;
  readonly senderDipId: string;
  /** A0's primary recipient: the party whose message this answers. */
  readonly recipient: string;
  readonly eventCode: string;
}

/** The header as sent: spoilt by the switches that are on, for an IF-031 only. */
export function spoiltHeader(interfaceID: string, faults: FaultSwitches, header: If031Header, triggeredBy: string, now: number): If031Header {
  if (interfaceID !== 'IF-031') return header;
  let { reference, timestamp, roleID, path, d0, senderDipId, recipient, eventCode } = header;
  // The sender of the IF-002 it answers, copied into S1 and the reference: a registered DIP ID,
  // but not the one of the key the Supplier sends with.
  if (faults.has('trigger-sender-as-own')) {
    reference = reference.replace(`-${senderDipId}-`, `-${recipient}-`);
    senderDipId = recipient;
  }
  if (faults.has('foreign-sur')) reference = reference.replace(`-${senderDipId}-`, `-${FOREIGN_DIP_ID}-`);
  // Month 13: still eight digits, so only the calendar check can tell.
  if (faults.has('sur-date-not-real')) reference = reference.replace(/-(\d{4})\d{2}(\d{2})-([a-zA-Z0-9]+)$/, (_, year: string, day: string, sequence: string) => `-${year}13${day}-${sequence}`);
  if (faults.has('wrong-timestamp-offset')) timestamp = timestamp.endsWith('+00:00') ? `${timestamp.slice(0, 19)}+01:00` : `${timestamp.slice(0, 19)}+00:00`;
  if (faults.has('wrong-sender-role')) roleID = 'LDSO';
  if (faults.has('wrong-channel')) path = '/dip-channel/IF-032';
  if (faults.has('misaddressed-if031')) recipient = FOREIGN_DIP_ID;
  // [MSApp] → [MSAppointment]: a name no variant of the DIP API has.
  if (faults.has('unknown-event-code')) eventCode = eventCode.replace(/App\]$/, 'Appointment]');
  if (faults.has('d0-in-submission')) {
    d0 = { transactionID: triggeredBy, transactionTimestamp: formatGbTimestamp(now), publicationID: 'PUB-031', initialCorrelationID: null, replayIndicator: false, serviceTicketURL: null };
  }
  return { reference, timestamp, roleID, path, d0, senderDipId, recipient, eventCode };
}

/** The request an IF-031 goes in: one array of one message, or spoilt by the batch switches. */
export function spoiltBody(interfaceID: string, faults: FaultSwitches, message: { payload: Record<string, unknown> }): unknown {
  if (interfaceID !== 'IF-031') return [message];
  if (faults.has('unwrapped-submission')) return message;
  if (faults.has('duplicate-in-batch')) return [message, message];
  // An outbox that adds a message again on each attempt without a limit: one past the DIP's 100.
  if (faults.has('oversized-batch')) return Array.from({ length: 101 }, () => message);
  return [message];
}

/** Blanks after an IF-031's JSON: none, or its whole write buffer's worth, past the DIP emulator's 10 MiB. */
export function spoiltPadding(interfaceID: string, faults: FaultSwitches): number | undefined {
  return interfaceID === 'IF-031' && faults.has('padded-request') ? 10 * 1024 * 1024 : undefined;
}

/** The X-API-Key an IF-031 goes with: the sender's own, or one the DIP never issued. */
export function spoiltApiKey(interfaceID: string | undefined, faults: FaultSwitches, key: string | undefined): string | undefined {
  return interfaceID === 'IF-031' && faults.has('unknown-api-key') ? 'test-environment-key-not-issued-by-this-dip' : key;
}

/** The Effective From Date a gain's IF-031 proposes, spoilt by the EFD switches that are on. */
export function spoiltEffectiveFrom(effectiveFrom: string, faults: FaultSwitches, now: number): string {
  if (faults.has('efd-in-past')) return gbLocalMidnight(gbDateAfter(now, -1));
  if (faults.has('efd-beyond-28-days')) return gbLocalMidnight(gbDateAfter(now, 40));
  if (faults.has('efd-not-midnight')) return `${effectiveFrom.slice(0, 11)}09:00:00${effectiveFrom.slice(19)}`;
  return effectiveFrom;
}
