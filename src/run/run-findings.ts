// Run-level findings on disk and in words: each worker writes what no scenario's verdict holds
// beside its journal (run/run-findings-worker-N.json), and the run reads them all into
// summary.json, the reports and the exit code.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RunFinding } from './run-summary.ts';

const FILE_PREFIX = 'run-findings-worker-';

/** Each worker writes what it left unclaimed beside its journal; the run reads them all. */
export function writeRunFindings(runDir: string, worker: number, findings: readonly RunFinding[]): void {
  mkdirSync(runDir, { recursive: true });
  writeFileSync(path.join(runDir, `${FILE_PREFIX}${worker}.json`), `${JSON.stringify(findings, null, 2)}\n`);
}

export function readRunFindings(runDir: string): RunFinding[] {
  let files: string[];
  try {
    files = readdirSync(runDir).filter((name) => name.startsWith(FILE_PREFIX) && name.endsWith('.json')).sort();
  } catch {
    return [];
  }
  return files.flatMap((name) => JSON.parse(readFileSync(path.join(runDir, name), 'utf8')) as RunFinding[]);
}

/** One line per run-level finding, for the terminal and JUnit. */
export function describeRunFinding(finding: RunFinding): string {
  const where = finding.exchange ? ` (${finding.exchange.channel} at ${finding.exchange.marketTime}, DIP answered ${finding.exchange.status ?? 'nothing'}; exchange ${finding.exchange.id})` : '';
  return `${finding.rule} ${finding.pointer || '/'}: ${finding.message}${where}`;
}
