// Starts the bundled reference participant as a separate process, the way a real participant
// runs beside the suite: its own state, its own webhook, talking to the emulator over HTTP.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import yaml from 'js-yaml';

export interface LaunchedParticipant {
  readonly url: string;
  /** Everything the process wrote to stdout and stderr, for the evidence when it misbehaves. */
  readonly log: string[];
  stop(): Promise<void>;
}

const ENTRY = path.resolve(import.meta.dirname, '../../reference-participant/main.ts');
const STARTUP_TIMEOUT_MS = 30_000;
const LOG_LINES_KEPT = 500;

export async function launchReferenceParticipant(options: {
  readonly config: Record<string, unknown>;
  readonly workDir: string;
  /** API keys by the environment variable the config names for them: never written to disk. */
  readonly keys: Readonly<Record<string, string>>;
  /** How long it may take to say it listens; then it is stopped and the start fails. */
  readonly startupTimeoutMs?: number;
}): Promise<LaunchedParticipant> {
  const startupTimeout = options.startupTimeoutMs ?? STARTUP_TIMEOUT_MS;
  mkdirSync(options.workDir, { recursive: true });
  const configFile = path.join(options.workDir, 'reference-participant.yaml');
  writeFileSync(configFile, yaml.dump(options.config));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', ENTRY, '--config', configFile], {
    env: { ...process.env, ...options.keys },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  const keep = (line: string) => {
    log.push(line);
    if (log.length > LOG_LINES_KEPT) log.shift();
  };
  createInterface({ input: child.stderr! }).on('line', keep);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    });
  const started = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`reference participant did not report its webhook within ${startupTimeout} ms:\n${log.join('\n')}`)), startupTimeout);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`reference participant could not be started: ${error.message}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`reference participant exited with code ${code} before listening:\n${log.join('\n')}`));
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      keep(line);
      try {
        const event = JSON.parse(line) as { event?: string; url?: string };
        if (event.event === 'listening' && event.url) {
          clearTimeout(timer);
          resolve(event.url);
        }
      } catch {
        // Not a JSON line: plain output, kept in the log.
      }
    });
  });
  // A participant that never said it listens is still running: stop it before saying so.
  const url = await started.catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url, log, stop };
}
