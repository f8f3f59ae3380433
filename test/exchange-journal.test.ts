// The journal is the evidence: every append resolves only once its line is in the file, lines
// keep the order of the calls even when many arrive together (they are written in groups), and
// a failed write fails the appends it carried, not the ones after it.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExchangeJournal } from '../src/evidence/exchange-journal.ts';
import type { Exchange } from '../src/evidence/exchange.ts';

function exchange(id: string): Exchange {
  return {
    id,
    direction: 'participant-to-dip',
    channel: '/dip-channel/IF-031',
    request: { method: 'POST', url: 'https://dip.test/dip-channel/IF-031', headers: {}, body: '[]' },
    response: { status: 201, headers: {}, body: '{}' },
    startedAt: '2026-09-15T09:00:00.000Z',
    finishedAt: '2026-09-15T09:00:00.001Z',
    marketTime: '2026-09-15T10:00:00+01:00',
    marketMillis: Date.UTC(2026, 8, 15, 9),
    findings: [],
  };
}

/**
 * IDs of the whole lines in the file. Read while later appends are being written, the file may
 * end in a line still being written: only lines ended by a newline count.
 */
const linesOf = (file: string) => {
  const text = readFileSync(file, 'utf8');
  return text.slice(0, text.lastIndexOf('\n') + 1).split('\n').filter((line) => line !== '').map((line) => (JSON.parse(line) as Exchange).id);
};

describe('exchange journal', () => {
  it('writes three hundred appends made at once, in call order, each on disk when its promise resolves', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mhhs-journal-'));
    const journal = new ExchangeJournal(path.join(dir, 'journal.jsonl'));
    const ids = Array.from({ length: 300 }, (_, index) => `exchange-${index}`);
    const onDiskWhenResolved = await Promise.all(ids.map((id) => journal.append(exchange(id)).then(() => linesOf(journal.file).includes(id))));
    expect(onDiskWhenResolved.every(Boolean)).toBe(true);
    expect(linesOf(journal.file)).toEqual(ids);
    await journal.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('tells listeners of an exchange only after its line is written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mhhs-journal-'));
    const journal = new ExchangeJournal(path.join(dir, 'journal.jsonl'));
    const seenOnDisk: boolean[] = [];
    journal.onAppend((written) => seenOnDisk.push(linesOf(journal.file).includes(written.id)));
    await Promise.all(['a', 'b', 'c'].map((id) => journal.append(exchange(id))));
    expect(seenOnDisk).toEqual([true, true, true]);
    await journal.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fails the appends a write could not store, and stores the ones after it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mhhs-journal-'));
    const file = path.join(dir, 'journal.jsonl');
    // A directory where the journal file should be: opening it for appending fails (EISDIR).
    mkdirSync(file);
    const journal = new ExchangeJournal(file);
    const refused = await Promise.allSettled([journal.append(exchange('lost-1')), journal.append(exchange('lost-2'))]);
    expect(refused.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    rmSync(file, { recursive: true });
    await journal.append(exchange('kept'));
    expect(linesOf(file)).toEqual(['kept']);
    await journal.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
