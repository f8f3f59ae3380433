// The simulated MDS judges a Data Service's settlement data (IF-021) day by day and answers
// through its DIP ports: IF-014 to the sender naming each problem, IF-013 to the Data Service
// and the Supplier for what a settlement run had to default. Driven through a stand-in DIP, as
// the SMRS is in smrs-over-ports.test.ts. Every check it makes is shown failing on bad input.
import { en, en_GB, Faker } from '@faker-js/faker';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DipInbox, DipPublisher } from '../mocks/dip/dip-ports.ts';
import type { AcceptedMessage } from '../mocks/dip/ingress-judgement.ts';
import type { PushOutcome } from '../mocks/dip/publication-push.ts';
import { PartyDirectory } from '../mocks/isd/party-directory.ts';
import { LoadShapeBook } from '../mocks/lss/load-shapes.ts';
import { InMemoryAppointments, type SettlementStanding } from '../mocks/mds/appointments-on-day.ts';
import { type ConsumptionPayload, judgeConsumption } from '../mocks/mds/consumption-judgement.ts';
import { MdsSimulator } from '../mocks/mds/mds-simulator.ts';
import { actualPeriods, consumptionPayload, dayBlocks, withEstimates } from '../mocks/mds/sample-consumption.ts';
import { SETTLEMENT_DATA_CHECKS } from '../mocks/mds/settlement-data-checks.ts';
import type { B047, B901, DipPayloads } from '../src/spec/generated/dip-payloads.ts';
import { formatGbTimestamp } from '../src/time/gb-time.ts';
import { periodEnds, settlementDateOfPeriodEnding, settlementDateStartingAt, settlementDay, type SettlementDayBasis, settlementPeriodCount } from '../src/time/settlement-periods.ts';
import { validateBody } from '../src/validation/validate-body.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const NOW = Date.UTC(2026, 6, 2, 9, 0);
const DAY = '2026-07-01';
const SDS = { dipId: '5000000001', mpid: 'SIMD', role: 'SDS', name: 'Data Service under test', webhookUrl: 'https://data-service.invalid/webhook' };
const OTHER_SDS = { dipId: '5000000009', mpid: 'OTDS', role: 'SDS', name: 'another Smart Data Service' };
const SUPPLIER = { dipId: '6000000001', mpid: 'SUPA', role: 'SUP', name: 'Supplier' };
const MDS = { dipId: '7000000001', mpid: 'MDSA', role: 'MDS', name: 'Market-wide Data Service (simulated)' };
const MPAN = '2000056535971';
const M0 = { MPANCore: MPAN, distributorDIPID: '2100000001', GSPGroupID: '_K' } as const;
const STANDING: SettlementStanding = { mpan: MPAN, distributorDipId: '2100000001', gspGroup: '_K', segment: 'S', supplier: SUPPLIER, dataService: SDS };

/** A DIP that hands on what the test says it accepted, and notes what is published through it. */
class StandInDip implements DipInbox, DipPublisher {
  readonly published: Array<{ to: string; what: string; payload: Record<string, unknown> }> = [];
  private readonly listeners = new Set<(message: AcceptedMessage) => void>();
  private transactions = 0;

  onAccepted(listener: (message: AcceptedMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async routed(): Promise<void> {}

  accept(payload: ConsumptionPayload, senderDipId = payload.CommonBlock.S1.senderDIPID): void {
    this.transactions += 1;
    const message = { transactionID: `T-IF-021-${this.transactions}`, interfaceID: 'IF-021', eventCode: payload.CommonBlock.S0.eventCode, senderDipId, payload: payload as unknown as Record<string, unknown> };
    for (const listener of this.listeners) listener(message);
  }

  async push(recipientDipId: string, interfaceID: string, payloads: ReadonlyArray<Record<string, unknown>>): Promise<PushOutcome> {
    await this.handOn(recipientDipId, payloads);
    return { delivered: true, status: 201, transactionIDs: payloads.map((_, index) => `T-${index}`), attempts: [], body: payloads.map((payload) => ({ payload })), webhookAnsweredBefore: true };
  }

  async handOn(recipientDipId: string, payloads: ReadonlyArray<Record<string, unknown>>): Promise<void> {
    for (const payload of payloads) {
      const s0 = (payload.CommonBlock as { S0: { interfaceID: string; eventCode: string } }).S0;
      this.published.push({ to: recipientDipId, what: `${s0.interfaceID} ${s0.eventCode}`, payload });
    }
  }
}

/** Check IDs the tests below have seen fail. */
const failed = new Set<string>();

interface Stage {
  readonly dip: StandInDip;
  readonly mds: MdsSimulator;
  readonly appointments: InMemoryAppointments;
  readonly shapes: LoadShapeBook;
  readonly faker: Faker;
  clock: number;
  /** Publications already looked at by `refusal`. */
  seen: number;
}

function stage(basis: SettlementDayBasis = 'utc'): Stage {
  const faker = new Faker({ locale: [en_GB, en] });
  faker.seed(21);
  const dip = new StandInDip();
  const appointments = new InMemoryAppointments();
  appointments.hold(STANDING, '2026-01-01');
  const shapes = new LoadShapeBook(7, basis);
  const holder = { dip, appointments, shapes, faker, clock: NOW, seen: 0 } as Stage;
  const mds = new MdsSimulator({
    spec, emulator: dip, directory: new PartyDirectory([SDS, OTHER_SDS, SUPPLIER, MDS]), marketWideDataService: MDS,
    appointments, now: () => holder.clock, faker, basis, loadShapes: shapes,
  });
  return Object.assign(holder, { mds });
}

function send(on: Stage, blocks: readonly B901[], options: { sender?: typeof SDS | typeof OTHER_SDS; eventCode?: '[ActivePower]' | '[ReactivePower]'; mqid?: 'AI' | 'RI' } = {}): ConsumptionPayload {
  const sender = options.sender ?? SDS;
  const payload = consumptionPayload(spec, {
    faker: on.faker, now: on.clock, sender: { dipId: sender.dipId, role: sender.role }, m0: M0, to: [MDS.dipId], blocks,
    ...(options.eventCode ? { eventCode: options.eventCode } : {}), ...(options.mqid ? { mqid: options.mqid } : {}),
  });
  on.dip.accept(payload);
  return payload;
}

const periodsOf = (date: string, basis: SettlementDayBasis = 'utc') => actualPeriods(settlementDay(date, basis));
const blocksOf = (date: string, periods: readonly B047[], basis: SettlementDayBasis = 'utc') => dayBlocks(settlementDay(date, basis), periods);

/** Fail findings and their severity and schema, for any message the MDS published. */
function failingFindings(payload: Record<string, unknown>) {
  return validateBody(spec, [{ payload }], { now: NOW, direction: 'ingress' })[0]!.findings.filter((finding) => finding.severity === 'fail');
}

/** The IF-014 the MDS sent for the last IF-021, if any: its recipient, R0 lines and refused blocks; notes which checks failed. */
async function refusal(on: Stage) {
  await on.mds.idle();
  const judgement = on.mds.judgements.at(-1)!;
  for (const day of judgement.days) for (const problem of day.problems) failed.add(problem.rule);
  const since = on.dip.published.slice(on.seen);
  on.seen = on.dip.published.length;
  const sent = since.filter(({ what }) => what === 'IF-014 [ActivePowerRejected]').at(-1);
  if (!sent) return undefined;
  expect(failingFindings(sent.payload)).toEqual([]);
  const payload = sent.payload as unknown as DipPayloads['IF-014 [ActivePowerRejected]'];
  return { to: sent.to, lines: payload.CommonBlock.R0.responseMessages as string[], blocks: payload.CustomBlock.B900.settlementDayConsumptionPeriods, rules: judgement.days.flatMap((day) => day.problems.map((problem) => problem.rule)) };
}

describe('settlement days and their periods', () => {
  it('has 48 periods every UTC day, and 46, 48 or 50 on the GB local calendar', () => {
    for (const date of ['2026-03-29', '2026-07-01', '2026-10-25', '2026-12-01']) expect(settlementPeriodCount(date, 'utc'), date).toBe(48);
    expect(['2026-03-29', '2026-07-01', '2026-10-25', '2026-12-01'].map((date) => settlementPeriodCount(date, 'gb-local'))).toEqual([46, 48, 50, 48]);
    expect(['2027-03-28', '2027-10-31'].map((date) => settlementPeriodCount(date, 'gb-local'))).toEqual([46, 50]);
  });

  it('agrees with ICU Europe/London on the length of every GB day of 2020–2035', () => {
    const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'shortOffset' });
    const offsetAt = (utcMillis: number) => {
      const name = london.formatToParts(utcMillis).find((part) => part.type === 'timeZoneName')!.value;
      return name === 'GMT' ? 0 : Number(name.replace('GMT', '')) * 60;
    };
    for (let date = Date.UTC(2020, 0, 1); date < Date.UTC(2036, 0, 1); date += 86_400_000) {
      const text = new Date(date).toISOString().slice(0, 10);
      const expected = 48 + (offsetAt(date - 3_600_000) - offsetAt(date + 86_400_000 - 3_600_000)) / 30;
      expect(settlementPeriodCount(text, 'gb-local'), text).toBe(expected);
    }
  });

  it('names each period by its end, and finds the day a period or a start belongs to', () => {
    const summer = settlementDay(DAY, 'gb-local');
    expect(formatGbTimestamp(periodEnds(summer)[0]!)).toBe('2026-07-01T00:30:00+01:00');
    expect(settlementDateStartingAt(summer.startUtcMillis, 'gb-local')).toBe(DAY);
    expect(settlementDateStartingAt(summer.startUtcMillis, 'utc')).toBeUndefined();
    const utc = settlementDay(DAY, 'utc');
    expect(formatGbTimestamp(utc.startUtcMillis)).toBe('2026-07-01T01:00:00+01:00');
    expect(settlementDateOfPeriodEnding(utc.endUtcMillis, 'utc')).toBe(DAY);
    expect(settlementDateOfPeriodEnding(utc.endUtcMillis, 'gb-local')).toBe('2026-07-02');
  });
});

describe('MDS simulator: IF-021 judged day by day (UTC settlement days, as the definitions have them)', () => {
  let on: Stage;
  beforeEach(() => {
    on = stage();
  });

  it('accepts a complete, valid day from the appointed Data Service and answers nothing', async () => {
    const payload = send(on, blocksOf(DAY, periodsOf(DAY)));
    expect(failingFindings(payload as unknown as Record<string, unknown>)).toEqual([]);
    expect(await refusal(on)).toBeUndefined();
    expect(on.mds.judgements.at(-1)!.days).toMatchObject([{ settlementDate: DAY, accepted: true, problems: [], warnings: [] }]);
    expect(on.mds.acceptedFor(MPAN, 'AI', DAY)).toMatchObject({ senderDipId: SDS.dipId });
    expect(on.dip.published).toEqual([]);
  });

  it('accepts 48 periods on the days the GB clocks change: a UTC day does not change length', async () => {
    for (const date of ['2026-03-29', '2026-10-25']) send(on, blocksOf(date, periodsOf(date)));
    expect(await refusal(on)).toBeUndefined();
    expect(on.mds.acceptedFor(MPAN, 'AI', '2026-10-25')).toBeDefined();
  });

  it('refuses a day with a period missing with IF-014 to the sender naming the period', async () => {
    send(on, blocksOf(DAY, periodsOf(DAY).filter((_, index) => index !== 12)));
    const answer = (await refusal(on))!;
    expect(answer.to).toBe(SDS.dipId);
    expect(answer.rules).toEqual(['IF021-DAY-COMPLETE']);
    expect(answer.lines).toEqual([`IF021-DAY-COMPLETE - Settlement day incomplete: settlement day ${DAY} (UTC, 48 periods) has 47; missing 1: 13 (sp 2026-07-01T07:30:00+01:00)`]);
    expect(on.mds.acceptedFor(MPAN, 'AI', DAY)).toBeUndefined();
  });

  it('refuses the GB local day lengths on a clock-change day: 50 periods run past the UTC day, 46 leave two out', async () => {
    send(on, blocksOf('2026-10-25', periodsOf('2026-10-25', 'gb-local'), 'utc'));
    const long = (await refusal(on))!;
    expect(long.rules).toContain('IF021-PERIOD-BOUNDARY');
    expect(long.lines).toEqual(['ECS1005 - SP End Date / Time invalid for Settlement Period Duration (2 found): 2026-10-25T00:30:00+01:00 is outside 2026-10-25, whose periods end 2026-10-25T01:30:00+01:00 to 2026-10-26T00:00:00+00:00']);
    send(on, blocksOf('2026-03-29', periodsOf('2026-03-29', 'utc').slice(0, 46)));
    const short = (await refusal(on))!;
    expect(short.lines).toEqual(['IF021-DAY-COMPLETE - Settlement day incomplete: settlement day 2026-03-29 (UTC, 48 periods) has 46; missing 2: 47 (sp 2026-03-30T00:30:00+01:00), 48 (sp 2026-03-30T01:00:00+01:00)']);
  });

  it('refuses a period that ends off the half hour (ECS1005) and one sent twice (ECS1006)', async () => {
    const periods = periodsOf(DAY);
    periods[3] = { ...periods[3]!, sp: '2026-07-01T03:15:00+01:00' };
    periods.push({ ...periods[5]! });
    send(on, blocksOf(DAY, periods));
    const answer = (await refusal(on))!;
    expect(answer.lines).toEqual([
      'ECS1005 - SP End Date / Time invalid for Settlement Period Duration: 2026-07-01T03:15:00+01:00 is not on a UTC half hour',
      'ECS1006 - SP End Date/Time duplicated with SP in same message: sp 2026-07-01T04:00:00+01:00 (period 6) is sent twice',
      'IF021-DAY-COMPLETE - Settlement day incomplete: settlement day 2026-07-01 (UTC, 48 periods) has 47; missing 1: 4 (sp 2026-07-01T03:00:00+01:00)',
    ]);
  });

  it('refuses a day that does not start at 00:00 UTC (ECS1014)', async () => {
    const [block] = blocksOf(DAY, periodsOf(DAY));
    send(on, [{ ...block!, settlementDay: { settlementDayDate: '2026-07-01T00:00:00+01:00', periodDuration: 30 } }]);
    const answer = (await refusal(on))!;
    expect(answer.lines).toEqual([
      "ECS1014 - Settlement Day Date is not the start of a UTC day: '2026-07-01T00:00:00+01:00' is not 00:00 UTC of any day; write 00:00:00 UTC of the day",
    ]);
  });

  it('refuses a negative value (ECS1010) and a ZE estimate that is not zero (ECS1011)', async () => {
    const periods = periodsOf(DAY);
    periods[0] = { ...periods[0]!, v: '-0.250' };
    periods[1] = { ...periods[1]!, v: '-1.000' };
    periods[2] = { ...periods[2]!, v: '0.100', q: 'ZE', e: '2' };
    send(on, blocksOf(DAY, periods));
    const answer = (await refusal(on))!;
    expect(answer.rules).toEqual(['IF021-VALUE', 'IF021-VALUE', 'IF021-VALUE']);
    expect(answer.lines).toEqual([
      'ECS1010 - Consumption Value cannot be negative (2 found): sp 2026-07-01T01:30:00+01:00 has -0.250',
      "ECS1011 - Consumption Value must be Zero if Estimation Code is Type 'ZE': sp 2026-07-01T02:30:00+01:00 is flagged ZE with 0.100",
    ]);
  });

  it('judges a value that is no decimal wrong, though the DIP refuses such a message before the MDS sees it (MSG1001)', () => {
    const periods = periodsOf(DAY);
    periods[1] = { ...periods[1]!, v: 'lots' };
    const payload = consumptionPayload(spec, { faker: on.faker, now: NOW, sender: { dipId: SDS.dipId, role: 'SDS' }, m0: M0, to: [MDS.dipId], blocks: blocksOf(DAY, periods) });
    expect(failingFindings(payload as unknown as Record<string, unknown>).map((finding) => finding.rule)).toEqual(['SCHEMA']);
    const message = { transactionID: 'T-1', interfaceID: 'IF-021', eventCode: '[ActivePower]', senderDipId: SDS.dipId, payload: payload as unknown as Record<string, unknown> };
    const [day] = judgeConsumption(message, { basis: 'utc', appointments: on.appointments, senderRole: 'SDS', finalRunAt: () => undefined }).days;
    for (const problem of day!.problems) failed.add(problem.rule);
    expect(day!.responses).toEqual(["IF021-VALUE - Consumption Value is not a (9,3) decimal: sp 2026-07-01T02:00:00+01:00 has 'lots', not a kWh (9,3) decimal"]);
  });

  it('refuses a flag only an Advanced Data Service may use, and an estimate without its reason (ECS1015)', async () => {
    const periods = periodsOf(DAY);
    periods[10] = { ...periods[10]!, q: 'EA3', e: '2' };
    periods[11] = { ...periods[11]!, q: 'E1', e: null };
    send(on, blocksOf(DAY, periods));
    const answer = (await refusal(on))!;
    expect(answer.lines).toEqual([
      'IF021-QUALITY-FLAG - Quality flag not for this Data Service: sp 2026-07-01T06:30:00+01:00 is flagged EA3, a flag for an Advanced Data Service only; the sender is SDS',
      'ECS1015 - Estimation Reason Code Cannot be Null: sp 2026-07-01T07:00:00+01:00 is an estimate (E1) with no reason code (DI-076)',
    ]);
  });

  it('refuses a quantity the event does not carry (ECS1002)', async () => {
    send(on, blocksOf(DAY, periodsOf(DAY)), { mqid: 'RI' });
    expect((await refusal(on))!.lines).toEqual(['ECS1002 - MQID Invalid for Event Type: RI sent with [ActivePower], which takes AI or AE']);
  });

  it('refuses data from a Data Service the SMRS did not hold appointed that day, and names the one it did', async () => {
    send(on, blocksOf(DAY, periodsOf(DAY)), { sender: OTHER_SDS });
    const answer = (await refusal(on))!;
    expect(answer.to).toBe(OTHER_SDS.dipId);
    expect(answer.rules).toEqual(['IF021-SENDER-APPOINTED', 'IF021-SENDER-APPOINTED']);
    expect(answer.lines).toEqual([
      `IF021-SENDER-APPOINTED - Sender not the appointed Data Service (2 found): on 2026-07-01 the SMRS held ${SDS.dipId} (${SDS.mpid}) appointed to MPAN ${MPAN}, not ${OTHER_SDS.dipId}`,
    ]);
  });

  it('judges the appointment on each GB day a UTC day touches: a change of Data Service at local midnight refuses the old one\'s last hour', async () => {
    on.appointments.hold({ ...STANDING, dataService: OTHER_SDS }, '2026-07-02');
    send(on, blocksOf(DAY, periodsOf(DAY)));
    expect((await refusal(on))!.lines[0]).toMatch(new RegExp(`on 2026-07-02 the SMRS held ${OTHER_SDS.dipId} \\(OTDS\\) appointed to MPAN ${MPAN}, not ${SDS.dipId}$`));
  });

  it('refuses an issuing Data Service (B044) other than the sender', async () => {
    const payload = consumptionPayload(spec, { faker: on.faker, now: NOW, sender: { dipId: SDS.dipId, role: 'SDS' }, m0: M0, to: [MDS.dipId], blocks: blocksOf(DAY, periodsOf(DAY)) });
    payload.CustomBlock.B044.issuingDataServiceDIPID = OTHER_SDS.dipId;
    on.dip.accept(payload);
    expect((await refusal(on))!.lines).toEqual([`IF021-SENDER-APPOINTED - Sender not the appointed Data Service: B044 names issuing Data Service ${OTHER_SDS.dipId}, but ${SDS.dipId} sent it`]);
  });

  it('accepts the good days of a message and refuses only the bad one, echoing it alone', async () => {
    const bad = periodsOf('2026-06-30').slice(1);
    send(on, [...blocksOf(DAY, periodsOf(DAY)), ...blocksOf('2026-06-30', bad)]);
    const answer = (await refusal(on))!;
    expect(answer.blocks.map((block) => block.settlementDay.settlementDayDate)).toEqual(['2026-06-30T01:00:00+01:00']);
    expect(on.mds.acceptedFor(MPAN, 'AI', DAY)).toBeDefined();
    expect(on.mds.acceptedFor(MPAN, 'AI', '2026-06-30')).toBeUndefined();
  });

  it('notes estimates that stray from the LSS load shape, refusing nothing', async () => {
    const day = settlementDay(DAY, 'utc');
    const shape = on.shapes.shapeFor({ gspGroup: '_K', segment: 'S', connectionType: 'W', domestic: 'T', mqid: 'AI' }, DAY);
    const following = withEstimates(actualPeriods(day), shape, [20, 21, 22, 23], 1.8);
    send(on, dayBlocks(day, following));
    expect(await refusal(on)).toBeUndefined();
    expect(on.mds.judgements.at(-1)!.days[0]!.warnings).toEqual([]);

    const straying = [...following];
    straying[21] = { ...straying[21]!, v: '3.000' };
    send(on, dayBlocks(day, straying));
    expect(await refusal(on)).toBeUndefined();
    const warnings = on.mds.judgements.at(-1)!.days[0]!.warnings;
    expect(warnings.map((warning) => `${warning.rule} ${warning.severity} ${warning.pointer}`)).toEqual([
      'IF021-ESTIMATES-FOLLOW-SHAPE warn /CustomBlock/B900/settlementDayConsumptionPeriods/0/consumptionPeriods/21/v',
    ]);
    expect(warnings[0]!.message).toMatch(/^Estimates do not follow the load shape: sp 2026-07-01T12:00:00\+01:00 estimated 3\.000 kWh, [\d.]+ × the shape's [\d.]+; the day's other estimates scale it 1\.80 × \(±5 %\)$/);
    failed.add(warnings[0]!.rule);
  });
});

describe('MDS simulator: GB local settlement days (46 and 50 periods), the reading of the issue', () => {
  it('accepts 46 and 50 periods on the clock-change days, 50 as two blocks of the day', async () => {
    const on = stage('gb-local');
    send(on, blocksOf('2026-03-29', periodsOf('2026-03-29', 'gb-local'), 'gb-local'));
    send(on, blocksOf('2026-10-25', periodsOf('2026-10-25', 'gb-local'), 'gb-local'));
    expect(await refusal(on)).toBeUndefined();
    expect(blocksOf('2026-10-25', periodsOf('2026-10-25', 'gb-local'), 'gb-local').map((block) => block.consumptionPeriods.length)).toEqual([48, 2]);
    expect(on.mds.acceptedFor(MPAN, 'AI', '2026-03-29')).toBeDefined();
    expect(on.mds.acceptedFor(MPAN, 'AI', '2026-10-25')).toBeDefined();
  });

  it('refuses 48 periods on the 50-period day (two missing) and on the 46-period day (two past its end)', async () => {
    const on = stage('gb-local');
    send(on, blocksOf('2026-10-25', periodsOf('2026-10-25', 'gb-local').slice(0, 48), 'gb-local'));
    expect((await refusal(on))!.lines).toEqual([
      'IF021-DAY-COMPLETE - Settlement day incomplete: settlement day 2026-10-25 (GB local, 50 periods) has 48; missing 2: 49 (sp 2026-10-25T23:30:00+00:00), 50 (sp 2026-10-26T00:00:00+00:00)',
    ]);
    const spring = settlementDay('2026-03-29', 'gb-local');
    const fortyEight = Array.from({ length: 48 }, (_, index) => ({ sp: formatGbTimestamp(spring.startUtcMillis + (index + 1) * 1_800_000), v: '0.200', q: 'A' as const, e: null, arc: null }));
    send(on, dayBlocks(spring, fortyEight));
    const answer = (await refusal(on))!;
    expect(answer.rules).toEqual(['IF021-PERIOD-BOUNDARY', 'IF021-PERIOD-BOUNDARY']);
    expect(answer.lines).toEqual(['ECS1005 - SP End Date / Time invalid for Settlement Period Duration (2 found): 2026-03-30T00:30:00+01:00 is outside 2026-03-29, whose periods end 2026-03-29T00:30:00+00:00 to 2026-03-30T00:00:00+01:00']);
  });
});

describe('MDS simulator: settlement runs', () => {
  let on: Stage;
  beforeEach(() => {
    on = stage();
  });

  it('defaults an MPAN with no data at the run and tells its Data Service and Supplier with IF-013, following the load shape', async () => {
    on.clock = Date.UTC(2026, 6, 6, 12, 0);
    const outcome = await on.mds.settlementRun(DAY, 'SF');
    for (const finding of outcome.findings) failed.add(finding.rule);
    expect(outcome.defaulted).toEqual([{ mpan: MPAN, quantities: ['AI'] }]);
    expect(outcome.findings.map((finding) => finding.message)).toEqual([
      `the SF run of ${DAY} at 2026-07-06T13:00:00+01:00 found no accepted AI data for MPAN ${MPAN} from Data Service ${SDS.dipId}; the MDS defaulted its 48 periods (IF-013)`,
    ]);
    expect(on.dip.published.map(({ to, what }) => `${what} → ${to}`)).toEqual([`IF-013 [ActivePowerDefaulted] → ${SDS.dipId}`, `IF-013 [ActivePowerDefaulted] → ${SUPPLIER.dipId}`]);
    const notice = on.dip.published[0]!.payload as unknown as DipPayloads['IF-013 [ActivePowerDefaulted]'];
    expect(failingFindings(notice as unknown as Record<string, unknown>)).toEqual([]);
    expect(notice.CustomBlock.B043).toEqual({ settlementImpactedDataServiceDIPID: SDS.dipId, settlementImpactedSupplierDIPID: SUPPLIER.dipId });
    expect(notice.CustomBlock.B049).toEqual({ settlementRunExecutionDate: '2026-07-06T13:00:00+01:00', settlementCode: 'SF', runNumber: 1 });
    const [defaulted] = notice.CustomBlock.B920List;
    const shape = on.shapes.shapeFor({ gspGroup: '_K', segment: 'S', connectionType: 'W', domestic: 'T', mqid: 'AI' }, DAY);
    expect(defaulted!.settlementDayConsumptionPeriods[0]!.settlementDay).toEqual({ settlementDayDate: '2026-07-01T01:00:00+01:00', periodDuration: 30 });
    const periods = defaulted!.settlementDayConsumptionPeriods[0]!.defaultedConsumptionPeriods;
    expect(periods).toHaveLength(48);
    expect(periods.map((period) => Number(period.defaultedSPConsumption) * 1000)).toEqual(shape.periods.map((period) => period.thousandths));
    expect(new Set(periods.map((period) => period.defaultLoadShapeFlag))).toEqual(new Set(['A']));
  });

  it('defaults nothing for a day it holds accepted data for', async () => {
    send(on, blocksOf(DAY, periodsOf(DAY)));
    await on.mds.idle();
    expect((await on.mds.settlementRun(DAY, 'SF')).defaulted).toEqual([]);
    expect(on.dip.published).toEqual([]);
  });

  it('takes data late for the initial run but before the final one, and later runs do not default it', async () => {
    await on.mds.settlementRun(DAY, 'SF');
    send(on, blocksOf(DAY, periodsOf(DAY)));
    expect(await refusal(on)).toBeUndefined();
    expect((await on.mds.settlementRun(DAY, 'R1')).defaulted).toEqual([]);
  });

  it('refuses data that comes after the final reconciliation run with IF-014 and ECS1003', async () => {
    on.clock = Date.UTC(2027, 11, 1, 12, 0);
    await on.mds.settlementRun(DAY, 'RF');
    on.clock += 60_000;
    send(on, blocksOf(DAY, periodsOf(DAY)));
    const answer = (await refusal(on))!;
    expect(answer.lines).toEqual([`ECS1003 - SP End Date/Time [DI-082] has already past "MDS Run Date (RF)": the RF run of ${DAY} ran at 2027-12-01T12:00:00+00:00`]);
  });

  it("a scenario's run defaults only its MPAN, and nothing where the MDS holds the day or no Data Service is appointed", async () => {
    const dip = new StandInDip();
    const appointments = new InMemoryAppointments();
    const other = '2000056535989';
    appointments.hold(STANDING, '2026-01-01');
    appointments.hold({ ...STANDING, mpan: other }, '2026-01-01');
    appointments.hold({ ...STANDING, mpan: '2000056535990', dataService: undefined }, '2026-01-01');
    const faker = new Faker({ locale: [en_GB, en] });
    faker.seed(4);
    const mds = new MdsSimulator({ spec, emulator: dip, directory: new PartyDirectory([SDS, SUPPLIER, MDS]), marketWideDataService: MDS, appointments, now: () => NOW, faker });
    const outcome = await mds.settlementRunOf(MPAN, DAY, 'II');
    expect(outcome.defaulted).toEqual([{ mpan: MPAN, quantities: ['AI'] }]);
    expect(outcome.run.code).toBe('II');
    expect(dip.published.map(({ to, what }) => `${what} → ${to}`)).toEqual([`IF-013 [ActivePowerDefaulted] → ${SDS.dipId}`, `IF-013 [ActivePowerDefaulted] → ${SUPPLIER.dipId}`]);
    expect(dip.published.every(({ payload }) => (payload as unknown as DipPayloads['IF-013 [ActivePowerDefaulted]']).CommonBlock.M0.MPANCore === MPAN)).toBe(true);
    expect((await mds.settlementRunOf('2000056535990', DAY, 'II')).defaulted).toEqual([]);
    expect(dip.published).toHaveLength(2);
  });

  it('defaults with zero and flag B where the LSS has no shape, and skips MPANs with no Data Service appointed', async () => {
    const dip = new StandInDip();
    const appointments = new InMemoryAppointments();
    appointments.hold(STANDING, '2026-01-01');
    appointments.hold({ ...STANDING, mpan: '2000056535989', dataService: undefined }, '2026-01-01');
    const faker = new Faker({ locale: [en_GB, en] });
    faker.seed(3);
    const mds = new MdsSimulator({ spec, emulator: dip, directory: new PartyDirectory([SDS, SUPPLIER, MDS]), marketWideDataService: MDS, appointments, now: () => NOW, faker });
    expect((await mds.settlementRun(DAY, 'SF')).defaulted.map(({ mpan }) => mpan)).toEqual([MPAN]);
    const notice = dip.published[0]!.payload as unknown as DipPayloads['IF-013 [ActivePowerDefaulted]'];
    const periods = notice.CustomBlock.B920List[0]!.settlementDayConsumptionPeriods[0]!.defaultedConsumptionPeriods;
    expect(new Set(periods.map((period) => `${period.defaultedSPConsumption} ${period.defaultLoadShapeFlag}`))).toEqual(new Set(['0.000 B']));
  });
});

describe('MDS simulator checks', () => {
  it('has each of its checks fail on some input above, each with a one-line title', () => {
    const ids = Object.values(SETTLEMENT_DATA_CHECKS).map((check) => check.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const check of Object.values(SETTLEMENT_DATA_CHECKS)) expect(check.title, check.id).toMatch(/^[^\n]{10,140}$/);
    expect(ids.filter((id) => !failed.has(id))).toEqual([]);
  });
});
