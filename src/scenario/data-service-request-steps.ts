// The Supplier's own messages to its Data Service (process table SUPPLIER-TO-DS): the suite
// tells the participant what its Supplier learnt or decided (the `data-service-request`
// trigger), then checks the IF-024 advisory, the IF-027 amendment request or the IF-041 agreed
// Change of Supplier read it sends; for IF-027 the Data Service's IF-028 answer, for IF-041 the
// read as the Data Service received it. No SLA is published for these, so the suite listens
// for the T1 default of 60 minutes.
import { checkCumulativeRead } from '../rules/cumulative-read.ts';
import { PROCESS_CHECKS } from '../findings/check-registry.ts';
import { type Finding, findingOf } from '../rules/rule.ts';
import { readField, readFieldOf } from '../spec/payload-fields.ts';
import { fireTrigger } from '../stage/triggers.ts';
import { gbDate, gbMidnightUtcMillis, MILLIS } from '../time/gb-time.ts';
import { isPushAbout, processFollowsWithinMillis, receivedPush } from './dip-pushes.ts';
import { matches, messagesOf } from './exchange-messages.ts';
import type { ScenarioContext } from './scenario-context.ts';
import { expectUpdate } from './site-works-steps.ts';
import { Inconclusive, ParticipantDefect, SuiteError } from './verdicts.ts';
import { type MessageKind, messageKind } from '../spec/message-kind.ts';

const LISTEN_MINUTES = 60;

/** The requirement each interface's checks serve (scenarios/requirements.yaml). */
const REQUIREMENT_OF: Readonly<Record<string, string>> = { 'IF-024': 'REQ-SUP-IF024-ADVISORY', 'IF-027': 'REQ-SUP-IF027-AMENDMENT', 'IF-041': 'REQ-SUP-AGREED-COS-READ' };

function dataServiceOf(context: ScenarioContext): { dipId: string; mpid: string } {
  const dataService = context.point?.dataService;
  if (!dataService) throw new SuiteError('the scenario\'s MPAN has no Data Service appointed: a Given step must set one up');
  return dataService;
}

export async function supplierTellsDataService(context: ScenarioContext, request: string): Promise<void> {
  const point = context.point;
  if (!point) throw new SuiteError('the scenario has no MPAN: a Given step must set one up');
  const at = context.stage.clock.now();
  await fireTrigger(
    context.stage.options.profile,
    'data-service-request',
    {
      mpan: point.mpan,
      distributorDipId: point.distributorDipId,
      gspGroup: point.gspGroup,
      dataService: dataServiceOf(context),
      request,
      // The switch an agreed Change of Supplier read is for.
      ...(context.supplyStartDate ? { supplyStartDate: context.supplyStartDate } : {}),
    },
    context.stage.participantUrl,
    context.stage.triggerAgent,
    context.browserMeans(),
  );
  context.actions.push({ what: request, at });
}

function payloadOf(context: ScenarioContext, name: string): Record<string, unknown> {
  const exchange = context.received.get(name);
  if (!exchange) throw new SuiteError(`no ${name} from the participant has been matched yet in this scenario`);
  return messagesOf(exchange).find((candidate) => `${candidate.interfaceID} ${candidate.eventCode}` === name)!.payload;
}

/** The participant sends `message` for the request, accepted by the DIP, to the MPAN's Data Service. */
export async function expectSentToDataService(context: ScenarioContext, message: MessageKind): Promise<void> {
  const { interfaceID, eventCode, label: name } = message;
  const request = context.actions.at(-1)?.what;
  const action = request ? context.lastAction(request) : undefined;
  if (!action) throw new SuiteError('the participant was not told of anything for its Data Service in this scenario');
  await expectUpdate(context, { trigger: action.what, interfaceID, eventCode, listenUntil: action.at + LISTEN_MINUTES * MILLIS.MINUTE });
  const recipients = readField(payloadOf(context, name), 'CommonBlock', 'A0', 'primaryRecipients');
  const dataService = dataServiceOf(context);
  if (!Array.isArray(recipients) || !recipients.includes(dataService.dipId)) {
    throw new ParticipantDefect(`${name} must go to the MPAN's Data Service`, [
      findingOf(PROCESS_CHECKS.addressing, '/0/payload/CommonBlock/A0/primaryRecipients', `primary recipients ${JSON.stringify(recipients ?? null)} leave out the MPAN's Data Service ${dataService.dipId} (${dataService.mpid})`, REQUIREMENT_OF[interfaceID] ?? 'REQ-PROCESS-CONTENT'),
    ]);
  }
}

/** The IF-027 names at least one consumption amendment: an empty B902List, which the schema allows, asks for nothing. */
export function expectAmendmentsNamed(context: ScenarioContext): void {
  const list = readFieldOf('IF-027 [ConsumptionAmendment]', payloadOf(context, 'IF-027 [ConsumptionAmendment]'), 'CustomBlock', 'B902List');
  const findings: Finding[] = [];
  if (!Array.isArray(list) || list.length === 0) {
    findings.push(findingOf(PROCESS_CHECKS.content, '/0/payload/CustomBlock/B902List', `B902List is ${JSON.stringify(list ?? null)}; an amendment request names at least one measurement quantity and period to amend`, 'REQ-SUP-IF027-AMENDMENT'));
  }
  if (findings.length) throw new ParticipantDefect('IF-027 [ConsumptionAmendment] asks for no amendment', findings);
}

/** The simulated Data Service has answered the amendment request with IF-028, and accepted it. */
export async function dataServiceAccepts(context: ScenarioContext): Promise<void> {
  const answer = messageKind('IF-028', '[ConsumptionAmendment]');
  const mpan = context.mpan;
  const since = context.startedAt;
  const attempt = await context.watch.next((exchange) => exchange.marketMillis >= since && isPushAbout(exchange, mpan, answer), context.stage.clock.now() + processFollowsWithinMillis());
  if (!attempt) throw new Inconclusive(`the Data Service has sent no IF-028 [ConsumptionAmendment] for MPAN ${mpan}: it received no IF-027 for it (see the steps before)`);
  const push = await receivedPush(context, attempt, answer);
  context.actions.push({ what: answer.label, at: push.at, push: push.outcome });
  const r0 = readFieldOf('IF-028 [ConsumptionAmendment]', push.message.payload, 'CommonBlock', 'R0');
  if (readFieldOf('IF-028 [ConsumptionAmendment]', push.message.payload, 'CommonBlock', 'R0', 'responseCode') !== 'A') {
    throw new ParticipantDefect("the MPAN's Data Service refused the participant's IF-027 [ConsumptionAmendment]", [
      findingOf(PROCESS_CHECKS.content, '/0/payload/CommonBlock/R0', `IF-028 R0 is ${JSON.stringify(r0 ?? null)}`, 'REQ-SUP-IF027-AMENDMENT'),
    ]);
  }
}

/** The participant's supply of the scenario's MPAN began `days` ago, on a Change of Supplier. */
export function suppliedSince(context: ScenarioContext, days: number): void {
  if (!context.point) throw new SuiteError('the scenario has no MPAN: a Given step must set one up');
  context.supplyStartDate = gbDate(context.stage.clock.now() - days * MILLIS.DAY);
}

/**
 * The MPAN's Data Service (played by the suite) has received the participant's agreed Change of
 * Supplier read, IF-041 [SupplierAgreedCOS], and finds in it a cumulative read taken on the
 * supply start date: the read that replaces the disputed one [INFERRED].
 */
export async function dataServiceHasAgreedRead(context: ScenarioContext): Promise<void> {
  const eventCode = '[SupplierAgreedCOS]';
  const dataService = dataServiceOf(context);
  if (!context.supplyStartDate) throw new SuiteError('the scenario has no supply start date: a Given step must set one up');
  // The read reaches the Data Service once the DIP has journaled it: wait for it there, then for its routing.
  const query = { direction: 'participant-to-dip' as const, interfaceID: 'IF-041', eventCode, mpan: context.mpan, since: context.startedAt };
  await context.watch.next((exchange) => matches(exchange, query) !== undefined, context.stage.clock.now() + processFollowsWithinMillis());
  await context.stage.emulator.routed();
  const read = context.stage.dataServices.readsFor(dataService.dipId, context.mpan).find((candidate) => candidate.eventCode === eventCode && candidate.appointed);
  if (!read) throw new Inconclusive(`the Data Service ${dataService.dipId} has received no IF-041 ${eventCode} for MPAN ${context.mpan}: see the steps before`);
  const [year, month, day] = context.supplyStartDate.split('-').map(Number) as [number, number, number];
  const findings = checkCumulativeRead(read.payload, {
    dataServiceDipId: dataService.dipId,
    workedAt: gbMidnightUtcMillis(year, month, day),
    occasion: 'the switch it settles took effect (supply start date)',
    requirement: REQUIREMENT_OF['IF-041'],
  });
  if (findings.length) throw new ParticipantDefect(`the participant's IF-041 ${eventCode} is not the agreed Change of Supplier read the Data Service needs`, findings);
}
