// The run's journal: one JSON line per exchange, appended to disk before the emulator sends
// its answer, so nothing the participant sent can be lost to a crash of the suite. Reports
// and evidence are rebuilt from this file alone.
import { mkdirSync } from 'node:fs';
import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Exchange } from './exchange.ts';

export class ExchangeJournal {
  private pending: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<(exchange: Exchange) => void>();

  constructor(readonly file: string) {
    mkdirSync(path.dirname(file), { recursive: true });
  }

  /** Appends one exchange; resolves once the line is in the file. Appends are serialised. */
  append(exchange: Exchange): Promise<void> {
    const line = `${JSON.stringify(exchange)}\n`;
    const written = this.pending.then(() => appendFile(this.file, line, 'utf8'));
    // One failed write must not block every later one; the caller still sees its own failure.
    this.pending = written.catch(() => undefined);
    return written.then(() => {
      for (const listener of this.listeners) listener(exchange);
    });
  }

  /** Called after each exchange is on disk (scenarios wait on this, never on the network). */
  onAppend(listener: (exchange: Exchange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  static async read(file: string): Promise<Exchange[]> {
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    return text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line, index) => {
        try {
          return JSON.parse(line) as Exchange;
        } catch {
          throw new Error(`${file}: line ${index + 1} is not a journal record`);
        }
      });
  }
}
