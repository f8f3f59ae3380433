// The load shapes the simulated LSS publishes (IF-022, totals in IF-023): per GSP group, load
// shape category and settlement day, one value per settlement period, in kWh for an average
// MPAN of the category (DI-102). Drawn from a seed, so the same seed, group and day always give
// the same shape and a checker can ask for it again. The curve is the suite's own, plausible
// (domestic peaks morning and evening in GB local time, non-domestic over the working day,
// more in winter), not Elexon's: what matters is that the MDS and the checks can compare data
// with the very shape that was published.
import type { B051 } from '../../src/spec/generated/dip-payloads.ts';
import { addCalendarDays } from '../../src/clock/gb-calendar-date.ts';
import { gbOffsetMinutes, MILLIS } from '../../src/time/gb-time.ts';
import { periodEnds, SETTLEMENT_PERIOD_MILLIS, type SettlementDay, type SettlementDayBasis, settlementDay } from '../../src/time/settlement-periods.ts';

export type GspGroup = NonNullable<B051['loadShapeGSPGroupID']>;

/** The criteria of a load shape other than its GSP group (B051). */
export interface LoadShapeCategory {
  readonly segment: B051['marketSegmentIndicator'];
  readonly connectionType: B051['connectionTypeIndicator'];
  readonly domestic: B051['loadShapeDomesticPremiseIndicator'];
  readonly mqid: B051['measurementQuantityID'];
}

export interface LoadShapeGroup extends LoadShapeCategory {
  readonly gspGroup: GspGroup;
}

export interface LoadShapePeriod {
  /** When the period ends (its `sp`). */
  readonly endUtcMillis: number;
  /** The period's value in thousandths of a kWh (DI-102 has three decimals). */
  readonly thousandths: number;
  /** DI-154: A, the shape comes from actual data. */
  readonly flag: 'A' | 'D' | 'E' | 'B';
}

export interface LoadShape {
  readonly group: LoadShapeGroup;
  readonly day: SettlementDay;
  readonly periods: readonly LoadShapePeriod[];
  readonly totalThousandths: number;
}

/** Where a checker or the MDS gets the shape published for a group and day. */
export interface LoadShapeSource {
  shapeFor(group: LoadShapeGroup, settlementDate: string): LoadShape | undefined;
}

export const GSP_GROUPS: readonly GspGroup[] = ['_A', '_B', '_C', '_D', '_E', '_F', '_G', '_H', '_J', '_K', '_L', '_M', '_N', '_P'];

/** Smart whole-current import, domestic and not: the categories most MPANs fall in. */
export const DEFAULT_CATEGORIES: readonly LoadShapeCategory[] = [
  { segment: 'S', connectionType: 'W', domestic: 'T', mqid: 'AI' },
  { segment: 'S', connectionType: 'W', domestic: 'F', mqid: 'AI' },
];

/** DT-016: a (9,3) decimal, from thousandths. */
export function kwh(thousandths: number): string {
  const sign = thousandths < 0 ? '-' : '';
  const absolute = Math.abs(Math.round(thousandths));
  return `${sign}${Math.floor(absolute / 1000)}.${String(absolute % 1000).padStart(3, '0')}`;
}

/** FNV-1a: a 32-bit hash of text, to seed each shape on its own. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

/** mulberry32: a small seeded generator of numbers in [0, 1). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const bump = (hour: number, at: number, width: number): number => Math.exp(-((hour - at) ** 2) / width);

/** kWh in the half hour at `localHour` (its midpoint, GB local time) for an average MPAN of the category, before noise. */
function curve(category: LoadShapeCategory, localHour: number): number {
  if (category.domestic === 'F') return 0.12 + 0.45 * bump(localHour, 12.5, 12);
  return 0.09 + 0.12 * bump(localHour, 7.5, 1.5) + 0.05 * bump(localHour, 13, 6) + 0.3 * bump(localHour, 18.5, 4);
}

/** More in winter: 1.3 in mid-January, 0.7 in mid-July. */
function season(utcMillis: number): number {
  const dayOfYear = (utcMillis - Date.UTC(new Date(utcMillis).getUTCFullYear(), 0, 1)) / MILLIS.DAY;
  return 1 + 0.3 * Math.cos((2 * Math.PI * (dayOfYear - 15)) / 365);
}

const keyOf = (group: LoadShapeGroup, settlementDate: string) => `${group.gspGroup} ${group.segment} ${group.connectionType} ${group.domestic} ${group.mqid} ${settlementDate}`;

/** The published shapes, drawn once per group and day and kept (within a bound) for the checkers. */
export class LoadShapeBook implements LoadShapeSource {
  private readonly drawn = new Map<string, LoadShape>();
  /** Day totals for the annual figures: drawn once per group and day. */
  private readonly dayTotals = new Map<string, number>();
  private static readonly KEPT = 5_000;
  private static readonly KEPT_TOTALS = 100_000;

  constructor(
    private readonly seed: number,
    readonly basis: SettlementDayBasis,
  ) {}

  shapeFor(group: LoadShapeGroup, settlementDate: string): LoadShape {
    const key = keyOf(group, settlementDate);
    let shape = this.drawn.get(key);
    if (!shape) {
      shape = this.draw(group, settlementDate, key);
      if (this.drawn.size >= LoadShapeBook.KEPT) this.drawn.clear();
      this.drawn.set(key, shape);
    }
    return shape;
  }

  /** The total of the group's shape over the 365 settlement days ending with `settlementDate`, thousandths of a kWh (DI-040). */
  annualTotal(group: LoadShapeGroup, settlementDate: string): number {
    let total = 0;
    for (let back = 0; back < 365; back += 1) {
      const date = addCalendarDays(settlementDate, -back);
      const key = keyOf(group, date);
      let dayTotal = this.dayTotals.get(key);
      if (dayTotal === undefined) {
        dayTotal = this.draw(group, date, key).totalThousandths;
        if (this.dayTotals.size >= LoadShapeBook.KEPT_TOTALS) this.dayTotals.clear();
        this.dayTotals.set(key, dayTotal);
      }
      total += dayTotal;
    }
    return total;
  }

  private draw(group: LoadShapeGroup, settlementDate: string, key: string): LoadShape {
    const day = settlementDay(settlementDate, this.basis);
    const random = generator(hash(`${this.seed} ${key}`));
    // Each GSP group a little above or below the national curve, the same every day.
    const regional = 0.9 + 0.2 * generator(hash(`${this.seed} ${group.gspGroup}`))();
    const periods = periodEnds(day).map((endUtcMillis) => {
      const middle = endUtcMillis - SETTLEMENT_PERIOD_MILLIS / 2;
      const localHour = (((middle + gbOffsetMinutes(middle) * MILLIS.MINUTE) % MILLIS.DAY) + MILLIS.DAY) % MILLIS.DAY / MILLIS.HOUR;
      const noise = 0.96 + 0.08 * random();
      const value = curve(group, localHour) * season(middle) * regional * noise;
      return { endUtcMillis, thousandths: Math.max(1, Math.round(value * 1000)), flag: 'A' as const };
    });
    return { group, day, periods, totalThousandths: periods.reduce((sum, period) => sum + period.thousandths, 0) };
  }
}
