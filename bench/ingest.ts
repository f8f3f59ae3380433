// Benchmark: how many participant submissions the DIP emulator takes per second, against a
// bare node:http server on the same machine as the yardstick.
//   npm run bench:ingest [-- --seconds 3 --concurrency 16 --rounds 3 --warmup 1 --seed 1]
// (or BENCH_SECONDS, BENCH_CONCURRENCY, BENCH_ROUNDS in the environment)
//
// Both servers get the same load: valid single-message IF-031 [MSApp] batches on
// POST /dip-channel/IF-031, each with a fresh sender unique reference (the emulator answers a
// reused one with MSG1006), N requests in flight over keep-alive sockets. The load generator
// runs in a child process, so the server under test has this process's event loop to itself.
// Rounds alternate bare/emulator so both see the same spells of noise on a shared machine;
// figures are medians over rounds. The emulator serves plain HTTP without message signatures
// (a profile's `transport.security: plain`); requestHeaders() is where the signing headers of
// the mTLS path go. Figures only: never a test.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { en, en_GB, Faker } from '@faker-js/faker';
import { DipEmulator } from '../mocks/dip/dip-emulator.ts';
import { PartyDirectory } from '../mocks/isd/party-directory.ts';
import { buildMessage } from '../scenarios/builders/message-builder.ts';
import { senderUniqueReference, surDate } from '../scenarios/builders/identifiers.ts';
import { ExchangeJournal } from '../src/evidence/exchange-journal.ts';
import { simulatedParties } from '../src/stage/simulated-parties.ts';
import { loadSpec } from '../src/spec/load-spec.ts';

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

/** What the parent asks the load generator to do: one timed round against one server. */
interface RoundOrder {
  readonly kind: 'round';
  readonly url: string;
  readonly apiKey: string;
  /** Each body is `before + sequence + after`: the sequence completes the sender unique reference. */
  readonly templates: ReadonlyArray<readonly [string, string]>;
  /** Makes sequences unique across rounds: the emulator remembers every reference it accepted. */
  readonly tag: string;
  readonly seconds: number;
  readonly concurrency: number;
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
}

/**
 * Headers of one submission, made in one place so that the DIP message signature can be added
 * here (signRequest in src/transport/dip-signature.ts gives the X-DIP-* headers). Its string to
 * sign covers the method, the full URL and a hash of the exact body bytes, hence both arguments.
 * RSA signing costs the generator CPU: if it then limits the figures, sign a pool before the round.
 */
function requestHeaders(body: Buffer, _url: string, apiKey: string): Record<string, string> {
  return { 'content-type': 'application/json', 'content-length': String(body.length), 'x-api-key': apiKey };
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

async function runRound(order: RoundOrder): Promise<RoundResult> {
  const target = new URL(CHANNEL, order.url);
  const agent = new Agent({ keepAlive: true, maxSockets: order.concurrency });
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let sequence = 0;
  const cpuBefore = process.cpuUsage();

  const send = (): Promise<void> =>
    new Promise((resolve) => {
      sequence += 1;
      const [before, after] = order.templates[sequence % order.templates.length]!;
      const body = Buffer.from(`${before}${order.tag}${sequence.toString(36).toUpperCase()}${after}`);
      const started = performance.now();
      const request = httpRequest(target, { method: 'POST', agent, headers: requestHeaders(body, target.href, order.apiKey) }, (response) => {
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
      request.end(body);
    });

  const started = performance.now();
  const deadline = started + order.seconds * 1000;
  // Closed loop: each of N lanes sends its next request as soon as the last one is answered.
  const lane = async () => {
    while (performance.now() < deadline) await send();
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
  };
}

function serveAsLoadGenerator(): void {
  process.on('message', (order: RoundOrder | { kind: 'exit' }) => {
    if (order.kind === 'exit') process.exit(0);
    else void runRound(order).then((result) => process.send!(result));
  });
  process.send!({ kind: 'ready' });
}

// ---------------------------------------------------------------------------------------------
// Servers and rounds (parent process)

/** The yardstick: node:http reading each body and answering a fixed 201, nothing else. */
async function startBareServer(): Promise<{ url: string; server: Server }> {
  const answer = Buffer.from(JSON.stringify({ messageArray: [{ message: 'MSG0000 - Success' }], timestamp: '2026-09-15T10:00:00+01:00' }));
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => response.writeHead(201, { 'content-type': 'application/json', 'content-length': answer.length }).end(answer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
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

  /** Runs one round; the generator answers each order with one result message. */
  send(order: RoundOrder): Promise<RoundResult> {
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
    },
  });
  const seconds = Number(values.seconds);
  const concurrency = Number(values.concurrency);
  const rounds = Number(values.rounds);

  const spec = loadSpec();
  const templates = buildTemplates(spec, Number(values.seed));
  const apiKey = randomBytes(24).toString('base64url');
  const workDir = mkdtempSync(path.join(tmpdir(), 'mhhs-bench-ingest-'));
  const journal = new ExchangeJournal(path.join(workDir, 'journal.jsonl'));
  // As a run's stage builds it: the simulated market plus one participant party with its key.
  const directory = new PartyDirectory([...simulatedParties(), { ...PARTICIPANT, apiKey }]);
  const emulator = await DipEmulator.start({ spec, directory, journal, now: () => NOW, runTag: 'B' });
  const bare = await startBareServer();
  const generator = await LoadGenerator.start();

  let roundCounter = 0;
  const measure = async (url: string, roundSeconds: number): Promise<Measured> => {
    roundCounter += 1;
    const cpuBefore = process.cpuUsage();
    const loopBefore = performance.eventLoopUtilization();
    const result = await generator.send({ kind: 'round', url, apiKey, templates, tag: `R${roundCounter}X`, seconds: roundSeconds, concurrency });
    const loop = performance.eventLoopUtilization(loopBefore);
    const cpu = process.cpuUsage(cpuBefore);
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

  // Every answered exchange must be in the journal: it is written before the answer leaves.
  const journalLines = readFileSync(journal.file, 'utf8').split('\n').filter((line) => line !== '').length;
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
      `${concurrency} in flight, ${rounds} rounds of ${seconds} s each (bare/emulator alternated), median of rounds`,
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
  row('server CPU per request, emulator', `${emulatorFigures.serverCpu.toFixed(0)} µs`, 'main thread, libuv pool (journal writes) and GC threads together');
  row('server event loop busy, bare', `${(bareFigures.serverLoopBusy * 100).toFixed(0)} %`);
  row('server event loop busy, emulator', `${(emulatorFigures.serverLoopBusy * 100).toFixed(0)} %`, 'near 100 % means the request path on the main thread is the limit');
  row('load generator busy, bare rounds', `${(bareFigures.generatorCpuShare * 100).toFixed(0)} %`, 'of one core; near 100 % means the generator, not the server, set the bare figure');
  row('load generator busy, emulator rounds', `${(emulatorFigures.generatorCpuShare * 100).toFixed(0)} %`);
  row('emulator answers (incl. warm-up)', `${answered}`, `201: ${accepted}${others.length ? `; others: ${others.map(([status, count]) => `${status} × ${count}`).join(', ')}` : '; no other status'}`);
  row('journal lines', `${journalLines}`, journalLines === accepted && answered === accepted ? 'equal to the accepted count: every accepted message was journaled' : `MISMATCH with ${accepted} accepted / ${answered} answered`);
}

const { values: role } = parseArgs({ options: { 'load-generator': { type: 'boolean', default: false } }, strict: false });
if (role['load-generator']) serveAsLoadGenerator();
else await main();
