// The cumulative register reads a Metering Service shares after work on site (PROCESS-TABLES
// §4.6 CES-05, §4.7 COM-09): IF-041 to the Data Service, the Supplier and the Distributor, with
// the event code the work calls for and the read taken when the work was done. An exchange
// takes two reads: the old meter's removal read, then the new meter's install read.
import { formatGbTimestamp, isTimestampProblem, parseGbTimestamp } from '../src/time/gb-time.ts';
import { pick } from './own/pick.ts';

export const READS_OF_WORK: Readonly<Record<string, readonly string[]>> = {
  'meter installed on site': ['[ReadingInstl]'],
  'meter removed on site': ['[ReadingRemv]'],
  'meter exchanged on site': ['[ReadingRemv]', '[ReadingInstl]'],
  'energisation status changed on site': ['[ReadingEnergisationChg]'],
};

/**
 * When the engineer read the meter: the hook's `workedAt` (DT-003), else `now`. The participant
 * reports the time the work was done, not the time it got round to sending.
 */
export function readingTime(workedAt: unknown, now: number): string {
  if (typeof workedAt === 'string' && !isTimestampProblem(parseGbTimestamp(workedAt))) return workedAt;
  return formatGbTimestamp(now);
}

/** One B064 cumulative read per meter the drafted message names, taken at `at` on site. */
export function cumulativeReads(drafted: Record<string, unknown>, at: string): Record<string, unknown> {
  const list = pick(drafted, 'B064List');
  const first = (Array.isArray(list) ? list[0] : undefined) as Record<string, unknown> | undefined;
  return {
    B064List: [
      {
        meterID: first?.meterID ?? 'REFM000001',
        cumulativeRegisterReading: first?.cumulativeRegisterReading ?? '1234.500',
        cumulativeRegisterReadingDateTime: at,
        // An engineer's read on site is an actual read.
        readingMethod: 'A',
        siteVisitCheckCode: first?.siteVisitCheckCode ?? '01',
      },
    ],
  };
}
