// The generated Allure report, opened in a real browser (Debian's Chromium, as a reviewer
// would open it): the scenarios are there, grouped by business process, and a scenario shows
// its SLA figure and its evidence attachments (exchanges and sequence diagram).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { specDirOf } from './spec-under-test.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe('the qualification report in Chromium', () => {
  it('shows the scenarios by process, with SLA figures and evidence attachments', async () => {
    expect(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`).toBe(true);
    const reports = mkdtempSync(path.join(tmpdir(), 'mhhs-report-'));
    const run = spawnSync(process.execPath, ['bin/mhhs-qualify.js', 'run', '--time-scale', '3600', '--tags', '@BP002', '--reports', reports], {
      env: { ...process.env, MHHS_DIP_SPEC_DIR: specDirOf('v2.1.0') },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const reportFile = path.join(reports, 'allure-report', 'index.html');
    expect(readFileSync(reportFile, 'utf8')).not.toContain('googletagmanager');

    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1400 } });
      const outbound: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith('file:') && !request.url().startsWith('data:')) outbound.push(request.url());
      });
      await page.goto(pathToFileURL(reportFile).href);
      await expect.poll(() => page.title()).toContain('NOT FOR SUBMISSION');
      // The awesome report's own test IDs: text locators are slow on a 4 MB single-file page.
      await page.locator('[data-testid="search-input"]').fill('Accepts an appointment for a Smart MPAN it serves');
      await expect.poll(() => page.locator('[data-testid="tree-section-title"]').first().textContent()).toBe('BP002 Change of Service – Metering Service');
      await page.locator('[data-testid="tree-arrow"]').first().click();
      await page.locator('[data-testid="tree-arrow"]').nth(1).click();
      await page.locator('[data-testid="tree-leaf-title"]').first().click();
      const body = () => page.locator('body').innerText();
      await expect.poll(body).toContain('SLA ms-appointment-answer');
      const text = await body();
      expect(text).toContain('IF-034 [MSAppSPResponse] sent');
      expect(text).toContain('REQ-SLA-ms-appointment-answer: The Metering Service answers an appointment offer');

      await page.locator('[data-testid="test-result-tab-attachments"]').click();
      await expect.poll(body).toContain('sequence diagram');
      const attachments = await body();
      expect(attachments).toContain('participant → DIP /dip-channel/IF-034 (201)');
      expect(attachments).toContain('DIP → participant /webhook (201) attempt 1');
      expect(attachments).toContain('image/svg+xml');
      expect(outbound).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
