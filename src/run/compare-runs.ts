// What changed since the previous run: scenarios whose verdict moved, appeared or went away,
// read from the previous evidence pack's summary. What a nightly CI job reports.
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { RunSummary } from './run-summary.ts';

export interface VerdictChange {
  readonly scenario: string;
  readonly before: string;
  readonly after: string;
}

export function summaryFromPack(file: string): RunSummary {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(readFileSync(file));
  } catch (error) {
    throw new Error(`${file}: not an evidence pack (${(error as Error).message})`);
  }
  const summary = entries['summary.json'];
  if (!summary) throw new Error(`${file}: the pack holds no summary.json`);
  return JSON.parse(Buffer.from(summary).toString('utf8')) as RunSummary;
}

export function verdictChanges(previous: RunSummary, current: RunSummary): VerdictChange[] {
  const before = new Map(previous.scenarios.map((scenario) => [scenario.name, scenario.verdict as string]));
  const after = new Map(current.scenarios.map((scenario) => [scenario.name, scenario.verdict as string]));
  const names = [...new Set([...before.keys(), ...after.keys()])];
  return names
    .map((scenario) => ({ scenario, before: before.get(scenario) ?? '(absent)', after: after.get(scenario) ?? '(absent)' }))
    .filter((change) => change.before !== change.after);
}
