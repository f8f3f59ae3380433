// What the tests that run the reference participant as a system of its own share: free ports
// (never a fixed one), throw-away API keys, the CLI in its own process, and the participant
// started from a config file until it says it listens.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { specDirOf } from './spec-under-test.ts';

/** A port nothing listens on now: the OS picks it, the test uses it next. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The API keys the example configuration and README name, one value per test process. */
export const externalKeys = { MHHS_RP_KEY_SUP: `sup-${process.pid}`, MHHS_RP_KEY_MSS: `mss-${process.pid}`, MHHS_RP_KEY_MSA: `msa-${process.pid}` };
export const externalEnv = { ...process.env, ...externalKeys, MHHS_DIP_SPEC_DIR: specDirOf('v2.1.0'), NO_COLOR: '1' };

/** `mhhs-qualify ARGS` as a user runs it, waiting at most `timeoutMs`. */
export const cliWithin = (timeoutMs: number) => (...args: string[]) => spawnSync(process.execPath, ['bin/mhhs-qualify.js', ...args], { env: externalEnv, encoding: 'utf8', timeout: timeoutMs });

/** Starts the reference participant's process on `config` and waits for its "listening" line. */
export function startParticipant(config: string): Promise<{ process: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'reference-participant/main.ts', '--config', config], { env: externalEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`participant exited ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const event = JSON.parse(line) as { event?: string; url?: string };
        if (event.event === 'listening' && event.url) resolve({ process: child, url: event.url });
      } catch {
        // A line that is not JSON: plain output, not the listening event.
      }
    });
  });
}
