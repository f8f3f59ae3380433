// Consumption replay from the Advanced Data Service's side (IF-015 / IF-016): the suite asks the
// participant's ADS, through the `consumption-replay` trigger, to have the DIP replay an Advanced
// MPAN's consumption; the ADS must send IF-015 [ConsumptionReplay] to the DIP within its window,
// about that MPAN and as the ADS appointed to it; the DIP replays each IF-021 it holds for the
// MPAN as IF-016 (mocks/dip/consumption-replay.ts), and the ADS must take each replay.
import { PROCESS_CHECKS } from '../findings/check-registry.ts';
import { type Finding, findingOf } from '../rules/rule.ts';
import type { MessageKind } from '../spec/message-kind.ts';
import { fireTrigger } from '../stage/triggers.ts';
import { isPushAbout, receivedPush } from './dip-pushes.ts';
import { messagesOf } from './exchange-messages.ts';
import type { ScenarioContext } from './scenario-context.ts';
import { ParticipantDefect, SuiteError } from './verdicts.ts';

/** The trigger event of the consumption-replay SLA (scenarios/slas.yaml). */
export const REPLAY_ASKED = 'consumption replay asked of the Advanced Data Service';
export const REPLAY_REQUEST = 'IF-015 [ConsumptionReplay]';

/** The suite asks the participant's ADS to have the DIP replay the scenario's Advanced MPAN's consumption. */
export async function askAdsForReplay(context: ScenarioContext): Promise<void> {
  const { stage } = context;
  const point = context.point;
  if (!point?.dataService || point.segment !== 'A') throw new SuiteError('the scenario has no Advanced MPAN with a Data Service: a Given step must set one up');
  const at = stage.clock.now();
  await fireTrigger(
    stage.options.profile,
    'consumption-replay',
    { mpan: point.mpan, distributorDipId: point.distributorDipId, gspGroup: point.gspGroup, segment: point.segment, dataServiceDipId: point.dataService.dipId },
    stage.participantUrl,
    stage.triggerAgent,
    context.browserMeans(),
  );
  context.actions.push({ what: REPLAY_ASKED, at });
}

/**
 * What is wrong with a replay request's sender and subject: it must come from the Data Service
 * the SMRS holds appointed to the MPAN, as an ADS, about an MPAN the SMRS holds Advanced.
 */
export function replayRequestProblems(request: { senderDipId: unknown; senderRole: unknown; mpan: unknown }, served: { mpan: string; segment: string; dataServiceDipId: string }): Finding[] {
  const problem = (pointer: string, detail: string) => findingOf(PROCESS_CHECKS.content, pointer, detail, 'REQ-DS-CONSUMPTION-REPLAY');
  const findings: Finding[] = [];
  if (request.mpan !== served.mpan) findings.push(problem('/0/payload/CommonBlock/M0/MPANCore', `M0 names MPAN ${JSON.stringify(request.mpan)}; the ADS was asked about ${served.mpan}`));
  if (served.segment !== 'A') findings.push(problem('/0/payload/CommonBlock/M0/MPANCore', `the SMRS holds MPAN ${served.mpan} in segment ${served.segment}: consumption replay is for Advanced sites only (IF-015)`));
  if (request.senderRole !== 'ADS') findings.push(problem('/0/payload/CommonBlock/S1/senderRoleID', `sent as role ${JSON.stringify(request.senderRole)}; only an Advanced Data Service (ADS) requests a consumption replay`));
  if (request.senderDipId !== served.dataServiceDipId) findings.push(problem('/0/payload/CommonBlock/S1/senderDIPID', `sent by ${JSON.stringify(request.senderDipId)}; the SMRS holds ${served.dataServiceDipId} as the MPAN's Data Service`));
  return findings;
}

/** The participant's IF-015 is about the Advanced MPAN its ADS serves, and sent as that ADS. */
export function expectReplayOfServedMpan(context: ScenarioContext): void {
  const exchange = context.received.get(REPLAY_REQUEST);
  if (!exchange) throw new SuiteError(`no ${REPLAY_REQUEST} from the participant has been matched yet in this scenario`);
  const point = context.point;
  if (!point?.dataService) throw new SuiteError('the scenario has no MPAN with a Data Service: a Given step must set one up');
  const message = messagesOf(exchange).find((candidate) => candidate.interfaceID === 'IF-015')!;
  const common = (message.payload as { CommonBlock?: Record<string, Record<string, unknown> | undefined> }).CommonBlock ?? {};
  const findings = replayRequestProblems(
    { senderDipId: common.S1?.senderDIPID, senderRole: common.S1?.senderRoleID, mpan: common.M0?.MPANCore },
    { mpan: point.mpan, segment: point.segment, dataServiceDipId: point.dataService.dipId },
  );
  if (findings.length) throw new ParticipantDefect(`the participant's ${REPLAY_REQUEST} is not the Advanced Data Service's request about the MPAN it serves`, findings);
}

/**
 * The DIP has replayed the MPAN's consumption to the participant as `replay` (IF-016): the push
 * is noted as an action, so that the participant's answer to it can be judged.
 */
export async function dipHasReplayed(context: ScenarioContext, replay: MessageKind): Promise<void> {
  if (replay.interfaceID !== 'IF-016') throw new SuiteError(`the DIP replays consumption as IF-016, not ${replay.label}`);
  const request = context.received.get(REPLAY_REQUEST);
  if (!request) throw new SuiteError(`no ${REPLAY_REQUEST} from the participant has been matched yet in this scenario`);
  // The replay follows the request's journaled delivery; wait until the DIP has answered it.
  await context.stage.consumptionReplay.idle();
  // The DIP answers at once; an hour of market time is ample for the push and its retries.
  const attempt = await context.watch.next((exchange) => exchange.marketMillis >= request.marketMillis && isPushAbout(exchange, context.mpan, replay), request.marketMillis + 60 * 60_000);
  if (!attempt) throw new SuiteError(`the DIP replayed no ${replay.label} for MPAN ${context.mpan} after the participant's ${REPLAY_REQUEST}: it holds no IF-021 of the MPAN (see the steps before)`);
  const push = await receivedPush(context, attempt, replay);
  context.actions.push({ what: replay.label, at: push.at, push: push.outcome });
}
