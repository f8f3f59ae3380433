// Arithmetic on GB calendar dates written as DT-021 `YYYY-MM-DD`. A date on its own has no time
// zone, so days are counted on the UTC calendar, where every day is 24 hours long and a clock
// change cannot shift a date; GB local time matters only when turning an instant into a date or
// back (src/time/gb-time.ts).
import { dateProblem, MILLIS } from '../time/gb-time.ts';

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function parseCalendarDate(gbDate: string): CalendarDate {
  const problem = dateProblem(gbDate);
  if (problem) {
    const detail = problem.kind === 'calendar' ? problem.detail : 'expected YYYY-MM-DD';
    throw new RangeError(`'${gbDate}' is not a GB calendar date: ${detail}`);
  }
  const [year, month, day] = gbDate.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

function epochDay(gbDate: string): number {
  const { year, month, day } = parseCalendarDate(gbDate);
  return Date.UTC(year, month - 1, day) / MILLIS.DAY;
}

/** The date `days` calendar days after (or, negative, before) a date. */
export function addCalendarDays(gbDate: string, days: number): string {
  return new Date((epochDay(gbDate) + days) * MILLIS.DAY).toISOString().slice(0, 10);
}

/** 0 for Sunday … 6 for Saturday, as Date#getUTCDay. */
export function weekdayOf(gbDate: string): number {
  return new Date(epochDay(gbDate) * MILLIS.DAY).getUTCDay();
}

export function isWeekend(gbDate: string): boolean {
  const weekday = weekdayOf(gbDate);
  return weekday === 0 || weekday === 6;
}
