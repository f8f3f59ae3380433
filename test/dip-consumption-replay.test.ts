// The DIP's consumption replay (IF-015 / IF-016), driven through a stand-in DIP as the MDS is in
// mds-simulator.test.ts: each IF-021 the DIP accepted for an Advanced MPAN is replayed to the
// Advanced Data Service that asks, as IF-016 with the same event code, M0 and custom block, the
// original sender's header in S2, marked as a replay; a request about a Smart MPAN is refused
// with IF-016 [ConsumptionRequestRejected]; nothing is replayed before it is asked for.
import { en, en_GB, Faker } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { ConsumptionReplay, DIP_REPLAY_SENDER, NOT_ADVANCED } from '../mocks/dip/consumption-replay.ts';
import type { DipInbox, DipPublisher, PublishOptions } from '../mocks/dip/dip-ports.ts';
import type { AcceptedMessage } from '../mocks/dip/ingress-judgement.ts';
import type { PushOutcome } from '../mocks/dip/publication-push.ts';
import { actualPeriods, consumptionPayload, dayBlocks } from '../mocks/mds/sample-consumption.ts';
import { buildMessage } from '../src/builders/message-builder.ts';
import { settlementDay } from '../src/time/settlement-periods.ts';
import { validateBody } from '../src/validation/validate-body.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const NOW = Date.UTC(2026, 6, 2, 9, 0);
const ADS = { dipId: '5000000002', role: 'ADS' };
const EARLIER_ADS = { dipId: '5000000009', role: 'ADS' };
const ADVANCED = '2000056535971';
const SMART = '2000056535980';
const m0 = (mpan: string) => ({ MPANCore: mpan, distributorDIPID: '2100000001', GSPGroupID: '_K' as const });

/** A DIP that hands on what the test says it accepted, and notes what is pushed through it. */
class StandInDip implements DipInbox, DipPublisher {
  readonly pushed: Array<{ to: string; interfaceID: string; payload: Record<string, unknown>; options: PublishOptions }> = [];
  private readonly listeners = new Set<(message: AcceptedMessage) => void>();
  private transactions = 0;

  onAccepted(listener: (message: AcceptedMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async routed(): Promise<void> {}

  accept(payload: Record<string, unknown>): void {
    this.transactions += 1;
    const s0 = (payload.CommonBlock as { S0: { interfaceID: string; eventCode: string } }).S0;
    const senderDipId = (payload.CommonBlock as { S1: { senderDIPID: string } }).S1.senderDIPID;
    const message = { transactionID: `T-${this.transactions}`, interfaceID: s0.interfaceID, eventCode: s0.eventCode, senderDipId, payload };
    for (const listener of this.listeners) listener(message);
  }

  async push(to: string, interfaceID: string, payloads: ReadonlyArray<Record<string, unknown>>, options: PublishOptions = {}): Promise<PushOutcome> {
    for (const payload of payloads) this.pushed.push({ to, interfaceID, payload, options });
    return { delivered: true, status: 201, transactionIDs: payloads.map((_, index) => `T-${index}`), attempts: [], body: payloads.map((payload) => ({ payload })), webhookAnsweredBefore: true };
  }

  async handOn(): Promise<void> {}
}

function stage() {
  const faker = new Faker({ locale: [en_GB, en], seed: 5 });
  const dip = new StandInDip();
  const segments: Record<string, string> = { [ADVANCED]: 'A', [SMART]: 'S' };
  const replay = new ConsumptionReplay({ spec, emulator: dip, segmentOf: (mpan) => segments[mpan], now: () => NOW, faker });
  const day = (mpan: string, date: string, sender = ADS, eventCode: '[ActivePower]' | '[ReactivePower]' = '[ActivePower]') =>
    consumptionPayload(spec, { faker, now: NOW, sender, m0: m0(mpan), to: ['2200000001'], blocks: dayBlocks(settlementDay(date, 'utc'), actualPeriods(settlementDay(date, 'utc'))), eventCode, ...(eventCode === '[ReactivePower]' ? { mqid: 'RI' } : {}) }) as unknown as Record<string, unknown>;
  const request = (mpan: string) => buildMessage(spec, { faker, interfaceID: 'IF-015', eventCode: '[ConsumptionReplay]', now: NOW, sender: ADS, fixed: { '/CommonBlock/M0': m0(mpan) } }) as unknown as Record<string, unknown>;
  return { dip, replay, day, request };
}

const blocksOf = (payload: Record<string, unknown>) => payload.CommonBlock as Record<string, Record<string, unknown>>;
const egressFindings = (payload: Record<string, unknown>) => validateBody(spec, [{ payload }], { direction: 'egress', channel: 'IF-016' }).flatMap((report) => report.findings);

describe('the DIP replays an Advanced MPAN\'s consumption (IF-015 → IF-016)', () => {
  it('replays each IF-021 it holds for the MPAN to the requester: same event code, M0 and custom block, S2 the original S1, R1 accepted, marked as a replay', async () => {
    const { dip, replay, day, request } = stage();
    const first = day(ADVANCED, '2026-06-29', EARLIER_ADS);
    const second = day(ADVANCED, '2026-07-01', ADS, '[ReactivePower]');
    dip.accept(first);
    dip.accept(day(SMART, '2026-07-01'));
    dip.accept(second);
    expect(dip.pushed).toEqual([]);
    dip.accept(request(ADVANCED));
    await replay.idle();
    expect(dip.pushed.map(({ to, interfaceID, options }) => ({ to, interfaceID, options }))).toEqual([
      { to: ADS.dipId, interfaceID: 'IF-016', options: { replay: true } },
      { to: ADS.dipId, interfaceID: 'IF-016', options: { replay: true } },
    ]);
    dip.pushed.forEach(({ payload }, index) => {
      const original = [first, second][index]!;
      expect(egressFindings(payload)).toEqual([]);
      expect(blocksOf(payload).S0).toEqual({ interfaceID: 'IF-016', schemaVersion: '011', eventCode: blocksOf(original).S0!.eventCode });
      expect(blocksOf(payload).S1).toMatchObject({ senderDIPID: DIP_REPLAY_SENDER.dipId, senderRoleID: DIP_REPLAY_SENDER.role });
      expect(blocksOf(payload).S2).toEqual(blocksOf(original).S1);
      expect(blocksOf(payload).M0).toEqual(blocksOf(original).M0);
      expect(blocksOf(payload).R1).toEqual({ responseCode: 'A', responseMessages: [] });
      expect(blocksOf(payload).A0).toEqual({ primaryRecipients: [ADS.dipId], secondaryRecipients: [], always: [] });
      expect(payload.CustomBlock).toEqual(original.CustomBlock);
    });
    expect(replay.answers).toMatchObject([{ mpan: ADVANCED, requester: ADS.dipId, pushes: [{ eventCode: '[ActivePower]' }, { eventCode: '[ReactivePower]' }] }]);
  });

  it('refuses a request about an MPAN it does not hold Advanced with IF-016 [ConsumptionRequestRejected], replaying nothing', async () => {
    const { dip, replay, day, request } = stage();
    dip.accept(day(SMART, '2026-07-01'));
    dip.accept(request(SMART));
    await replay.idle();
    expect(dip.pushed).toHaveLength(1);
    const [refusal] = dip.pushed;
    expect(egressFindings(refusal!.payload)).toEqual([]);
    expect(blocksOf(refusal!.payload).S0!.eventCode).toBe('[ConsumptionRequestRejected]');
    expect(blocksOf(refusal!.payload).R1).toEqual({ responseCode: 'R', responseMessages: [NOT_ADVANCED] });
    expect(refusal!.payload.CustomBlock).toBeUndefined();
  });

  it('replays nothing for an Advanced MPAN it holds no IF-021 of', async () => {
    const { dip, replay, request } = stage();
    dip.accept(request(ADVANCED));
    await replay.idle();
    expect(dip.pushed).toEqual([]);
    expect(replay.answers).toMatchObject([{ mpan: ADVANCED, pushes: [] }]);
  });
});
