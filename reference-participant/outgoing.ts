// Builds the participant's own DIP messages and status messages as outbox entries. The
// header comes from the spec (S0 schema version from the variant's enum) and the rules (SUR
// grammar, GB timestamps); A0 names only the primary recipient, as a sender should.
import type { LoadedSpec } from '../src/spec/load-spec.ts';
import { formatGbTimestamp } from '../src/time/gb-time.ts';
import type { Identity, ReferenceParticipantConfig } from './config.ts';
import type { FaultSwitches } from './faults.ts';
import type { MeteringPoint } from './inbound.ts';
import type { OutboxEntry } from './records.ts';
import { allocateReference } from './sender-references.ts';
import { spoiltBody, spoiltHeader, spoiltPadding } from './spoilt-if031.ts';
import type { StandardResponseBody } from './standard-response.ts';
import type { ParticipantState } from './state.ts';

export interface OutgoingMessage {
  readonly sender: Identity;
  readonly interfaceID: string;
  readonly eventCode: string;
  /** The Registration Service DIP ID that sent the trigger. */
  readonly recipient: string;
  readonly correlationID: string | null;
  readonly m0: MeteringPoint;
  readonly customBlock: Record<string, unknown>;
}

export interface OutgoingContext {
  readonly spec: LoadedSpec;
  readonly config: ReferenceParticipantConfig;
  readonly faults: FaultSwitches;
  readonly state: ParticipantState;
  readonly now: number;
}

/** Makes the outbox entries one received transaction causes, numbered in order. */
export class OutboxBuilder {
  private count = 0;
  readonly entries: OutboxEntry[] = [];

  constructor(
    private readonly context: OutgoingContext,
    private readonly triggeredBy: string,
  ) {}

  message(message: OutgoingMessage): OutboxEntry {
    const { spec, config, faults, state, now } = this.context;
    const variant = spec.catalogue.variant(message.interfaceID, message.eventCode);
    if (!variant) throw new Error(`DIP API ${spec.version} has no ${message.interfaceID} ${message.eventCode}`);
    const sur = allocateReference(state, faults, message.sender, message.interfaceID, now);
    const header = spoiltHeader(
      message.interfaceID,
      faults,
      { reference: sur.reference, timestamp: formatGbTimestamp(now), roleID: message.sender.role, path: `/dip-channel/${message.interfaceID}`, d0: undefined, senderDipId: message.sender.dipId, recipient: message.recipient, eventCode: message.eventCode },
      this.triggeredBy,
      now,
    );
    const padding = spoiltPadding(message.interfaceID, faults);
    const payload = {
      CommonBlock: {
        S0: { interfaceID: message.interfaceID, schemaVersion: variant.schemaVersions[0], eventCode: header.eventCode },
        S1: {
          environmentTag: config.environmentTag,
          subText: null,
          senderUniqueReference: header.reference,
          senderTimestamp: header.timestamp,
          senderDIPID: header.senderDipId,
          senderRoleID: header.roleID,
          // The drops-correlation-id fault: the Metering Service's answer to an offer loses the offer's correlation.
          senderCorrelationID: faults.has('drops-correlation-id') && message.interfaceID === 'IF-034' ? null : message.correlationID,
          DIPConnectionProviderID: null,
        },
        ...(header.d0 ? { D0: header.d0 } : {}),
        A0: { primaryRecipients: [header.recipient], secondaryRecipients: [], always: [] },
        M0: { MPANCore: message.m0.MPANCore, distributorDIPID: message.m0.distributorDIPID, GSPGroupID: message.m0.GSPGroupID },
      },
      CustomBlock: message.customBlock,
    };
    const fields = {
      path: header.path,
      kind: 'message' as const,
      interfaceID: message.interfaceID,
      eventCode: message.eventCode,
      senderUniqueReference: header.reference,
      sequence: sur.sequence,
      senderKey: sur.senderKey,
      senderDIPID: message.sender.dipId,
      body: spoiltBody(message.interfaceID, faults, { payload }),
      ...(padding ? { paddingBytes: padding } : {}),
    };
    const entry = this.add(fields);
    // The resends-submission fault: an outbox that posts an acknowledged IF-031 once more, unchanged.
    if (faults.has('resends-submission') && message.interfaceID === 'IF-031') this.add(fields);
    return entry;
  }

  /** An L4 status message about a received transaction (POST /statusmessage, a StandardResponseArray). */
  status(body: StandardResponseBody): OutboxEntry {
    const { config, faults, now } = this.context;
    return this.add({
      ...(faults.has('late-status-messages') ? { notBefore: now + config.faultOptions.lateMillis } : {}),
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
  }

  private add(fields: Omit<OutboxEntry, 'id' | 'triggeredBy' | 'createdAt'>): OutboxEntry {
    this.count += 1;
    const entry: OutboxEntry = { id: `${this.triggeredBy}/${this.count}`, triggeredBy: this.triggeredBy, createdAt: this.context.now, ...fields };
    this.entries.push(entry);
    return entry;
  }
}
