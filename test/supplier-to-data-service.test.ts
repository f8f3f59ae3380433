// The Supplier's own messages to its Data Service (process table SUPPLIER-TO-DS): the reference
// Supplier's test hook (IF-024 advisories and IF-027 amendment requests to the Data Service it
// is told of, valid for the DIP API; the two faults), and the simulated Data Service's answer.
import { describe, expect, it } from 'vitest';
import { amendmentOutcome } from '../mocks/parties/data-service-desk.ts';
import { MeteringPointStore } from '../mocks/smrs/metering-points.ts';
import { DATA_SERVICE_REQUEST_HOOK } from '../reference-participant/data-service-requests.ts';
import { type RunningParticipant } from '../reference-participant/participant.ts';
import { validateBody } from '../src/validation/validate-body.ts';
import { field, push, SUP, testConfig, participantAgainstFakeDip } from './reference-participant-harness.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const MPAN = '1012345678903';
const DATA_SERVICE = { dipId: '5000000003', mpid: 'OLDD' };

describe('the simulated Data Service answering IF-027', () => {
  const point = new MeteringPointStore().add({ mpan: MPAN, gspGroup: '_K', distributorDipId: '2100000001', segment: 'S', supplier: { dipId: SUP, mpid: 'RPSU' }, dataService: DATA_SERVICE });
  const request = { supplierDipId: SUP, dataServiceDipId: DATA_SERVICE.dipId, amendments: [{}] };

  it('accepts a request from the registered Supplier to the appointed Data Service that names an amendment', () => {
    expect(amendmentOutcome(point, request)).toEqual({ responseCode: 'A', responseMessages: [] });
  });

  it.each([
    ['an empty B902List', { ...request, amendments: [] }, /No consumption amendment requested/],
    ['another Supplier', { ...request, supplierDipId: '6000000001' }, /not the registered Supplier/],
    ['a Data Service not appointed', { ...request, dataServiceDipId: '5000000001' }, /not appointed/],
  ])('refuses %s, saying why', (_what, asked, why) => {
    const outcome = amendmentOutcome(point, asked);
    expect(outcome.responseCode).toBe('R');
    expect(outcome.responseMessages[0]).toMatch(why);
  });
});

describe('the reference Supplier telling its Data Service', () => {
  const fixture = participantAgainstFakeDip(spec, { supplier: [MPAN], meteringService: [] });
  const start = fixture.start;
  const hook = (p: RunningParticipant, request: string, mpan = MPAN) => push(p.url, { mpan, distributorDipId: '2100000001', gspGroup: '_K', dataService: DATA_SERVICE, request }, DATA_SERVICE_REQUEST_HOOK);

  it('sends IF-024 with the event code for the news, and IF-027 naming amendments, to the Data Service, valid for the DIP API', async () => {
    const p = await start();
    expect((await hook(p, 'premises found vacant')).status).toBe(201);
    expect((await hook(p, 'annual consumption nominated by the Supplier')).status).toBe(201);
    expect((await hook(p, 'consumption amendment requested')).status).toBe(201);
    await p.idle();
    const sent = [...fixture.dip.messages('/dip-channel/IF-024'), ...fixture.dip.messages('/dip-channel/IF-027')];
    expect(sent.map((payload) => field(payload, '/CommonBlock/S0/eventCode'))).toEqual(['[SN-Vacant]', '[SN-SupplierAC]', '[ConsumptionAmendment]']);
    for (const payload of sent) {
      expect(validateBody(spec, [{ payload }], { direction: 'ingress' }).flatMap((report) => report.findings)).toEqual([]);
      expect(field(payload, '/CommonBlock/A0/primaryRecipients')).toEqual([DATA_SERVICE.dipId]);
      expect(field(payload, '/CommonBlock/M0/MPANCore')).toBe(MPAN);
    }
    expect((field(sent[2], '/CustomBlock/B902List') as unknown[]).length).toBeGreaterThan(0);
  });

  it('refuses a request it does not know (400, naming the choices) and an MPAN it does not supply (409)', async () => {
    const p = await start();
    const unknown = await hook(p, 'meter on fire');
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toMatch(/request must be one of: premises found vacant/);
    expect((await hook(p, 'premises found vacant', '2000056535971')).status).toBe(409);
    await p.idle();
    expect(fixture.dip.submissions).toEqual([]);
  });

  it('with misaddressed-advisory sends IF-024 to the Registration Service; with empty-consumption-amendment an empty B902List', async () => {
    const p = await start(['misaddressed-advisory', 'empty-consumption-amendment']);
    await hook(p, 'smart meter not communicating');
    await hook(p, 'consumption amendment requested');
    await p.idle();
    const advisory = fixture.dip.messages('/dip-channel/IF-024')[0];
    expect(field(advisory, '/CommonBlock/A0/primaryRecipients')).toEqual([testConfig(fixture.dip.url).registrationServiceDipId]);
    expect(field(advisory, '/CommonBlock/A0/primaryRecipients')).not.toContain(DATA_SERVICE.dipId);
    const amendment = fixture.dip.messages('/dip-channel/IF-027')[0]!;
    expect(field(amendment, '/CommonBlock/A0/primaryRecipients')).toEqual([DATA_SERVICE.dipId]);
    expect(field(amendment, '/CustomBlock/B902List')).toEqual([]);
    // The schema allows it: only the scenario's content check catches it.
    expect(validateBody(spec, [{ payload: amendment }], { direction: 'ingress' }).flatMap((report) => report.findings)).toEqual([]);
  });

  it('sends the agreed Change of Supplier read as IF-041 [SupplierAgreedCOS] to the Data Service, read at local midnight of the supply start date', async () => {
    const p = await start();
    const agreed = (supplyStartDate?: string) =>
      push(p.url, { mpan: MPAN, distributorDipId: '2100000001', gspGroup: '_K', dataService: DATA_SERVICE, request: 'change of supplier read agreed with the other Supplier', ...(supplyStartDate ? { supplyStartDate } : {}) }, DATA_SERVICE_REQUEST_HOOK);
    const undated = await agreed();
    expect(undated.status).toBe(400);
    expect(JSON.stringify(undated.body)).toMatch(/supplyStartDate must be the switch's supply start date/);
    expect((await agreed('2026-06-01')).status).toBe(201);
    await p.idle();
    const [read, ...more] = fixture.dip.messages('/dip-channel/IF-041');
    expect(more).toEqual([]);
    expect(field(read, '/CommonBlock/S0/eventCode')).toBe('[SupplierAgreedCOS]');
    expect(field(read, '/CommonBlock/A0/primaryRecipients')).toEqual([DATA_SERVICE.dipId]);
    // Midnight starting 1 June in British Summer Time.
    expect(field(read, '/CustomBlock/B064List/0/cumulativeRegisterReadingDateTime')).toBe('2026-06-01T00:00:00+01:00');
    expect(validateBody(spec, [{ payload: read }], { direction: 'ingress' }).flatMap((report) => report.findings)).toEqual([]);
  });

  it('with agreed-read-dated-when-sent dates the agreed read when it is sent', async () => {
    const p = await start(['agreed-read-dated-when-sent']);
    await push(p.url, { mpan: MPAN, distributorDipId: '2100000001', gspGroup: '_K', dataService: DATA_SERVICE, request: 'change of supplier read agreed with the other Supplier', supplyStartDate: '2026-06-01' }, DATA_SERVICE_REQUEST_HOOK);
    await p.idle();
    const read = fixture.dip.messages('/dip-channel/IF-041')[0];
    expect(field(read, '/CustomBlock/B064List/0/cumulativeRegisterReadingDateTime')).not.toMatch(/^2026-06-01T00:00:00/);
  });
});
