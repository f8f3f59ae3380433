// Memory soak of the DIP emulator: signed, valid submissions over mutual TLS at a steady rate for
// minutes, while this process (the emulator's) samples its resident memory and heap. A server
// that keeps something per message grows without end; one that streams its journal to disk
// stays flat.
//   npm run bench:soak [-- --minutes 10 --rate 500 --sample-seconds 5 --keep-journal]
//
// The load generator runs in a child process, so the figures are the emulator's alone. Each
// submission is a valid single-message IF-031 [MSApp] body with a fresh sender unique
// reference, signed with the participant's key of a throw-away test PKI (as the reference
// participant signs), posted with its client certificate. Heap figures are taken after a full
// garbage collection when node runs with --expose-gc (the npm script does), so the sawtooth of
// garbage does not hide or fake a trend. Figures only: never a test.
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { Agent, request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { en, en_GB, Faker } from '@faker-js/faker';
import { DipEmulator } from '../mocks/dip/dip-emulator.ts';
import { PartyDirectory } from '../mocks/isd/party-directory.ts';
import { senderUniqueReference, surDate } from '../src/builders/identifiers.ts';
import { buildMessage } from '../src/builders/message-builder.ts';
import { ExchangeJournal } from '../src/evidence/exchange-journal.ts';
import { loadSpec } from '../src/spec/load-spec.ts';
import { simulatedParties } from '../src/stage/simulated-parties.ts';
import { DEFAULT_SIGNING_PROFILE, signRequest } from '../src/transport/dip-signature.ts';
import type { TlsIdentity } from '../src/transport/post-request.ts';
import { bundledTransportSecurity } from '../src/transport/transport-security.ts';

const CHANNEL = '/dip-channel/IF-031';
/** Market time of every message and of the emulator's clock, so no date rule changes its mind mid-soak. */
const NOW = Date.UTC(2026, 8, 15, 9, 0);
const PARTICIPANT = { dipId: '1000000001', mpid: 'SUPA', role: 'SUP', name: 'soak supplier' };
const TEMPLATE_COUNT = 32;
/** Stands in a template for the sequence; not a character a reference or JSON text could hold. */
const SEQUENCE_MARK = '<<sequence>>';
/** Requests in flight at most: past it the generator waits, and the achieved rate shows the emulator fell behind. */
const MAX_IN_FLIGHT = 64;
/** "Memory flat": resident memory at the end at most this much above the baseline (1 minute in). */
const FLAT_GROWTH = 0.1;
const BASELINE_SECONDS = 60;
const PRINT_EVERY_SECONDS = 30;

/** What the parent sends the generator. */
interface GeneratorOrder {
  readonly url: string;
  readonly apiKey: string;
  readonly templates: ReadonlyArray<readonly [string, string]>;
  readonly rate: number;
  readonly client: TlsIdentity;
  readonly signing: TlsIdentity;
  readonly trustedCaPem: string;
  readonly signingProfile: string;
}

/** What the generator reports, every second and once more when told to stop. */
interface GeneratorReport {
  readonly kind: 'report';
  readonly sent: number;
  readonly statuses: Record<string, number>;
  /** Answer times (ms) since the soak began, as a histogram by whole millisecond (capped). */
  readonly latencyHistogram: number[];
  readonly final: boolean;
}

// ---------------------------------------------------------------------------------------------
// Load generator (child process)

const HISTOGRAM_MAX_MS = 10_000;

function serveAsLoadGenerator(): void {
  let stop = false;
  process.on('message', (message: { kind: 'start'; order: GeneratorOrder } | { kind: 'stop' }) => {
    if (message.kind === 'stop') stop = true;
    else void generate(message.order, () => stop);
  });
  process.send!({ kind: 'ready' });
}

async function generate(order: GeneratorOrder, stopped: () => boolean): Promise<void> {
  const target = new URL(CHANNEL, order.url);
  const agent = new Agent({ keepAlive: true, maxSockets: MAX_IN_FLIGHT, cert: order.client.certificatePem, key: order.client.privateKeyPem, ca: [order.trustedCaPem] });
  const statuses: Record<string, number> = {};
  const histogram = new Array<number>(HISTOGRAM_MAX_MS + 1).fill(0);
  const tag = randomBytes(3).toString('hex').toUpperCase();
  let sent = 0;
  let inFlight = 0;
  const count = (status: string) => (statuses[status] = (statuses[status] ?? 0) + 1);

  const send = () => {
    sent += 1;
    inFlight += 1;
    const [before, after] = order.templates[sent % order.templates.length]!;
    const body = Buffer.from(`${before}${tag}${sent.toString(36).toUpperCase()}${after}`);
    const headers = {
      ...signRequest({ method: 'POST', url: target.href, body, privateKeyPem: order.signing.privateKeyPem, certificatePem: order.signing.certificatePem, date: new Date(), profile: order.signingProfile }),
      'content-type': 'application/json',
      'content-length': String(body.length),
      'x-api-key': order.apiKey,
    };
    const started = performance.now();
    const done = (status: string) => {
      inFlight -= 1;
      count(status);
      histogram[Math.min(HISTOGRAM_MAX_MS, Math.round(performance.now() - started))]! += 1;
    };
    const request = httpsRequest(target, { method: 'POST', agent, headers }, (response) => {
      response.resume();
      response.on('end', () => done(String(response.statusCode)));
    });
    request.on('error', (error: NodeJS.ErrnoException) => done(`error ${error.code ?? error.message}`));
    request.end(body);
  };

  const report = (final: boolean) => process.send!({ kind: 'report', sent, statuses, latencyHistogram: histogram, final } satisfies GeneratorReport);
  const reporter = setInterval(() => report(false), 1_000);
  const begin = performance.now();
  // Open loop at the target rate: each wake-up sends what is due, unless too many are in flight.
  while (!stopped()) {
    const due = Math.floor(((performance.now() - begin) / 1000) * order.rate);
    while (sent < due && inFlight < MAX_IN_FLIGHT) send();
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 10));
  clearInterval(reporter);
  agent.destroy();
  report(true);
}

// ---------------------------------------------------------------------------------------------
// Emulator and memory samples (parent process)

interface Sample {
  readonly seconds: number;
  readonly rssBytes: number;
  /** The V8 heap in use plus ArrayBuffers (Buffers, typed arrays), which live outside it: what the process keeps. */
  readonly keptBytes: number;
  readonly journalBytes: number;
  readonly sent: number;
}

/** Valid IF-031 bodies from the seeded builder, split where the sender unique reference's sequence goes. */
function buildTemplates(spec: ReturnType<typeof loadSpec>): Array<[string, string]> {
  const faker = new Faker({ locale: [en_GB, en] });
  faker.seed(1);
  const prefix = senderUniqueReference({ interfaceID: 'IF-031', dipId: PARTICIPANT.dipId, role: PARTICIPANT.role, date: surDate(NOW), sequence: '' });
  return Array.from({ length: TEMPLATE_COUNT }, () => {
    const payload = buildMessage(spec, { faker, interfaceID: 'IF-031', eventCode: '[MSApp]', now: NOW, sender: { dipId: PARTICIPANT.dipId, role: PARTICIPANT.role } });
    (payload.CommonBlock.S1 as Record<string, unknown>).senderUniqueReference = `${prefix}${SEQUENCE_MARK}`;
    const [before, after] = JSON.stringify([{ payload }]).split(SEQUENCE_MARK);
    return [before!, after!];
  });
}

/** Least-squares slope of y over x. */
function slope(points: ReadonlyArray<readonly [number, number]>): number {
  const n = points.length;
  if (n < 2) return 0;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  const covariance = points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0);
  const variance = points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  return variance === 0 ? 0 : covariance / variance;
}

function percentileOf(histogram: readonly number[], fraction: number): number {
  const total = histogram.reduce((sum, value) => sum + value, 0);
  let seen = 0;
  for (let millis = 0; millis < histogram.length; millis += 1) {
    seen += histogram[millis]!;
    if (seen >= fraction * total) return millis;
  }
  return histogram.length - 1;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string', default: '10' },
      rate: { type: 'string', default: '500' },
      'sample-seconds': { type: 'string', default: '5' },
      'keep-journal': { type: 'boolean', default: false },
    },
  });
  const minutes = Number(values.minutes);
  const rate = Number(values.rate);
  const sampleSeconds = Number(values['sample-seconds']);
  if (!(minutes > 0) || !(rate > 0) || !(sampleSeconds > 0)) throw new Error('--minutes, --rate and --sample-seconds must be numbers above 0');
  const collect = (globalThis as { gc?: () => void }).gc;

  const spec = loadSpec();
  const templates = buildTemplates(spec);
  const pki = bundledTransportSecurity(DEFAULT_SIGNING_PROFILE);
  const apiKey = randomBytes(24).toString('base64url');
  const workDir = mkdtempSync(path.join(tmpdir(), 'mhhs-soak-'));
  const journal = new ExchangeJournal(path.join(workDir, 'journal.jsonl'));
  const directory = new PartyDirectory([...simulatedParties(), { ...PARTICIPANT, apiKey }]);
  const emulator = await DipEmulator.start({ spec, directory, journal, now: () => NOW, runTag: 'S', security: pki.suite });

  // Same file, same TypeScript loader (fork passes this process's execArgv on).
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--load-generator'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let latest: GeneratorReport = { kind: 'report', sent: 0, statuses: {}, latencyHistogram: [], final: false };
  let finalReport: ((report: GeneratorReport) => void) | undefined;
  child.on('message', (message: { kind: string }) => {
    if (message.kind === 'ready') {
      child.send({
        kind: 'start',
        order: { url: emulator.url, apiKey, templates, rate, client: pki.participant.client, signing: pki.participant.signing, trustedCaPem: pki.suite.suiteCaPem, signingProfile: DEFAULT_SIGNING_PROFILE },
      });
    } else if (message.kind === 'report') {
      latest = message as GeneratorReport;
      if (latest.final) finalReport?.(latest);
    }
  });

  console.log(
    `mhhs-qualify soak — DIP emulator, ${minutes} min at ${rate} signed IF-031 submissions/s over mTLS, node ${process.version}, ` +
      `heap and buffers ${collect ? 'after a full GC per sample' : 'as found (run with --expose-gc for them after GC)'}`,
  );
  const samples: Sample[] = [];
  const began = performance.now();
  const takeSample = () => {
    collect?.();
    const memory = process.memoryUsage();
    const seconds = (performance.now() - began) / 1000;
    const sample = { seconds, rssBytes: memory.rss, keptBytes: memory.heapUsed + memory.arrayBuffers, journalBytes: statSync(journal.file, { throwIfNoEntry: false })?.size ?? 0, sent: latest.sent };
    samples.push(sample);
    if (Math.floor(seconds / PRINT_EVERY_SECONDS) !== Math.floor((seconds - sampleSeconds) / PRINT_EVERY_SECONDS)) {
      console.log(`  ${clock(seconds).padStart(5)}  rss ${mb(sample.rssBytes).padStart(7)}  heap+buffers ${mb(sample.keptBytes).padStart(6)}  journal ${mb(sample.journalBytes).padStart(8)}  sent ${sample.sent.toLocaleString('en-GB')}`);
    }
  };
  const sampler = setInterval(takeSample, sampleSeconds * 1000);
  await new Promise((resolve) => setTimeout(resolve, minutes * 60_000));
  clearInterval(sampler);
  takeSample();

  const done = new Promise<GeneratorReport>((resolve) => {
    finalReport = resolve;
    // A generator that died has nothing more to say: its last report stands.
    child.once('exit', () => resolve(latest));
  });
  child.send({ kind: 'stop' });
  const generator = await done;
  child.disconnect();
  const elapsedSeconds = (performance.now() - began) / 1000;
  await emulator.close();
  await journal.close();
  const journalBytes = statSync(journal.file).size;
  const answered = Object.values(generator.statuses).reduce((sum, value) => sum + value, 0);
  if (values['keep-journal']) console.log(`journal kept: ${journal.file}`);
  else rmSync(workDir, { recursive: true, force: true });

  // The baseline is a minute in (JIT, validators and sockets warmed up), or half-way through a shorter soak.
  const baselineSeconds = Math.min(BASELINE_SECONDS, (minutes * 60) / 2);
  const baseline = samples.find((sample) => sample.seconds >= baselineSeconds) ?? samples[0]!;
  const end = samples[samples.length - 1]!;
  const peak = samples.reduce((max, sample) => Math.max(max, sample.rssBytes), 0);
  const growth = (end.rssBytes - baseline.rssBytes) / baseline.rssBytes;
  const afterBaseline = samples.filter((sample) => sample.seconds >= baseline.seconds);
  const heapSlopePerMinute = slope(afterBaseline.map((sample) => [sample.seconds / 60, sample.keptBytes] as const));
  const messagesPerMinute = slope(afterBaseline.map((sample) => [sample.seconds / 60, sample.sent] as const));
  const accepted = generator.statuses['201'] ?? 0;
  const others = Object.entries(generator.statuses).filter(([status]) => status !== '201');
  const row = (label: string, value: string) => console.log(`${label.padEnd(16)} ${value}`);
  console.log('');
  row('messages', `${generator.sent.toLocaleString('en-GB')} sent in ${elapsedSeconds.toFixed(0)} s (${(generator.sent / elapsedSeconds).toFixed(0)}/s achieved of ${rate}/s), ${accepted.toLocaleString('en-GB')} answered 201${others.length ? `, others: ${others.map(([status, n]) => `${status} × ${n}`).join(', ')}` : ', no other answer'}`);
  row('answer time', `p50 ${percentileOf(generator.latencyHistogram, 0.5)} ms, p99 ${percentileOf(generator.latencyHistogram, 0.99)} ms (at the generator)`);
  row('peak RSS', mb(peak));
  row(`RSS at ${clock(baseline.seconds)}`, mb(baseline.rssBytes));
  row('RSS at the end', `${mb(end.rssBytes)} (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} % from ${clock(baseline.seconds)})`);
  row(
    'heap + buffers',
    `${mb(baseline.keptBytes)} at ${clock(baseline.seconds)}, ${mb(end.keptBytes)} at the end; trend ${heapSlopePerMinute >= 0 ? '+' : ''}${(heapSlopePerMinute / 1024 / 1024).toFixed(2)} MB/min` +
      (messagesPerMinute > 0 ? ` (≈ ${Math.round(heapSlopePerMinute / messagesPerMinute)} bytes kept per message)` : ''),
  );
  row('journal', `${(journalBytes / 1024 / 1024).toFixed(0)} MB on disk for ${answered.toLocaleString('en-GB')} answered submissions (${Math.round(journalBytes / Math.max(1, answered))} bytes each), written before each answer`);
  console.log(`memory flat: ${growth < FLAT_GROWTH ? 'yes' : 'no'} (flat: RSS at the end less than ${FLAT_GROWTH * 100} % above RSS at ${clock(baseline.seconds)})`);
}

const { values: role } = parseArgs({ options: { 'load-generator': { type: 'boolean', default: false } }, strict: false });
if (role['load-generator']) serveAsLoadGenerator();
else await main();
