// Benchmark: how many participant submissions the DIP emulator takes per second, against a
// bare node:http(s) server on the same machine as the yardstick.
//   npm run bench:ingest [-- --seconds 3 --concurrency 16 --rounds 3 --warmup 1 --seed 1 --transport mtls|plain]
// (or BENCH_SECONDS, BENCH_CONCURRENCY, BENCH_ROUNDS in the environment)
//
// Both servers get the same load: valid single-message IF-031 [MSApp] batches on
// POST /dip-channel/IF-031, each with a fresh sender unique reference (the emulator answers a
// reused one with MSG1006), N requests in flight over keep-alive sockets. The load generator
// runs in a child process, so the server under test has this process's event loop to itself.
// Rounds alternate bare/emulator so both see the same spells of noise on a shared machine;
// figures are medians over rounds.
//
// Transport `mtls` (the default, as a run speaks to the DIP): both servers serve HTTPS and
// require the participant's client certificate, and every request carries a DIP message
// signature. The emulator verifies it, validates the message against schema and rules and
// journals the exchange before answering; the bare server reads the body and answers a fixed
// 201. Signing is the participant's cost, not the server's: the generator signs each round's
// requests before the round's clock starts. `plain` is HTTP without signatures (a profile's
// `transport.security: plain`). Figures only: never a test.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent as HttpAgent, createServer, request as httpRequest, type Server } from 'node:http';
import { Agent as HttpsAgent, createServer as createHttpsServer, request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createPrivateKey, randomBytes, sign } from 'node:crypto';
import { promisify } from 'node:util';
import { en, en_GB, Faker } from '@faker-js/faker';
import { DipEmulator } from '../mocks/dip/dip-emulator.ts';
import { PartyDirectory } from '../mocks/isd/party-directory.ts';
import { buildMessage } from '../src/builders/message-builder.ts';
import { senderUniqueReference, surDate } from '../src/builders/identifiers.ts';
import { ExchangeJournal } from '../src/evidence/exchange-journal.ts';
import { simulatedParties } from '../src/stage/simulated-parties.ts';
import { loadSpec } from '../src/spec/load-spec.ts';
import { contentHash, DEFAULT_SIGNING_PROFILE, SIGNATURE_HEADERS, signingProfile } from '../src/transport/dip-signature.ts';
import type { TlsIdentity } from '../src/transport/post-request.ts';
import { bundledTransportSecurity } from '../src/transport/transport-security.ts';

const TARGET_RATIO = 0.5;
const TARGET_EMULATOR_PER_SECOND = 3_000;

/** Distinct message contents to cycle through; only the sender unique reference changes per request. */
const TEMPLATE_COUNT = 64;
const CHANNEL = '/dip-channel/IF-031';
/** Market time of every message and of the emulator's clock, so timestamps are never "in the future". */
const NOW = Date.UTC(2026, 8, 15, 9, 0);
/** Stands in a template for the sequence; not a character a reference or JSON text could hold. */
const SEQUENCE_MARK = '<<sequence>>';
const PARTICIPANT = { dipId: '1000000001', mpid: 'SUPA', role: 'SUP', name: 'benchmark supplier' };

/** The participant's side of an mTLS round: its client certificate, its signing certificate, the CA it trusts. */
interface ParticipantCredentials {
  readonly client: TlsIdentity;
  readonly signing: TlsIdentity;
  readonly caPem: string;
}

/** What the parent asks the load generator to do first: build (and sign) the requests of one round. */
interface PrepareOrder {
  readonly kind: 'prepare';
  readonly url: string;
  readonly apiKey: string;
  /** Each body is `before + sequence + after`: the sequence completes the sender unique reference. */
  readonly templates: ReadonlyArray<readonly [string, string]>;
  /** Makes sequences unique across rounds: the emulator remembers every reference it accepted. */
  readonly tag: string;
  /** Requests to make ready; a round that uses them all ends early (its rate stays true). */
  readonly requests: number;
  readonly credentials?: ParticipantCredentials;
}

/** Then the timed round itself, over the prepared requests. */
interface RoundOrder {
  readonly kind: 'round';
  readonly seconds: number;
  readonly concurrency: number;
  /** Send the prepared requests again once all are sent: for the bare server, which keeps no references. */
  readonly cycle: boolean;
}

interface RoundResult {
  readonly completed: number;
  readonly elapsedMillis: number;
  readonly statuses: Record<string, number>;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  /** CPU the load generator itself used, to tell a saturated generator from a saturated server. */
  readonly generatorCpuMillis: number;
  /** The round ran out of prepared requests before its time was up. */
  readonly ranOut: boolean;
}

interface PreparedRequest {
  readonly body: Buffer;
  readonly headers: Record<string, string>;
}

const signAsync = promisify(sign);

/**
 * Headers of one submission: the API key and, over mTLS, the DIP message signature
 * (DIP-REFERENCE §2.2, the default canonicalisation profile) over the method, the full URL and
 * the exact body bytes. Signing runs in libuv's thread pool, so preparing a round uses both cores.
 */
async function requestHeaders(body: Buffer, url: string, apiKey: string, credentials?: ParticipantCredentials): Promise<Record<string, string>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'content-length': String(body.length), 'x-api-key': apiKey };
  if (!credentials) return headers;
  const hash = contentHash(body);
  const date = new Date().toISOString();
  const toSign = signingProfile(DEFAULT_SIGNING_PROFILE).stringToSign('POST', url, date, hash);
  const signature = await signAsync('sha256', Buffer.from(toSign, 'utf8'), signingKey(credentials.signing.privateKeyPem));
  return {
    ...headers,
    [SIGNATURE_HEADERS.contentHash]: hash,
    [SIGNATURE_HEADERS.date]: date,
    [SIGNATURE_HEADERS.signature]: signature.toString('base64'),
    [SIGNATURE_HEADERS.certificate]: Buffer.from(credentials.signing.certificatePem, 'utf8').toString('base64'),
  };
}

const signingKeys = new Map<string, ReturnType<typeof createPrivateKey>>();
function signingKey(pem: string): ReturnType<typeof createPrivateKey> {
  if (!signingKeys.has(pem)) signingKeys.set(pem, createPrivateKey(pem));
  return signingKeys.get(pem)!;
}

function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

// ---------------------------------------------------------------------------------------------
// Load generator (child process)

/** The round being prepared or run: its target, its agent and its ready requests. */
interface Round {
  readonly target: URL;
  readonly agent: HttpAgent | HttpsAgent;
  readonly requests: PreparedRequest[];
}

async function prepareRound(order: PrepareOrder): Promise<Round> {
  const target = new URL(CHANNEL, order.url);
  const credentials = order.credentials;
  const agentOptions = { keepAlive: true, maxSockets: 64 };
  const agent = credentials
    ? new HttpsAgent({ ...agentOptions, ca: [credentials.caPem], cert: credentials.client.certificatePem, key: credentials.client.privateKeyPem })
    : new HttpAgent(agentOptions);
  const requests: PreparedRequest[] = [];
  // In slices, so the thread pool is kept busy without holding tens of thousands of promises.
  for (let start = 1; start <= order.requests; start += 256) {
    const slice = Array.from({ length: Math.min(256, order.requests - start + 1) }, async (_, offset) => {
      const sequence = start + offset;
      const [before, after] = order.templates[sequence % order.templates.length]!;
      const body = Buffer.from(`${before}${order.tag}${sequence.toString(36).toUpperCase()}${after}`);
      return { body, headers: await requestHeaders(body, target.href, order.apiKey, credentials) };
    });
    requests.push(...(await Promise.all(slice)));
  }
  return { target, agent, requests };
}

async function runRound(round: Round, order: RoundOrder): Promise<RoundResult> {
  const { target, agent } = round;
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let next = 0;
  const cpuBefore = process.cpuUsage();

  const sendOne = (prepared: PreparedRequest): Promise<void> =>
    new Promise((resolve) => {
      const started = performance.now();
      const request = send(target, { method: 'POST', agent, headers: prepared.headers }, (response) => {
        // Read the whole answer: a real participant does, and the socket is reused only after it.
        response.resume();
        response.on('end', () => {
          latencies.push(performance.now() - started);
          const status = String(response.statusCode);
          statuses[status] = (statuses[status] ?? 0) + 1;
          resolve();
        });
      });
      request.on('error', (error: NodeJS.ErrnoException) => {
        const status = `error ${error.code ?? error.message}`;
        statuses[status] = (statuses[status] ?? 0) + 1;
        resolve();
      });
      request.end(prepared.body);
    });

  const started = performance.now();
  const deadline = started + order.seconds * 1000;
  // Closed loop: each of N lanes sends its next request as soon as the last one is answered.
  const lane = async () => {
    while (performance.now() < deadline && (order.cycle || next < round.requests.length)) await sendOne(round.requests[next++ % round.requests.length]!);
  };
  await Promise.all(Array.from({ length: order.concurrency }, lane));
  const elapsedMillis = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  return {
    completed: latencies.length,
    elapsedMillis,
    statuses,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    generatorCpuMillis: (cpu.user + cpu.system) / 1000,
    ranOut: !order.cycle && next >= round.requests.length && performance.now() < deadline,
  };
}

function serveAsLoadGenerator(): void {
  let prepared: Round | undefined;
  process.on('message', (order: PrepareOrder | RoundOrder | { kind: 'exit' }) => {
    if (order.kind === 'exit') process.exit(0);
    else if (order.kind === 'prepare') {
      void prepareRound(order).then((round) => {
        prepared = round;
        process.send!({ kind: 'prepared' });
      });
    } else {
      const round = prepared!;
      prepared = undefined;
      void runRound(round, order).then((result) => process.send!(result));
    }
  });
  process.send!({ kind: 'ready' });
}

// ---------------------------------------------------------------------------------------------
// Servers and rounds (parent process)

/** The yardstick: node:http(s) reading each body and answering a fixed 201, nothing else; over mTLS it requires the same client certificate. */
async function startBareServer(tls?: { readonly server: TlsIdentity; readonly clientCaPems: readonly string[] }): Promise<{ url: string; server: Server }> {
  const answer = Buffer.from(JSON.stringify({ messageArray: [{ message: 'MSG0000 - Success' }], timestamp: '2026-09-15T10:00:00+01:00' }));
  const listener = (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => {
    request.resume();
    request.on('end', () => response.writeHead(201, { 'content-type': 'application/json', 'content-length': answer.length }).end(answer));
  };
  const server: Server = tls
    ? createHttpsServer({ cert: tls.server.certificatePem, key: tls.server.privateKeyPem, ca: [...tls.clientCaPems], requestCert: true, rejectUnauthorized: true }, listener)
    : createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `${tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** Valid IF-031 bodies from the seeded builder, split where the sender unique reference's sequence goes. */
function buildTemplates(spec: ReturnType<typeof loadSpec>, seed: number): Array<[string, string]> {
  const faker = new Faker({ locale: [en_GB, en] });
  faker.seed(seed);
  const prefix = senderUniqueReference({ interfaceID: 'IF-031', dipId: PARTICIPANT.dipId, role: PARTICIPANT.role, date: surDate(NOW), sequence: '' });
  return Array.from({ length: TEMPLATE_COUNT }, () => {
    const payload = buildMessage(spec, { faker, interfaceID: 'IF-031', eventCode: '[MSApp]', now: NOW, sender: { dipId: PARTICIPANT.dipId, role: PARTICIPANT.role } });
    (payload.CommonBlock.S1 as Record<string, unknown>).senderUniqueReference = `${prefix}${SEQUENCE_MARK}`;
    const [before, after] = JSON.stringify([{ payload }]).split(SEQUENCE_MARK);
    return [before!, after!];
  });
}

class LoadGenerator {
  private constructor(private readonly child: ChildProcess) {}

  static async start(): Promise<LoadGenerator> {
    // Same file, same TypeScript loader (fork passes this process's execArgv on).
    const child = fork(fileURLToPath(import.meta.url), ['--load-generator'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) => reject(new Error(`load generator exited ${code} before it was ready`)));
    });
    return new LoadGenerator(child);
  }

  /** Has the generator build a round's requests (signing them over mTLS); not timed. */
  prepare(order: PrepareOrder): Promise<void> {
    const done = new Promise<void>((resolve) => this.child.once('message', () => resolve()));
    this.child.send(order);
    return done;
  }

  /** Runs the prepared round; the generator answers with one result message. */
  run(order: RoundOrder): Promise<RoundResult> {
    const result = new Promise<RoundResult>((resolve) => this.child.once('message', (message) => resolve(message as RoundResult)));
    this.child.send(order);
    return result;
  }

  stop(): void {
    this.child.send({ kind: 'exit' });
  }
}

interface Measured extends RoundResult {
  readonly perSecond: number;
  /** CPU this process (the server under test) used per answered request, all its threads. */
  readonly serverCpuMicrosPerRequest: number;
  /** Share of the round the server's event loop was running code: near 1 means it, not I/O, is the limit. */
  readonly serverLoopBusy: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: process.env.BENCH_SECONDS ?? '3' },
      concurrency: { type: 'string', default: process.env.BENCH_CONCURRENCY ?? '16' },
      rounds: { type: 'string', default: process.env.BENCH_ROUNDS ?? '3' },
      warmup: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      transport: { type: 'string', default: 'mtls' },
      'max-rate': { type: 'string', default: '8000' },
    },
  });
  const seconds = Number(values.seconds);
  const concurrency = Number(values.concurrency);
  const rounds = Number(values.rounds);
  const transport = values.transport;
  if (transport !== 'mtls' && transport !== 'plain') throw new Error(`--transport '${transport}': expected mtls or plain`);
  /** Unique requests made ready per second of an emulator round: above any rate it reaches, or the round ends early and says so. */
  const maxRate = Number(values['max-rate']);

  const spec = loadSpec();
  const templates = buildTemplates(spec, Number(values.seed));
  const apiKey = randomBytes(24).toString('base64url');
  const workDir = mkdtempSync(path.join(tmpdir(), 'mhhs-bench-ingest-'));
  const journal = new ExchangeJournal(path.join(workDir, 'journal.jsonl'));
  // As a run's stage builds it: the simulated market plus one participant party with its key,
  // and over mTLS a throw-away PKI for both sides.
  const directory = new PartyDirectory([...simulatedParties(), { ...PARTICIPANT, apiKey }]);
  const pki = transport === 'mtls' ? bundledTransportSecurity(DEFAULT_SIGNING_PROFILE) : undefined;
  const credentials = pki ? { client: pki.participant.client, signing: pki.participant.signing, caPem: pki.suite.suiteCaPem } : undefined;
  const emulator = await DipEmulator.start({ spec, directory, journal, now: () => NOW, runTag: 'B', ...(pki ? { security: pki.suite } : {}) });
  const bare = await startBareServer(pki ? { server: pki.suite.server, clientCaPems: pki.suite.participantCaPems } : undefined);
  const generator = await LoadGenerator.start();

  let roundCounter = 0;
  const measure = async (url: string, roundSeconds: number): Promise<Measured> => {
    roundCounter += 1;
    const isBare = url === bare.url;
    const requests = isBare ? 4096 : Math.ceil(roundSeconds * maxRate);
    await generator.prepare({ kind: 'prepare', url, apiKey, templates, tag: `R${roundCounter}X`, requests, ...(credentials ? { credentials } : {}) });
    const cpuBefore = process.cpuUsage();
    const loopBefore = performance.eventLoopUtilization();
    const result = await generator.run({ kind: 'round', seconds: roundSeconds, concurrency, cycle: isBare });
    const loop = performance.eventLoopUtilization(loopBefore);
    const cpu = process.cpuUsage(cpuBefore);
    if (result.ranOut) console.log(`  (round ${roundCounter} used all ${requests} prepared requests before its ${roundSeconds} s: raise --max-rate)`);
    return {
      ...result,
      perSecond: (result.completed / result.elapsedMillis) * 1000,
      serverCpuMicrosPerRequest: (cpu.user + cpu.system) / Math.max(1, result.completed),
      serverLoopBusy: loop.utilization,
    };
  };

  // Warm-up: JIT, the IF-031 validator's compile, sockets; not counted in the figures.
  const emulatorAnswers: Record<string, number>[] = [];
  const warmups = [await measure(bare.url, Number(values.warmup)), await measure(emulator.url, Number(values.warmup))];
  emulatorAnswers.push(warmups[1]!.statuses);

  const bareRounds: Measured[] = [];
  const emulatorRounds: Measured[] = [];
  for (let round = 0; round < rounds; round += 1) {
    // Alternate which goes first, so a slow spell of the machine does not always hit the same one.
    const order = round % 2 === 0 ? (['bare', 'emulator'] as const) : (['emulator', 'bare'] as const);
    for (const which of order) {
      if (which === 'bare') bareRounds.push(await measure(bare.url, seconds));
      else {
        const measured = await measure(emulator.url, seconds);
        emulatorRounds.push(measured);
        emulatorAnswers.push(measured.statuses);
      }
    }
  }
  generator.stop();
  await emulator.close();
  await new Promise((resolve) => bare.server.close(resolve));

  // Every answered exchange must be in the journal: it is written before the answer leaves. Each
  // accepted message's hand-on to the simulated parties is journaled too, after the answer.
  const lines = readFileSync(journal.file, 'utf8').split('\n').filter((line) => line !== '');
  const journalLines = lines.filter((line) => line.includes('"direction":"participant-to-dip"')).length;
  const handedOn = lines.filter((line) => line.includes('"direction":"dip-to-simulated-party"')).length;
  rmSync(workDir, { recursive: true, force: true });

  const totals: Record<string, number> = {};
  for (const statuses of emulatorAnswers) for (const [status, count] of Object.entries(statuses)) totals[status] = (totals[status] ?? 0) + count;
  const answered = Object.entries(totals).filter(([status]) => /^\d+$/.test(status)).reduce((sum, [, count]) => sum + count, 0);
  const accepted = totals['201'] ?? 0;
  const others = Object.entries(totals).filter(([status]) => status !== '201');

  const summary = (measured: Measured[]) => ({
    perSecond: median(measured.map((m) => m.perSecond)),
    p50: median(measured.map((m) => m.p50)),
    p95: median(measured.map((m) => m.p95)),
    p99: median(measured.map((m) => m.p99)),
    serverCpu: median(measured.map((m) => m.serverCpuMicrosPerRequest)),
    serverLoopBusy: median(measured.map((m) => m.serverLoopBusy)),
    generatorCpuShare: median(measured.map((m) => m.generatorCpuMillis / m.elapsedMillis)),
  });
  const bareFigures = summary(bareRounds);
  const emulatorFigures = summary(emulatorRounds);
  const ratio = emulatorFigures.perSecond / bareFigures.perSecond;

  const row = (label: string, value: string, note = '') => console.log(`${label.padEnd(34)} ${value.padStart(16)}  ${note}`);
  const verdict = (ok: boolean) => (ok ? 'meets target' : 'BELOW TARGET');
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  console.log(
    `mhhs-qualify ingest benchmark — DIP API ${spec.version}, node ${process.version}, POST ${CHANNEL} single-message batches, ` +
      `${concurrency} in flight, ${rounds} rounds of ${seconds} s each (bare/emulator alternated), median of rounds, ` +
      (transport === 'mtls' ? `mTLS with signed requests (profile ${DEFAULT_SIGNING_PROFILE}) to both servers` : 'plain HTTP, unsigned'),
  );
  console.log('rounds (msg/s):');
  for (let round = 0; round < rounds; round += 1) {
    const b = bareRounds[round]!;
    const e = emulatorRounds[round]!;
    console.log(`  ${String(round + 1).padStart(2)}  bare ${b.perSecond.toFixed(0).padStart(7)}  emulator ${e.perSecond.toFixed(0).padStart(7)}  ratio ${(e.perSecond / b.perSecond).toFixed(2)}`);
  }
  row('bare node:http', `${bareFigures.perSecond.toFixed(0)} msg/s`, `p50 ${ms(bareFigures.p50)}  p95 ${ms(bareFigures.p95)}  p99 ${ms(bareFigures.p99)}`);
  row('DIP emulator', `${emulatorFigures.perSecond.toFixed(0)} msg/s`, `p50 ${ms(emulatorFigures.p50)}  p95 ${ms(emulatorFigures.p95)}  p99 ${ms(emulatorFigures.p99)}`);
  row('emulator target', `${emulatorFigures.perSecond.toFixed(0)} msg/s`, `${verdict(emulatorFigures.perSecond >= TARGET_EMULATOR_PER_SECOND)} (>= ${TARGET_EMULATOR_PER_SECOND})`);
  row('ratio emulator / bare', `${ratio.toFixed(2)}`, `${verdict(ratio >= TARGET_RATIO)} (>= ${TARGET_RATIO})`);
  row('server CPU per request, bare', `${bareFigures.serverCpu.toFixed(0)} µs`, 'all threads of the server process');
  row('server CPU per request, emulator', `${emulatorFigures.serverCpu.toFixed(0)} µs`, 'main thread, signature thread, libuv pool (journal writes) and GC threads together');
  row('server event loop busy, bare', `${(bareFigures.serverLoopBusy * 100).toFixed(0)} %`);
  row('server event loop busy, emulator', `${(emulatorFigures.serverLoopBusy * 100).toFixed(0)} %`, 'near 100 % means the request path on the main thread is the limit');
  row('load generator busy, bare rounds', `${(bareFigures.generatorCpuShare * 100).toFixed(0)} %`, 'of one core; near 100 % means the generator, not the server, set the bare figure');
  row('load generator busy, emulator rounds', `${(emulatorFigures.generatorCpuShare * 100).toFixed(0)} %`);
  row('emulator answers (incl. warm-up)', `${answered}`, `201: ${accepted}${others.length ? `; others: ${others.map(([status, count]) => `${status} × ${count}`).join(', ')}` : '; no other status'}`);
  row('journal lines', `${journalLines}`, journalLines === accepted && answered === accepted ? 'equal to the accepted count: every accepted message was journaled' : `MISMATCH with ${accepted} accepted / ${answered} answered`);
  row('journaled hand-ons', `${handedOn}`, handedOn === accepted ? 'one per accepted message, to the simulated parties' : `MISMATCH with ${accepted} accepted`);
}

const { values: role } = parseArgs({ options: { 'load-generator': { type: 'boolean', default: false } }, strict: false });
if (role['load-generator']) serveAsLoadGenerator();
else await main();
