// Nothing received is lost: the emulator is killed (SIGKILL) while submissions pour in; its
// journal then holds every exchange that was answered, and no line is half-written.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { en, en_GB, Faker } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { buildMessage } from '../src/builders/message-builder.ts';
import { ExchangeJournal } from '../src/evidence/exchange-journal.ts';
import { specDirOf, specUnderTest } from './spec-under-test.ts';

describe('the journal when the suite is killed', () => {
  it('holds every answered exchange, each line whole', async () => {
    const journal = path.join(mkdtempSync(path.join(tmpdir(), 'mhhs-kill-')), 'journal.jsonl');
    const apiKey = `k-${process.pid}-kill`;
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/emulator-process.ts', journal, apiKey], {
      env: { ...process.env, MHHS_DIP_SPEC_DIR: specDirOf('v2.1.0') },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const url = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', (line) => resolve((JSON.parse(line) as { url: string }).url)));

    const spec = specUnderTest();
    const faker = new Faker({ locale: [en_GB, en] });
    faker.seed(5);
    const answered = new Set<string>();
    let sent = 0;
    let stop = false;
    const worker = async () => {
      while (!stop) {
        const payload = buildMessage(spec, { faker, interfaceID: 'IF-031', eventCode: '[MSApp]', now: Date.UTC(2026, 8, 15, 9, 0), sender: { dipId: '1000000001', role: 'SUP' } });
        const reference = (payload.CommonBlock.S1 as { senderUniqueReference: string }).senderUniqueReference;
        sent += 1;
        try {
          const response = await fetch(`${url}/dip-channel/IF-031`, { method: 'POST', headers: { 'x-api-key': apiKey, 'content-type': 'application/json' }, body: JSON.stringify([{ payload }]) });
          await response.text();
          answered.add(reference);
        } catch {
          // The process died under this request: it was never answered.
        }
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    stop = true;
    await Promise.all(workers);

    expect(answered.size).toBeGreaterThan(20);
    const journaledLines = await ExchangeJournal.read(journal); // throws on any half-written line
    // Each accepted submission is followed by its hand-on to the simulated parties: count the submissions.
    const exchanges = journaledLines.filter((exchange) => exchange.direction === 'participant-to-dip');
    const journaled = new Set(exchanges.map((exchange) => (JSON.parse(exchange.request.body) as Array<{ payload: { CommonBlock: { S1: { senderUniqueReference: string } } } }>)[0]!.payload.CommonBlock.S1.senderUniqueReference));
    expect([...answered].filter((reference) => !journaled.has(reference))).toEqual([]);
    expect(exchanges.length).toBeLessThanOrEqual(sent);
  });
});
