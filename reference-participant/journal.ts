// The append-only JSONL journal in stateDir. Each record is one line written with a single
// write (and fsync when configured) before the participant answers or sends, so a killed
// process loses nothing it has acknowledged. A half-written last line, the only damage a
// kill can do, is skipped on reading.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { JournalRecord } from './records.ts';

export const JOURNAL_FILE = 'journal.jsonl';
const LOCK_FILE = 'participant.lock';

export interface JournalContents {
  readonly records: JournalRecord[];
  /** Lines that did not parse (normally at most a torn last line). */
  readonly skipped: number;
}

export function readJournal(file: string): JournalContents {
  if (!existsSync(file)) return { records: [], skipped: 0 };
  const records: JournalRecord[] = [];
  let skipped = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    try {
      records.push(JSON.parse(line) as JournalRecord);
    } catch {
      skipped += 1;
    }
  }
  return { records, skipped };
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Two participants on one stateDir would interleave their journals and reuse references. A
 * lock file names the owner; a lock left by a killed process (its pid gone) is taken over.
 */
function takeLock(stateDir: string): string {
  const lock = path.join(stateDir, LOCK_FILE);
  if (existsSync(lock)) {
    const owner = Number(readFileSync(lock, 'utf8').trim());
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && processAlive(owner)) {
      throw new Error(`state directory ${stateDir} is in use by process ${owner}`);
    }
  }
  writeFileSync(lock, String(process.pid));
  return lock;
}

export class Journal {
  readonly file: string;
  private fd: number | undefined;
  private readonly lock: string;

  constructor(
    stateDir: string,
    private readonly fsync: boolean,
  ) {
    mkdirSync(stateDir, { recursive: true });
    this.lock = takeLock(stateDir);
    this.file = path.join(stateDir, JOURNAL_FILE);
    this.fd = openSync(this.file, 'a');
    // A torn line from a killed writer must not glue itself to the next record.
    const text = existsSync(this.file) ? readFileSync(this.file, 'utf8') : '';
    if (text.length > 0 && !text.endsWith('\n')) writeSync(this.fd, '\n');
  }

  append(record: JournalRecord): void {
    if (this.fd === undefined) throw new Error('journal is closed');
    writeSync(this.fd, `${JSON.stringify(record)}\n`);
    if (this.fsync) fsyncSync(this.fd);
  }

  close(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
    rmSync(this.lock, { force: true });
  }
}
