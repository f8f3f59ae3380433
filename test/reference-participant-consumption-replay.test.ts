// The reference participant's Advanced Data Service asking the DIP to replay an Advanced MPAN's
// consumption, over real HTTP against a fake DIP: the consumption-replay hook's refusals (400 for
// a bad body, 409 where it is not our ADS or not appointed), the IF-015 [ConsumptionReplay] it
// sends (M0 only, addressed to no participant), the IF-016 replays it takes, and its two fault
// switches: no request at all, and the replays refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DipPayload } from '../src/builders/message-builder.ts';
import { validateBody } from '../src/validation/validate-body.ts';
import { parseConfig } from '../reference-participant/config.ts';
import type { FaultName } from '../reference-participant/faults.ts';
import { dipDefinitions } from '../reference-participant/own/dip-definitions.ts';
import { checkSubmission } from '../reference-participant/own/message-checks.ts';
import { startReferenceParticipant, type RunningParticipant } from '../reference-participant/participant.ts';
import { egress, FakeDip, field, journalEffects, LDSO, push, pushToHook, rawConfig, tempStateDir } from './reference-participant-harness.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const definitions = dipDefinitions(spec.dir);

const SDS = '1000000005';
const ADS = '1000000006';
const OTHER_SUPPLIER = '1000000009';
const ORIGINAL_SENDER = '1000000007';
const MPAN = '1200012345679';
const HOOK = '/test-hooks/consumption-replay';

const config = (faults: FaultName[] = []): Record<string, unknown> => ({
  dataService: { dipId: SDS, mpid: 'RPSD', role: 'SDS' },
  advancedDataService: { dipId: ADS, mpid: 'RPAD', role: 'ADS' },
  faults,
});

/** IF-036 [DSAppActive]: our ADS appointed to the Advanced MPAN from 1 September 2026. */
const activation = egress(spec, {
  interfaceID: 'IF-036',
  eventCode: '[DSAppActive]',
  seed: 1,
  to: [ADS],
  mpan: MPAN,
  segment: 'A',
  fixed: {
    '/CustomBlock/B015/incomingDataServiceDIPID': ADS,
    '/CustomBlock/B015/incomingDataServiceEffectiveFromDate': '2026-09-01T00:00:00+01:00',
    '/CustomBlock/B012/serviceProviderAppointmentRequestingSupplierDIPID': OTHER_SUPPLIER,
  },
});

/** IF-016 from the DIP: a replay of an IF-021 [ActivePower] first sent by ORIGINAL_SENDER, or the DIP's refusal. */
const replay = (seed: number, eventCode: '[ActivePower]' | '[ConsumptionRequestRejected]') =>
  egress(spec, {
    interfaceID: 'IF-016',
    eventCode,
    seed,
    to: [ADS],
    mpan: MPAN,
    fixed: {
      ...(eventCode === '[ActivePower]' ? { '/CommonBlock/S2/senderDIPID': ORIGINAL_SENDER } : {}),
      '/CommonBlock/R1': eventCode === '[ActivePower]' ? { responseCode: 'A', responseMessages: [] } : { responseCode: 'R', responseMessages: ['not an Advanced site'] },
    },
  });

const request = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({ mpan: MPAN, distributorDipId: LDSO, gspGroup: '_A', segment: 'A', dataServiceDipId: ADS, ...overrides });

let dip: FakeDip;
let participant: RunningParticipant | undefined;

async function start(faults: FaultName[] = []): Promise<RunningParticipant> {
  participant = await startReferenceParticipant(parseConfig(rawConfig(dip.url, tempStateDir(), config(faults))), { spec, log: () => {} });
  return participant;
}

async function deliver(p: RunningParticipant, ...payloads: DipPayload[]): Promise<number[]> {
  const statuses: number[] = [];
  for (const payload of payloads) statuses.push((await push(p.url, [{ payload }])).status);
  await p.idle();
  return statuses;
}

const hook = (p: RunningParticipant, body: unknown) => pushToHook(p, HOOK, body);

const requests = () => dip.messages('/dip-channel/IF-015');


describe('reference participant as Advanced Data Service: consumption replay (consumption-replay hook)', () => {
  beforeEach(async () => {
    dip = await new FakeDip().start();
  });
  afterEach(async () => {
    await participant?.stop();
    participant = undefined;
    await dip.close();
  });

  it('sends IF-015 [ConsumptionReplay] as the ADS, naming the MPAN in M0, addressed to no participant and with no custom block', async () => {
    const p = await start();
    expect(await deliver(p, activation)).toEqual([201]);
    const answer = await hook(p, request());
    expect(answer).toMatchObject({ status: 201, body: { trigger: 'consumption-replay', mpan: MPAN, sends: 'IF-015 [ConsumptionReplay]' } });
    const [sent] = requests();
    expect(validateBody(spec, [{ payload: sent }], { direction: 'ingress', channel: 'IF-015' }).flatMap((report) => report.findings)).toEqual([]);
    expect(checkSubmission(definitions, [{ payload: sent }], '/dip-channel/IF-015')).toEqual([]);
    expect(sent!.CommonBlock.S0).toEqual({ interfaceID: 'IF-015', schemaVersion: '011', eventCode: '[ConsumptionReplay]' });
    expect(field(sent, '/CommonBlock/S1/senderDIPID')).toBe(ADS);
    expect(field(sent, '/CommonBlock/S1/senderRoleID')).toBe('ADS');
    expect(sent!.CommonBlock.M0).toEqual({ MPANCore: MPAN, distributorDIPID: LDSO, GSPGroupID: '_A' });
    expect(sent!.CommonBlock.A0).toEqual({ primaryRecipients: [], secondaryRecipients: [], always: [] });
    expect(sent!.CustomBlock).toBeUndefined();
  });

  it.each([
    ['a body that is not JSON', '{', 400, /not JSON/],
    ['an MPAN without a valid check digit', request({ mpan: '1200012345670' }), 400, /check digit/],
    ['the Smart Data Service', request({ dataServiceDipId: SDS }), 409, /not our Advanced Data Service/],
    ['an MPAN it is not appointed to', request({ mpan: '1900012374324' }), 409, /not appointed to MPAN 1900012374324/],
  ])('refuses %s, sending nothing', async (_what, body, status, error) => {
    const p = await start();
    await deliver(p, activation);
    const answer = await hook(p, body);
    expect(answer.status).toBe(status);
    expect((answer.body as { error: string }).error).toMatch(error);
    expect(requests()).toEqual([]);
  });

  it("takes the DIP's replays with 201 and records them: the replayed day's original sender, or the DIP's refusal", async () => {
    const p = await start();
    await deliver(p, activation);
    expect(await deliver(p, replay(2, '[ActivePower]'), replay(3, '[ConsumptionRequestRejected]'))).toEqual([201, 201]);
    const recorded = journalEffects(p).filter((effect) => effect.event.startsWith('IF-016'));
    expect(recorded.map((effect) => effect.set)).toEqual([{ consumptionReplayed: { eventCode: '[ActivePower]', originalSender: ORIGINAL_SENDER } }, { consumptionReplayRefused: ['not an Advanced site'] }]);
  });

  it('no-consumption-replay-request takes the trigger and sends nothing', async () => {
    const p = await start(['no-consumption-replay-request']);
    await deliver(p, activation);
    expect((await hook(p, request())).status).toBe(201);
    expect(requests()).toEqual([]);
  });

  it("refuses-consumption-replay answers the DIP's replay with 400, the request itself unchanged", async () => {
    const p = await start(['refuses-consumption-replay']);
    await deliver(p, activation);
    expect((await hook(p, request())).status).toBe(201);
    expect(requests()).toHaveLength(1);
    expect(await deliver(p, replay(2, '[ActivePower]'))).toEqual([400]);
  });
});
