// Settlement days and their half-hour settlement periods, on either of the two calendars the
// DIP API definitions use:
// - `utc`: the day of IF-021, IF-013, IF-014 and the LSS's IF-022/IF-023. DI-101 Settlement Day
//   Date is the "UTC Date for which the Settlement Data applies", DI-082 is "the UTC end date and
//   time of the settlement period", ECS1014 refuses a "UTC Settlement Date/Time [that] is not
//   00:00:00", and B901 holds at most 48 periods a day: every such day runs 00:00–24:00 UTC and
//   has 48 periods, clock change or not.
// - `gb-local`: the GB local day of the Settlement Period ID (DI-307, DI-496: "Period 1
//   identifies the half hour period which ends at 00:30 local time", 1 to 50): 46 periods on the
//   day the clocks go forward, 50 on the day they go back, 48 otherwise.
// A period is named by the instant it ends (`sp`, DI-082); it ends on a UTC half hour either way.
import { gbDate, gbMidnightUtcMillis, isRealDate, MILLIS } from './gb-time.ts';

export const SETTLEMENT_PERIOD_MINUTES = 30;
export const SETTLEMENT_PERIOD_MILLIS = SETTLEMENT_PERIOD_MINUTES * MILLIS.MINUTE;

export type SettlementDayBasis = 'utc' | 'gb-local';

export interface SettlementDay {
  /** The settlement date, `YYYY-MM-DD`. */
  readonly date: string;
  readonly basis: SettlementDayBasis;
  /** When the day starts: 00:00 UTC, or 00:00 GB local time. */
  readonly startUtcMillis: number;
  /** When the next day starts (the end of the day's last period). */
  readonly endUtcMillis: number;
  /** 48; on the GB local calendar 46 or 50 on a clock-change day. */
  readonly periodCount: number;
}

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateParts(date: string): [number, number, number] {
  const match = DATE_SHAPE.exec(date);
  if (!match) throw new RangeError(`'${date}' is not a settlement date: expected YYYY-MM-DD`);
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (!isRealDate(year, month, day)) throw new RangeError(`'${date}' is not a calendar date`);
  return [year, month, day];
}

function dayStart(year: number, month: number, day: number, basis: SettlementDayBasis): number {
  return basis === 'utc' ? Date.UTC(year, month - 1, day) : gbMidnightUtcMillis(year, month, day);
}

/** The settlement day of `date` on the calendar `basis`, with its bounds and number of periods. */
export function settlementDay(date: string, basis: SettlementDayBasis): SettlementDay {
  const [year, month, day] = dateParts(date);
  const startUtcMillis = dayStart(year, month, day, basis);
  const endUtcMillis = dayStart(year, month, day + 1, basis);
  return { date, basis, startUtcMillis, endUtcMillis, periodCount: (endUtcMillis - startUtcMillis) / SETTLEMENT_PERIOD_MILLIS };
}

/** How many settlement periods the day has: always 48 on the UTC calendar; 46, 48 or 50 on the GB local one. */
export function settlementPeriodCount(date: string, basis: SettlementDayBasis): number {
  return settlementDay(date, basis).periodCount;
}

/** The instants the day's periods end (their `sp`), first to last. */
export function periodEnds(day: SettlementDay): number[] {
  return Array.from({ length: day.periodCount }, (_, index) => day.startUtcMillis + (index + 1) * SETTLEMENT_PERIOD_MILLIS);
}

/**
 * The number (1 to the day's count) of the period of `day` that ends at `endUtcMillis`;
 * undefined when no period of the day ends then (not a half-hour boundary, or outside the day).
 */
export function periodNumberOf(day: SettlementDay, endUtcMillis: number): number | undefined {
  const offset = endUtcMillis - day.startUtcMillis;
  if (offset % SETTLEMENT_PERIOD_MILLIS !== 0) return undefined;
  const number = offset / SETTLEMENT_PERIOD_MILLIS;
  return number >= 1 && number <= day.periodCount ? number : undefined;
}

/** The date of an instant on the calendar `basis`. */
function dateAt(utcMillis: number, basis: SettlementDayBasis): string {
  return basis === 'utc' ? new Date(utcMillis).toISOString().slice(0, 10) : gbDate(utcMillis);
}

/** The settlement date whose day starts at `utcMillis`; undefined when no day of `basis` starts then. */
export function settlementDateStartingAt(utcMillis: number, basis: SettlementDayBasis): string | undefined {
  const date = dateAt(utcMillis, basis);
  return settlementDay(date, basis).startUtcMillis === utcMillis ? date : undefined;
}

/** The settlement date of the period that ends at `endUtcMillis`: the day its start falls in. */
export function settlementDateOfPeriodEnding(endUtcMillis: number, basis: SettlementDayBasis): string {
  return dateAt(endUtcMillis - SETTLEMENT_PERIOD_MILLIS, basis);
}
