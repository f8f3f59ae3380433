// Acts on one accepted message: hands it to each of our roles it is addressed to, collects
// their effects and outgoing messages, and when no role knows the MPAN the process needs,
// queues an L4 status message RCP1061 naming the transaction. Pure apart from the SUR
// counter: the caller journals the result before anything is sent.
import type { LoadedSpec } from '../src/spec/load-spec.ts';
import type { ReferenceParticipantConfig } from './config.ts';
import type { FaultSwitches } from './faults.ts';
import type { OwnIdentity } from './identities.ts';
import { readInbound } from './inbound.ts';
import { handleAsMeteringService } from './metering-service.ts';
import { OutboxBuilder } from './outgoing.ts';
import type { MpanEffect, OutboxEntry, Party } from './records.ts';
import type { ResponseTexts } from './response-codes.ts';
import type { RoleContext, RoleOutcome } from './roles.ts';
import { responseBody } from './standard-response.ts';
import type { ParticipantState, PendingMessage } from './state.ts';
import { handleAsSupplier } from './supplier.ts';

export interface ProcessorDeps {
  readonly spec: LoadedSpec;
  readonly config: ReferenceParticipantConfig;
  readonly faults: FaultSwitches;
  readonly texts: ResponseTexts;
  readonly state: ParticipantState;
  readonly identities: readonly OwnIdentity[];
}

export interface ProcessResult {
  readonly notes: string[];
  readonly effects: MpanEffect[];
  readonly outbox: OutboxEntry[];
}

const HANDLERS: Record<Party, typeof handleAsSupplier> = {
  supplier: handleAsSupplier,
  meteringService: handleAsMeteringService,
};

export function processMessage(pending: PendingMessage, deps: ProcessorDeps, now: number): ProcessResult {
  const { message } = pending;
  const inbound = readInbound(pending.payload, message.transactionID, message.addressedTo);
  const builder = new OutboxBuilder({ spec: deps.spec, config: deps.config, faults: deps.faults, state: deps.state, now }, message.transactionID);
  const addressed = message.addressedTo
    .map((dipId) => deps.identities.find((identity) => identity.dipId === dipId))
    .filter((identity): identity is OwnIdentity => identity !== undefined);
  // One handling per party: a message for both our Smart and Advanced MS is one MS decision.
  const byParty = new Map<Party, OwnIdentity>();
  for (const identity of addressed) if (!byParty.has(identity.party)) byParty.set(identity.party, identity);

  const outcomes: RoleOutcome[] = [];
  for (const [party, identity] of byParty) {
    const context: RoleContext = { config: deps.config, faults: deps.faults, texts: deps.texts, state: deps.state, outbox: builder, now, identity };
    outcomes.push(HANDLERS[party](inbound, context));
  }
  const notes: string[] = [];
  const effects: MpanEffect[] = [];
  for (const outcome of outcomes) {
    if (outcome.kind === 'handled') {
      effects.push(...outcome.effects);
      notes.push(...outcome.notes);
    } else if (outcome.kind === 'ignored') notes.push(outcome.note);
  }
  const unknown = outcomes.find((outcome) => outcome.kind === 'unknown-mpan');
  if (unknown && !outcomes.some((outcome) => outcome.kind === 'handled')) {
    const answering = addressed[0] ?? deps.identities[0]!;
    builder.status(
      responseBody(
        {
          transactionID: inbound.transactionID,
          senderUniqueReference: inbound.senderUniqueReference,
          correlationID: inbound.correlationID,
          senderID: answering.dipId,
          recipientID: inbound.senderDIPID,
          message: deps.texts.RCP1061,
          help: `${inbound.interfaceID} ${inbound.eventCode} names MPAN ${unknown.mpan}, for which ${answering.role} ${answering.dipId} has no appointment process`,
        },
        now,
      ),
    );
    notes.push(`${inbound.interfaceID} ${inbound.eventCode}: MPAN ${unknown.mpan} unknown, status message RCP1061`);
  }
  return { notes, effects, outbox: builder.entries };
}
