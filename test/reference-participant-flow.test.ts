// The reference participant over real HTTP, started in-process: its webhook answers, the
// messages it sends to a fake DIP (every one must pass validateBody with zero findings), the
// MPAN checks behind RCP1061, duplicate deliveries and the outbox's retry rules.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gbDateAfter, gbLocalMidnight } from '../src/builders/identifiers.ts';
import type { DipPayload } from '../src/builders/message-builder.ts';
import { startReferenceParticipant, type RunningParticipant } from '../reference-participant/participant.ts';
import type { JournalRecord } from '../reference-participant/records.ts';
import { parseSenderUniqueReference } from '../src/rules/sender-unique-reference.ts';
import { ROOT_FILE } from '../src/spec/spec-location.ts';
import { parseGbTimestamp } from '../src/time/gb-time.ts';
import { validateBody } from '../src/validation/validate-body.ts';
import { API_KEY, API_KEY_ENV, DS, egress, FakeDip, field, MSA, MSS, push, REGS, SUP, testConfig } from './reference-participant-harness.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const env = { ...process.env, [API_KEY_ENV]: API_KEY, MHHS_RP_TEST_MS_KEY: 'ms-key-not-a-secret' };

let dip: FakeDip;
let participant: RunningParticipant | undefined;
const logLines: string[] = [];

async function start(extra: Record<string, unknown> = {}): Promise<RunningParticipant> {
  participant = await startReferenceParticipant(testConfig(dip.url, extra), { spec, env, log: (line) => logLines.push(line) });
  return participant;
}

function journal(p: RunningParticipant): JournalRecord[] {
  return readFileSync(p.journalFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as JournalRecord);
}

function expectValidStandardResponse(body: unknown): void {
  const validate = spec.validators.forPointer(ROOT_FILE, '/components/schemas/StandardResponse');
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
}

/** What the suite will ask of everything the participant sends. */
function expectConformant(payload: DipPayload, channel: string): void {
  const reports = validateBody(spec, [{ payload }], { direction: 'ingress', channel });
  expect(reports.flatMap((report) => report.findings)).toEqual([]);
}

beforeEach(async () => {
  dip = await new FakeDip().start();
  logLines.length = 0;
});

afterEach(async () => {
  // No fault is on in this file: the participant's own check of what it sent finds nothing.
  expect(logLines.filter((line) => line.includes('"event":"self-check"'))).toEqual([]);
  await participant?.stop();
  participant = undefined;
  await dip.close();
});

describe('reference participant as Supplier', () => {
  it('answers IF-002 with 201 and a StandardResponse, then sends IF-031 [MSApp] and [DSApp] that pass validation', async () => {
    const p = await start();
    const gain = egress(spec, {
      interfaceID: 'IF-002',
      eventCode: '[GainMPANInfo]',
      seed: 1,
      to: [SUP],
      gsp: '_K',
      segment: 'S',
      fixed: { '/CommonBlock/S1/senderCorrelationID': 'CI-20260915-gain-1', '/CustomBlock/B013/CSSRegistrationID': 'a2a6c6f0-0d5e-4a4b-9b83-1f1d6a3d7e11' },
    });
    const answer = await push(p.url, [{ payload: gain }]);

    expect(answer.status).toBe(201);
    expectValidStandardResponse(answer.body);
    const response = answer.body as { messageArray: Record<string, unknown>[]; timestamp: string };
    expect(response.messageArray).toHaveLength(1);
    const entry = response.messageArray[0]!;
    expect(entry).toEqual({
      transactionID: field(gain, '/CommonBlock/D0/transactionID'),
      senderUniqueReference: field(gain, '/CommonBlock/S1/senderUniqueReference'),
      correlationID: 'CI-20260915-gain-1',
      sentTimestamp: expect.any(String),
      senderID: SUP,
      recipientID: REGS,
      DIPConnectionProviderID: null,
      message: 'RCP0000 - Message Success',
      help: null,
      serviceTicketURL: null,
    });
    expect(parseGbTimestamp(entry.sentTimestamp as string)).not.toHaveProperty('kind');

    await p.idle();
    const sent = dip.submissions.filter((submission) => submission.path === '/dip-channel/IF-031');
    expect(sent).toHaveLength(2);
    for (const submission of sent) {
      expect(submission.headers['x-api-key']).toBe(API_KEY);
      expect(submission.headers['content-type']).toBe('application/json');
      expect(Array.isArray(submission.body)).toBe(true);
    }
    const [msApp, dsApp] = dip.messages('/dip-channel/IF-031');
    const efd = gbLocalMidnight(gbDateAfter(Date.now(), 1));
    for (const [payload, eventCode] of [
      [msApp!, '[MSApp]'],
      [dsApp!, '[DSApp]'],
    ] as const) {
      expectConformant(payload, 'IF-031');
      expect(payload.CommonBlock.S0).toEqual({ interfaceID: 'IF-031', schemaVersion: '011', eventCode });
      expect(payload.CommonBlock.A0).toEqual({ primaryRecipients: [REGS], secondaryRecipients: [], always: [] });
      expect(payload.CommonBlock.M0).toEqual(gain.CommonBlock.M0);
      expect(field(payload, '/CommonBlock/S1/senderCorrelationID')).toBe('CI-20260915-gain-1');
      expect(field(payload, '/CommonBlock/S1/senderDIPID')).toBe(SUP);
      expect(field(payload, '/CommonBlock/S1/senderRoleID')).toBe('SUP');
      expect(field(payload, '/CustomBlock/B013/CSSRegistrationID')).toBe('a2a6c6f0-0d5e-4a4b-9b83-1f1d6a3d7e11');
      const sur = parseSenderUniqueReference(field(payload, '/CommonBlock/S1/senderUniqueReference') as string);
      expect(sur).toMatchObject({ prefix: 'IF', interfaceNumber: '031', dipId: SUP, role: 'SUP' });
    }
    expect(msApp!.CustomBlock!.B070).toEqual({
      proposedMeteringServiceDIPID: MSS,
      proposedMeteringServiceMPID: 'RPMS',
      proposedMeteringServiceDIPEffectiveFromDate: efd,
      contractReferenceMeteringService: null,
      appointmentScenario: 'COS',
    });
    expect(dsApp!.CustomBlock!.B071).toMatchObject({
      proposedDataServiceDIPID: DS,
      proposedDataServiceMPID: 'RPDS',
      proposedDataServiceDIPEffectiveFromDate: efd,
      appointmentScenario: 'COS',
      supplierProposedConsentGranularity: 'H',
      supplierProposedDomesticIndicator: true,
    });
    expect(field(msApp, '/CommonBlock/S1/senderUniqueReference')).not.toBe(field(dsApp, '/CommonBlock/S1/senderUniqueReference'));
    expect(logLines[0]).toBe(JSON.stringify({ event: 'listening', url: p.url }));
  });

  it('proposes the Advanced MS for segment A and carries on the DIP correlation when the sender set none', async () => {
    const p = await start();
    const gain = egress(spec, {
      interfaceID: 'IF-002',
      eventCode: '[GainMPANInfo]',
      seed: 2,
      to: [SUP],
      segment: 'A',
      fixed: { '/CommonBlock/S1/senderCorrelationID': null, '/CommonBlock/D0/initialCorrelationID': 'CI-20260915-dip-initial' },
    });
    expect((await push(p.url, [{ payload: gain }])).status).toBe(201);
    await p.idle();
    const [msApp, dsApp] = dip.messages('/dip-channel/IF-031');
    expect(field(msApp, '/CustomBlock/B070/proposedMeteringServiceDIPID')).toBe(MSA);
    expect(field(msApp, '/CommonBlock/S1/senderCorrelationID')).toBe('CI-20260915-dip-initial');
    expect(field(dsApp, '/CommonBlock/S1/senderCorrelationID')).toBe('CI-20260915-dip-initial');
  });

  it('proposes from the supply start date it gave CSS (test hook css-registration) when IF-002 is for that registration', async () => {
    const p = await start();
    const supplyStartDate = gbDateAfter(Date.now(), 9);
    const hook = await push(p.url, { mpan: '1012345678903', supplyStartDate, cssRegistrationId: 'reg-0001' }, '/test-hooks/css-registration');
    expect(hook.status).toBe(201);
    expect((await push(p.url, { mpan: '1012345678904', supplyStartDate, cssRegistrationId: 'x' }, '/test-hooks/css-registration')).status).toBe(400);
    expect((await push(p.url, { mpan: '1012345678903', supplyStartDate: '2026-02-30', cssRegistrationId: 'x' }, '/test-hooks/css-registration')).status).toBe(400);

    const gain = (seed: number, css: string) =>
      egress(spec, { interfaceID: 'IF-002', eventCode: '[GainMPANInfo]', seed, to: [SUP], mpan: '1012345678903', fixed: { '/CustomBlock/B013/CSSRegistrationID': css } });
    await push(p.url, [{ payload: gain(40, 'reg-0001') }]);
    await p.idle();
    const [msApp, dsApp] = dip.messages('/dip-channel/IF-031');
    expect(field(msApp, '/CustomBlock/B070/proposedMeteringServiceDIPEffectiveFromDate')).toBe(gbLocalMidnight(supplyStartDate));
    expect(field(dsApp, '/CustomBlock/B071/proposedDataServiceDIPEffectiveFromDate')).toBe(gbLocalMidnight(supplyStartDate));
    expectConformant(msApp!, 'IF-031');

    // An IF-002 for another registration of the same MPAN: the Supplier knows no date for it.
    await push(p.url, [{ payload: gain(41, 'reg-0002') }]);
    await p.idle();
    const later = dip.messages('/dip-channel/IF-031').slice(2);
    expect(later).toHaveLength(2);
    expect(field(later[0], '/CustomBlock/B070/proposedMeteringServiceDIPEffectiveFromDate')).toBe(gbLocalMidnight(gbDateAfter(Date.now(), 1)));
    expect(journal(p).filter((record) => record.type === 'trigger')).toHaveLength(1);
  });

  it('migrates an MPAN with the switch (scenario MCS) when its CSS registration says the MPAN is not yet under MHHS', async () => {
    const p = await start();
    const supplyStartDate = gbDateAfter(Date.now(), 9);
    expect((await push(p.url, { mpan: '1012345678903', supplyStartDate, cssRegistrationId: 'reg-mig', migrating: 'yes' }, '/test-hooks/css-registration')).status).toBe(400);
    expect((await push(p.url, { mpan: '1012345678903', supplyStartDate, cssRegistrationId: 'reg-mig', migrating: true }, '/test-hooks/css-registration')).status).toBe(201);
    await push(p.url, [{ payload: egress(spec, { interfaceID: 'IF-002', eventCode: '[GainMPANInfo]', seed: 42, to: [SUP], mpan: '1012345678903', fixed: { '/CustomBlock/B013/CSSRegistrationID': 'reg-mig' } }) }]);
    await p.idle();
    const [msApp, dsApp] = dip.messages('/dip-channel/IF-031');
    expect(field(msApp, '/CustomBlock/B070/appointmentScenario')).toBe('MCS');
    expect(field(dsApp, '/CustomBlock/B071/appointmentScenario')).toBe('MCS');
    expect(field(msApp, '/CustomBlock/B070/proposedMeteringServiceDIPEffectiveFromDate')).toBe(gbLocalMidnight(supplyStartDate));
    expectConformant(msApp!, 'IF-031');
  });

  it('records the appointment chain for its MPAN and answers RCP1061 for an MPAN it never asked about', async () => {
    const p = await start();
    const mpan = '1012345678903';
    const gain = egress(spec, { interfaceID: 'IF-002', eventCode: '[GainMPANInfo]', seed: 3, to: [SUP], mpan, segment: 'S' });
    await push(p.url, [{ payload: gain }]);
    await p.idle();
    const news = [
      egress(spec, { interfaceID: 'IF-032', eventCode: '[MSAppInitialResp]', seed: 4, to: [SUP], mpan, fixed: { '/CommonBlock/R0/responseCode': 'R', '/CommonBlock/R0/responseMessages': ['REG1031 - SP incompatible with segment'] } }),
      egress(spec, { interfaceID: 'IF-035', eventCode: '[DSAppAccepted]', seed: 5, to: [SUP], mpan }),
      egress(spec, { interfaceID: 'IF-036', eventCode: '[DSAppActive]', seed: 6, to: [SUP], mpan }),
      egress(spec, { interfaceID: 'IF-037', eventCode: '[MSDeApp]', seed: 7, to: [SUP], mpan }),
    ];
    for (const payload of news) expect((await push(p.url, [{ payload }])).status).toBe(201);
    const stranger = egress(spec, { interfaceID: 'IF-036', eventCode: '[MSAppActive]', seed: 8, to: [SUP], mpan: '2000056535971' });
    expect((await push(p.url, [{ payload: stranger }])).status).toBe(201);
    await p.idle();

    const processed = journal(p).filter((record) => record.type === 'processed');
    expect(processed.map((record) => record.notes.join(' | '))).toEqual([
      expect.stringContaining('IF-002 gain'),
      expect.stringMatching(/IF-032 \[MSAppInitialResp\] for 1012345678903: rejected, R0 \["REG1031/),
      'IF-035 [DSAppAccepted] for 1012345678903: DS appointment accepted',
      'IF-036 [DSAppActive] for 1012345678903: DS appointment active',
      'IF-037 [MSDeApp] for 1012345678903: MS appointment de-appointed',
      'IF-036 [MSAppActive]: MPAN 2000056535971 unknown, status message RCP1061',
    ]);
    // Only the stranger earns a status message, and it names that transaction.
    const statuses = dip.submissions.filter((submission) => submission.path === '/statusmessage');
    expect(statuses).toHaveLength(1);
    const validate = spec.validators.forPointer(ROOT_FILE, '/components/schemas/StandardResponseArray');
    expect(validate(statuses[0]!.body), JSON.stringify(validate.errors)).toBe(true);
    expect(statuses[0]!.headers['x-api-key']).toBe(API_KEY);
    expect((statuses[0]!.body as unknown[])[0]).toMatchObject({
      transactionID: field(stranger, '/CommonBlock/D0/transactionID'),
      senderUniqueReference: field(stranger, '/CommonBlock/S1/senderUniqueReference'),
      senderID: SUP,
      recipientID: REGS,
      DIPConnectionProviderID: null,
      message: 'RCP1061 - MPAN Invalid or Unknown',
      serviceTicketURL: null,
    });
  });
});

describe('reference participant as Metering Service', () => {
  function request(seed: number, to: string, segment: 'S' | 'A', gsp: string): DipPayload {
    return egress(spec, {
      interfaceID: 'IF-033',
      eventCode: '[MSAppSPRequest]',
      seed,
      to: [to],
      segment,
      gsp,
      fixed: { '/CustomBlock/B070/proposedMeteringServiceDIPID': to, '/CommonBlock/S1/senderCorrelationID': `CI-20260915-ms-${seed}` },
    });
  }

  it('accepts IF-033 it can serve with IF-034 [MSAppSPResponse] SP000, echoing B012 and B070, under its own API key', async () => {
    const p = await start({ meteringService: { dipId: MSS, mpid: 'RPMS', role: 'MSS', apiKeyEnv: 'MHHS_RP_TEST_MS_KEY' } });
    const ask = request(10, MSS, 'S', '_A');
    const answer = await push(p.url, [{ payload: ask }]);
    expect(answer.status).toBe(201);
    expectValidStandardResponse(answer.body);
    expect((answer.body as { messageArray: { senderID: string }[] }).messageArray[0]!.senderID).toBe(MSS);
    await p.idle();
    const [reply] = dip.messages('/dip-channel/IF-034');
    expect(dip.submissions[0]!.headers['x-api-key']).toBe('ms-key-not-a-secret');
    expectConformant(reply!, 'IF-034');
    expect(reply!.CommonBlock.S0).toEqual({ interfaceID: 'IF-034', schemaVersion: '011', eventCode: '[MSAppSPResponse]' });
    expect(field(reply, '/CommonBlock/S1/senderDIPID')).toBe(MSS);
    expect(field(reply, '/CommonBlock/S1/senderRoleID')).toBe('MSS');
    expect(field(reply, '/CommonBlock/S1/senderCorrelationID')).toBe('CI-20260915-ms-10');
    expect(reply!.CommonBlock.A0).toEqual({ primaryRecipients: [REGS], secondaryRecipients: [], always: [] });
    expect(reply!.CommonBlock.M0).toEqual(ask.CommonBlock.M0);
    expect(reply!.CustomBlock!.B007).toEqual({ responseCode: 'A', proposedAppointmentResponseCode: 'SP000 - Proposed Appointment ACCEPTED' });
    expect(reply!.CustomBlock!.B012).toEqual(ask.CustomBlock!.B012);
    expect(reply!.CustomBlock!.B070).toEqual(ask.CustomBlock!.B070);
  });

  it('rejects with SP005 a segment the addressed identity does not serve, and with SP007 an area outside its GSP groups', async () => {
    const p = await start();
    await push(p.url, [{ payload: request(11, MSS, 'A', '_A') }]);
    await push(p.url, [{ payload: request(12, MSA, 'A', '_P') }]);
    await push(p.url, [{ payload: request(13, MSA, 'A', '_B') }]);
    await p.idle();
    const replies = dip.messages('/dip-channel/IF-034');
    for (const reply of replies) expectConformant(reply, 'IF-034');
    expect(replies.map((reply) => [field(reply, '/CommonBlock/S1/senderDIPID'), reply.CustomBlock!.B007])).toEqual([
      [MSS, { responseCode: 'R', proposedAppointmentResponseCode: 'SP005 - Segment Not Supported' }],
      [MSA, { responseCode: 'R', proposedAppointmentResponseCode: 'SP007 - Out of Operational Area' }],
      [MSA, { responseCode: 'A', proposedAppointmentResponseCode: 'SP000 - Proposed Appointment ACCEPTED' }],
    ]);
  });

  it('as incumbent records IF-035 [IMS-SendMTD] and IF-037 for its portfolio, RCP1061 for other MPANs', async () => {
    const p = await start({ portfolio: { meteringService: ['1012345678903'] } });
    const mine = [
      egress(spec, { interfaceID: 'IF-035', eventCode: '[IMS-SendMTD]', seed: 14, to: [MSS], mpan: '1012345678903' }),
      egress(spec, { interfaceID: 'IF-037', eventCode: '[MSDeApp]', seed: 15, to: [MSS], mpan: '1012345678903' }),
    ];
    for (const payload of mine) expect((await push(p.url, [{ payload }])).status).toBe(201);
    await p.idle();
    expect(dip.submissions).toEqual([]);
    const notes = journal(p).flatMap((record) => (record.type === 'processed' ? record.notes : []));
    expect(notes).toEqual([expect.stringContaining('MTD hand-over requested'), 'IF-037 [MSDeApp] for 1012345678903: de-appointed']);

    await push(p.url, [{ payload: egress(spec, { interfaceID: 'IF-035', eventCode: '[IMS-SendMTD]', seed: 16, to: [MSS], mpan: '2000056535971' }) }]);
    await p.idle();
    expect(dip.submissions.map((submission) => submission.path)).toEqual(['/statusmessage']);
    expect((dip.submissions[0]!.body as { senderID: string }[])[0]!.senderID).toBe(MSS);
  });
});

describe('reference participant webhook', () => {
  it('answers a schema-invalid delivery with 400 RCP1001 naming the first finding, processes nothing and journals it', async () => {
    const p = await start();
    const gain = egress(spec, { interfaceID: 'IF-002', eventCode: '[GainMPANInfo]', seed: 20, to: [SUP] });
    delete (gain.CustomBlock as Record<string, unknown>).B013;
    const answer = await push(p.url, [{ payload: gain }]);
    expect(answer.status).toBe(400);
    expectValidStandardResponse(answer.body);
    const entry = (answer.body as { messageArray: Record<string, unknown>[] }).messageArray[0]!;
    expect(entry).toMatchObject({ transactionID: field(gain, '/CommonBlock/D0/transactionID'), senderID: SUP, recipientID: REGS, message: 'RCP1001 - Schema Failure' });
    expect(entry.help).toMatch(/^SCHEMA at \/0\/payload\/CustomBlock\/B013: .*required/);

    const rule = egress(spec, { interfaceID: 'IF-002', eventCode: '[GainMPANInfo]', seed: 21, to: [SUP], mpan: '2000056535972' });
    const ruleAnswer = await push(p.url, [{ payload: rule }]);
    expect(ruleAnswer.status).toBe(400);
    expect((ruleAnswer.body as { messageArray: { help: string }[] }).messageArray[0]!.help).toMatch(/^MPAN-CHECK-DIGIT at \/0\/payload\/CommonBlock\/M0\/MPANCore/);

    const notJson = await push(p.url, '[{"payload": ');
    expect(notJson.status).toBe(400);
    expectValidStandardResponse(notJson.body);

    await p.idle();
    expect(dip.submissions).toEqual([]);
    const received = journal(p).filter((record) => record.type === 'received');
    expect(received.map((record) => [record.outcome, record.answer.status])).toEqual([
      ['rejected', 400],
      ['rejected', 400],
      ['rejected', 400],
    ]);
    expect(journal(p).some((record) => record.type === 'processed')).toBe(false);
  });

  it('refuses a delivery without D0 with RCP1043: a retry of it could not be recognised', async () => {
    const p = await start();
    const gain = egress(spec, { interfaceID: 'IF-002', eventCode: '[GainMPANInfo]', seed: 25, to: [SUP] });
    delete (gain.CommonBlock as Record<string, unknown>).D0;
    const answer = await push(p.url, [{ payload: gain }]);
    expect(answer.status).toBe(400);
    expectValidStandardResponse(answer.body);
    expect(answer.body).toMatchObject({ messageArray: [{ transactionID: null, message: 'RCP1043 - DIP Txn ID Invalid, Unexpected or Missing' }] });
    await p.idle();
    expect(dip.submissions).toEqual([]);
  });

  it('acknowledges status messages pushed to /statusmessage and records them', async () => {
    const p = await start();
    const status = {
      transactionID: 'T-IF-031-1000000001-SUP-20260915-00000000000000AB',
      senderUniqueReference: 'S-IF-031-1000000001-SUP-20260915-000001',
      correlationID: null,
      sentTimestamp: '2026-09-15T10:00:00+01:00',
      senderID: REGS,
      recipientID: SUP,
      DIPConnectionProviderID: null,
      message: 'RCP1022 - Msg Contains Invalid Value for Value Restricted Field',
      help: null,
      serviceTicketURL: null,
    };
    const answer = await push(p.url, [status], '/statusmessage');
    expect(answer.status).toBe(201);
    expectValidStandardResponse(answer.body);
    expect(answer.body).toMatchObject({ messageArray: [{ transactionID: status.transactionID, senderID: SUP, recipientID: REGS, message: 'RCP0000 - Message Success' }] });
    const broken = await push(p.url, [{ ...status, senderID: undefined }], '/statusmessage');
    expect(broken.status).toBe(400);
    expectValidStandardResponse(broken.body);
    const received = journal(p).filter((record) => record.type === 'received');
    expect(received.map((record) => [record.endpoint, record.outcome])).toEqual([
      ['/statusmessage', 'accepted'],
      ['/statusmessage', 'rejected'],
    ]);
  });

  it('accepts a duplicate delivery with 201 again and processes it once', async () => {
    const p = await start();
    const gain = egress(spec, { interfaceID: 'IF-002', eventCode: '[GainMPANInfo]', seed: 22, to: [SUP] });
    const first = await push(p.url, [{ payload: gain }]);
    await p.idle();
    const again = await push(p.url, [{ payload: gain }]);
    await p.idle();
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ messageArray: [{ transactionID: field(gain, '/CommonBlock/D0/transactionID'), message: 'RCP0000 - Message Success' }] });
    expect(dip.messages('/dip-channel/IF-031')).toHaveLength(2);
    const received = journal(p).filter((record) => record.type === 'received');
    expect(received.map((record) => record.messages.map((message) => message.duplicate))).toEqual([[false], [true]]);
    expect(journal(p).filter((record) => record.type === 'processed')).toHaveLength(1);
  });

  it('answers a batch with one StandardResponse per message, as the identity each is addressed to', async () => {
    const p = await start();
    const gain = egress(spec, { interfaceID: 'IF-002', eventCode: '[GainMPANInfo]', seed: 23, to: [SUP] });
    const ask = egress(spec, { interfaceID: 'IF-033', eventCode: '[MSAppSPRequest]', seed: 24, to: [MSA], segment: 'A' });
    const answer = await push(p.url, [{ payload: gain }, { payload: ask }]);
    expect(answer.status).toBe(201);
    expectValidStandardResponse(answer.body);
    const entries = (answer.body as { messageArray: { transactionID: string; senderID: string }[] }).messageArray;
    expect(entries.map((entry) => [entry.transactionID, entry.senderID])).toEqual([
      [field(gain, '/CommonBlock/D0/transactionID'), SUP],
      [field(ask, '/CommonBlock/D0/transactionID'), MSA],
    ]);
    await p.idle();
    expect(dip.submissions.map((submission) => submission.path).sort()).toEqual(['/dip-channel/IF-031', '/dip-channel/IF-031', '/dip-channel/IF-034']);
  });
});

describe('reference participant outbox', () => {
  it('retries on 503 and network trouble with the same reference, and stops at a 400 keeping the StandardResponse', async () => {
    let if031Calls = 0;
    dip.respond = (requestPath) => {
      if (requestPath.endsWith('IF-031') && ++if031Calls <= 2) return { status: 503 };
      if (requestPath.endsWith('IF-034')) {
        return {
          status: 400,
          body: {
            messageArray: [{ transactionID: null, senderUniqueReference: null, correlationID: null, sentTimestamp: '2026-09-15T10:00:00+01:00', senderID: '9999999999', recipientID: MSS, DIPConnectionProviderID: null, message: 'MSG1006 - Sender Unique Reference Duplicated', help: null, serviceTicketURL: null }],
            timestamp: '2026-09-15T10:00:00+01:00',
          },
        };
      }
      return { status: 201, body: { messageArray: [], timestamp: '2026-09-15T10:00:00+01:00' } };
    };
    const p = await start();
    await push(p.url, [{ payload: egress(spec, { interfaceID: 'IF-002', eventCode: '[GainMPANInfo]', seed: 30, to: [SUP] }) }]);
    await p.idle();
    await push(p.url, [{ payload: egress(spec, { interfaceID: 'IF-033', eventCode: '[MSAppSPRequest]', seed: 31, to: [MSS], segment: 'S' }) }]);
    await p.idle();

    const if031 = dip.submissions.filter((submission) => submission.path === '/dip-channel/IF-031');
    const references = if031.map((submission) => field((submission.body as unknown[])[0], '/payload/CommonBlock/S1/senderUniqueReference'));
    expect(if031.map((submission) => submission.status)).toEqual([503, 503, 201, 201]);
    // Each entry is resent unchanged: two references, each seen once refused and once accepted.
    expect(new Set(references).size).toBe(2);
    expect(new Set(references.slice(0, 2))).toEqual(new Set(references.slice(2)));
    expect(dip.submissions.filter((submission) => submission.path === '/dip-channel/IF-034')).toHaveLength(1);

    const deliveries = journal(p).filter((record) => record.type === 'delivery');
    expect(deliveries.map((record) => [record.result, record.httpStatus])).toEqual([
      ['retry', 503],
      ['retry', 503],
      ['acknowledged', 201],
      ['acknowledged', 201],
      ['rejected', 400],
    ]);
    const rejected = deliveries.at(-1)!;
    expect(rejected.response).toMatchObject({ messageArray: [{ message: 'MSG1006 - Sender Unique Reference Duplicated' }] });
  });

  it('keeps retrying while the DIP is unreachable', async () => {
    const unreachable = dip.url;
    await dip.close();
    const p = await start();
    participant = p;
    await push(p.url, [{ payload: egress(spec, { interfaceID: 'IF-002', eventCode: '[GainMPANInfo]', seed: 32, to: [SUP] }) }]);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const deliveries = journal(p).filter((record) => record.type === 'delivery');
    expect(deliveries.length).toBeGreaterThanOrEqual(2);
    expect(deliveries.every((record) => record.result === 'retry' && record.httpStatus === undefined && record.error)).toBe(true);
    expect(unreachable).toMatch(/^http:/);
    dip = await new FakeDip().start();
  });
});
