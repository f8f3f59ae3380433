// The run's journal: one JSON line per exchange, appended to disk before the emulator sends
// its answer, so nothing the participant sent can be lost to a crash of the suite. Reports
// and evidence are rebuilt from this file alone.
import { close, mkdirSync, open, write } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Exchange } from './exchange.ts';

const openFile = promisify(open);
const writeTo = promisify(write);
const closeFile = promisify(close);

export class ExchangeJournal {
  private pending: Promise<void> = Promise.resolve();
  /**
   * The file stays open while the journal is in use: opening and closing it for every line
   * (appendFile) cost more than the write itself, a tenth of the emulator's time under load.
   */
  private fd: Promise<number> | undefined;
  private readonly listeners = new Set<(exchange: Exchange) => void>();

  constructor(readonly file: string) {
    mkdirSync(path.dirname(file), { recursive: true });
  }

  /** Appends one exchange; resolves once the line is in the file. Appends are serialised. */
  append(exchange: Exchange): Promise<void> {
    const line = Buffer.from(`${JSON.stringify(exchange)}\n`, 'utf8');
    const written = this.pending.then(() => this.write(line));
    // One failed write must not block every later one; the caller still sees its own failure.
    this.pending = written.catch(() => undefined);
    return written.then(() => {
      for (const listener of this.listeners) listener(exchange);
    });
  }

  /** Closes the file once the appends in hand are written; a later append opens it again. */
  async close(): Promise<void> {
    await this.pending;
    const fd = this.fd;
    this.fd = undefined;
    if (fd) await closeFile(await fd);
  }

  private async write(line: Buffer): Promise<void> {
    this.fd ??= openFile(this.file, 'a');
    let fd: number;
    try {
      fd = await this.fd;
    } catch (error) {
      this.fd = undefined;
      throw error;
    }
    try {
      for (let done = 0; done < line.length; ) done += (await writeTo(fd, line, done, line.length - done)).bytesWritten;
    } catch (error) {
      // A failed write (disk full …) fails this append only; the next one starts on a fresh descriptor.
      this.fd = undefined;
      await closeFile(fd).catch(() => undefined);
      throw error;
    }
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
