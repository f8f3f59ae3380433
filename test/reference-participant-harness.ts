// Shared by the reference-participant tests: a tiny fake DIP (plain node:http) that records
// what the participant submits and answers as told, a config maker, egress messages built with
// the project's builders, and a webhook push. Not a test file itself.
import { en, en_GB, Faker } from '@faker-js/faker';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildMessage, type DipPayload } from '../src/builders/message-builder.ts';
import { mpanCore } from '../src/builders/identifiers.ts';
import { parseConfig, type ReferenceParticipantConfig } from '../reference-participant/config.ts';
import type { LoadedSpec } from '../src/spec/load-spec.ts';
import { afterEach, beforeEach } from 'vitest';
import { startReferenceParticipant, type RunningParticipant } from '../reference-participant/participant.ts';
import type { JournalRecord, MpanEffect } from '../reference-participant/records.ts';

export const REGS = '5000000001';
export const LDSO = '6000000001';
export const SUP = '1000000001';
export const MSS = '1000000002';
export const MSA = '1000000003';
export const DS = '1000000004';
export const API_KEY_ENV = 'MHHS_RP_TEST_API_KEY';
export const API_KEY = 'test-key-not-a-secret';

export interface Submission {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: unknown;
  readonly at: number;
  /** The status the fake DIP answered. */
  readonly status: number;
}

export type Responder = (path: string, body: unknown) => { status: number; body?: unknown };

/** Answers 201 with a StandardResponse, as the DIP does for an accepted submission. */
export const accept: Responder = () => ({
  status: 201,
  body: {
    messageArray: [
      {
        transactionID: 'T-IF-031-1000000001-SUP-20260915-0000000000000001',
        senderUniqueReference: null,
        correlationID: null,
        sentTimestamp: '2026-09-15T10:00:00+01:00',
        senderID: REGS,
        recipientID: SUP,
        DIPConnectionProviderID: null,
        message: 'MSG0000 - Success',
        help: null,
        serviceTicketURL: null,
      },
    ],
    timestamp: '2026-09-15T10:00:00+01:00',
  },
});

export class FakeDip {
  readonly submissions: Submission[] = [];
  respond: Responder = accept;
  private server: Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          // kept as text; a test will notice
        }
        const answer = this.respond(request.url ?? '', body);
        this.submissions.push({ path: request.url ?? '', headers: request.headers, body, at: Date.now(), status: answer.status });
        const out = answer.body === undefined ? '' : JSON.stringify(answer.body);
        response.writeHead(answer.status, { 'Content-Type': 'application/json' });
        response.end(out);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Submissions on a path (e.g. /dip-channel/IF-031), as payloads of their first message. */
  messages(pathName: string, status?: number): DipPayload[] {
    return this.submissions
      .filter((submission) => submission.path === pathName && (status === undefined || submission.status === status))
      .map((submission) => (submission.body as { payload: DipPayload }[])[0]!.payload);
  }

  async waitFor(predicate: () => boolean, timeoutMillis = 5_000): Promise<void> {
    const until = Date.now() + timeoutMillis;
    while (!predicate()) {
      if (Date.now() > until) throw new Error(`fake DIP: condition not met within ${timeoutMillis} ms; saw ${this.submissions.map((s) => s.path).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}

export function tempStateDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'mhhs-rp-'));
}

/** The raw config object a test starts from: our identities, every area served, short backoff. */
export function rawConfig(dipBaseUrl: string, stateDir: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    dipBaseUrl,
    apiKeyEnv: API_KEY_ENV,
    listen: { host: '127.0.0.1', port: 0 },
    environmentTag: 'UIT',
    stateDir,
    supplier: { dipId: SUP, mpid: 'RPSU', role: 'SUP' },
    meteringService: { dipId: MSS, mpid: 'RPMS', role: 'MSS' },
    advancedMeteringService: { dipId: MSA, mpid: 'RPMA', role: 'MSA' },
    serves: { segments: ['S', 'A'], gspGroups: ['_A', '_B', '_C', '_D', '_E', '_F', '_G', '_H', '_J', '_K', '_L', '_M', '_N'] },
    appointMeteringService: { dipId: MSS, mpid: 'RPMS' },
    appointAdvancedMeteringService: { dipId: MSA, mpid: 'RPMA' },
    appointDataService: { dipId: DS, mpid: 'RPDS', consentGranularity: 'H', domesticIndicator: true, fallBackReadFrequency: null },
    delivery: { initialBackoffMillis: 50, maxBackoffMillis: 200, requestTimeoutMillis: 2_000 },
    fsync: false,
    ...extra,
  };
}

export function testConfig(dipBaseUrl: string, extra: Record<string, unknown> = {}): ReferenceParticipantConfig {
  return parseConfig(rawConfig(dipBaseUrl, tempStateDir(), extra));
}

export function seededFaker(seed: number): Faker {
  const faker = new Faker({ locale: [en_GB, en] });
  faker.seed(seed);
  return faker;
}

export interface EgressOptions {
  readonly interfaceID: string;
  readonly eventCode: string;
  readonly seed: number;
  readonly to: readonly string[];
  readonly mpan?: string;
  readonly gsp?: string;
  readonly segment?: 'S' | 'A';
  readonly now?: number;
  readonly fixed?: Record<string, unknown>;
}

/** A DIP egress message from the Registration Service, addressed and located as the test says. */
export function egress(spec: LoadedSpec, options: EgressOptions): DipPayload {
  const faker = seededFaker(options.seed);
  const fixed: Record<string, unknown> = {
    '/CommonBlock/A0/primaryRecipients': [...options.to],
    '/CommonBlock/A0/secondaryRecipients': [],
    '/CommonBlock/A0/always': [],
    '/CommonBlock/M0/MPANCore': options.mpan ?? mpanCore(faker),
    '/CommonBlock/M0/distributorDIPID': LDSO,
    '/CommonBlock/M0/GSPGroupID': options.gsp ?? '_A',
    ...(options.segment ? { '/CustomBlock/B026/marketSegmentIndicator': options.segment } : {}),
    ...options.fixed,
  };
  return buildMessage(spec, {
    faker,
    interfaceID: options.interfaceID,
    eventCode: options.eventCode,
    now: options.now ?? Date.now(),
    direction: 'egress',
    sender: { dipId: REGS, role: 'REGS' },
    fixed,
  });
}

export interface PushResult {
  readonly status: number;
  readonly text: string;
  readonly body: unknown;
}

export async function push(participantUrl: string, body: unknown, endpoint = '/webhook'): Promise<PushResult> {
  const response = await fetch(participantUrl + endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = text;
  }
  return { status: response.status, text, body: parsed };
}

/** A POST to one of the participant's test hooks, answered once what it started has settled. */
export async function pushToHook(participant: RunningParticipant, hook: string, body: unknown): Promise<PushResult> {
  const answer = await push(participant.url, body, hook);
  await participant.idle();
  return answer;
}

/** The effects on MPANs the participant's journal records, in order. */
export function journalEffects(participant: RunningParticipant): MpanEffect[] {
  return readFileSync(participant.journalFile, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as JournalRecord)
    .flatMap((record) => (record.type === 'processed' ? record.effects : []));
}

/** JSON pointer of a payload field, for tests that read built messages. */
export function field(payload: unknown, pointer: string): unknown {
  let node = payload;
  for (const part of pointer.split('/').slice(1)) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

/**
 * For each test of the enclosing describe: a fresh FakeDip before it, and after it the
 * participant `start` started (with these faults, on this portfolio) and the DIP stopped.
 */
export function participantAgainstFakeDip(spec: LoadedSpec, portfolio?: { readonly supplier: readonly string[]; readonly meteringService: readonly string[] }) {
  let dip: FakeDip | undefined;
  let participant: RunningParticipant | undefined;
  beforeEach(async () => {
    dip = await new FakeDip().start();
  });
  afterEach(async () => {
    await participant?.stop();
    participant = undefined;
    await dip?.close();
  });
  return {
    get dip(): FakeDip {
      if (!dip) throw new Error('the fake DIP starts before each test; use it inside one');
      return dip;
    },
    start: async (faults: string[] = []): Promise<RunningParticipant> => {
      const url = (dip as FakeDip).url;
      participant = await startReferenceParticipant(testConfig(url, { ...(portfolio ? { portfolio } : {}), faults }), { spec, log: () => {} });
      return participant;
    },
  };
}
