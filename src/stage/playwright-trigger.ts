// A trigger that drives the participant's own back-office web UI with a Playwright script, as a
// member of its staff would: the suite starts Chromium, presents the DIP's client certificate to
// the participant's site (mTLS), runs the profile's script, and keeps a screenshot of each step
// for the evidence. The script is the participant's: it knows its own pages.
//
// A script is an ES module whose default export is
//   async ({ page, payload, participantUrl, step }) => void
// where `step(name)` records a screenshot named `name` of the page as it is.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { TlsIdentity } from '../transport/post-request.ts';
import { Inconclusive } from '../scenario/verdicts.ts';

export const CHROMIUM_PATH_ENV = 'CHROMIUM_PATH';
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCRIPT_TIMEOUT_MS = 60_000;

export interface Screenshot {
  readonly name: string;
  readonly png: Buffer;
}

export interface BrowserTriggerRun {
  readonly script: string;
  readonly payload: unknown;
  readonly participantUrl: string | undefined;
  /** Presented to the participant's site when it asks for a client certificate. */
  readonly clientIdentity?: TlsIdentity;
  /** Each screenshot as it is taken, so that those of a failed script reach the evidence too. */
  readonly onScreenshot?: (screenshot: Screenshot) => void;
}

type TriggerScript = (context: { page: Page; payload: unknown; participantUrl: string | undefined; step: (name: string) => Promise<void> }) => Promise<void>;

export async function viaPlaywright(run: BrowserTriggerRun): Promise<{ outcome: string; screenshots: Screenshot[] }> {
  const executablePath = process.env[CHROMIUM_PATH_ENV] ?? DEFAULT_CHROMIUM;
  if (!existsSync(executablePath)) throw new Inconclusive(`the Playwright trigger needs Chromium at ${executablePath} (apt-get install -y chromium, or set ${CHROMIUM_PATH_ENV})`);
  if (!existsSync(run.script)) throw new Inconclusive(`the Playwright trigger script ${run.script} does not exist`);
  const module = (await import(pathToFileURL(run.script).href)) as { default?: TriggerScript };
  if (typeof module.default !== 'function') throw new Inconclusive(`${run.script} has no default export function ({ page, payload, participantUrl, step })`);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const screenshots: Screenshot[] = [];
  try {
    const origin = run.participantUrl ? new URL(run.participantUrl).origin : undefined;
    const context = await browser.newContext({
      // The participant's certificate comes from its own authority, not a public one; the client
      // certificate below is what its site checks, as it does for the DIP.
      ignoreHTTPSErrors: true,
      ...(origin && run.clientIdentity
        ? { clientCertificates: [{ origin, cert: Buffer.from(run.clientIdentity.certificatePem), key: Buffer.from(run.clientIdentity.privateKeyPem) }] }
        : {}),
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const step = async (name: string) => {
      const screenshot = { name: `${String(screenshots.length + 1).padStart(2, '0')} ${name}`, png: await page.screenshot({ fullPage: true }) };
      screenshots.push(screenshot);
      run.onScreenshot?.(screenshot);
    };
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`the script took over ${SCRIPT_TIMEOUT_MS / 1000} s`)), SCRIPT_TIMEOUT_MS).unref());
    try {
      await Promise.race([module.default({ page, payload: run.payload, participantUrl: run.participantUrl, step }), timeout]);
    } catch (error) {
      await step('when the script stopped').catch(() => undefined);
      throw new Inconclusive(`the Playwright trigger ${run.script} failed: ${(error as Error).message.split('\n')[0]}`);
    }
    await step('done');
    return { outcome: `Playwright script ran in Chromium (${screenshots.length} screenshots)`, screenshots };
  } finally {
    await browser.close();
  }
}
