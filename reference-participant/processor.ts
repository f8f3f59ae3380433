// Acts on one accepted message: hands it to each of our roles it is addressed to, collects
// their effects and outgoing messages, and when no role acts on it queues an L4 status
// message naming the transaction: RCP1062 when a role knows the MPAN but the publication
// does not fit where its process stands, RCP1061 when no role addressed knows the MPAN the
// message is about (M0, or M1's principal MPAN). A message no role acts on about an MPAN one
// of them knows is only recorded. Pure apart from the SUR counter: the caller journals the
// result before anything is sent.
import type { ReferenceParticipantConfig } from './config.ts';
import { handleAsDataService } from './data-service.ts';
import type { FaultSwitches } from './faults.ts';
import type { BusinessPolicy } from './faults/policy.ts';
import type { OwnIdentity } from './identities.ts';
import { readInbound } from './inbound.ts';
import { handleAsMeteringService } from './metering-service.ts';
import { OutboxBuilder } from './outgoing.ts';
import type { DipDefinitions } from './own/dip-definitions.ts';
import { pick } from './own/pick.ts';
import type { MpanEffect, OutboxEntry, Party } from './records.ts';
import type { ResponseTexts } from './response-codes.ts';
import type { SettlementFact } from './settlement-held.ts';
import type { RoleContext, RoleOutcome } from './roles.ts';
import { responseBody } from './standard-response.ts';
import type { ParticipantState, PendingMessage } from './state.ts';
import { handleAsSupplier } from './supplier.ts';

export interface ProcessorDeps {
  readonly definitions: DipDefinitions;
  readonly config: ReferenceParticipantConfig;
  /** Handed to the outbox, whose decorators spoil what is sent (faults/outgoing.ts). */
  readonly faults: FaultSwitches;
  readonly policy: BusinessPolicy;
  readonly texts: ResponseTexts;
  readonly state: ParticipantState;
  readonly identities: readonly OwnIdentity[];
}

export interface ProcessResult {
  readonly notes: string[];
  readonly effects: MpanEffect[];
  readonly outbox: OutboxEntry[];
  readonly settlement: SettlementFact[];
}

const HANDLERS: Record<Party, typeof handleAsSupplier> = {
  supplier: handleAsSupplier,
  meteringService: handleAsMeteringService,
  dataService: handleAsDataService,
};

export function processMessage(pending: PendingMessage, deps: ProcessorDeps, now: number): ProcessResult {
  const { message } = pending;
  // A repeat a fault acts on again is filed under a name of its own (one processing per name),
  // but what it sends names the DIP's transaction, as the first time: acting again is its only defect.
  const dipTransactionID = message.actedOnAgain ? String(pick(pending.payload, 'CommonBlock', 'D0', 'transactionID')) : message.transactionID;
  const inbound = readInbound(pending.payload, dipTransactionID, message.addressedTo);
  const builder = new OutboxBuilder({ definitions: deps.definitions, config: deps.config, faults: deps.faults, state: deps.state, now }, message.transactionID);
  const addressed = message.addressedTo
    .map((dipId) => deps.identities.find((identity) => identity.dipId === dipId))
    .filter((identity): identity is OwnIdentity => identity !== undefined);
  // One handling per party: a message for both our Smart and Advanced MS (or DS) is one decision.
  const byParty = new Map<Party, OwnIdentity>();
  for (const identity of addressed) if (!byParty.has(identity.party)) byParty.set(identity.party, identity);

  const outcomes: RoleOutcome[] = [];
  for (const [party, identity] of byParty) {
    const context: RoleContext = { config: deps.config, policy: deps.policy, texts: deps.texts, state: deps.state, outbox: builder, now, identity };
    outcomes.push(HANDLERS[party](inbound, context));
  }
  const notes: string[] = [];
  const effects: MpanEffect[] = [];
  const settlement: SettlementFact[] = [];
  for (const outcome of outcomes) {
    if (outcome.kind === 'handled') {
      effects.push(...outcome.effects);
      settlement.push(...(outcome.settlement ?? []));
      notes.push(...outcome.notes);
    } else if (outcome.kind === 'ignored') notes.push(outcome.note);
  }
  if (!outcomes.some((outcome) => outcome.kind === 'handled')) {
    const answering = addressed[0] ?? deps.identities[0]!;
    const report = (message: string, help: string, note: string) => {
      builder.status(
        responseBody(
          {
            transactionID: inbound.transactionID,
            senderUniqueReference: inbound.senderUniqueReference,
            correlationID: inbound.correlationID,
            senderID: answering.dipId,
            recipientID: inbound.senderDIPID,
            message,
            help,
          },
          now,
        ),
      );
      notes.push(note);
    };
    const unexpected = outcomes.find((outcome) => outcome.kind === 'unexpected');
    const unknown = outcomes.find((outcome) => outcome.kind === 'unknown-mpan')?.mpan ?? unknownMpan(inbound.payload, [...byParty.keys()], outcomes, deps);
    if (unexpected) {
      report(deps.texts.RCP1062, `${inbound.interfaceID} ${inbound.eventCode} for MPAN ${unexpected.mpan}: ${unexpected.reason}`, `${inbound.interfaceID} ${inbound.eventCode}: unexpected for MPAN ${unexpected.mpan} (${unexpected.reason}), status message RCP1062`);
    } else if (unknown !== undefined) {
      report(
        deps.texts.RCP1061,
        `${inbound.interfaceID} ${inbound.eventCode} names MPAN ${unknown}, for which ${answering.role} ${answering.dipId} has no appointment process`,
        `${inbound.interfaceID} ${inbound.eventCode}: MPAN ${unknown} unknown, status message RCP1061`,
      );
    }
  }
  return { notes, effects, outbox: builder.entries, settlement };
}

/** The MPAN a message is about: M0's core, or M1's principal MPAN (IF-019, IF-020). */
function mpanOf(payload: Record<string, unknown>): string | undefined {
  const mpan = pick(payload, 'CommonBlock', 'M0', 'MPANCore') ?? pick(payload, 'CommonBlock', 'M1', 'principalMPAN');
  return typeof mpan === 'string' ? mpan : undefined;
}

/**
 * A message every addressed role passed over, about an MPAN none of them knows: RCP1061, as
 * for the processes that need the MPAN. A message about no MPAN (a settlement report) is not
 * about an unknown one.
 */
function unknownMpan(payload: Record<string, unknown>, parties: readonly Party[], outcomes: readonly RoleOutcome[], deps: ProcessorDeps): string | undefined {
  const mpan = mpanOf(payload);
  if (mpan === undefined || outcomes.length === 0 || !outcomes.every((outcome) => outcome.kind === 'ignored')) return undefined;
  return parties.some((party) => deps.state.mpans[party].has(mpan)) ? undefined : mpan;
}
