// The simulated LSS draws a load shape per GSP group, category and settlement day from its seed,
// publishes each day's shapes (IF-022) and totals (IF-023) to the parties that take them, keeps
// the shapes for checkers and the MDS, and records the IF-021 sent to it. Driven through a
// stand-in DIP, as the SMRS is in smrs-over-ports.test.ts.
import { en, en_GB, Faker } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import type { DipInbox, DipPublisher } from '../mocks/dip/dip-ports.ts';
import type { AcceptedMessage } from '../mocks/dip/ingress-judgement.ts';
import type { PushOutcome } from '../mocks/dip/publication-push.ts';
import { PartyDirectory } from '../mocks/isd/party-directory.ts';
import { kwh, type LoadShapeGroup } from '../mocks/lss/load-shapes.ts';
import { LssSimulator, type LssSimulatorOptions } from '../mocks/lss/lss-simulator.ts';
import { estimateShapeFindings } from '../mocks/mds/estimate-shape.ts';
import { actualPeriods, consumptionPayload, dayBlocks, withEstimates } from '../mocks/mds/sample-consumption.ts';
import { addCalendarDays } from '../src/clock/gb-calendar-date.ts';
import type { DipPayloads } from '../src/spec/generated/dip-payloads.ts';
import { formatGbTimestamp } from '../src/time/gb-time.ts';
import { periodEnds, settlementDay } from '../src/time/settlement-periods.ts';
import { validateBody } from '../src/validation/validate-body.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const NOW = Date.UTC(2026, 6, 2, 9, 0);
const DAY = '2026-07-01';
const LSS = { dipId: '7100000001', mpid: 'LSSA', role: 'LSS', name: 'Load Shaping Service (simulated)' };
const SUPPLIER = { dipId: '6000000001', mpid: 'SUPA', role: 'SUP', name: 'Supplier under test', webhookUrl: 'https://supplier.invalid/webhook' };
const SDS = { dipId: '5000000001', mpid: 'SIMD', role: 'SDS', name: 'Smart Data Service (simulated)' };
const ADS = { dipId: '5000000002', mpid: 'SIAD', role: 'ADS', name: 'Advanced Data Service (simulated)' };
const SMRS = { dipId: '2000000001', mpid: 'SMRS', role: 'REGS', name: 'SMRS (simulated)' };
const MDS = { dipId: '7000000001', mpid: 'MDSA', role: 'MDS', name: 'MDS (simulated)' };
const HOME: LoadShapeGroup = { gspGroup: '_K', segment: 'S', connectionType: 'W', domestic: 'T', mqid: 'AI' };

class StandInDip implements DipInbox, DipPublisher {
  readonly published: Array<{ to: string; how: 'push' | 'hand-on'; what: string; payload: Record<string, unknown> }> = [];
  private readonly listeners = new Set<(message: AcceptedMessage) => void>();

  onAccepted(listener: (message: AcceptedMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async routed(): Promise<void> {}

  accept(message: AcceptedMessage): void {
    for (const listener of this.listeners) listener(message);
  }

  async push(recipientDipId: string, interfaceID: string, payloads: ReadonlyArray<Record<string, unknown>>): Promise<PushOutcome> {
    this.note(recipientDipId, 'push', payloads);
    return { delivered: true, status: 201, transactionIDs: payloads.map((_, index) => `T-${index}`), attempts: [], body: payloads.map((payload) => ({ payload })), webhookAnsweredBefore: true };
  }

  async handOn(recipientDipId: string, payloads: ReadonlyArray<Record<string, unknown>>): Promise<void> {
    this.note(recipientDipId, 'hand-on', payloads);
  }

  private note(to: string, how: 'push' | 'hand-on', payloads: ReadonlyArray<Record<string, unknown>>): void {
    for (const payload of payloads) {
      const s0 = (payload.CommonBlock as { S0: { interfaceID: string; eventCode: string } }).S0;
      this.published.push({ to, how, what: `${s0.interfaceID} ${s0.eventCode}`, payload });
    }
  }
}

function lss(options: Partial<LssSimulatorOptions> = {}): { dip: StandInDip; simulator: LssSimulator } {
  const faker = new Faker({ locale: [en_GB, en] });
  faker.seed(5);
  const dip = new StandInDip();
  const simulator = new LssSimulator({
    spec, emulator: dip, directory: new PartyDirectory([LSS, SUPPLIER, SDS, ADS, SMRS, MDS]), loadShapingService: LSS, now: () => NOW, faker, seed: 42,
    gspGroups: ['_K', '_A'], ...options,
  });
  return { dip, simulator };
}

const failingFindings = (payload: Record<string, unknown>) =>
  validateBody(spec, [{ payload }], { now: NOW, direction: 'ingress' })[0]!.findings.filter((finding) => finding.severity === 'fail');

describe('LSS simulator: load shapes', () => {
  it('draws the same shape from the same seed, group and day, and another from another seed', () => {
    const values = (seed: number, date = DAY, group = HOME) => lss({ seed }).simulator.shapeFor(group, date).periods.map((period) => period.thousandths);
    expect(values(42)).toEqual(values(42));
    expect(values(42)).not.toEqual(values(43));
    expect(values(42, '2026-07-02')).not.toEqual(values(42));
    expect(values(42, DAY, { ...HOME, gspGroup: '_A' })).not.toEqual(values(42));
    expect(values(42).every((value) => value > 0)).toBe(true);
  });

  it('has a value for each period of the day, ending on its half hours: 48 a UTC day, 46 or 50 a GB local clock-change day', () => {
    const utc = lss().simulator.shapeFor(HOME, '2026-10-25');
    expect(utc.periods.map((period) => period.endUtcMillis)).toEqual(periodEnds(settlementDay('2026-10-25', 'utc')));
    const local = lss({ basis: 'gb-local' }).simulator;
    expect([local.shapeFor(HOME, '2026-03-29').periods.length, local.shapeFor(HOME, '2026-10-25').periods.length]).toEqual([46, 50]);
  });

  it('peaks in the evening for a domestic shape and over the working day for a non-domestic one, and is higher in winter', () => {
    const { simulator } = lss();
    const at = (group: LoadShapeGroup, date: string, localTime: string) =>
      simulator.shapeFor(group, date).periods.find((period) => formatGbTimestamp(period.endUtcMillis).slice(11, 16) === localTime)!.thousandths;
    expect(at(HOME, DAY, '19:00')).toBeGreaterThan(at(HOME, DAY, '04:00') * 2);
    const business = { ...HOME, domestic: 'F' as const };
    expect(at(business, DAY, '13:00')).toBeGreaterThan(at(business, DAY, '03:00') * 2);
    const total = (date: string) => simulator.shapeFor(HOME, date).totalThousandths;
    expect(total('2026-01-15')).toBeGreaterThan(total('2026-07-15'));
  });
});

describe('LSS simulator: IF-022 and IF-023', () => {
  it('publishes the day\'s shapes and totals to each party that takes them: pushed to the participant, handed on to the simulated ones', async () => {
    const { dip, simulator } = lss();
    await simulator.publishDay(DAY);
    expect(dip.published.map(({ to, how, what }) => `${what} ${how} → ${to}`)).toEqual([
      `IF-022 [LSSPeriodData] push → ${SUPPLIER.dipId}`,
      `IF-023 [LSSTotalsData] push → ${SUPPLIER.dipId}`,
      `IF-022 [LSSPeriodData] hand-on → ${SDS.dipId}`,
      `IF-023 [LSSTotalsData] hand-on → ${SDS.dipId}`,
      `IF-022 [LSSPeriodData] hand-on → ${ADS.dipId}`,
      `IF-023 [LSSTotalsData] hand-on → ${ADS.dipId}`,
    ]);
    for (const { payload } of dip.published) expect(failingFindings(payload)).toEqual([]);
  });

  it('publishes only to the parties named, when the run names them', async () => {
    const { dip, simulator } = lss();
    await simulator.publishDay(DAY, [SDS.dipId]);
    expect(dip.published.map(({ to, what }) => `${what} → ${to}`)).toEqual([`IF-022 [LSSPeriodData] → ${SDS.dipId}`, `IF-023 [LSSTotalsData] → ${SDS.dipId}`]);
  });

  it('carries only the GSP groups asked for, when the run names them', async () => {
    const { dip, simulator } = lss();
    await simulator.publishDay(DAY, [SDS.dipId], ['_A']);
    const message = dip.published[0]!.payload as unknown as DipPayloads['IF-022 [LSSPeriodData]'];
    expect(message.CustomBlock.B903List[0]!.LSGSettlementPeriods!.map((block) => `${block.LSGroup!.loadShapeGSPGroupID} ${block.LSGroup!.loadShapeDomesticPremiseIndicator}`)).toEqual(['_A T', '_A F']);
    for (const { payload } of dip.published) expect(failingFindings(payload)).toEqual([]);
  });

  it('carries in IF-022 every group\'s shape as kept, period by period, for the UTC day', async () => {
    const { dip, simulator } = lss();
    await simulator.publishDay(DAY, [SDS.dipId]);
    const message = dip.published[0]!.payload as unknown as DipPayloads['IF-022 [LSSPeriodData]'];
    const [day] = message.CustomBlock.B903List;
    expect(day!.settlementDay).toEqual({ settlementDayDate: '2026-07-01T01:00:00+01:00', periodDuration: 30 });
    expect(day!.LSGSettlementPeriods!.map((block) => `${block.LSGroup!.loadShapeGSPGroupID} ${block.LSGroup!.loadShapeDomesticPremiseIndicator}`)).toEqual(['_K T', '_K F', '_A T', '_A F']);
    for (const [index, group] of simulator.groups.entries()) {
      const published = day!.LSGSettlementPeriods![index]!.LSGroupSettlementPeriods!;
      const kept = simulator.shapeFor(group, DAY).periods;
      expect(published).toEqual(kept.map((period) => ({ sp: formatGbTimestamp(period.endUtcMillis), loadShapePeriodValue: kwh(period.thousandths), defaultLoadShapeFlag: 'A' })));
    }
  });

  it('totals in IF-023 what IF-022 carries: the day, its peak and off-peak, the last 7 days and the last 365', async () => {
    const { dip, simulator } = lss({ gspGroups: ['_K'] });
    await simulator.publishDay(DAY, [SDS.dipId]);
    const message = dip.published[1]!.payload as unknown as DipPayloads['IF-023 [LSSTotalsData]'];
    const totals = message.CustomBlock.B912List[0]!.LSGTotals![0]!;
    const shape = simulator.shapeFor(HOME, DAY);
    const offPeak = shape.periods.slice(0, 14).reduce((sum, period) => sum + period.thousandths, 0);
    const days = (count: number) => Array.from({ length: count }, (_, back) => simulator.shapeFor(HOME, addCalendarDays(DAY, -back)).totalThousandths).reduce((sum, total) => sum + total, 0);
    expect(totals.LSGroup).toEqual({ loadShapeGSPGroupID: '_K', connectionTypeIndicator: 'W', marketSegmentIndicator: 'S', loadShapeDomesticPremiseIndicator: 'T', measurementQuantityID: 'AI' });
    expect(totals.LSTTotals![0]).toMatchObject({
      loadShapeDayTotal: kwh(shape.totalThousandths),
      loadShapeDayOffPeakTotal: kwh(offPeak),
      loadShapeDayPeakTotal: kwh(shape.totalThousandths - offPeak),
      loadShape7DayRollingTotal: kwh(days(7)),
    });
    expect(totals.LSAnnualConsumption).toEqual({ annualLoadShapeTotal: kwh(days(365)) });
  });
});

describe('LSS simulator: IF-021 sent to it', () => {
  it('records the settlement data that names it, and nothing else', () => {
    const { dip, simulator } = lss();
    const faker = new Faker({ locale: [en_GB, en] });
    faker.seed(9);
    const m0 = { MPANCore: '2000056535971', distributorDIPID: '2100000001', GSPGroupID: '_K' } as const;
    const blocks = dayBlocks(settlementDay(DAY, 'utc'), actualPeriods(settlementDay(DAY, 'utc')));
    const toLss = consumptionPayload(spec, { faker, now: NOW, sender: { dipId: SDS.dipId, role: 'SDS' }, m0, to: [MDS.dipId, LSS.dipId], blocks });
    const toMdsOnly = consumptionPayload(spec, { faker, now: NOW, sender: { dipId: SDS.dipId, role: 'SDS' }, m0, to: [MDS.dipId], blocks });
    const accepted = (id: string, interfaceID: string, payload: unknown): AcceptedMessage => ({ transactionID: id, interfaceID, eventCode: '[ActivePower]', senderDipId: SDS.dipId, payload: payload as Record<string, unknown> });
    dip.accept(accepted('T-1', 'IF-021', toLss));
    dip.accept(accepted('T-2', 'IF-021', toMdsOnly));
    dip.accept(accepted('T-3', 'IF-041', toLss));
    expect(simulator.received.map(({ transactionID, mpan, senderDipId, at }) => ({ transactionID, mpan, senderDipId, at }))).toEqual([
      { transactionID: 'T-1', mpan: m0.MPANCore, senderDipId: SDS.dipId, at: NOW },
    ]);
  });
});

describe('whether estimates follow the published shape', () => {
  const { simulator } = lss();
  const shape = simulator.shapeFor(HOME, DAY);
  const estimates = (scale: number, numbers: readonly number[]) =>
    withEstimates(actualPeriods(shape.day), shape, numbers, scale).flatMap((period, index) =>
      numbers.includes(index + 1) ? [{ endUtcMillis: periodEnds(shape.day)[index]!, value: period.v, pointer: `/p/${index}` }] : [],
    );

  it('finds nothing when every estimate scales the shape alike, at any scale', () => {
    expect(estimateShapeFindings(estimates(0.6, [1, 2, 3, 30, 31]), shape)).toEqual([]);
    expect(estimateShapeFindings(estimates(2.5, [10, 40]), shape)).toEqual([]);
  });

  it('finds an estimate that strays from the others\' scale by more than 5 %, and cannot judge one estimate alone', () => {
    const strayed = estimates(1, [5, 6, 7, 8]);
    strayed[2] = { ...strayed[2]!, value: kwh(Math.round(shape.periods[6]!.thousandths * 1.2)) };
    expect(estimateShapeFindings(strayed, shape).map((finding) => finding.pointer)).toEqual(['/p/6']);
    expect(estimateShapeFindings([{ ...strayed[2]! }], shape)).toEqual([]);
  });
});
