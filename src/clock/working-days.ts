// Working days, counted on GB local dates: a working day is a Monday to Friday that is not an
// England and Wales bank holiday. An instant belongs to the GB date it falls on in GB local
// time, so 00:30 BST on a Monday (23:30 UTC on the Sunday) already counts as the Monday.
import { gbDate, gbMidnightUtcMillis, gbOffsetMinutes, MILLIS } from '../time/gb-time.ts';
import { loadBankHolidays, type BankHolidayTable } from './bank-holidays.ts';
import { addCalendarDays, isWeekend, parseCalendarDate } from './gb-calendar-date.ts';

export interface WorkingDayCalendar {
  /** Throws BankHolidayCoverageError for a date outside the holiday table's years. */
  isWorkingDay(gbDate: string): boolean;
  /**
   * The nth working day after a GB date (n < 0: before it; n = 0: the date itself). The date
   * itself need not be a working day: the first working day after a Saturday is the Monday.
   */
  addWorkingDaysToDate(gbDate: string, n: number): string;
  /**
   * The same GB wall-clock time on the nth working day after the instant's GB date; n = 0 gives
   * the instant back.
   */
  addWorkingDays(utcMillis: number, n: number): number;
  /**
   * How many working days lie after `from`'s GB date up to and including `to`'s; negative when
   * `to` is earlier. So workingDaysBetween(t, addWorkingDays(t, n)) is n for every n ≥ 0, and an
   * instant on the same GB date, or across a weekend, is 0 working days later.
   */
  workingDaysBetween(fromUtcMillis: number, toUtcMillis: number): number;
}

function checkedCount(n: number): number {
  if (!Number.isInteger(n)) throw new RangeError(`a number of working days must be a whole number, not ${n}`);
  return n;
}

export function createWorkingDayCalendar(holidays: BankHolidayTable): WorkingDayCalendar {
  const isWorkingDay = (date: string): boolean => holidays.holidayOn(date) === undefined && !isWeekend(date);

  const addWorkingDaysToDate = (date: string, n: number): string => {
    const step = Math.sign(checkedCount(n));
    let current = date;
    for (let remaining = Math.abs(n); remaining > 0; ) {
      current = addCalendarDays(current, step);
      if (isWorkingDay(current)) remaining -= 1;
    }
    return current;
  };

  const countAfterUpTo = (fromDate: string, toDate: string): number => {
    let count = 0;
    for (let date = addCalendarDays(fromDate, 1); date <= toDate; date = addCalendarDays(date, 1)) {
      if (isWorkingDay(date)) count += 1;
    }
    return count;
  };

  return {
    isWorkingDay,
    addWorkingDaysToDate,
    addWorkingDays(utcMillis, n) {
      if (checkedCount(n) === 0) return utcMillis;
      const wallMillisOfDay = (utcMillis + gbOffsetMinutes(utcMillis) * MILLIS.MINUTE) % MILLIS.DAY;
      const { year, month, day } = parseCalendarDate(addWorkingDaysToDate(gbDate(utcMillis), n));
      // A working day is never a Sunday, the only day GB clocks change, so local midnight plus
      // the wall-clock time of day is that wall-clock time.
      return gbMidnightUtcMillis(year, month, day) + wallMillisOfDay;
    },
    workingDaysBetween(fromUtcMillis, toUtcMillis) {
      const from = gbDate(fromUtcMillis);
      const to = gbDate(toUtcMillis);
      // `0 -` rather than a unary minus, which would give -0 for two dates a weekend apart.
      return from <= to ? countAfterUpTo(from, to) : 0 - countAfterUpTo(to, from);
    },
  };
}

let bundled: WorkingDayCalendar | undefined;

/** The calendar of scenarios/bank-holidays.yaml. */
export function workingDayCalendar(): WorkingDayCalendar {
  bundled ??= createWorkingDayCalendar(loadBankHolidays());
  return bundled;
}

export const isWorkingDay = (gbDateText: string): boolean => workingDayCalendar().isWorkingDay(gbDateText);
export const addWorkingDaysToDate = (gbDateText: string, n: number): string =>
  workingDayCalendar().addWorkingDaysToDate(gbDateText, n);
export const addWorkingDays = (utcMillis: number, n: number): number => workingDayCalendar().addWorkingDays(utcMillis, n);
export const workingDaysBetween = (fromUtcMillis: number, toUtcMillis: number): number =>
  workingDayCalendar().workingDaysBetween(fromUtcMillis, toUtcMillis);
