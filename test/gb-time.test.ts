import { describe, expect, it } from 'vitest';
import {
  formatGbTimestamp,
  gbMidnightUtcMillis,
  gbOffsetMinutes,
  parseGbTimestamp,
} from '../src/time/gb-time.ts';

const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'shortOffset' });

/** Europe/London offset according to the platform's ICU data, as an independent oracle. */
function icuOffsetMinutes(utcMillis: number): number {
  const name = london
    .formatToParts(utcMillis)
    .find((part) => part.type === 'timeZoneName')!.value;
  return name === 'GMT' ? 0 : Number(name.replace('GMT', '')) * 60;
}

describe('GB local time', () => {
  it('agrees with ICU Europe/London every 30 minutes through the last week of March and October, 2020–2035', () => {
    for (let year = 2020; year <= 2035; year += 1) {
      for (const month of [2, 9]) {
        // The last Sunday of a month falls between the 25th and the 31st.
        const start = Date.UTC(year, month, 24, 23, 30);
        for (let t = start; t < start + 8 * 86_400_000; t += 30 * 60_000) {
          expect(gbOffsetMinutes(t), new Date(t).toISOString()).toBe(icuOffsetMinutes(t));
        }
      }
    }
  });

  it('writes instants with the offset in force', () => {
    expect(formatGbTimestamp(Date.UTC(2026, 10, 23, 10, 0, 0))).toBe('2026-11-23T10:00:00+00:00');
    expect(formatGbTimestamp(Date.UTC(2026, 8, 15, 9, 0, 0))).toBe('2026-09-15T10:00:00+01:00');
  });

  it('finds local midnight on both sides of a clock change', () => {
    expect(formatGbTimestamp(gbMidnightUtcMillis(2026, 3, 29))).toBe('2026-03-29T00:00:00+00:00');
    expect(formatGbTimestamp(gbMidnightUtcMillis(2026, 3, 30))).toBe('2026-03-30T00:00:00+01:00');
    expect(formatGbTimestamp(gbMidnightUtcMillis(2026, 10, 25))).toBe('2026-10-25T00:00:00+01:00');
    expect(formatGbTimestamp(gbMidnightUtcMillis(2026, 10, 26))).toBe('2026-10-26T00:00:00+00:00');
  });

  it('accepts both readings of the repeated autumn hour and refuses the skipped spring hour', () => {
    expect(parseGbTimestamp('2026-10-25T01:30:00+01:00')).not.toHaveProperty('kind');
    expect(parseGbTimestamp('2026-10-25T01:30:00+00:00')).not.toHaveProperty('kind');
    expect(parseGbTimestamp('2026-03-29T01:30:00+00:00')).toEqual({ kind: 'offset', expected: '+01:00', found: '+00:00' });
  });

  it('names what is wrong with a bad timestamp', () => {
    expect(parseGbTimestamp('2026-11-23T10:00:00Z')).toEqual({ kind: 'shape' });
    expect(parseGbTimestamp('2026-02-30T10:00:00+00:00')).toMatchObject({ kind: 'calendar' });
    expect(parseGbTimestamp('2026-11-23T24:00:00+00:00')).toMatchObject({ kind: 'calendar' });
    expect(parseGbTimestamp('2026-07-01T10:00:00+00:00')).toEqual({ kind: 'offset', expected: '+01:00', found: '+00:00' });
  });
});
