// The Change of Supplier read (BP001 COS-16): the simulated Data Service's IF-041 [ReadingCOS]
// to both Suppliers, and the reference Supplier taking it as incoming and as outgoing Supplier
// (RCP1061 under the disowns-closing-read fault, and for an MPAN it never had).
import { en, en_GB, Faker } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import type { DipEmulator } from '../mocks/dip/dip-emulator.ts';
import { PartyDirectory } from '../mocks/isd/party-directory.ts';
import { DataServiceDesk } from '../mocks/parties/data-service-desk.ts';
import { MeteringPointStore } from '../mocks/smrs/metering-points.ts';
import { validateBody } from '../src/validation/validate-body.ts';
import { buildMessage } from '../src/builders/message-builder.ts';
import { field, push, seededFaker, SUP, participantAgainstFakeDip } from './reference-participant-harness.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const MPAN = '1012345678903';

describe('the simulated Data Service sending the Change of Supplier read', () => {
  it('sends each Supplier IF-041 [ReadingCOS], valid for the DIP API, read at midnight of the supply start date', async () => {
    const faker = new Faker({ locale: [en_GB, en] });
    faker.seed(4);
    const points = new MeteringPointStore();
    points.add({ mpan: MPAN, gspGroup: '_K', distributorDipId: '2100000001', segment: 'S', supplier: { dipId: '6000000002', mpid: 'GAIN' }, dataService: { dipId: '5000000003', mpid: 'OLDD' } });
    const directory = new PartyDirectory([
      { dipId: '5000000003', mpid: 'OLDD', role: 'SDS', name: 'Data Service' },
      { dipId: '6000000002', mpid: 'GAIN', role: 'SUP', name: 'incoming' },
      { dipId: '6000000001', mpid: 'OTHS', role: 'SUP', name: 'outgoing' },
    ]);
    // No Supplier has a webhook here: the reads are recorded, not pushed.
    const emulator = { onAccepted: () => () => true } as unknown as DipEmulator;
    const desk = new DataServiceDesk({ spec, emulator, directory, points, now: () => Date.UTC(2026, 10, 30, 10), faker });
    const sent = await desk.sendChangeOfSupplierRead(MPAN, '2026-12-07', [{ dipId: '6000000002', mpid: 'GAIN' }, { dipId: '6000000001', mpid: 'OTHS' }]);
    expect(sent.map((record) => field(record.payload, '/CommonBlock/A0/primaryRecipients'))).toEqual([['6000000002'], ['6000000001']]);
    for (const record of sent) {
      expect(validateBody(spec, [{ payload: record.payload }], { direction: 'ingress', channel: 'IF-041' }).flatMap((report) => report.findings)).toEqual([]);
      expect(field(record.payload, '/CommonBlock/S1/senderDIPID')).toBe('5000000003');
      expect(field(record.payload, '/CustomBlock/B064List/0/cumulativeRegisterReadingDateTime')).toBe('2026-12-07T00:00:00+00:00');
    }
  });
});

describe('the reference Supplier taking the Change of Supplier read', () => {
  const fixture = participantAgainstFakeDip(spec, { supplier: [MPAN], meteringService: [] });

  async function statusesAfterRead(faults: string[], mpan = MPAN): Promise<string[]> {
    const participant = await fixture.start(faults);
    const read = buildMessage(spec, {
      faker: seededFaker(6),
      interfaceID: 'IF-041',
      eventCode: '[ReadingCOS]',
      now: Date.now(),
      direction: 'egress',
      // IF-041 comes from a Data Service, never from the Registration Service.
      sender: { dipId: '5000000003', role: 'SDS' },
      fixed: { '/CommonBlock/A0': { primaryRecipients: [SUP], secondaryRecipients: [], always: [] }, '/CommonBlock/M0': { MPANCore: mpan, distributorDIPID: '2100000001', GSPGroupID: '_K' } },
    });
    expect((await push(participant.url, [{ payload: read }])).status).toBe(201);
    await participant.idle();
    return fixture.dip.submissions.filter((submission) => submission.path === '/statusmessage').map((submission) => (submission.body as { message: string }[])[0]!.message);
  }

  it('as the outgoing Supplier records the read of the MPAN it is losing and reports nothing', async () => {
    expect(await statusesAfterRead([])).toEqual([]);
  });

  it('answers RCP1061 for an MPAN it never had', async () => {
    expect(await statusesAfterRead([], '2000056535971')).toEqual(['RCP1061 - MPAN Invalid or Unknown']);
  });

  it('with disowns-closing-read answers RCP1061 for the MPAN it is losing', async () => {
    expect(await statusesAfterRead(['disowns-closing-read'])).toEqual(['RCP1061 - MPAN Invalid or Unknown']);
  });
});
