// The DIP emulator's promise to the simulators: an accepted submission reaches them only once it
// is evidence. Its exchange is in the journal and the participant's answer written first, then
// its delivery to the simulated parties is journaled, and only then do they hear of it. When the
// journal cannot be written the participant gets 503 and no simulator acts on the message.
// A journal slower than the routing shows the order; one that fails shows the refusal.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { en, en_GB, Faker } from '@faker-js/faker';
import { afterEach, describe, expect, it } from 'vitest';
import { DipEmulator } from '../mocks/dip/dip-emulator.ts';
import type { AcceptedMessage } from '../mocks/dip/ingress-judgement.ts';
import { PartyDirectory } from '../mocks/isd/party-directory.ts';
import { buildMessage } from '../src/builders/message-builder.ts';
import type { Exchange } from '../src/evidence/exchange.ts';
import { ExchangeJournal } from '../src/evidence/exchange-journal.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const NOW = Date.UTC(2026, 8, 15, 9, 0);
const SUPPLIER = { dipId: '1000000001', mpid: 'SUPA', role: 'SUP', name: 'participant supplier', apiKey: `k-${process.pid}-${Date.now()}` };
const SMRS = { dipId: '2000000001', mpid: 'SMRA', role: 'REGS', name: 'SMRS (simulated)' };

/** A real journal whose writes take a while, or fail: what happened, in order. */
class ObservedJournal extends ExchangeJournal {
  readonly events: string[] = [];
  private appends = 0;
  /** `failsFrom`: the first append (counted from 1) that fails, and every one after it. */
  constructor(file: string, private readonly failsFrom: number) {
    super(file);
  }
  override async append(exchange: Exchange): Promise<void> {
    this.appends += 1;
    this.events.push(`${exchange.direction} write started`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (this.appends >= this.failsFrom) throw new Error('disk full');
    await super.append(exchange);
    this.events.push(`${exchange.direction} journaled`);
  }
}

let emulator: DipEmulator | undefined;
afterEach(async () => emulator?.close());

async function submitThrough(failsFrom = Infinity) {
  const journal = new ObservedJournal(path.join(mkdtempSync(path.join(tmpdir(), 'mhhs-routing-')), 'journal.jsonl'), failsFrom);
  emulator = await DipEmulator.start({ spec, directory: new PartyDirectory([SUPPLIER, SMRS]), journal, now: () => NOW });
  const routed: AcceptedMessage[] = [];
  emulator.onAccepted((message) => {
    journal.events.push('routed');
    // Evidence first: the line is on disk when the simulator hears of the message.
    const lines = readFileSync(journal.file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Exchange);
    const delivered = lines.some((exchange) => exchange.direction === 'dip-to-simulated-party' && exchange.request.body === JSON.stringify([{ payload: message.payload }]));
    journal.events.push(delivered ? 'its delivery is in the journal' : 'its delivery is NOT in the journal');
    routed.push(message);
  });
  const faker = new Faker({ locale: [en_GB, en], seed: 7 });
  const payload = buildMessage(spec, { faker, interfaceID: 'IF-031', eventCode: '[MSApp]', now: NOW, sender: { dipId: SUPPLIER.dipId, role: 'SUP' } });
  const response = await fetch(`${emulator.url}/dip-channel/IF-031`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': SUPPLIER.apiKey },
    body: JSON.stringify([{ payload }]),
  });
  const answer = { status: response.status, body: await response.text() };
  await new Promise((resolve) => setTimeout(resolve, 200));
  return { answer, routed, events: journal.events };
}

describe('routing of accepted submissions', () => {
  it('hands an accepted message to the simulators after its exchange and its delivery are journaled', async () => {
    const { answer, routed, events } = await submitThrough();
    expect(answer.status).toBe(201);
    expect(routed).toHaveLength(1);
    expect(events).toEqual([
      'participant-to-dip write started',
      'participant-to-dip journaled',
      'dip-to-simulated-party write started',
      'dip-to-simulated-party journaled',
      'routed',
      'its delivery is in the journal',
    ]);
  });

  it('answers 503 and routes nothing when the journal cannot be written', async () => {
    const { answer, routed, events } = await submitThrough(1);
    expect(answer.status).toBe(503);
    expect(answer.body).toContain('could not record the exchange: disk full');
    expect(routed).toEqual([]);
    expect(events).toEqual(['participant-to-dip write started']);
  });

  it('routes nothing when the delivery cannot be journaled, though the participant had its 201', async () => {
    const { answer, routed, events } = await submitThrough(2);
    expect(answer.status).toBe(201);
    expect(routed).toEqual([]);
    expect(events).toEqual(['participant-to-dip write started', 'participant-to-dip journaled', 'dip-to-simulated-party write started']);
  });
});
