import { describe, expect, it } from 'vitest';
import { BankHolidayCoverageError, loadBankHolidays, parseBankHolidayTable, type BankHoliday } from '../src/clock/bank-holidays.ts';
import { addCalendarDays, isWeekend, weekdayOf } from '../src/clock/gb-calendar-date.ts';
import { isWorkingDay } from '../src/clock/working-days.ts';

// An independent oracle for scenarios/bank-holidays.yaml: the England and Wales pattern as
// GOV.UK applies it, computed from first principles.

const iso = (year: number, month: number, day: number): string =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Gregorian Easter Sunday (the anonymous "Meeus/Jones/Butcher" algorithm). */
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

function firstMonday(year: number, month: number): string {
  const first = iso(year, month, 1);
  return addCalendarDays(first, (8 - weekdayOf(first)) % 7);
}

function lastMonday(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10); // day 0 of the next month
  return addCalendarDays(last, -((weekdayOf(last) + 6) % 7));
}

/** One-off holidays and moved days proclaimed for a year; none is known in 2024–2030. */
const PROCLAIMED_EXCEPTIONS: Record<number, (rules: BankHoliday[]) => BankHoliday[]> = {};

function englandAndWalesByRule(year: number): BankHoliday[] {
  const fixed = (date: string, name: string): BankHoliday => ({ date, name, substitute: false });
  const easter = easterSunday(year);
  const holidays = [
    fixed(addCalendarDays(easter, -2), 'Good Friday'),
    fixed(addCalendarDays(easter, 1), 'Easter Monday'),
    fixed(firstMonday(year, 5), 'Early May bank holiday'),
    fixed(lastMonday(year, 5), 'Spring bank holiday'),
    fixed(lastMonday(year, 8), 'Summer bank holiday'),
  ];
  // New Year's Day, Christmas Day and Boxing Day, in that order: one that falls at a weekend
  // moves to the next weekday that is not already a holiday (so a Sunday Christmas moves past
  // the Monday Boxing Day to the Tuesday).
  const movable = [fixed(iso(year, 1, 1), 'New Year’s Day'), fixed(iso(year, 12, 25), 'Christmas Day'), fixed(iso(year, 12, 26), 'Boxing Day')];
  const taken = new Set(movable.filter((day) => !isWeekend(day.date)).map((day) => day.date));
  for (const day of movable) {
    if (!isWeekend(day.date)) {
      holidays.push(day);
      continue;
    }
    let date = day.date;
    while (isWeekend(date) || taken.has(date)) date = addCalendarDays(date, 1);
    taken.add(date);
    holidays.push({ date, name: day.name, substitute: true });
  }
  holidays.sort((a, b) => a.date.localeCompare(b.date));
  return PROCLAIMED_EXCEPTIONS[year]?.(holidays) ?? holidays;
}

describe('England and Wales bank holidays (scenarios/bank-holidays.yaml)', () => {
  const table = loadBankHolidays();

  it('covers 2024–2030 and cites GOV.UK', () => {
    expect([table.firstYear, table.lastYear]).toEqual([2024, 2030]);
    expect(table.source).toBe('https://www.gov.uk/bank-holidays');
  });

  it('computes Easter correctly (oracle self-check against published dates)', () => {
    expect([2024, 2025, 2026, 2027, 2028, 2029, 2030].map(easterSunday)).toEqual([
      '2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2028-04-16', '2029-04-01', '2030-04-21',
    ]);
    expect(easterSunday(2019)).toBe('2019-04-21');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });

  for (let year = 2024; year <= 2030; year += 1) {
    it(`${year} agrees with the rules, names and substitute days included`, () => {
      const listed = table.holidays.filter((holiday) => holiday.date.startsWith(`${year}-`));
      expect(listed).toEqual(englandAndWalesByRule(year));
    });
  }

  it('has the substitute days GOV.UK lists', () => {
    const substitutes = table.holidays.filter((holiday) => holiday.substitute).map((h) => `${h.date} ${h.name}`);
    expect(substitutes).toEqual([
      '2026-12-28 Boxing Day',
      '2027-12-27 Christmas Day',
      '2027-12-28 Boxing Day',
      '2028-01-03 New Year’s Day',
    ]);
  });

  it('refuses a date outside the covered years instead of calling it a working day', () => {
    expect(() => table.holidayOn('2031-01-01')).toThrow(BankHolidayCoverageError);
    expect(() => isWorkingDay('2031-01-02')).toThrow(/no England and Wales bank-holiday data for 2031-01-02: .* covers 2024–2030/);
    expect(() => isWorkingDay('2023-12-25')).toThrow(BankHolidayCoverageError);
    expect(() => isWorkingDay('2026-02-30')).toThrow(/not a GB calendar date/);
  });

  it('rejects a table that contradicts itself', () => {
    const header = 'source: x\nyears: { first: 2026, last: 2026 }\n';
    expect(() => parseBankHolidayTable(`${header}holidays:\n  - { date: 2026-12-25, name: A }\n  - { date: 2026-12-25, name: B }\n`, 'f.yaml')).toThrow(
      /2026-12-25 is listed twice/,
    );
    expect(() => parseBankHolidayTable(`${header}holidays:\n  - { date: 2027-01-01, name: A }\n`, 'f.yaml')).toThrow(/outside the covered years/);
    expect(() => parseBankHolidayTable(`${header}holidays:\n  - { date: 2026-13-01, name: A }\n`, 'f.yaml')).toThrow(/not a GB calendar date/);
    expect(() => parseBankHolidayTable('holidays: []\n', 'f.yaml')).toThrow(/'years' must give/);
  });
});
