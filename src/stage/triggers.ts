// Asks the participant to start something on its own side (a Supplier raising a registration
// with CSS, a Metering Service reporting works), as its profile says: an HTTP call to a test
// hook, a shell command, a Playwright script driving its own web UI, or a person at the
// keyboard. A participant that gives no way to do it makes the scenario inconclusive, never
// failed.
import { spawn } from 'node:child_process';
import type { Agent as HttpAgent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import { createInterface } from 'node:readline';
import type { ParticipantProfile, Trigger } from '../profile/participant-profile.ts';
import { Inconclusive } from '../scenario/verdicts.ts';
import { createPostAgent, postRequest, type TlsIdentity } from '../transport/post-request.ts';
import { type Screenshot, viaPlaywright } from './playwright-trigger.ts';

export interface TriggerResult {
  readonly trigger: string;
  readonly how: string;
  readonly outcome: string;
}

/** What a browser trigger needs: the client certificate to present, and where its screenshots go. */
export interface BrowserMeans {
  readonly clientIdentity?: TlsIdentity;
  readonly onScreenshot?: (screenshot: Screenshot) => void;
}

const TRIGGER_TIMEOUT_MS = 30_000;

/** A test hook is the participant's own API: under mTLS it is called with the DIP's client certificate. */
async function viaHttp(url: string, payload: unknown, agent: HttpAgent | HttpsAgent): Promise<string> {
  const outcome = await postRequest({ url, headers: { 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify(payload)), timeoutMs: TRIGGER_TIMEOUT_MS, agent });
  if (outcome.kind === 'transport-error') throw new Inconclusive(`trigger ${url} could not be called: ${outcome.code}: ${outcome.message}`);
  if (outcome.status < 200 || outcome.status > 299) throw new Inconclusive(`trigger ${url} answered ${outcome.status}: ${outcome.body.toString('utf8').slice(0, 200)}`);
  return `HTTP ${outcome.status}`;
}

function viaCommand(command: string, name: string, payload: unknown): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MHHS_TRIGGER: name, MHHS_TRIGGER_PAYLOAD: JSON.stringify(payload) } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), TRIGGER_TIMEOUT_MS);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(`command exited 0`);
      else reject(new Inconclusive(`trigger command '${command}' exited ${code}: ${output.slice(-300)}`));
    });
  });
}

async function viaPerson(instructions: string, payload: unknown): Promise<string> {
  if (!process.stdin.isTTY) throw new Inconclusive(`trigger needs a person (${instructions}) and this run has no terminal`);
  process.stdout.write(`\n${instructions}\n${JSON.stringify(payload, null, 2)}\nPress Enter when done, and type your name: `);
  const reader = createInterface({ input: process.stdin });
  const answer = await new Promise<string>((resolve) => reader.once('line', resolve));
  reader.close();
  return `confirmed by ${answer.trim() || '(no name given)'}`;
}

export async function fireTrigger(
  profile: ParticipantProfile,
  name: string,
  payload: unknown,
  participantUrl?: string,
  agent: HttpAgent | HttpsAgent = createPostAgent(),
  browser: BrowserMeans = {},
): Promise<TriggerResult> {
  const trigger: Trigger | undefined = profile.triggers[name];
  if (!trigger) throw new Inconclusive(`the profile ${profile.file} declares no trigger '${name}', so the suite cannot ask the participant to start this`);
  if ('http' in trigger) {
    const url = trigger.http.url.replace('{participant}', participantUrl ?? '');
    return { trigger: name, how: `POST ${url}`, outcome: await viaHttp(url, payload, agent) };
  }
  if ('playwright' in trigger) {
    const run = await viaPlaywright({ script: trigger.playwright.script, payload, participantUrl, ...browser });
    return { trigger: name, how: `Playwright ${trigger.playwright.script}`, outcome: run.outcome };
  }
  if ('command' in trigger) return { trigger: name, how: trigger.command, outcome: await viaCommand(trigger.command, name, payload) };
  return { trigger: name, how: 'manual', outcome: await viaPerson(trigger.manual, payload) };
}
