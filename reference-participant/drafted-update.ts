// An update the participant sends the Registration Service on its own initiative (site works,
// a change of registration data), queued as a journal record with the message in its outbox.
// The custom blocks are drafted from the official definitions with the suite's builders: the
// reference participant shows the messaging, not an asset register or a customer database.
// The drafting faults (faults/drafts.ts) decorate the update before it is drafted.
import { en, en_GB, Faker } from '@faker-js/faker';
import { buildMessage } from '../src/builders/message-builder.ts';
import type { LoadedSpec } from '../src/spec/load-spec.ts';
import type { ReferenceParticipantConfig } from './config.ts';
import type { FaultSwitches } from './faults.ts';
import { spoiltDraft } from './faults/drafts.ts';
import type { OwnIdentity } from './identities.ts';
import type { MeteringPoint } from './inbound.ts';
import { dipDefinitions } from './own/dip-definitions.ts';
import { type Occasion, OutboxBuilder } from './outgoing.ts';
import type { MpanEffect, TriggerRecord } from './records.ts';
import type { ParticipantState } from './state.ts';

export interface UpdateDeps {
  /** The suite's reading of the definitions, for its message builders only; the participant's own is read from the same folder. */
  readonly spec: LoadedSpec;
  readonly config: ReferenceParticipantConfig;
  readonly faults: FaultSwitches;
  readonly state: ParticipantState;
  readonly identities: readonly OwnIdentity[];
}

export interface DraftedUpdate {
  readonly trigger: Occasion;
  readonly payload: unknown;
  readonly sender: OwnIdentity;
  readonly interfaceID: string;
  readonly eventCode: string;
  /** Primary recipients: the Registration Service first. */
  readonly recipients: readonly string[];
  readonly m0: MeteringPoint;
  readonly effect: MpanEffect;
  /** The update's custom blocks from those the builders drafted (none at all: undefined); the drafted ones as they are when absent. */
  readonly customBlock?: (drafted: Record<string, unknown>) => Record<string, unknown> | undefined;
  /** Messages that follow the update in the same outbox (the reads after site works), in order. */
  readonly followUps?: readonly FollowUp[];
}

export interface FollowUp {
  readonly interfaceID: string;
  readonly eventCode: string;
  readonly recipients: readonly string[];
  /** The custom blocks, from those the builders drafted for this interface and event code. */
  readonly customBlock: (drafted: Record<string, unknown>) => Record<string, unknown>;
}

export function draftUpdate(deps: UpdateDeps, asked: DraftedUpdate, now: number): TriggerRecord {
  const update = spoiltDraft(deps.faults, deps.config, now)(asked);
  const faker = new Faker({ locale: [en_GB, en] });
  faker.seed(now % 2_147_483_647);
  const draft = (interfaceID: string, eventCode: string) => buildMessage(deps.spec, { faker, interfaceID, eventCode, now, sender: { dipId: update.sender.dipId, role: update.sender.role } });
  const builder = new OutboxBuilder(
    { definitions: dipDefinitions(deps.spec.dir), config: deps.config, faults: deps.faults, state: deps.state, now },
    `${update.trigger}-${now}-${update.m0.MPANCore}`,
  );
  const queue = (interfaceID: string, eventCode: string, recipients: readonly string[], customBlock: Record<string, unknown> | undefined, commonDrafted: Record<string, unknown>) => {
    builder.message({
      sender: update.sender,
      interfaceID,
      eventCode,
      recipient: recipients[0]!,
      recipients,
      correlationID: null,
      m0: update.m0,
      // Relationship requests (IF-019) name their MPAN as the group's principal in M1, not in M0.
      principalInM1: 'M1' in commonDrafted && !('M0' in commonDrafted),
      customBlock,
      occasion: update.trigger,
    });
  };
  const drafted = draft(update.interfaceID, update.eventCode);
  const customBlock = (drafted.CustomBlock ?? {}) as Record<string, unknown>;
  queue(update.interfaceID, update.eventCode, update.recipients, update.customBlock ? update.customBlock(customBlock) : customBlock, drafted.CommonBlock);
  for (const followUp of update.followUps ?? []) {
    const draftedFollowUp = draft(followUp.interfaceID, followUp.eventCode);
    queue(followUp.interfaceID, followUp.eventCode, followUp.recipients, followUp.customBlock((draftedFollowUp.CustomBlock ?? {}) as Record<string, unknown>), draftedFollowUp.CommonBlock);
  }
  return { type: 'trigger', at: now, name: update.trigger, payload: update.payload, effects: [update.effect], outbox: builder.entries };
}

/** What a trigger queued, as its answer names it: `IF-005 [MeterInstall], IF-041 [ReadingInstl]`. */
export function sendsOf(record: TriggerRecord): string {
  return (record.outbox ?? []).map((entry) => `${entry.interfaceID} ${entry.eventCode}`).join(', ');
}

/** Parses a hook's JSON body, or the 400 answer saying why it cannot. */
export function hookBody(rawText: string): { payload: unknown } | { error: string } {
  try {
    return { payload: JSON.parse(rawText) };
  } catch (error) {
    return { error: `the body is not JSON: ${(error as Error).message}` };
  }
}
