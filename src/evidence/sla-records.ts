// Every timed message of a run, one JSON line each (run/slas-worker-N.jsonl), and the SLA
// table the evidence pack carries: trigger, response, measured, allowed, verdict.
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describeWindowLength, formatDuration, type SlaMeasurement } from '../clock/index.ts';
import { formatGbTimestamp } from '../time/gb-time.ts';

export interface SlaRecord {
  readonly scenario: string;
  readonly mpan: string;
  readonly sla: string;
  readonly what: string;
  readonly trigger: string;
  readonly response: string;
  readonly measured: string;
  readonly allowed: string;
  readonly verdict: 'met' | 'missed';
  readonly provisional: boolean;
  readonly source: string;
  /**
   * The same two figures as numbers (market milliseconds), for charts: `measured` is rounded
   * down to the second and `allowed` names a working-day window without its length in time,
   * which depends on the trigger's date. Absent in records written before they were added.
   */
  readonly latencyMillis?: number;
  /** From the trigger to the last instant that still meets the SLA. */
  readonly allowedMillis?: number;
}

export function slaRecordOf(scenario: string, mpan: string, measurement: SlaMeasurement): SlaRecord {
  return {
    scenario,
    mpan,
    sla: measurement.sla.id,
    what: measurement.description,
    trigger: formatGbTimestamp(measurement.triggerUtcMillis),
    response: formatGbTimestamp(measurement.responseUtcMillis),
    measured: formatDuration(measurement.latencyMillis, 'down'),
    allowed: describeWindowLength(measurement.sla.window),
    verdict: measurement.withinSla ? 'met' : 'missed',
    provisional: measurement.provisional,
    source: measurement.sla.source,
    latencyMillis: measurement.latencyMillis,
    allowedMillis: measurement.deadlineUtcMillis - measurement.triggerUtcMillis,
  };
}

export function appendSlaRecords(runDir: string, worker: number, records: readonly SlaRecord[]): void {
  if (records.length) appendFileSync(path.join(runDir, `slas-worker-${worker}.jsonl`), records.map((record) => `${JSON.stringify(record)}\n`).join(''));
}

export function readSlaRecords(runDir: string): SlaRecord[] {
  let files: string[] = [];
  try {
    files = readdirSync(runDir).filter((name) => /^slas-worker-\d+\.jsonl$/.test(name)).sort();
  } catch {
    return [];
  }
  return files.flatMap((name) =>
    readFileSync(path.join(runDir, name), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as SlaRecord),
  );
}

const COLUMNS: readonly (keyof SlaRecord)[] = ['scenario', 'mpan', 'sla', 'trigger', 'response', 'measured', 'allowed', 'verdict', 'provisional', 'source'];
const cell = (value: unknown) => {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function slaTableCsv(records: readonly SlaRecord[]): string {
  return `${[COLUMNS.join(','), ...records.map((record) => COLUMNS.map((column) => cell(record[column])).join(','))].join('\r\n')}\r\n`;
}
