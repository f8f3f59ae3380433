// An SLA record as a point on a chart: how long the response took and how long it was allowed,
// in market milliseconds. Records carry both as numbers since they were added to SlaRecord;
// older records have only the worded figures, read back here as far as they go:
//   latency  from the trigger and response times (whole seconds, as recorded);
//   allowed  from "60 min"; a working-day window ("3 working days") ends at GB midnight of the
//            nth working day, a length that depends on the trigger's date and the bank holidays,
//            so it is left unknown: the point is drawn and coloured by its recorded verdict, and
//            the chart draws its limit only from the points that have one.
// A record with neither latency nor readable times is left out of the chart, and counted.
import type { SlaRecord } from '../sla-records.ts';

export interface SlaPoint {
  readonly record: SlaRecord;
  readonly latencyMillis: number;
  readonly allowedMillis: number | undefined;
}

const MINUTE = 60_000;

function latencyOf(record: SlaRecord): number | undefined {
  if (typeof record.latencyMillis === 'number' && Number.isFinite(record.latencyMillis)) return record.latencyMillis;
  const latency = Date.parse(record.response) - Date.parse(record.trigger);
  return Number.isFinite(latency) ? latency : undefined;
}

function allowedOf(record: SlaRecord): number | undefined {
  if (typeof record.allowedMillis === 'number' && Number.isFinite(record.allowedMillis)) return record.allowedMillis;
  const minutes = /^(\d+) min$/.exec(record.allowed);
  return minutes ? Number(minutes[1]) * MINUTE : undefined;
}

export function slaPointOf(record: SlaRecord): SlaPoint | undefined {
  const latencyMillis = latencyOf(record);
  return latencyMillis === undefined ? undefined : { record, latencyMillis, allowedMillis: allowedOf(record) };
}

/**
 * The point that came closest to missing, or missed by most: missed before met, then the largest
 * share of its window used (the longest latency where the window is unknown). A response sent
 * before its trigger is missed, and reads worst of all.
 */
export function worstPoint(points: readonly SlaPoint[]): SlaPoint | undefined {
  const share = (point: SlaPoint) => (point.latencyMillis < 0 ? Infinity : point.allowedMillis ? point.latencyMillis / point.allowedMillis : point.latencyMillis);
  return [...points].sort((a, b) => Number(b.record.verdict === 'missed') - Number(a.record.verdict === 'missed') || share(b) - share(a))[0];
}
