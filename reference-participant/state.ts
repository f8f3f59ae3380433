// The participant's working memory, rebuilt at start by replaying the journal through
// `applyRecord`, and kept current by applying each record as it is written. Nothing here is
// stored any other way: if it is not in the journal, it did not happen.
import type { DeliveryResult, JournalRecord, MpanEffect, OutboxEntry, Party, ReceivedMessage } from './records.ts';
import { applySettlementFact, emptySettlementHeld, type SettlementHeld } from './settlement-held.ts';

export interface MpanHistoryItem {
  readonly event: string;
  readonly at: number;
  readonly transactionID: string | undefined;
}

/** What one party knows of an MPAN: merged fields plus the events that set them. */
export interface MpanRecord {
  readonly mpan: string;
  fields: Record<string, unknown>;
  history: MpanHistoryItem[];
}

export interface OutboxItem {
  readonly entry: OutboxEntry;
  status: 'pending' | DeliveryResult;
  attempts: number;
  nextAttemptAt: number;
  lastHttpStatus: number | undefined;
  lastResponse: unknown;
}

export interface PendingMessage {
  readonly message: ReceivedMessage;
  readonly payload: Record<string, unknown>;
  readonly receivedAt: number;
}

export interface ParticipantState {
  /** Every transactionID accepted at the webhook, processed or not. */
  readonly accepted: Set<string>;
  /** Accepted and not yet processed, in arrival order: processed again after a restart. */
  readonly pending: Map<string, PendingMessage>;
  readonly processed: Set<string>;
  readonly mpans: Record<Party, Map<string, MpanRecord>>;
  /** Every outgoing message and status message, in creation order. */
  readonly outbox: Map<string, OutboxItem>;
  /** Highest sender-unique-reference sequence issued: references never repeat, even after a restart. */
  lastSequence: number;
  /** The last reference each sender used per interface (only the reused-sur fault reads it). */
  readonly lastReferenceBySender: Map<string, string>;
  /** The Data Service's appointments, load shapes, reads and settlement data sent (settlement-held.ts). */
  readonly settlement: SettlementHeld;
}

export function emptyState(): ParticipantState {
  return {
    accepted: new Set(),
    pending: new Map(),
    processed: new Set(),
    mpans: { supplier: new Map(), meteringService: new Map(), dataService: new Map() },
    outbox: new Map(),
    lastSequence: 0,
    lastReferenceBySender: new Map(),
    settlement: emptySettlementHeld(),
  };
}

export function applyEffect(state: ParticipantState, effect: MpanEffect, at: number, transactionID: string | undefined): void {
  const records = state.mpans[effect.party];
  let record = records.get(effect.mpan);
  if (!record) {
    record = { mpan: effect.mpan, fields: {}, history: [] };
    records.set(effect.mpan, record);
  }
  Object.assign(record.fields, effect.set);
  record.history.push({ event: effect.event, at, transactionID });
}

function addOutboxEntry(state: ParticipantState, entry: OutboxEntry): void {
  if (state.outbox.has(entry.id)) return;
  state.outbox.set(entry.id, { entry, status: 'pending', attempts: 0, nextAttemptAt: entry.notBefore ?? entry.createdAt, lastHttpStatus: undefined, lastResponse: undefined });
  if (entry.sequence !== undefined) state.lastSequence = Math.max(state.lastSequence, entry.sequence);
  if (entry.senderKey && entry.senderUniqueReference) state.lastReferenceBySender.set(entry.senderKey, entry.senderUniqueReference);
}

export function applyRecord(state: ParticipantState, record: JournalRecord): void {
  switch (record.type) {
    case 'received':
      if (record.outcome !== 'accepted') return;
      for (const message of record.messages) {
        if (message.duplicate || state.accepted.has(message.transactionID)) continue;
        state.accepted.add(message.transactionID);
        const payload = (record.body as { payload: Record<string, unknown> }[])[message.index]!.payload;
        state.pending.set(message.transactionID, { message, payload, receivedAt: record.at });
      }
      return;
    case 'processed':
      state.pending.delete(record.transactionID);
      state.processed.add(record.transactionID);
      for (const effect of record.effects) applyEffect(state, effect, record.at, record.transactionID);
      for (const fact of record.settlement ?? []) applySettlementFact(state.settlement, fact);
      for (const entry of record.outbox) addOutboxEntry(state, entry);
      return;
    case 'trigger':
      for (const effect of record.effects) applyEffect(state, effect, record.at, undefined);
      for (const fact of record.settlement ?? []) applySettlementFact(state.settlement, fact);
      for (const entry of record.outbox ?? []) addOutboxEntry(state, entry);
      return;
    case 'delivery': {
      const item = state.outbox.get(record.id);
      if (!item) return;
      item.attempts = Math.max(item.attempts, record.attempt);
      item.status = record.result === 'retry' ? 'pending' : record.result;
      item.lastHttpStatus = record.httpStatus;
      item.lastResponse = record.response;
      if (record.nextAttemptAt !== undefined) item.nextAttemptAt = record.nextAttemptAt;
      return;
    }
  }
}

export function replay(records: readonly JournalRecord[]): ParticipantState {
  const state = emptyState();
  for (const record of records) applyRecord(state, record);
  return state;
}
