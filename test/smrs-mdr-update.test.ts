// The SMRS simulator takes a Smart Data Service's change of its Meter Data Retriever (BP003B
// 3B-02, IF-034 [SDS-MDRUpdate]) through the DIP emulator over real HTTP, with the test playing
// the Smart Data Service under test: it records an accepted change and answers IF-035
// [SDS-MDROutcome] to the Data Service and the Supplier (3B-03), refusing with the REG code
// each check names.
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { en, en_GB, Faker } from '@faker-js/faker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DipEmulator } from '../mocks/dip/dip-emulator.ts';
import { PartyDirectory } from '../mocks/isd/party-directory.ts';
import { MeteringPointStore } from '../mocks/smrs/metering-points.ts';
import { mdrUpdateRefusal } from '../mocks/smrs/mdr-updates.ts';
import { SmrsSimulator } from '../mocks/smrs/smrs-simulator.ts';
import { buildMessage } from '../src/builders/message-builder.ts';
import { gbLocalMidnight } from '../src/builders/identifiers.ts';
import { ExchangeJournal } from '../src/evidence/exchange-journal.ts';
import { validateBody } from '../src/validation/validate-body.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
// 10:00 BST on Tuesday 15 September 2026: today is the 15th.
const NOW = Date.UTC(2026, 8, 15, 9, 0);
const SDS = { dipId: '5000000001', mpid: 'SDSA', role: 'SDS', name: 'Smart Data Service under test', apiKey: `k-${process.pid}-mdr` };
const OTHER_SDS = { dipId: '5000000002', mpid: 'SDSB', role: 'SDS', name: 'another Smart Data Service', apiKey: `k-${process.pid}-mdr-other` };
const SMRS = { dipId: '2000000001', mpid: 'SMRA', role: 'REGS', name: 'SMRS' };
const SUPPLIER = { dipId: '1000000009', mpid: 'SUPO', role: 'SUP', name: 'registered Supplier' };
const NEW_MDR = { dipId: '7000000001', mpid: 'MDRA' };
const MPAN = '2000056535971';

type Pushed = Array<{ payload: { CommonBlock: Record<string, Record<string, unknown>>; CustomBlock: Record<string, Record<string, unknown>> } }>;

describe('mdrUpdateRefusal', () => {
  const point = { mpan: MPAN, gspGroup: '_K', distributorDipId: '4000000001', segment: 'S' as const, dataService: { dipId: SDS.dipId, mpid: SDS.mpid }, appointments: [] };
  const update = (date: string, sender = SDS.dipId) => ({ sender, mdr: NEW_MDR, effectiveFrom: gbLocalMidnight(date) });

  it('accepts today and up to 5 days ahead', () => {
    expect(mdrUpdateRefusal(point, update('2026-09-15'), NOW)).toBeUndefined();
    expect(mdrUpdateRefusal(point, update('2026-09-20'), NOW)).toBeUndefined();
  });

  it.each([
    ['6 days ahead', update('2026-09-21'), 'REG1082'],
    ['yesterday', update('2026-09-14'), 'REG1024'],
    ['from a Data Service not appointed', update('2026-09-17', OTHER_SDS.dipId), 'REG1080'],
    ['with a date that is no DT-003 date-time', { ...update('2026-09-17'), effectiveFrom: '2026-09-17' }, 'REG1083'],
  ])('refuses an update %s with %s', (_what, asked, code) => {
    expect(mdrUpdateRefusal(point, asked, NOW)).toMatch(new RegExp(`^${code} - `));
  });

  it('refuses the MDR already assigned (REG1098), an Advanced MPAN and an ended appointment (REG1080), an unknown MPAN (REG0000)', () => {
    expect(mdrUpdateRefusal({ ...point, mdr: { ...NEW_MDR, effectiveFrom: gbLocalMidnight('2026-09-01') } }, update('2026-09-17'), NOW)).toMatch(/^REG1098 - /);
    expect(mdrUpdateRefusal({ ...point, segment: 'A' }, update('2026-09-17'), NOW)).toMatch(/^REG1080 - /);
    expect(mdrUpdateRefusal({ ...point, dataServiceUntil: '2026-09-14' }, update('2026-09-17'), NOW)).toMatch(/^REG1080 - /);
    expect(mdrUpdateRefusal(undefined, update('2026-09-17'), NOW)).toMatch(/^REG0000 - /);
  });
});

describe('SMRS simulator: IF-034 [SDS-MDRUpdate]', () => {
  const received: Pushed[] = [];
  let server: Server;
  let emulator: DipEmulator;
  let smrs: SmrsSimulator;
  let points: MeteringPointStore;
  const faker = new Faker({ locale: [en_GB, en] });
  faker.seed(23);

  beforeAll(async () => {
    server = createServer((request, response) => {
      let text = '';
      request.on('data', (chunk) => (text += chunk));
      request.on('end', () => {
        const body = JSON.parse(text) as Pushed;
        received.push(body);
        const messageArray = body.map((item) => ({
          transactionID: item.payload.CommonBlock.D0!.transactionID, senderUniqueReference: null, correlationID: null, sentTimestamp: '2026-09-15T10:00:00+01:00',
          senderID: SDS.dipId, recipientID: SMRS.dipId, DIPConnectionProviderID: null, message: 'RCP0000 - Message Success', help: null, serviceTicketURL: null,
        }));
        response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ messageArray, timestamp: '2026-09-15T10:00:00+01:00' }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const webhookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;
    const directory = new PartyDirectory([{ ...SDS, webhookUrl }, OTHER_SDS, SMRS, SUPPLIER]);
    const journal = new ExchangeJournal(path.join(mkdtempSync(path.join(tmpdir(), 'mhhs-smrs-mdr-')), 'journal.jsonl'));
    emulator = await DipEmulator.start({ spec, directory, journal, now: () => NOW, retrySchedule: [] });
    points = new MeteringPointStore();
    points.add({ mpan: MPAN, gspGroup: '_K', distributorDipId: '4000000001', segment: 'S', supplier: { dipId: SUPPLIER.dipId, mpid: SUPPLIER.mpid }, dataService: { dipId: SDS.dipId, mpid: SDS.mpid } });
    smrs = new SmrsSimulator({ spec, emulator, directory, registrationService: SMRS, points, now: () => NOW, faker });
  });
  afterAll(async () => {
    await emulator.close();
    await new Promise((resolve) => server.close(resolve));
  });

  const sendUpdate = async (date: string) => {
    const payload = buildMessage(spec, {
      faker, interfaceID: 'IF-034', eventCode: '[SDS-MDRUpdate]', now: NOW, sender: { dipId: SDS.dipId, role: 'SDS' },
      fixed: {
        '/CommonBlock/M0': { MPANCore: MPAN, distributorDIPID: '4000000001', GSPGroupID: '_K' },
        '/CommonBlock/A0': { primaryRecipients: [SMRS.dipId], secondaryRecipients: [], always: [] },
        '/CustomBlock/B012': { serviceProviderAppointmentRequestingSupplierDIPID: SUPPLIER.dipId, serviceProviderAppointmentRequestingSupplierMPID: SUPPLIER.mpid },
        '/CustomBlock/B018': { SDSNominatedMDRDIPID: NEW_MDR.dipId, SDSNominatedMDRMPID: NEW_MDR.mpid, SDSNominatedMDRRequestedEffectiveFromDate: gbLocalMidnight(date) },
      },
    });
    const response = await fetch(`${emulator.url}/dip-channel/IF-034`, { method: 'POST', headers: { 'x-api-key': SDS.apiKey, 'content-type': 'application/json' }, body: JSON.stringify([{ payload }]) });
    expect(response.status).toBe(201);
    await new Promise((resolve) => setImmediate(resolve));
    await smrs.idle();
  };

  it('refuses an update 8 days ahead with IF-035 [SDS-MDROutcome] R REG1082 and keeps no MDR', async () => {
    const before = smrs.published.length;
    await sendUpdate('2026-09-23');
    const outcome = received.at(-1)![0]!.payload;
    expect(`${outcome.CommonBlock.S0!.interfaceID} ${outcome.CommonBlock.S0!.eventCode}`).toBe('IF-035 [SDS-MDROutcome]');
    expect(outcome.CustomBlock.B099).toEqual({ responseCode: 'R', responseMessages: ['REG1082 - MDR Effective From Date cannot be more than five days in the future'] });
    expect(smrs.published.slice(before).map((record) => record.publication.to.dipId)).toEqual([SDS.dipId, SUPPLIER.dipId]);
    expect(points.get(MPAN)!.mdr).toBeUndefined();
  });

  it('records an update 3 days ahead and tells the Data Service and the Supplier, schema-valid, with B092 the new MDR', async () => {
    const before = smrs.published.length;
    await sendUpdate('2026-09-18');
    const outcome = received.at(-1)![0]!.payload;
    expect(outcome.CustomBlock.B099).toEqual({ responseCode: 'A', responseMessages: [] });
    expect(outcome.CustomBlock.B092).toEqual({ assignedMDRDIPID: NEW_MDR.dipId, assignedMDRMPID: NEW_MDR.mpid, assignedMDREffectiveFromDate: '2026-09-18T00:00:00+01:00' });
    expect(outcome.CustomBlock.B012).toEqual({ serviceProviderAppointmentRequestingSupplierDIPID: SUPPLIER.dipId, serviceProviderAppointmentRequestingSupplierMPID: SUPPLIER.mpid });
    expect(validateBody(spec, received.at(-1), { direction: 'egress' })[0]!.findings).toEqual([]);
    const published = smrs.published.slice(before);
    expect(published.map((record) => `${record.publication.interfaceID} ${record.publication.eventCode} → ${record.publication.to.dipId}`)).toEqual([
      `IF-035 [SDS-MDROutcome] → ${SDS.dipId}`,
      `IF-035 [SDS-MDROutcome] → ${SUPPLIER.dipId}`,
    ]);
    expect(validateBody(spec, [{ payload: published[1]!.payload }], { direction: 'egress' })[0]!.findings).toEqual([]);
    expect(points.get(MPAN)!.mdr).toEqual({ ...NEW_MDR, effectiveFrom: '2026-09-18T00:00:00+01:00' });
  });

  it('refuses the same MDR again with REG1098, naming in B092 the MDR it keeps', async () => {
    await sendUpdate('2026-09-19');
    const outcome = received.at(-1)![0]!.payload;
    expect(outcome.CustomBlock.B099).toMatchObject({ responseCode: 'R', responseMessages: [expect.stringMatching(/^REG1098 - /)] });
    expect(outcome.CustomBlock.B092).toMatchObject({ assignedMDREffectiveFromDate: '2026-09-18T00:00:00+01:00' });
  });
});
