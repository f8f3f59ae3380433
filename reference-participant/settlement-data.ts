// The Data Service's settlement data (PROCESS-TABLES: the Data Service sends each MPAN's UTC
// settlement day to the MDS and the LSS, IF-021; the MDS refuses a day with IF-014 and tells of
// the periods a run defaulted with IF-013). The suite, as the Meter Data Retriever, hands the
// Data Service a day of half-hourly reads through a test hook:
//
//   POST /test-hooks/settlement-data  {"mpan", "distributorDipId", "gspGroup", "segment": "S"|"A",
//                                      "dataServiceDipId", "settlementDate": "YYYY-MM-DD",
//                                      "connectionType"?: "W", "domestic"?: true, "mqid"?: "AI"|"AE"|"RI"|"RE",
//                                      "reads": [{"period": 1..48, "kwh": "0.215"}, …]}
//
// The day is a UTC day (DI-101): 48 periods from 00:00Z, period n ending n half hours later.
// A period absent from `reads` was not read and is estimated: the load shape the LSS pushed for
// the MPAN's group and day (IF-022), scaled so that over the read periods it sums to the reads
// (with no read at all, to a default daily consumption); with no shape held, flat at the reads'
// mean. Actual reads go flagged A and estimates E with reason 2, missing (DI-083, DI-076): flags
// any Data Service may use, Smart or Advanced. The day goes only where the Data Service was
// appointed to the MPAN (IF-036 until IF-037); reads of another day are taken (202) and nothing
// is sent, as a Data Service's MDR feed would take them. A hook it cannot act on at all (no MDS
// configured, not one of its Data Services) answers 409.
import { en, en_GB, Faker } from '@faker-js/faker';
import { buildMessage } from '../src/builders/message-builder.ts';
import type { B047, B901 } from '../src/spec/generated/dip-payloads.ts';
import { dateProblem, formatGbTimestamp, gbDate, gbMidnightUtcMillis, isTimestampProblem, parseOffsetTimestamp } from '../src/time/gb-time.ts';
import { periodEnds, SETTLEMENT_PERIOD_MILLIS, SETTLEMENT_PERIOD_MINUTES, settlementDateStartingAt, settlementDay } from '../src/time/settlement-periods.ts';
import { GSP_GROUPS, type SettlementConfig } from './config.ts';
import type { UpdateDeps } from './drafted-update.ts';
import { hookBody } from './drafted-update.ts';
import { settlementPolicy, type SettlementPolicy } from './faults/settlement-data.ts';
import type { OwnIdentity } from './identities.ts';
import { block, type Inbound, type MeteringPoint } from './inbound.ts';
import { kwhText, loadShapeFacts, shapeFor } from './load-shapes-held.ts';
import { dipDefinitions } from './own/dip-definitions.ts';
import { isValidMpanCore } from './own/mpan.ts';
import { pick } from './own/pick.ts';
import { OutboxBuilder } from './outgoing.ts';
import type { HttpAnswer, TriggerRecord } from './records.ts';
import type { RoleContext, RoleOutcome } from './roles.ts';
import {
  appointedOn,
  type AppointmentSpan,
  dayKey,
  dayKeyOf,
  holdsMpan,
  latestAppointment,
  type PeriodRead,
  type SettlementDataRequest,
  type SettlementFact,
  type SettlementHeld,
} from './settlement-held.ts';

export const SETTLEMENT_DATA_HOOK = '/test-hooks/settlement-data';

/** The periods of a UTC settlement day (B901 holds at most 48). */
const UTC_PERIODS = 48;
const CONNECTION_TYPES = ['W', 'L', 'H', 'E', 'U'] as const;
const QUANTITIES = ['AI', 'AE', 'RI', 'RE'] as const;

/** The IF-021 event of a measurement quantity (DI-052): active import and export, or reactive. */
export function settlementEventOf(mqid: SettlementDataRequest['mqid']): '[ActivePower]' | '[ReactivePower]' {
  return mqid === 'RI' || mqid === 'RE' ? '[ReactivePower]' : '[ActivePower]';
}
const KWH = /^\d{1,9}(\.\d{1,3})?$/;
const DIP_ID = /^[0-9a-fA-F]{10}$/;

/** The estimate's flag and reason (DI-083 E, DI-076 2 "Missing"): the MDR could not read the period. */
export const ESTIMATE_FLAG = { q: 'E', e: '2' } as const;

// ---------------------------------------------------------------------------------------------
// The hook's body.

function readProblem(read: unknown, index: number, seen: Set<number>): string | undefined {
  const where = `reads[${index}]`;
  if (typeof read !== 'object' || read === null) return `${where} must be {"period", "kwh"}`;
  const { period, kwh } = read as Record<string, unknown>;
  if (typeof period !== 'number' || !Number.isInteger(period) || period < 1 || period > UTC_PERIODS) return `${where}.period must be a whole number from 1 to 48 (a UTC settlement day), found ${JSON.stringify(period)}`;
  if (seen.has(period)) return `${where}.period ${period} is given twice`;
  seen.add(period);
  if (typeof kwh !== 'string' || !KWH.test(kwh)) return `${where}.kwh must be a kWh decimal string with at most 3 decimals such as "0.215", found ${JSON.stringify(kwh)}`;
  return undefined;
}

function problemOf(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return 'the body must be {"mpan", "distributorDipId", "gspGroup", "segment", "dataServiceDipId", "settlementDate", "reads": [{"period", "kwh"}]}';
  }
  const body = payload as Record<string, unknown>;
  if (typeof body.mpan !== 'string' || !isValidMpanCore(body.mpan)) return 'mpan must be a 13-digit MPAN core with a valid check digit';
  if (typeof body.distributorDipId !== 'string' || !DIP_ID.test(body.distributorDipId)) return `distributorDipId must be a 10-character DIP ID, found ${JSON.stringify(body.distributorDipId)}`;
  if (typeof body.gspGroup !== 'string' || !(GSP_GROUPS as readonly string[]).includes(body.gspGroup)) return `gspGroup must be one of ${GSP_GROUPS.join(', ')}, found ${JSON.stringify(body.gspGroup)}`;
  if (body.segment !== 'S' && body.segment !== 'A') return `segment must be S or A, found ${JSON.stringify(body.segment)}`;
  if (typeof body.dataServiceDipId !== 'string' || !DIP_ID.test(body.dataServiceDipId)) return `dataServiceDipId must be the 10-character DIP ID of our Data Service, found ${JSON.stringify(body.dataServiceDipId)}`;
  if (typeof body.settlementDate !== 'string' || dateProblem(body.settlementDate)) return `settlementDate must be a UTC settlement date YYYY-MM-DD, found ${JSON.stringify(body.settlementDate)}`;
  if (body.connectionType !== undefined && !(CONNECTION_TYPES as readonly unknown[]).includes(body.connectionType)) {
    return `connectionType must be one of ${CONNECTION_TYPES.join(', ')} (DI-015), found ${JSON.stringify(body.connectionType)}`;
  }
  if (body.domestic !== undefined && typeof body.domestic !== 'boolean') return `domestic must be true or false, found ${JSON.stringify(body.domestic)}`;
  if (body.mqid !== undefined && !(QUANTITIES as readonly unknown[]).includes(body.mqid)) return `mqid must be AI or AE (IF-021 [ActivePower]), or RI or RE (IF-021 [ReactivePower]), found ${JSON.stringify(body.mqid)}`;
  if (!Array.isArray(body.reads)) return 'reads must be a list of {"period", "kwh"} (an empty list: nothing was read)';
  const seen = new Set<number>();
  for (const [index, read] of body.reads.entries()) {
    const problem = readProblem(read, index, seen);
    if (problem) return problem;
  }
  return undefined;
}

function thousandths(kwh: string): number {
  const [whole, decimals = ''] = kwh.split('.');
  return Number(whole) * 1000 + Number(decimals.padEnd(3, '0'));
}

function requestOf(body: Record<string, unknown>): SettlementDataRequest {
  const segment = body.segment as 'S' | 'A';
  return {
    mpan: body.mpan as string,
    distributorDipId: body.distributorDipId as string,
    gspGroup: body.gspGroup as string,
    segment,
    dataServiceDipId: body.dataServiceDipId as string,
    settlementDate: body.settlementDate as string,
    connectionType: (body.connectionType as SettlementDataRequest['connectionType'] | undefined) ?? 'W',
    // As the load shapes are grouped: a Smart MPAN is domestic unless said otherwise, an Advanced one not.
    domestic: (body.domestic as boolean | undefined) ?? segment === 'S',
    mqid: (body.mqid as SettlementDataRequest['mqid'] | undefined) ?? 'AI',
    reads: (body.reads as { period: number; kwh: string }[]).map((read): PeriodRead => ({ period: read.period, thousandths: thousandths(read.kwh) })).sort((a, b) => a.period - b.period),
  };
}

// ---------------------------------------------------------------------------------------------
// The day's periods.

export interface ComputedDay {
  readonly blocks: B901[];
  readonly actuals: number;
  readonly estimates: number;
  /** How the estimates were made, for the log. */
  readonly note: string;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** The day's B901 blocks from the reads held, estimating the periods not read. */
export function computeDay(request: SettlementDataRequest, held: SettlementHeld, policy: SettlementPolicy, defaultDailyThousandths: number): ComputedDay {
  const utcDay = settlementDay(request.settlementDate, 'utc');
  const localDay = settlementDay(request.settlementDate, 'gb-local');
  const day = policy.gbLocalDayOnClockChange && localDay.periodCount !== UTC_PERIODS ? localDay : utcDay;
  const readAt = new Map(request.reads.map((read) => [utcDay.startUtcMillis + read.period * SETTLEMENT_PERIOD_MILLIS, read.thousandths]));
  const ends = periodEnds(day);
  const readEnds = ends.filter((end) => readAt.has(end));
  const actualTotal = sum(readEnds.map((end) => readAt.get(end)!));
  const estimated = ends.length - readEnds.length;

  const group = { gspGroup: request.gspGroup, connectionType: request.connectionType, segment: request.segment, domestic: request.domestic, mqid: request.mqid };
  const shape = shapeFor(held, group, request.settlementDate);
  const shapeOver = (list: readonly number[]) => sum(list.map((end) => shape!.values.get(end)!));
  const shapeUsable = shape !== undefined && ends.every((end) => shape.values.has(end)) && shapeOver(readEnds.length > 0 ? readEnds : ends) > 0;
  const groupName = `${request.gspGroup} ${request.segment} ${request.connectionType} ${request.domestic ? 'domestic' : 'non-domestic'} ${request.mqid}`;

  let estimate: (end: number) => number;
  let note: string;
  if (shapeUsable && !policy.flatEstimates) {
    const scale = readEnds.length > 0 ? actualTotal / shapeOver(readEnds) : defaultDailyThousandths / shapeOver(ends);
    estimate = (end) => Math.round(shape!.values.get(end)! * scale);
    note = `estimates follow the IF-022 load shape of ${groupName}, scaled ${scale.toFixed(4)} × (${readEnds.length > 0 ? 'the reads over the shape of the read periods' : 'a default daily consumption over the day\'s shape'})`;
  } else {
    const mean = readEnds.length > 0 ? actualTotal / readEnds.length : defaultDailyThousandths / ends.length;
    estimate = () => Math.round(mean);
    note = shapeUsable
      ? `estimates flat at ${kwhText(mean)} kWh, the ${readEnds.length > 0 ? "reads' mean" : 'default daily consumption spread evenly'}`
      : `no IF-022 load shape held for ${groupName} on ${request.settlementDate}: estimates flat at ${kwhText(mean)} kWh, the ${readEnds.length > 0 ? "reads' mean" : 'default daily consumption spread evenly'}`;
  }
  if (estimated === 0) note = 'every period read: no estimates';

  const periods = ends.map((end): B047 => {
    const read = readAt.get(end);
    return read !== undefined
      ? { sp: formatGbTimestamp(end), v: kwhText(read), q: 'A', e: null, arc: null }
      : { sp: formatGbTimestamp(end), v: kwhText(estimate(end)), ...ESTIMATE_FLAG, arc: null };
  });
  // A day of more than 48 periods (the GB local day the clocks go back) needs two blocks of the same day.
  const blocks: B901[] = [];
  for (let start = 0; start < periods.length; start += UTC_PERIODS) {
    blocks.push({ settlementDay: { settlementDayDate: formatGbTimestamp(day.startUtcMillis), periodDuration: SETTLEMENT_PERIOD_MINUTES }, consumptionPeriods: periods.slice(start, start + UTC_PERIODS) });
  }
  return { blocks, actuals: readEnds.length, estimates: estimated, note };
}

// ---------------------------------------------------------------------------------------------
// The IF-021.

/** What the message needs besides the day: where the MPAN is and since when the Data Service has had it. */
interface Standing {
  readonly m0: MeteringPoint;
  readonly span: AppointmentSpan | undefined;
}

/** B067's date: the appointment's start (the connection type is known to it from then), else the day's own GB midnight. */
function connectionTypeFrom(request: SettlementDataRequest, span: AppointmentSpan | undefined): string {
  const from = span ? parseOffsetTimestamp(span.from) : undefined;
  if (from && !isTimestampProblem(from)) return formatGbTimestamp(from.utcMillis);
  const [year, month, day] = gbDate(settlementDay(request.settlementDate, 'utc').startUtcMillis).split('-').map(Number) as [number, number, number];
  return formatGbTimestamp(gbMidnightUtcMillis(year, month, day));
}

export function settlementCustomBlock(request: SettlementDataRequest, standing: Standing, blocks: readonly B901[]): Record<string, unknown> {
  return {
    B044: { issuingDataServiceDIPID: request.dataServiceDipId },
    B067: { connectionTypeIndicator: request.connectionType, connectionTypeEffectiveFromDate: connectionTypeFrom(request, standing.span) },
    B900: { MQID: { measurementQuantityID: request.mqid }, settlementDayConsumptionPeriods: [...blocks] },
  };
}

/** The MDS and the LSS, the Distributor, and the Supplier that asked for the appointment when it is known. */
function recipientsOf(request: SettlementDataRequest, settlement: SettlementConfig, standing: Standing): string[] {
  const all = [settlement.marketWideDataServiceDipId, settlement.loadShapingServiceDipId, request.distributorDipId, ...(standing.span?.supplierDipId ? [standing.span.supplierDipId] : [])];
  return [...new Set(all)];
}

export interface SentDay {
  readonly facts: SettlementFact[];
  readonly notes: string[];
}

interface SendOptions {
  readonly request: SettlementDataRequest;
  readonly sender: OwnIdentity;
  readonly settlement: SettlementConfig;
  readonly held: SettlementHeld;
  readonly policy: SettlementPolicy;
  readonly standing: Standing;
  readonly builder: OutboxBuilder;
  readonly why: 'test hook' | 'resubmission after IF-014' | 'IF-013 default';
  /** The custom block as drafted by the builders from ours (the hook's path); ours as it is otherwise. */
  readonly draft?: (custom: Record<string, unknown>) => Record<string, unknown>;
}

/** The event the day goes under: its quantity's, or [ActivePower] whatever the quantity (reactive-sent-as-active). */
function sentEventOf(request: SettlementDataRequest, policy: SettlementPolicy): '[ActivePower]' | '[ReactivePower]' {
  return policy.reactiveAsActive ? '[ActivePower]' : settlementEventOf(request.mqid);
}

/** Queues the day's IF-021 ([ActivePower] or [ReactivePower]); the facts say it was sent (unless a fault held it back altogether). */
function sendDay(options: SendOptions): SentDay {
  const { request, sender, settlement, standing } = options;
  const computed = computeDay(request, options.held, options.policy, Math.round(settlement.defaultDailyKwh * 1000));
  const custom = settlementCustomBlock(request, standing, computed.blocks);
  const eventCode = sentEventOf(request, options.policy);
  const entry = options.builder.message({
    sender,
    interfaceID: 'IF-021',
    eventCode,
    recipient: settlement.marketWideDataServiceDipId,
    recipients: recipientsOf(request, settlement, standing),
    correlationID: null,
    m0: standing.m0,
    customBlock: options.draft ? options.draft(custom) : custom,
    occasion: 'settlement-data',
  });
  const what = `IF-021 ${eventCode} for ${request.mpan} ${request.settlementDate} ${request.mqid} (${options.why}): ${computed.actuals} actual, ${computed.estimates} estimated; ${computed.note}`;
  return {
    facts: entry?.senderUniqueReference ? [{ kind: 'sent', key: dayKeyOf(request), reference: entry.senderUniqueReference, why: options.why }] : [],
    notes: [what],
  };
}

/** Where the MPAN is, by the appointment held; by the request where none is held (a fault sends all the same). */
function standingOf(request: SettlementDataRequest, span: AppointmentSpan | undefined): Standing {
  return { m0: span?.m0 ?? { MPANCore: request.mpan, distributorDIPID: request.distributorDipId, GSPGroupID: request.gspGroup }, span };
}

type Judged = { record: TriggerRecord & { notes: string[] }; answer: HttpAnswer } | { answer: HttpAnswer };

const conflict = (error: string): Judged => ({ answer: { status: 409, body: { error } } });
/** Reads taken, nothing to send for them: the day is not one the Data Service serves. */
const takenNotSent = (reason: string): Judged => ({ answer: { status: 202, body: { sent: false, reason } } });

/** The journal record (with the IF-021 in its outbox and the reads among its facts) for a valid day, or the 4xx answer. */
export function judgeSettlementData(rawText: string, deps: UpdateDeps, now: number): Judged {
  const parsed = hookBody(rawText);
  if ('error' in parsed) return { answer: { status: 400, body: { error: parsed.error } } };
  const problem = problemOf(parsed.payload);
  if (problem) return { answer: { status: 400, body: { error: problem } } };
  const request = requestOf(parsed.payload as Record<string, unknown>);
  const settlement = deps.config.settlement;
  if (!settlement) return conflict('no MDS configured: the config has no settlement section (marketWideDataServiceDipId, loadShapingServiceDipId), so the Data Service has nowhere to send settlement data');
  const sender = deps.identities.find((identity) => identity.party === 'dataService' && identity.dipId === request.dataServiceDipId);
  if (!sender) return conflict(`${request.dataServiceDipId} is not one of our Data Services (${deps.identities.filter((identity) => identity.party === 'dataService').map((identity) => `${identity.role} ${identity.dipId}`).join(', ') || 'none configured'})`);
  if (sender.segment !== request.segment) return conflict(`${sender.role} ${sender.dipId} serves market segment ${sender.segment}, not ${request.segment}`);
  const policy = settlementPolicy(deps.faults);
  const held = deps.state.settlement;
  const appointed = appointedOn(held, sender.dipId, request.mpan, request.settlementDate);
  if ('problem' in appointed && !policy.sendsUnappointedDays) return takenNotSent(`${appointed.problem}; nothing sent`);
  const span = 'span' in appointed ? appointed.span : latestAppointment(held, sender.dipId, request.mpan);

  const faker = new Faker({ locale: [en_GB, en] });
  faker.seed(now % 2_147_483_647);
  // Drafted by the suite's builders from the day's blocks: every field is ours, the builder fills none.
  const draft = (custom: Record<string, unknown>) =>
    (buildMessage(deps.spec, {
      faker,
      interfaceID: 'IF-021',
      eventCode: sentEventOf(request, policy),
      now,
      sender: { dipId: sender.dipId, role: sender.role },
      fixed: { '/CustomBlock/B044': custom.B044, '/CustomBlock/B067': custom.B067, '/CustomBlock/B900': custom.B900 },
    }).CustomBlock ?? custom) as Record<string, unknown>;
  const builder = new OutboxBuilder(
    { definitions: dipDefinitions(deps.spec.dir), config: deps.config, faults: deps.faults, state: deps.state, now },
    `settlement-data-${now}-${request.mpan}-${request.settlementDate}-${request.mqid}`,
  );
  const readsFact: SettlementFact = { kind: 'reads', request };
  // The day is computed against what is held once these reads are: the facts are applied in order.
  const sent = sendDay({ request, sender, settlement, held, policy, standing: standingOf(request, span), builder, why: 'test hook', draft });
  const notes = 'problem' in appointed ? [`sent although not appointed: ${appointed.problem}`, ...sent.notes] : sent.notes;
  const record = {
    type: 'trigger' as const,
    at: now,
    name: 'settlement-data',
    payload: parsed.payload,
    effects: [],
    outbox: builder.entries,
    settlement: [readsFact, ...sent.facts],
    notes,
  };
  return {
    record,
    answer: {
      status: 201,
      body: {
        trigger: 'settlement-data',
        mpan: request.mpan,
        settlementDate: request.settlementDate,
        sends: builder.entries.map((entry) => `${entry.interfaceID} ${entry.eventCode}`).join(', ') || 'nothing',
        senderUniqueReference: builder.entries[0]?.senderUniqueReference ?? null,
        notes,
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------
// What the Data Service receives about settlement.

/** IF-036 [DSAppActive] for one of our Data Services opens an appointment; IF-037 / IF-003 (B009) end it. */
export function appointmentFacts(inbound: Inbound, identity: OwnIdentity): SettlementFact[] {
  const mpan = inbound.m0?.MPANCore;
  if (!mpan || !inbound.m0) return [];
  const b015 = block(inbound, 'B015');
  if (inbound.interfaceID === 'IF-036' && inbound.eventCode === '[DSAppActive]' && b015 && b015.incomingDataServiceDIPID === identity.dipId && typeof b015.incomingDataServiceEffectiveFromDate === 'string') {
    const supplier = pick(block(inbound, 'B012'), 'serviceProviderAppointmentRequestingSupplierDIPID');
    const { MPANCore, distributorDIPID, GSPGroupID } = inbound.m0;
    return [
      {
        kind: 'appointed',
        span: {
          dataServiceDipId: identity.dipId,
          mpan,
          from: b015.incomingDataServiceEffectiveFromDate,
          m0: { MPANCore, distributorDIPID, GSPGroupID },
          ...(typeof supplier === 'string' ? { supplierDipId: supplier } : {}),
        },
      },
    ];
  }
  const b009 = block(inbound, 'B009');
  const ourDataServices = new Set([identity.dipId, ...inbound.addressedTo]);
  if (b009 && typeof b009.dataServiceEffectiveToDate === 'string' && typeof b009.deAppointedDataServiceDIPID === 'string' && ourDataServices.has(b009.deAppointedDataServiceDIPID)) {
    return [{ kind: 'appointment-ends', dataServiceDipId: b009.deAppointedDataServiceDIPID, mpan, to: b009.dataServiceEffectiveToDate }];
  }
  return [];
}

/** IF-022 [LSSPeriodData]: the shapes of the groups it serves are kept. */
export function loadShapesReceived(inbound: Inbound, context: RoleContext): RoleOutcome {
  const intake = loadShapeFacts(inbound.payload, context.config.serves);
  return { kind: 'handled', effects: [], notes: intake.notes, settlement: intake.facts };
}

/** The UTC settlement date a day block names (a day sent on the GB calendar by a fault: its GB date). */
function dateOfBlock(day: unknown): string | undefined {
  const parsed = parseOffsetTimestamp(String(pick(day, 'settlementDay', 'settlementDayDate') ?? ''));
  if (isTimestampProblem(parsed)) return undefined;
  return settlementDateStartingAt(parsed.utcMillis, 'utc') ?? gbDate(parsed.utcMillis);
}

/** Sends a held day again, if it is still the Data Service's to send. */
function resend(key: string, context: RoleContext, why: 'resubmission after IF-014' | 'IF-013 default', policy: SettlementPolicy): SentDay {
  return sendAsHeld(context.state.settlement.days.get(key)!.request, context, why, policy);
}

/** Sends a day of `request` (held, or about to be) if it is still the Data Service's to send. */
function sendAsHeld(request: SettlementDataRequest, context: RoleContext, why: 'resubmission after IF-014' | 'IF-013 default', policy: SettlementPolicy): SentDay {
  const held = context.state.settlement;
  const settlement = context.config.settlement;
  if (!settlement) return { facts: [], notes: [`${request.mpan} ${request.settlementDate}: no MDS configured (settlement section), nothing sent`] };
  const appointed = appointedOn(held, request.dataServiceDipId, request.mpan, request.settlementDate);
  if ('problem' in appointed && !policy.sendsUnappointedDays) return { facts: [], notes: [`${request.mpan} ${request.settlementDate}: ${appointed.problem}; not sent again`] };
  const span = 'span' in appointed ? appointed.span : latestAppointment(held, request.dataServiceDipId, request.mpan);
  const sender = context.identity.dipId === request.dataServiceDipId ? context.identity : undefined;
  if (!sender) return { facts: [], notes: [`${request.mpan} ${request.settlementDate}: held for Data Service ${request.dataServiceDipId}, not ${context.identity.dipId}; not sent`] };
  return sendDay({ request, sender, settlement, held, policy, standing: standingOf(request, span), builder: context.outbox, why });
}

/** Which of the message's days (by MQID) the Data Service holds reads for, by key. */
function heldDaysNamed(context: RoleContext, mpan: string, mqid: string, days: unknown[]): { keys: string[]; unheld: string[] } {
  const keys: string[] = [];
  const unheld: string[] = [];
  for (const day of days) {
    const date = dateOfBlock(day);
    if (!date) continue;
    const key = dayKey(context.identity.dipId, mpan, date, mqid);
    if (context.state.settlement.days.has(key)) {
      if (!keys.includes(key)) keys.push(key);
    } else if (!unheld.includes(date)) unheld.push(date);
  }
  return { keys, unheld };
}

/**
 * IF-014 [ActivePowerRejected]: the refusal is recorded, and each refused day it holds reads
 * for is sent again once, recomputed (a load shape may have come since), under a new reference.
 */
export function consumptionRejected(inbound: Inbound, context: RoleContext): RoleOutcome {
  const mpan = inbound.m0?.MPANCore ?? '';
  if (!context.state.mpans.dataService.has(mpan) && !holdsMpan(context.state.settlement, mpan)) return { kind: 'unknown-mpan', mpan };
  const policy = context.policy.settlement;
  const b900 = block(inbound, 'B900');
  const mqid = String(pick(b900, 'MQID', 'measurementQuantityID') ?? '');
  const days = pick(b900, 'settlementDayConsumptionPeriods');
  const { keys, unheld } = heldDaysNamed(context, mpan, mqid, Array.isArray(days) ? days : []);
  const reasons = pick(inbound.payload, 'CommonBlock', 'R0', 'responseMessages');
  const why = Array.isArray(reasons) && reasons.length > 0 ? ` (${reasons.map(String).join('; ')})` : '';
  const facts: SettlementFact[] = keys.map((key) => ({ kind: 'rejected', key, transactionID: inbound.transactionID }));
  const notes = [`IF-014 [ActivePowerRejected] for ${mpan} ${mqid}${why}`];
  if (unheld.length > 0) notes.push(`no reads held for ${unheld.join(', ')}: nothing to send again`);
  for (const key of keys) {
    const day = context.state.settlement.days.get(key)!;
    const date = day.request.settlementDate;
    if (policy.ignoresRejections) notes.push(`${date}: refusal recorded, not sent again`);
    else if (day.resubmitted) notes.push(`${date}: already sent again once after a refusal; not sent again`);
    else {
      const sent = resend(key, context, 'resubmission after IF-014', policy);
      facts.push(...sent.facts);
      notes.push(...sent.notes);
    }
  }
  return { kind: 'handled', effects: [], notes, settlement: facts };
}

/**
 * A day with no reads, as an IF-013 names it: the MPAN where the MDS holds it (M0), its
 * connection type (B067) and quantity (B920 MQID). Every period will be estimated. Undefined when
 * the quantity is not an active one, or the day is not one of ours to send.
 */
function unreadDayOf(inbound: Inbound, context: RoleContext, quantity: unknown, settlementDate: string): SettlementDataRequest | undefined {
  const m0 = inbound.m0;
  const mqid = pick(quantity, 'MQID', 'measurementQuantityID');
  const segment = context.identity.segment;
  if (!m0 || (mqid !== 'AI' && mqid !== 'AE') || (segment !== 'S' && segment !== 'A')) return undefined;
  if ('problem' in appointedOn(context.state.settlement, context.identity.dipId, m0.MPANCore, settlementDate)) return undefined;
  const connectionType = pick(block(inbound, 'B067'), 'connectionTypeIndicator');
  const domestic = pick(quantity, 'MQID', 'domesticPremiseIndicator');
  return {
    mpan: m0.MPANCore,
    distributorDipId: m0.distributorDIPID,
    gspGroup: m0.GSPGroupID,
    segment,
    dataServiceDipId: context.identity.dipId,
    settlementDate,
    connectionType: (CONNECTION_TYPES as readonly unknown[]).includes(connectionType) ? (connectionType as SettlementDataRequest['connectionType']) : 'W',
    domestic: typeof domestic === 'boolean' ? domestic : segment === 'S',
    mqid,
    reads: [],
  };
}

/**
 * IF-013 [ActivePowerDefaulted]: the MDS holds no data for the days a run defaulted, so each
 * is sent: from the reads held if it has not been sent, else, on a day of its appointment it
 * holds no reads for, every period estimated (along the load shape held). A day already sent
 * is not sent again: the MDS has it, or is refusing it with IF-014.
 */
export function consumptionDefaulted(inbound: Inbound, context: RoleContext): RoleOutcome {
  const mpan = inbound.m0?.MPANCore ?? '';
  if (!context.state.mpans.dataService.has(mpan) && !holdsMpan(context.state.settlement, mpan)) return { kind: 'unknown-mpan', mpan };
  const policy = context.policy.settlement;
  const notes: string[] = [];
  const facts: SettlementFact[] = [];
  const quantities = pick(inbound.payload, 'CustomBlock', 'B920List');
  for (const quantity of Array.isArray(quantities) ? quantities : []) {
    const mqid = String(pick(quantity, 'MQID', 'measurementQuantityID') ?? '');
    const days = pick(quantity, 'settlementDayConsumptionPeriods');
    const { keys, unheld } = heldDaysNamed(context, mpan, mqid, Array.isArray(days) ? days : []);
    if (policy.ignoresDefaults) {
      notes.push(`IF-013 [ActivePowerDefaulted] for ${mpan} ${mqid}: default recorded, nothing sent`);
      continue;
    }
    for (const date of unheld) {
      const request = unreadDayOf(inbound, context, quantity, date);
      if (!request) {
        notes.push(`IF-013 [ActivePowerDefaulted] for ${mpan} ${date} ${mqid}: no reads held and not a day of our appointment; recorded`);
        continue;
      }
      const sent = sendAsHeld(request, context, 'IF-013 default', policy);
      facts.push({ kind: 'reads', request }, ...sent.facts);
      notes.push(...sent.notes);
    }
    for (const key of keys) {
      const day = context.state.settlement.days.get(key)!;
      if (day.sent.length > 0) {
        notes.push(`IF-013 [ActivePowerDefaulted] for ${mpan} ${day.request.settlementDate} ${mqid}: already sent (${day.sent.at(-1)}); recorded`);
        continue;
      }
      const sent = resend(key, context, 'IF-013 default', policy);
      facts.push(...sent.facts);
      notes.push(...sent.notes);
    }
  }
  if (notes.length === 0) notes.push(`IF-013 [ActivePowerDefaulted] for ${mpan}: recorded`);
  return { kind: 'handled', effects: [], notes, settlement: facts };
}
