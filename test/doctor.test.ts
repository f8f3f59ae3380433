// `mhhs-qualify doctor`: one test per problem it detects, each against real files and real
// HTTPS servers on loopback (no network mocks), asserting the status and that the fix names
// the problem. The passing case is a real mutual-TLS webhook built from a test PKI.
import { appendFileSync, chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TLSSocket } from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.ts';
import { memoryIO } from '../src/cli/output/console-io.ts';
import { checkCertificateValidity, checkParticipantCa, checkSuiteChain } from '../src/onboarding/certificate-checks.ts';
import { checkApiKey, checkEmulatorPort, checkSpec, type CheckResult } from '../src/onboarding/doctor-checks.ts';
import { runDoctor } from '../src/onboarding/doctor.ts';
import type { InitAnswers } from '../src/onboarding/init-answers.ts';
import { PORTFOLIO_STEPS, portfolioNeeds } from '../src/onboarding/portfolio-checks.ts';
import { judgeReachable } from '../src/onboarding/reachability-checks.ts';
import { profileYaml } from '../src/onboarding/profile-writer.ts';
import { loadProfile } from '../src/profile/participant-profile.ts';
import { mpanCheckDigit } from '../src/rules/mpan-check-digit.ts';
import { createTestPki, issueCertificate, type IssuedCertificate, type TestPki, writeTestPki } from '../src/transport/test-pki.ts';
import { specDirOf } from './spec-under-test.ts';

const DAY = 86_400_000;
const pki = createTestPki(365);
const stranger = createTestPki(365);
const member = (from: TestPki, name: string): IssuedCertificate => from.issued.find((entry) => entry.name === name)!;

/** A folder with the suite PKI (as `certs init` writes it) and the participant's CA file. */
function workspace(from: TestPki = pki): { dir: string; suitePki: string; participantCa: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'mhhs-doctor-'));
  const suitePki = path.join(dir, 'test-pki');
  writeTestPki(from, suitePki);
  const participantCa = path.join(dir, 'participant-ca.pem');
  writeFileSync(participantCa, from.ca.certificatePem);
  return { dir, suitePki, participantCa };
}

function replace(suitePki: string, name: string, issued: { certificatePem?: string; privateKeyPem?: string }): void {
  if (issued.certificatePem) writeFileSync(path.join(suitePki, `${name}.pem`), issued.certificatePem);
  if (issued.privateKeyPem) writeFileSync(path.join(suitePki, `${name}.key.pem`), issued.privateKeyPem);
}

async function freePort(): Promise<number> {
  const server = createHttpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Valid MPAN cores, `count` of them: more than the scenarios of a profile take. */
const mpans = (count: number, prefix = '10'): string[] =>
  Array.from({ length: count }, (_, index) => {
    const first12 = `${prefix}${String(index + 1).padStart(10, '0')}`;
    return `${first12}${mpanCheckDigit(first12)}`;
  });

/** Every trigger a Supplier that sends no optional interface needs. */
const SUPPLIER_TRIGGERS = {
  'css-registration': { manual: 'raise it' },
  'registration-data': { manual: 'change it' },
  'service-change': { manual: 'change the appointment' },
  'data-service-request': { manual: 'tell the Data Service' },
} as const;

function writeProfile(dir: string, overrides: Partial<InitAnswers> & { suitePki: string; participantCa: string; webhookUrl: string }, port: number): string {
  const file = path.join(dir, 'profile.yaml');
  const answers: InitAnswers = {
    name: 'Example Energy Ltd (UIT)',
    roles: [{ role: 'SUP', dipId: '1234567890', mpid: 'EXEN', apiKey: { env: 'DOCTOR_TEST_SUP_KEY' } }],
    emulator: { host: '127.0.0.1', port },
    segments: ['S'],
    gspGroups: ['_A'],
    sends: [],
    triggers: SUPPLIER_TRIGGERS,
    portfolio: { supplier: [], meteringService: [] },
    ...overrides,
  };
  writeFileSync(file, profileYaml(answers, file));
  return file;
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

interface WebhookOptions {
  /** The webhook's own server certificate (default: issued by the participant's CA). */
  readonly serverCertificate?: IssuedCertificate;
  /** Whose client certificates it accepts (default: the suite's CA). */
  readonly clientCa?: string;
  readonly host?: string;
  readonly date?: string | null;
  /** The status it answers a path with (default: 400, as a real endpoint answers an empty body). */
  readonly statusOf?: (path: string) => number;
}

/** A participant webhook on loopback requiring a client certificate, as a real one does. */
async function webhook(options: WebhookOptions = {}): Promise<{ url: string; clients: string[] }> {
  const certificate = options.serverCertificate ?? member(pki, 'participant-server');
  const clients: string[] = [];
  const server = createServer(
    { cert: certificate.certificatePem, key: certificate.privateKeyPem, ca: options.clientCa ?? pki.ca.certificatePem, requestCert: true, rejectUnauthorized: true },
    (request, response) => {
      clients.push(String((request.socket as TLSSocket).getPeerCertificate().subject?.CN));
      if (options.date === null) response.sendDate = false;
      else if (options.date) response.setHeader('Date', options.date);
      request.resume();
      const status = options.statusOf?.(request.url ?? '/') ?? 400;
      request.on('end', () => response.writeHead(status, { 'content-type': 'application/json' }).end('{"error":"empty body"}'));
    },
  );
  servers.push(server);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return { url: `https://${host}:${(server.address() as AddressInfo).port}/webhook`, clients };
}

const env = { ...process.env, DOCTOR_TEST_SUP_KEY: 'value-never-printed' };
const find = (results: readonly CheckResult[], check: string): CheckResult => {
  const found = results.find((result) => result.check === check);
  if (!found) throw new Error(`no '${check}' check in: ${results.map((result) => result.check).join(', ')}`);
  return found;
};

async function doctorOn(answers: Partial<InitAnswers> & { webhookUrl: string }, space = workspace()): Promise<CheckResult[]> {
  const file = writeProfile(space.dir, { suitePki: space.suitePki, participantCa: space.participantCa, ...answers }, await freePort());
  return runDoctor({ profile: file, env, timeoutMs: 3_000 });
}

describe('mhhs-qualify doctor, when all is well', () => {
  it('passes a webhook reachable over real mutual TLS, and exits 0 without printing the key', async () => {
    const hook = await webhook();
    const space = workspace();
    const file = writeProfile(
      space.dir,
      { suitePki: space.suitePki, participantCa: space.participantCa, webhookUrl: hook.url, triggers: { ...SUPPLIER_TRIGGERS, 'css-registration': { http: { url: hook.url.replace('/webhook', '/css') } } }, portfolio: { supplier: mpans(60), meteringService: [] } },
      await freePort(),
    );
    process.env.DOCTOR_TEST_SUP_KEY = 'value-never-printed';
    const io = memoryIO();
    try {
      const code = await runCli(['doctor', '--profile', file], io);
      const text = io.stdout.join('\n');
      expect(text).not.toMatch(/^ {2}(FAIL|warn) /m);
      expect(code).toBe(0);
      expect(text).toMatch(/^ {2}ok {4}webhook reachable +https:\/\/127\.0\.0\.1:\d+\/webhook answered HTTP 400 over mutual TLS/m);
      expect(text).toMatch(/^ {2}ok {4}trigger css-registration +https:\/\/127\.0\.0\.1:\d+\/css answered HTTP 400/m);
      expect(text).toMatch(/^ {2}ok {4}webhook clock +\d s (ahead of|behind) this machine, within 60 s/m);
      expect(text).toMatch(/^ {2}ok {4}API key SUP 1234567890 +environment variable DOCTOR_TEST_SUP_KEY is set \(value not shown\)/m);
      expect(text).toMatch(/^ {2}ok {4}portfolio\.supplier +60 MPAN\(s\) for the \d+ scenarios that take one each/m);
      expect(text).not.toContain('value-never-printed');
      expect(text).toMatch(/checks: \d+ ok, 0 warn, 0 FAIL: ready to run$/);
      // The webhook saw the suite's DIP client certificate, as the run's pushes present it.
      expect(hook.clients).toEqual(['DIP emulator (TLS client for pushes)', 'DIP emulator (TLS client for pushes)']);
    } finally {
      delete process.env.DOCTOR_TEST_SUP_KEY;
    }
  });
});

describe('mhhs-qualify doctor finds each problem and names the fix', () => {
  it('a profile that does not parse: FAIL, exit 1', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mhhs-doctor-'));
    writeFileSync(path.join(dir, 'p.yaml'), 'participant: {name: X, launch: external, roles: []}\n');
    const io = memoryIO();
    expect(await runCli(['doctor', '--profile', path.join(dir, 'p.yaml')], io)).toBe(1);
    expect(io.stdout.join('\n')).toMatch(/FAIL {2}profile .*participant.webhookUrl must be the URL the DIP pushes publications to.*Fix: correct the field the message names/);
  });

  it('a profile with typos: FAIL listing each under the first, the fix on a line of its own', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mhhs-doctor-'));
    const file = path.join(dir, 'p.yaml');
    writeFileSync(file, 'participant:\n  name: X\n  launch: bundled\n  role: [{role: SUP, dipId: "1100000001", mpid: REFS}]\ncapabilities:\n  segment: [S]\n');
    const io = memoryIO();
    expect(await runCli(['doctor', '--profile', file], io)).toBe(1);
    const lines = io.stdout.join('\n').split('\n');
    const first = lines.findIndex((line) => /FAIL {2}profile/.test(line));
    const column = lines[first]!.indexOf(`${file}: 2 problems:`);
    expect(lines.slice(first + 1, first + 4)).toEqual([
      `${' '.repeat(column + 2)}participant.role is not a profile key; did you mean participant.roles?`,
      `${' '.repeat(column + 2)}capabilities.segment is not a profile key; did you mean capabilities.segments?`,
      `${' '.repeat(column)}Fix: correct the field the message names`,
    ]);
  });

  it('a missing profile: FAIL, and the fix says how to write one', async () => {
    const results = await runDoctor({ profile: '/nonexistent/my-profile.yaml', env });
    expect(find(results, 'profile')).toMatchObject({ status: 'FAIL', detail: expect.stringContaining('ENOENT'), fix: expect.stringContaining('mhhs-qualify init') });
  });

  it('a missing participant CA file: FAIL naming the file, and the webhook is not probed', async () => {
    const space = workspace();
    rmSync(space.participantCa);
    const results = await doctorOn({ webhookUrl: 'https://127.0.0.1:1/webhook' }, space);
    expect(find(results, 'participant CA file')).toMatchObject({ status: 'FAIL', detail: `cannot read ${space.participantCa} (ENOENT)`, fix: expect.stringContaining('transport.participantCa') });
    expect(find(results, 'webhook reachable')).toMatchObject({ status: 'warn', detail: expect.stringContaining('not checked') });
  });

  it('a missing file in the suite PKI folder: FAIL naming it, and the fix is certs init for that folder', async () => {
    const space = workspace();
    rmSync(path.join(space.suitePki, 'dip-client.key.pem'));
    const results = await doctorOn({ webhookUrl: 'https://127.0.0.1:1/webhook' }, space);
    expect(find(results, 'suite PKI files')).toMatchObject({
      status: 'FAIL',
      detail: expect.stringContaining(`cannot read ${path.join(space.suitePki, 'dip-client.key.pem')} (ENOENT)`),
      fix: expect.stringContaining(`mhhs-qualify certs init --dir ${space.suitePki}`),
    });
  });

  it('an expired certificate: FAIL with its end date', async () => {
    const space = workspace();
    replace(space.suitePki, 'dip-server', issueCertificate({ name: 'dip-server', commonName: 'DIP emulator (TLS server)', purpose: 'server', notBefore: new Date(Date.now() - 40 * DAY), notAfter: new Date(Date.now() - 2 * DAY), issuer: pki.ca }));
    const results = await doctorOn({ webhookUrl: 'https://127.0.0.1:1/webhook' }, space);
    const expired = find(results, 'certificate dip-server.pem');
    expect(expired).toMatchObject({ status: 'FAIL', detail: expect.stringMatching(/'DIP emulator \(TLS server\)' in .*dip-server\.pem expired on \d{4}-\d\d-\d\d/), fix: expect.stringContaining('mhhs-qualify certs init') });
    // Still issued by ca.pem: only the expiry is wrong.
    expect(find(results, 'suite certificates chain').status).toBe('ok');
  });

  it('a certificate not valid yet: FAIL, and the fix mentions the clock', () => {
    const space = workspace();
    replace(space.suitePki, 'dip-signing', issueCertificate({ name: 'dip-signing', commonName: 'DIP emulator (message signing)', purpose: 'signing', notBefore: new Date(Date.now() + 2 * DAY), notAfter: new Date(Date.now() + 90 * DAY), issuer: pki.ca }));
    const result = checkCertificateValidity('certificate dip-signing.pem', path.join(space.suitePki, 'dip-signing.pem'), 'renew it');
    expect(result).toMatchObject({ status: 'FAIL', detail: expect.stringContaining('is not valid until'), fix: expect.stringContaining("this machine's clock") });
  });

  it('certificates expiring within 30 days: warn with the days left', async () => {
    const results = await doctorOn({ webhookUrl: 'https://127.0.0.1:1/webhook' }, workspace(createTestPki(10)));
    for (const name of ['ca', 'dip-server', 'dip-client', 'dip-signing']) {
      expect(find(results, `certificate ${name}.pem`)).toMatchObject({ status: 'warn', detail: expect.stringMatching(/expires on \d{4}-\d\d-\d\d, in 10 day\(s\)/), fix: expect.stringContaining('before a qualification run, make new ones with mhhs-qualify certs init') });
    }
    expect(find(results, 'participant CA certificate')).toMatchObject({ status: 'warn', fix: expect.stringContaining('renew your CA certificate') });
  });

  it('a suite certificate not issued by its ca.pem: FAIL naming it', () => {
    const space = workspace();
    replace(space.suitePki, 'dip-client', member(stranger, 'dip-client'));
    expect(checkSuiteChain(space.suitePki)).toMatchObject({ status: 'FAIL', detail: expect.stringContaining('dip-client.pem was not issued by ca.pem'), fix: expect.stringContaining('mixes files of different PKIs') });
  });

  it('a suite key that is not its certificate’s: FAIL naming it', () => {
    const space = workspace();
    replace(space.suitePki, 'dip-signing', { privateKeyPem: member(pki, 'participant-signing').privateKeyPem });
    expect(checkSuiteChain(space.suitePki)).toMatchObject({ status: 'FAIL', detail: expect.stringContaining('dip-signing.key.pem is not the key of dip-signing.pem'), fix: expect.stringContaining('certs init') });
  });

  it('a participant CA file holding a leaf certificate: FAIL', () => {
    const space = workspace();
    writeFileSync(space.participantCa, member(pki, 'participant-server').certificatePem);
    expect(checkParticipantCa(space.participantCa)).toMatchObject({ status: 'FAIL', detail: expect.stringContaining("'Participant webhook (TLS server)', which is not a CA certificate"), fix: expect.stringContaining('the authority that issued') });
  });

  it('a participant CA file that holds no certificate: FAIL', () => {
    const space = workspace();
    writeFileSync(space.participantCa, 'not a certificate\n');
    expect(checkCertificateValidity('participant CA certificate', space.participantCa, 'renew it')).toMatchObject({ status: 'FAIL', detail: expect.stringContaining('holds no PEM certificate') });
  });

  it('an unset API key environment variable: FAIL naming the variable', () => {
    const result = checkApiKey({ role: 'SUP', dipId: '1234567890', mpid: 'EXEN', apiKey: { env: 'DOCTOR_TEST_UNSET_KEY' } }, {});
    expect(result).toMatchObject({ status: 'FAIL', detail: 'environment variable DOCTOR_TEST_UNSET_KEY is not set', fix: expect.stringContaining('export DOCTOR_TEST_UNSET_KEY=') });
  });

  it('an API key file: missing is FAIL, readable by others is warn, private is ok, and the key is never shown', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mhhs-doctor-'));
    const file = path.join(dir, 'key');
    const role = { role: 'MSS', dipId: '1234567891', mpid: 'EXMS', apiKey: { file } };
    expect(checkApiKey(role)).toMatchObject({ status: 'FAIL', detail: expect.stringContaining('ENOENT'), fix: expect.stringContaining(`in ${file}`) });
    writeFileSync(file, 'file-key-never-shown\n', { mode: 0o644 });
    chmodSync(file, 0o644);
    expect(checkApiKey(role)).toMatchObject({ status: 'warn', detail: `${file} is readable by other users`, fix: `chmod 600 ${file}` });
    chmodSync(file, 0o600);
    const okay = checkApiKey(role);
    expect(okay.status).toBe('ok');
    expect(JSON.stringify(okay)).not.toContain('file-key-never-shown');
  });

  it('a missing DIP API definitions folder: FAIL, and the fix is spec fetch', () => {
    const result = checkSpec({ specDir: '/nonexistent/dip-api', env: {} });
    expect(result).toMatchObject({ status: 'FAIL', detail: expect.stringContaining("--spec-dir points at '/nonexistent/dip-api'"), fix: expect.stringContaining('mhhs-qualify spec fetch --version v2.1.0') });
  });

  it('no definitions named and none in the cache: a warning that run downloads them, not a FAIL', () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'mhhs-doctor-cache-'));
    const result = checkSpec({ env: { XDG_CACHE_HOME: cache } });
    expect(result).toMatchObject({ status: 'warn', detail: expect.stringContaining(`v2.1.0 is not on this machine yet; run and validate download it into ${cache}`) });
  });

  it('DIP API definitions that differ from the published ones: warn naming the file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mhhs-doctor-spec-'));
    cpSync(specDirOf('v2.1.0'), dir, { recursive: true });
    appendFileSync(path.join(dir, 'ResponseCodes-unresolved.yaml'), '\n# a local change\n');
    expect(checkSpec({ specDir: dir, env: {} })).toMatchObject({ status: 'warn', detail: expect.stringContaining('MODIFIED: ResponseCodes-unresolved.yaml'), fix: expect.stringContaining('certification run refuses') });
  });

  it('an emulator port already in use: FAIL', async () => {
    const busy = createHttpServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as AddressInfo;
    try {
      const result = await checkEmulatorPort('127.0.0.1', port);
      expect(result).toMatchObject({ status: 'FAIL', detail: `another program listens on 127.0.0.1:${port} (or a run still going), so the emulator cannot`, fix: expect.stringContaining(`ss -ltnp 'sport = :${port}'`) });
      expect(result.fix).toMatch(/set emulator\.port to a free port \((\d+) is free now\) and give your systems the new DIP base URL/);
      expect(Number(/\((\d+) is free now\)/.exec(result.fix)![1])).not.toBe(port);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });

  it('a trigger the roles need and the profile leaves out: warn', async () => {
    const results = await doctorOn({ webhookUrl: 'https://127.0.0.1:1/webhook', triggers: { 'css-registration': { manual: 'raise it' } } });
    expect(find(results, 'trigger registration-data')).toMatchObject({ status: 'warn', detail: expect.stringContaining('inconclusive'), fix: expect.stringContaining('add triggers.registration-data') });
  });

  it('a trigger of an optional interface: warn when the profile sends it and leaves the trigger out, not asked when it does not send it', async () => {
    const sends = await doctorOn({ webhookUrl: 'https://127.0.0.1:1/webhook', sends: ['IF-004'] });
    expect(find(sends, 'trigger metering-service-request')).toMatchObject({ status: 'warn', fix: expect.stringContaining('add triggers.metering-service-request') });
    const sendsNone = await doctorOn({ webhookUrl: 'https://127.0.0.1:1/webhook', sends: [] });
    expect(sendsNone.map((result) => result.check)).not.toContain('trigger metering-service-request');
    expect(find(sendsNone, 'trigger service-change').status).toBe('ok');
  });

  it('a webhook nobody listens on: FAIL unreachable, the fix names participant.webhookUrl', async () => {
    const url = `https://127.0.0.1:${await freePort()}/webhook`;
    const results = await doctorOn({ webhookUrl: url });
    expect(find(results, 'webhook reachable')).toMatchObject({ status: 'FAIL', detail: `nothing answers at ${url} (ECONNREFUSED)`, fix: expect.stringContaining('correct participant.webhookUrl') });
    expect(results.some((result) => result.check === 'webhook clock')).toBe(false);
  });

  it('a webhook whose server certificate the participant CA did not issue: FAIL naming the trust problem', async () => {
    const hook = await webhook({ serverCertificate: member(stranger, 'participant-server') });
    const space = workspace();
    const result = find(await doctorOn({ webhookUrl: hook.url }, space), 'webhook reachable');
    expect(result).toMatchObject({ status: 'FAIL', detail: expect.stringContaining(`its TLS server certificate does not chain to the participant CA ${space.participantCa}`), fix: expect.stringContaining('transport.participantCa') });
    // Both test PKIs name their CA alike: the certificate names the participant CA as issuer, but another key signed it.
    expect(result.detail).toContain("names 'mhhs-qualify test CA' as its issuer, but the CA of that name in the file did not sign it");
  });

  it('a webhook whose server certificate has expired: FAIL', async () => {
    const expired = issueCertificate({ name: 'participant-server', commonName: 'Participant webhook (TLS server)', purpose: 'server', notBefore: new Date(Date.now() - 40 * DAY), notAfter: new Date(Date.now() - DAY), issuer: pki.ca });
    const hook = await webhook({ serverCertificate: expired });
    const result = find(await doctorOn({ webhookUrl: hook.url }), 'webhook reachable');
    expect(result).toMatchObject({
      status: 'FAIL',
      detail: expect.stringMatching(/^its TLS server certificate 'Participant webhook \(TLS server\)', issued by the participant CA, has expired \(CERT_HAS_EXPIRED\): it ended on \d{4}-\d\d-\d\d$/),
      fix: 'renew the server certificate of 127.0.0.1',
    });
    // The participant's own server, with a certificate problem: not another program.
    expect(result.detail + result.fix).not.toContain('another program');
  });

  it('a webhook whose server certificate does not name its host: FAIL', async () => {
    // The test PKI's server certificate names localhost and 127.0.0.1, not 127.0.0.2.
    const hook = await webhook({ host: '127.0.0.2' });
    const result = find(await doctorOn({ webhookUrl: hook.url }), 'webhook reachable');
    expect(result).toMatchObject({ status: 'FAIL', detail: expect.stringContaining('issued by the participant CA, does not name 127.0.0.2 (ERR_TLS_CERT_ALTNAME_INVALID): it names localhost, 127.0.0.1'), fix: expect.stringContaining('subjectAltName includes 127.0.0.2') });
    expect(result.detail + result.fix).not.toContain('another program');
  });

  it('a webhook that refuses the suite’s client certificate: FAIL, and the fix names the suite CA', async () => {
    const hook = await webhook({ clientCa: stranger.ca.certificatePem });
    const space = workspace();
    const result = find(await doctorOn({ webhookUrl: hook.url }, space), 'webhook reachable');
    expect(result).toMatchObject({ status: 'FAIL', detail: expect.stringContaining("refused the suite's client certificate"), fix: expect.stringContaining(path.join(space.suitePki, 'ca.pem')) });
  });

  it('a webhook URL the transport cannot speak: FAIL before any probe', async () => {
    const results = await doctorOn({ webhookUrl: 'http://127.0.0.1:1/webhook' });
    expect(find(results, 'webhook reachable')).toMatchObject({ status: 'FAIL', detail: expect.stringContaining('is not https:// but transport.security is mtls'), fix: expect.stringContaining('https://') });
  });

  it('a webhook clock two minutes off: warn; an hour off: FAIL; no Date header: warn', async () => {
    const twoMinutesAgo = await webhook({ date: new Date(Date.now() - 120_000).toUTCString() });
    expect(find(await doctorOn({ webhookUrl: twoMinutesAgo.url }), 'webhook clock')).toMatchObject({ status: 'warn', detail: expect.stringMatching(/clock is 1(19|20|21) s behind this machine/), fix: expect.stringContaining('synchronise the clocks') });
    const anHourAgo = await webhook({ date: new Date(Date.now() - 3_600_000).toUTCString() });
    expect(find(await doctorOn({ webhookUrl: anHourAgo.url }), 'webhook clock')).toMatchObject({ status: 'FAIL', detail: expect.stringMatching(/clock is 3(599|600|601) s behind/), fix: expect.stringContaining('more than 5 minutes off') });
    const undated = await webhook({ date: null });
    expect(find(await doctorOn({ webhookUrl: undated.url }), 'webhook clock')).toMatchObject({ status: 'warn', detail: expect.stringContaining('no Date header') });
  });

  it('an http trigger nobody listens on: FAIL naming its setting', async () => {
    const hook = await webhook();
    const url = `https://127.0.0.1:${await freePort()}/css`;
    const results = await doctorOn({ webhookUrl: hook.url, triggers: { ...SUPPLIER_TRIGGERS, 'css-registration': { http: { url } } } });
    expect(find(results, 'webhook reachable').status).toBe('ok');
    expect(find(results, 'trigger css-registration')).toMatchObject({ status: 'FAIL', fix: expect.stringContaining('triggers.css-registration.http.url') });
  });

  it('plain transport: warn, and the webhook is probed over plain HTTP', async () => {
    const plain = createHttpServer((request, response) => response.writeHead(request.url === '/webhook' ? 400 : 404).end());
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
    try {
      const space = workspace();
      const file = writeProfile(space.dir, { suitePki: space.suitePki, participantCa: space.participantCa, webhookUrl: `http://127.0.0.1:${(plain.address() as AddressInfo).port}/webhook` }, await freePort());
      writeFileSync(file, readFileSync(file, 'utf8').replace('security: mtls', 'security: plain'));
      const results = await runDoctor({ profile: file, env, timeoutMs: 3_000 });
      expect(find(results, 'transport')).toMatchObject({ status: 'warn', fix: expect.stringContaining('certification run refuses it') });
      expect(find(results, 'webhook reachable')).toMatchObject({ status: 'ok', detail: expect.stringContaining('answered HTTP 400 over plain HTTP') });
    } finally {
      plain.closeAllConnections();
      await new Promise((resolve) => plain.close(resolve));
    }
  });
});

describe('mhhs-qualify doctor tells a wrong path from a real endpoint', () => {
  it.each([404, 405, 501])('a webhook path answered %i: FAIL, the path is wrong, and the fix names participant.webhookUrl', async (status) => {
    const hook = await webhook({ statusOf: (at) => (at === '/webhook' ? status : 400) });
    const result = find(await doctorOn({ webhookUrl: hook.url }), 'webhook reachable');
    expect(result).toMatchObject({
      status: 'FAIL',
      detail: expect.stringMatching(new RegExp(`^${hook.url} answered HTTP ${status} [A-Za-z ]+ over mutual TLS: a server answers there, but the path is wrong \\(it has no endpoint /webhook taking a POST\\)$`)),
      fix: 'correct the path in participant.webhookUrl to the one your server serves',
    });
  });

  it.each([400, 401, 422])('a webhook answering an empty body with %i: reachable, as a real endpoint answers one', async (status) => {
    const hook = await webhook({ statusOf: () => status });
    expect(find(await doctorOn({ webhookUrl: hook.url }), 'webhook reachable')).toMatchObject({ status: 'ok', detail: expect.stringContaining(`answered HTTP ${status} over mutual TLS`) });
  });

  it('an http trigger path answered 404: FAIL naming its setting, while the webhook beside it is reachable', async () => {
    const hook = await webhook({ statusOf: (at) => (at === '/css-wrong' ? 404 : 400) });
    const url = hook.url.replace('/webhook', '/css-wrong');
    const results = await doctorOn({ webhookUrl: hook.url, triggers: { ...SUPPLIER_TRIGGERS, 'css-registration': { http: { url } } } });
    expect(find(results, 'webhook reachable').status).toBe('ok');
    expect(find(results, 'trigger css-registration')).toMatchObject({
      status: 'FAIL',
      detail: `${url} answered HTTP 404 Not Found over mutual TLS: a server answers there, but the path is wrong (it has no endpoint /css-wrong taking a POST)`,
      fix: 'correct the path in triggers.css-registration.http.url to the one your server serves',
    });
  });
});

describe('mhhs-qualify doctor tells another program on the port from a certificate problem', () => {
  it('a plain-HTTP server on the https URL: FAIL, another program most likely, not a certificate', async () => {
    const plain = createHttpServer((request, response) => {
      request.resume();
      response.writeHead(200).end('hello');
    });
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
    const { port } = plain.address() as AddressInfo;
    try {
      const result = find(await doctorOn({ webhookUrl: `https://127.0.0.1:${port}/webhook` }), 'webhook reachable');
      expect(result).toMatchObject({
        status: 'FAIL',
        detail: `127.0.0.1:${port} answers, but not with TLS (EPROTO: wrong version number); over plain HTTP it answers HTTP 200: most likely another program listens on port ${port}, not your server, or your server speaks plain HTTP there`,
        fix: expect.stringContaining(`see what listens on port ${port} of 127.0.0.1`),
      });
      expect(result.fix).toContain('correct the port in participant.webhookUrl');
      expect(result.detail).not.toContain('certificate');
    } finally {
      plain.closeAllConnections();
      await new Promise((resolve) => plain.close(resolve));
    }
  });

  it('a TLS server whose certificate another CA altogether issued: FAIL, another program most likely', async () => {
    const otherCa = issueCertificate({ name: 'ca', commonName: 'Some other service CA', purpose: 'ca', notBefore: new Date(Date.now() - DAY), notAfter: new Date(Date.now() + 30 * DAY) });
    const theirs = issueCertificate({ name: 'server', commonName: 'Some other service', purpose: 'server', notBefore: new Date(Date.now() - DAY), notAfter: new Date(Date.now() + 30 * DAY), issuer: otherCa });
    const hook = await webhook({ serverCertificate: theirs });
    const space = workspace();
    const { port } = new URL(hook.url);
    const result = find(await doctorOn({ webhookUrl: hook.url }, space), 'webhook reachable');
    expect(result).toMatchObject({
      status: 'FAIL',
      detail: expect.stringContaining(
        `127.0.0.1:${port} presents 'Some other service', issued by 'Some other service CA', not by 'mhhs-qualify test CA', so most likely another program answers on port ${port}, not your server`,
      ),
      fix: expect.stringContaining(`see what listens on port ${port} of 127.0.0.1`),
    });
    expect(result.detail).toContain(`does not chain to the participant CA ${space.participantCa} (UNABLE_TO_VERIFY_LEAF_SIGNATURE)`);
    expect(result.fix).toContain("point transport.participantCa at the CA that issued it ('Some other service CA')");
  });

  it.each([
    ['write EPROTO 80CC6E643A7F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:350:\n', 'wrong version number'],
    ['write EPROTO 40F8:error:0A0000C6:SSL routines:tls_get_more_records:packet length too long:../deps/openssl/openssl/ssl/record/methods/tls_common.c:663:\n', 'packet length too long'],
  ])('OpenSSL’s words for a peer that does not speak TLS, in any version: %#', (message, reason) => {
    const url = 'https://127.0.0.1:7443/webhook';
    const result = judgeReachable('webhook reachable', { url, outcome: { kind: 'transport-error', code: 'EPROTO', message }, sentAt: 0, answeredAt: 1 }, { security: 'mtls', setting: 'participant.webhookUrl' });
    expect(result).toMatchObject({ status: 'FAIL', detail: `127.0.0.1:7443 answers, but not with TLS (EPROTO: ${reason}): most likely another program listens on port 7443, not your server, or your server speaks plain HTTP there` });
  });

  it('a refused client certificate by the participant’s own server is not taken for another program', async () => {
    const hook = await webhook({ clientCa: stranger.ca.certificatePem });
    const result = find(await doctorOn({ webhookUrl: hook.url }), 'webhook reachable');
    expect(result.detail).toContain("refused the suite's client certificate");
    expect(result.detail + result.fix).not.toContain('another program');
  });
});

describe('mhhs-qualify doctor on the portfolio', () => {
  const mssRole = { role: 'MSS', dipId: '1234567891', mpid: 'EXMS', apiKey: { env: 'DOCTOR_TEST_SUP_KEY' } } as const;

  it('a Supplier with no portfolio.supplier: warn with how many scenarios will be inconclusive, and the fix', async () => {
    const results = await doctorOn({ webhookUrl: 'https://127.0.0.1:1/webhook' });
    const result = find(results, 'portfolio.supplier');
    expect(result).toMatchObject({
      status: 'warn',
      detail: expect.stringMatching(/^lists no MPAN your Supplier already supplies, so the \d+ scenarios of this profile that start from one \(Given a … MPAN the participant supplies\) will be inconclusive$/),
      fix: expect.stringContaining('mhhs-qualify init --portfolio SUP:MPAN,MPAN…, or portfolio.supplier in the profile'),
    });
    expect(results.map((entry) => entry.check)).not.toContain('portfolio.meteringService');
  });

  it('the count is that of the scenarios a run of the profile would select', async () => {
    const space = workspace();
    const file = writeProfile(space.dir, { suitePki: space.suitePki, participantCa: space.participantCa, webhookUrl: 'https://127.0.0.1:1/webhook' }, await freePort());
    const profile = loadProfile(file);
    const needs = portfolioNeeds(profile, Date.now());
    expect(needs.supplier).toBeGreaterThan(0);
    const results = await runDoctor({ profile: file, env, timeoutMs: 3_000 });
    expect(find(results, 'portfolio.supplier').detail).toContain(`the ${needs.supplier} scenarios of this profile`);
    // Reverse migration takes a portfolio MPAN, and applies only before M14, as the run's market clock decides.
    expect(portfolioNeeds(profile, Date.parse('2026-10-20T09:00:00Z')).supplier).toBeGreaterThan(portfolioNeeds(profile, Date.parse('2026-11-20T09:00:00Z')).supplier);
  });

  it('a Metering Service with no portfolio.meteringService: warn, and the fix names --portfolio MSS', async () => {
    const results = await doctorOn({ webhookUrl: 'https://127.0.0.1:1/webhook', roles: [mssRole], triggers: { 'site-works': { manual: 'record it' } } });
    expect(find(results, 'portfolio.meteringService')).toMatchObject({
      status: 'warn',
      detail: expect.stringMatching(/^lists no MPAN your Metering Service already serves, so the \d+ scenarios of this profile that start from one \(Given a … MPAN the participant serves as Metering Service\) will be inconclusive$/),
      fix: expect.stringContaining('mhhs-qualify init --portfolio MSS:MPAN,MPAN…, or portfolio.meteringService in the profile'),
    });
    expect(results.map((entry) => entry.check)).not.toContain('portfolio.supplier');
  });

  it('fewer MPANs than scenarios that take one: warn with how many go without', async () => {
    const results = await doctorOn({ webhookUrl: 'https://127.0.0.1:1/webhook', portfolio: { supplier: mpans(1), meteringService: [] } });
    const { detail } = find(results, 'portfolio.supplier');
    const [, need, left] = /^lists 1 MPAN\(s\) for the (\d+) scenarios that take one each \(.*\): the (\d+) left without one will be inconclusive$/.exec(detail) ?? [];
    expect(Number(left), detail).toBe(Number(need) - 1);
  });

  it('an MPAN with a wrong check digit: FAIL naming the digit it must have', async () => {
    const [valid] = mpans(1);
    const wrong = `${valid!.slice(0, 12)}${(Number(valid![12]) + 1) % 10}`;
    const results = await doctorOn({ webhookUrl: 'https://127.0.0.1:1/webhook', portfolio: { supplier: [valid!, wrong], meteringService: [] } });
    expect(find(results, 'portfolio.supplier')).toMatchObject({ status: 'FAIL', detail: expect.stringContaining(`${wrong} (its check digit must be ${valid![12]})`), fix: 'correct the MPAN in portfolio.supplier' });
  });

  it('a bundled participant: no portfolio check, the suite gives it MPANs of its own', async () => {
    const results = await runDoctor({ profile: 'profiles/reference-participant.yaml', env });
    expect(results.some((result) => result.check.startsWith('portfolio'))).toBe(false);
  });

  it('counts by the steps that take an MPAN from the portfolio, as the step definitions word them', () => {
    expect(readFileSync('steps/registration-data.steps.ts', 'utf8')).toContain("Given('a(n) {word} MPAN the participant supplies'");
    expect(readFileSync('steps/metering-service.steps.ts', 'utf8')).toContain("Given('a(n) {word} MPAN the participant serves as Metering Service'");
    expect(PORTFOLIO_STEPS.supplier.test('a Smart MPAN the participant supplies')).toBe(true);
    expect(PORTFOLIO_STEPS.meteringService.test('an Advanced MPAN the participant serves as Metering Service')).toBe(true);
    expect(PORTFOLIO_STEPS.supplier.test('a Smart MPAN registered to another Supplier')).toBe(false);
  });
});
