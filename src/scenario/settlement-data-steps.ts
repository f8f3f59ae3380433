// Settlement data from the Data Service's side (BP004/BP005): the participant's Smart or Advanced
// Data Service serves an MPAN, the simulated LSS publishes the day's load shapes (IF-022,
// IF-023), the suite, as the Meter Data Retriever, hands it a settlement day of half-hourly reads
// (the `settlement-data` trigger), and the Data Service must send the day as IF-021 [ActivePower]:
// every UTC settlement period, the reads as actuals, the unread periods estimated along the
// load shape, accepted by the simulated MDS.
import { addCalendarDays } from '../clock/gb-calendar-date.ts';
import { PROCESS_CHECKS, SETTLEMENT_DATA_CHECKS } from '../findings/check-registry.ts';
import { roleOf } from '../profile/participant-profile.ts';
import { type Finding, findingOf } from '../rules/rule.ts';
import type { MessageKind } from '../spec/message-kind.ts';
import { readFieldOf } from '../spec/payload-fields.ts';
import { fireTrigger } from '../stage/triggers.ts';
import { parseOffsetTimestamp } from '../time/gb-time.ts';
import { periodNumberOf, settlementDay } from '../time/settlement-periods.ts';
import { kwh, type LoadShapeGroup } from '../../mocks/lss/load-shapes.ts';
import type { SettlementCode } from '../../mocks/mds/mds-publications.ts';
import type { MarketSegment } from '../../mocks/smrs/metering-points.ts';
import { recordPushesSince } from './dip-pushes.ts';
import { matches, messagesOf } from './exchange-messages.ts';
import type { ScenarioContext } from './scenario-context.ts';
import { Inconclusive, ParticipantDefect, SuiteError } from './verdicts.ts';

/** The trigger event of the settlement-data SLA (scenarios/slas.yaml): the MDR hands the Data Service its reads. */
export const READS_HANDED = 'half-hourly reads handed to the Data Service';
/** The trigger event of the settlement-data-reactive SLA: the MDR hands the Data Service a day of reactive reads. */
export const REACTIVE_READS_HANDED = 'half-hourly reactive reads handed to the Data Service';
export const SETTLEMENT_DATA = 'IF-021 [ActivePower]';

/** The quantities the MDR hands over (DI-052): Active Import, or Reactive Import, sent as IF-021 [ReactivePower]. */
export type HandedQuantity = 'AI' | 'RI';

/** A settlement day handed to the Data Service: its UTC date and the reads, kWh by period number. */
export interface HandedDay {
  readonly settlementDate: string;
  readonly reads: ReadonlyMap<number, string>;
  /** The load shape group the LSS published the day's shape for. */
  readonly group: LoadShapeGroup;
  /** The IF-021 the day is sent as: [ActivePower] for an active quantity, [ReactivePower] for a reactive one. */
  readonly sentAs: string;
}

const DAY_MILLIS = 86_400_000;

/** The UTC date `days` before the market's now: settlement days are UTC days (DI-101). */
function utcDateDaysAgo(context: ScenarioContext, days: number): string {
  return new Date(context.stage.clock.now() - days * DAY_MILLIS).toISOString().slice(0, 10);
}

function dataServiceRole(segment: MarketSegment): 'SDS' | 'ADS' {
  return segment === 'S' ? 'SDS' : 'ADS';
}

/**
 * An MPAN registered to another Supplier whose Data Service has been the participant's (its
 * SDS for a Smart MPAN, its ADS for an Advanced one) for `days` days: the SMRS holds it so and
 * told the Data Service with IF-036 [DSAppActive].
 */
export async function mpanServedByParticipantDataService(context: ScenarioContext, segment: MarketSegment, days: number): Promise<void> {
  const { stage } = context;
  const role = roleOf(stage.options.profile, dataServiceRole(segment));
  if (!role) throw new Inconclusive(`the profile declares no ${segment === 'S' ? 'Smart (SDS)' : 'Advanced (ADS)'} Data Service`);
  context.point = stage.meteringPoint(segment);
  const since = addCalendarDays(utcDateDaysAgo(context, 0), -days);
  const from = context.watch.seen.length;
  await stage.smrs.dataServiceAppointed(context.mpan, { dipId: role.dipId, mpid: role.mpid }, since);
  await recordPushesSince(context, from);
}

/** The SMRS ended the participant's Data Service's appointment to the MPAN `days` ago (its last day) and told it with IF-037 [DSDeApp]. */
export async function smrsDeAppointedDataService(context: ScenarioContext, days: number): Promise<void> {
  const from = context.watch.seen.length;
  await context.stage.smrs.dataServiceDeAppointed(context.mpan, addCalendarDays(utcDateDaysAgo(context, 0), -days));
  await recordPushesSince(context, from);
}

/** The load shape group of the scenario's MPAN, as the LSS publishes shapes for it: import, whole current. */
function groupOf(context: ScenarioContext): LoadShapeGroup {
  const point = context.point!;
  return { gspGroup: point.gspGroup as LoadShapeGroup['gspGroup'], segment: point.segment, connectionType: 'W', domestic: point.segment === 'S' ? 'T' : 'F', mqid: 'AI' };
}

/** The LSS publishes the load shapes of the settlement day `days` ago to the participant's Data Service. */
export async function lssPublishesShapes(context: ScenarioContext, days: number): Promise<string> {
  const { stage } = context;
  const point = context.point;
  if (!point?.dataService) throw new SuiteError('the scenario has no MPAN with a Data Service: a Given step must set one up');
  const settlementDate = utcDateDaysAgo(context, days);
  const from = context.watch.seen.length;
  await stage.lss.publishDay(settlementDate, [point.dataService.dipId], [point.gspGroup as LoadShapeGroup['gspGroup']]);
  await recordPushesSince(context, from);
  return settlementDate;
}

/**
 * The suite, as the MPAN's Meter Data Retriever, hands the Data Service the reads of the
 * settlement day `days` ago: every period's consumption but those in `unread`, of the active
 * import or (`RI`) the reactive import. The reads follow the day's active load shape with a
 * seeded wobble, as a household's consumption does; the LSS publishes no reactive shape.
 */
export async function mdrHandsReads(context: ScenarioContext, days: number, unread: readonly number[] = [], quantity: HandedQuantity = 'AI'): Promise<void> {
  const { stage } = context;
  const point = context.point;
  if (!point?.dataService) throw new SuiteError('the scenario has no MPAN with a Data Service: a Given step must set one up');
  const settlementDate = utcDateDaysAgo(context, days);
  const group = groupOf(context);
  const shape = stage.lss.shapeFor(group, settlementDate);
  const reads = new Map<number, string>();
  shape.periods.forEach((period, index) => {
    if (!unread.includes(index + 1)) reads.set(index + 1, kwh(period.thousandths * stage.faker.number.float({ min: 0.7, max: 1.3 })));
  });
  context.settlementDay = { settlementDate, reads, group, sentAs: quantity === 'RI' ? 'IF-021 [ReactivePower]' : SETTLEMENT_DATA };
  const at = stage.clock.now();
  await fireTrigger(
    stage.options.profile,
    'settlement-data',
    {
      mpan: point.mpan,
      distributorDipId: point.distributorDipId,
      gspGroup: point.gspGroup,
      segment: point.segment,
      dataServiceDipId: point.dataService.dipId,
      settlementDate,
      connectionType: group.connectionType,
      domestic: group.domestic === 'T',
      mqid: quantity,
      reads: [...reads].map(([period, value]) => ({ period, kwh: value })),
    },
    stage.participantUrl,
    stage.triggerAgent,
    context.browserMeans(),
  );
  context.actions.push({ what: quantity === 'RI' ? REACTIVE_READS_HANDED : READS_HANDED, at });
}

/**
 * The MDS's judgement of the participant's last IF-021 for the scenario's MPAN: whatever days it
 * names, so that a message carrying the wrong day is judged rather than missed.
 */
async function mdsJudgement(context: ScenarioContext) {
  const { stage } = context;
  await stage.emulator.routed();
  await stage.mds.idle();
  const judgement = stage.mds.judgements.filter((candidate) => candidate.mpan === context.mpan).at(-1);
  if (!judgement) throw new SuiteError(`the MDS judged no IF-021 for MPAN ${context.mpan}, though the DIP accepted one`);
  return judgement;
}

function handedDay(context: ScenarioContext): HandedDay {
  const day = context.settlementDay;
  if (!day) throw new SuiteError('the Data Service was handed no reads in this scenario');
  return day;
}

/** The requirement each MDS check evidences in these scenarios (the registry's usual one is REQ-PROCESS-CONTENT). */
const REQUIREMENT_OF_CHECK: Readonly<Record<string, string>> = {
  [SETTLEMENT_DATA_CHECKS.dayStart.id]: 'REQ-DS-SETTLEMENT-DAY',
  [SETTLEMENT_DATA_CHECKS.periodBoundary.id]: 'REQ-DS-SETTLEMENT-DAY',
  [SETTLEMENT_DATA_CHECKS.periodOnce.id]: 'REQ-DS-SETTLEMENT-DAY',
  [SETTLEMENT_DATA_CHECKS.dayComplete.id]: 'REQ-DS-SETTLEMENT-DAY',
  [SETTLEMENT_DATA_CHECKS.quantityFitsEvent.id]: 'REQ-DS-SETTLEMENT-DAY',
  [SETTLEMENT_DATA_CHECKS.value.id]: 'REQ-DS-SETTLEMENT-DAY',
  [SETTLEMENT_DATA_CHECKS.qualityFlag.id]: 'REQ-DS-SETTLEMENT-QUALITY',
  [SETTLEMENT_DATA_CHECKS.senderAppointed.id]: 'REQ-DS-APPOINTED-DAYS',
  [SETTLEMENT_DATA_CHECKS.estimatesFollowShape.id]: 'REQ-DS-ESTIMATE-SHAPE',
};

const asScenarioFinding = (finding: Finding): Finding => ({ ...finding, requirement: REQUIREMENT_OF_CHECK[finding.rule] ?? finding.requirement });

/**
 * The MDS accepts the day: it is whole, well formed, from the Data Service appointed that day.
 * Every day the message carries is judged, not only the one handed over: a Data Service that
 * splits a GB local day into two UTC ones sends a fragment of the day before, which is refused.
 */
export async function expectMdsAccepts(context: ScenarioContext): Promise<void> {
  const judgement = await mdsJudgement(context);
  context.warnings.push(...judgement.days.flatMap((day) => day.warnings).map(asScenarioFinding));
  const refused = judgement.days.filter((day) => !day.accepted);
  if (refused.length) {
    const days = refused.map((day) => `${day.settlementDate} (IF-014: ${day.responses.join('; ')})`).join(', ');
    throw new ParticipantDefect(`the MDS refuses the settlement day${refused.length > 1 ? 's' : ''} ${days} of the participant's ${SETTLEMENT_DATA}`, refused.flatMap((day) => day.problems).map(asScenarioFinding));
  }
}

interface SentPeriod {
  readonly period: number;
  readonly value: string;
  readonly flag: string;
  readonly pointer: string;
}

/** The periods of the participant's IF-021 for the handed day, by period number. */
function sentPeriods(context: ScenarioContext): SentPeriod[] {
  const { settlementDate, sentAs } = handedDay(context);
  const exchange = context.received.get(sentAs);
  if (!exchange) throw new SuiteError(`no ${sentAs} from the participant was matched in this scenario`);
  const day = settlementDay(settlementDate, 'utc');
  const blocks = readFieldOf('IF-021 [ActivePower]', messagesOf(exchange)[0]?.payload, 'CustomBlock', 'B900', 'settlementDayConsumptionPeriods');
  const periods: SentPeriod[] = [];
  (Array.isArray(blocks) ? blocks : []).forEach((block: { consumptionPeriods?: unknown }, blockIndex) => {
    const items = Array.isArray(block.consumptionPeriods) ? (block.consumptionPeriods as Array<Record<string, unknown>>) : [];
    items.forEach((item, index) => {
      const end = typeof item.sp === 'string' ? parseOffsetTimestamp(item.sp) : undefined;
      const period = end && 'utcMillis' in end ? periodNumberOf(day, end.utcMillis) : undefined;
      if (period === undefined) return;
      periods.push({ period, value: String(item.v), flag: String(item.q), pointer: `/0/payload/CustomBlock/B900/settlementDayConsumptionPeriods/${blockIndex}/consumptionPeriods/${index}` });
    });
  });
  return periods;
}

/** Every period read is sent as the actual value read (q A); every period not read as an estimate. */
export function expectActualsAndEstimates(context: ScenarioContext): void {
  const { reads } = handedDay(context);
  const findings: Finding[] = [];
  const flagFinding = (pointer: string, detail: string) => findingOf(SETTLEMENT_DATA_CHECKS.qualityFlag, pointer, detail, 'REQ-DS-SETTLEMENT-QUALITY');
  for (const sent of sentPeriods(context)) {
    const read = reads.get(sent.period);
    if (read !== undefined && sent.flag !== 'A') findings.push(flagFinding(`${sent.pointer}/q`, `period ${sent.period} was read (${read} kWh) but is flagged ${sent.flag}, not A (actual)`));
    if (read !== undefined && Number(sent.value) !== Number(read)) findings.push(flagFinding(`${sent.pointer}/v`, `period ${sent.period} was read as ${read} kWh but is sent as ${sent.value}`));
    if (read === undefined && sent.flag === 'A') findings.push(flagFinding(`${sent.pointer}/q`, `period ${sent.period} was not read, yet its value ${sent.value} is flagged A (actual)`));
  }
  if (findings.length) throw new ParticipantDefect(`the participant's ${handedDay(context).sentAs} does not say which periods are actual and which estimated`, findings);
}

/** The estimated periods follow the LSS load shape of the MPAN's group and day: here a failure, not the MDS's warning. */
export async function expectEstimatesFollowShape(context: ScenarioContext): Promise<void> {
  const judgement = await mdsJudgement(context);
  const offShape = judgement.days.flatMap((day) => day.warnings).filter((finding) => finding.rule === SETTLEMENT_DATA_CHECKS.estimatesFollowShape.id);
  if (offShape.length) {
    throw new ParticipantDefect(
      `the participant's estimates for ${handedDay(context).settlementDate} do not follow the LSS load shape (IF-022)`,
      offShape.map((finding) => ({ ...findingOf(SETTLEMENT_DATA_CHECKS.estimatesFollowShape, finding.pointer, finding.message, 'REQ-DS-ESTIMATE-SHAPE'), severity: 'fail' as const })),
    );
  }
  const estimated = sentPeriods(context).filter((sent) => sent.flag !== 'A');
  if (estimated.length < 2) throw new ParticipantDefect(`the participant's ${SETTLEMENT_DATA} estimates fewer than two periods, so the shape cannot be seen`, [findingOf(PROCESS_CHECKS.content, '/0/payload/CustomBlock/B900', `${estimated.length} period(s) flagged as estimates; the MDR left ${48 - handedDay(context).reads.size} unread`, 'REQ-DS-SETTLEMENT-QUALITY')]);
}

/**
 * The participant sends no IF-021 for the handed day within `minutes` of the reads: its Data
 * Service was not appointed to the MPAN that day, so the day's consumption is another's to send.
 */
export async function expectNothingSentForDay(context: ScenarioContext, minutes: number): Promise<void> {
  const action = context.lastAction(READS_HANDED);
  if (!action) throw new SuiteError('the Data Service was handed no reads in this scenario');
  const { settlementDate } = handedDay(context);
  const query = { direction: 'participant-to-dip' as const, interfaceID: 'IF-021', mpan: context.mpan, since: action.at };
  const exchange = await context.watch.next((candidate) => matches(candidate, query) !== undefined, action.at + minutes * 60_000);
  if (!exchange) return;
  context.received.set(SETTLEMENT_DATA, exchange);
  const point = context.point;
  const span = `from ${point?.dataServiceFrom ?? 'when the SMRS first held the MPAN'}${point?.dataServiceUntil ? ` to ${point.dataServiceUntil}` : ''}`;
  throw new ParticipantDefect(`the participant sent IF-021 for MPAN ${context.mpan} and settlement day ${settlementDate}, a day its Data Service was not appointed (${span})`, [
    findingOf(
      SETTLEMENT_DATA_CHECKS.senderAppointed,
      '/0/payload/CommonBlock/S1/senderDIPID',
      `the SMRS holds the participant's Data Service appointed to MPAN ${context.mpan} ${span}; it sent consumption for ${settlementDate}`,
      'REQ-DS-APPOINTED-DAYS',
    ),
  ]);
}

/** What the MDS's IF-014 says when the MPAN's status stops it recording consumption: a refusal the Data Service did not cause. */
export const MPAN_STATUS_REFUSAL = 'ECS1009 - Consumption cannot be recorded due to ECS MPAN Status';
export const SETTLEMENT_REFUSAL = 'IF-014 [ActivePowerRejected]';

/** The feature names the refusal as the MDS sends it. */
export function checkRefusalKind(message: MessageKind): void {
  if (message.label !== SETTLEMENT_REFUSAL) throw new SuiteError(`the MDS refuses settlement data with ${SETTLEMENT_REFUSAL}, not ${message.label}`);
}

/** The MDS will refuse the MPAN's next settlement data once (ECS1009), whatever it holds. */
export function mdsWillRefuseOnce(context: ScenarioContext): void {
  context.stage.mds.refuseNext(context.mpan, MPAN_STATUS_REFUSAL);
}

/**
 * The MDS refuses the participant's IF-021 and tells it with IF-014 [ActivePowerRejected]: the
 * push is noted as the action a resubmission is timed from.
 */
export async function expectMdsRefusalPushed(context: ScenarioContext): Promise<void> {
  const exchange = context.received.get(SETTLEMENT_DATA);
  if (!exchange) throw new SuiteError(`no ${SETTLEMENT_DATA} from the participant was matched in this scenario`);
  const query = { direction: 'dip-to-participant' as const, interfaceID: 'IF-014', eventCode: '[ActivePowerRejected]', mpan: context.mpan, since: exchange.marketMillis };
  // The MDS answers at once; an hour of market time is ample for the push and its retries.
  const pushed = await context.watch.next((candidate) => matches(candidate, query) !== undefined, exchange.marketMillis + 60 * 60_000);
  if (!pushed) throw new SuiteError(`the MDS did not push ${SETTLEMENT_REFUSAL} for MPAN ${context.mpan} to the participant after its ${SETTLEMENT_DATA}`);
  if (pushed.response?.status !== 201) {
    throw new ParticipantDefect(`the participant did not take ${SETTLEMENT_REFUSAL} (HTTP ${pushed.response?.status ?? 'no answer'})`, [
      findingOf(PROCESS_CHECKS.content, '', `the participant answered the push of ${SETTLEMENT_REFUSAL} with ${pushed.response?.status ?? pushed.transportError ?? 'no answer'}`, 'REQ-DS-RESUBMISSION'),
    ]);
  }
  // Timed from when the push left: a Data Service may send the day again before its answer to the push is read.
  context.actions.push({ what: SETTLEMENT_REFUSAL, at: pushed.sentMarketMillis ?? pushed.marketMillis });
}

export const SETTLEMENT_DEFAULT = 'IF-013 [ActivePowerDefaulted]';

/** DI-160 Settlement Code of each settlement run a feature names. */
const SETTLEMENT_RUNS: Readonly<Record<string, SettlementCode>> = {
  'Interim Initial': 'II',
  'Initial Settlement': 'SF',
  'First Reconciliation': 'R1',
  'Final Reconciliation': 'RF',
};

/**
 * The MDS's settlement run of the day `days` ago finds no data for the scenario's MPAN, defaults
 * it and tells its Data Service with IF-013 [ActivePowerDefaulted]: the push is noted as the
 * action the Data Service's IF-021 is timed from. The run settles only this MPAN (other
 * scenarios' MPANs are not defaulted), and the finding the run makes of the missing data is not
 * the scenario's: nothing was handed to the Data Service to send.
 */
export async function mdsRunDefaultsDay(context: ScenarioContext, runName: string, days: number): Promise<void> {
  const { stage } = context;
  const code = SETTLEMENT_RUNS[runName];
  if (!code) throw new SuiteError(`no settlement run is named ${runName}: ${Object.keys(SETTLEMENT_RUNS).join(', ')}`);
  const point = context.point;
  if (!point?.dataService) throw new SuiteError('the scenario has no MPAN with a Data Service: a Given step must set one up');
  const settlementDate = utcDateDaysAgo(context, days);
  context.settlementDay = { settlementDate, reads: new Map(), group: groupOf(context), sentAs: SETTLEMENT_DATA };
  const since = stage.clock.now();
  const outcome = await stage.mds.settlementRunOf(context.mpan, settlementDate, code);
  if (!outcome.defaulted.some((entry) => entry.mpan === context.mpan)) throw new SuiteError(`the ${code} run of ${settlementDate} did not default MPAN ${context.mpan}: the MDS holds its data, or the SMRS no Data Service for it`);
  const query = { direction: 'dip-to-participant' as const, interfaceID: 'IF-013', eventCode: '[ActivePowerDefaulted]', mpan: context.mpan, since };
  // The MDS publishes at once; an hour of market time is ample for the push and its retries.
  const pushed = await context.watch.next((candidate) => matches(candidate, query) !== undefined, since + 60 * 60_000);
  if (!pushed) throw new SuiteError(`the MDS did not push ${SETTLEMENT_DEFAULT} for MPAN ${context.mpan} to the participant after its ${code} run`);
  if (pushed.response?.status !== 201) {
    throw new ParticipantDefect(`the participant did not take ${SETTLEMENT_DEFAULT} (HTTP ${pushed.response?.status ?? 'no answer'})`, [
      findingOf(PROCESS_CHECKS.content, '', `the participant answered the push of ${SETTLEMENT_DEFAULT} with ${pushed.response?.status ?? pushed.transportError ?? 'no answer'}`, 'REQ-DS-DEFAULT-RESUBMISSION'),
    ]);
  }
  // Timed from when the push left, as a refusal is: the day may go before the push's answer is read.
  context.actions.push({ what: SETTLEMENT_DEFAULT, at: pushed.sentMarketMillis ?? pushed.marketMillis });
}

/** The feature names the default notice as the MDS sends it. */
export function checkDefaultKind(message: MessageKind): void {
  if (message.label !== SETTLEMENT_DEFAULT) throw new SuiteError(`the MDS tells of a default with ${SETTLEMENT_DEFAULT}, not ${message.label}`);
}
