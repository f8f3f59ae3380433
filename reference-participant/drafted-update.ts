// An update the participant sends the Registration Service on its own initiative (site works,
// a change of registration data), queued as a journal record with the message in its outbox.
// The custom blocks are drafted from the official definitions with the suite's builders: the
// reference participant shows the messaging, not an asset register or a customer database.
import { en, en_GB, Faker } from '@faker-js/faker';
import { buildMessage } from '../src/builders/message-builder.ts';
import type { LoadedSpec } from '../src/spec/load-spec.ts';
import type { ReferenceParticipantConfig } from './config.ts';
import type { FaultSwitches } from './faults.ts';
import type { OwnIdentity } from './identities.ts';
import type { MeteringPoint } from './inbound.ts';
import { OutboxBuilder } from './outgoing.ts';
import type { MpanEffect, TriggerRecord } from './records.ts';
import type { ParticipantState } from './state.ts';

export interface UpdateDeps {
  readonly spec: LoadedSpec;
  readonly config: ReferenceParticipantConfig;
  readonly faults: FaultSwitches;
  readonly state: ParticipantState;
  readonly identities: readonly OwnIdentity[];
}

export interface DraftedUpdate {
  readonly trigger: string;
  readonly payload: unknown;
  readonly sender: OwnIdentity;
  readonly interfaceID: string;
  readonly eventCode: string;
  /** Primary recipients: the Registration Service first. */
  readonly recipients: readonly string[];
  readonly m0: MeteringPoint;
  readonly effect: MpanEffect;
  /** The update's custom blocks from those the builders drafted; the drafted ones as they are when absent. */
  readonly customBlock?: (drafted: Record<string, unknown>) => Record<string, unknown>;
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

export function draftUpdate(deps: UpdateDeps, update: DraftedUpdate, now: number): TriggerRecord {
  const faker = new Faker({ locale: [en_GB, en] });
  faker.seed(now % 2_147_483_647);
  const drafted = buildMessage(deps.spec, { faker, interfaceID: update.interfaceID, eventCode: update.eventCode, now, sender: { dipId: update.sender.dipId, role: update.sender.role } });
  const builder = new OutboxBuilder({ spec: deps.spec, config: deps.config, faults: deps.faults, state: deps.state, now }, `${update.trigger}-${now}-${update.m0.MPANCore}`);
  const queue = (interfaceID: string, eventCode: string, recipients: readonly string[], customBlock: Record<string, unknown>, commonDrafted: Record<string, unknown>) => {
    const entry = builder.message({ sender: update.sender, interfaceID, eventCode, recipient: recipients[0]!, correlationID: null, m0: update.m0, customBlock });
    const body = entry.body as Array<{ payload: { CommonBlock: Record<string, unknown> & { A0: { primaryRecipients: string[] } } } }>;
    const common = body[0]!.payload.CommonBlock;
    common.A0.primaryRecipients = [...recipients];
    // Relationship requests (IF-019) name their MPAN as the group's principal in M1, not in M0.
    if ('M1' in commonDrafted && !('M0' in commonDrafted)) {
      delete common.M0;
      common.M1 = { principalMPAN: update.m0.MPANCore, distributorDIPID: update.m0.distributorDIPID, GSPGroupID: update.m0.GSPGroupID };
    }
  };
  const customBlock = (drafted.CustomBlock ?? {}) as Record<string, unknown>;
  queue(update.interfaceID, update.eventCode, update.recipients, update.customBlock ? update.customBlock(customBlock) : customBlock, drafted.CommonBlock);
  for (const followUp of update.followUps ?? []) {
    const draftedFollowUp = buildMessage(deps.spec, { faker, interfaceID: followUp.interfaceID, eventCode: followUp.eventCode, now, sender: { dipId: update.sender.dipId, role: update.sender.role } });
    queue(followUp.interfaceID, followUp.eventCode, followUp.recipients, followUp.customBlock((draftedFollowUp.CustomBlock ?? {}) as Record<string, unknown>), draftedFollowUp.CommonBlock);
  }
  return { type: 'trigger', at: now, name: update.trigger, payload: update.payload, effects: [update.effect], outbox: builder.entries };
}

/** Parses a hook's JSON body, or the 400 answer saying why it cannot. */
export function hookBody(rawText: string): { payload: unknown } | { error: string } {
  try {
    return { payload: JSON.parse(rawText) };
  } catch (error) {
    return { error: `the body is not JSON: ${(error as Error).message}` };
  }
}
