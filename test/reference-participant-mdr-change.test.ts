// The reference participant's Smart Data Service changing the Meter Data Retriever of an MPAN it
// serves (BP003B 3B-02, 3B-03), over real HTTP against a fake DIP: the mdr-change hook's
// refusals (400 for a bad body, 409 where it is not our SDS, not appointed, or an MDR it does not
// work with), the IF-034 [SDS-MDRUpdate] it sends, the IF-035 [SDS-MDROutcome] it records, and
// each of its fault switches: three changing only B018, one holding the update back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DipPayload } from '../src/builders/message-builder.ts';
import { gbDateAfter, gbLocalMidnight } from '../src/builders/identifiers.ts';
import { validateBody } from '../src/validation/validate-body.ts';
import { parseConfig } from '../reference-participant/config.ts';
import type { FaultName } from '../reference-participant/faults.ts';
import { dipDefinitions } from '../reference-participant/own/dip-definitions.ts';
import { checkSubmission } from '../reference-participant/own/message-checks.ts';
import { startReferenceParticipant, type RunningParticipant } from '../reference-participant/participant.ts';
import { egress, FakeDip, field, journalEffects, LDSO, push, pushToHook, rawConfig, REGS, tempStateDir } from './reference-participant-harness.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const definitions = dipDefinitions(spec.dir);

const SDS = '1000000005';
const ADS = '1000000006';
const OTHER_SUPPLIER = '1000000009';
const MDR_A = { dipId: '7000000001', mpid: 'MDRA' };
const MPAN = '1200012345679';
const HOOK = '/test-hooks/mdr-change';

const config = (faults: FaultName[] = []): Record<string, unknown> => ({
  dataService: { dipId: SDS, mpid: 'RPSD', role: 'SDS' },
  advancedDataService: { dipId: ADS, mpid: 'RPAD', role: 'ADS' },
  meterDataRetrievers: { ownMdr: true, mdrs: [MDR_A] },
  faults,
});

/** IF-036 [DSAppActive]: our SDS appointed to MPAN from 1 September 2026, requested by OTHER_SUPPLIER. */
const activation = egress(spec, {
  interfaceID: 'IF-036',
  eventCode: '[DSAppActive]',
  seed: 1,
  to: [SDS],
  mpan: MPAN,
  segment: 'S',
  fixed: {
    '/CustomBlock/B015/incomingDataServiceDIPID': SDS,
    '/CustomBlock/B015/incomingDataServiceEffectiveFromDate': '2026-09-01T00:00:00+01:00',
    '/CustomBlock/B012/serviceProviderAppointmentRequestingSupplierDIPID': OTHER_SUPPLIER,
  },
});

/** The GB date `days` after today, as the hook takes it. */
const daysAhead = (days: number) => gbDateAfter(Date.now(), days);

const request = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  mpan: MPAN,
  distributorDipId: LDSO,
  gspGroup: '_A',
  segment: 'S',
  dataServiceDipId: SDS,
  mdr: MDR_A,
  effectiveFrom: daysAhead(3),
  ...overrides,
});

let dip: FakeDip;
let participant: RunningParticipant | undefined;

async function start(faults: FaultName[] = [], extra: Record<string, unknown> = {}): Promise<RunningParticipant> {
  participant = await startReferenceParticipant(parseConfig(rawConfig(dip.url, tempStateDir(), { ...config(faults), ...extra })), { spec, log: () => {} });
  return participant;
}

async function deliver(p: RunningParticipant, ...payloads: DipPayload[]): Promise<void> {
  for (const payload of payloads) expect((await push(p.url, [{ payload }])).status).toBe(201);
  await p.idle();
}

const hook = (p: RunningParticipant, body: unknown) => pushToHook(p, HOOK, body);

const updates = () => dip.messages('/dip-channel/IF-034');


/** IF-035 [SDS-MDROutcome] from the Registration Service: B099 A with B092 MDR_A, or R with `refusal`. */
const outcome = (seed: number, refusal?: string) =>
  egress(spec, {
    interfaceID: 'IF-035',
    eventCode: '[SDS-MDROutcome]',
    seed,
    to: [SDS],
    mpan: MPAN,
    fixed: {
      '/CustomBlock/B092': { assignedMDRDIPID: MDR_A.dipId, assignedMDRMPID: MDR_A.mpid, assignedMDREffectiveFromDate: gbLocalMidnight(daysAhead(3)) },
      '/CustomBlock/B099': refusal ? { responseCode: 'R', responseMessages: [refusal] } : { responseCode: 'A', responseMessages: [] },
    },
  });

describe('reference participant as Smart Data Service: changing its MDR (mdr-change hook)', () => {
  beforeEach(async () => {
    dip = await new FakeDip().start();
  });
  afterEach(async () => {
    await participant?.stop();
    participant = undefined;
    await dip.close();
  });

  it('sends IF-034 [SDS-MDRUpdate] to the Registration Service: B012 the appointing Supplier, B018 the MDR asked from local midnight of the date asked', async () => {
    const p = await start();
    await deliver(p, activation);
    const answer = await hook(p, request());
    expect(answer).toMatchObject({ status: 201, body: { trigger: 'mdr-change', mpan: MPAN, sends: 'IF-034 [SDS-MDRUpdate]' } });
    const [update] = updates();
    expect(validateBody(spec, [{ payload: update }], { direction: 'ingress', channel: 'IF-034' }).flatMap((report) => report.findings)).toEqual([]);
    expect(checkSubmission(definitions, [{ payload: update }], '/dip-channel/IF-034')).toEqual([]);
    expect(update!.CommonBlock.S0).toEqual({ interfaceID: 'IF-034', schemaVersion: '011', eventCode: '[SDS-MDRUpdate]' });
    expect(field(update, '/CommonBlock/S1/senderDIPID')).toBe(SDS);
    expect(update!.CommonBlock.A0).toEqual({ primaryRecipients: [REGS], secondaryRecipients: [], always: [] });
    expect(update!.CommonBlock.M0).toEqual({ MPANCore: MPAN, distributorDIPID: LDSO, GSPGroupID: '_A' });
    expect(update!.CustomBlock).toEqual({
      B012: activation.CustomBlock!.B012,
      B018: { SDSNominatedMDRDIPID: MDR_A.dipId, SDSNominatedMDRMPID: MDR_A.mpid, SDSNominatedMDRRequestedEffectiveFromDate: gbLocalMidnight(daysAhead(3)) },
    });
  });

  it.each([
    ['a body that is not JSON', '{', 400, /not JSON/],
    ['a date that is not YYYY-MM-DD', request({ effectiveFrom: '2026-9-1' }), 400, /effectiveFrom/],
    ['an MDR without an MPID', request({ mdr: { dipId: MDR_A.dipId } }), 400, /mdr must be/],
    ['the Advanced Data Service', request({ dataServiceDipId: ADS }), 409, /not our Smart Data Service/],
    ['an MDR it does not work with', request({ mdr: { dipId: '7000000009', mpid: 'MDRZ' } }), 409, /not one our Smart Data Service works with/],
    ['an MPAN it is not appointed to', request({ mpan: '1900012374324' }), 409, /not appointed to MPAN 1900012374324/],
  ])('refuses %s, sending nothing', async (_what, body, status, error) => {
    const p = await start();
    await deliver(p, activation);
    const answer = await hook(p, body);
    expect(answer.status).toBe(status);
    expect((answer.body as { error: string }).error).toMatch(error);
    expect(updates()).toEqual([]);
  });

  it('refuses after the SMRS ended its appointment (IF-037)', async () => {
    const p = await start();
    const ended = egress(spec, {
      interfaceID: 'IF-037',
      eventCode: '[DSDeApp]',
      seed: 2,
      to: [SDS],
      mpan: MPAN,
      fixed: { '/CustomBlock/B009/deAppointedDataServiceDIPID': SDS, '/CustomBlock/B009/dataServiceEffectiveToDate': '2026-09-10T00:00:00+01:00', '/CustomBlock/B009/deAppointmentReasonCode': 'CSERV' },
    });
    await deliver(p, activation, ended);
    expect((await hook(p, request())).status).toBe(409);
    expect(updates()).toEqual([]);
  });

  it('records the SMRS outcome, IF-035 [SDS-MDROutcome]: the MDR assigned when accepted, the refusal when refused', async () => {
    const p = await start();
    await deliver(p, activation);
    expect((await hook(p, request())).status).toBe(201);
    await deliver(p, outcome(3, 'REG1082 - MDR Effective From Date cannot be more than five days in the future'), outcome(4));
    const recorded = journalEffects(p).filter((effect) => effect.event === 'IF-035 [SDS-MDROutcome]');
    expect(recorded.map((effect) => effect.set)).toEqual([
      { mdrChangeRefused: { responseCode: 'R', responseMessages: ['REG1082 - MDR Effective From Date cannot be more than five days in the future'] } },
      { assignedMdr: { dipId: MDR_A.dipId, mpid: MDR_A.mpid, from: gbLocalMidnight(daysAhead(3)) }, mdrChange: null },
    ]);
  });

  it.each([
    ['mdr-update-too-far-ahead', { SDSNominatedMDRRequestedEffectiveFromDate: gbLocalMidnight(daysAhead(8)) }],
    ['mdr-update-retrospective', { SDSNominatedMDRRequestedEffectiveFromDate: gbLocalMidnight(daysAhead(-1)) }],
    ['mdr-update-names-itself', { SDSNominatedMDRDIPID: SDS, SDSNominatedMDRMPID: 'RPSD' }],
  ] as const)('%s changes only B018: %j', async (fault, changed) => {
    const p = await start([fault]);
    await deliver(p, activation);
    expect((await hook(p, request())).status).toBe(201);
    const [update] = updates();
    const conformant = { SDSNominatedMDRDIPID: MDR_A.dipId, SDSNominatedMDRMPID: MDR_A.mpid, SDSNominatedMDRRequestedEffectiveFromDate: gbLocalMidnight(daysAhead(3)) };
    expect(update!.CustomBlock).toEqual({ B012: activation.CustomBlock!.B012, B018: { ...conformant, ...changed } });
    // Still schema-valid: the fault is in what the update says, not in its form.
    expect(validateBody(spec, [{ payload: update }], { direction: 'ingress', channel: 'IF-034' }).flatMap((report) => report.findings.map((finding) => finding.rule))).toEqual([]);
  });

  it('late-mdr-update holds the IF-034 [SDS-MDRUpdate] back faultOptions.lateMillis, unchanged', async () => {
    const p = await start(['late-mdr-update'], { faultOptions: { lateMillis: 600 } });
    await deliver(p, activation);
    const at = Date.now();
    expect((await push(p.url, request(), HOOK)).status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(updates()).toEqual([]);
    await p.idle();
    const submission = dip.submissions.find((candidate) => candidate.path === '/dip-channel/IF-034')!;
    expect(submission.at - at).toBeGreaterThanOrEqual(550);
    expect(updates()[0]!.CustomBlock!.B018).toEqual({ SDSNominatedMDRDIPID: MDR_A.dipId, SDSNominatedMDRMPID: MDR_A.mpid, SDSNominatedMDRRequestedEffectiveFromDate: gbLocalMidnight(daysAhead(3)) });
  });
});
