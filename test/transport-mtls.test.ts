// The DIP's transport end to end on loopback: the emulator serves HTTPS and requires a client
// certificate, checks DIP message signatures made by an independent implementation (node-forge,
// written from DIP-REFERENCE §2.2), and signs its pushes; the reference participant serves its
// webhook over mTLS and refuses every spoilt signature with 401 and RCP9999.
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { en, en_GB, Faker } from '@faker-js/faker';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DipEmulator } from '../mocks/dip/dip-emulator.ts';
import { SIGNATURE_TAMPERS } from '../mocks/dip/push-signing.ts';
import { PartyDirectory } from '../mocks/isd/party-directory.ts';
import { startReferenceParticipant, type RunningParticipant } from '../reference-participant/participant.ts';
import { createSigner } from '../reference-participant/message-signature.ts';
import { buildMessage } from '../src/builders/message-builder.ts';
import { type Exchange } from '../src/evidence/exchange.ts';
import { ExchangeJournal } from '../src/evidence/exchange-journal.ts';
import { verifyRequest } from '../src/transport/dip-signature.ts';
import { bundledTransportSecurity } from '../src/transport/transport-security.ts';
import { API_KEY, API_KEY_ENV, egress, MSS, REGS, testConfig } from './reference-participant-harness.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const pki = bundledTransportSecurity('full-url-lowercase');
const SUPPLIER = { dipId: '1000000001', mpid: 'SUPA', role: 'SUP', name: 'participant supplier', apiKey: `k-${process.pid}-${Date.now()}` };

/** The independent signer: node-forge only, step by step from DIP-REFERENCE §2.2. */
function forgeSignatureHeaders(url: string, body: Buffer, privateKeyPem: string, certificatePem: string): Record<string, string> {
  const digest = forge.md.sha256.create();
  digest.update(body.toString('binary'));
  const hash = forge.util.encode64(digest.digest().getBytes());
  const date = new Date().toISOString();
  const md = forge.md.sha256.create();
  md.update(`POST;${url.toLowerCase()};${date};${hash}`, 'utf8');
  const key = forge.pki.privateKeyFromPem(privateKeyPem) as forge.pki.rsa.PrivateKey;
  return {
    'x-dip-content-hash': hash,
    'x-dip-signature-date': date,
    'x-dip-signature': forge.util.encode64(key.sign(md)),
    'x-dip-signature-certificate': forge.util.encode64(certificatePem),
  };
}

interface Answer {
  readonly status: number;
  readonly text: string;
}

/** A POST over HTTPS with (or without) the participant's client certificate. */
function post(url: string, body: Buffer, headers: Record<string, string>, withClientCertificate = true): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpsRequest(
      url,
      {
        method: 'POST',
        ca: pki.suite.suiteCaPem,
        headers: { 'content-type': 'application/json', 'content-length': String(body.length), ...headers },
        ...(withClientCertificate ? { cert: pki.participant.client.certificatePem, key: pki.participant.client.privateKeyPem } : {}),
      },
      (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, text }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** The journal's HTTP exchanges, without the hand-ons to simulated parties that follow an accepted submission. */
const journalLines = (file: string): Exchange[] =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Exchange)
    .filter((exchange) => exchange.direction !== 'dip-to-simulated-party');

describe('the DIP emulator over mTLS with message signatures', () => {
  const journalFile = path.join(mkdtempSync(path.join(tmpdir(), 'mhhs-mtls-')), 'journal.jsonl');
  let emulator: DipEmulator;
  const faker = new Faker({ locale: [en_GB, en] });

  beforeAll(async () => {
    const directory = new PartyDirectory([SUPPLIER, { dipId: REGS, mpid: 'SMRA', role: 'REGS', name: 'SMRS (simulated)' }]);
    emulator = await DipEmulator.start({ spec, directory, journal: new ExchangeJournal(journalFile), now: () => Date.now(), security: pki.suite });
  });
  afterAll(() => emulator.close());

  const if031Body = () => {
    faker.seed(faker.number.int());
    const payload = buildMessage(spec, { faker, interfaceID: 'IF-031', eventCode: '[MSApp]', now: Date.now(), sender: { dipId: SUPPLIER.dipId, role: 'SUP' } });
    return Buffer.from(JSON.stringify([{ payload }]), 'utf8');
  };

  it('accepts a submission node-forge signed, and refuses it with 401 once one byte changes after signing', async () => {
    const url = `${emulator.url}/dip-channel/IF-031`;
    expect(url).toMatch(/^https:/);
    const body = if031Body();
    const headers = { ...forgeSignatureHeaders(url, body, pki.participant.signing.privateKeyPem, pki.participant.signing.certificatePem), 'x-api-key': SUPPLIER.apiKey };
    const good = await post(url, body, headers);
    expect(good.status, good.text).toBe(201);
    const accepted = journalLines(journalFile).at(-1)!;
    expect(accepted.clientCertificate).toContain('Participant (TLS client)');

    const spoilt = await post(url, Buffer.concat([body.subarray(0, 1), Buffer.from(' '), body.subarray(1)]), headers);
    expect(spoilt.status).toBe(401);
    const refused = journalLines(journalFile).at(-1)!;
    expect(refused.response?.status).toBe(401);
    expect(refused.findings.map((finding) => finding.rule)).toEqual(['SIGNATURE-CONTENT-HASH']);
    expect(refused.findings[0]!.requirement).toBe('REQ-DIP-SIGNATURE');
    // Nothing received is dropped: the refused body is in the journal as it arrived.
    expect(refused.request.body.startsWith('[ {')).toBe(true);
  });

  it('refuses an unsigned submission and one signed with a certificate it does not trust', async () => {
    const url = `${emulator.url}/dip-channel/IF-031`;
    const unsigned = await post(url, if031Body(), { 'x-api-key': SUPPLIER.apiKey });
    expect(unsigned.status).toBe(401);
    expect(journalLines(journalFile).at(-1)!.findings.map((finding) => finding.rule)).toEqual(['SIGNATURE-HEADERS']);
    const body = if031Body();
    const stranger = await post(url, body, { ...forgeSignatureHeaders(url, body, pki.suite.stranger.privateKeyPem, pki.suite.stranger.certificatePem), 'x-api-key': SUPPLIER.apiKey });
    expect(stranger.status).toBe(401);
    expect(journalLines(journalFile).at(-1)!.findings.map((finding) => finding.rule)).toEqual(['SIGNATURE-CERTIFICATE']);
  });

  it('refuses a client without a certificate at the TLS handshake, and journals the attempt', async () => {
    const before = journalLines(journalFile).length;
    await expect(post(`${emulator.url}/dip-channel/IF-031`, if031Body(), {}, false)).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const refusal = journalLines(journalFile).slice(before);
    expect(refusal).toHaveLength(1);
    expect(refusal[0]!.response).toBeUndefined();
    expect(refusal[0]!.transportError).toMatch(/TLS handshake refused/);
  });
});

describe('the reference participant over mTLS with message signatures', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mhhs-rp-pki-'));
  const file = (name: string, text: string) => {
    const target = path.join(dir, name);
    writeFileSync(target, text);
    chmodSync(target, 0o600);
    return target;
  };
  const { participant: own, suite } = pki;
  const ca = file('ca.pem', own.caPem);
  const signingConfig = { certFile: file('signing.pem', own.signing.certificatePem), keyFile: file('signing.key.pem', own.signing.privateKeyPem), trustedCaFile: ca, profile: 'full-url-lowercase' };
  const journalFile = path.join(dir, 'journal.jsonl');
  let emulator: DipEmulator;
  let participant: RunningParticipant;
  const directory = new PartyDirectory([{ dipId: REGS, mpid: 'SMRA', role: 'REGS', name: 'SMRS (simulated)' }]);

  beforeAll(async () => {
    emulator = await DipEmulator.start({ spec, directory, journal: new ExchangeJournal(journalFile), now: () => Date.now(), security: suite, retrySchedule: [] });
    const config = testConfig(emulator.url, {
      tls: {
        certFile: file('server.pem', own.server.certificatePem),
        keyFile: file('server.key.pem', own.server.privateKeyPem),
        clientCertFile: file('client.pem', own.client.certificatePem),
        clientKeyFile: file('client.key.pem', own.client.privateKeyPem),
        caFile: ca,
      },
      signing: signingConfig,
    });
    participant = await startReferenceParticipant(config, { spec, env: { [API_KEY_ENV]: API_KEY }, log: () => undefined });
    directory.add({ dipId: MSS, mpid: 'RPMS', role: 'MSS', name: 'participant', webhookUrl: `${participant.url}/webhook` });
  });
  afterAll(async () => {
    await participant.stop();
    await emulator.close();
  });

  const offer = (seed: number) => egress(spec, { interfaceID: 'IF-036', eventCode: '[MSAppActive]', seed, to: [MSS] }) as unknown as Record<string, unknown>;

  it('serves its webhook over HTTPS and accepts a properly signed push', async () => {
    expect(participant.url).toMatch(/^https:/);
    const outcome = await emulator.push(MSS, 'IF-036', [offer(1)]);
    expect(outcome.status, outcome.attempts.at(-1)?.response?.body).toBe(201);
  });

  it.each(SIGNATURE_TAMPERS)('refuses a push with %s: 401 and RCP9999 for the transaction', async (tamper) => {
    const outcome = await emulator.push(MSS, 'IF-036', [offer(2)], { tamper });
    const answer = outcome.attempts.at(-1)!;
    expect(answer.deliberateFault).toContain(tamper);
    expect(answer.response?.status).toBe(401);
    const entries = (JSON.parse(answer.response!.body) as { messageArray: Array<{ message: string; transactionID: string }> }).messageArray;
    expect(entries).toEqual([expect.objectContaining({ message: expect.stringMatching(/^RCP9999/), transactionID: outcome.transactionIDs[0] })]);
  });

  it("signs what it sends in a way the suite's own verifier accepts (two implementations agree)", () => {
    const signer = createSigner({ ...signingConfig, profile: 'full-url-lowercase', maxSkewMillis: 300_000, publicUrl: undefined });
    const body = Buffer.from('[{"payload":{"note":"Llanfair — Cymraeg"}}]', 'utf8');
    const url = 'https://DIP.example:8443/dip-channel/IF-031';
    const headers = Object.fromEntries(Object.entries(signer.headers('POST', url, body)).map(([name, value]) => [name.toLowerCase(), value]));
    expect(verifyRequest({ method: 'POST', url, body, headers, trustedCaPems: [own.caPem], now: Date.now() })).toEqual([]);
    expect(verifyRequest({ method: 'POST', url, body: Buffer.concat([body, Buffer.from(' ')]), headers, trustedCaPems: [own.caPem], now: Date.now() }).map((finding) => finding.rule)).toEqual([
      // The signature covers the claimed hash, which still verifies; the body no longer matches it.
      'SIGNATURE-CONTENT-HASH',
    ]);
  });
});
