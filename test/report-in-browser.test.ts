// The generated Allure report, opened in a real browser (Debian's Chromium, as a reviewer
// would open it): the scenarios are there, grouped by business process, and a scenario shows
// its SLA figure, its span of market time and its evidence attachments (exchanges named by what
// they carried, and the sequence diagram). A scenario that did not apply says why and lists its
// requirements; the ring counts it as not passed. A requirement ID typed into the search lists
// exactly the scenarios carrying it, and a requirement link opens its wording and those
// scenarios. The overview, the first screen, states the facts of the evidence pack's first page
// (verify's digest), in the run's report and in the pack's; a failed scenario shows its
// requirement links and exchanges.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { type Browser, chromium, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { digestRows } from '../src/evidence/pack/pack-digest.ts';
import { parseCsv } from '../src/evidence/csv.ts';
import { verifyPack } from '../src/evidence/pack/verify-pack.ts';
import { specDirOf } from './spec-under-test.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function qualify(...args: string[]): { status: number | null; stderr: string; reports: string } {
  const reports = mkdtempSync(path.join(tmpdir(), 'mhhs-report-'));
  const run = spawnSync(process.execPath, ['bin/mhhs-qualify.js', 'run', '--reports', reports, ...args], {
    env: { ...process.env, MHHS_DIP_SPEC_DIR: specDirOf('v2.1.0') },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { status: run.status, stderr: run.stderr, reports };
}

async function inChromium(check: (browser: Browser) => Promise<void>): Promise<void> {
  expect(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`).toBe(true);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    await check(browser);
  } finally {
    await browser.close();
  }
}

/** Opens a report, failing the test on any request that leaves the file (the report must work offline). */
async function openReport(browser: Browser, reportFile: string): Promise<{ page: Page; outbound: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1400 } });
  const outbound: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('file:') && !request.url().startsWith('data:')) outbound.push(request.url());
  });
  await page.goto(pathToFileURL(reportFile).href);
  return { page, outbound };
}

/** The overview's key/value rows as the page shows them, in both panels, without any click. */
async function overviewRows(page: Page, count: number): Promise<Array<[string, string]>> {
  const items = page.locator('[data-testid="metadata-list"] [data-testid="metadata-item"]');
  // The two panels load separately; a 4 MB page on a busy machine can take seconds.
  await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(count);
  const rows: Array<[string, string]> = [];
  for (const item of await items.all()) {
    // Visible, not merely in the DOM: the overview is read on the first screen, unfolded.
    expect(await item.isVisible()).toBe(true);
    rows.push([(await item.locator('[data-testid="metadata-item-key"]').innerText()).trim(), (await item.locator('[data-testid="metadata-item-value"]').innerText()).trim()]);
  }
  return rows;
}

const title = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);

/** Every scenario the tree lists, each once: every collapsed section opened (an opened one's arrow icon says so), nested ones as they appear. */
async function listedScenarios(page: Page): Promise<string[]> {
  const collapsed = page.locator('[data-testid="tree-arrow"]:not(:has(svg[class*="opened"]))');
  for (let opened = 0; opened < 200 && (await collapsed.count()) > 0; opened++) await collapsed.first().click();
  return [...new Set(await page.locator('[data-testid="tree-leaf-title"]').allInnerTexts())].sort();
}

/** The report's address of a scenario: Allure 3 names a result by the MD5 of its UUID (as the RTTM's links do). */
function scenarioUrl(reports: string, name: string): string {
  const resultsDir = path.join(reports, 'allure-results');
  const uuid = readdirSync(resultsDir)
    .filter((file) => file.endsWith('-result.json'))
    .map((file) => JSON.parse(readFileSync(path.join(resultsDir, file), 'utf8')) as { uuid: string; name: string })
    .find((result) => result.name === name)?.uuid;
  expect(uuid, `no result named ${name}`).toBeDefined();
  return `${pathToFileURL(path.join(reports, 'allure-report', 'index.html')).href}#${createHash('md5').update(uuid!).digest('hex')}`;
}

async function openScenario(page: Page, reports: string, name: string): Promise<void> {
  await page.goto(scenarioUrl(reports, name));
  await expect.poll(() => page.locator('[data-testid="test-result-info-title"]').innerText(), { timeout: 30_000 }).toContain(name);
}

interface SummaryScenario {
  readonly name: string;
  readonly tags: readonly string[];
  readonly verdict: string;
  readonly notApplicable?: boolean;
}

const scenariosOf = (reports: string) => (JSON.parse(readFileSync(path.join(reports, 'summary.json'), 'utf8')) as { scenarios: SummaryScenario[] }).scenarios;

describe('the qualification report in Chromium', () => {
  it('shows the scenarios by process, with SLA figures, market time and evidence attachments; says why a scenario did not apply; finds and opens a requirement exactly', async () => {
    // BP002, the three scenarios carrying REQ-REC-22.6.1 (and many that mention REC 22.6.x, IF-031
    // and such), and the reverse migration scenarios, not applicable after M14.
    const run = qualify('--time-scale', '3600', '--tags', '@BP002 or @REQ-REC-22.6.1 or @market:before-M14');
    expect(run.status, run.stderr).toBe(0);
    const reportFile = path.join(run.reports, 'allure-report', 'index.html');
    expect(readFileSync(reportFile, 'utf8')).not.toContain('googletagmanager');
    const scenarios = scenariosOf(run.reports);
    const carrying = scenarios.filter((scenario) => scenario.tags.includes('@REQ-REC-22.6.1')).map((scenario) => scenario.name).sort();
    expect(carrying).toHaveLength(3);
    const notApplicable = scenarios.filter((scenario) => scenario.notApplicable);
    expect(notApplicable.map((scenario) => scenario.name).sort()).toEqual(['The Metering Service takes its de-appointment by reverse migration', 'The outgoing Supplier takes the reverse migration notification']);
    const passed = scenarios.filter((scenario) => scenario.verdict === 'pass').length;

    await inChromium(async (browser) => {
      const { page, outbound } = await openReport(browser, reportFile);
      await expect.poll(() => page.title()).toContain('NOT FOR SUBMISSION');
      // The awesome report's own test IDs: text locators are slow on a 4 MB single-file page.
      await page.locator('[data-testid="search-input"]').fill('Accepts an appointment for a Smart MPAN it serves');
      // It answers the offer of a Change of Supplier (COS-03, COS-04) as of a Change of Service, so it is under both.
      await expect
        .poll(() => page.locator('[data-testid="tree-section-title"]').allTextContents())
        .toEqual(expect.arrayContaining(['BP001 Change of Supplier', 'BP002 Change of Service – Metering Service']));
      await page.locator('[data-testid="tree-arrow"]').first().click();
      await page.locator('[data-testid="tree-arrow"]').nth(1).click();
      await page.locator('[data-testid="tree-leaf-title"]').first().click();
      const body = () => page.locator('body').innerText();
      await expect.poll(body).toContain('SLA ms-appointment-answer');
      const text = await body();
      expect(text).toContain('IF-034 [MSAppSPResponse] sent');
      expect(text).toContain('REQ-SLA-ms-appointment-answer: The Metering Service answers an appointment offer');

      // Its span on the market clock, beside the real times of the report's timeline.
      expect(text).toMatch(/Market time\s+\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d → \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d \(.* of market time at ×3600\)/);
      // The labels name the process and the scenario, not the machine that ran it.
      const labelKeys = await page.locator('[data-testid="metadata-item-key"]').allInnerTexts();
      expect(labelKeys).toEqual(expect.arrayContaining(['epic', 'feature', 'interface']));
      expect(labelKeys.filter((key) => ['host', 'thread', 'language', 'framework', 'package'].includes(key.trim()))).toEqual([]);

      await page.locator('[data-testid="test-result-tab-attachments"]').click();
      await expect.poll(body).toContain('sequence diagram');
      const attachments = await body();
      // Named by the interface and event code they carried, not by the webhook every push goes to.
      expect(attachments).toContain('participant → DIP IF-034 [MSAppSPResponse] (201)');
      expect(attachments).toMatch(/DIP → participant IF-\d{3} \[\w+\] \(201\) attempt 1/);
      expect(attachments).not.toContain('/webhook');
      expect(attachments).toContain('image/svg+xml');

      // The ring counts the scenarios that did not run as not passed: never 100 % with two of them.
      await page.goto(pathToFileURL(reportFile).href);
      const ring = page.locator('[role="img"][aria-label^="Success rate"]');
      await expect.poll(() => ring.count(), { timeout: 30_000 }).toBe(1);
      const rate = Number(/^Success rate: ([\d.]+)%$/.exec((await ring.getAttribute('aria-label')) ?? '')?.[1]);
      expect(passed).toBeLessThan(scenarios.length);
      expect(rate).toBeCloseTo((100 * passed) / scenarios.length, 1);
      expect(rate).toBeLessThan(100);

      // A scenario that did not apply says why, first thing, and still lists its requirements.
      await openScenario(page, run.reports, notApplicable[0]!.name);
      await expect.poll(() => page.locator('[data-testid="test-result-error-message"]').innerText()).toContain('Not applicable: reverse migration ended at M14 (2026-10-28)');
      expect(await page.locator('[data-testid="test-result-meta-link"]').allInnerTexts()).toEqual([expect.stringMatching(/^REQ-REVERSE-MIGRATION: Until M14/)]);
      // Its description (drawn in a frame of its own) opens with the reason too.
      const description = page.frameLocator('[data-testid="test-result-description-frame"]').locator('body');
      await expect.poll(() => description.innerText(), { timeout: 30_000 }).toMatch(/^Not applicable: reverse migration ended at M14/);

      // A requirement ID typed into the search lists exactly the scenarios that carry it: not
      // those with REC 22.6.x, IF-031, a "1" or a "6" somewhere, as the loose search did.
      await page.goto(pathToFileURL(reportFile).href);
      await page.locator('[data-testid="search-input"]').fill('REQ-REC-22.6.1');
      // The search index loads on the first query: the tree is filtered a moment after typing.
      await expect.poll(() => listedScenarios(page), { timeout: 30_000 }).toEqual(carrying);

      // A requirement link opens the requirement's wording and every scenario carrying it, and
      // each of those opens its scenario.
      await openScenario(page, run.reports, carrying[0]!);
      await page.locator('[data-testid="test-result-meta-link"]', { hasText: 'REQ-REC-22.6.1:' }).click();
      const panel = page.locator('[data-testid="requirement-panel"]');
      await expect.poll(() => panel.isVisible()).toBe(true);
      expect(await panel.locator('[data-testid="requirement-id"]').innerText()).toBe('REQ-REC-22.6.1');
      expect(await panel.locator('[data-testid="requirement-wording"]').innerText()).toBe(
        'The Gaining Supplier sends the Metering Service appointment request (IF-031 [MSApp]) within 60 minutes of the IF-002 that shows its registration pending.',
      );
      expect((await panel.locator('[data-testid="requirement-scenario"]').allInnerTexts()).sort()).toEqual(carrying);
      await panel.locator('[data-testid="requirement-scenario"]', { hasText: carrying[1]! }).click();
      await expect.poll(() => page.locator('[data-testid="test-result-info-title"]').innerText(), { timeout: 30_000 }).toContain(carrying[1]!);
      expect(await panel.isVisible()).toBe(false);
      // The same panel from the report's address, as a reviewer's note would cite it.
      await page.goto(`${pathToFileURL(reportFile).href}?requirement=REQ-REVERSE-MIGRATION`);
      await expect.poll(() => panel.locator('[data-testid="requirement-scenario"]').allInnerTexts(), { timeout: 30_000 }).toEqual(notApplicable.map((scenario) => scenario.name));
      expect(await panel.locator('li').allInnerTexts()).toEqual(notApplicable.map(() => expect.stringContaining('not applicable')));
      expect(outbound).toEqual([]);
    });
  }, 300_000);

  it('states the pack’s first page on the overview, and links a failed scenario to its requirements and exchanges', async () => {
    const waivers = path.join(mkdtempSync(path.join(tmpdir(), 'mhhs-waivers-')), 'waivers.yaml');
    writeFileSync(waivers, 'waivers:\n  - { id: REQ-SLA-ms-appointment-request, reason: late IF-031 agreed for this test, reference: QAD-TEST-7, approver: A. Reviewer, expires: "2099-12-31" }\n');
    // ×600, not ×3600: the fault holds IF-031 back 75 market minutes, 7.5 real seconds, far from the 60-minute line.
    // The latest selftest's result, as `mhhs-qualify selftest` writes it: the pack carries its kill rate.
    const selftestResult = path.join(path.dirname(waivers), 'selftest-result.json');
    writeFileSync(selftestResult, JSON.stringify({ faults: 33, caught: 32, unexpectedReds: 1, cleanOk: true, complete: true, scope: 'all', catalogueSize: 33, suite: { version: '0.1.0' }, finishedAt: '2026-11-29T23:10:00.000Z' }));
    const run = qualify('--time-scale', '600', '--fault', 'late-if031', '--tags', '@REC-22.6.1 and @segment:smart', '--waivers', waivers, '--selftest-result', selftestResult);
    // The one failure is waived, so the run passes; the scenario still failed.
    expect(run.status, run.stderr).toBe(0);
    const pack = readFileSync(path.join(run.reports, 'evidence-pack.zip'));
    const digest = verifyPack(pack).digest!;
    // The facts themselves, not only that the two renderers agree.
    expect(digest).toMatchObject({
      participant: 'mhhs-qualify reference participant',
      roles: 'SUP 1100000001 (REFS), MSS 1100000002 (REFM), MSA 1100000003 (REFA), SDS 1100000004 (REFD), ADS 1100000005 (REFV)',
      certification: 'no: NOT FOR SUBMISSION: development run',
      verdicts: '1 scenarios: 0 passed, 1 failed, 0 inconclusive, 0 errors',
      slas: '1 measured: 1 missed',
      waivers: 'REQ-SLA-ms-appointment-request (QAD-TEST-7)',
      killRate: '96% (32 of 33 fault switches caught); 1 unexpected red; suite 0.1.0; 2026-11-29',
    });
    expect(digest.suite).toMatch(/^mhhs-qualify \d+\.\d+\.\d+ \([0-9a-f]{12}\), DIP API v2\.1\.0$/);
    // The waived scenario's requirements count as waived, never as passed.
    expect(digest.requirements).toMatch(/^\d+ requirements: \d+ waived(, \d+ inconclusive)?, \d+ not run$/);
    expect(digest.run).toContain('fault switches late-if031');
    const expected = digestRows(digest).map(([label, value]) => [title(label), value]);

    // The pack's own report: what a reviewer opens after verify.
    const packReport = path.join(mkdtempSync(path.join(tmpdir(), 'mhhs-pack-report-')), 'index.html');
    writeFileSync(packReport, unzipSync(pack)['allure-report/index.html']!);

    await inChromium(async (browser) => {
      for (const reportFile of [path.join(run.reports, 'allure-report', 'index.html'), packReport]) {
        const { page, outbound } = await openReport(browser, reportFile);
        expect(await overviewRows(page, expected.length), reportFile).toEqual(expected);
        expect(outbound).toEqual([]);
        await page.close();
      }

      // The RTTM's evidence link opens the scenario in the pack's report.
      const failedScenario = 'Metering Service appointment request follows the gain notification within the SLA';
      const rttm = parseCsv(Buffer.from(unzipSync(pack)['rttm.csv']!).toString('utf8'));
      const evidence = rttm.find((row) => row.Scenario === failedScenario && row.Evidence)?.Evidence ?? '';
      expect(evidence).toMatch(/^allure-report\/index\.html#[0-9a-f]{32}$/);
      const linked = await browser.newPage();
      await linked.goto(`${pathToFileURL(packReport).href}${evidence.slice(evidence.indexOf('#'))}`);
      await expect.poll(() => linked.locator('[data-testid="test-result-info-title"]').innerText(), { timeout: 30_000 }).toContain(failedScenario);
      await linked.close();

      const { page } = await openReport(browser, path.join(run.reports, 'allure-report', 'index.html'));
      await page.locator('[data-testid="search-input"]').fill('Metering Service appointment request follows the gain notification within the SLA');
      // A failed scenario's sections open by themselves; the scenario sits under each of its processes.
      const leaf = page.locator('[data-testid="tree-leaf-title"]').first();
      await expect.poll(() => leaf.isVisible()).toBe(true);
      await leaf.click();
      const body = () => page.locator('body').innerText();
      await expect.poll(body).toContain('missed by');
      // Its requirements, each with its wording, under the scenario's Links (searching an ID in the report lists its scenarios).
      const links = await page.locator('[data-testid="test-result-meta-link"]').allInnerTexts();
      expect(links).toContain('REQ-REC-22.6.1: The Gaining Supplier sends the Metering Service appointment request (IF-031 [MSApp]) within 60 minutes of the IF-002 that shows its registration pending.');
      expect(links.some((link) => link.startsWith('REQ-SLA-ms-appointment-request: IF-031 [MSApp] follows IF-002 [GainMPANInfo]'))).toBe(true);

      await page.locator('[data-testid="test-result-tab-attachments"]').click();
      await expect.poll(body).toContain('sequence diagram');
      const attachments = await body();
      expect(attachments).toContain('participant → DIP IF-031 [MSApp] (201)');
      expect(attachments).toContain('DIP → participant IF-002 [GainMPANInfo] (201) attempt 1');
      expect(attachments).toContain('SLA measurements');

      // A requirement ID typed into the report's search lists the scenarios that carry it.
      await page.goto(pathToFileURL(path.join(run.reports, 'allure-report', 'index.html')).href);
      await page.locator('[data-testid="search-input"]').fill('REQ-REC-22.6.1');
      await expect.poll(() => page.locator('[data-testid="tree-leaf-title"]').allInnerTexts()).toContain('Metering Service appointment request follows the gain notification within the SLA');
      await page.locator('[data-testid="search-input"]').fill('REQ-NO-SUCH-REQUIREMENT');
      // The search runs a moment after typing; on a busy machine, longer than the poll's default second.
      await expect.poll(() => page.locator('[data-testid="tree-leaf-title"]').count(), { timeout: 30_000 }).toBe(0);
    });
  }, 300_000);
});
