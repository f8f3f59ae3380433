// The SMRS simulator needs of the DIP only its two ports (mocks/dip/dip-ports.ts): an inbox of
// accepted messages and a publisher. Driven here through stand-ins, with no emulator, no HTTP and
// no journal, it gives the same answers as through the real DIP (smrs-simulator.test.ts).
import { en, en_GB, Faker } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import type { DipInbox, DipPublisher } from '../mocks/dip/dip-ports.ts';
import type { AcceptedMessage } from '../mocks/dip/ingress-judgement.ts';
import type { PushOutcome } from '../mocks/dip/publication-push.ts';
import { PartyDirectory } from '../mocks/isd/party-directory.ts';
import { MeteringPointStore } from '../mocks/smrs/metering-points.ts';
import { RegisteredAppointments } from '../mocks/smrs/registered-appointments.ts';
import { SmrsSimulator } from '../mocks/smrs/smrs-simulator.ts';
import { buildMessage } from '../src/builders/message-builder.ts';
import { formatGbTimestamp, gbMidnightUtcMillis } from '../src/time/gb-time.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const NOW = Date.UTC(2026, 8, 15, 9, 0);
const SUPPLIER = { dipId: '1000000001', mpid: 'SUPA', role: 'SUP', name: 'participant supplier', webhookUrl: 'https://supplier.invalid/webhook' };
const SMRS = { dipId: '2000000001', mpid: 'SMRA', role: 'REGS', name: 'SMRS' };
const NEW_MS = { dipId: '3000000001', mpid: 'MSNW', role: 'MSS', name: 'proposed MS' };
const OLD_MS = { dipId: '3000000002', mpid: 'MSOL', role: 'MSS', name: 'incumbent MS' };
const MPAN = '2000056535971';
const SERVED_MPAN = '2000056535980';
const DATA_SERVICE = { dipId: '1100000004', mpid: 'REFD', role: 'SDS', name: 'participant data service', webhookUrl: 'https://data-service.invalid/webhook' };

/** A DIP that hands on what the test says it accepted, and notes what is published through it. */
class StandInDip implements DipInbox, DipPublisher {
  readonly published: Array<{ to: string; what: string; payload: Record<string, unknown> }> = [];
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
    for (const payload of payloads) {
      const s0 = (payload.CommonBlock as { S0: { eventCode: string } }).S0;
      this.published.push({ to: recipientDipId, what: `${interfaceID} ${s0.eventCode}`, payload });
    }
    return { delivered: true, status: 201, transactionIDs: payloads.map((_, index) => `T-${index}`), attempts: [], body: payloads.map((payload) => ({ payload })), webhookAnsweredBefore: true };
  }

  async handOn(recipientDipId: string, payloads: ReadonlyArray<Record<string, unknown>>): Promise<void> {
    for (const payload of payloads) {
      const s0 = (payload.CommonBlock as { S0: { interfaceID: string; eventCode: string } }).S0;
      this.published.push({ to: recipientDipId, what: `${s0.interfaceID} ${s0.eventCode}`, payload });
    }
  }
}

describe('SMRS simulator over its DIP ports', () => {
  const faker = new Faker({ locale: [en_GB, en] });
  faker.seed(11);
  const dip = new StandInDip();
  const points = new MeteringPointStore();
  points.add({ mpan: MPAN, gspGroup: '_K', distributorDipId: '4000000001', segment: 'S', supplier: { dipId: '1000000009', mpid: 'OLDS' }, meteringService: OLD_MS, dataService: { dipId: '5000000001', mpid: 'DSOL' } });
  const smrs = new SmrsSimulator({ spec, emulator: dip, directory: new PartyDirectory([SUPPLIER, SMRS, NEW_MS, OLD_MS, DATA_SERVICE]), registrationService: SMRS, points, now: () => NOW, faker });

  it('publishes IF-002 to the incoming Supplier when CSS reports the switch pending', async () => {
    await smrs.switchPending(MPAN, { dipId: SUPPLIER.dipId, mpid: SUPPLIER.mpid }, '2026-09-22', 'css-0001');
    expect(dip.published.map(({ to, what }) => `${what} → ${to}`)).toEqual([`IF-002 [GainMPANInfo] → ${SUPPLIER.dipId}`]);
  });

  it('refuses an accepted IF-031 proposing an Effective From Date in the past with IF-032 and REG1034', async () => {
    const payload = buildMessage(spec, {
      faker, interfaceID: 'IF-031', eventCode: '[MSApp]', now: NOW, sender: { dipId: SUPPLIER.dipId, role: 'SUP' },
      fixed: {
        '/CommonBlock/M0': { MPANCore: MPAN, distributorDIPID: '4000000001', GSPGroupID: '_K' },
        '/CustomBlock/B070': {
          proposedMeteringServiceDIPID: NEW_MS.dipId, proposedMeteringServiceMPID: NEW_MS.mpid, proposedMeteringServiceDIPEffectiveFromDate: formatGbTimestamp(gbMidnightUtcMillis(2026, 9, 14)),
          contractReferenceMeteringService: null, appointmentScenario: 'COS',
        },
        '/CustomBlock/B013': { CSSRegistrationID: 'css-0001' },
      },
    }) as unknown as Record<string, unknown>;
    dip.accept({ transactionID: 'T-IF-031-1', interfaceID: 'IF-031', eventCode: '[MSApp]', senderDipId: SUPPLIER.dipId, payload });
    await smrs.idle();
    const refusal = dip.published.at(-1)!;
    expect(`${refusal.what} → ${refusal.to}`).toBe(`IF-032 [MSAppInitialResp] → ${SUPPLIER.dipId}`);
    const r0 = (refusal.payload.CommonBlock as { R0: { responseCode: string; responseMessages: string[] } }).R0;
    expect(r0.responseCode).toBe('R');
    expect(r0.responseMessages[0]).toMatch(/^REG1034 - /);
  });

  it('holds a Data Service appointed from a day to a day, tells it with IF-036 [DSAppActive] and IF-037 [DSDeApp], and the MDS sees it on those days only', async () => {
    points.add({ mpan: SERVED_MPAN, gspGroup: '_K', distributorDipId: '4000000001', segment: 'S', supplier: { dipId: '1000000009', mpid: 'OLDS' }, dataService: { dipId: '5000000001', mpid: 'DSOL' } });
    const before = dip.published.length;
    await smrs.dataServiceAppointed(SERVED_MPAN, { dipId: DATA_SERVICE.dipId, mpid: DATA_SERVICE.mpid }, '2026-09-05');
    const told = dip.published.slice(before);
    expect(told.map(({ to, what }) => `${what} → ${to}`)).toEqual([`IF-036 [DSAppActive] → ${DATA_SERVICE.dipId}`]);
    const b015 = (told[0]!.payload.CustomBlock as { B015: { incomingDataServiceDIPID: string; incomingDataServiceEffectiveFromDate: string } }).B015;
    expect(b015).toMatchObject({ incomingDataServiceDIPID: DATA_SERVICE.dipId, incomingDataServiceEffectiveFromDate: '2026-09-05T00:00:00+01:00' });

    const register = new RegisteredAppointments(points);
    expect(register.on(SERVED_MPAN, '2026-09-05')?.dataService).toEqual({ dipId: DATA_SERVICE.dipId, mpid: DATA_SERVICE.mpid });
    expect(register.on(SERVED_MPAN, '2026-09-04')).toMatchObject({ mpan: SERVED_MPAN, supplier: { dipId: '1000000009' } });
    expect(register.on(SERVED_MPAN, '2026-09-04')?.dataService).toBeUndefined();
    expect([...register.withDataServiceOn('2026-09-05')]).toContain(SERVED_MPAN);
    expect([...register.withDataServiceOn('2026-09-04')]).not.toContain(SERVED_MPAN);
    expect(register.on('2000000000000', '2026-09-05')).toBeUndefined();

    // Ended after the 9th: IF-037 [DSDeApp] tells the Data Service its last day, and the MDS sees no Data Service after it.
    const beforeEnd = dip.published.length;
    await smrs.dataServiceDeAppointed(SERVED_MPAN, '2026-09-09');
    const ended = dip.published.slice(beforeEnd);
    expect(ended.map(({ to, what }) => `${what} → ${to}`)).toEqual([`IF-037 [DSDeApp] → ${DATA_SERVICE.dipId}`]);
    const b009 = (ended[0]!.payload.CustomBlock as { B009: Record<string, unknown> }).B009;
    expect(b009).toMatchObject({ deAppointedDataServiceDIPID: DATA_SERVICE.dipId, dataServiceEffectiveFromDate: '2026-09-05T00:00:00+01:00', dataServiceEffectiveToDate: '2026-09-09T00:00:00+01:00', deAppointmentReasonCode: 'CSERV' });
    expect(register.on(SERVED_MPAN, '2026-09-09')?.dataService).toEqual({ dipId: DATA_SERVICE.dipId, mpid: DATA_SERVICE.mpid });
    expect(register.on(SERVED_MPAN, '2026-09-10')?.dataService).toBeUndefined();
  });
});
