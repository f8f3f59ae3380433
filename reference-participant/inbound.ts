// A received message as the participant's logic reads it. The webhook has already checked it
// against the schema, so the shapes are known; this only gives the fields names.
import { pick } from './own/pick.ts';

export interface MeteringPoint {
  readonly MPANCore: string;
  readonly distributorDIPID: string;
  readonly GSPGroupID: string;
}

export interface Inbound {
  readonly payload: Record<string, unknown>;
  readonly interfaceID: string;
  readonly eventCode: string;
  readonly transactionID: string;
  readonly senderDIPID: string;
  readonly senderRoleID: string;
  readonly senderUniqueReference: string;
  /** The correlation a reply carries on: the sender's own, else the DIP's initial one. */
  readonly correlationID: string | null;
  readonly m0: MeteringPoint | undefined;
  readonly custom: Record<string, unknown>;
  /** DIP IDs of ours the message is for, the answering one first. */
  readonly addressedTo: readonly string[];
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export function readInbound(payload: Record<string, unknown>, transactionID: string, addressedTo: readonly string[]): Inbound {
  const s1 = pick(payload, 'CommonBlock', 'S1');
  const m0 = pick(payload, 'CommonBlock', 'M0') as MeteringPoint | undefined;
  return {
    payload,
    interfaceID: text(pick(payload, 'CommonBlock', 'S0', 'interfaceID')) ?? '',
    eventCode: text(pick(payload, 'CommonBlock', 'S0', 'eventCode')) ?? '',
    transactionID,
    senderDIPID: text(pick(s1, 'senderDIPID')) ?? '',
    senderRoleID: text(pick(s1, 'senderRoleID')) ?? '',
    senderUniqueReference: text(pick(s1, 'senderUniqueReference')) ?? '',
    correlationID: correlationOf(payload),
    m0: m0 && typeof m0 === 'object' ? m0 : undefined,
    custom: (pick(payload, 'CustomBlock') as Record<string, unknown> | undefined) ?? {},
    addressedTo,
  };
}

/** S1.senderCorrelationID when the sender set one, else D0.initialCorrelationID, else null. */
export function correlationOf(payload: unknown): string | null {
  return (
    text(pick(payload, 'CommonBlock', 'S1', 'senderCorrelationID')) ?? text(pick(payload, 'CommonBlock', 'D0', 'initialCorrelationID')) ?? null
  );
}

export function block(inbound: Inbound, name: string): Record<string, unknown> | undefined {
  const value = inbound.custom[name];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
