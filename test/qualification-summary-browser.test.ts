// The qualification summary of a whole suite's verdicts, opened in Debian's Chromium as a
// reviewer opens it and printed to PDF as they file it. The PDF is read back with pdf.js, a
// parser written apart from Chromium, so a figure missing from the printed pages is caught even
// where the screen shows it.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../src/findings/check-registry.ts';
import { qualificationSummaryHtml } from '../src/evidence/summary/qualification-summary-html.ts';
import { summaryPdf } from '../src/evidence/summary/summary-pdf.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH_ENV, DEFAULT_CHROMIUM } from '../src/stage/playwright-trigger.ts';
import { fullRunFixture, SLA_MISSED_SCENARIO } from './qualification-summary-fixture.ts';

const CHROMIUM = process.env[CHROMIUM_PATH_ENV] ?? DEFAULT_CHROMIUM;
/** The summary is meant to be short: a full run's fits in about ten pages. */
const MOST_PAGES = 10;

const { input, summaryJson } = fullRunFixture();
const html = qualificationSummaryHtml(input);
let work: string;
let file: string;
let browser: Browser;

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium) or set ${CHROMIUM_PATH_ENV}`).toBe(true);
  work = mkdtempSync(path.join(tmpdir(), 'mhhs-summary-'));
  file = path.join(work, 'summary.html');
  writeFileSync(file, html);
  writeFileSync(path.join(work, 'summary.json'), JSON.stringify(summaryJson));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The figures of one of the banner's rows, by label; a label the row lacks reads NaN, which equals nothing. */
async function figures(page: Page, row: string): Promise<(label: string) => number> {
  const cells = await page.locator(`#${row} .figure`).evaluateAll((elements) =>
    elements.map((element) => [element.querySelector('.label')?.textContent ?? '', Number(element.querySelector('.count')?.textContent)] as const),
  );
  const byLabel = new Map(cells);
  return (label) => byLabel.get(label) ?? Number.NaN;
}

describe('the qualification summary in Chromium', () => {
  it('shows the scenario totals of summary.json, and a requirement row for every requirement', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(file).href);
    const shown = await figures(page, 'scenario-totals');
    const { totals } = summaryJson;
    expect(shown('passed')).toBe(totals.pass);
    expect(shown('failed') + shown('waived')).toBe(totals.fail);
    expect(shown('waived')).toBe(1);
    expect(shown('inconclusive') + shown('not applicable')).toBe(totals.inconclusive);
    expect(shown('not applicable')).toBeGreaterThan(100);
    expect(shown('errors')).toBe(totals.error);
    expect(shown('run-level findings')).toBe(1);
    expect(await page.locator('.banner .verdict').textContent()).toBe('FAILED');

    const requirements = await figures(page, 'requirement-totals');
    const states = ['passed', 'failed', 'waived', 'inconclusive', 'not run', 'no scenario', 'not applicable'];
    expect(states.reduce((sum, state) => sum + requirements(state), 0)).toBe(input.coverage.requirements.length);
    expect(requirements('failed')).toBe(input.coverage.requirements.filter((entry) => entry.state === 'failed').length);
    expect(await page.locator('table.requirements tbody tr').count()).toBe(input.coverage.requirements.length);
    // The document fetched nothing but itself.
    expect(requests).toEqual([pathToFileURL(file).href]);
    await page.close();
  });

  it('opens at a requirement\'s row from summary.html#REQ-…, and the failed one names its finding', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await page.goto(`${pathToFileURL(file).href}#REQ-SLA-ms-appointment-request`);
    const row = page.locator('tr[id="REQ-SLA-ms-appointment-request"]');
    await expect.poll(() => row.evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBeLessThan(50);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(700);
    const text = await row.textContent();
    expect(text).toContain('failed');
    expect(text).toContain('missed by 15 min 5 s');
    expect(text).toContain(`SLA — ${CHECKS.sla.title}`);
    expect(text).toContain(SLA_MISSED_SCENARIO);
    await page.close();
  });
});

describe('the qualification summary as PDF', () => {
  let pages: string[];

  beforeAll(async () => {
    const pdf = await summaryPdf(html);
    writeFileSync(path.join(work, 'summary.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
    pages = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    await document.destroy();
  }, 120_000);

  it(`prints a whole suite's summary on 2 to ${MOST_PAGES} A4 pages, each saying which page of how many`, () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(MOST_PAGES);
    pages.forEach((text, index) => expect(text).toContain(`page ${index + 1} of ${pages.length}`));
    // A development run says so on every page, not on the cover alone.
    for (const text of pages) expect(text).toContain('NOT FOR SUBMISSION: development run');
  });

  it('carries the totals of summary.json and the run\'s verdict on its first page', () => {
    const { totals, exit } = summaryJson;
    const first = pages[0]!.replace(/\s+/g, ' ');
    expect(first).toContain(`summary.json totals: ${totals.pass} pass, ${totals.fail} fail, ${totals.inconclusive} inconclusive, ${totals.error} error.`);
    expect(first).toContain('FAILED');
    expect(first).toContain(`Exit code 1: ${exit!.reason}`);
    expect(first).toContain(`${summaryJson.scenarios.length} scenarios`);
  });

  it('prints every section: requirements, SLAs, what did not pass with its re-run command, what was set aside', () => {
    const all = pages.join(' ').replace(/\s+/g, ' ');
    for (const heading of ['2. Requirements', '3. SLAs', '4. Scenarios that did not pass', '5. Set aside, waived, and the suite']) expect(all).toContain(heading);
    expect(all).toContain('REQ-REC-22.6.1');
    expect(all).toMatch(/ms-appointment-request .*\d+ met, 1 missed/);
    expect(all).toContain('96% (32 of 33 fault switches caught)');
    expect(all).toContain('the profile does not declare market segment A');
    expect(all).toContain('CB-2026-002');
    // A failed requirement's finding names its check with the registry's one line.
    expect(all).toContain(`SLA — ${CHECKS.sla.title}`);
    // Searchable as typed: no ligature splits a word of the printed text.
    expect(all).toContain('Metering Service appointment request follows the gain notification within the SLA');
  });
});

describe('summaryPdf without Chromium', () => {
  it('names the path it looked at and how to provide one', async () => {
    const before = process.env[CHROMIUM_PATH_ENV];
    process.env[CHROMIUM_PATH_ENV] = '/nowhere/chromium';
    try {
      await expect(summaryPdf('<p>x</p>')).rejects.toThrow(/Chromium at \/nowhere\/chromium.*apt-get install -y chromium.*CHROMIUM_PATH/);
    } finally {
      if (before === undefined) delete process.env[CHROMIUM_PATH_ENV];
      else process.env[CHROMIUM_PATH_ENV] = before;
    }
  });
});
