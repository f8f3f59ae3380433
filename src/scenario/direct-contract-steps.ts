// Customer Direct Contracts (BP010 CRD-04): the suite tells the participant's Metering Service
// that its customer agreed or ended a direct contract (the `direct-contract` trigger), then checks
// the IF-038 it sends the SMRS and the SMRS's IF-039 outcome: a refusal (REG1071, REG1073–1076)
// is the participant's defect. No SLA is published, so the suite listens for the T1 default of
// 60 minutes.
import { gbDateAfter } from '../builders/identifiers.ts';
import { PROCESS_CHECKS } from '../findings/check-registry.ts';
import { findingOf } from '../rules/rule.ts';
import { readField } from '../spec/payload-fields.ts';
import { fireTrigger } from '../stage/triggers.ts';
import { MILLIS } from '../time/gb-time.ts';
import type { ScenarioContext } from './scenario-context.ts';
import { expectUpdate } from './site-works-steps.ts';
import { smrsHasSent } from './smrs-steps.ts';
import { ParticipantDefect, SuiteError } from './verdicts.ts';
import { messageKind } from '../spec/message-kind.ts';

const LISTEN_MINUTES = 60;

export const DIRECT_CONTRACT_EVENTS: Readonly<Record<string, string>> = {
  'customer direct contract agreed': '[DirectContractMSAdd]',
  'customer direct contract ended': '[DirectContractMSRemove]',
};

export async function meteringServiceRecords(context: ScenarioContext, change: string, daysToRun: number | undefined): Promise<void> {
  const point = context.point;
  if (!point) throw new SuiteError('the scenario has no MPAN: a Given step must set one up');
  if (!DIRECT_CONTRACT_EVENTS[change]) throw new SuiteError(`no Customer Direct Contract change '${change}': use ${Object.keys(DIRECT_CONTRACT_EVENTS).join(' or ')}`);
  const at = context.stage.clock.now();
  await fireTrigger(
    context.stage.options.profile,
    'direct-contract',
    { mpan: point.mpan, distributorDipId: point.distributorDipId, gspGroup: point.gspGroup, segment: point.segment, change, ...(daysToRun === undefined ? {} : { effectiveTo: gbDateAfter(at, daysToRun) }) },
    context.stage.participantUrl,
    context.stage.triggerAgent,
    context.browserMeans(),
  );
  context.actions.push({ what: change, at });
}

export async function expectDirectContractRequest(context: ScenarioContext, eventCode: string): Promise<void> {
  const change = Object.keys(DIRECT_CONTRACT_EVENTS).find((candidate) => DIRECT_CONTRACT_EVENTS[candidate] === eventCode);
  const action = change ? context.lastAction(change) : undefined;
  if (!action) throw new SuiteError(`the participant was not told of a change that calls for IF-038 ${eventCode} in this scenario`);
  await expectUpdate(context, { trigger: action.what, interfaceID: 'IF-038', eventCode, listenUntil: action.at + LISTEN_MINUTES * MILLIS.MINUTE });
}

/** The SMRS answered `eventCode` with IF-039 R0 A; a refusal names the REG code the participant's request earned. */
export async function expectSmrsRecorded(context: ScenarioContext, eventCode: string): Promise<void> {
  const push = await smrsHasSent(context, messageKind('IF-039', eventCode));
  const responseCode = readField(push.message.payload, 'CommonBlock', 'R0', 'responseCode');
  if (responseCode === 'A') return;
  const responseMessages = readField(push.message.payload, 'CommonBlock', 'R0', 'responseMessages');
  throw new ParticipantDefect(`the SMRS refused the participant's IF-038 ${eventCode}`, [
    findingOf(PROCESS_CHECKS.smrsOutcome, '/0/payload/CommonBlock/R0', `IF-039 ${eventCode} R0 is ${String(responseCode ?? 'missing')}: ${(Array.isArray(responseMessages) ? responseMessages : []).join('; ')}`),
  ]);
}
