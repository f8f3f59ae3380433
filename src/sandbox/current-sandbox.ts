// How `dip push` finds the running `dip serve`: a small JSON file in the sandbox's reports
// folder naming the DIP's URL, the local control endpoint with its token, the process and the
// profile. Only the owner may read it (the token lets a caller make the DIP push), it never goes
// near the journal, and the sandbox removes it when it stops.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const CURRENT_FILE = 'current.json';

export interface CurrentSandbox {
  readonly pid: number;
  /** The DIP emulator's URL as `dip serve` printed it. */
  readonly url: string;
  /** Loopback HTTP endpoint that takes push requests carrying the token. */
  readonly control: { readonly url: string; readonly token: string };
  /** The profile the sandbox serves, absolute. */
  readonly profile: string;
  readonly journal: string;
  readonly startedAt: string;
}

export const currentFileIn = (sandboxDir: string) => path.join(sandboxDir, CURRENT_FILE);

/** Whether a process with this ID still runs (EPERM: it runs, as another user). */
export function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The sandbox the file names, if its process still runs; a file left by a killed sandbox counts as none. */
export function readCurrentSandbox(sandboxDir: string): CurrentSandbox | undefined {
  const file = currentFileIn(sandboxDir);
  if (!existsSync(file)) return undefined;
  let current: CurrentSandbox;
  try {
    current = JSON.parse(readFileSync(file, 'utf8')) as CurrentSandbox;
  } catch {
    return undefined;
  }
  if (!Number.isInteger(current.pid) || !current.control?.url || !current.control.token) return undefined;
  return processRuns(current.pid) ? current : undefined;
}

/** Written whole then renamed into place, so a reader never sees half a file. */
export function writeCurrentSandbox(sandboxDir: string, current: CurrentSandbox): void {
  const file = currentFileIn(sandboxDir);
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, `${JSON.stringify(current, null, 2)}\n`, { mode: 0o600 });
  renameSync(partial, file);
}

/** Removes the file if it still names this process: a newer sandbox's file is left alone. */
export function removeCurrentSandbox(sandboxDir: string, pid = process.pid): void {
  const file = currentFileIn(sandboxDir);
  try {
    if ((JSON.parse(readFileSync(file, 'utf8')) as CurrentSandbox).pid !== pid) return;
  } catch {
    return;
  }
  rmSync(file, { force: true });
}
