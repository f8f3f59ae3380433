// The reference participant's Data Service sending settlement data (IF-021 [ActivePower]), over
// real HTTP against a fake DIP: the settlement-data hook's refusals (400 for a bad body, 409 where
// the Data Service was not appointed on the day or has no MDS), a whole day of actuals, estimates
// that follow the IF-022 load shape it holds, the addressing, a resubmission after IF-014, state
// kept across a restart, and each of its fault switches changing only what it names.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildMessage, type DipPayload, senderRolesOf } from '../src/builders/message-builder.ts';
import { formatGbTimestamp } from '../src/time/gb-time.ts';
import { periodEnds, settlementDay } from '../src/time/settlement-periods.ts';
import { validateBody } from '../src/validation/validate-body.ts';
import { parseConfig } from '../reference-participant/config.ts';
import type { FaultName } from '../reference-participant/faults.ts';
import { dipDefinitions } from '../reference-participant/own/dip-definitions.ts';
import { checkSubmission } from '../reference-participant/own/message-checks.ts';
import { startReferenceParticipant, type RunningParticipant } from '../reference-participant/participant.ts';
import type { JournalRecord } from '../reference-participant/records.ts';
import { egress, FakeDip, field, LDSO, push, pushToHook, rawConfig, seededFaker, SUP, tempStateDir } from './reference-participant-harness.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const definitions = dipDefinitions(spec.dir);

const SDS = '1000000005';
const ADS = '1000000006';
const MDS = '8000000001';
const LSS = '8000000002';
const OTHER_SUPPLIER = '1000000009';
const MPAN = '1200012345679';
const MPAN_A = '1900012374324';
const DAY = '2026-09-14';
const HOOK = '/test-hooks/settlement-data';

const SETTLEMENT = { marketWideDataServiceDipId: MDS, loadShapingServiceDipId: LSS };

function config(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    dataService: { dipId: SDS, mpid: 'RPSD', role: 'SDS' },
    advancedDataService: { dipId: ADS, mpid: 'RPAD', role: 'ADS' },
    meterDataRetrievers: { ownMdr: true, mdrs: [] },
    portfolio: { dataService: [MPAN, MPAN_A] },
    settlement: SETTLEMENT,
    ...extra,
  };
}

/** A message from a central party (the MDS, the LSS), addressed to `to`. */
function central(seed: number, interfaceID: string, eventCode: string, to: string, fixed: Record<string, unknown>): DipPayload {
  return buildMessage(spec, {
    faker: seededFaker(seed),
    interfaceID,
    eventCode,
    now: Date.now(),
    direction: 'egress',
    sender: { dipId: interfaceID === 'IF-022' || interfaceID === 'IF-023' ? LSS : MDS, role: senderRolesOf(interfaceID)[0]! },
    fixed: { '/CommonBlock/A0/primaryRecipients': [to], '/CommonBlock/A0/secondaryRecipients': [], '/CommonBlock/A0/always': [], ...fixed },
  });
}

/** IF-036 [DSAppActive]: `ds` appointed to the MPAN from GB midnight of `from`, requested by OTHER_SUPPLIER. */
const activation = (seed: number, mpan: string, ds: string, from: string, segment: 'S' | 'A' = 'S') =>
  egress(spec, {
    interfaceID: 'IF-036',
    eventCode: '[DSAppActive]',
    seed,
    to: [ds],
    mpan,
    segment,
    fixed: {
      '/CustomBlock/B015/incomingDataServiceDIPID': ds,
      '/CustomBlock/B015/incomingDataServiceEffectiveFromDate': from,
      '/CustomBlock/B012/serviceProviderAppointmentRequestingSupplierDIPID': OTHER_SUPPLIER,
    },
  });

const deAppointment = (seed: number, mpan: string, ds: string, to: string) =>
  egress(spec, {
    interfaceID: 'IF-037',
    eventCode: '[DSDeApp]',
    seed,
    to: [ds],
    mpan,
    fixed: { '/CustomBlock/B009/deAppointedDataServiceDIPID': ds, '/CustomBlock/B009/dataServiceEffectiveToDate': to, '/CustomBlock/B009/deAppointmentReasonCode': 'CSUPP' },
  });

/** Our own shape for a test: 100 + 7 × period thousandths of a kWh, on the UTC day. */
const shapeValue = (period: number) => 100 + 7 * period;

function shapeMessage(seed: number, to: string, date: string, group: { segment?: string; domestic?: 'T' | 'F' } = {}): DipPayload {
  const day = settlementDay(date, 'utc');
  const b903 = {
    settlementDay: { settlementDayDate: formatGbTimestamp(day.startUtcMillis), periodDuration: 30 },
    LSGSettlementPeriods: [
      {
        LSGroup: { loadShapeGSPGroupID: '_A', connectionTypeIndicator: 'W', marketSegmentIndicator: group.segment ?? 'S', loadShapeDomesticPremiseIndicator: group.domestic ?? 'T', measurementQuantityID: 'AI' },
        LSGroupSettlementPeriods: periodEnds(day).map((end, index) => ({ sp: formatGbTimestamp(end), loadShapePeriodValue: (shapeValue(index + 1) / 1000).toFixed(3), defaultLoadShapeFlag: 'A' })),
      },
    ],
  };
  return central(seed, 'IF-022', '[LSSPeriodData]', to, { '/CustomBlock/B903List': [b903] });
}

/** Reads for the periods given: 0.2 kWh plus a little per period. */
const readsFor = (periods: readonly number[]) => periods.map((period) => ({ period, kwh: ((200 + period * 3) / 1000).toFixed(3) }));
const ALL = Array.from({ length: 48 }, (_, index) => index + 1);

function request(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    mpan: MPAN,
    distributorDipId: LDSO,
    gspGroup: '_A',
    segment: 'S',
    dataServiceDipId: SDS,
    settlementDate: DAY,
    connectionType: 'W',
    domestic: true,
    mqid: 'AI',
    reads: readsFor(ALL),
    ...overrides,
  };
}

let dip: FakeDip;
let participant: RunningParticipant | undefined;
const logLines: string[] = [];

async function start(extra: Record<string, unknown> = config(), stateDir = tempStateDir()): Promise<RunningParticipant> {
  participant = await startReferenceParticipant(parseConfig(rawConfig(dip.url, stateDir, extra)), { spec, log: (line) => logLines.push(line) });
  return participant;
}

async function deliver(p: RunningParticipant, ...payloads: DipPayload[]): Promise<void> {
  for (const payload of payloads) expect((await push(p.url, [{ payload }])).status).toBe(201);
  await p.idle();
}

/** The SDS appointed to MPAN from 1 September 2026. */
async function appointed(p: RunningParticipant, seed = 1): Promise<void> {
  await deliver(p, activation(seed, MPAN, SDS, '2026-09-01T00:00:00+01:00'));
}

const hook = (p: RunningParticipant, body: unknown) => pushToHook(p, HOOK, body);

const sent = () => dip.messages('/dip-channel/IF-021');

interface Period {
  sp: string;
  v: string;
  q: string;
  e: string | null;
  arc: string | null;
}

const periodsOf = (payload: DipPayload): Period[] =>
  (field(payload, '/CustomBlock/B900/settlementDayConsumptionPeriods') as { consumptionPeriods: Period[] }[]).flatMap((block) => block.consumptionPeriods);

const thousandths = (kwh: string) => Math.round(Number(kwh) * 1000);

function expectConformant(payload: DipPayload): void {
  expect(validateBody(spec, [{ payload }], { direction: 'ingress', channel: 'IF-021' }).flatMap((report) => report.findings)).toEqual([]);
  expect(checkSubmission(definitions, [{ payload }], '/dip-channel/IF-021')).toEqual([]);
}

function journal(p: RunningParticipant): JournalRecord[] {
  return readFileSync(p.journalFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as JournalRecord);
}

beforeEach(async () => {
  dip = await new FakeDip().start();
  logLines.length = 0;
});

afterEach(async () => {
  await participant?.stop();
  participant = undefined;
  await dip.close();
});

describe('reference participant as Data Service: the settlement-data hook', () => {
  it('answers 400 naming what is wrong with the body, and sends nothing', async () => {
    const p = await start();
    await appointed(p);
    const cases: [unknown, string][] = [
      ['not json', 'not JSON'],
      [request({ mpan: '1200012345670' }), 'mpan'],
      [request({ distributorDipId: 'LDSO' }), 'distributorDipId'],
      [request({ gspGroup: '_Q' }), 'gspGroup'],
      [request({ segment: 'U' }), 'segment'],
      [request({ dataServiceDipId: 42 }), 'dataServiceDipId'],
      [request({ settlementDate: '2026-02-30' }), 'settlementDate'],
      [request({ connectionType: 'X' }), 'connectionType'],
      [request({ domestic: 'yes' }), 'domestic'],
      [request({ mqid: 'RX' }), 'mqid'],
      [request({ reads: 'all of them' }), 'reads must be a list'],
      [request({ reads: [{ period: 49, kwh: '0.100' }] }), 'reads[0].period'],
      [request({ reads: [{ period: 3, kwh: '0.100' }, { period: 3, kwh: '0.200' }] }), 'period 3 is given twice'],
      [request({ reads: [{ period: 1, kwh: '-0.100' }] }), 'reads[0].kwh'],
      [request({ reads: [{ period: 1, kwh: '0.1234' }] }), 'reads[0].kwh'],
    ];
    for (const [body, words] of cases) {
      const answer = await hook(p, typeof body === 'string' ? body : JSON.stringify(body));
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect((answer.body as { error: string }).error).toContain(words);
    }
    expect(sent()).toEqual([]);
  });

  it('takes reads of a day it was not appointed on with 202 and sends nothing; answers 409 where it is not ours or has no MDS', async () => {
    const p = await start();
    await deliver(p, activation(1, MPAN, SDS, '2026-09-01T00:00:00+01:00'), deAppointment(2, MPAN, SDS, '2026-09-20T00:00:00+01:00'));
    const notSent = async (body: Record<string, unknown>, words: string) => {
      const answer = await hook(p, request(body));
      expect(answer.status, JSON.stringify(body)).toBe(202);
      expect(answer.body).toMatchObject({ sent: false });
      expect((answer.body as { reason: string }).reason).toContain(words);
    };
    const refused = async (body: Record<string, unknown>, words: string) => {
      const answer = await hook(p, request(body));
      expect(answer.status, JSON.stringify(body)).toBe(409);
      expect((answer.body as { error: string }).error).toContain(words);
    };
    await notSent({ settlementDate: '2026-08-31' }, 'not appointed to MPAN 1200012345679 on GB day 2026-08-31');
    // In summer the UTC day runs into the next GB day: the 20th is the last day appointed, so the UTC 20th is not wholly the SDS's.
    await notSent({ settlementDate: '2026-09-20' }, 'on GB day 2026-09-21');
    await notSent({ mpan: MPAN_A }, 'holds no appointment to MPAN 1900012374324');
    await refused({ dataServiceDipId: '1000000007' }, 'is not one of our Data Services');
    await refused({ segment: 'A' }, 'serves market segment S, not A');
    expect(sent()).toEqual([]);
    // The days inside the appointment go.
    expect((await hook(p, request({ settlementDate: '2026-09-01' }))).status).toBe(201);
    expect((await hook(p, request({ settlementDate: '2026-09-19' }))).status).toBe(201);
    expect(sent()).toHaveLength(2);
    await p.stop();

    const unconfigured = await start(config({ settlement: undefined }));
    await appointed(unconfigured);
    const answer = await hook(unconfigured, request());
    expect(answer.status).toBe(409);
    expect((answer.body as { error: string }).error).toContain('no MDS configured');
  });

  it('sends a whole day of actuals as 48 periods flagged A, from its own DIP ID to the MDS, the LSS, the Distributor and the Supplier', async () => {
    const p = await start();
    await appointed(p);
    const answer = await hook(p, request());
    expect(answer.status).toBe(201);
    const [message] = sent();
    expectConformant(message!);
    expect(message!.CommonBlock.S0).toEqual({ interfaceID: 'IF-021', schemaVersion: '011', eventCode: '[ActivePower]' });
    expect(field(message, '/CommonBlock/S1/senderDIPID')).toBe(SDS);
    expect(field(message, '/CommonBlock/S1/senderRoleID')).toBe('SDS');
    expect(field(message, '/CommonBlock/S1/senderUniqueReference')).toMatch(new RegExp(`^S-IF-021-${SDS}-SDS-\\d{8}-`));
    expect((answer.body as { senderUniqueReference: string }).senderUniqueReference).toBe(field(message, '/CommonBlock/S1/senderUniqueReference'));
    expect(message!.CommonBlock.A0).toEqual({ primaryRecipients: [MDS, LSS, LDSO, OTHER_SUPPLIER], secondaryRecipients: [], always: [] });
    expect(message!.CommonBlock.M0).toEqual({ MPANCore: MPAN, distributorDIPID: LDSO, GSPGroupID: '_A' });
    expect(field(message, '/CustomBlock/B044')).toEqual({ issuingDataServiceDIPID: SDS });
    expect(field(message, '/CustomBlock/B067')).toEqual({ connectionTypeIndicator: 'W', connectionTypeEffectiveFromDate: '2026-09-01T00:00:00+01:00' });
    expect(field(message, '/CustomBlock/B900/MQID')).toEqual({ measurementQuantityID: 'AI' });
    const blocks = field(message, '/CustomBlock/B900/settlementDayConsumptionPeriods') as { settlementDay: unknown }[];
    expect(blocks).toHaveLength(1);
    // The UTC day starts 01:00 BST in September.
    expect(blocks[0]!.settlementDay).toEqual({ settlementDayDate: '2026-09-14T01:00:00+01:00', periodDuration: 30 });
    const periods = periodsOf(message!);
    expect(periods).toHaveLength(48);
    expect(periods[0]).toEqual({ sp: '2026-09-14T01:30:00+01:00', v: '0.203', q: 'A', e: null, arc: null });
    expect(periods[47]!.sp).toBe('2026-09-15T01:00:00+01:00');
    expect(periods.every((period) => period.q === 'A' && period.e === null)).toBe(true);
    const total = periods.reduce((sum, period) => sum + thousandths(period.v), 0);
    expect(total).toBe(readsFor(ALL).reduce((sum, read) => sum + thousandths(read.kwh), 0));
    expect(logLines.filter((line) => line.includes('"event":"self-check"'))).toEqual([]);
  });

  it('takes IF-022 and IF-023 addressed to a Data Service with 201 and no status message, and estimates the periods not read along the shape it holds', async () => {
    const p = await start();
    await appointed(p);
    const totals = central(5, 'IF-023', '[LSSTotalsData]', SDS, {});
    await deliver(p, shapeMessage(4, SDS, DAY), totals);
    expect(dip.submissions.filter((submission) => submission.path === '/statusmessage')).toEqual([]);

    const unread = [1, 2, 3, 17, 30, 31, 48];
    const readPeriods = ALL.filter((period) => !unread.includes(period));
    const answer = await hook(p, request({ reads: readsFor(readPeriods) }));
    expect(answer.status).toBe(201);
    expect(String((answer.body as { notes: string[] }).notes)).toContain('estimates follow the IF-022 load shape');
    const [message] = sent();
    expectConformant(message!);
    const periods = periodsOf(message!);
    expect(periods).toHaveLength(48);
    const estimated = periods.flatMap((period, index) => (period.q === 'A' ? [] : [{ period: index + 1, ...period }]));
    expect(estimated.map((period) => period.period)).toEqual(unread);
    expect(estimated.every((period) => period.q === 'E' && period.e === '2' && period.arc === null)).toBe(true);
    // The scale: the reads over the shape of the periods read; every estimate is that × the shape (to the rounding).
    const readTotal = readsFor(readPeriods).reduce((sum, read) => sum + thousandths(read.kwh), 0);
    const scale = readTotal / readPeriods.reduce((sum, period) => sum + shapeValue(period), 0);
    for (const period of estimated) {
      expect(thousandths(period.v)).toBe(Math.round(shapeValue(period.period) * scale));
      expect(Math.abs(thousandths(period.v) / shapeValue(period.period) - scale)).toBeLessThan(0.01);
    }
    // Actuals as read.
    for (const period of readPeriods) expect(periods[period - 1]!.v).toBe(readsFor([period])[0]!.kwh);
  });

  it('with no shape held estimates flat from the reads, and with no read at all scales the shape to the default daily consumption', async () => {
    const p = await start();
    await appointed(p);
    const answer = await hook(p, request({ reads: readsFor([1, 2, 3, 4]) }));
    expect(String((answer.body as { notes: string[] }).notes)).toContain('no IF-022 load shape held');
    const flat = periodsOf(sent()[0]!);
    // The reads' mean: (0.203 + 0.206 + 0.209 + 0.212) / 4 = 0.2075, rounded.
    expect(new Set(flat.slice(4).map((period) => period.v))).toEqual(new Set(['0.208']));

    await deliver(p, shapeMessage(6, SDS, DAY));
    await hook(p, request({ reads: [] }));
    const shaped = periodsOf(sent()[1]!);
    expect(shaped.every((period) => period.q === 'E')).toBe(true);
    const total = shaped.reduce((sum, period) => sum + thousandths(period.v), 0);
    expect(Math.abs(total - 8_000)).toBeLessThanOrEqual(24);
  });

  it("takes the SMRS's IF-036 activation for an MPAN it had no offer for, and sends that MPAN's days", async () => {
    const p = await start(config({ portfolio: { dataService: [] } }));
    await appointed(p);
    expect(dip.submissions.filter((submission) => submission.path === '/statusmessage')).toEqual([]);
    expect((await hook(p, request())).status).toBe(201);
    expect(sent()).toHaveLength(1);
  });

  it('sends an Advanced Data Service day from the ADS, with the same flags', async () => {
    const p = await start();
    await deliver(p, activation(7, MPAN_A, ADS, '2026-09-01T00:00:00+01:00', 'A'));
    const answer = await hook(p, request({ mpan: MPAN_A, segment: 'A', dataServiceDipId: ADS, domestic: false, reads: readsFor(ALL.slice(0, 40)) }));
    expect(answer.status).toBe(201);
    const [message] = sent();
    expectConformant(message!);
    expect(field(message, '/CommonBlock/S1/senderRoleID')).toBe('ADS');
    expect(field(message, '/CustomBlock/B044/issuingDataServiceDIPID')).toBe(ADS);
    expect(new Set(periodsOf(message!).map((period) => period.q))).toEqual(new Set(['A', 'E']));
  });

  it('sends a day of reactive reads as IF-021 [ReactivePower] with MQID RI, unread periods flat at the reads\' mean (no reactive shape)', async () => {
    const p = await start();
    await deliver(p, activation(8, MPAN_A, ADS, '2026-09-01T00:00:00+01:00', 'A'));
    const answer = await hook(p, request({ mpan: MPAN_A, segment: 'A', dataServiceDipId: ADS, domestic: false, mqid: 'RI', reads: readsFor(ALL.slice(0, 40)) }));
    expect(answer.status).toBe(201);
    const [message] = sent();
    expect(field(message, '/CommonBlock/S0/eventCode')).toBe('[ReactivePower]');
    expect(validateBody(spec, [{ payload: message! }], { direction: 'ingress', channel: 'IF-021' }).flatMap((report) => report.findings)).toEqual([]);
    expect(field(message, '/CustomBlock/B900/MQID/measurementQuantityID')).toBe('RI');
    const periods = periodsOf(message!);
    expect(periods.slice(0, 40).map((period) => period.v)).toEqual(readsFor(ALL.slice(0, 40)).map((read) => read.kwh));
    expect(new Set(periods.slice(40).map((period) => `${period.q} ${period.v}`)).size).toBe(1);
  });
});

/** IF-013 [ActivePowerDefaulted] to the SDS: the SF run defaulted the MPAN's AI on `date` (one period shown). */
const defaulted = (seed: number, date: string) => {
  const day = settlementDay(date, 'utc');
  return central(seed, 'IF-013', '[ActivePowerDefaulted]', SDS, {
    '/CommonBlock/M0': { MPANCore: MPAN, distributorDIPID: LDSO, GSPGroupID: '_A' },
    '/CustomBlock/B043': { settlementImpactedDataServiceDIPID: SDS, settlementImpactedSupplierDIPID: SUP },
    '/CustomBlock/B049': { settlementRunExecutionDate: '2026-09-20T10:00:00+01:00', settlementCode: 'SF', runNumber: 1 },
    '/CustomBlock/B067': { connectionTypeIndicator: 'W', connectionTypeEffectiveFromDate: '2026-09-01T00:00:00+01:00' },
    '/CustomBlock/B920List': [
      {
        MQID: { measurementQuantityID: 'AI', marketSegmentIndicator: 'S', domesticPremiseIndicator: true, consumptionComponentClassID: 100, consumptionComponentIndicator: 'C' },
        settlementDayConsumptionPeriods: [
          {
            settlementDay: { settlementDayDate: formatGbTimestamp(day.startUtcMillis), periodDuration: 30 },
            defaultedConsumptionPeriods: [{ settlementPeriodEffectiveToDateTime: formatGbTimestamp(day.startUtcMillis + 30 * 60_000), defaultedSPConsumption: '0.100', defaultLoadShapeFlag: 'A' }],
          },
        ],
      },
    ],
  });
};

describe('reference participant as Data Service: refusals, defaults and restarts', () => {
  const rejection = (seed: number, of: DipPayload, ds = SDS) =>
    central(seed, 'IF-014', '[ActivePowerRejected]', ds, {
      '/CommonBlock/M0': of.CommonBlock.M0,
      '/CommonBlock/R0': { responseCode: 'R', responseMessages: ['ECS1005 - SP End Date / Time invalid for Settlement Period Duration'] },
      '/CustomBlock/B044': field(of, '/CustomBlock/B044'),
      '/CustomBlock/B067': field(of, '/CustomBlock/B067'),
      '/CustomBlock/B900': field(of, '/CustomBlock/B900'),
    });

  it('sends a refused day again once, recomputed from the reads it holds, under a new reference; a second refusal is only recorded', async () => {
    const p = await start();
    await appointed(p);
    await hook(p, request({ reads: readsFor(ALL.slice(0, 30)) }));
    const [first] = sent();
    // A shape arrives after the first send: the resubmission follows it.
    await deliver(p, shapeMessage(8, SDS, DAY), rejection(9, first!));
    const [, again] = sent();
    expect(again).toBeDefined();
    expectConformant(again!);
    expect(field(again, '/CommonBlock/S1/senderUniqueReference')).not.toBe(field(first, '/CommonBlock/S1/senderUniqueReference'));
    expect(again!.CommonBlock.A0).toEqual(first!.CommonBlock.A0);
    expect(periodsOf(again!).slice(0, 30)).toEqual(periodsOf(first!).slice(0, 30));
    expect(new Set(periodsOf(first!).slice(30).map((period) => period.v)).size).toBe(1);
    expect(new Set(periodsOf(again!).slice(30).map((period) => period.v)).size).toBeGreaterThan(1);
    const notes = journal(p).flatMap((record) => (record.type === 'processed' && record.interfaceID === 'IF-014' ? record.notes : []));
    expect(notes.join(' ')).toContain('resubmission after IF-014');

    await deliver(p, rejection(10, again!));
    expect(sent()).toHaveLength(2);
    const later = journal(p).flatMap((record) => (record.type === 'processed' && record.interfaceID === 'IF-014' ? record.notes : []));
    expect(later.join(' ')).toContain('already sent again once');
    expect(dip.submissions.filter((submission) => submission.path === '/statusmessage')).toEqual([]);
  });

  it('records an IF-013 default of a day it has sent; a day it holds no reads for is sent whole, every period estimated along the shape held', async () => {
    const p = await start();
    await appointed(p);
    await hook(p, request());
    await deliver(p, shapeMessage(13, SDS, '2026-09-15'), defaulted(11, DAY), defaulted(12, '2026-09-15'));
    const [, estimated] = sent();
    expect(sent()).toHaveLength(2);
    expectConformant(estimated!);
    expect(field(estimated, '/CommonBlock/M0')).toEqual({ MPANCore: MPAN, distributorDIPID: LDSO, GSPGroupID: '_A' });
    const day = settlementDay('2026-09-15', 'utc');
    expect(field(estimated, '/CustomBlock/B900/settlementDayConsumptionPeriods/0/settlementDay/settlementDayDate')).toBe(formatGbTimestamp(day.startUtcMillis));
    const periods = periodsOf(estimated!);
    expect(periods).toHaveLength(48);
    expect(new Set(periods.map((period) => `${period.q} ${period.e}`))).toEqual(new Set(['E 2']));
    // Along the shape: each estimate over its period's shape value is one scale, to rounding.
    const ratios = periods.map((period, index) => thousandths(period.v) / shapeValue(index + 1));
    expect(Math.max(...ratios) - Math.min(...ratios)).toBeLessThan(0.05);
    const notes = journal(p).flatMap((record) => (record.type === 'processed' && record.interfaceID === 'IF-013' ? record.notes : []));
    expect(notes.join(' ')).toContain('already sent');
    expect(notes.join(' ')).toContain('(IF-013 default): 0 actual, 48 estimated');
  });

  it('sends nothing for a defaulted day outside its appointment it holds no reads for', async () => {
    const p = await start();
    await appointed(p);
    await deliver(p, defaulted(14, '2026-08-20'));
    expect(sent()).toEqual([]);
    const notes = journal(p).flatMap((record) => (record.type === 'processed' && record.interfaceID === 'IF-013' ? record.notes : []));
    expect(notes.join(' ')).toContain('not a day of our appointment');
  });

  it('keeps its appointments, load shapes and reads across a restart', async () => {
    const stateDir = tempStateDir();
    let p = await start(config(), stateDir);
    await appointed(p);
    await deliver(p, shapeMessage(13, SDS, DAY));
    await hook(p, request({ settlementDate: '2026-09-13' }));
    await p.stop();

    p = await start(config(), stateDir);
    const answer = await hook(p, request({ reads: readsFor(ALL.slice(10)) }));
    expect(answer.status).toBe(201);
    expect(String((answer.body as { notes: string[] }).notes)).toContain('estimates follow the IF-022 load shape');
    // The day given before the restart is still held: a refusal of it is answered.
    await deliver(p, rejection(14, sent()[0]!));
    expect(sent()).toHaveLength(3);
    expect(field(sent()[2], '/CustomBlock/B900/settlementDayConsumptionPeriods/0/settlementDay/settlementDayDate')).toBe('2026-09-13T01:00:00+01:00');
  });
});

describe('reference participant as Data Service: settlement data fault switches', () => {
  async function withFault(fault: FaultName, body: Record<string, unknown> = {}, shape = true): Promise<{ p: RunningParticipant; answer: Awaited<ReturnType<typeof hook>> }> {
    const p = await start(config({ faults: [fault] }));
    await appointed(p);
    if (shape) await deliver(p, shapeMessage(20, SDS, String(body.settlementDate ?? DAY)));
    const answer = await hook(p, request(body));
    return { p, answer };
  }

  it('missing-settlement-period leaves out period 17 and nothing else', async () => {
    await withFault('missing-settlement-period');
    const periods = periodsOf(sent()[0]!);
    expect(periods).toHaveLength(47);
    expect(periods.map((period) => period.sp)).not.toContain('2026-09-14T09:30:00+01:00');
    expect(periods[16]!.sp).toBe('2026-09-14T10:00:00+01:00');
  });

  it('settlement-day-in-gb-local-periods sends 50 GB local periods on the autumn clock change, 46 in spring, and the UTC day otherwise', async () => {
    const { p } = await withFault('settlement-day-in-gb-local-periods', { settlementDate: '2026-10-25' });
    const autumn = sent()[0]!;
    expectConformant(autumn);
    const blocks = field(autumn, '/CustomBlock/B900/settlementDayConsumptionPeriods') as { settlementDay: { settlementDayDate: string }; consumptionPeriods: unknown[] }[];
    expect(blocks.map((block) => block.consumptionPeriods.length)).toEqual([48, 2]);
    expect(blocks.map((block) => block.settlementDay.settlementDayDate)).toEqual(['2026-10-25T00:00:00+01:00', '2026-10-25T00:00:00+01:00']);
    // The two periods before 00:00 UTC were never read: estimated.
    expect(periodsOf(autumn).slice(0, 2).map((period) => period.q)).toEqual(['E', 'E']);

    await deliver(p, activation(21, MPAN, SDS, '2026-03-01T00:00:00+00:00'));
    await hook(p, request({ settlementDate: '2026-03-29' }));
    const spring = periodsOf(sent()[1]!);
    expect(spring).toHaveLength(46);
    expect(spring.at(-1)!.sp).toBe('2026-03-30T00:00:00+01:00');

    await hook(p, request());
    expect(periodsOf(sent()[2]!)).toHaveLength(48);
    expect(field(sent()[2], '/CustomBlock/B900/settlementDayConsumptionPeriods/0/settlementDay/settlementDayDate')).toBe('2026-09-14T01:00:00+01:00');
  });

  it('estimates-off-shape estimates flat though a shape is held', async () => {
    await withFault('estimates-off-shape', { reads: readsFor(ALL.slice(0, 40)) });
    const estimates = periodsOf(sent()[0]!).slice(40);
    expect(estimates.every((period) => period.q === 'E')).toBe(true);
    expect(new Set(estimates.map((period) => period.v)).size).toBe(1);
  });

  it('actuals-flagged-as-estimates flags the reads E, values unchanged', async () => {
    await withFault('actuals-flagged-as-estimates');
    const periods = periodsOf(sent()[0]!);
    expect(periods.every((period) => period.q === 'E' && period.e === '2')).toBe(true);
    expect(periods.map((period) => period.v)).toEqual(readsFor(ALL).map((read) => read.kwh));
  });

  it('no-resubmission-after-rejection records an IF-014 and sends nothing again', async () => {
    const { p } = await withFault('no-resubmission-after-rejection');
    const [first] = sent();
    await deliver(
      p,
      central(22, 'IF-014', '[ActivePowerRejected]', SDS, {
        '/CommonBlock/M0': first!.CommonBlock.M0,
        '/CommonBlock/R0': { responseCode: 'R', responseMessages: ['ECS1006 - SP End Date/Time duplicated with SP in same message'] },
        '/CustomBlock/B044': field(first, '/CustomBlock/B044'),
        '/CustomBlock/B067': field(first, '/CustomBlock/B067'),
        '/CustomBlock/B900': field(first, '/CustomBlock/B900'),
      }),
    );
    expect(sent()).toHaveLength(1);
    const notes = journal(p).flatMap((record) => (record.type === 'processed' && record.interfaceID === 'IF-014' ? record.notes : []));
    expect(notes.join(' ')).toContain('refusal recorded, not sent again');
  });

  it('no-resubmission-after-default records an IF-013 and sends nothing for the defaulted day', async () => {
    const p = await start(config({ faults: ['no-resubmission-after-default'] }));
    await appointed(p);
    await deliver(p, defaulted(23, '2026-09-15'));
    expect(sent()).toEqual([]);
    const notes = journal(p).flatMap((record) => (record.type === 'processed' && record.interfaceID === 'IF-013' ? record.notes : []));
    expect(notes.join(' ')).toContain('default recorded, nothing sent');
  });

  it('reactive-sent-as-active sends a day of reactive reads as IF-021 [ActivePower]; an active day is unchanged', async () => {
    const p = await start(config({ faults: ['reactive-sent-as-active'] }));
    await deliver(p, activation(24, MPAN_A, ADS, '2026-09-01T00:00:00+01:00', 'A'));
    await hook(p, request({ mpan: MPAN_A, segment: 'A', dataServiceDipId: ADS, domestic: false, mqid: 'RI' }));
    await hook(p, request({ mpan: MPAN_A, segment: 'A', dataServiceDipId: ADS, domestic: false, mqid: 'AI' }));
    expect(sent().map((message) => `${String(field(message, '/CommonBlock/S0/eventCode'))} ${String(field(message, '/CustomBlock/B900/MQID/measurementQuantityID'))}`)).toEqual(['[ActivePower] RI', '[ActivePower] AI']);
  });

  it('late-settlement-data holds the IF-021 back faultOptions.lateMillis, unchanged', async () => {
    const p = await start(config({ faults: ['late-settlement-data'], faultOptions: { lateMillis: 600 } }));
    await appointed(p);
    const at = Date.now();
    expect((await push(p.url, request(), HOOK)).status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sent()).toEqual([]);
    await p.idle();
    expect(sent()).toHaveLength(1);
    const submission = dip.submissions.find((candidate) => candidate.path === '/dip-channel/IF-021')!;
    expect(submission.at - at).toBeGreaterThanOrEqual(550);
    expect(periodsOf(sent()[0]!).every((period) => period.q === 'A')).toBe(true);
  });

  it('settlement-data-for-unappointed-day sends a day outside its appointment instead of taking the reads and sending nothing', async () => {
    const { answer } = await withFault('settlement-data-for-unappointed-day', { settlementDate: '2026-08-20' });
    expect(answer.status).toBe(201);
    expect(String((answer.body as { notes: string[] }).notes)).toContain('sent although not appointed');
    const [message] = sent();
    expectConformant(message!);
    expect(field(message, '/CustomBlock/B900/settlementDayConsumptionPeriods/0/settlementDay/settlementDayDate')).toBe('2026-08-20T01:00:00+01:00');
  });
});
