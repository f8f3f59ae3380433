// The SMRS simulator driven through the DIP emulator over real HTTP, with the test playing a
// Supplier under test: gain notification, appointment request, the service's acceptance,
// Secured Active, and the REG rejections the SMRS gives.
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { en, en_GB, Faker } from '@faker-js/faker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DipEmulator } from '../mocks/dip/dip-emulator.ts';
import { PartyDirectory } from '../mocks/isd/party-directory.ts';
import { acceptingServiceProviders } from '../mocks/parties/simulated-service-provider.ts';
import { MeteringPointStore } from '../mocks/smrs/metering-points.ts';
import { SmrsSimulator } from '../mocks/smrs/smrs-simulator.ts';
import { buildMessage } from '../src/builders/message-builder.ts';
import { ExchangeJournal } from '../src/evidence/exchange-journal.ts';
import { formatGbTimestamp, gbMidnightUtcMillis } from '../src/time/gb-time.ts';
import { validateBody } from '../src/validation/validate-body.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const NOW = Date.UTC(2026, 8, 15, 9, 0);
const SSD = '2026-09-22';
const SUPPLIER = { dipId: '1000000001', mpid: 'SUPA', role: 'SUP', name: 'participant supplier', apiKey: `k-${process.pid}-smrs` };
const SMRS = { dipId: '2000000001', mpid: 'SMRA', role: 'REGS', name: 'SMRS' };
const NEW_MS = { dipId: '3000000001', mpid: 'MSNW', role: 'MSS', name: 'proposed MS' };
const OLD_MS = { dipId: '3000000002', mpid: 'MSOL', role: 'MSS', name: 'incumbent MS' };
const ADVANCED_MS = { dipId: '3000000003', mpid: 'MSAD', role: 'MSA', name: 'Advanced MS' };
const MPAN = '2000056535971';

type Pushed = Array<{ payload: { CommonBlock: Record<string, Record<string, unknown>>; CustomBlock: Record<string, Record<string, unknown>> } }>;

describe('SMRS simulator', () => {
  const received: Pushed[] = [];
  let server: Server;
  let emulator: DipEmulator;
  let smrs: SmrsSimulator;
  const faker = new Faker({ locale: [en_GB, en] });
  faker.seed(11);

  beforeAll(async () => {
    server = createServer((request, response) => {
      let text = '';
      request.on('data', (chunk) => (text += chunk));
      request.on('end', () => {
        const body = JSON.parse(text) as Pushed;
        received.push(body);
        const messageArray = body.map((item) => ({
          transactionID: item.payload.CommonBlock.D0!.transactionID, senderUniqueReference: null, correlationID: null, sentTimestamp: '2026-09-15T10:00:00+01:00',
          senderID: SUPPLIER.dipId, recipientID: SMRS.dipId, DIPConnectionProviderID: null, message: 'RCP0000 - Message Success', help: null, serviceTicketURL: null,
        }));
        response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ messageArray, timestamp: '2026-09-15T10:00:00+01:00' }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const webhookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;
    const directory = new PartyDirectory([{ ...SUPPLIER, webhookUrl }, SMRS, NEW_MS, OLD_MS, ADVANCED_MS]);
    const journal = new ExchangeJournal(path.join(mkdtempSync(path.join(tmpdir(), 'mhhs-smrs-')), 'journal.jsonl'));
    emulator = await DipEmulator.start({ spec, directory, journal, now: () => NOW, retrySchedule: [] });
    const points = new MeteringPointStore();
    points.add({ mpan: MPAN, gspGroup: '_K', distributorDipId: '4000000001', segment: 'S', supplier: { dipId: '1000000009', mpid: 'OLDS' }, meteringService: OLD_MS, dataService: { dipId: '5000000001', mpid: 'DSOL' } });
    smrs = new SmrsSimulator({
      spec, emulator, directory, registrationService: SMRS, points, now: () => NOW, faker,
      simulatedRecipient: acceptingServiceProviders({ spec, faker, now: () => NOW, directory, smrs: () => smrs }),
    });
  });
  afterAll(async () => {
    await emulator.close();
    await new Promise((resolve) => server.close(resolve));
  });

  const submitAppointment = async (changes: { M0?: Record<string, unknown>; B070?: Record<string, unknown> }) => {
    const payload = buildMessage(spec, {
      faker, interfaceID: 'IF-031', eventCode: '[MSApp]', now: NOW, sender: { dipId: SUPPLIER.dipId, role: 'SUP' },
      fixed: {
        '/CommonBlock/M0': { MPANCore: MPAN, distributorDIPID: '4000000001', GSPGroupID: '_K', ...changes.M0 },
        '/CustomBlock/B070': {
          proposedMeteringServiceDIPID: NEW_MS.dipId, proposedMeteringServiceMPID: NEW_MS.mpid, proposedMeteringServiceDIPEffectiveFromDate: formatGbTimestamp(gbMidnightUtcMillis(2026, 9, 22)),
          contractReferenceMeteringService: null, appointmentScenario: 'COS', ...changes.B070,
        },
        '/CustomBlock/B013': { CSSRegistrationID: 'css-0001' },
      },
    });
    const response = await fetch(`${emulator.url}/dip-channel/IF-031`, { method: 'POST', headers: { 'x-api-key': SUPPLIER.apiKey, 'content-type': 'application/json' }, body: JSON.stringify([{ payload }]) });
    expect(response.status).toBe(201);
    await new Promise((resolve) => setImmediate(resolve));
    await smrs.idle();
  };

  const lastPushed = () => received.at(-1)![0]!.payload;
  const events = () => received.map((body) => `${body[0]!.payload.CommonBlock.S0!.interfaceID} ${body[0]!.payload.CommonBlock.S0!.eventCode}`);

  it('sends the incoming Supplier IF-002 when CSS reports the switch pending', async () => {
    await smrs.switchPending(MPAN, { dipId: SUPPLIER.dipId, mpid: SUPPLIER.mpid }, SSD, 'css-0001');
    expect(events()).toEqual(['IF-002 [GainMPANInfo]']);
    expect(lastPushed().CustomBlock.B013).toEqual({ CSSRegistrationID: 'css-0001' });
    expect(lastPushed().CustomBlock.B005).toMatchObject({ currentMeteringServiceDIPID: OLD_MS.dipId });
    expect(validateBody(spec, received.at(-1), { direction: 'egress' })[0]!.findings).toEqual([]);
  });

  it.each([
    ['an EFD 29 days ahead', 'REG1099', { B070: { proposedMeteringServiceDIPEffectiveFromDate: formatGbTimestamp(gbMidnightUtcMillis(2026, 10, 14)) } }],
    ['an EFD in the past', 'REG1034', { B070: { proposedMeteringServiceDIPEffectiveFromDate: formatGbTimestamp(gbMidnightUtcMillis(2026, 9, 14)) } }],
    ['an EFD that is not the supply start date', 'REG1032', { B070: { proposedMeteringServiceDIPEffectiveFromDate: formatGbTimestamp(gbMidnightUtcMillis(2026, 9, 23)) } }],
    ['an Advanced MS on a Smart MPAN', 'REG1031', { B070: { proposedMeteringServiceDIPID: ADVANCED_MS.dipId, proposedMeteringServiceMPID: ADVANCED_MS.mpid } }],
    ['an unknown MPAN', 'REG0000', { M0: { MPANCore: '1900012374324' } }],
  ])('rejects %s with IF-032 and %s', async (_what, code, changes) => {
    await submitAppointment(changes);
    const pushed = lastPushed();
    expect(`${pushed.CommonBlock.S0!.interfaceID} ${pushed.CommonBlock.S0!.eventCode}`).toBe('IF-032 [MSAppInitialResp]');
    expect(pushed.CommonBlock.R0).toMatchObject({ responseCode: 'R' });
    expect(String((pushed.CommonBlock.R0!.responseMessages as string[])[0])).toMatch(new RegExp(`^${code} - `));
  });

  it('offers a valid request to the proposed MS, which accepts, and tells the Supplier and the incumbent', async () => {
    const before = smrs.published.length;
    await submitAppointment({});
    const published = smrs.published.slice(before).map((record) => `${record.publication.interfaceID} ${record.publication.eventCode} → ${record.publication.to.dipId}`);
    expect(published).toEqual([
      `IF-033 [MSAppSPRequest] → ${NEW_MS.dipId}`,
      `IF-035 [MSAppAccepted] → ${SUPPLIER.dipId}`,
      `IF-035 [IMS-SendMTD] → ${OLD_MS.dipId}`,
    ]);
    const offer = smrs.published[before]!.payload as { CustomBlock: Record<string, unknown> };
    expect(offer.CustomBlock.B072).toEqual({ incumbentMeteringServiceDIPID: OLD_MS.dipId, incumbentMeteringServiceMPID: OLD_MS.mpid });
    expect(lastPushed().CustomBlock.B007).toEqual({ responseCode: 'A', proposedAppointmentResponseCode: 'SP000 - Proposed Appointment ACCEPTED' });
    for (const record of smrs.published.slice(before)) expect(validateBody(spec, [{ payload: record.payload }], { direction: 'ingress', now: NOW })[0]!.findings).toEqual([]);
  });

  it('confirms the registration on Secured Active, makes the appointment active and de-appoints the old MS for CSUPP', async () => {
    const before = smrs.published.length;
    await smrs.securedActive(MPAN);
    const published = smrs.published.slice(before).map((record) => `${record.publication.interfaceID} ${record.publication.eventCode} → ${record.publication.to.dipId}`);
    expect(published).toEqual([
      `IF-001 [ChangeOfSupplier] → ${SUPPLIER.dipId}`,
      `IF-036 [MSAppActive] → ${SUPPLIER.dipId}`,
      `IF-036 [MSAppActive] → ${NEW_MS.dipId}`,
      `IF-037 [MSDeApp] → ${OLD_MS.dipId}`,
    ]);
    const deApp = smrs.published.at(-1)!.payload as { CustomBlock: { B008: Record<string, unknown> } };
    expect(deApp.CustomBlock.B008).toMatchObject({ deAppointedMeteringServiceDIPID: OLD_MS.dipId, deAppointmentReasonCode: 'CSUPP' });
    // The outgoing appointment ends the day before the new one and began before it ended.
    expect(deApp.CustomBlock.B008.meteringServiceEffectiveToDate).toBe('2026-09-21T00:00:00+01:00');
    expect(String(deApp.CustomBlock.B008.meteringServiceEffectiveFromDate) < String(deApp.CustomBlock.B008.meteringServiceEffectiveToDate)).toBe(true);
    expect(lastPushed().CustomBlock.B014).toMatchObject({ incomingMeteringServiceDIPID: NEW_MS.dipId, incomingMeteringServiceEffectiveFromDate: '2026-09-22T00:00:00+01:00' });
    // IF-001 (COS-09): the incoming Supplier from the supply start date, the outgoing one to the day before, valid as pushed.
    const confirmation = smrs.published[before]!.payload as { CustomBlock: Record<string, Record<string, unknown>> };
    expect(confirmation.CustomBlock.B002).toEqual({ incomingSupplierDIPID: SUPPLIER.dipId, incomingSupplierMPID: SUPPLIER.mpid, supplierEffectiveFromDate: '2026-09-22T00:00:00+01:00' });
    expect(confirmation.CustomBlock.B003).toMatchObject({ supplierEffectiveToDate: '2026-09-21T00:00:00+01:00' });
    expect(validateBody(spec, [{ payload: confirmation }], { direction: 'egress', channel: 'IF-001' }).flatMap((report) => report.findings)).toEqual([]);
  });
});
