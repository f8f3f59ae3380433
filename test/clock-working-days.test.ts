import { describe, expect, it } from 'vitest';
import { addWorkingDays, addWorkingDaysToDate, isWorkingDay, workingDaysBetween } from '../src/clock/working-days.ts';
import { formatGbTimestamp, gbDate, isTimestampProblem, MILLIS, parseGbTimestamp } from '../src/time/gb-time.ts';

/** A GB local timestamp as UTC millis. */
function at(text: string): number {
  const parsed = parseGbTimestamp(text);
  if (isTimestampProblem(parsed)) throw new Error(`bad test timestamp ${text}`);
  return parsed.utcMillis;
}

describe('working days', () => {
  it('knows weekends, Easter and substitute days', () => {
    expect(isWorkingDay('2026-11-23')).toBe(true); // Monday
    expect(isWorkingDay('2026-11-21')).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-22')).toBe(false); // Sunday
    expect(isWorkingDay('2026-04-03')).toBe(false); // Good Friday
    expect(isWorkingDay('2026-04-06')).toBe(false); // Easter Monday
    expect(isWorkingDay('2026-12-28')).toBe(false); // Boxing Day, substitute for Saturday 26th
    expect(isWorkingDay('2026-12-29')).toBe(true);
  });

  it('counts forward over weekends from any day of the week', () => {
    expect(addWorkingDaysToDate('2026-11-20', 1)).toBe('2026-11-23'); // Friday → Monday
    expect(addWorkingDaysToDate('2026-11-21', 1)).toBe('2026-11-23'); // Saturday → Monday
    expect(addWorkingDaysToDate('2026-11-22', 1)).toBe('2026-11-23'); // Sunday → Monday
    expect(addWorkingDaysToDate('2026-11-20', 3)).toBe('2026-11-25');
    expect(addWorkingDaysToDate('2026-11-21', 0)).toBe('2026-11-21');
    expect(addWorkingDaysToDate('2026-11-23', -1)).toBe('2026-11-20');
  });

  it('steps over Easter', () => {
    expect(addWorkingDaysToDate('2026-04-02', 1)).toBe('2026-04-07'); // Maundy Thursday → Tuesday
    expect(addWorkingDaysToDate('2026-04-07', -1)).toBe('2026-04-02');
    expect(addWorkingDaysToDate('2026-04-01', 3)).toBe('2026-04-08');
  });

  it('steps over Christmas and New Year with their substitute days', () => {
    expect(addWorkingDaysToDate('2026-12-24', 1)).toBe('2026-12-29'); // 25 Fri, 26–27 weekend, 28 substitute
    expect(addWorkingDaysToDate('2027-12-23', 2)).toBe('2027-12-29'); // 24 Fri, then 25–26 weekend, 27 and 28 substitutes
    expect(addWorkingDaysToDate('2027-12-31', 1)).toBe('2028-01-04'); // 1 Jan Sat, 3 Jan substitute
  });

  it('refuses a fractional count', () => {
    expect(() => addWorkingDaysToDate('2026-11-23', 1.5)).toThrow(/whole number/);
  });

  it('keeps the GB wall-clock time across the spring clock change', () => {
    const friday = at('2026-03-27T16:00:00+00:00');
    const monday = addWorkingDays(friday, 1);
    expect(formatGbTimestamp(monday)).toBe('2026-03-30T16:00:00+01:00');
    expect(monday - friday).toBe(3 * MILLIS.DAY - MILLIS.HOUR);
    // On the change day itself, 03:00 BST is only two hours after midnight; the wall clock is kept.
    expect(formatGbTimestamp(addWorkingDays(at('2026-03-29T03:00:00+01:00'), 1))).toBe('2026-03-30T03:00:00+01:00');
  });

  it('keeps the GB wall-clock time across the autumn clock change', () => {
    expect(formatGbTimestamp(addWorkingDays(at('2026-10-23T09:30:00+01:00'), 1))).toBe('2026-10-26T09:30:00+00:00');
  });

  it('steps over Easter 2027, whose Sunday is also the clock change', () => {
    expect(formatGbTimestamp(addWorkingDays(at('2027-03-25T12:00:00+00:00'), 1))).toBe('2027-03-30T12:00:00+01:00');
  });

  it('counts an instant on the GB date it falls on, not the UTC one', () => {
    const mondayInGb = Date.UTC(2026, 2, 29, 23, 30); // Sunday 23:30 UTC = Monday 00:30 BST
    expect(gbDate(mondayInGb)).toBe('2026-03-30');
    expect(workingDaysBetween(at('2026-03-27T12:00:00+00:00'), mondayInGb)).toBe(1);
    expect(formatGbTimestamp(addWorkingDays(mondayInGb, 1))).toBe('2026-03-31T00:30:00+01:00');
  });

  it('counts working days between two instants', () => {
    const friday = at('2026-11-20T10:00:00+00:00');
    expect(workingDaysBetween(friday, at('2026-11-20T23:59:59+00:00'))).toBe(0);
    expect(workingDaysBetween(friday, at('2026-11-22T12:00:00+00:00'))).toBe(0); // Sunday
    expect(workingDaysBetween(friday, at('2026-11-23T00:00:00+00:00'))).toBe(1);
    expect(workingDaysBetween(at('2026-11-23T00:00:00+00:00'), friday)).toBe(-1);
    expect(workingDaysBetween(at('2026-11-22T12:00:00+00:00'), friday)).toBe(0);
    // 21–24 Dec, 29–31 Dec, 4 Jan; not 25 or 28 Dec, nor 1 Jan.
    expect(workingDaysBetween(at('2026-12-18T10:00:00+00:00'), at('2027-01-04T10:00:00+00:00'))).toBe(8);
  });

  it('inverts addWorkingDays for every count and every hour of the week, through two years', () => {
    const start = at('2026-01-01T00:00:00+00:00');
    for (let t = start; t < start + 2 * 365 * MILLIS.DAY - 20 * MILLIS.DAY; t += 13 * MILLIS.HOUR) {
      for (const n of [0, 1, 3, 5]) {
        const later = addWorkingDays(t, n);
        expect(workingDaysBetween(t, later), `${formatGbTimestamp(t)} + ${n}`).toBe(n);
        if (n > 0) expect(isWorkingDay(gbDate(later))).toBe(true);
        expect(formatGbTimestamp(later).slice(11, 19), `${formatGbTimestamp(t)} + ${n}`).toBe(formatGbTimestamp(t).slice(11, 19));
      }
    }
  });
});
