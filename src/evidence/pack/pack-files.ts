// What goes into an evidence pack, gathered from a run's reports folder: the Allure report and
// raw results, the journal of every exchange, the summary, JUnit XML and the profile's
// capability declaration. The bundled participant's own state stays out: it is not evidence
// about the participant under test.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface PackFile {
  /** Path inside the pack, with forward slashes. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

const INCLUDED = [/^allure-report\/index\.html$/, /^allure-results\/[^/]+$/, /^run\/(journal|slas)-worker-\d+\.jsonl$/, /^summary\.json$/, /^load-summary\.json$/, /^junit\.xml$/, /^rttm\.(csv|xlsx)$/, /^waivers\.yaml$/];

function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? walk(path.join(dir, entry.name), relative) : [relative];
  });
}

export function gatherRunFiles(reportsDir: string): PackFile[] {
  return walk(reportsDir)
    .filter((relative) => INCLUDED.some((pattern) => pattern.test(relative)))
    .sort()
    .map((relative) => ({ path: relative, bytes: readFileSync(path.join(reportsDir, relative)) }));
}

export function fileIfPresent(file: string, packPath: string): PackFile[] {
  try {
    return statSync(file).isFile() ? [{ path: packPath, bytes: readFileSync(file) }] : [];
  } catch {
    return [];
  }
}
