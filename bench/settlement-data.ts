// Benchmark: one settlement day of settlement data (IF-021 [ActivePower]) for 1,000 MPANs from a
// Smart Data Service, submitted over real HTTP through the DIP emulator into the MDS simulator,
// then the day's initial settlement run (SF).
//   npm run bench:settlement [-- --mpans 1000 --day 2026-10-25 --spoilt 0.1 --missing 0.02
//                              --concurrency 16 --seed 1 --transport mtls|plain --basis utc|gb-local]
//
// The Data Service is a participant with an API key and a webhook, as in a run. Each MPAN gets one
// submission of one message: a complete, valid day, or (a known share, `--spoilt`) the day with
// one defect, the kinds in turn: a period missing, a negative value, a flag only an Advanced Data
// Service may use, an MPAN the SMRS holds appointed to another Data Service, and the periods of
// the day on the other calendar (with `--basis utc`, the GB local day's: 50 on the long
// clock-change day, two of them before the UTC day starts). A share (`--missing`) is never
// sent. The MDS answers each spoilt day with IF-014, pushed to the webhook; at the SF run it
// defaults every MPAN without accepted data with IF-013 to its Data Service and Supplier. The
// default day is the long day of 2026, 2026-10-25.
//
// The load generator runs in a child process (as in bench/ingest.ts) and, over mTLS, signs its
// requests before the clock starts; the webhook that takes the MDS's answers runs in this
// process, beside the emulator and the MDS. Nothing is warmed up first: the figures include the
// first messages' compiling and JIT, as a run meets them. `msg/s` is timed twice: until the
// last submission was answered (the DIP's 201 goes before the MDS judges), and until the MDS
// had judged every message and its IF-014 pushes were answered. Memory is this process's
// (emulator, MDS, LSS, webhook): heap after a full GC when node runs with --expose-gc (the npm
// script does). Figures only: never a test.
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent as HttpAgent, createServer, type IncomingMessage, request as httpRequest, type Server, type ServerResponse } from 'node:http';
import { Agent as HttpsAgent, createServer as createHttpsServer, request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { en, en_GB, Faker } from '@faker-js/faker';
import { DipEmulator } from '../mocks/dip/dip-emulator.ts';
import { responseBody } from '../mocks/dip/standard-response.ts';
import { PartyDirectory } from '../mocks/isd/party-directory.ts';
import { GSP_GROUPS } from '../mocks/lss/load-shapes.ts';
import { LssSimulator } from '../mocks/lss/lss-simulator.ts';
import { InMemoryAppointments } from '../mocks/mds/appointments-on-day.ts';
import { MdsSimulator } from '../mocks/mds/mds-simulator.ts';
import { actualPeriods, consumptionPayload, dayBlocks } from '../mocks/mds/sample-consumption.ts';
import { mpanCore } from '../src/builders/identifiers.ts';
import { ExchangeJournal } from '../src/evidence/exchange-journal.ts';
import type { B047 } from '../src/spec/generated/dip-payloads.ts';
import { loadSpec } from '../src/spec/load-spec.ts';
import { SIMULATED, simulatedParties } from '../src/stage/simulated-parties.ts';
import { formatGbTimestamp } from '../src/time/gb-time.ts';
import { type SettlementDayBasis, settlementDay } from '../src/time/settlement-periods.ts';
import { DEFAULT_SIGNING_PROFILE, signRequest } from '../src/transport/dip-signature.ts';
import type { TlsIdentity } from '../src/transport/post-request.ts';
import { bundledTransportSecurity } from '../src/transport/transport-security.ts';

const CHANNEL = '/dip-channel/IF-021';
const DATA_SERVICE = { dipId: '1000000001', mpid: 'SDSA', role: 'SDS', name: 'benchmark Smart Data Service' };
const MDS = { dipId: '7000000001', mpid: 'MDSA', role: 'MDS', name: 'Market-wide Data Service (simulated)' };
const LSS = { dipId: '7100000001', mpid: 'LSSA', role: 'LSS', name: 'Load Shaping Service (simulated)' };

/**
 * The defects of a spoilt day, taken in turn, each with the codes the first line of its IF-014
 * may start with: the other calendar's periods run past the day (ECS1005) or leave some of it
 * out (IF021-DAY-COMPLETE), as the day and calendar have it.
 */
const SPOILS = [
  { kind: 'a period missing', lines: ['IF021-DAY-COMPLETE'] },
  { kind: 'a negative value', lines: ['ECS1010'] },
  { kind: 'an ADS-only flag from an SDS', lines: ['IF021-QUALITY-FLAG'] },
  { kind: 'another Data Service appointed', lines: ['IF021-SENDER-APPOINTED'] },
  { kind: 'the other calendar\'s periods', lines: ['ECS1005', 'IF021-DAY-COMPLETE'] },
] as const;
type Spoil = (typeof SPOILS)[number];

interface Credentials {
  readonly client: TlsIdentity;
  readonly signing: TlsIdentity;
  readonly caPem: string;
}

interface GeneratorOrder {
  readonly url: string;
  readonly apiKey: string;
  readonly bodies: readonly string[];
  readonly concurrency: number;
  readonly credentials?: Credentials;
}

interface GeneratorResult {
  readonly statuses: Record<string, number>;
  readonly elapsedMillis: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
}

// ---------------------------------------------------------------------------------------------
// Load generator (child process)

function serveAsLoadGenerator(): void {
  let prepared: { order: GeneratorOrder; headers: Array<Record<string, string>>; agent: HttpAgent | HttpsAgent } | undefined;
  process.on('message', (message: { kind: 'prepare'; order: GeneratorOrder } | { kind: 'run' } | { kind: 'exit' }) => {
    if (message.kind === 'exit') process.exit(0);
    if (message.kind === 'prepare') {
      const { order } = message;
      const target = new URL(CHANNEL, order.url).href;
      const credentials = order.credentials;
      // Signed before the clock starts: signing is the participant's cost, not the DIP's.
      const headers = order.bodies.map((text) => {
        const body = Buffer.from(text);
        const signature = credentials
          ? signRequest({ method: 'POST', url: target, body, privateKeyPem: credentials.signing.privateKeyPem, certificatePem: credentials.signing.certificatePem, date: new Date(), profile: DEFAULT_SIGNING_PROFILE })
          : {};
        return { ...signature, 'content-type': 'application/json', 'content-length': String(body.length), 'x-api-key': order.apiKey };
      });
      const agentOptions = { keepAlive: true, maxSockets: order.concurrency };
      const agent = credentials ? new HttpsAgent({ ...agentOptions, ca: [credentials.caPem], cert: credentials.client.certificatePem, key: credentials.client.privateKeyPem }) : new HttpAgent(agentOptions);
      prepared = { order, headers, agent };
      process.send!({ kind: 'prepared' });
    } else if (prepared) {
      void submitAll(prepared.order, prepared.headers, prepared.agent).then((result) => process.send!({ kind: 'result', result }));
    }
  });
  process.send!({ kind: 'ready' });
}

async function submitAll(order: GeneratorOrder, headers: ReadonlyArray<Record<string, string>>, agent: HttpAgent | HttpsAgent): Promise<GeneratorResult> {
  const target = new URL(CHANNEL, order.url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const statuses: Record<string, number> = {};
  const latencies: number[] = [];
  let next = 0;
  const one = (index: number) =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const done = (status: string) => {
        latencies.push(performance.now() - started);
        statuses[status] = (statuses[status] ?? 0) + 1;
        resolve();
      };
      const request = send(target, { method: 'POST', agent, headers: headers[index] }, (response) => {
        response.resume();
        response.on('end', () => done(String(response.statusCode)));
      });
      request.on('error', (error: NodeJS.ErrnoException) => done(`error ${error.code ?? error.message}`));
      request.end(order.bodies[index]);
    });
  const began = performance.now();
  // Closed loop: each lane sends its next submission as soon as the last one is answered.
  const lane = async () => {
    while (next < order.bodies.length) await one(next++);
  };
  await Promise.all(Array.from({ length: order.concurrency }, lane));
  const elapsedMillis = performance.now() - began;
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
  return { statuses, elapsedMillis, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

// ---------------------------------------------------------------------------------------------
// Emulator, simulators and the participant's webhook (parent process)

/** The participant's webhook: takes every push with 201, each transaction echoed, and counts them by interface and event. */
async function startWebhook(tls?: { server: TlsIdentity; caPem: string }): Promise<{ url: string; server: Server; received: Map<string, number> }> {
  const received = new Map<string, number>();
  const listener = (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Array<{ payload: { CommonBlock: { S0: { interfaceID: string; eventCode: string }; D0: { transactionID: string } } } }>;
      for (const { payload } of body) {
        const what = `${payload.CommonBlock.S0.interfaceID} ${payload.CommonBlock.S0.eventCode}`;
        received.set(what, (received.get(what) ?? 0) + 1);
      }
      const answer = Buffer.from(
        JSON.stringify({
          messageArray: body.map(({ payload }) => responseBody({ transactionID: payload.CommonBlock.D0.transactionID, senderID: DATA_SERVICE.dipId, message: 'RCP0000 - Success' })),
          timestamp: formatGbTimestamp(Date.now()),
        }),
      );
      response.writeHead(201, { 'content-type': 'application/json', 'content-length': answer.length }).end(answer);
    });
  };
  const server: Server = tls ? createHttpsServer({ cert: tls.server.certificatePem, key: tls.server.privateKeyPem, ca: [tls.caPem] }, listener) : createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `${tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`, server, received };
}

/** The day's periods for an MPAN, as sent: complete and valid, or with one defect. */
function periodsFor(spoil: Spoil | undefined, date: string, basis: SettlementDayBasis): B047[] {
  const day = settlementDay(date, basis);
  const periods = actualPeriods(day);
  switch (spoil?.kind) {
    case 'a period missing':
      return periods.filter((_, index) => index !== 19);
    case 'a negative value':
      return periods.map((period, index) => (index === 7 ? { ...period, v: '-0.125' } : period));
    case 'an ADS-only flag from an SDS':
      return periods.map((period, index) => (index === 30 ? { ...period, q: 'EA3', e: '2' } : period));
    case 'the other calendar\'s periods':
      return actualPeriods(settlementDay(date, basis === 'utc' ? 'gb-local' : 'utc'));
    default:
      return periods;
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function memory(collect: (() => void) | undefined): { rss: number; heap: number; external: number } {
  collect?.();
  const usage = process.memoryUsage();
  return { rss: usage.rss, heap: usage.heapUsed, external: usage.external + usage.arrayBuffers };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      mpans: { type: 'string', default: '1000' },
      day: { type: 'string', default: '2026-10-25' },
      spoilt: { type: 'string', default: '0.1' },
      missing: { type: 'string', default: '0.02' },
      concurrency: { type: 'string', default: '16' },
      seed: { type: 'string', default: '1' },
      transport: { type: 'string', default: 'mtls' },
      basis: { type: 'string', default: 'utc' },
    },
  });
  const mpanCount = Number(values.mpans);
  const date = values.day;
  const basis = values.basis as SettlementDayBasis;
  const transport = values.transport;
  const concurrency = Number(values.concurrency);
  if (transport !== 'mtls' && transport !== 'plain') throw new Error(`--transport '${transport}': expected mtls or plain`);
  if (basis !== 'utc' && basis !== 'gb-local') throw new Error(`--basis '${values.basis}': expected utc or gb-local`);
  const spoiltCount = Math.round(mpanCount * Number(values.spoilt));
  const missingCount = Math.round(mpanCount * Number(values.missing));
  if (!(mpanCount > 0) || spoiltCount + missingCount > mpanCount) throw new Error('--mpans must be above 0, and --spoilt plus --missing at most 1');
  const collect = (globalThis as { gc?: () => void }).gc;
  const day = settlementDay(date, basis);
  // Market time: the data is sent the morning after the day; the SF run comes a day later (the timetable's offsets are provisional).
  let marketNow = day.endUtcMillis + 9 * 3_600_000;

  const spec = loadSpec();
  const faker = new Faker({ locale: [en_GB, en] });
  faker.seed(Number(values.seed));
  const apiKey = randomBytes(24).toString('base64url');
  const pki = transport === 'mtls' ? bundledTransportSecurity(DEFAULT_SIGNING_PROFILE) : undefined;
  const webhook = await startWebhook(pki ? { server: pki.participant.server, caPem: pki.participant.caPem } : undefined);
  const workDir = mkdtempSync(path.join(tmpdir(), 'mhhs-bench-settlement-'));
  const journal = new ExchangeJournal(path.join(workDir, 'journal.jsonl'));
  const directory = new PartyDirectory([...simulatedParties(), MDS, LSS, { ...DATA_SERVICE, apiKey, webhookUrl: webhook.url }]);
  const emulator = await DipEmulator.start({ spec, directory, journal, now: () => marketNow, runTag: 'B', ...(pki ? { security: pki.suite } : {}) });

  // The SMRS's records: every MPAN supplied by the simulated Supplier, its Data Service the participant (or, for one spoil, another).
  const mpans = new Set<string>();
  while (mpans.size < mpanCount) mpans.add(mpanCore(faker));
  const order = faker.helpers.shuffle([...mpans.keys()].map((_, index) => index));
  const spoilOf = new Map<number, Spoil>(order.slice(0, spoiltCount).map((index, turn) => [index, SPOILS[turn % SPOILS.length]!]));
  const neverSent = new Set(order.slice(spoiltCount, spoiltCount + missingCount));
  const appointments = new InMemoryAppointments();
  const points = [...mpans].map((mpan, index) => {
    const gspGroup = GSP_GROUPS[index % GSP_GROUPS.length]!;
    const elsewhere = spoilOf.get(index)?.kind === 'another Data Service appointed';
    const dataService = elsewhere ? SIMULATED.smartDataService : DATA_SERVICE;
    appointments.hold({ mpan, distributorDipId: SIMULATED.distributor.dipId, gspGroup, segment: 'S', supplier: SIMULATED.otherSupplier, dataService }, '2026-01-01');
    return { mpan, gspGroup, index };
  });

  const lss = new LssSimulator({ spec, emulator, directory, loadShapingService: LSS, now: () => marketNow, faker, seed: Number(values.seed), basis });
  const mds = new MdsSimulator({ spec, emulator, directory, marketWideDataService: MDS, appointments, now: () => marketNow, faker, basis, loadShapes: lss });

  // The Data Service's submissions, built before anything is timed.
  const buildStarted = performance.now();
  const sender = { dipId: DATA_SERVICE.dipId, role: DATA_SERVICE.role };
  const bodies = points
    .filter(({ index }) => !neverSent.has(index))
    .map(({ mpan, gspGroup, index }) => {
      const periods = periodsFor(spoilOf.get(index), date, basis);
      const blocks = dayBlocks(day, periods);
      const payload = consumptionPayload(spec, { faker, now: marketNow, sender, m0: { MPANCore: mpan, distributorDIPID: SIMULATED.distributor.dipId, GSPGroupID: gspGroup }, to: [MDS.dipId, LSS.dipId], blocks });
      return JSON.stringify([{ payload }]);
    });
  const buildMillis = performance.now() - buildStarted;
  const bodyBytes = bodies.reduce((sum, body) => sum + Buffer.byteLength(body), 0);

  // The LSS publishes the day's shapes first, as it would before the data comes: two pushes to the participant.
  await lss.publishDay(date, [DATA_SERVICE.dipId]);

  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--load-generator'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const nextMessage = () => new Promise<{ kind: string; result?: GeneratorResult }>((resolve) => child.once('message', resolve));
  await nextMessage();
  const credentials = pki ? { client: pki.participant.client, signing: pki.participant.signing, caPem: pki.suite.suiteCaPem } : undefined;
  child.send({ kind: 'prepare', order: { url: emulator.url, apiKey, bodies, concurrency, ...(credentials ? { credentials } : {}) } });
  await nextMessage();

  const before = memory(collect);
  let peakRss = before.rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const began = performance.now();
  child.send({ kind: 'run' });
  const generator = (await nextMessage()).result!;
  const answeredMillis = performance.now() - began;
  await mds.idle();
  const judgedMillis = performance.now() - began;
  const afterSubmissions = memory(collect);

  marketNow += 24 * 3_600_000;
  const runStarted = performance.now();
  const run = await mds.settlementRun(date, 'SF');
  const runMillis = performance.now() - runStarted;
  clearInterval(sampler);
  const afterRun = memory(collect);
  peakRss = Math.max(peakRss, afterRun.rss);

  child.send({ kind: 'exit' });
  await emulator.close();
  await journal.close();
  await new Promise((resolve) => webhook.server.close(resolve));
  const journalLines = readFileSync(journal.file, 'utf8').split('\n').filter((line) => line !== '').length;
  rmSync(workDir, { recursive: true, force: true });

  // What the MDS did, against what the plan says it must.
  const sent = bodies.length;
  const accepted = generator.statuses['201'] ?? 0;
  const refusedDays = mds.judgements.filter((judgement) => judgement.days.some((one) => !one.accepted)).length;
  const rejections = mds.published.filter(({ publication }) => publication.interfaceID === 'IF-014');
  // Each IF-014 is about a spoilt MPAN, once, and its first line names that MPAN's defect.
  const indexOf = new Map(points.map(({ mpan, index }) => [mpan, index]));
  const firstCodes = new Map<string, number>();
  const refusedMpans = new Set<string>();
  let asPlanned = true;
  for (const { payload } of rejections) {
    const common = payload.CommonBlock as { M0: { MPANCore: string }; R0: { responseMessages: string[] } };
    const first = String(common.R0.responseMessages[0]).split(' ')[0]!;
    firstCodes.set(first, (firstCodes.get(first) ?? 0) + 1);
    const spoil = spoilOf.get(indexOf.get(common.M0.MPANCore) ?? -1);
    if (!spoil || !(spoil.lines as readonly string[]).includes(first) || refusedMpans.has(common.M0.MPANCore)) asPlanned = false;
    refusedMpans.add(common.M0.MPANCore);
  }
  const defaults = mds.published.filter(({ publication }) => publication.interfaceID === 'IF-013');
  const pushedDefaults = defaults.filter(({ outcome }) => outcome).length;
  const others = Object.entries(generator.statuses).filter(([status]) => status !== '201');
  const check = (ok: boolean) => (ok ? 'as planned' : 'NOT AS PLANNED');

  const row = (label: string, value: string, note = '') => console.log(`${label.padEnd(36)} ${value.padStart(18)}  ${note}`);
  console.log(
    `mhhs-qualify settlement-data benchmark — DIP API ${spec.version}, node ${process.version}, ${mpanCount} MPANs × 1 settlement day (${date}, ${basis === 'utc' ? 'UTC' : 'GB local'}, ${day.periodCount} periods), ` +
      `POST ${CHANNEL} one message per request, ${concurrency} in flight, ${transport === 'mtls' ? `mTLS with signed requests (profile ${DEFAULT_SIGNING_PROFILE})` : 'plain HTTP, unsigned'}, ` +
      `heap ${collect ? 'after a full GC' : 'as found (run with --expose-gc for it after GC)'}`,
  );
  row('submissions built', `${sent}`, `${spoiltCount} spoilt (${SPOILS.map((spoil) => spoil.kind).join(', ')}, in turn), ${missingCount} never sent; ${mb(bodyBytes)} in all, built in ${(buildMillis / 1000).toFixed(1)} s`);
  row('DIP answers', `${accepted} × 201`, others.length ? `others: ${others.map(([status, count]) => `${status} × ${count}`).join(', ')}` : 'no other status');
  row('until the last 201', `${((sent / answeredMillis) * 1000).toFixed(0)} msg/s`, `${(answeredMillis / 1000).toFixed(2)} s; answer time p50 ${generator.p50.toFixed(1)} ms, p95 ${generator.p95.toFixed(1)} ms, p99 ${generator.p99.toFixed(1)} ms`);
  row('until the MDS judged all and answered', `${((sent / judgedMillis) * 1000).toFixed(0)} msg/s`, `${(judgedMillis / 1000).toFixed(2)} s: every IF-021 judged, every IF-014 pushed and answered`);
  row('MDS judgements', `${mds.judgements.length}`, `${mds.judgements.length - refusedDays} accepted, ${refusedDays} refused; ${check(mds.judgements.length === accepted && refusedDays === spoiltCount)} (${spoiltCount} spoilt)`);
  row('IF-014 [ActivePowerRejected]', `${rejections.length}`, `pushed to the participant: ${webhook.received.get('IF-014 [ActivePowerRejected]') ?? 0}; ${check(rejections.length === spoiltCount)}`);
  row('  first line of each, by code', '', [...firstCodes.entries()].map(([code, count]) => `${code} × ${count}`).join(', ') + `; ${check(asPlanned && refusedMpans.size === spoiltCount)} (each about a spoilt MPAN, naming its defect)`);
  row('SF run', `${(runMillis / 1000).toFixed(2)} s`, `${run.defaulted.length} MPANs defaulted; ${check(run.defaulted.length === spoiltCount + missingCount)} (${spoiltCount} refused + ${missingCount} never sent)`);
  row('IF-013 [ActivePowerDefaulted]', `${defaults.length}`, `to each MPAN's Data Service and Supplier: ${pushedDefaults} pushed to the participant (received ${webhook.received.get('IF-013 [ActivePowerDefaulted]') ?? 0}), ${defaults.length - pushedDefaults} handed on to simulated parties`);
  row('journal lines', `${journalLines}`, 'submissions, their in-process deliveries to the MDS and LSS, pushes, hand-ons');
  row('RSS', `${mb(before.rss)} → ${mb(afterSubmissions.rss)}`, `before the submissions → after the MDS judged them; ${mb(afterRun.rss)} after the SF run; peak ${mb(peakRss)}`);
  row('heap used', `${mb(before.heap)} → ${mb(afterSubmissions.heap)}`, `${mb(afterRun.heap)} after the SF run; ≈ ${Math.round((afterSubmissions.heap - before.heap) / Math.max(1, sent) / 1024)} KB kept per message judged`);
  row('external + array buffers', `${mb(before.external)} → ${mb(afterSubmissions.external)}`, `${mb(afterRun.external)} after the SF run`);
}

const { values: role } = parseArgs({ options: { 'load-generator': { type: 'boolean', default: false } }, strict: false });
if (role['load-generator']) serveAsLoadGenerator();
else await main();
