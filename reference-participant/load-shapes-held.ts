// The load shapes the Load Shaping Service pushes to the Data Service (IF-022 [LSSPeriodData]):
// per settlement day a block per load shape group (B903 → B904: B051 the group, B052 a value per
// period). The Data Service keeps those of the GSP groups and segments it serves, to shape its
// estimates (settlement-data.ts). IF-023 [LSSTotalsData] is only recorded: the day's own reads
// scale the shape better than the totals would.
import { isTimestampProblem, parseOffsetTimestamp } from '../src/time/gb-time.ts';
import { type SettlementDayBasis, settlementDateStartingAt } from '../src/time/settlement-periods.ts';
import { pick } from './own/pick.ts';
import { type HeldShape, type SettlementFact, type SettlementHeld, type ShapeGroup, shapeKey } from './settlement-held.ts';

const KWH_3 = /^(\d{1,9})\.(\d{3})$/;

/** A (9,3) kWh decimal in thousandths; undefined when it is not one. */
export function thousandthsOf(text: unknown): number | undefined {
  const match = typeof text === 'string' ? KWH_3.exec(text) : null;
  return match ? Number(match[1]) * 1000 + Number(match[2]) : undefined;
}

/** DT-016 with three decimals, from thousandths. */
export function kwhText(thousandths: number): string {
  const whole = Math.max(0, Math.round(thousandths));
  return `${Math.floor(whole / 1000)}.${String(whole % 1000).padStart(3, '0')}`;
}

/** The settlement date a day block names by its start: a UTC day, else (a shape sent on the other calendar) a GB local one. */
function dateStartingAt(text: unknown): string | undefined {
  const parsed = parseOffsetTimestamp(String(text ?? ''));
  if (isTimestampProblem(parsed)) return undefined;
  for (const basis of ['utc', 'gb-local'] as SettlementDayBasis[]) {
    const date = settlementDateStartingAt(parsed.utcMillis, basis);
    if (date) return date;
  }
  return undefined;
}

export interface ShapeIntake {
  readonly facts: SettlementFact[];
  readonly notes: string[];
}

/** The shapes of an IF-022 worth keeping: those of a GSP group and market segment the Data Service serves. */
export function loadShapeFacts(payload: unknown, serves: { readonly gspGroups: readonly string[]; readonly segments: readonly string[] }): ShapeIntake {
  const facts: SettlementFact[] = [];
  const notes: string[] = [];
  const days = pick(payload, 'CustomBlock', 'B903List');
  for (const day of Array.isArray(days) ? days : []) {
    const settlementDate = dateStartingAt(pick(day, 'settlementDay', 'settlementDayDate'));
    if (!settlementDate) {
      notes.push(`IF-022: a day starting ${String(pick(day, 'settlementDay', 'settlementDayDate'))} starts no settlement day; not kept`);
      continue;
    }
    const groups = pick(day, 'LSGSettlementPeriods');
    let kept = 0;
    for (const entry of Array.isArray(groups) ? groups : []) {
      const b051 = pick(entry, 'LSGroup') as Record<string, unknown> | undefined;
      if (!b051) continue;
      const group: ShapeGroup = {
        gspGroup: String(b051.loadShapeGSPGroupID),
        connectionType: String(b051.connectionTypeIndicator),
        segment: String(b051.marketSegmentIndicator),
        domestic: b051.loadShapeDomesticPremiseIndicator === 'T' || b051.loadShapeDomesticPremiseIndicator === 'F' ? b051.loadShapeDomesticPremiseIndicator : null,
        mqid: String(b051.measurementQuantityID),
      };
      if (!serves.gspGroups.includes(group.gspGroup) || !serves.segments.includes(group.segment)) continue;
      const values: [number, number][] = [];
      const periods = pick(entry, 'LSGroupSettlementPeriods');
      for (const period of Array.isArray(periods) ? periods : []) {
        const end = parseOffsetTimestamp(String(pick(period, 'sp') ?? ''));
        const value = thousandthsOf(pick(period, 'loadShapePeriodValue'));
        if (!isTimestampProblem(end) && value !== undefined) values.push([end.utcMillis, value]);
      }
      if (values.length === 0) continue;
      facts.push({ kind: 'load-shape', group, settlementDate, values });
      kept += 1;
    }
    notes.push(`IF-022 [LSSPeriodData] for ${settlementDate}: ${kept} load shape group(s) kept`);
  }
  return { facts, notes };
}

/**
 * The shape for an MPAN's group and day: its own domestic flag first, else a shape published for
 * either (B051 allows a null flag).
 */
export function shapeFor(held: SettlementHeld, group: Omit<ShapeGroup, 'domestic'> & { readonly domestic: boolean }, settlementDate: string): HeldShape | undefined {
  const flag = group.domestic ? 'T' : 'F';
  return held.shapes.get(shapeKey({ ...group, domestic: flag }, settlementDate)) ?? held.shapes.get(shapeKey({ ...group, domestic: null }, settlementDate));
}
