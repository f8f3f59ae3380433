// Messages two parties exchange by bilateral agreement, tested only when the participant
// declares them (capabilities.sends; src/scenario/applicability.ts): Comms Hub information,
// IF-004 [CommsHubInfo], which the Smart Metering Service and the Supplier may share with each
// other (PROCESS-TABLES §4.7 COM-10, "MSS ↔ SUP"). No window is published: the suite listens
// for the T1 default.
import { PROCESS_CHECKS } from '../findings/check-registry.ts';
import { findingOf } from '../rules/rule.ts';
import { readField } from '../spec/payload-fields.ts';
import { fireTrigger } from '../stage/triggers.ts';
import { MILLIS } from '../time/gb-time.ts';
import { messagesOf } from './exchange-messages.ts';
import type { ScenarioContext } from './scenario-context.ts';
import { expectAddressedToSupplier, expectUpdate } from './site-works-steps.ts';
import { ParticipantDefect, SuiteError } from './verdicts.ts';
import { type MessageKind } from '../spec/message-kind.ts';

const LISTEN_MINUTES = 60;

/** The participant sends `message` after `work`, accepted by the DIP, addressed to the MPAN's Supplier. */
export async function expectSentToSupplier(context: ScenarioContext, message: MessageKind, work: string): Promise<void> {
  const { interfaceID, eventCode } = message;
  const action = context.lastAction(work);
  if (!action) throw new SuiteError(`the participant was not told of '${work}' in this scenario`);
  await expectUpdate(context, { trigger: work, interfaceID, eventCode, listenUntil: action.at + LISTEN_MINUTES * MILLIS.MINUTE });
  expectAddressedToSupplier(context, message);
}

function meteringServiceOf(context: ScenarioContext): { dipId: string; mpid: string } {
  const meteringService = context.point?.meteringService;
  if (!meteringService) throw new SuiteError("the scenario's MPAN has no Metering Service appointed: a Given step must set one up");
  return meteringService;
}

/** The suite tells the participant's Supplier it has `request` for the MPAN's Metering Service (the `metering-service-request` trigger). */
export async function supplierTellsMeteringService(context: ScenarioContext, request: string): Promise<void> {
  const point = context.point;
  if (!point) throw new SuiteError('the scenario has no MPAN: a Given step must set one up');
  const at = context.stage.clock.now();
  await fireTrigger(
    context.stage.options.profile,
    'metering-service-request',
    { mpan: point.mpan, distributorDipId: point.distributorDipId, gspGroup: point.gspGroup, meteringService: meteringServiceOf(context), request },
    context.stage.participantUrl,
    context.stage.triggerAgent,
    context.browserMeans(),
  );
  context.actions.push({ what: request, at });
}

/** The participant sends `sent` after `request`, accepted by the DIP, with the MPAN's appointed Metering Service among its primary recipients. */
export async function expectSentToMeteringService(context: ScenarioContext, sent: MessageKind, request: string): Promise<void> {
  const { interfaceID, eventCode, label: name } = sent;
  const action = context.lastAction(request);
  if (!action) throw new SuiteError(`the participant was not told of '${request}' in this scenario`);
  await expectUpdate(context, { trigger: request, interfaceID, eventCode, listenUntil: action.at + LISTEN_MINUTES * MILLIS.MINUTE });
  const message = messagesOf(context.received.get(name)!).find((candidate) => `${candidate.interfaceID} ${candidate.eventCode}` === name)!;
  const recipients = readField(message.payload, 'CommonBlock', 'A0', 'primaryRecipients');
  const meteringService = meteringServiceOf(context);
  if (!Array.isArray(recipients) || !recipients.includes(meteringService.dipId)) {
    throw new ParticipantDefect(`${name} must go to the MPAN's Metering Service`, [
      findingOf(PROCESS_CHECKS.addressing, `/${message.index}/payload/CommonBlock/A0/primaryRecipients`, `primary recipients ${JSON.stringify(recipients ?? null)} leave out the Metering Service appointed to MPAN ${context.mpan}, ${meteringService.dipId} (${meteringService.mpid})`, 'REQ-SUP-IF004-COMMS-HUB'),
    ]);
  }
}
