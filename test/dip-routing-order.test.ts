// The DIP emulator's promise to the simulators: an accepted submission reaches them only once it
// is evidence. Its exchange is in the journal and the participant's answer written first; when
// the journal cannot be written the participant gets 503 and no simulator acts on the message.
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
  constructor(file: string, private readonly fails: boolean) {
    super(file);
  }
  override async append(exchange: Exchange): Promise<void> {
    this.events.push('journal write started');
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (this.fails) throw new Error('disk full');
    await super.append(exchange);
    this.events.push('journaled');
  }
}

let emulator: DipEmulator | undefined;
afterEach(async () => emulator?.close());

async function submitThrough(fails: boolean) {
  const journal = new ObservedJournal(path.join(mkdtempSync(path.join(tmpdir(), 'mhhs-routing-')), 'journal.jsonl'), fails);
  emulator = await DipEmulator.start({ spec, directory: new PartyDirectory([SUPPLIER, SMRS]), journal, now: () => NOW });
  const routed: AcceptedMessage[] = [];
  emulator.onAccepted((message) => {
    journal.events.push('routed');
    // Evidence first: the line is on disk when the simulator hears of the message.
    journal.events.push(readFileSync(journal.file, 'utf8').includes(message.transactionID) ? 'routed message is in the journal' : 'routed message is NOT in the journal');
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
  it('hands an accepted message to the simulators after its exchange is journaled and answered', async () => {
    const { answer, routed, events } = await submitThrough(false);
    expect(answer.status).toBe(201);
    expect(routed).toHaveLength(1);
    expect(events).toEqual(['journal write started', 'journaled', 'routed', 'routed message is in the journal']);
  });

  it('answers 503 and routes nothing when the journal cannot be written', async () => {
    const { answer, routed, events } = await submitThrough(true);
    expect(answer.status).toBe(503);
    expect(answer.body).toContain('could not record the exchange: disk full');
    expect(routed).toEqual([]);
    expect(events).toEqual(['journal write started']);
  });
});
