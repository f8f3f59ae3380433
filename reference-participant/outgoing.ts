// Builds the participant's own DIP messages and status messages as outbox entries. The
// header comes from the spec (S0 schema version from the variant's enum) and the rules (SUR
// grammar, GB timestamps); A0 names only the primary recipients, as a sender should. Every
// entry passes through the outgoing fault spoilers (faults/outgoing.ts) on its way into the
// outbox: the one place a fault switch changes what the participant sends. Off, they give
// back what they got.
import { formatGbTimestamp } from '../src/time/gb-time.ts';
import type { Identity, ReferenceParticipantConfig } from './config.ts';
import type { FaultSwitches } from './faults.ts';
import { type EntryFields, type Occasion, outgoingSpoilers, type OutgoingSpoilers } from './faults/outgoing.ts';
import type { MeteringPoint } from './inbound.ts';
import type { DipDefinitions } from './own/dip-definitions.ts';
import type { OutboxEntry } from './records.ts';
import { allocateReference } from './sender-references.ts';
import type { StandardResponseBody } from './standard-response.ts';
import type { ParticipantState } from './state.ts';

export type { Occasion } from './faults/outgoing.ts';

export interface OutgoingMessage {
  readonly sender: Identity;
  readonly interfaceID: string;
  readonly eventCode: string;
  /** The primary recipient (A0): the Registration Service that sent the trigger, or whom the update is for. */
  readonly recipient: string;
  /** All primary recipients, when more than `recipient` (an update to the SMRS and the Supplier). */
  readonly recipients?: readonly string[];
  readonly correlationID: string | null;
  readonly m0: MeteringPoint;
  /** The response block of an answer that carries its outcome there (IF-028). */
  readonly r0?: { readonly responseCode: string; readonly responseMessages: readonly string[] };
  /** The metering point goes in M1 as the group's principal MPAN, not in M0 (IF-019). */
  readonly principalInM1?: boolean;
  /** Undefined: the variant has no custom block at all. */
  readonly customBlock: Record<string, unknown> | undefined;
  /** What the business was doing when it sent this (a gain, a reminder, site works …). */
  readonly occasion?: Occasion;
}

export interface OutgoingContext {
  readonly definitions: DipDefinitions;
  readonly config: ReferenceParticipantConfig;
  readonly faults: FaultSwitches;
  readonly state: ParticipantState;
  readonly now: number;
}

/** Makes the outbox entries one received transaction causes, numbered in order. */
export class OutboxBuilder {
  private count = 0;
  readonly entries: OutboxEntry[] = [];
  private readonly spoilers: OutgoingSpoilers;

  constructor(
    private readonly context: OutgoingContext,
    private readonly triggeredBy: string,
  ) {
    this.spoilers = outgoingSpoilers(context.faults, { definitions: context.definitions, config: context.config, state: context.state, now: context.now, triggeredBy });
  }

  /** The entry of the message as queued; none when a fault keeps it back (faults/data-service.ts). */
  message(message: OutgoingMessage): OutboxEntry | undefined {
    const { definitions, config, state, now } = this.context;
    const variant = definitions.variant(message.interfaceID, message.eventCode);
    if (!variant) throw new Error(`the DIP API definitions have no ${message.interfaceID} ${message.eventCode}`);
    const sur = this.spoilers.reference(allocateReference)(state, message.sender, message.interfaceID, now);
    const point = message.principalInM1
      ? { M1: { principalMPAN: message.m0.MPANCore, distributorDIPID: message.m0.distributorDIPID, GSPGroupID: message.m0.GSPGroupID } }
      : { M0: { MPANCore: message.m0.MPANCore, distributorDIPID: message.m0.distributorDIPID, GSPGroupID: message.m0.GSPGroupID } };
    const payload = {
      CommonBlock: {
        S0: { interfaceID: message.interfaceID, schemaVersion: variant.schemaVersions[0], eventCode: message.eventCode },
        S1: {
          environmentTag: config.environmentTag,
          subText: null,
          senderUniqueReference: sur.reference,
          senderTimestamp: formatGbTimestamp(now),
          senderDIPID: message.sender.dipId,
          senderRoleID: message.sender.role,
          senderCorrelationID: message.correlationID,
          DIPConnectionProviderID: null,
        },
        A0: { primaryRecipients: [...(message.recipients ?? [message.recipient])], secondaryRecipients: [], always: [] },
        ...point,
        ...(message.r0 ? { R0: { responseCode: message.r0.responseCode, responseMessages: [...message.r0.responseMessages] } } : {}),
      },
      ...(message.customBlock ? { CustomBlock: message.customBlock } : {}),
    };
    const fields: EntryFields = {
      path: `/dip-channel/${message.interfaceID}`,
      kind: 'message',
      interfaceID: message.interfaceID,
      eventCode: message.eventCode,
      senderUniqueReference: sur.reference,
      sequence: sur.sequence,
      senderKey: sur.senderKey,
      senderDIPID: message.sender.dipId,
      body: [{ payload }],
    };
    // A spoiler may queue more than one entry (resends-submission), or none; the first is the message.
    return this.spoilers.message(message.occasion, fields).map((spoilt) => this.add(spoilt))[0];
  }

  /** An L4 status message about a received transaction (POST /statusmessage, a StandardResponseArray); none when a fault drops it. */
  status(body: StandardResponseBody): OutboxEntry | undefined {
    const fields = this.spoilers.status({
      path: '/statusmessage',
      kind: 'status',
      interfaceID: undefined,
      eventCode: undefined,
      senderUniqueReference: undefined,
      sequence: undefined,
      senderKey: undefined,
      senderDIPID: body.senderID,
      body: [body],
    });
    return fields ? this.add(fields) : undefined;
  }

  private add(fields: EntryFields): OutboxEntry {
    this.count += 1;
    const entry: OutboxEntry = { id: `${this.triggeredBy}/${this.count}`, triggeredBy: this.triggeredBy, createdAt: this.context.now, ...fields };
    this.entries.push(entry);
    return entry;
  }
}
