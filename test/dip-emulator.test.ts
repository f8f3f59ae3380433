import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { en, en_GB, Faker } from '@faker-js/faker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DipEmulator } from '../mocks/dip/dip-emulator.ts';
import type { AcceptedMessage } from '../mocks/dip/ingress-judgement.ts';
import { PartyDirectory } from '../mocks/isd/party-directory.ts';
import { buildMessage } from '../src/builders/message-builder.ts';
import { ExchangeJournal } from '../src/evidence/exchange-journal.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const NOW = Date.UTC(2026, 8, 15, 9, 0);
const SUPPLIER = { dipId: '1000000001', mpid: 'SUPA', role: 'SUP', name: 'participant supplier', apiKey: `k-${process.pid}-${Date.now()}` };
const SMRS = { dipId: '2000000001', mpid: 'SMRA', role: 'REGS', name: 'SMRS (simulated)' };

interface Webhook {
  url: string;
  answers: Array<(body: unknown) => { status: number; body?: string }>;
  received: unknown[];
  server: Server;
}

async function webhook(): Promise<Webhook> {
  const hook: Webhook = { url: '', answers: [], received: [], server: createServer() };
  hook.server.on('request', (request, response) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => {
      const body = JSON.parse(text);
      hook.received.push(body);
      const answer = hook.answers.shift()?.(body) ?? { status: 201, body: '' };
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body ?? '');
    });
  });
  await new Promise<void>((resolve) => hook.server.listen(0, '127.0.0.1', resolve));
  hook.url = `http://127.0.0.1:${(hook.server.address() as AddressInfo).port}/webhook`;
  return hook;
}

function standardResponseFor(body: unknown): string {
  const messages = body as Array<{ payload: { CommonBlock: { D0: { transactionID: string } } } }>;
  return JSON.stringify({
    messageArray: messages.map((message) => ({
      transactionID: message.payload.CommonBlock.D0.transactionID, senderUniqueReference: null, correlationID: null, sentTimestamp: '2026-09-15T10:00:00+01:00',
      senderID: SUPPLIER.dipId, recipientID: SMRS.dipId, DIPConnectionProviderID: null, message: 'RCP0000 - Message Success', help: null, serviceTicketURL: null,
    })),
    timestamp: '2026-09-15T10:00:00+01:00',
  });
}

describe('DIP emulator', () => {
  const faker = new Faker({ locale: [en_GB, en] });
  const journalFile = path.join(mkdtempSync(path.join(tmpdir(), 'mhhs-dip-')), 'journal.jsonl');
  const journal = new ExchangeJournal(journalFile);
  let hook: Webhook;
  let emulator: DipEmulator;
  const accepted: AcceptedMessage[] = [];

  beforeAll(async () => {
    hook = await webhook();
    const directory = new PartyDirectory([{ ...SUPPLIER, webhookUrl: hook.url }, SMRS]);
    emulator = await DipEmulator.start({ spec, directory, journal, now: () => NOW, retrySchedule: [20, 20], pushTimeoutMs: 2000, scenarioOf: (mpans) => (mpans[0] ? `the scenario of ${mpans[0]}` : undefined) });
    emulator.onAccepted((message) => accepted.push(message));
  });
  afterAll(async () => {
    await emulator.close();
    await new Promise((resolve) => hook.server.close(resolve));
  });

  const lastJournaled = (direction: string) =>
    readFileSync(journalFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
      .filter((entry) => entry.direction === direction)
      .at(-1);

  const if031 = () => {
    faker.seed(faker.number.int());
    return buildMessage(spec, { faker, interfaceID: 'IF-031', eventCode: '[MSApp]', now: NOW, sender: { dipId: SUPPLIER.dipId, role: 'SUP' } });
  };

  const submit = async (channel: string, body: unknown, key: string | null = SUPPLIER.apiKey) => {
    const response = await fetch(`${emulator.url}/dip-channel/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { 'x-api-key': key } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    // The exchange must already be on disk when the answer arrives (its delivery inside the suite may follow it).
    const journaled = lastJournaled('participant-to-dip');
    return { status: response.status, body: text ? JSON.parse(text) : undefined, journaled };
  };

  it('accepts a valid submission with 201, a transaction ID per message, and routes it', async () => {
    const payload = if031();
    const result = await submit('IF-031', [{ payload }]);
    expect(result.status).toBe(201);
    const entry = result.body.messageArray[0];
    expect(entry.message).toBe('MSG0000 - Success');
    expect(entry.transactionID).toMatch(/^T-IF-031-1000000001-SUP-20260915-/);
    expect(spec.validators.forPointer('SubmitEvents-unresolved.yaml', '/components/schemas/StandardResponse')(result.body)).toBe(true);
    expect(result.journaled.request.headers['x-api-key']).toBe('[redacted]');
    expect(result.journaled.response.status).toBe(201);
    expect(JSON.stringify(result.journaled)).not.toContain(SUPPLIER.apiKey);
    await emulator.routed();
    expect(accepted.at(-1)).toMatchObject({ interfaceID: 'IF-031', eventCode: '[MSApp]', transactionID: entry.transactionID });
  });

  it.each([
    ['no key', null, /^X-API-Key missing/],
    ['a wrong key', 'not-the-key', /^X-API-Key is not a key the DIP issued/],
  ])('answers 401 to %s with a body naming why, and journals it', async (_what, key, why) => {
    const result = await submit('IF-031', [{ payload: if031() }], key);
    expect(result.status).toBe(401);
    expect(result.body.message).toMatch(why);
    expect(result.journaled.response.body).toBe(JSON.stringify(result.body));
    expect(result.journaled.findings[0].rule).toBe('DIP-API-KEY');
  });

  it.each([
    ['no key', null, /^X-API-Key missing/],
    ['a wrong key', 'not-the-key', /^X-API-Key is not a key the DIP issued/],
  ])('answers a status message with %s 401 with a body naming why, and journals the finding', async (_what, key, why) => {
    const response = await fetch(`${emulator.url}/statusmessage`, { method: 'POST', headers: { 'content-type': 'application/json', ...(key ? { 'x-api-key': key } : {}) }, body: '[]' });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect((await response.json()).message).toMatch(why);
    const journaled = JSON.parse(readFileSync(journalFile, 'utf8').trim().split('\n').at(-1)!);
    expect(journaled.findings.map((finding: { rule: string }) => finding.rule)).toEqual(['DIP-API-KEY']);
  });

  it('answers 400 MSG1001 with the finding in help for a schema failure, and invalid JSON', async () => {
    const payload = if031();
    (payload.CommonBlock.S1 as Record<string, unknown>).senderTimestamp = '2026-09-15T10:00:00Z';
    const result = await submit('IF-031', [{ payload }]);
    expect(result.status).toBe(400);
    expect(result.body.messageArray[0].message).toBe('MSG1001 - Schema Failure');
    expect(result.body.messageArray[0].help).toContain('/0/payload/CommonBlock/S1/senderTimestamp');
    const broken = await submit('IF-031', '[{"payload":');
    expect(broken.status).toBe(400);
    expect(broken.body.messageArray[0].help).toMatch(/invalid JSON at end of file/);
  });

  it('answers MSG1002 on the wrong channel and MSG1006 to a reused reference', async () => {
    expect((await submit('IF-034', [{ payload: if031() }])).body.messageArray[0].message).toBe('MSG1002 - Interface ID Invalid');
    const payload = if031();
    expect((await submit('IF-031', [{ payload }])).status).toBe(201);
    const again = await submit('IF-031', [{ payload }]);
    expect(again.status).toBe(400);
    expect(again.body.messageArray[0].message).toBe('MSG1006 - Sender Unique Reference Duplicated');
  });

  it('answers MSG1009 for a sender DIP ID that is not the key’s and MSG1010 for the wrong role', async () => {
    faker.seed(99);
    const stranger = buildMessage(spec, { faker, interfaceID: 'IF-031', eventCode: '[MSApp]', now: NOW, sender: { dipId: '1999999999', role: 'SUP' } });
    expect((await submit('IF-031', [{ payload: stranger }])).body.messageArray[0].message).toBe('MSG1009 - Sender DIP ID Invalid');
    const wrongRole = buildMessage(spec, { faker, interfaceID: 'IF-041', eventCode: '[ReadingRemote]', now: NOW, sender: { dipId: SUPPLIER.dipId, role: 'MSS' } });
    expect((await submit('IF-041', [{ payload: wrongRole }])).body.messageArray[0].message).toBe('MSG1010 - Sender Role Invalid');
  });

  const if033 = () => {
    faker.seed(7);
    return buildMessage(spec, { faker, interfaceID: 'IF-033', eventCode: '[MSAppSPRequest]', now: NOW, sender: { dipId: SMRS.dipId, role: 'REGS' }, direction: 'egress' });
  };
  const withoutD0 = (payload: ReturnType<typeof if033>) => {
    const { D0: _d0, ...commonBlock } = payload.CommonBlock;
    return { ...payload, CommonBlock: commonBlock };
  };

  it('pushes with a D0 block, retries 503, and journals every attempt', async () => {
    hook.answers.push(() => ({ status: 503 }), () => ({ status: 503 }), (body) => ({ status: 201, body: standardResponseFor(body) }));
    const outcome = await emulator.push(SUPPLIER.dipId, 'IF-033', [withoutD0(if033())]);
    expect(outcome.delivered).toBe(true);
    expect(outcome.attempts.map((attempt) => attempt.response?.status)).toEqual([503, 503, 201]);
    expect(outcome.attempts.at(-1)!.findings).toEqual([]);
    const d0 = (hook.received.at(-1) as Array<{ payload: { CommonBlock: { D0: Record<string, unknown> } } }>)[0]!.payload.CommonBlock.D0;
    expect(d0).toMatchObject({ publicationID: 'PUB-033', replayIndicator: false, transactionID: outcome.transactionIDs[0] });
    const journaled = readFileSync(journalFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line)).filter((entry) => entry.direction === 'dip-to-participant');
    expect(journaled.slice(-3).map((entry) => entry.attempt)).toEqual([1, 2, 3]);
  });

  it('does not retry a 400 and flags a 201 without a StandardResponse', async () => {
    hook.answers.push(() => ({ status: 400, body: '{}' }));
    const refused = await emulator.push(SUPPLIER.dipId, 'IF-033', [withoutD0(if033())]);
    expect(refused.attempts).toHaveLength(1);
    expect(refused.delivered).toBe(false);
    hook.answers.push(() => ({ status: 201, body: '' }));
    const bare = await emulator.push(SUPPLIER.dipId, 'IF-033', [withoutD0(if033())]);
    expect(bare.attempts[0]!.findings.map((finding) => finding.rule)).toEqual(['WEBHOOK-STANDARD-RESPONSE']);
    hook.answers.push((body) => ({ status: 201, body: standardResponseFor(body).replace(/T-IF-033/, 'T-IF-999') }));
    const wrongEcho = await emulator.push(SUPPLIER.dipId, 'IF-033', [withoutD0(if033())]);
    expect(wrongEcho.attempts[0]!.findings.map((finding) => finding.rule)).toEqual(['WEBHOOK-TRANSACTION-ECHO']);
  });

  it('records status messages with their RCP codes and refuses malformed ones', async () => {
    const statuses: string[] = [];
    emulator.onStatusMessage((status) => statuses.push(`${status.senderDipId} ${status.code}`));
    const entry = JSON.parse(standardResponseFor([{ payload: { CommonBlock: { D0: { transactionID: 'T-1' } } } }])).messageArray[0];
    const post = (body: unknown) =>
      fetch(`${emulator.url}/statusmessage`, { method: 'POST', headers: { 'x-api-key': SUPPLIER.apiKey, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await post([{ ...entry, message: 'RCP1061 - MPAN Invalid or Unknown' }])).status).toBe(201);
    await new Promise((resolve) => setImmediate(resolve));
    expect(statuses).toEqual([`${SUPPLIER.dipId} RCP1061`]);
    expect((await post({ not: 'an array' })).status).toBe(400);
  });

  it("files each exchange under the MPANs its messages name and their scenario, and a status message under its transaction's, as it is recorded", async () => {
    const journaledLast = () => lastJournaled('participant-to-dip') as { mpans?: string[]; scenario?: string };
    const submission = if031();
    const mpan = String((submission.CommonBlock as { M0: { MPANCore: string } }).M0.MPANCore);
    const submitted = (await submit('IF-031', [{ payload: submission }])).journaled;
    expect(submitted.mpans).toEqual([mpan]);
    expect(submitted.scenario).toBe(`the scenario of ${mpan}`);

    hook.answers.push((body) => ({ status: 201, body: standardResponseFor(body) }));
    const publication = withoutD0(if033());
    const pushedMpan = String((publication.CommonBlock as { M0: { MPANCore: string } }).M0.MPANCore);
    const outcome = await emulator.push(SUPPLIER.dipId, 'IF-033', [publication]);
    // M0's MPAN first, then any other its blocks name (secondary, linked MPANs).
    const pushedMpans = outcome.attempts[0]!.mpans!;
    expect(pushedMpans[0]).toBe(pushedMpan);
    expect(lastJournaled('dip-to-participant').mpans).toEqual(pushedMpans);
    expect(lastJournaled('dip-to-participant').scenario).toBe(`the scenario of ${pushedMpan}`);

    // A participant's status message need not name the MPAN: the transaction it answers does.
    const entry = JSON.parse(standardResponseFor([{ payload: { CommonBlock: { D0: { transactionID: outcome.transactionIDs[0] } } } }])).messageArray[0];
    const status = await fetch(`${emulator.url}/statusmessage`, {
      method: 'POST',
      headers: { 'x-api-key': SUPPLIER.apiKey, 'content-type': 'application/json' },
      body: JSON.stringify([{ ...entry, message: 'RCP1062 - Unexpected', help: 'no MPAN in these words' }]),
    });
    expect(status.status).toBe(201);
    expect(journaledLast().mpans).toEqual(pushedMpans);
    expect(journaledLast().scenario).toBe(`the scenario of ${pushedMpan}`);
  });
  it('journals the delivery of an accepted message to the simulated parties its A0 names, before they hear of it', async () => {
    const payload = if031();
    const mpan = String((payload.CommonBlock as { M0: { MPANCore: string } }).M0.MPANCore);
    (payload.CommonBlock as { A0: { primaryRecipients: string[] } }).A0.primaryRecipients = [SMRS.dipId, SUPPLIER.dipId, '9999999999'];
    const result = await submit('IF-031', [{ payload }]);
    expect(result.status).toBe(201);
    await emulator.routed();
    const delivery = lastJournaled('dip-to-simulated-party');
    expect(delivery).toMatchObject({
      channel: '/simulated-parties',
      // Only the party the suite plays: the participant gets pushes, an unknown DIP ID nothing.
      recipients: [{ dipId: SMRS.dipId, name: SMRS.name, role: SMRS.role }],
      deliveredFrom: result.journaled.id,
      mpans: [mpan],
      scenario: `the scenario of ${mpan}`,
      findings: [],
    });
    expect(delivery.response).toBeUndefined();
    expect(JSON.parse(delivery.request.body)).toEqual([{ payload }]);
    expect(accepted.at(-1)!.payload).toEqual(payload);
  });

  it('hands a publication on to a party the suite plays, journaled, and refuses to for a participant or a stranger', async () => {
    const publication = withoutD0(if033());
    await emulator.handOn(SMRS.dipId, [publication]);
    const delivery = lastJournaled('dip-to-simulated-party');
    expect(delivery.recipients).toEqual([{ dipId: SMRS.dipId, name: SMRS.name, role: SMRS.role }]);
    expect(delivery.deliveredFrom).toBeUndefined();
    expect(JSON.parse(delivery.request.body)).toEqual([{ payload: publication }]);
    await expect(emulator.handOn(SUPPLIER.dipId, [publication])).rejects.toThrow(/has a webhook: publications to it are pushed/);
    await expect(emulator.handOn('9999999999', [publication])).rejects.toThrow(/DIP ID 9999999999 is not registered/);
  });
});
