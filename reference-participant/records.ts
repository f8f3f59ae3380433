// What the journal holds: one JSON object per line, each a fact the participant must not
// forget across a restart. State is rebuilt by replaying these records (state.ts), so every
// decision is written down before anything outside the process can see its consequences.
import type { Finding } from './own/message-checks.ts';
import type { SettlementFact } from './settlement-held.ts';

/** Which of the participant's businesses a record concerns. */
export type Party = 'supplier' | 'meteringService' | 'dataService';

export interface HttpAnswer {
  readonly status: number;
  /** null when the answer had no body. */
  readonly body: unknown;
  /** An HTML page instead of a JSON body (the back office). */
  readonly html?: string;
}

/** One message of a webhook delivery that passed validation. */
export interface ReceivedMessage {
  readonly index: number;
  readonly transactionID: string;
  readonly interfaceID: string;
  readonly eventCode: string;
  readonly mpan: string | undefined;
  readonly senderDIPID: string | undefined;
  /** DIP IDs of ours the message is for, first the one that answers. */
  readonly addressedTo: readonly string[];
  /** Already accepted before (DIP retry or replay): answered 201 again, not processed again. */
  readonly duplicate: boolean;
  /** Already accepted before, yet taken for new by a fault (processes-repeats, late-repeat-action) and processed again. */
  readonly actedOnAgain?: boolean;
}

/** A webhook delivery (DIP egress) or a status message, written before it is answered. */
export interface ReceivedRecord {
  readonly type: 'received';
  readonly at: number;
  readonly endpoint: '/webhook' | '/statusmessage';
  readonly outcome: 'accepted' | 'rejected';
  /** The parsed body (each message's payload is read from here), or the raw text when it was not JSON. */
  readonly body: unknown;
  readonly messages: readonly ReceivedMessage[];
  readonly findings: readonly Finding[];
  readonly answer: HttpAnswer;
}

/** A change to what one party knows about an MPAN; fields are merged over what was there. */
export interface MpanEffect {
  readonly party: Party;
  readonly mpan: string;
  readonly event: string;
  readonly set: Readonly<Record<string, unknown>>;
}

export interface OutboxEntry {
  /** `<triggering transactionID>/<n>`: unique because a transaction is processed once. */
  readonly id: string;
  readonly path: string;
  readonly kind: 'message' | 'status';
  readonly interfaceID: string | undefined;
  readonly eventCode: string | undefined;
  readonly senderUniqueReference: string | undefined;
  /** The SUR sequence number consumed, so a restart never issues it again. */
  readonly sequence: number | undefined;
  readonly senderKey: string | undefined;
  /** Our DIP ID that sends it: picks the API key. */
  readonly senderDIPID: string;
  readonly triggeredBy: string;
  readonly body: unknown;
  readonly createdAt: number;
  /** Blanks sent after the JSON body (only the padded-request fault sets it). */
  readonly paddingBytes?: number;
  /** Not sent before this instant (only the late-status-messages fault holds an entry back). */
  readonly notBefore?: number;
}

/** A received message acted on: its effects and the messages it causes, in one line. */
export interface ProcessedRecord {
  readonly type: 'processed';
  readonly at: number;
  readonly transactionID: string;
  readonly interfaceID: string;
  readonly eventCode: string;
  readonly notes: readonly string[];
  readonly effects: readonly MpanEffect[];
  readonly outbox: readonly OutboxEntry[];
  /** What the Data Service now holds for settlement (settlement-held.ts); absent: nothing. */
  readonly settlement?: readonly SettlementFact[];
  /** Set when processing threw: the transaction is not retried, the bug is on record. */
  readonly error?: string;
}

export type DeliveryResult = 'acknowledged' | 'rejected' | 'retry';

/** One attempt to post an outbox entry to the DIP, and what came of it. */
export interface DeliveryRecord {
  readonly type: 'delivery';
  readonly at: number;
  readonly id: string;
  readonly attempt: number;
  readonly result: DeliveryResult;
  readonly httpStatus: number | undefined;
  readonly response: unknown;
  readonly error: string | undefined;
  readonly nextAttemptAt: number | undefined;
}

/**
 * The suite asking the participant to start something on its own side (a test hook), e.g. the
 * Supplier raising a registration with CSS. Its effects are what the participant now knows.
 */
export interface TriggerRecord {
  readonly type: 'trigger';
  readonly at: number;
  readonly name: string;
  readonly payload: unknown;
  readonly effects: readonly MpanEffect[];
  /** Messages the trigger causes (site works reported to the Registration Service). */
  readonly outbox?: readonly OutboxEntry[];
  /** What the Data Service now holds for settlement (the reads the settlement-data hook gave). */
  readonly settlement?: readonly SettlementFact[];
  /** What the trigger made of the request, for the log. */
  readonly notes?: readonly string[];
}

export type JournalRecord = ReceivedRecord | ProcessedRecord | DeliveryRecord | TriggerRecord;
