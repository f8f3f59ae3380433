// What the DIP emulator's timestamps mean: a push is delivered (sentMarketMillis) when it went on
// the wire, however long it waited for a connection; a submission is dated when it arrived,
// however long the emulator then took over it.
import { mkdtempSync, readFileSync } from 'node:fs';
import { Agent, createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { en, en_GB, Faker } from '@faker-js/faker';
import { afterAll, describe, expect, it } from 'vitest';
import { DipEmulator } from '../mocks/dip/dip-emulator.ts';
import { pushPublication } from '../mocks/dip/publication-push.ts';
import { PartyDirectory } from '../mocks/isd/party-directory.ts';
import { buildMessage } from '../src/builders/message-builder.ts';
import type { Exchange } from '../src/evidence/exchange.ts';
import { ExchangeJournal } from '../src/evidence/exchange-journal.ts';
import { formatGbTimestamp } from '../src/time/gb-time.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const START = Date.UTC(2026, 8, 15, 9, 0);
const SCALE = 600;
const SUPPLIER = { dipId: '1000000001', mpid: 'SUPA', role: 'SUP', name: 'participant supplier', apiKey: `k-${process.pid}-${Date.now()}` };
const SMRS = { dipId: '2000000001', mpid: 'SMRA', role: 'REGS', name: 'SMRS (simulated)' };

const servers: Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

const journalIn = () => new ExchangeJournal(path.join(mkdtempSync(path.join(tmpdir(), 'mhhs-dip-times-')), 'journal.jsonl'));
const readJournal = (journal: ExchangeJournal): Exchange[] =>
  readFileSync(journal.file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Exchange);

describe('DIP emulator timestamps', () => {
  it('dates a push from when it went on the wire, not from when it waited for a connection', async () => {
    const realStart = performance.now();
    const now = () => Math.floor(START + (performance.now() - realStart) * SCALE);
    const arrivals: number[] = [];
    const server = createServer((request, response) => {
      arrivals.push(now());
      request.resume();
      // The first push holds the only connection for 300 ms.
      setTimeout(() => response.writeHead(201).end(), arrivals.length === 1 ? 300 : 0);
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const webhookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;
    const journal = journalIn();
    const context = {
      spec,
      journal,
      now,
      nextTransactionId: () => `T${Math.random().toString(36).slice(2, 10)}`,
      retrySchedule: [],
      timeoutMs: 2_000,
      agent: new Agent({ keepAlive: true, maxSockets: 1 }),
      answeredWebhooks: new Set<string>(),
    };
    const payload = { CommonBlock: { S1: { senderDIPID: SMRS.dipId, senderRoleID: SMRS.role } } };
    const request = { webhookUrl, interfaceID: 'IF-002', payloads: [payload] };
    const [first, second] = await Promise.all([pushPublication(context, request), pushPublication(context, request)]);
    context.agent.destroy();
    const delivered = second.attempts.at(-1)!.sentMarketMillis!;
    // The second push waited some 300 real ms (three market hours) for the socket: none of it is the participant's.
    expect(delivered).toBeGreaterThanOrEqual(first.attempts.at(-1)!.sentMarketMillis! + 250 * SCALE);
    expect(delivered).toBeLessThanOrEqual(arrivals[1]!);
    expect(arrivals[1]! - delivered).toBeLessThan(100 * SCALE);
    // Its exchange is stamped when the answer came back.
    expect(second.attempts.at(-1)!.marketMillis).toBeGreaterThanOrEqual(arrivals[1]!);
  });

  it('dates a submission, and judges it, at its arrival', async () => {
    // Every reading of this clock is a market minute later than the one before.
    let minutes = 0;
    const now = () => START + (minutes += 1) * 60_000;
    const journal = journalIn();
    const directory = new PartyDirectory([SUPPLIER, SMRS]);
    const emulator = await DipEmulator.start({ spec, directory, journal, now });
    try {
      const faker = new Faker({ locale: [en_GB, en] });
      faker.seed(7);
      const message = buildMessage(spec, { faker, interfaceID: 'IF-031', eventCode: '[MSApp]', now: START, sender: { dipId: SUPPLIER.dipId, role: 'SUP' } });
      const response = await fetch(`${emulator.url}/dip-channel/IF-031`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': SUPPLIER.apiKey },
        body: JSON.stringify([{ payload: message }]),
      });
      const answer = (await response.json()) as { timestamp: string };
      expect(response.status).toBe(201);
      const [exchange] = readJournal(journal);
      // The DIP's answer is dated at the instant the exchange is recorded at: when it arrived.
      expect(answer.timestamp).toBe(formatGbTimestamp(exchange!.marketMillis));
      expect(exchange!.marketTime).toBe(answer.timestamp);
    } finally {
      await emulator.close();
    }
  });
});
