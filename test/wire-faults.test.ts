// Faults on the wire, each with the verdict it must give. Pushes to a webhook that refuses,
// resets, fails, stalls or answers wrongly; submissions that are too big, too many, too fast or
// not UTF-8. A participant's defect is *fail*; a webhook the suite cannot reach at all (the
// set-up) is *inconclusive*; a failure the DIP's retry got past is a warning. Nothing received
// is lost from the journal.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { en, en_GB, Faker } from '@faker-js/faker';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DipEmulator } from '../mocks/dip/dip-emulator.ts';
import { PartyDirectory } from '../mocks/isd/party-directory.ts';
import { startReferenceParticipant } from '../reference-participant/participant.ts';
import { buildMessage } from '../src/builders/message-builder.ts';
import { judgeDelivery } from '../src/checks/delivery-verdict.ts';
import type { Exchange } from '../src/evidence/exchange.ts';
import { ExchangeJournal } from '../src/evidence/exchange-journal.ts';
import { expectPushAnswered } from '../src/scenario/appointment-steps.ts';
import type { ScenarioContext } from '../src/scenario/scenario-context.ts';
import { Inconclusive, ParticipantDefect } from '../src/scenario/verdicts.ts';
import { API_KEY, API_KEY_ENV, egress, SUP, testConfig } from './reference-participant-harness.ts';
import { createTestPki, type TestPki } from '../src/transport/test-pki.ts';
import { bundledTransportSecurity } from '../src/transport/transport-security.ts';
import { specUnderTest } from './spec-under-test.ts';
import { parseMessageKind } from '../src/spec/message-kind.ts';

const member = (pki: TestPki, name: string) => pki.issued.find((issued) => issued.name === name)!;

const spec = specUnderTest();
const REGS = { dipId: '2000000001', mpid: 'SMRA', role: 'REGS', name: 'SMRS (simulated)' };
const SUPPLIER = { dipId: SUP, mpid: 'SUPA', role: 'SUP', name: 'participant supplier', apiKey: API_KEY };

type Behaviour = (request: IncomingMessage, response: ServerResponse, body: Buffer) => void;

/** Marks the webhook behaviour that drops the connection after the first chunk of the body. */
const RESET_MID_BODY = 'reset-mid-body';

/** A webhook that does what the test says, request by request (the last behaviour repeats). */
async function webhook(behaviours: Array<Behaviour | typeof RESET_MID_BODY>): Promise<{ url: string; server: Server; hits: () => number }> {
  let hits = 0;
  const server = createServer((request, response) => {
    const behaviour = behaviours[Math.min(hits, behaviours.length - 1)]!;
    hits += 1;
    if (behaviour === RESET_MID_BODY) {
      request.once('data', () => request.socket.destroy());
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => behaviour(request, response, Buffer.concat(chunks)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`, server, hits: () => hits };
}

function standardResponse(body: Buffer): string {
  const messages = JSON.parse(body.toString('utf8')) as Array<{ payload: { CommonBlock: { D0: { transactionID: string } } } }>;
  return JSON.stringify({
    messageArray: messages.map((message) => ({
      transactionID: message.payload.CommonBlock.D0.transactionID, senderUniqueReference: null, correlationID: null, sentTimestamp: '2026-09-15T10:00:00+01:00',
      senderID: SUPPLIER.dipId, recipientID: REGS.dipId, DIPConnectionProviderID: null, message: 'RCP0000 - Message Success', help: null, serviceTicketURL: null,
    })),
    timestamp: '2026-09-15T10:00:00+01:00',
  });
}

const answer201: Behaviour = (_request, response, body) => response.writeHead(201, { 'content-type': 'application/json' }).end(standardResponse(body));
const answer207: Behaviour = (_request, response, body) => response.writeHead(207, { 'content-type': 'application/json' }).end(standardResponse(body));
const answer201NotStandard: Behaviour = (_request, response) => response.writeHead(201, { 'content-type': 'text/plain' }).end('OK');
const answer503: Behaviour = (_request, response) => response.writeHead(503).end();
const answerLate: Behaviour = (_request, response, body) => setTimeout(() => answer201(_request, response, body), 1_500).unref();

const journalOf = (file: string): Exchange[] => readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Exchange);

describe('pushes to a webhook that misbehaves', () => {
  const faker = new Faker({ locale: [en_GB, en] });
  const journalFile = path.join(mkdtempSync(path.join(tmpdir(), 'mhhs-wire-')), 'journal.jsonl');
  const directory = new PartyDirectory([REGS]);
  let emulator: DipEmulator;
  const servers: Server[] = [];

  beforeAll(async () => {
    emulator = await DipEmulator.start({ spec, directory, journal: new ExchangeJournal(journalFile), now: () => Date.now(), retrySchedule: [10, 10], pushTimeoutMs: 400 });
  });
  afterEach(async () => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
  afterAll(() => emulator.close());

  let party = 0;
  /** Registers a fresh DIP ID for the webhook, pushes one IF-036 to it, and returns the outcome. */
  async function pushTo(url: string) {
    party += 1;
    const dipId = `11000000${String(party).padStart(2, '0')}`;
    directory.add({ dipId, mpid: 'SUPA', role: 'SUP', name: `webhook ${party}`, webhookUrl: url });
    faker.seed(party);
    const payload = buildMessage(spec, {
      faker,
      interfaceID: 'IF-036',
      eventCode: '[MSAppActive]',
      now: Date.now(),
      direction: 'egress',
      sender: { dipId: REGS.dipId, role: 'REGS' },
      fixed: { '/CommonBlock/A0': { primaryRecipients: [dipId], secondaryRecipients: [], always: [] } },
    }) as unknown as Record<string, unknown>;
    return emulator.push(dipId, 'IF-036', [payload]);
  }

  const started = async (behaviours: Array<Behaviour | typeof RESET_MID_BODY>) => {
    const hook = await webhook(behaviours);
    servers.push(hook.server);
    return hook;
  };

  /** The verdict a scenario step gives for the push: the error class it throws, or pass. */
  function verdictOf(outcome: Awaited<ReturnType<typeof pushTo>>): { verdict: string; message: string; warnings: string[] } {
    const warnings: ScenarioContext['warnings'] = [];
    const context = { lastAction: () => ({ what: 'IF-036 [MSAppActive]', at: 0, push: outcome }), warnings } as unknown as ScenarioContext;
    try {
      expectPushAnswered(context, parseMessageKind('IF-036 [MSAppActive]'), 201);
      return { verdict: 'pass', message: '', warnings: warnings.map((warning) => warning.message) };
    } catch (error) {
      const verdict = error instanceof ParticipantDefect ? 'fail' : error instanceof Inconclusive ? 'inconclusive' : 'error';
      return { verdict, message: (error as Error).message, warnings: [] };
    }
  }

  it('a webhook that refuses the connection and never answered in the run: inconclusive (the set-up), after the retries', async () => {
    const hook = await started([answer201]);
    const url = hook.url;
    hook.server.close();
    servers.splice(servers.indexOf(hook.server), 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const outcome = await pushTo(url);
    expect(outcome.attempts).toHaveLength(3);
    expect(outcome.attempts.every((attempt) => attempt.transportError?.startsWith('ECONNREFUSED'))).toBe(true);
    expect(verdictOf(outcome)).toMatchObject({ verdict: 'inconclusive', message: expect.stringMatching(/could not be reached .*check the profile's webhookUrl/) });
  });

  it('a webhook that answered before and now refuses the connection: fail', async () => {
    const hook = await started([answer201]);
    expect(verdictOf(await pushTo(hook.url)).verdict).toBe('pass');
    hook.server.closeAllConnections();
    await new Promise((resolve) => hook.server.close(resolve));
    servers.splice(servers.indexOf(hook.server), 1);
    const again = await emulator.push(`11000000${String(party).padStart(2, '0')}`, 'IF-036', [(await lastPayload())]);
    expect(again.webhookAnsweredBefore).toBe(true);
    expect(verdictOf(again)).toMatchObject({ verdict: 'fail', message: expect.stringMatching(/ECONNREFUSED/) });
  });

  async function lastPayload(): Promise<Record<string, unknown>> {
    const pushed = journalOf(journalFile).filter((exchange) => exchange.direction === 'dip-to-participant').at(-1)!;
    const body = JSON.parse(pushed.request.body) as Array<{ payload: { CommonBlock: Record<string, unknown> } }>;
    const { D0: _d0, ...commonBlock } = body[0]!.payload.CommonBlock;
    return { ...body[0]!.payload, CommonBlock: commonBlock };
  }

  it('a webhook that resets the connection mid-body on every attempt: fail, every attempt journaled', async () => {
    const hook = await started([RESET_MID_BODY]);
    const before = journalOf(journalFile).length;
    const outcome = await pushTo(hook.url);
    expect(hook.hits()).toBe(3);
    expect(outcome.attempts.map((attempt) => attempt.transportError)).toEqual([expect.stringMatching(/ECONNRESET|EPIPE|socket hang up/), expect.anything(), expect.anything()]);
    expect(journalOf(journalFile).length - before).toBe(3);
    expect(verdictOf(outcome)).toMatchObject({ verdict: 'fail' });
  });

  it('a webhook that answers 503 on every attempt: fail naming the answers', async () => {
    const hook = await started([answer503]);
    const result = verdictOf(await pushTo(hook.url));
    expect(result).toMatchObject({ verdict: 'fail', message: expect.stringMatching(/HTTP 503 on the last of 3 attempt/) });
    expect(result.message).toMatch(/WEBHOOK-AVAILABLE/);
  });

  it('a webhook that answers 503 once and then 201: pass, with a warning that the retry was needed', async () => {
    const hook = await started([answer503, answer201]);
    const result = verdictOf(await pushTo(hook.url));
    expect(result).toMatchObject({ verdict: 'pass', warnings: [expect.stringMatching(/got through on attempt 2 after HTTP 503/)] });
  });

  it('a webhook that answers after the timeout: fail naming the timeout', async () => {
    const hook = await started([answerLate]);
    const result = verdictOf(await pushTo(hook.url));
    expect(result).toMatchObject({ verdict: 'fail', message: expect.stringMatching(/no answer within 400 ms/) });
  });

  it('a webhook that answers 201 with a body that is not a StandardResponse: fail', async () => {
    const hook = await started([answer201NotStandard]);
    const result = verdictOf(await pushTo(hook.url));
    expect(result).toMatchObject({ verdict: 'fail', message: expect.stringMatching(/WEBHOOK-STANDARD-RESPONSE.*'OK'/) });
  });

  it('a webhook that answers 207 to a push of one message: fail', async () => {
    const hook = await started([answer207]);
    const result = verdictOf(await pushTo(hook.url));
    expect(result).toMatchObject({ verdict: 'fail', message: expect.stringMatching(/WEBHOOK-207-SINGLE/) });
  });

  it('judges from the last attempt only when the push was attempted at all', () => {
    expect(judgeDelivery({ delivered: false, status: undefined, transactionIDs: [], attempts: [], body: [], webhookAnsweredBefore: false }, 'IF-036')).toMatchObject({ verdict: 'inconclusive' });
  });
});

describe('a webhook whose certificate the profile does not vouch for', () => {
  it('is inconclusive (the trust set-up), not a fail, and says what to check', async () => {
    const ours = bundledTransportSecurity('full-url-lowercase');
    const stranger = createTestPki(2);
    const server = member(stranger, 'participant-server');
    const hook = createHttpsServer({ cert: server.certificatePem, key: server.privateKeyPem }, (_request, response) => response.writeHead(201).end());
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    const url = `https://127.0.0.1:${(hook.address() as AddressInfo).port}/webhook`;
    const journalFile = path.join(mkdtempSync(path.join(tmpdir(), 'mhhs-wire-tls-')), 'journal.jsonl');
    const directory = new PartyDirectory([REGS, { ...SUPPLIER, webhookUrl: url }]);
    const emulator = await DipEmulator.start({ spec, directory, journal: new ExchangeJournal(journalFile), now: () => Date.now(), security: ours.suite, retrySchedule: [] });
    try {
      const payload = egress(spec, { interfaceID: 'IF-036', eventCode: '[MSAppActive]', seed: 9, to: [SUP] }) as unknown as Record<string, unknown>;
      const outcome = await emulator.push(SUP, 'IF-036', [payload]);
      expect(outcome.attempts[0]!.transportError).toMatch(/^(CERT_SIGNATURE_FAILURE|UNABLE_TO_VERIFY_LEAF_SIGNATURE)/);
      expect(judgeDelivery(outcome, 'IF-036 [MSAppActive]')).toMatchObject({ verdict: 'inconclusive', message: expect.stringMatching(/check transport.participantCa/) });
    } finally {
      await emulator.close();
      hook.closeAllConnections();
      await new Promise((resolve) => hook.close(resolve));
    }
  });
});

describe('submissions that break the DIP limits', () => {
  const faker = new Faker({ locale: [en_GB, en] });
  const journalFile = path.join(mkdtempSync(path.join(tmpdir(), 'mhhs-wire-in-')), 'journal.jsonl');
  let emulator: DipEmulator;

  beforeAll(async () => {
    const directory = new PartyDirectory([{ ...SUPPLIER, apiKey: `k-${process.pid}` }, REGS]);
    emulator = await DipEmulator.start({ spec, directory, journal: new ExchangeJournal(journalFile), now: () => Date.now() });
  });
  afterAll(() => emulator.close());

  const if031 = () =>
    buildMessage(spec, { faker, interfaceID: 'IF-031', eventCode: '[MSApp]', now: Date.now(), sender: { dipId: SUPPLIER.dipId, role: 'SUP' } });
  const submit = async (body: Uint8Array | string) => {
    const response = await fetch(`${emulator.url}/dip-channel/IF-031`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': `k-${process.pid}` }, body: typeof body === 'string' ? body : new Uint8Array(body) });
    const text = await response.text();
    return { status: response.status, text, journaled: journalOf(journalFile).at(-1)! };
  };

  it('a 20 MB body: 413 with a fail finding, and the whole body kept beside the journal', async () => {
    const padding = 'x'.repeat(20 * 1024 * 1024);
    const payload = if031();
    (payload.CommonBlock.S1 as Record<string, unknown>).subText = padding;
    const text = JSON.stringify([{ payload }]);
    const result = await submit(text);
    expect(result.status).toBe(413);
    expect(result.journaled.findings).toEqual([expect.objectContaining({ rule: 'DIP-BODY-SIZE', severity: 'fail', requirement: 'REQ-DIP-REQUEST-LIMITS' })]);
    expect(result.journaled.request.bodyBytes).toBe(Buffer.byteLength(text));
    const kept = readFileSync(path.join(path.dirname(journalFile), result.journaled.request.bodyFile!));
    expect(kept.length).toBe(Buffer.byteLength(text));
    expect(createHash('sha256').update(kept).digest('hex')).toBe(result.journaled.request.bodySha256);
    // The journal line stays small: the start of the body, not 20 MB.
    expect(result.journaled.request.body.length).toBeLessThan(5_000);
  });

  it('100 messages in one batch are accepted with a transaction ID each; 101 are refused 413 with a fail finding', async () => {
    faker.seed(100);
    const hundred = await submit(JSON.stringify(Array.from({ length: 100 }, () => ({ payload: if031() }))));
    expect(hundred.status, hundred.text.slice(0, 300)).toBe(201);
    expect(new Set((JSON.parse(hundred.text) as { messageArray: Array<{ transactionID: string }> }).messageArray.map((entry) => entry.transactionID)).size).toBe(100);
    const hundredAndOne = await submit(JSON.stringify(Array.from({ length: 101 }, () => ({ payload: if031() }))));
    expect(hundredAndOne.status).toBe(413);
    expect(hundredAndOne.journaled.findings).toEqual([expect.objectContaining({ rule: 'DIP-BATCH-SIZE', severity: 'fail' })]);
  });

  it('a body that is not valid UTF-8: 400 MSG1001 naming the byte offset', async () => {
    const valid = Buffer.from(JSON.stringify([{ payload: if031() }]), 'utf8');
    const at = valid.indexOf('"subText"') + 12;
    const broken = Buffer.concat([valid.subarray(0, at), Buffer.from([0xc3, 0x28]), valid.subarray(at + 2)]);
    const result = await submit(broken);
    expect(result.status).toBe(400);
    expect(result.text).toContain('MSG1001');
    expect(result.journaled.findings).toEqual([expect.objectContaining({ rule: 'ENVELOPE', severity: 'fail', message: expect.stringMatching(new RegExp(`not valid UTF-8: byte offset ${at} \\(c3 28`)) })]);
  });
});

describe('a DIP that answers 429', () => {
  it('the reference participant waits and sends again: every message accepted once, none lost or repeated', async () => {
    const journalFile = path.join(mkdtempSync(path.join(tmpdir(), 'mhhs-wire-429-')), 'journal.jsonl');
    const directory = new PartyDirectory([REGS]);
    const emulator = await DipEmulator.start({ spec, directory, journal: new ExchangeJournal(journalFile), now: () => Date.now(), submissionsPerSecond: 8 });
    const participant = await startReferenceParticipant(testConfig(emulator.url), { spec, env: { [API_KEY_ENV]: API_KEY }, log: () => undefined });
    directory.add({ ...SUPPLIER, webhookUrl: `${participant.url}/webhook` });
    try {
      const gains = Array.from({ length: 12 }, (_unused, index) =>
        egress(spec, { interfaceID: 'IF-002', eventCode: '[GainMPANInfo]', seed: 500 + index, to: [SUP], gsp: '_K', segment: 'S' }) as unknown as Record<string, unknown>,
      );
      // Twelve gains at once: 24 IF-031s (MSApp and DSApp each) at a DIP that takes 8 a second.
      // The emulator replaces the builder's D0 with its own.
      await Promise.all(gains.map((gain) => emulator.push(SUP, 'IF-002', [gain])));
      await participant.idle();
      const submissions = journalOf(journalFile).filter((exchange) => exchange.channel === '/dip-channel/IF-031');
      const statuses = submissions.map((exchange) => exchange.response?.status);
      expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
      expect(statuses.every((status) => status === 201 || status === 429)).toBe(true);
      const accepted = submissions.filter((exchange) => exchange.response?.status === 201).map((exchange) => (JSON.parse(exchange.request.body) as Array<{ payload: { CommonBlock: { S1: { senderUniqueReference: string } } } }>)[0]!.payload.CommonBlock.S1.senderUniqueReference);
      expect(accepted).toHaveLength(24);
      expect(new Set(accepted).size).toBe(24);
    } finally {
      await participant.stop();
      await emulator.close();
    }
  }, 30_000);
});
