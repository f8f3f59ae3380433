// The summary as a PDF, printed by Debian's Chromium through playwright-core: the same engine
// that shows summary.html, so the paper and the screen never disagree. No browser is downloaded;
// the path and flags are the Playwright trigger's (src/stage/playwright-trigger.ts).
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH_ENV, DEFAULT_CHROMIUM } from '../../stage/playwright-trigger.ts';

export async function summaryPdf(html: string): Promise<Buffer> {
  const executablePath = process.env[CHROMIUM_PATH_ENV] ?? DEFAULT_CHROMIUM;
  if (!existsSync(executablePath)) {
    throw new Error(`the qualification summary's PDF needs Chromium at ${executablePath}, which is not there: install Debian's chromium (apt-get install -y chromium) or set ${CHROMIUM_PATH_ENV} to a Chromium binary`);
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    // The document fetches nothing (its policy forbids it), so it is ready once it is parsed.
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    // preferCSSPageSize: the stylesheet's @page margins hold, with their footer and page numbers.
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
