// What the tests that run the reference participant as a system of its own share: free ports
// (never a fixed one), throw-away API keys, the CLI in its own process, and the participant
// started from a config file until it says it listens.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { portFreeNow } from '../src/onboarding/free-port.ts';
import { TRIGGER_NAMES } from '../src/onboarding/init-answers.ts';
import { specDirOf } from './spec-under-test.ts';

/** A port nothing listens on now on the loopback: the OS picks it (as `init` and `doctor` do), the test uses it next. */
export async function freePort(): Promise<number> {
  const port = await portFreeNow('127.0.0.1');
  if (port === undefined) throw new Error('nothing can listen on 127.0.0.1');
  return port;
}

/**
 * The MPANs the example configuration says the participant supplies: README's walkthrough gives
 * the profile the first four for a first run and the other four for a second.
 */
export const EXAMPLE_SUPPLIED = {
  first: ['2300000000019', '2300000000028', '2300000000037', '2300000000046'],
  second: ['2300000000055', '2300000000064', '2300000000073', '2300000000082'],
} as const;

/** The API keys the example configurations and README name, one value per test process. */
export const externalKeys = {
  MHHS_RP_KEY_SUP: `sup-${process.pid}`,
  MHHS_RP_KEY_MSS: `mss-${process.pid}`,
  MHHS_RP_KEY_MSA: `msa-${process.pid}`,
  MHHS_RP_KEY_SDS: `sds-${process.pid}`,
  MHHS_RP_KEY_ADS: `ads-${process.pid}`,
};
export const externalEnv = { ...process.env, ...externalKeys, MHHS_DIP_SPEC_DIR: specDirOf('v2.1.0'), NO_COLOR: '1' };

/** `mhhs-qualify ARGS` as a user runs it, waiting at most `timeoutMs`. */
export const cliWithin = (timeoutMs: number) => (...args: string[]) => spawnSync(process.execPath, ['bin/mhhs-qualify.js', ...args], { env: externalEnv, encoding: 'utf8', timeout: timeoutMs });

/**
 * Starts the reference participant's process on `config` and waits for its "listening" line;
 * `ports` are given as README gives them, in MHHS_RP_DIP_BASE_URL and MHHS_RP_PORT.
 */
export function startParticipant(config: string, ports?: { readonly emulatorPort: number; readonly webhookPort: number }): Promise<{ process: ChildProcess; url: string }> {
  const env = ports ? { ...externalEnv, MHHS_RP_DIP_BASE_URL: `https://127.0.0.1:${ports.emulatorPort}`, MHHS_RP_PORT: String(ports.webhookPort) } : externalEnv;
  const child = spawn(process.execPath, ['--import', 'tsx', 'reference-participant/main.ts', '--config', config], { env, stdio: ['ignore', 'pipe', 'pipe'] });
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

/**
 * `init`'s flags for the reference participant as README "Try it as an external system" gives
 * them: its three roles with the keys above, every optional interface it sends, a test hook
 * for every trigger and the MPANs it supplies (`supplied`), on the ports of this test.
 */
export function initArgsFor(options: { readonly url: string; readonly emulatorPort: number; readonly pki: string; readonly profile: string; readonly supplied?: readonly string[] }): string[] {
  const { url, emulatorPort, pki, profile, supplied = [] } = options;
  return [
    'init', '--name', 'Reference participant (external)',
    '--role', 'SUP:1100000001:REFS:env:MHHS_RP_KEY_SUP', '--role', 'MSS:1100000002:REFM:env:MHHS_RP_KEY_MSS', '--role', 'MSA:1100000003:REFA:env:MHHS_RP_KEY_MSA',
    '--webhook-url', `${url}/webhook`, '--emulator-host', '127.0.0.1', '--emulator-port', String(emulatorPort), '--segments', 'S,A',
    '--suite-pki', pki, '--participant-ca', path.join(pki, 'ca.pem'),
    '--sends', 'IF-004,IF-024,IF-027,IF-038',
    ...TRIGGER_NAMES.flatMap((name) => ['--trigger', `${name}=http:${url}/test-hooks/${name}`]),
    ...(supplied.length ? ['--portfolio', `SUP:${supplied.join(',')}`] : []),
    '--out', profile,
  ];
}
