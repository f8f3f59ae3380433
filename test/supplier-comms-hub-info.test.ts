// The Supplier's side of the bilateral Comms Hub information (IF-004 [CommsHubInfo], COM-10): the
// reference Supplier's test hook sends it to the Metering Service it is told of, valid for the DIP
// API; the misaddressed-comms-hub-info fault sends it to the Registration Service instead.
import { describe, expect, it } from 'vitest';
import { METERING_SERVICE_REQUEST_HOOK } from '../reference-participant/metering-service-requests.ts';
import { type RunningParticipant } from '../reference-participant/participant.ts';
import { validateBody } from '../src/validation/validate-body.ts';
import { field, push, testConfig, participantAgainstFakeDip } from './reference-participant-harness.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const MPAN = '1012345678903';
const METERING_SERVICE = { dipId: '3000000003', mpid: 'OLDM' };

describe('the reference Supplier sharing Comms Hub information with the Metering Service', () => {
  const fixture = participantAgainstFakeDip(spec, { supplier: [MPAN], meteringService: [] });
  const start = fixture.start;
  const hook = (p: RunningParticipant, request: string, mpan = MPAN) =>
    push(p.url, { mpan, distributorDipId: '2100000001', gspGroup: '_K', meteringService: METERING_SERVICE, request }, METERING_SERVICE_REQUEST_HOOK);

  it('sends IF-004 [CommsHubInfo] to the Metering Service it names, for the MPAN, valid for the DIP API', async () => {
    const p = await start();
    expect((await hook(p, 'comms hub information to share')).status).toBe(201);
    await p.idle();
    const [sent, ...more] = fixture.dip.messages('/dip-channel/IF-004');
    expect(more).toEqual([]);
    expect(field(sent, '/CommonBlock/S0/eventCode')).toBe('[CommsHubInfo]');
    expect(field(sent, '/CommonBlock/A0/primaryRecipients')).toEqual([METERING_SERVICE.dipId]);
    expect(field(sent, '/CommonBlock/M0/MPANCore')).toBe(MPAN);
    expect(validateBody(spec, [{ payload: sent }], { direction: 'ingress' }).flatMap((report) => report.findings)).toEqual([]);
  });

  it('refuses a request it does not know (400, naming the choices) and an MPAN it does not supply (409)', async () => {
    const p = await start();
    const unknown = await hook(p, 'meter on fire');
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toMatch(/request must be one of: comms hub information to share/);
    expect((await hook(p, 'comms hub information to share', '2000056535971')).status).toBe(409);
    await p.idle();
    expect(fixture.dip.submissions).toEqual([]);
  });

  it('with misaddressed-comms-hub-info sends it to the Registration Service, not the Metering Service', async () => {
    const p = await start(['misaddressed-comms-hub-info']);
    await hook(p, 'comms hub information to share');
    await p.idle();
    const sent = fixture.dip.messages('/dip-channel/IF-004')[0];
    expect(field(sent, '/CommonBlock/A0/primaryRecipients')).toEqual([testConfig(fixture.dip.url).registrationServiceDipId]);
  });
});
