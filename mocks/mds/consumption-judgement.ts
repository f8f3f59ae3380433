// How the simulated MDS judges one IF-021 a Data Service sent: per settlement day it names,
// whether every period of the day is there once, ends on a UTC half hour inside the day, carries
// a value and a quality flag the definitions allow, comes from the Data Service appointed to the
// MPAN that day, and comes before the day's final reconciliation run. A day with any failing
// finding is refused (the MDS answers IF-014 naming each problem); the other days are accepted.
// Pure: the MDS simulator turns the judgement into messages.
import type { Finding } from '../../src/rules/rule.ts';
import { findingOf } from '../../src/rules/rule.ts';
import type { B047, B901, DipPayloads } from '../../src/spec/generated/dip-payloads.ts';
import { formatGbTimestamp, gbDate, isTimestampProblem, parseOffsetTimestamp } from '../../src/time/gb-time.ts';
import { periodEnds, periodNumberOf, SETTLEMENT_PERIOD_MILLIS, type SettlementDay, type SettlementDayBasis, settlementDateStartingAt, settlementDay } from '../../src/time/settlement-periods.ts';
import type { AcceptedMessage } from '../dip/ingress-judgement.ts';
import type { LoadShapeSource } from '../lss/load-shapes.ts';
import type { AppointmentsOnDay } from './appointments-on-day.ts';
import { estimateShapeFindings, shapeGroupOf } from './estimate-shape.ts';
import { SETTLEMENT_DATA_CHECKS as CHECKS, type SettlementDataCheck } from './settlement-data-checks.ts';

export type ConsumptionPayload = DipPayloads['IF-021 [ActivePower]'] | DipPayloads['IF-021 [ReactivePower]'];

export interface DayJudgement {
  /** The settlement date, or the settlementDayDate as sent when it starts no day. */
  readonly settlementDate: string;
  /** Indices of the B901 blocks that carry the day. */
  readonly blocks: readonly number[];
  /** Failing findings: any refuses the day. */
  readonly problems: readonly Finding[];
  /** The lines its IF-014 carries (R0 responseMessages, at most 200 characters each): one per kind of problem. */
  readonly responses: readonly string[];
  /** Findings that refuse nothing (severity warn). */
  readonly warnings: readonly Finding[];
  readonly accepted: boolean;
}

export interface ConsumptionJudgement {
  readonly transactionID: string;
  readonly senderDipId: string;
  readonly eventCode: string;
  readonly mpan: string;
  readonly mqid: string;
  readonly days: readonly DayJudgement[];
}

export interface JudgementContext {
  readonly basis: SettlementDayBasis;
  readonly appointments: AppointmentsOnDay;
  /** The DIP role the sender is registered with (SDS, ADS, UMSDS), to tell an ADS-only flag from one it may use. */
  readonly senderRole: string | undefined;
  /** When the final reconciliation run (RF) of a settlement date ran, market millis; undefined before it has. */
  readonly finalRunAt: (settlementDate: string) => number | undefined;
  readonly loadShapes?: LoadShapeSource;
}

const RESPONSE_LIMIT = 200;
const DECIMAL_9_3 = /^-?\d{1,9}\.\d{3}$/;
const QUANTITIES: Readonly<Record<string, readonly string[]>> = { '[ActivePower]': ['AI', 'AE'], '[ReactivePower]': ['RI', 'RE'] };
/** DI-083 flags its comments mark "ADS Only" (the EA methods included). */
const ADS_ONLY = /^(A[123]|AAE[123]|EAE[123]|EA\d{1,2})$/;
/** DI-083 flags of an estimate (DI-076 then says why): E…, ZE…; A, A1–A3 and AAE… are actual data. */
const ESTIMATE = /^(E|ZE)/;
const BLOCKS = '/CustomBlock/B900/settlementDayConsumptionPeriods';

/** Where one period sits in the message, and what it carries. */
interface PeriodAt {
  readonly block: number;
  readonly index: number;
  readonly period: Partial<B047>;
}

const pointerOf = (at: PeriodAt, field?: keyof B047) => `${BLOCKS}/${at.block}/consumptionPeriods/${at.index}${field ? `/${field}` : ''}`;

/** The IF-014 line: the ECS code where the definitions have one, else the check's ID; then what is wrong. */
function responseLine(code: string, text: string): string {
  const line = `${code} - ${text}`;
  return line.length > RESPONSE_LIMIT ? `${line.slice(0, RESPONSE_LIMIT - 1)}…` : line;
}

/** Findings of one check on a day, and one IF-014 line for them all. */
class DayProblems {
  readonly problems: Finding[] = [];
  readonly responses: string[] = [];
  readonly warnings: Finding[] = [];

  add(check: SettlementDataCheck, code: string | undefined, headline: string, occurrences: ReadonlyArray<{ pointer: string; detail: string }>): void {
    if (occurrences.length === 0) return;
    const findings = occurrences.map(({ pointer, detail }) => findingOf(check, pointer, `${headline}: ${detail}`));
    if (check.severity === 'warn') {
      this.warnings.push(...findings);
      return;
    }
    this.problems.push(...findings);
    // The count first: a line cut at 200 characters loses the end of the example, not how many there are.
    const count = occurrences.length > 1 ? ` (${occurrences.length} found)` : '';
    this.responses.push(responseLine(code ?? check.id, `${headline}${count}: ${occurrences[0]!.detail}`));
  }

  judged(settlementDate: string, blocks: readonly number[]): DayJudgement {
    return { settlementDate, blocks, problems: this.problems, responses: this.responses, warnings: this.warnings, accepted: this.problems.length === 0 };
  }
}

const calendarName = (basis: SettlementDayBasis) => (basis === 'utc' ? 'UTC' : 'GB local');
const sp = (utcMillis: number) => formatGbTimestamp(utcMillis);

/** Judges one accepted IF-021, day by day. */
export function judgeConsumption(message: AcceptedMessage, context: JudgementContext): ConsumptionJudgement {
  const payload = message.payload as unknown as ConsumptionPayload;
  const b900 = payload.CustomBlock?.B900;
  const mpan = String(payload.CommonBlock?.M0?.MPANCore ?? '');
  const mqid = String(b900?.MQID?.measurementQuantityID ?? '');
  const blocks: readonly B901[] = Array.isArray(b900?.settlementDayConsumptionPeriods) ? b900.settlementDayConsumptionPeriods : [];

  // Blocks by the day they name: a day's periods may be spread over several blocks.
  const byDay = new Map<string, { day?: SettlementDay; blocks: number[]; startProblem?: string }>();
  blocks.forEach((block, index) => {
    const text = String(block?.settlementDay?.settlementDayDate ?? '');
    const parsed = parseOffsetTimestamp(text);
    const date = isTimestampProblem(parsed) ? undefined : settlementDateStartingAt(parsed.utcMillis, context.basis);
    const key = date ?? text;
    const entry = byDay.get(key) ?? { blocks: [], ...(date ? { day: settlementDay(date, context.basis) } : {}) };
    entry.blocks.push(index);
    if (!date) entry.startProblem = isTimestampProblem(parsed) ? `'${text}' is not a DT-003 date-time` : `'${text}' is not 00:00 ${calendarName(context.basis)} of any day`;
    byDay.set(key, entry);
  });

  const days = [...byDay.entries()].map(([key, entry]): DayJudgement => {
    const problems = new DayProblems();
    const allowed = QUANTITIES[message.eventCode] ?? [];
    if (!allowed.includes(mqid)) {
      problems.add(CHECKS.quantityFitsEvent, 'ECS1002', 'MQID Invalid for Event Type', [
        { pointer: '/CustomBlock/B900/MQID/measurementQuantityID', detail: `${mqid || '(none)'} sent with ${message.eventCode}, which takes ${allowed.join(' or ')}` },
      ]);
    }
    if (!entry.day) {
      problems.add(CHECKS.dayStart, context.basis === 'utc' ? 'ECS1014' : undefined, `Settlement Day Date is not the start of a ${calendarName(context.basis)} day`, [
        { pointer: `${BLOCKS}/${entry.blocks[0]}/settlementDay/settlementDayDate`, detail: `${entry.startProblem}; write 00:00:00 ${calendarName(context.basis)} of the day` },
      ]);
      return problems.judged(key, entry.blocks);
    }
    judgeDay(entry.day, entry.blocks.flatMap((block) => periodsOf(blocks[block], block)), message, payload, context, problems);
    return problems.judged(key, entry.blocks);
  });
  return { transactionID: message.transactionID, senderDipId: message.senderDipId, eventCode: message.eventCode, mpan, mqid, days };
}

function periodsOf(block: B901 | undefined, blockIndex: number): PeriodAt[] {
  const periods = Array.isArray(block?.consumptionPeriods) ? block.consumptionPeriods : [];
  return periods.map((period, index) => ({ block: blockIndex, index, period: (period ?? {}) as Partial<B047> }));
}

function judgeDay(day: SettlementDay, periods: readonly PeriodAt[], message: AcceptedMessage, payload: ConsumptionPayload, context: JudgementContext, problems: DayProblems): void {
  const where = `settlement day ${day.date} (${calendarName(day.basis)}, ${day.periodCount} periods)`;
  const seen = new Map<number, PeriodAt>();
  const boundary: Array<{ pointer: string; detail: string }> = [];
  const twice: Array<{ pointer: string; detail: string }> = [];
  const notDecimal: Array<{ pointer: string; detail: string }> = [];
  const negative: Array<{ pointer: string; detail: string }> = [];
  const zeroEstimate: Array<{ pointer: string; detail: string }> = [];
  const flagNotForSender: Array<{ pointer: string; detail: string }> = [];
  const noReason: Array<{ pointer: string; detail: string }> = [];
  const estimates: Array<{ endUtcMillis: number; value: string; pointer: string }> = [];

  for (const at of periods) {
    const { sp: text, v: value, q: flag, e: reason } = at.period;
    const parsed = parseOffsetTimestamp(String(text ?? ''));
    const end = isTimestampProblem(parsed) ? undefined : parsed.utcMillis;
    const number = end === undefined ? undefined : periodNumberOf(day, end);
    const label = end === undefined ? `sp '${String(text)}'` : `sp ${sp(end)}`;
    if (end === undefined) boundary.push({ pointer: pointerOf(at, 'sp'), detail: `'${String(text)}' is not a DT-003 date-time` });
    else if (number === undefined) {
      const offGrid = (end - day.startUtcMillis) % SETTLEMENT_PERIOD_MILLIS !== 0;
      const bounds = `${sp(day.startUtcMillis + SETTLEMENT_PERIOD_MILLIS)} to ${sp(day.endUtcMillis)}`;
      boundary.push({ pointer: pointerOf(at, 'sp'), detail: offGrid ? `${sp(end)} is not on a UTC half hour` : `${sp(end)} is outside ${day.date}, whose periods end ${bounds}` });
    } else if (seen.has(number)) twice.push({ pointer: pointerOf(at, 'sp'), detail: `${label} (period ${number}) is sent twice` });
    else seen.set(number, at);

    const text3 = String(value ?? '');
    if (!DECIMAL_9_3.test(text3)) notDecimal.push({ pointer: pointerOf(at, 'v'), detail: `${label} has '${text3}', not a kWh (9,3) decimal` });
    else if (text3.startsWith('-')) negative.push({ pointer: pointerOf(at, 'v'), detail: `${label} has ${text3}` });
    else if (String(flag).startsWith('ZE') && Number(text3) !== 0) zeroEstimate.push({ pointer: pointerOf(at, 'v'), detail: `${label} is flagged ${String(flag)} with ${text3}` });

    if (typeof flag === 'string' && ADS_ONLY.test(flag) && context.senderRole !== 'ADS') {
      flagNotForSender.push({ pointer: pointerOf(at, 'q'), detail: `${label} is flagged ${flag}, a flag for an Advanced Data Service only; the sender is ${context.senderRole ?? 'not registered'}` });
    }
    if (typeof flag === 'string' && ESTIMATE.test(flag)) {
      if (reason === null || reason === undefined) noReason.push({ pointer: pointerOf(at, 'e'), detail: `${label} is an estimate (${flag}) with no reason code (DI-076)` });
      if (end !== undefined && number !== undefined && DECIMAL_9_3.test(text3)) estimates.push({ endUtcMillis: end, value: text3, pointer: pointerOf(at, 'v') });
    }
  }

  problems.add(CHECKS.periodBoundary, 'ECS1005', 'SP End Date / Time invalid for Settlement Period Duration', boundary);
  problems.add(CHECKS.periodOnce, 'ECS1006', 'SP End Date/Time duplicated with SP in same message', twice);
  problems.add(CHECKS.value, undefined, 'Consumption Value is not a (9,3) decimal', notDecimal);
  problems.add(CHECKS.value, 'ECS1010', 'Consumption Value cannot be negative', negative);
  problems.add(CHECKS.value, 'ECS1011', "Consumption Value must be Zero if Estimation Code is Type 'ZE'", zeroEstimate);
  problems.add(CHECKS.qualityFlag, undefined, 'Quality flag not for this Data Service', flagNotForSender);
  problems.add(CHECKS.qualityFlag, 'ECS1015', 'Estimation Reason Code Cannot be Null', noReason);

  const missing = periodEnds(day).filter((end) => !seen.has(periodNumberOf(day, end)!));
  if (missing.length > 0) {
    const first = periods[0] ? `${BLOCKS}/${periods[0].block}/consumptionPeriods` : BLOCKS;
    const shown = missing.slice(0, 3).map((end) => `${periodNumberOf(day, end)} (sp ${sp(end)})`).join(', ');
    problems.add(CHECKS.dayComplete, undefined, `Settlement day incomplete`, [
      { pointer: first, detail: `${where} has ${seen.size}; missing ${missing.length}: ${shown}${missing.length > 3 ? ', …' : ''}` },
    ]);
  }

  problems.add(CHECKS.senderAppointed, undefined, 'Sender not the appointed Data Service', appointmentProblems(day, message, payload, context));

  const finalRun = context.finalRunAt(day.date);
  if (finalRun !== undefined) {
    problems.add(CHECKS.beforeFinalRun, 'ECS1003', 'SP End Date/Time [DI-082] has already past "MDS Run Date (RF)"', [
      { pointer: `${BLOCKS}/${periods[0]?.block ?? 0}/settlementDay/settlementDayDate`, detail: `the RF run of ${day.date} ran at ${sp(finalRun)}` },
    ]);
  }

  if (context.loadShapes) {
    const standing = context.appointments.on(String(payload.CommonBlock?.M0?.MPANCore ?? ''), day.date);
    const group = standing ? shapeGroupOf(standing, String(payload.CustomBlock?.B067?.connectionTypeIndicator ?? 'W'), String(payload.CustomBlock?.B900?.MQID?.measurementQuantityID ?? '')) : undefined;
    const shape = group ? context.loadShapes.shapeFor(group, day.date) : undefined;
    if (shape && shape.day.basis === day.basis) problems.add(CHECKS.estimatesFollowShape, undefined, 'Estimates do not follow the load shape', estimateShapeFindings(estimates, shape));
  }
}

/** The sender must be the issuing Data Service it names, and the one appointed on every GB day the settlement day touches. */
function appointmentProblems(day: SettlementDay, message: AcceptedMessage, payload: ConsumptionPayload, context: JudgementContext): Array<{ pointer: string; detail: string }> {
  const found: Array<{ pointer: string; detail: string }> = [];
  const issuing = payload.CustomBlock?.B044?.issuingDataServiceDIPID;
  if (issuing !== message.senderDipId) {
    found.push({ pointer: '/CustomBlock/B044/issuingDataServiceDIPID', detail: `B044 names issuing Data Service ${String(issuing)}, but ${message.senderDipId} sent it` });
  }
  const mpan = String(payload.CommonBlock?.M0?.MPANCore ?? '');
  // A UTC day in summer runs 01:00 to 01:00 BST: two GB days, each with its own appointment.
  for (const gbDay of new Set([gbDate(day.startUtcMillis), gbDate(day.endUtcMillis - 1)])) {
    const standing = context.appointments.on(mpan, gbDay);
    const appointed = standing?.dataService;
    if (!standing) found.push({ pointer: '/CommonBlock/M0/MPANCore', detail: `the SMRS held no MPAN ${mpan} on ${gbDay}` });
    else if (appointed?.dipId !== message.senderDipId) {
      const who = appointed ? `${appointed.dipId} (${appointed.mpid})` : 'no Data Service';
      found.push({ pointer: '/CommonBlock/S1/senderDIPID', detail: `on ${gbDay} the SMRS held ${who} appointed to MPAN ${mpan}, not ${message.senderDipId}` });
    }
  }
  return found;
}
