// What a role handler (Supplier, Metering Service, Data Service) is given and what it answers.
// Handlers are plain functions of the message and the state: they queue outgoing messages on
// the builder and describe state changes as effects; the processor journals both in one record.
import type { ReferenceParticipantConfig } from './config.ts';
import type { BusinessPolicy } from './faults/policy.ts';
import type { OwnIdentity } from './identities.ts';
import type { OutboxBuilder } from './outgoing.ts';
import type { MpanEffect } from './records.ts';
import type { ResponseTexts } from './response-codes.ts';
import type { SettlementFact } from './settlement-held.ts';
import type { ParticipantState } from './state.ts';

export interface RoleContext {
  readonly config: ReferenceParticipantConfig;
  /** The faults that are business decisions (faults/policy.ts); the rest never reach a role. */
  readonly policy: BusinessPolicy;
  readonly texts: ResponseTexts;
  readonly state: ParticipantState;
  readonly outbox: OutboxBuilder;
  readonly now: number;
  /** Our identity the message was addressed to, which also sends any reply. */
  readonly identity: OwnIdentity;
}

export type RoleOutcome =
  | { readonly kind: 'handled'; readonly effects: MpanEffect[]; readonly notes: string[]; readonly settlement?: SettlementFact[] }
  /** The process needs an MPAN this role has no business with: RCP1061 goes back. */
  | { readonly kind: 'unknown-mpan'; readonly mpan: string }
  /**
   * The role knows the MPAN, but where its process stands the publication cannot be meant for
   * it (an outcome of a request it never made, an appointment it declined): RCP1062 goes back
   * and the publication changes nothing.
   */
  | { readonly kind: 'unexpected'; readonly mpan: string; readonly reason: string }
  /** Not a message this role acts on; it stays recorded in the journal. */
  | { readonly kind: 'ignored'; readonly note: string };

export const ignored = (what: string, role: string): RoleOutcome => ({ kind: 'ignored', note: `${what}: nothing for the ${role} to do; recorded` });

/** 'MS' or 'DS' for appointment event codes ([MSAppAccepted], [DSDeApp] …), else undefined. */
export function serviceOf(eventCode: string): 'ms' | 'ds' | undefined {
  if (eventCode.startsWith('[MS')) return 'ms';
  if (eventCode.startsWith('[DS')) return 'ds';
  return undefined;
}
