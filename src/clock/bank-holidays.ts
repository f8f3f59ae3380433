// England and Wales bank holidays, read from scenarios/bank-holidays.yaml: the one place the
// suite writes them down. The table covers a stated range of years and refuses dates outside
// it, because silently treating an unlisted Christmas as a working day would make an SLA verdict
// wrong without anyone noticing.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { parseCalendarDate } from './gb-calendar-date.ts';

export interface BankHoliday {
  /** GB calendar date, YYYY-MM-DD. */
  readonly date: string;
  /** As GOV.UK titles it, e.g. "Boxing Day". */
  readonly name: string;
  /** True when the day stands in for a holiday that fell at a weekend. */
  readonly substitute: boolean;
}

export interface BankHolidayTable {
  readonly source: string;
  readonly firstYear: number;
  readonly lastYear: number;
  /** In date order. */
  readonly holidays: readonly BankHoliday[];
  /** The holiday on a GB date, or undefined; throws BankHolidayCoverageError outside the covered years. */
  holidayOn(gbDate: string): BankHoliday | undefined;
}

export class BankHolidayCoverageError extends RangeError {
  readonly gbDate: string;
  readonly firstYear: number;
  readonly lastYear: number;

  constructor(gbDate: string, firstYear: number, lastYear: number) {
    super(
      `no England and Wales bank-holiday data for ${gbDate}: scenarios/bank-holidays.yaml covers ` +
        `${firstYear}–${lastYear}, so the suite cannot tell whether that day is a working day. ` +
        `Add the year from https://www.gov.uk/bank-holidays.`,
    );
    this.name = 'BankHolidayCoverageError';
    this.gbDate = gbDate;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }
}

export const BANK_HOLIDAYS_FILE = new URL('../../scenarios/bank-holidays.yaml', import.meta.url);

interface RawTable {
  source?: unknown;
  years?: { first?: unknown; last?: unknown };
  holidays?: unknown;
}

function readHoliday(entry: unknown, where: string): BankHoliday {
  const { date, name, substitute } = (entry ?? {}) as Record<string, unknown>;
  if (typeof date !== 'string') throw new Error(`${where}.date must be a YYYY-MM-DD date`);
  parseCalendarDate(date);
  if (typeof name !== 'string' || name.trim() === '') throw new Error(`${where}.name must name the holiday`);
  if (substitute !== undefined && typeof substitute !== 'boolean') throw new Error(`${where}.substitute must be true or false`);
  return { date, name, substitute: substitute ?? false };
}

export function parseBankHolidayTable(text: string, file: string): BankHolidayTable {
  // CORE_SCHEMA keeps dates as the strings written, rather than Date objects at UTC midnight.
  const raw = (yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {}) as RawTable;
  const firstYear = raw.years?.first;
  const lastYear = raw.years?.last;
  if (!Number.isInteger(firstYear) || !Number.isInteger(lastYear) || (firstYear as number) > (lastYear as number)) {
    throw new Error(`${file}: 'years' must give integer 'first' and 'last' years, first ≤ last`);
  }
  if (!Array.isArray(raw.holidays)) throw new Error(`${file}: expected a 'holidays' list`);
  const holidays = raw.holidays.map((entry, index) => readHoliday(entry, `${file}: holidays[${index}]`));
  holidays.sort((a, b) => a.date.localeCompare(b.date));
  const byDate = new Map<string, BankHoliday>();
  for (const holiday of holidays) {
    const year = Number(holiday.date.slice(0, 4));
    if (year < (firstYear as number) || year > (lastYear as number)) {
      throw new Error(`${file}: ${holiday.date} (${holiday.name}) is outside the covered years ${firstYear}–${lastYear}`);
    }
    if (byDate.has(holiday.date)) throw new Error(`${file}: ${holiday.date} is listed twice`);
    byDate.set(holiday.date, holiday);
  }
  const first = firstYear as number;
  const last = lastYear as number;
  return {
    source: String(raw.source ?? ''),
    firstYear: first,
    lastYear: last,
    holidays,
    holidayOn(gbDate) {
      const { year } = parseCalendarDate(gbDate);
      if (year < first || year > last) throw new BankHolidayCoverageError(gbDate, first, last);
      return byDate.get(gbDate);
    },
  };
}

let bundled: BankHolidayTable | undefined;

export function loadBankHolidays(): BankHolidayTable {
  bundled ??= parseBankHolidayTable(readFileSync(BANK_HOLIDAYS_FILE, 'utf8'), 'scenarios/bank-holidays.yaml');
  return bundled;
}
