// The SMRS superseding an appointment request (BP001 COS-14): a later IF-031 of the same kind for
// the MPAN replaces one still in flight, whose Supplier hears of it with IF-035 REG1089; one the
// SMRS rejects leaves it standing.
import { en, en_GB, Faker } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import type { DipEmulator } from '../mocks/dip/dip-emulator.ts';
import { PartyDirectory } from '../mocks/isd/party-directory.ts';
import { MeteringPointStore } from '../mocks/smrs/metering-points.ts';
import { SmrsSimulator, SUPERSEDED } from '../mocks/smrs/smrs-simulator.ts';
import { buildMessage } from '../src/builders/message-builder.ts';
import { gbDateAfter, gbLocalMidnight } from '../src/builders/identifiers.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const NOW = Date.UTC(2026, 10, 30, 10, 0);
const SUPPLIER = { dipId: '1000000001', mpid: 'SUPA', role: 'SUP', name: 'supplier' };
const SMRS = { dipId: '2000000001', mpid: 'SMRA', role: 'REGS', name: 'SMRS' };
const MS = { dipId: '3000000001', mpid: 'MSNW', role: 'MSS', name: 'proposed MS' };
const OTHER_MS = { dipId: '3000000004', mpid: 'MSOT', role: 'MSS', name: 'another MS' };
const MPAN = '2000056535971';

function simulator() {
  const faker = new Faker({ locale: [en_GB, en] });
  faker.seed(9);
  const points = new MeteringPointStore();
  points.add({ mpan: MPAN, gspGroup: '_K', distributorDipId: '2100000001', segment: 'S', supplier: { dipId: SUPPLIER.dipId, mpid: SUPPLIER.mpid } });
  // No party has a webhook: publications are recorded, not pushed, so no emulator is needed.
  const emulator = { onAccepted: () => () => true, handOn: async () => undefined } as unknown as DipEmulator;
  const smrs = new SmrsSimulator({ spec, emulator, directory: new PartyDirectory([SUPPLIER, SMRS, MS, OTHER_MS]), registrationService: SMRS, points, now: () => NOW, faker });
  let sequence = 0;
  /** The Supplier's IF-031 [MSApp], scenario CSP, proposing `provider` from three days ahead. */
  const request = (provider: { dipId: string; mpid: string }) => {
    const B070 = { proposedMeteringServiceDIPID: provider.dipId, proposedMeteringServiceMPID: provider.mpid, proposedMeteringServiceDIPEffectiveFromDate: gbLocalMidnight(gbDateAfter(NOW, 3)), contractReferenceMeteringService: null, appointmentScenario: 'CSP' };
    const payload = buildMessage(spec, { faker, interfaceID: 'IF-031', eventCode: '[MSApp]', now: NOW, sender: { dipId: SUPPLIER.dipId, role: 'SUP' }, fixed: { '/CommonBlock/M0/MPANCore': MPAN, '/CustomBlock/B070': B070 } }) as unknown as Record<string, unknown>;
    sequence += 1;
    return smrs.receiveFromSimulated({ transactionID: `T-${sequence}`, interfaceID: 'IF-031', eventCode: '[MSApp]', senderDipId: SUPPLIER.dipId, payload });
  };
  const sent = () => smrs.published.map((record) => `${record.publication.interfaceID} ${record.publication.eventCode} → ${record.publication.to.dipId}${JSON.stringify(record.payload).includes(SUPERSEDED) ? ' REG1089' : ''}`);
  return { smrs, points, request, sent };
}

describe('the SMRS superseding an appointment request', () => {
  it('replaces a request of the same kind still in flight and tells the Supplier with IF-035 REG1089', async () => {
    const { points, request, sent } = simulator();
    await request(MS);
    await request(OTHER_MS);
    expect(sent()).toEqual([`IF-033 [MSAppSPRequest] → ${MS.dipId}`, `IF-035 [MSAppRejected] → ${SUPPLIER.dipId} REG1089`, `IF-033 [MSAppSPRequest] → ${OTHER_MS.dipId}`]);
    expect(points.get(MPAN)!.appointments.map((appointment) => `${appointment.proposed.dipId} ${appointment.status}`)).toEqual([`${MS.dipId} superseded`, `${OTHER_MS.dipId} offered`]);
  });

  it('leaves the request standing when the later one is rejected', async () => {
    const { points, request, sent } = simulator();
    await request(MS);
    // A provider the ISD does not know is rejected (REG1022): the request in flight stands.
    await request({ dipId: '3000000009', mpid: 'NONE' });
    expect(sent()).toEqual([`IF-033 [MSAppSPRequest] → ${MS.dipId}`, `IF-032 [MSAppInitialResp] → ${SUPPLIER.dipId}`]);
    expect(points.get(MPAN)!.appointments[0]!.status).toBe('offered');
  });
});
