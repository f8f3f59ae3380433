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

/** Lines waiting for the next write, with the appends to settle once they are on disk. */
interface Batch {
  /** Kept as text and encoded once per write: a Buffer per line was about 4 % of the ingest path under load (`npm run bench:ingest`). */
  readonly lines: string[];
  readonly settle: Array<{ resolve: () => void; reject: (error: Error) => void }>;
}

export class ExchangeJournal {
  /**
   * Lines appended while a write is under way wait here and go out together in the next one
   * (a group commit): under load one write per line queued behind the last one, and the
   * emulator's answers waited on the disk in single file.
   */
  private waiting: Batch | undefined;
  private writing: Promise<void> | undefined;
  /**
   * The file stays open while the journal is in use: opening and closing it for every line
   * (appendFile) cost more than the write itself, a tenth of the emulator's time under load.
   */
  private fd: Promise<number> | undefined;
  private readonly listeners = new Set<(exchange: Exchange) => void>();

  constructor(readonly file: string) {
    mkdirSync(path.dirname(file), { recursive: true });
  }

  /** Appends one exchange; resolves once its line is in the file. Lines keep the order of the calls. */
  append(exchange: Exchange): Promise<void> {
    const line = `${JSON.stringify(exchange)}\n`;
    const batch = (this.waiting ??= { lines: [], settle: [] });
    const written = new Promise<void>((resolve, reject) => batch.settle.push({ resolve, reject }));
    batch.lines.push(line);
    this.writing ??= this.drain();
    return written.then(() => {
      for (const listener of this.listeners) listener(exchange);
    });
  }

  /** Closes the file once the appends in hand are written; a later append opens it again. */
  async close(): Promise<void> {
    while (this.writing) await this.writing;
    const fd = this.fd;
    this.fd = undefined;
    if (fd) await closeFile(await fd);
  }

  /** Writes batch after batch until none waits. A failed write fails its own batch only. */
  private async drain(): Promise<void> {
    try {
      for (let batch = this.takeWaiting(); batch; batch = this.takeWaiting()) {
        try {
          await this.write(Buffer.from(batch.lines.join(''), 'utf8'));
          for (const { resolve } of batch.settle) resolve();
        } catch (error) {
          for (const { reject } of batch.settle) reject(error as Error);
        }
      }
    } finally {
      this.writing = undefined;
    }
  }

  private takeWaiting(): Batch | undefined {
    const batch = this.waiting;
    this.waiting = undefined;
    return batch;
  }

  private async write(bytes: Buffer): Promise<void> {
    this.fd ??= openFile(this.file, 'a');
    let fd: number;
    try {
      fd = await this.fd;
    } catch (error) {
      this.fd = undefined;
      throw error;
    }
    try {
      for (let done = 0; done < bytes.length; ) done += (await writeTo(fd, bytes, done, bytes.length - done)).bytesWritten;
    } catch (error) {
      // A failed write (disk full …) fails this batch only; the next one starts on a fresh descriptor.
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
