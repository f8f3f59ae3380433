// The results the report is generated from: the run's own, read as recorded, with what the
// awesome template needs to say why and where a scenario ran. They are written to a folder of
// their own beside the run's (its files hard-linked, the results rewritten), so the run's
// allure-results, and the pack's copy of them, stay as the run wrote them.
import { copyFileSync, linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NOT_APPLICABLE_LABEL } from '../evidence/report-labels.ts';
import { allureJsonWithoutStackTraces } from './without-stack-traces.ts';

interface Label {
  name: string;
  value?: string;
}

interface AllureResult {
  status?: string;
  statusDetails?: { message?: string; trace?: string };
  labels?: Label[];
}

/**
 * One result as the report shows it:
 * - a scenario that did not apply is skipped with its reason as the status message, where the
 *   template shows a skipped scenario's cause (its set-up hook can set labels, not the status);
 * - the host and thread allure-cucumberjs records (the machine's name, the process ID) become
 *   the suite and its worker: the template's timeline groups scenarios by them, and a reviewer
 *   reads which worker ran what, not which machine;
 * - messages without stack traces, for results written by an older suite.
 */
export function resultForReport(json: string): string {
  const result = JSON.parse(allureJsonWithoutStackTraces(json)) as AllureResult;
  const labels = result.labels ?? [];
  const notApplicable = labels.find((label) => label.name === NOT_APPLICABLE_LABEL)?.value;
  if (notApplicable && result.status === 'skipped' && !result.statusDetails?.message) result.statusDetails = { ...result.statusDetails, message: notApplicable };
  for (const label of labels) {
    if (label.name === 'host') label.value = 'mhhs-qualify';
    // `pid-4242-worker-1`; a serial run's only worker is `main`, its stage worker 0.
    if (label.name === 'thread') label.value = `worker ${/-worker-(\d+)$/.exec(label.value ?? '')?.[1] ?? '0'}`;
  }
  return JSON.stringify(result);
}

/** Same file system, so a hard link: thousands of attachments are not copied; across devices, a copy. */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** A folder of the results as the report shows them; remove it with `dispose` once the report is built. */
export function resultsForReport(resultsDir: string): { readonly dir: string; dispose(): void } {
  const dir = mkdtempSync(path.join(path.dirname(path.resolve(resultsDir)), '.report-results-'));
  try {
    for (const entry of readdirSync(resultsDir, { withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const from = path.join(resultsDir, entry.name);
      const to = path.join(dir, entry.name);
      if (entry.name.endsWith('-result.json')) writeFileSync(to, resultForReport(readFileSync(from, 'utf8')));
      else linkOrCopy(from, to);
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
