// The reference participant as Smart and Advanced Data Service (PROCESS-TABLES §4.4 CDS-02,
// CDS-03), over real HTTP against a fake DIP: it answers IF-033 [DSAppSPRequest] with IF-034
// [DSAppSPResponse] (SP005, SP007, DS001, DS003 in that order; an SDS acceptance names its MDR in
// B018), records the appointment news that follows, and its four fault switches each change
// only what they name. The decision itself is also held to its rules without HTTP.
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DipPayload } from '../src/builders/message-builder.ts';
import { ConfigError, parseConfig } from '../reference-participant/config.ts';
import { decideDataServiceAppointment } from '../reference-participant/data-service.ts';
import type { FaultName } from '../reference-participant/faults.ts';
import { ownIdentities } from '../reference-participant/identities.ts';
import { dipDefinitions } from '../reference-participant/own/dip-definitions.ts';
import { checkSubmission } from '../reference-participant/own/message-checks.ts';
import { startReferenceParticipant, type RunningParticipant } from '../reference-participant/participant.ts';
import type { JournalRecord, MpanEffect } from '../reference-participant/records.ts';
import { responseTexts } from '../reference-participant/response-codes.ts';
import { validateBody } from '../src/validation/validate-body.ts';
import { egress, FakeDip, field, MSS, push, rawConfig, REGS, SUP, tempStateDir, testConfig } from './reference-participant-harness.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const definitions = dipDefinitions(spec.dir);
const texts = responseTexts(definitions);

const SDS = '1000000005';
const ADS = '1000000006';
const MDR_A = { dipId: '7000000001', mpid: 'MDRA' };
const MDR_B = { dipId: '7000000002', mpid: 'MDRB' };
const UNSUPPORTED_MDR = { dipId: '7000000009', mpid: 'MDRZ' };

const ACCEPTED = { responseCode: 'A', proposedAppointmentResponseCode: 'SP000 - Proposed Appointment ACCEPTED' };
const rejected = (text: string) => ({ responseCode: 'R', proposedAppointmentResponseCode: text });
const SP005 = 'SP005 - Segment Not Supported';
const SP007 = 'SP007 - Out of Operational Area';
const DS001 = 'DS001 - Supplier Nominated MDR Invalid/Unsupported';
const DS003 = 'DS003 - Trad/ Fall Back Read Freq Invalid / Missing';

/** Both Data Services, and the MDRs a test says; every GSP group but _P served (the harness). */
function dataServiceConfig(meterDataRetrievers: Record<string, unknown> = { ownMdr: true, mdrs: [MDR_A, MDR_B] }, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    dataService: { dipId: SDS, mpid: 'RPSD', role: 'SDS' },
    advancedDataService: { dipId: ADS, mpid: 'RPAD', role: 'ADS' },
    meterDataRetrievers,
    ...extra,
  };
}

interface OfferOptions {
  readonly to?: string;
  readonly segment?: 'S' | 'A';
  readonly gsp?: string;
  readonly mpan?: string;
  /** The MDR the Supplier nominated in B071; null: none. */
  readonly nominated?: { dipId: string; mpid: string } | null;
  /** B071 traditionalFallBackReadFrequency; null: missing. */
  readonly frequency?: string | null;
  /** B013 carried (the CSS registration of a switch), or left out. */
  readonly css?: boolean;
}

/** IF-033 [DSAppSPRequest] from the Registration Service, proposing the Data Service it is addressed to. */
function offer(seed: number, options: OfferOptions = {}): DipPayload {
  const to = options.to ?? SDS;
  const nominated = options.nominated ?? null;
  const payload = egress(spec, {
    interfaceID: 'IF-033',
    eventCode: '[DSAppSPRequest]',
    seed,
    to: [to],
    segment: options.segment ?? 'S',
    gsp: options.gsp ?? '_B',
    ...(options.mpan ? { mpan: options.mpan } : {}),
    fixed: {
      '/CommonBlock/S1/senderCorrelationID': `CI-20260915-ds-${seed}`,
      '/CustomBlock/B071/proposedDataServiceDIPID': to,
      '/CustomBlock/B071/supplierNominatedMDRDIPID': nominated?.dipId ?? null,
      '/CustomBlock/B071/supplierNominatedMDRMPID': nominated?.mpid ?? null,
      '/CustomBlock/B071/supplierNominatedMDREffectiveFromDate': nominated ? '2026-12-01T00:00:00+00:00' : null,
      '/CustomBlock/B071/traditionalFallBackReadFrequency': options.frequency === undefined ? 'M' : options.frequency,
      ...(options.css === false ? {} : { '/CustomBlock/B013/CSSRegistrationID': `0b6f3a52-6c1e-4f0e-9d55-${String(seed).padStart(12, '0')}` }),
    },
  });
  if (options.css === false) delete (payload.CustomBlock as Record<string, unknown>).B013;
  return payload;
}

const mdrBlock = (mdr: { dipId: string; mpid: string }, ask: DipPayload) => ({
  SDSNominatedMDRDIPID: mdr.dipId,
  SDSNominatedMDRMPID: mdr.mpid,
  SDSNominatedMDRRequestedEffectiveFromDate: field(ask, '/CustomBlock/B071/proposedDataServiceDIPEffectiveFromDate'),
});

function journal(p: RunningParticipant): JournalRecord[] {
  return readFileSync(p.journalFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as JournalRecord);
}

const processed = (p: RunningParticipant) => journal(p).flatMap((record) => (record.type === 'processed' ? [record] : []));
const effectsOf = (p: RunningParticipant): MpanEffect[] => processed(p).flatMap((record) => record.effects);

/** What the suite and the participant's own checks ask of what it sends: no finding from either. */
function expectConformant(payload: DipPayload): void {
  expect(validateBody(spec, [{ payload }], { direction: 'ingress', channel: 'IF-034' }).flatMap((report) => report.findings)).toEqual([]);
  expect(checkSubmission(definitions, [{ payload }], '/dip-channel/IF-034')).toEqual([]);
}

let dip: FakeDip;
let participant: RunningParticipant | undefined;
const logLines: string[] = [];

async function start(extra: Record<string, unknown> = dataServiceConfig(), env: NodeJS.ProcessEnv = process.env): Promise<RunningParticipant> {
  participant = await startReferenceParticipant(testConfig(dip.url, extra), { spec, env, log: (line) => logLines.push(line) });
  return participant;
}

/** Pushes each message in turn (each answered 201), then waits until everything it causes is sent. */
async function deliver(p: RunningParticipant, ...payloads: DipPayload[]): Promise<void> {
  for (const payload of payloads) expect((await push(p.url, [{ payload }])).status).toBe(201);
  await p.idle();
}

const answers = () => dip.messages('/dip-channel/IF-034');

describe('reference participant as Data Service: answering IF-033 [DSAppSPRequest]', () => {
  beforeEach(async () => {
    dip = await new FakeDip().start();
    logLines.length = 0;
  });

  afterEach(async () => {
    // No fault is on here: the participant's own check of what it sent finds nothing.
    expect(logLines.filter((line) => line.includes('"event":"self-check"'))).toEqual([]);
    await participant?.stop();
    participant = undefined;
    await dip.close();
  });

  it("accepts as SDS naming the Supplier's nominated MDR when it works with it, echoing B012, B013 and B071", async () => {
    const p = await start();
    const ask = offer(1, { nominated: MDR_B });
    const answer = await push(p.url, [{ payload: ask }]);
    expect(answer.status).toBe(201);
    expect((answer.body as { messageArray: { senderID: string }[] }).messageArray[0]!.senderID).toBe(SDS);
    await p.idle();

    const [reply] = answers();
    expectConformant(reply!);
    expect(reply!.CommonBlock.S0).toEqual({ interfaceID: 'IF-034', schemaVersion: '011', eventCode: '[DSAppSPResponse]' });
    expect(field(reply, '/CommonBlock/S1/senderDIPID')).toBe(SDS);
    expect(field(reply, '/CommonBlock/S1/senderRoleID')).toBe('SDS');
    expect(field(reply, '/CommonBlock/S1/senderCorrelationID')).toBe('CI-20260915-ds-1');
    expect(field(reply, '/CommonBlock/S1/senderUniqueReference')).toMatch(new RegExp(`^S-IF-034-${SDS}-SDS-\\d{8}-`));
    expect(reply!.CommonBlock.A0).toEqual({ primaryRecipients: [REGS], secondaryRecipients: [], always: [] });
    expect(reply!.CommonBlock.M0).toEqual(ask.CommonBlock.M0);
    expect(reply!.CustomBlock).toEqual({
      B007: ACCEPTED,
      B012: ask.CustomBlock!.B012,
      B013: ask.CustomBlock!.B013,
      B071: ask.CustomBlock!.B071,
      B018: mdrBlock(MDR_B, ask),
    });

    // The appointment as the Data Service now knows it.
    const mpan = field(ask, '/CommonBlock/M0/MPANCore') as string;
    expect(effectsOf(p)).toEqual([
      {
        party: 'dataService',
        mpan,
        event: 'IF-033 accepted',
        set: expect.objectContaining({
          identity: SDS,
          registrationService: REGS,
          marketSegment: 'S',
          status: 'proposal-accepted',
          decision: ACCEPTED.proposedAppointmentResponseCode,
          mdr: mdrBlock(MDR_B, ask),
          proposal: ask.CustomBlock!.B071,
          responseReference: field(reply, '/CommonBlock/S1/senderUniqueReference'),
        }),
      },
    ]);
  });

  it('names itself when it is its own MDR and the Supplier nominated none, or nominated it', async () => {
    const p = await start(dataServiceConfig({ ownMdr: true, mdrs: [MDR_A] }));
    const none = offer(2, { css: false });
    const itself = offer(3, { nominated: { dipId: SDS, mpid: 'RPSD' } });
    await deliver(p, none, itself);
    const [first, second] = answers();
    for (const reply of [first!, second!]) expectConformant(reply);
    // B013 is echoed only when the offer carries it.
    expect(first!.CustomBlock).toEqual({ B007: ACCEPTED, B012: none.CustomBlock!.B012, B071: none.CustomBlock!.B071, B018: mdrBlock({ dipId: SDS, mpid: 'RPSD' }, none) });
    expect(second!.CustomBlock!.B018).toEqual(mdrBlock({ dipId: SDS, mpid: 'RPSD' }, itself));
  });

  it('names the first MDR it works with when it is not its own MDR and the Supplier nominated none', async () => {
    const p = await start(dataServiceConfig({ ownMdr: false, mdrs: [MDR_A, MDR_B] }));
    const ask = offer(4);
    await deliver(p, ask);
    const [reply] = answers();
    expectConformant(reply!);
    expect(reply!.CustomBlock!.B007).toEqual(ACCEPTED);
    expect(reply!.CustomBlock!.B018).toEqual(mdrBlock(MDR_A, ask));
  });

  it('rejects with DS001 a nominated MDR it does not work with, itself when it is not its own MDR, and any offer when it has no MDR to name', async () => {
    const p = await start(dataServiceConfig({ ownMdr: false, mdrs: [MDR_A] }));
    const stranger = offer(5, { nominated: UNSUPPORTED_MDR });
    const itself = offer(6, { nominated: { dipId: SDS, mpid: 'RPSD' } });
    // DS001 comes before DS003: an unsupported MDR and no read frequency is DS001.
    const both = offer(7, { nominated: UNSUPPORTED_MDR, frequency: null });
    await deliver(p, stranger, itself, both);
    const replies = answers();
    for (const reply of replies) expectConformant(reply);
    expect(replies.map((reply) => reply.CustomBlock!.B007)).toEqual([rejected(DS001), rejected(DS001), rejected(DS001)]);
    expect(replies.every((reply) => !('B018' in reply.CustomBlock!))).toBe(true);
    expect(replies[0]!.CustomBlock!.B071).toEqual(stranger.CustomBlock!.B071);
    expect(effectsOf(p).map((effect) => [effect.event, effect.set.status, effect.set.mdr])).toEqual([
      ['IF-033 rejected', 'proposal-rejected', null],
      ['IF-033 rejected', 'proposal-rejected', null],
      ['IF-033 rejected', 'proposal-rejected', null],
    ]);
    await participant!.stop();

    dip.submissions.length = 0;
    const bare = await start(dataServiceConfig({ ownMdr: false, mdrs: [] }));
    await deliver(bare, offer(8));
    expect(answers().map((reply) => reply.CustomBlock!.B007)).toEqual([rejected(DS001)]);
    expect(processed(bare)[0]!.notes[0]).toContain('has none to name');
  });

  it('rejects with DS003 an offer without a traditional / fall-back read frequency', async () => {
    const p = await start();
    await deliver(p, offer(9, { frequency: null }), offer(10, { nominated: MDR_A, frequency: null }));
    const replies = answers();
    for (const reply of replies) expectConformant(reply);
    expect(replies.map((reply) => reply.CustomBlock!.B007)).toEqual([rejected(DS003), rejected(DS003)]);
    expect(replies.every((reply) => !('B018' in reply.CustomBlock!))).toBe(true);
  });

  it('rejects with SP005 a segment the addressed Data Service does not serve, and with SP007 an area outside its GSP groups, before looking at the MDR', async () => {
    const p = await start();
    await deliver(
      p,
      offer(11, { to: SDS, segment: 'A' }),
      offer(12, { to: ADS, segment: 'S' }),
      offer(13, { to: SDS, gsp: '_P', nominated: UNSUPPORTED_MDR }),
      offer(14, { to: ADS, segment: 'A', gsp: '_P' }),
      offer(15, { to: SDS, segment: 'A', nominated: UNSUPPORTED_MDR, frequency: null }),
    );
    const replies = answers();
    for (const reply of replies) expectConformant(reply);
    expect(replies.map((reply) => [field(reply, '/CommonBlock/S1/senderDIPID'), field(reply, '/CommonBlock/S1/senderRoleID'), reply.CustomBlock!.B007])).toEqual([
      [SDS, 'SDS', rejected(SP005)],
      [ADS, 'ADS', rejected(SP005)],
      [SDS, 'SDS', rejected(SP007)],
      [ADS, 'ADS', rejected(SP007)],
      [SDS, 'SDS', rejected(SP005)],
    ]);
    await participant!.stop();

    // serves.segments narrows what the role could serve.
    dip.submissions.length = 0;
    const advancedOnly = await start(dataServiceConfig(undefined, { serves: { segments: ['A'] } }));
    await deliver(advancedOnly, offer(16, { to: SDS, segment: 'S' }), offer(17, { to: ADS, segment: 'A' }));
    expect(answers().map((reply) => reply.CustomBlock!.B007)).toEqual([rejected(SP005), ACCEPTED]);
  });

  it('accepts as ADS without B018, whatever the MDR and read frequency, under its own API key', async () => {
    const advanced = { advancedDataService: { dipId: ADS, mpid: 'RPAD', role: 'ADS', apiKeyEnv: 'MHHS_RP_TEST_ADS_KEY' } };
    const p = await start(dataServiceConfig(undefined, advanced), { ...process.env, MHHS_RP_TEST_ADS_KEY: 'ads-key-not-a-secret' });
    const ask = offer(18, { to: ADS, segment: 'A', nominated: UNSUPPORTED_MDR, frequency: null });
    await deliver(p, ask);
    const [reply] = answers();
    expectConformant(reply!);
    expect(dip.submissions[0]!.headers['x-api-key']).toBe('ads-key-not-a-secret');
    expect(field(reply, '/CommonBlock/S1/senderRoleID')).toBe('ADS');
    expect(reply!.CustomBlock).toEqual({ B007: ACCEPTED, B012: ask.CustomBlock!.B012, B013: ask.CustomBlock!.B013, B071: ask.CustomBlock!.B071 });
    expect(effectsOf(p)[0]!.set).toMatchObject({ identity: ADS, status: 'proposal-accepted', mdr: null });
  });

  it('takes an offer addressed to none of ours for the Data Service of its segment; without Data Services it stays with the Metering Service', async () => {
    const p = await start();
    await deliver(p, offer(19, { to: '9999999999', segment: 'A' }), offer(20, { to: '9999999999', segment: 'S' }));
    expect(answers().map((reply) => [field(reply, '/CommonBlock/S1/senderDIPID'), reply.CustomBlock!.B007])).toEqual([
      [ADS, ACCEPTED],
      [SDS, ACCEPTED],
    ]);
    await participant!.stop();

    dip.submissions.length = 0;
    const withoutDataService = await start({});
    await deliver(withoutDataService, offer(21, { to: '9999999999', segment: 'S' }));
    expect(dip.submissions.map((submission) => submission.path)).toEqual(['/statusmessage']);
    expect((dip.submissions[0]!.body as { senderID: string; message: string }[])[0]).toMatchObject({ senderID: MSS, message: 'RCP1061 - MPAN Invalid or Unknown' });
  });
});

describe('reference participant as Data Service: the appointment news', () => {
  beforeEach(async () => {
    dip = await new FakeDip().start();
    logLines.length = 0;
  });

  afterEach(async () => {
    expect(logLines.filter((line) => line.includes('"event":"self-check"'))).toEqual([]);
    await participant?.stop();
    participant = undefined;
    await dip.close();
  });

  const news = (seed: number, interfaceID: string, eventCode: string, mpan: string, fixed: Record<string, unknown> = {}) => egress(spec, { interfaceID, eventCode, seed, to: [SDS], mpan, fixed });
  const notes = (p: RunningParticipant) => processed(p).flatMap((record) => record.notes);

  it('records IF-035, IF-036 and IF-037 for an appointment it accepted, the outcome, the assigned MDR and the de-appointment', async () => {
    const p = await start();
    const mpan = '1012345678903';
    await deliver(
      p,
      offer(30, { mpan, nominated: MDR_A }),
      news(31, 'IF-035', '[DSAppAccepted]', mpan, { '/CustomBlock/B007/responseCode': 'A', '/CustomBlock/B019': { assignedMDRDIPID: MDR_A.dipId, assignedMDRMPID: MDR_A.mpid, assignedMDREffectiveFromDate: '2026-12-01T00:00:00+00:00' } }),
      news(32, 'IF-036', '[DSAppActive]', mpan, { '/CustomBlock/B015/incomingDataServiceDIPID': SDS, '/CustomBlock/B015/incomingDataServiceEffectiveFromDate': '2026-12-01T00:00:00+00:00' }),
      news(33, 'IF-037', '[DSDeAppUpdate]', mpan),
      news(34, 'IF-037', '[DSDeApp]', mpan, { '/CustomBlock/B009/dataServiceEffectiveToDate': '2027-01-01T00:00:00+00:00', '/CustomBlock/B009/deAppointmentReasonCode': 'CSUPP' }),
    );
    expect(notes(p).slice(1)).toEqual([
      `IF-035 [DSAppAccepted] for ${mpan}: accepted`,
      `IF-036 [DSAppActive] for ${mpan}: active`,
      `IF-037 [DSDeAppUpdate] for ${mpan}: de-appointment-updated`,
      `IF-037 [DSDeApp] for ${mpan}: de-appointed`,
    ]);
    const sets = effectsOf(p).map((effect) => effect.set);
    expect(sets[1]).toMatchObject({ status: 'accepted', outcome: { responseCode: 'A' }, assignedMdr: { dipId: MDR_A.dipId, mpid: MDR_A.mpid } });
    expect(sets[2]).toMatchObject({ status: 'active', activeFrom: '2026-12-01T00:00:00+00:00' });
    expect(sets[3]).toMatchObject({ incomingDataService: { dipId: expect.any(String) } });
    expect(sets[4]).toMatchObject({ status: 'de-appointed', deAppointment: { effectiveTo: '2027-01-01T00:00:00+00:00', reason: 'CSUPP' } });
    expect(effectsOf(p).every((effect) => effect.party === 'dataService')).toBe(true);
    // Only the IF-034: the news earns no status message.
    expect(dip.submissions.map((submission) => submission.path)).toEqual(['/dip-channel/IF-034']);
  });

  it('answers RCP1061 for an MPAN it has no appointment for, and RCP1062 for an acceptance or activation of an offer it declined', async () => {
    const p = await start();
    const declined = '1012345678903';
    await deliver(
      p,
      offer(40, { mpan: declined, nominated: UNSUPPORTED_MDR }),
      news(41, 'IF-035', '[DSAppAccepted]', declined),
      news(42, 'IF-036', '[DSAppActive]', declined, { '/CustomBlock/B015/incomingDataServiceDIPID': SDS }),
      news(43, 'IF-035', '[DSAppRejected]', declined),
      news(44, 'IF-037', '[DSDeApp]', '2000056535971'),
    );
    const statuses = dip.submissions.filter((submission) => submission.path === '/statusmessage').map((submission) => (submission.body as Record<string, unknown>[])[0]!);
    expect(statuses.map((status) => [status.senderID, status.recipientID, status.message])).toEqual([
      [SDS, REGS, 'RCP1062 - PUB Unexpected given MPAN Process Status/Condition'],
      [SDS, REGS, 'RCP1062 - PUB Unexpected given MPAN Process Status/Condition'],
      [SDS, REGS, 'RCP1061 - MPAN Invalid or Unknown'],
    ]);
    expect(statuses[0]!.help).toMatch(/the Data Service declined this appointment \(DS001 - .*\), so it cannot be accepted/);
    // The rejection the SMRS confirms is news it expects; the unexpected ones changed nothing.
    expect(effectsOf(p).map((effect) => effect.set.status)).toEqual(['proposal-rejected', 'rejected']);
  });

  it('never moves an appointment back for a late notice, notes another Data Service becoming active, and records a reverse migration', async () => {
    const p = await start(dataServiceConfig(undefined, { portfolio: { dataService: ['1900012374324'] } }));
    const mpan = '1012345678903';
    await deliver(
      p,
      offer(50, { mpan }),
      news(51, 'IF-036', '[DSAppActive]', mpan, { '/CustomBlock/B015/incomingDataServiceDIPID': SDS }),
      news(52, 'IF-035', '[DSAppAccepted]', mpan),
      news(53, 'IF-036', '[DSAppActive]', '1900012374324', { '/CustomBlock/B015/incomingDataServiceDIPID': '3000000007' }),
      news(54, 'IF-003', '[DSDeAppRM]', '1900012374324', { '/CustomBlock/B096': { ReverseMigrationIncomingDCMPID: 'LGDC', ReverseMigrationIncomingDCEffectiveFromDate: '2026-12-01T00:00:00+00:00' } }),
    );
    expect(notes(p).slice(1)).toEqual([
      `IF-036 [DSAppActive] for ${mpan}: active`,
      `IF-035 [DSAppAccepted] for ${mpan}: arrived after the later notice; stays active`,
      'IF-036 [DSAppActive] for 1900012374324: another-active',
      'IF-003 [DSDeAppRM] for 1900012374324: de-appointed-reverse-migration',
    ]);
    expect(effectsOf(p).at(-1)!.set).toMatchObject({ incomingLegacyDc: { mpid: 'LGDC', from: '2026-12-01T00:00:00+00:00' }, deAppointment: { effectiveTo: expect.any(String) } });
    expect(dip.submissions.map((submission) => submission.path)).toEqual(['/dip-channel/IF-034']);
  });

  it('records what it does not act on: no status message for an MPAN it knows, RCP1061 for one it does not', async () => {
    const p = await start();
    const mpan = '1012345678903';
    await deliver(p, offer(60, { mpan }), news(61, 'IF-035', '[DCC-MDROutcome]', mpan), news(62, 'IF-018', '[AddressChg]', mpan), news(63, 'IF-018', '[AddressChg]', '2000056535971'));
    expect(notes(p).slice(1)).toEqual([
      'IF-035 [DCC-MDROutcome]: nothing for the Data Service to do; recorded',
      'IF-018 [AddressChg]: nothing for the Data Service to do; recorded',
      'IF-018 [AddressChg]: nothing for the Data Service to do; recorded',
      'IF-018 [AddressChg]: MPAN 2000056535971 unknown, status message RCP1061',
    ]);
    expect(dip.submissions.map((submission) => submission.path)).toEqual(['/dip-channel/IF-034', '/statusmessage']);
  });
});

describe('reference participant as Data Service: its fault switches', () => {
  // Well clear of how long a message takes on a busy machine.
  const LATE_MILLIS = 2_500;
  const DS_FAULTS = ['late-ds-appointment-answer', 'no-ds-appointment-answer', 'sds-accepts-without-mdr', 'wrong-ds-reject-code'] as const satisfies readonly FaultName[];

  // One fixed transcript: an MS offer, SDS offers it accepts (nominated MDR, none nominated), an
  // SDS DS001, DS003 and SP007, and an ADS acceptance.
  const msOffer = egress(spec, { interfaceID: 'IF-033', eventCode: '[MSAppSPRequest]', seed: 70, to: [MSS], segment: 'S', gsp: '_C' });
  const TRANSCRIPT = [
    offer(71, { nominated: MDR_B }),
    offer(72),
    offer(73, { nominated: UNSUPPORTED_MDR }),
    offer(74, { frequency: null }),
    offer(75, { gsp: '_P' }),
    offer(76, { to: ADS, segment: 'A' }),
  ];
  const mpanOf = (payload: unknown) => String(field(payload, '/CommonBlock/M0/MPANCore'));

  interface Run {
    readonly sent: { path: string; eventCode: string; mpan: string; payload: DipPayload; afterPushMillis: number }[];
    readonly records: JournalRecord[];
    readonly selfChecks: string[];
  }

  async function run(faults: FaultName[]): Promise<Run> {
    const fakeDip = await new FakeDip().start();
    const lines: string[] = [];
    const p = await startReferenceParticipant(testConfig(fakeDip.url, dataServiceConfig(undefined, { faults, faultOptions: { lateMillis: LATE_MILLIS } })), { spec, log: (line) => lines.push(line) });
    try {
      const pushedAt = Date.now();
      for (const payload of [msOffer, ...TRANSCRIPT]) expect((await push(p.url, [{ payload }])).status).toBe(201);
      await p.idle();
      const sent = fakeDip.submissions.map((submission) => {
        const payload = (submission.body as { payload: DipPayload }[])[0]!.payload;
        return { path: submission.path, eventCode: String(field(payload, '/CommonBlock/S0/eventCode')), mpan: mpanOf(payload), payload, afterPushMillis: submission.at - pushedAt };
      });
      // The late fault reorders deliveries: compare them in the order of the transcript.
      const order = [msOffer, ...TRANSCRIPT].map(mpanOf);
      sent.sort((a, b) => order.indexOf(a.mpan) - order.indexOf(b.mpan));
      return { sent, records: journal(p), selfChecks: lines.filter((line) => line.includes('"event":"self-check"')) };
    } finally {
      await p.stop();
      await fakeDip.close();
    }
  }

  /** Everything that must not differ between two runs: clock readings and reference sequences masked. */
  function content(sent: Run['sent']): unknown {
    return sent.map(({ path, payload }) => {
      const copy = structuredClone(payload) as unknown as { CommonBlock: { S1: Record<string, unknown> } };
      copy.CommonBlock.S1.senderTimestamp = '<time>';
      copy.CommonBlock.S1.senderUniqueReference = String(copy.CommonBlock.S1.senderUniqueReference).replace(/-[a-zA-Z0-9]+$/, '-#');
      return { path, payload: copy };
    });
  }

  /** JSON pointers where two values differ. */
  function differences(a: unknown, b: unknown, at = ''): string[] {
    if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      return [...keys].flatMap((key) => differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}/${key}`));
    }
    return Object.is(a, b) ? [] : [at];
  }

  /** The decisions journaled (effects without the reference of what was sent). */
  const decisions = (records: JournalRecord[]) =>
    records.flatMap((record) => (record.type === 'processed' ? record.effects : [])).map(({ party, mpan, event, set }) => ({ party, mpan, event, status: set.status, decision: set.decision, mdr: set.mdr }));

  let baseline: Run;
  const byFault = new Map<FaultName, Run>();

  beforeAll(async () => {
    baseline = await run([]);
    for (const fault of DS_FAULTS) byFault.set(fault, await run([fault]));
  }, 120_000);

  it('the fault-free transcript: the MS answer and every Data Service answer, conformant', () => {
    expect(baseline.selfChecks).toEqual([]);
    expect(baseline.sent.map((item) => [item.path, item.eventCode, field(item.payload, '/CustomBlock/B007/proposedAppointmentResponseCode'), 'B018' in item.payload.CustomBlock!])).toEqual([
      ['/dip-channel/IF-034', '[MSAppSPResponse]', ACCEPTED.proposedAppointmentResponseCode, false],
      ['/dip-channel/IF-034', '[DSAppSPResponse]', ACCEPTED.proposedAppointmentResponseCode, true],
      ['/dip-channel/IF-034', '[DSAppSPResponse]', ACCEPTED.proposedAppointmentResponseCode, true],
      ['/dip-channel/IF-034', '[DSAppSPResponse]', DS001, false],
      ['/dip-channel/IF-034', '[DSAppSPResponse]', DS003, false],
      ['/dip-channel/IF-034', '[DSAppSPResponse]', SP007, false],
      ['/dip-channel/IF-034', '[DSAppSPResponse]', ACCEPTED.proposedAppointmentResponseCode, false],
    ]);
    for (const item of baseline.sent) expectConformant(item.payload);
  });

  it('late-ds-appointment-answer holds every Data Service answer back by lateMillis, and changes nothing else', () => {
    const late = byFault.get('late-ds-appointment-answer')!;
    expect(differences(content(baseline.sent), content(late.sent))).toEqual([]);
    const delays = (item: Run['sent'][number]) => item.afterPushMillis;
    for (const item of late.sent.filter((entry) => entry.eventCode === '[DSAppSPResponse]')) expect(delays(item)).toBeGreaterThanOrEqual(LATE_MILLIS - 50);
    for (const item of baseline.sent) expect(delays(item)).toBeLessThan(LATE_MILLIS - 50);
    for (const item of late.sent.filter((entry) => entry.eventCode === '[MSAppSPResponse]')) expect(delays(item)).toBeLessThan(LATE_MILLIS - 50);
    expect(decisions(late.records)).toEqual(decisions(baseline.records));
  });

  it('no-ds-appointment-answer sends no Data Service answer, yet journals the same decisions', () => {
    const silent = byFault.get('no-ds-appointment-answer')!;
    expect(silent.sent.map((item) => item.eventCode)).toEqual(['[MSAppSPResponse]']);
    expect(differences(content(baseline.sent.filter((item) => item.eventCode === '[MSAppSPResponse]')), content(silent.sent))).toEqual([]);
    expect(decisions(silent.records)).toEqual(decisions(baseline.records));
    const dataServiceEffects = silent.records.flatMap((record) => (record.type === 'processed' ? record.effects : [])).filter((effect) => effect.party === 'dataService');
    expect(dataServiceEffects).toHaveLength(TRANSCRIPT.length);
    expect(dataServiceEffects.every((effect) => effect.set.responseReference === null)).toBe(true);
  });

  it("sds-accepts-without-mdr leaves B018 out of the Smart Data Service's acceptances only", () => {
    const bare = byFault.get('sds-accepts-without-mdr')!;
    expect(differences(content(baseline.sent), content(bare.sent)).sort()).toEqual(['/1/payload/CustomBlock/B018', '/2/payload/CustomBlock/B018']);
    // The schema lets B018 go, so only the suite's business check can catch it.
    for (const item of bare.sent) expectConformant(item.payload);
    expect(bare.selfChecks).toEqual([]);
    expect(decisions(bare.records)).toEqual(decisions(baseline.records));
  });

  it('wrong-ds-reject-code gives the DS001 rejection the DS003 text, and nothing else', () => {
    const wrong = byFault.get('wrong-ds-reject-code')!;
    expect(differences(content(baseline.sent), content(wrong.sent))).toEqual(['/3/payload/CustomBlock/B007/proposedAppointmentResponseCode']);
    expect(field(wrong.sent[3]!.payload, '/CustomBlock/B007')).toEqual(rejected(DS003));
    expect(decisions(wrong.records)).toEqual(decisions(baseline.records));
  });
});

describe('the Data Service decision, without HTTP', () => {
  const config = (meterDataRetrievers: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    parseConfig(rawConfig('http://127.0.0.1:1', tempStateDir(), dataServiceConfig(meterDataRetrievers, extra)));
  const identity = (c: ReturnType<typeof config>, role: 'SDS' | 'ADS') => ownIdentities(c).find((own) => own.role === role)!;
  const proposal = (nominated: string | null, frequency: string | null = 'M') => ({
    proposedDataServiceDIPEffectiveFromDate: '2026-12-01T00:00:00+00:00',
    supplierNominatedMDRDIPID: nominated,
    traditionalFallBackReadFrequency: frequency,
  });

  it.each([
    ['nominated and supported', { ownMdr: true, mdrs: [MDR_A, MDR_B] }, 'S', '_A', proposal(MDR_B.dipId), 'SP000', MDR_B.dipId],
    ['own MDR, none nominated', { ownMdr: true, mdrs: [MDR_A] }, 'S', '_A', proposal(null), 'SP000', SDS],
    ['first listed, none nominated', { ownMdr: false, mdrs: [MDR_B, MDR_A] }, 'S', '_A', proposal(null), 'SP000', MDR_B.dipId],
    ['nominated, unsupported', { ownMdr: true, mdrs: [MDR_A] }, 'S', '_A', proposal(UNSUPPORTED_MDR.dipId), 'DS001', undefined],
    ['nominated itself, not its own MDR', { ownMdr: false, mdrs: [MDR_A] }, 'S', '_A', proposal(SDS), 'DS001', undefined],
    ['no MDR to name', { ownMdr: false, mdrs: [] }, 'S', '_A', proposal(null), 'DS001', undefined],
    ['no read frequency', { ownMdr: true, mdrs: [] }, 'S', '_A', proposal(null, null), 'DS003', undefined],
    ['unsupported MDR before read frequency', { ownMdr: true, mdrs: [] }, 'S', '_A', proposal(UNSUPPORTED_MDR.dipId, null), 'DS001', undefined],
    ['no MDR to name, no read frequency', { ownMdr: false, mdrs: [] }, 'S', '_A', proposal(null, null), 'DS003', undefined],
    ['segment before everything', { ownMdr: false, mdrs: [] }, 'A', '_P', proposal(UNSUPPORTED_MDR.dipId, null), 'SP005', undefined],
    ['area before the MDR', { ownMdr: false, mdrs: [] }, 'S', '_P', proposal(UNSUPPORTED_MDR.dipId, null), 'SP007', undefined],
  ] as const)('SDS, %s', (_name, mdrs, segment, gsp, offered, code, named) => {
    const c = config(mdrs);
    const decision = decideDataServiceAppointment(identity(c, 'SDS'), { segment, gspGroup: gsp, proposal: offered }, c, texts);
    expect(decision.text).toBe(texts[code]);
    expect(decision.responseCode).toBe(code === 'SP000' ? 'A' : 'R');
    expect(decision.mdr?.SDSNominatedMDRDIPID).toBe(named);
    if (decision.mdr) expect(decision.mdr.SDSNominatedMDRRequestedEffectiveFromDate).toBe('2026-12-01T00:00:00+00:00');
  });

  it('ADS: accepts in its segment and area whatever the MDR and read frequency, naming no MDR; SP005 and SP007 otherwise', () => {
    const c = config({ ownMdr: false, mdrs: [] });
    const ads = identity(c, 'ADS');
    expect(decideDataServiceAppointment(ads, { segment: 'A', gspGroup: '_A', proposal: proposal(UNSUPPORTED_MDR.dipId, null) }, c, texts)).toMatchObject({ responseCode: 'A', text: texts.SP000, mdr: undefined });
    expect(decideDataServiceAppointment(ads, { segment: 'S', gspGroup: '_A', proposal: proposal(null) }, c, texts).text).toBe(texts.SP005);
    expect(decideDataServiceAppointment(ads, { segment: 'A', gspGroup: '_P', proposal: proposal(null) }, c, texts).text).toBe(texts.SP007);
  });
});

describe('reference participant config: the Data Services', () => {
  const base = rawConfig('http://127.0.0.1:7001', tempStateDir());

  it('reads both Data Services and their MDRs; without them, none, and no MDRs', () => {
    const config = parseConfig({ ...base, ...dataServiceConfig(), portfolio: { dataService: ['1012345678903'] } });
    expect(config.dataService).toEqual({ dipId: SDS, mpid: 'RPSD', role: 'SDS' });
    expect(config.advancedDataService).toEqual({ dipId: ADS, mpid: 'RPAD', role: 'ADS' });
    expect(config.meterDataRetrievers).toEqual({ ownMdr: true, mdrs: [MDR_A, MDR_B] });
    expect(config.portfolio.dataService).toEqual(['1012345678903']);
    expect(ownIdentities(config).filter((own) => own.party === 'dataService').map((own) => [own.role, own.segment])).toEqual([
      ['SDS', 'S'],
      ['ADS', 'A'],
    ]);

    const plain = parseConfig(base);
    expect([plain.dataService, plain.advancedDataService, plain.meterDataRetrievers, plain.portfolio.dataService]).toEqual([undefined, undefined, { ownMdr: false, mdrs: [] }, []]);
    // As the suite passes a profile's capabilities.dataService on: ownMdr may be left out.
    expect(parseConfig({ ...base, meterDataRetrievers: { ownMdr: undefined, mdrs: [MDR_A] } }).meterDataRetrievers).toEqual({ ownMdr: false, mdrs: [MDR_A] });
  });

  it('names the key of each mistake', () => {
    const mistakes: [Record<string, unknown>, RegExp][] = [
      [{ dataService: { dipId: SDS, mpid: 'RPSD', role: 'ADS' } }, /^dataService\.role must be SDS$/],
      [{ dataService: { dipId: '12345', mpid: 'RPSD' } }, /^dataService\.dipId must be a 10-character DIP ID/],
      [{ advancedDataService: { dipId: ADS, mpid: 'rpad' } }, /^advancedDataService\.mpid must be an MPID of four capital letters$/],
      [{ advancedDataService: 'ADS' }, /^advancedDataService must be a mapping$/],
      [{ dataService: { dipId: SUP, mpid: 'RPSD' } }, /^dataService\.dipId 1000000001 is already supplier's; each role needs its own DIP ID$/],
      [{ dataService: { dipId: SDS, mpid: 'RPSD' }, advancedDataService: { dipId: SDS, mpid: 'RPAD' } }, /^advancedDataService\.dipId 1000000005 is already dataService's/],
      [{ meterDataRetrievers: [] }, /^meterDataRetrievers must be a mapping$/],
      [{ meterDataRetrievers: { ownMdr: 'yes' } }, /^meterDataRetrievers\.ownMdr must be true or false$/],
      [{ meterDataRetrievers: { mdrs: MDR_A } }, /^meterDataRetrievers\.mdrs must be a list of \{dipId, mpid\}$/],
      [{ meterDataRetrievers: { mdrs: [MDR_A, { dipId: '70000000', mpid: 'MDRB' }] } }, /^meterDataRetrievers\.mdrs\[1\]\.dipId must be a 10-character DIP ID/],
      [{ meterDataRetrievers: { mdrs: [MDR_A, { dipId: MDR_B.dipId, mpid: 'mdrb' }] } }, /^meterDataRetrievers\.mdrs\[1\]\.mpid must be an MPID/],
      [{ meterDataRetrievers: { mdrs: [MDR_A, MDR_A] } }, /^meterDataRetrievers\.mdrs\[1\]\.dipId 7000000001 repeats meterDataRetrievers\.mdrs\[0\]/],
      [{ portfolio: { dataService: ['1012345678'] } }, /^portfolio\.dataService must be a list of 13-digit MPAN cores/],
    ];
    for (const [change, message] of mistakes) {
      expect(() => parseConfig({ ...base, ...change }), JSON.stringify(change)).toThrow(ConfigError);
      expect(() => parseConfig({ ...base, ...change }), JSON.stringify(change)).toThrow(message);
    }
  });
});
