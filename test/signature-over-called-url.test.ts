// DIP message signatures are checked over the URL the participant called, not over the address
// the DIP emulator listens at. The emulator listens on 0.0.0.0, an address nobody calls, and is
// called at https://localhost:PORT and https://127.0.0.1:PORT. The submissions are signed apart
// from the suite's code, as a participant's own stack would: the openssl CLI makes the content
// hash and the RSA signature, curl sends them over mTLS. The other way, the reference
// participant, also listening on 0.0.0.0, checks each push over the URL the DIP called it at.
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { en, en_GB, Faker } from '@faker-js/faker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DipEmulator } from '../mocks/dip/dip-emulator.ts';
import { PartyDirectory } from '../mocks/isd/party-directory.ts';
import { startReferenceParticipant, type RunningParticipant } from '../reference-participant/participant.ts';
import { buildMessage } from '../src/builders/message-builder.ts';
import type { Exchange } from '../src/evidence/exchange.ts';
import { ExchangeJournal } from '../src/evidence/exchange-journal.ts';
import { bundledTransportSecurity } from '../src/transport/transport-security.ts';
import { API_KEY, API_KEY_ENV, egress, MSS, REGS, testConfig } from './reference-participant-harness.ts';
import { specUnderTest } from './spec-under-test.ts';

const run = promisify(execFile);
const spec = specUnderTest();
const PROFILES = ['full-url-lowercase', 'path-only'] as const;
type Profile = (typeof PROFILES)[number];
const SUPPLIER = { dipId: '1000000001', mpid: 'SUPA', role: 'SUP', name: 'participant supplier', apiKey: `k-${process.pid}-${Date.now()}` };
const CHANNEL = '/dip-channel/IF-031';

/** The participant's side of a throw-away PKI, as files for openssl and curl. */
function participantFiles(pki: ReturnType<typeof bundledTransportSecurity>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'mhhs-called-url-'));
  const file = (name: string, text: string) => {
    const target = path.join(dir, name);
    writeFileSync(target, text);
    chmodSync(target, 0o600);
    return target;
  };
  return {
    dir,
    file,
    ca: file('ca.pem', pki.participant.caPem),
    clientCert: file('client.pem', pki.participant.client.certificatePem),
    clientKey: file('client.key.pem', pki.participant.client.privateKeyPem),
    signingKey: file('signing.key.pem', pki.participant.signing.privateKeyPem),
    signingCertificatePem: pki.participant.signing.certificatePem,
  };
}
type Files = ReturnType<typeof participantFiles>;

/** The string a client signs, from DIP-REFERENCE §2.2: the URL it calls lower-cased, or its path and query as written. */
function stringToSign(profile: Profile, url: string, date: string, hash: string): string {
  const pathAndQuery = url.slice(url.indexOf('/', url.indexOf('://') + 3));
  return `POST;${profile === 'path-only' ? pathAndQuery : url.toLowerCase()};${date};${hash}`;
}

/** The four signature headers, made with the openssl CLI alone. */
function opensslSignatureHeaders(files: Files, profile: Profile, signedUrl: string, body: Buffer): string[] {
  const hash = execFileSync('openssl', ['dgst', '-sha256', '-binary'], { input: body }).toString('base64');
  const date = new Date().toISOString();
  const signature = execFileSync('openssl', ['dgst', '-sha256', '-sign', files.signingKey], { input: Buffer.from(stringToSign(profile, signedUrl, date, hash), 'utf8') }).toString('base64');
  return [
    `X-DIP-Content-Hash: ${hash}`,
    `X-DIP-Signature-Date: ${date}`,
    `X-DIP-Signature: ${signature}`,
    `X-DIP-Signature-Certificate: ${Buffer.from(files.signingCertificatePem, 'utf8').toString('base64')}`,
  ];
}

interface Answer {
  readonly status: number;
  readonly text: string;
}

/** POSTs the body file with curl over mTLS (the request line exactly as given), answering status and body. */
async function curlPost(files: Files, url: string, bodyFile: string, headers: readonly string[], extra: readonly string[] = []): Promise<Answer> {
  const args = [
    '-sS', '--path-as-is', '--cert', files.clientCert, '--key', files.clientKey, '--cacert', files.ca,
    '-X', 'POST', '--data-binary', `@${bodyFile}`, '-H', 'Content-Type: application/json', '-H', `X-API-Key: ${SUPPLIER.apiKey}`,
    ...headers.flatMap((header) => ['-H', header]), ...extra, '-o', '-', '-w', '\n%{http_code}', url,
  ];
  const { stdout } = await run('curl', args);
  const cut = stdout.lastIndexOf('\n');
  return { status: Number(stdout.slice(cut + 1)), text: stdout.slice(0, cut) };
}

const faker = new Faker({ locale: [en_GB, en] });
/** A fresh, valid IF-031 (a new sender unique reference each time), as bytes. */
function if031Body(): Buffer {
  faker.seed(faker.number.int());
  const payload = buildMessage(spec, { faker, interfaceID: 'IF-031', eventCode: '[MSApp]', now: Date.now(), sender: { dipId: SUPPLIER.dipId, role: 'SUP' } });
  return Buffer.from(JSON.stringify([{ payload }]), 'utf8');
}

/** One byte more after signing: a space after the opening bracket, still the same JSON. */
const withByteAdded = (body: Buffer) => Buffer.concat([body.subarray(0, 1), Buffer.from(' '), body.subarray(1)]);

/** The journal's HTTP exchanges, without the hand-ons to simulated parties that follow an accepted submission. */
const journalLines = (file: string): Exchange[] =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Exchange)
    .filter((exchange) => exchange.direction !== 'dip-to-simulated-party');

/** A DIP emulator with mTLS and signatures on every address (0.0.0.0), on a port of the system's choosing. */
async function emulatorOnEveryAddress(profile: Profile, publicUrl?: string) {
  const pki = bundledTransportSecurity(profile);
  const files = participantFiles(pki);
  const journalFile = path.join(files.dir, 'journal.jsonl');
  const directory = new PartyDirectory([SUPPLIER, { dipId: REGS, mpid: 'SMRA', role: 'REGS', name: 'SMRS (simulated)' }]);
  const emulator = await DipEmulator.start({ spec, directory, journal: new ExchangeJournal(journalFile), now: () => Date.now(), host: '0.0.0.0', port: 0, security: pki.suite, ...(publicUrl ? { publicUrl } : {}) });
  return { emulator, files, journalFile, port: new URL(emulator.url).port };
}

describe.each(PROFILES)('the DIP emulator on 0.0.0.0 checks %s signatures over the URL called', (profile) => {
  let dip: Awaited<ReturnType<typeof emulatorOnEveryAddress>>;
  beforeAll(async () => {
    dip = await emulatorOnEveryAddress(profile);
  });
  afterAll(() => dip.emulator.close());

  /** Signs `body` over `signedUrl`, writes what is sent (one byte more if asked) and sends it to `calledUrl`. */
  const submit = async (signedUrl: string, calledUrl: string, options: { byteAdded?: boolean; curl?: readonly string[] } = {}) => {
    const body = if031Body();
    const headers = opensslSignatureHeaders(dip.files, profile, signedUrl, body);
    const bodyFile = dip.files.file(`body-${Date.now()}-${Math.random()}.json`, (options.byteAdded ? withByteAdded(body) : body).toString('utf8'));
    return curlPost(dip.files, calledUrl, bodyFile, headers, options.curl);
  };

  it('listens on 0.0.0.0 and gives the IPv4 loopback as the URL to call (what a bundled participant is configured with)', () => {
    expect(dip.emulator.url).toBe(`https://127.0.0.1:${dip.port}`);
  });

  it.each(['localhost', '127.0.0.1'])('answers 201 to a submission signed over https://%s:PORT/dip-channel/IF-031, and 401 once a byte is added after signing', async (host) => {
    const url = `https://${host}:${dip.port}${CHANNEL}`;
    const good = await submit(url, url);
    expect(good.status, good.text).toBe(201);
    // The journal records the URL as the participant called it.
    expect(journalLines(dip.journalFile).at(-1)!.request.url).toBe(url);

    const spoilt = await submit(url, url, { byteAdded: true });
    expect(spoilt.status, spoilt.text).toBe(401);
    expect(JSON.parse(spoilt.text).message).toMatch(/X-DIP-Content-Hash .* is not the SHA-256 of the body as received/);
    expect(journalLines(dip.journalFile).at(-1)!.findings.map((finding) => finding.rule)).toEqual(['SIGNATURE-CONTENT-HASH']);
  });

  it('takes a query string as part of the URL signed, exactly as sent', async () => {
    const url = `https://127.0.0.1:${dip.port}${CHANNEL}?trace=Ab%2f1&Mode=X`;
    const good = await submit(url, url);
    expect(good.status, good.text).toBe(201);
    const withoutQuery = await submit(`https://127.0.0.1:${dip.port}${CHANNEL}`, url);
    expect(withoutQuery.status, withoutQuery.text).toBe(401);
    expect(JSON.parse(withoutQuery.text).message).toContain(profile === 'path-only' ? `over 'POST;${CHANNEL}?trace=Ab%2f1&Mode=X;` : `over 'POST;${url.toLowerCase()};`);
  });

  it('falls back to its own URL (the loopback, listening on every address) for a request with no Host header (HTTP/1.0)', async () => {
    const answer = await submit(`https://127.0.0.1:${dip.port}${CHANNEL}`, `https://127.0.0.1:${dip.port}${CHANNEL}`, { curl: ['--http1.0', '--no-alpn', '-H', 'Host:'] });
    expect(answer.status, answer.text).toBe(201);
  });
});

describe('the DIP emulator behind a proxy or NAT (emulator.publicUrl)', () => {
  const PUBLIC_URL = 'https://DIP.test.example:8443';
  let dip: Awaited<ReturnType<typeof emulatorOnEveryAddress>>;
  beforeAll(async () => {
    dip = await emulatorOnEveryAddress('full-url-lowercase', PUBLIC_URL);
  });
  afterAll(() => dip.emulator.close());

  const submit = async (signedUrl: string) => {
    const body = if031Body();
    const headers = opensslSignatureHeaders(dip.files, 'full-url-lowercase', signedUrl, body);
    return curlPost(dip.files, `https://127.0.0.1:${dip.port}${CHANNEL}`, dip.files.file(`body-${Date.now()}.json`, body.toString('utf8')), headers);
  };

  it('accepts a submission signed over the public URL though it was called on loopback', async () => {
    const answer = await submit(`${PUBLIC_URL}${CHANNEL}`);
    expect(answer.status, answer.text).toBe(201);
    expect(dip.emulator.publicUrl).toBe(PUBLIC_URL);
  });

  it('refuses one signed over the loopback URL it was called at, showing the URL it checked', async () => {
    const answer = await submit(`https://127.0.0.1:${dip.port}${CHANNEL}`);
    expect(answer.status, answer.text).toBe(401);
    expect(JSON.parse(answer.text).message).toContain(`does not verify with the certificate's key over 'POST;https://dip.test.example:8443/dip-channel/if-031;`);
  });
});

describe.each(PROFILES)('the reference participant on 0.0.0.0 checks %s signatures of pushes over the URL the DIP called', (profile) => {
  const pki = bundledTransportSecurity(profile);
  const files = participantFiles(pki);
  const own = pki.participant;
  let emulator: DipEmulator;
  let participant: RunningParticipant;
  // Its webhook URL is set per test: the participant is called by another name each time.
  const participantParty = { dipId: MSS, mpid: 'RPMS', role: 'MSS', name: 'participant', webhookUrl: '' };
  const directory = new PartyDirectory([{ dipId: REGS, mpid: 'SMRA', role: 'REGS', name: 'SMRS (simulated)' }, participantParty]);

  beforeAll(async () => {
    emulator = await DipEmulator.start({ spec, directory, journal: new ExchangeJournal(path.join(files.dir, 'journal.jsonl')), now: () => Date.now(), security: pki.suite, retrySchedule: [] });
    const config = testConfig(emulator.url, {
      listen: { host: '0.0.0.0', port: 0 },
      tls: {
        certFile: files.file('server.pem', own.server.certificatePem),
        keyFile: files.file('server.key.pem', own.server.privateKeyPem),
        clientCertFile: files.clientCert,
        clientKeyFile: files.clientKey,
        caFile: files.ca,
      },
      signing: { certFile: files.file('signing.pem', own.signing.certificatePem), keyFile: files.signingKey, trustedCaFile: files.ca, profile },
    });
    participant = await startReferenceParticipant(config, { spec, env: { [API_KEY_ENV]: API_KEY }, log: () => undefined });
  });
  afterAll(async () => {
    await participant.stop();
    await emulator.close();
  });

  const offer = (seed: number) => egress(spec, { interfaceID: 'IF-036', eventCode: '[MSAppActive]', seed, to: [MSS] }) as unknown as Record<string, unknown>;

  it.each(['localhost', '127.0.0.1'])('accepts a push to https://%s:PORT/webhook?via=DIP, and refuses one whose body changed after signing', async (host) => {
    expect(participant.url).toMatch(/^https:\/\/0\.0\.0\.0:/);
    participantParty.webhookUrl = `https://${host}:${new URL(participant.url).port}/webhook?via=DIP`;
    const good = await emulator.push(MSS, 'IF-036', [offer(1)]);
    expect(good.status, good.attempts.at(-1)?.response?.body).toBe(201);
    const spoilt = await emulator.push(MSS, 'IF-036', [offer(2)], { tamper: 'changed-body' });
    expect(spoilt.status).toBe(401);
  });
});
