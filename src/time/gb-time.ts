// GB local time as the DIP writes it: `YYYY-MM-DDThh:mm:ss+00:00` in winter (GMT) and
// `+01:00` in summer (BST). BST runs from 01:00 UTC on the last Sunday of March to 01:00 UTC
// on the last Sunday of October (Summer Time Order 2002). Computed here rather than asked of
// ICU so that results do not depend on the Node build's time-zone data.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function lastSundayUtc(year: number, monthIndex: number): number {
  const lastDay = Date.UTC(year, monthIndex + 1, 0);
  const weekday = new Date(lastDay).getUTCDay();
  return lastDay - weekday * DAY;
}

/** BST start and end instants per year; validation asks this for every timestamp it sees. */
const bstByYear = new Map<number, readonly [number, number]>();

function bstWindow(year: number): readonly [number, number] {
  let window = bstByYear.get(year);
  if (!window) {
    window = [lastSundayUtc(year, 2) + HOUR, lastSundayUtc(year, 9) + HOUR];
    bstByYear.set(year, window);
  }
  return window;
}

/** Minutes GB local time is ahead of UTC at an instant: 0 or 60. */
export function gbOffsetMinutes(utcMillis: number): 0 | 60 {
  const [bstStarts, bstEnds] = bstWindow(new Date(utcMillis).getUTCFullYear());
  return utcMillis >= bstStarts && utcMillis < bstEnds ? 60 : 0;
}

export interface OffsetTimestamp {
  readonly text: string;
  readonly utcMillis: number;
  readonly offsetMinutes: number;
  /** The wall-clock fields as written. */
  readonly local: { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

export type TimestampProblem =
  | { kind: 'shape' }
  | { kind: 'calendar'; detail: string }
  | { kind: 'offset'; expected: string; found: string };

const TIMESTAMP_SHAPE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([+-])(\d{2}):(\d{2})$/;
const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** Parses the 25-character DT-003 form; does not judge the offset. */
export function parseOffsetTimestamp(text: string): OffsetTimestamp | TimestampProblem {
  const match = TIMESTAMP_SHAPE.exec(text);
  if (!match) return { kind: 'shape' };
  const [year, month, day, hour, minute, second, , offH, offM] = match.slice(1).map(Number) as number[];
  const sign = match[7] === '-' ? -1 : 1;
  if (!isRealDate(year!, month!, day!)) return { kind: 'calendar', detail: `${text.slice(0, 10)} is not a calendar date` };
  if (hour! > 23 || minute! > 59 || second! > 59) return { kind: 'calendar', detail: `${text.slice(11, 19)} is not a time of day` };
  if (offH! > 14 || offM! > 59) return { kind: 'calendar', detail: `${text.slice(19)} is not a UTC offset` };
  const offsetMinutes = sign * (offH! * 60 + offM!);
  const wallMillis = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  return {
    text,
    utcMillis: wallMillis - offsetMinutes * MINUTE,
    offsetMinutes,
    local: { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second! },
  };
}

export function isTimestampProblem(value: OffsetTimestamp | TimestampProblem): value is TimestampProblem {
  return 'kind' in value;
}

export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`;
}

/**
 * Results by text: one message repeats its timestamps (an EFD is read by three rules) and a
 * batch repeats its sender's. Bounded, so a hostile stream of distinct values cannot grow it.
 */
const parsedGb = new Map<string, OffsetTimestamp | TimestampProblem>();
const PARSED_GB_LIMIT = 10_000;

/** Parses a timestamp and insists on the GB offset in force at that instant. */
export function parseGbTimestamp(text: string): OffsetTimestamp | TimestampProblem {
  let result = parsedGb.get(text);
  if (result === undefined) {
    result = judgeGbTimestamp(text);
    if (parsedGb.size >= PARSED_GB_LIMIT) parsedGb.clear();
    parsedGb.set(text, result);
  }
  return result;
}

function judgeGbTimestamp(text: string): OffsetTimestamp | TimestampProblem {
  const parsed = parseOffsetTimestamp(text);
  if (isTimestampProblem(parsed)) return parsed;
  const expected = gbOffsetMinutes(parsed.utcMillis);
  if (parsed.offsetMinutes !== expected) {
    return { kind: 'offset', expected: formatOffset(expected), found: formatOffset(parsed.offsetMinutes) };
  }
  return parsed;
}

/** Checks a DT-021 `YYYY-MM-DD` date. */
export function dateProblem(text: string): TimestampProblem | undefined {
  const match = DATE_SHAPE.exec(text);
  if (!match) return { kind: 'shape' };
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  return isRealDate(year, month, day) ? undefined : { kind: 'calendar', detail: `${text} is not a calendar date` };
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** Writes an instant in GB local time, DT-003 form. */
export function formatGbTimestamp(utcMillis: number): string {
  const offset = gbOffsetMinutes(utcMillis);
  const wall = new Date(utcMillis + offset * MINUTE);
  return (
    `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}${formatOffset(offset)}`
  );
}

let lastDate: { utcMillis: number; date: string } | undefined;

/** The GB calendar date (YYYY-MM-DD) at an instant. Rules ask it of the same "now" repeatedly. */
export function gbDate(utcMillis: number): string {
  if (lastDate?.utcMillis !== utcMillis) lastDate = { utcMillis, date: formatGbTimestamp(utcMillis).slice(0, 10) };
  return lastDate.date;
}

/** The instant of local midnight starting a GB calendar day. */
export function gbMidnightUtcMillis(year: number, month: number, day: number): number {
  const asUtc = Date.UTC(year, month - 1, day);
  // Midnight is never inside a clock change (changes happen at 01:00 UTC), so one step suffices.
  return asUtc - gbOffsetMinutes(asUtc - HOUR) * MINUTE;
}

export const MILLIS = { MINUTE, HOUR, DAY } as const;
