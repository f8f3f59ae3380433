// `dip serve` and `dip push` as a developer uses them: the CLI in its own process on a free
// port (--port 0), the reference participant as an external system on the other side, a
// submission signed over mTLS as the participant's own client would make it, a push through the
// sandbox, and a clean stop that leaves the journal. A bundled profile gets the reference
// participant started for it, as a run does.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { buildMessage } from '../src/builders/message-builder.ts';
import type { Exchange } from '../src/evidence/exchange.ts';
import { exchangeLine } from '../src/sandbox/exchange-line.ts';
import { listeningLines } from '../src/sandbox/listening-address.ts';
import { mpanCheckDigit } from '../src/rules/mpan-check-digit.ts';
import { signRequest } from '../src/transport/dip-signature.ts';
import { cliWithin, externalEnv, externalKeys, freePort, initArgsFor, startParticipant } from './external-participant-harness.ts';
import { seededFaker } from './reference-participant-harness.ts';
import { specUnderTest } from './spec-under-test.ts';

const cli = cliWithin(120_000);
const withCheckDigit = (first12: string) => `${first12}${mpanCheckDigit(first12)}`;
const MPAN = withCheckDigit('230000000071');

interface Served {
  readonly child: ChildProcess;
  readonly lines: string[];
  /** Resolves with the first stdout line that matches. */
  line(pattern: RegExp, timeoutMs?: number): Promise<string>;
  readonly exited: Promise<number | null>;
}

/** `mhhs-qualify dip serve ARGS` in its own process, its stdout read line by line. */
function serve(...args: string[]): Served {
  const child = spawn(process.execPath, ['bin/mhhs-qualify.js', 'dip', 'serve', ...args], { env: externalEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiting = new Set<() => void>();
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  createInterface({ input: child.stdout! }).on('line', (text) => {
    lines.push(text);
    for (const wake of waiting) wake();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    lines,
    exited,
    line: (pattern, timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = lines.find((text) => pattern.test(text));
          if (!found) return;
          waiting.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiting.delete(check);
          reject(new Error(`dip serve printed no line matching ${pattern} within ${timeoutMs} ms; stdout:\n${lines.join('\n')}\nstderr:\n${stderr}`));
        }, timeoutMs);
        waiting.add(check);
        check();
      }),
  };
}

/** `mhhs-qualify ARGS` without blocking this process, so the sandbox's output keeps being read meanwhile. */
function cliAsync(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/mhhs-qualify.js', ...args], { env: externalEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A POST over HTTPS presenting `client`'s certificate and trusting `caPem`. */
function postOverMtls(url: string, body: Buffer, headers: Record<string, string>, tls: { cert: string; key: string; ca: string }): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpsRequest(url, { method: 'POST', ...tls, headers: { 'content-type': 'application/json', 'content-length': String(body.length), ...headers } }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, text }));
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

const stop = (child: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGTERM') => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
};

describe('dip serve and dip push against an external participant', () => {
  let sandbox: Served | undefined;
  let participant: ChildProcess | undefined;
  afterAll(() => {
    stop(sandbox?.child, 'SIGKILL');
    stop(participant);
  });

  it('serves the DIP on a free port, prints each exchange, pushes on request and stops cleanly with its journal', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'mhhs-dip-sandbox-'));
    const pki = path.join(work, 'test-pki');
    const reports = path.join(work, 'reports');
    expect(cli('certs', 'init', '--dir', pki).status).toBe(0);
    const webhookPort = await freePort();
    const profile = path.join(work, 'my-profile.yaml');
    // The profile's own emulator port is never used: --port 0 overrides it.
    const init = cli(...initArgsFor({ url: `https://127.0.0.1:${webhookPort}`, emulatorPort: await freePort(), pki, profile }));
    expect(init.status, init.stdout + init.stderr).toBe(0);

    sandbox = serve('--profile', profile, '--port', '0', '--reports', reports);
    const first = await sandbox.line(/./);
    const url = /^DIP emulator listening on (https:\/\/127\.0\.0\.1:(\d+))$/.exec(first);
    expect(url, first).not.toBeNull();
    const [dipUrl, dipPort] = [url![1]!, Number(url![2])];
    expect(dipPort).toBeGreaterThan(0);
    expect(sandbox.lines[0]).toBe(first);

    // The participant, calling the sandbox as its DIP.
    const config = path.join(work, 'participant.yaml');
    writeFileSync(
      config,
      readFileSync('examples/external-reference-participant/participant.yaml', 'utf8')
        .replaceAll('../../reports/test-pki', pki)
        .replace('../../reports/external-reference-participant-state', path.join(work, 'state')),
    );
    participant = (await startParticipant(config, { emulatorPort: dipPort, webhookPort })).process;

    // A submission signed and sent as the participant's own client would: mTLS, signature, API key.
    const spec = specUnderTest();
    const payload = buildMessage(spec, { faker: seededFaker(7), interfaceID: 'IF-031', eventCode: '[MSApp]', now: Date.now(), sender: { dipId: '1100000001', role: 'SUP' } });
    const body = Buffer.from(JSON.stringify([{ payload }]), 'utf8');
    const submitUrl = `${dipUrl}/dip-channel/IF-031`;
    const read = (name: string) => readFileSync(path.join(pki, name), 'utf8');
    const signature = signRequest({ method: 'POST', url: submitUrl, body, privateKeyPem: read('participant-signing.key.pem'), certificatePem: read('participant-signing.pem'), date: new Date() });
    const answer = await postOverMtls(submitUrl, body, { ...signature, 'x-api-key': externalKeys.MHHS_RP_KEY_SUP }, { cert: read('participant-client.pem'), key: read('participant-client.key.pem'), ca: read('ca.pem') });
    expect(answer.status, answer.text).toBe(201);
    await sandbox.line(/^\S+ {2}← participant {2}IF-031 \[MSApp\] {2}201 {2}ok$/);

    // dip push: a usage error names the choices; a valid publication is answered 201 and accepted.
    const [ambiguous, unknown, pushed] = await Promise.all([
      cliAsync('dip', 'push', 'IF-036', '--to', 'SUP', '--mpan', MPAN, '--reports', reports),
      cliAsync('dip', 'push', 'IF-999', '--to', 'SUP', '--mpan', MPAN, '--reports', reports),
      cliAsync('dip', 'push', 'IF-036', '[MSAppActive]', '--to', 'SUP', '--mpan', MPAN, '--profile', profile, '--reports', reports),
    ]);
    expect(ambiguous.status).toBe(2);
    expect(ambiguous.stderr).toMatch(/IF-036 has \d event codes SUP receives; name one: .*\[MSAppActive\]/);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/has no interface IF-999; SUP receives IF-/);
    expect(pushed.status, pushed.stdout + pushed.stderr).toBe(0);
    expect(pushed.stdout).toMatch(new RegExp(`^IF-036 \\[MSAppActive\\] about MPAN ${MPAN} to SUP 1100000001 at https://127\\.0\\.0\\.1:${webhookPort}/webhook, transaction T-IF-036-`, 'm'));
    expect(pushed.stdout).toMatch(/^HTTP 201$/m);
    expect(pushed.stdout).toMatch(/^acceptable: IF-036 \[MSAppActive\] answered 201/m);
    await sandbox.line(/^\S+ {2}→ participant {2}IF-036 \[MSAppActive\] {2}201 {2}ok$/);

    const current = path.join(reports, 'dip-sandbox', 'current.json');
    const { pid, control } = JSON.parse(readFileSync(current, 'utf8')) as { pid: number; control: { url: string; token: string } };
    expect(pid).toBe(sandbox.child.pid);
    expect(control.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    stop(sandbox.child);
    expect(await sandbox.exited).toBe(0);
    const stopped = await sandbox.line(/^DIP sandbox stopped after \d+ exchanges; journal: /);
    const journal = stopped.replace(/^.*; journal: /, '');
    expect(journal.startsWith(path.join(reports, 'dip-sandbox') + path.sep)).toBe(true);
    expect(existsSync(current)).toBe(false);
    const text = readFileSync(journal, 'utf8');
    expect(text).not.toContain(control.token);
    const exchanges = text.trim().split('\n').map((line) => JSON.parse(line) as Exchange);
    expect(exchanges.some((exchange) => exchange.direction === 'participant-to-dip' && exchange.channel === '/dip-channel/IF-031' && exchange.response?.status === 201)).toBe(true);
    expect(exchanges.some((exchange) => exchange.direction === 'dip-to-participant' && exchange.request.body.includes('"IF-036"') && exchange.response?.status === 201)).toBe(true);
    // Every exchange journaled was printed, one line each.
    expect(sandbox.lines.filter((line) => / (?:[←→] participant|→ simulated) /.test(line)).length).toBe(exchanges.length);
    // What the DIP handed on inside the sandbox is printed as such.
    expect(sandbox.lines.some((line) => / → simulated +IF-031 \[/.test(line))).toBe(true);

    // With no sandbox on a reports folder, push says how to start one.
    const none = await cliAsync('dip', 'push', 'IF-036', '[MSAppActive]', '--to', 'SUP', '--mpan', MPAN, '--reports', reports);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no DIP sandbox running; start one with `mhhs-qualify dip serve --profile …`');
  }, 180_000);
});

describe('dip serve with a bundled profile', () => {
  let sandbox: Served | undefined;
  afterAll(() => stop(sandbox?.child, 'SIGKILL'));

  it('starts the reference participant as a run does, pushes to it, and stops on SIGINT', async () => {
    const reports = mkdtempSync(path.join(tmpdir(), 'mhhs-dip-sandbox-bundled-'));
    sandbox = serve('--profile', 'profiles/reference-participant.yaml', '--port', '0', '--reports', reports);
    expect(await sandbox.line(/./)).toMatch(/^DIP emulator listening on https:\/\/127\.0\.0\.1:\d+$/);
    const pushed = await cliAsync('dip', 'push', 'IF-033', '[MSAppSPRequest]', '--to', 'MSS', '--mpan', MPAN, '--reports', reports);
    expect(pushed.status, pushed.stdout + pushed.stderr).toBe(0);
    expect(pushed.stdout).toMatch(/^HTTP 201$/m);
    await sandbox.line(/→ participant {2}IF-033 \[MSAppSPRequest\] {2}201 {2}ok$/);
    stop(sandbox.child, 'SIGINT');
    expect(await sandbox.exited).toBe(0);
    await sandbox.line(/^DIP sandbox stopped after \d+ exchanges; journal: /);
  }, 120_000);
});

describe('what dip serve prints', () => {
  it('names the configured host, or localhost and a second line for a wildcard', () => {
    expect(listeningLines('https', '127.0.0.1', 7001)).toEqual(['DIP emulator listening on https://127.0.0.1:7001']);
    expect(listeningLines('http', 'dip.test.example', 8080)).toEqual(['DIP emulator listening on http://dip.test.example:8080']);
    expect(listeningLines('https', '::1', 7001)).toEqual(['DIP emulator listening on https://[::1]:7001']);
    for (const wildcard of ['0.0.0.0', '::']) {
      const lines = listeningLines('https', wildcard, 7001);
      expect(lines[0]).toBe('DIP emulator listening on https://localhost:7001');
      expect(lines[1]).toMatch(/listens on all interfaces/);
    }
  });

  it('gives each exchange one line: market time, direction, interface and event code, status, rules or ok', () => {
    const base = { id: 'x', startedAt: '', finishedAt: '', marketTime: '2026-11-23T10:00:00+00:00', marketMillis: 0 };
    const request = (body: unknown, url = 'https://127.0.0.1:7001/dip-channel/IF-031') => ({ method: 'POST', url, headers: {}, body: JSON.stringify(body) });
    const msApp = [{ payload: { CommonBlock: { S0: { interfaceID: 'IF-031', eventCode: '[MSApp]' }, M0: { MPANCore: MPAN } } } }];
    const finding = (rule: string) => ({ rule, severity: 'fail' as const, pointer: '', message: '', requirement: '' });
    const refused: Exchange = { ...base, direction: 'participant-to-dip', channel: '/dip-channel/IF-031', request: request(msApp), response: { status: 400, headers: {}, body: '' }, findings: [finding('SCHEMA'), finding('MPAN-CHECK-DIGIT'), finding('SCHEMA')] };
    expect(exchangeLine(refused)).toBe('2026-11-23T10:00:00+00:00  ← participant  IF-031 [MSApp]  400  SCHEMA, MPAN-CHECK-DIGIT');
    const retried: Exchange = { ...base, direction: 'dip-to-participant', channel: '/webhook', request: request(msApp, 'https://127.0.0.1:7100/webhook'), transportError: 'ECONNREFUSED: connect ECONNREFUSED', findings: [], attempt: 2 };
    expect(exchangeLine(retried)).toBe('2026-11-23T10:00:00+00:00  → participant  IF-031 [MSApp] (attempt 2)  no answer (ECONNREFUSED: connect ECONNREFUSED)  ok');
    const status: Exchange = { ...base, direction: 'participant-to-dip', channel: '/statusmessage', request: request([{ message: 'RCP1061 - MPAN Invalid or Unknown' }]), response: { status: 201, headers: {}, body: '' }, findings: [] };
    expect(exchangeLine(status)).toBe('2026-11-23T10:00:00+00:00  ← participant  status message RCP1061  201  ok');
  });
});
