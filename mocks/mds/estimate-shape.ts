// Whether a Data Service's estimates follow the load shape the LSS published for the MPAN's
// GSP group and day (IF-022): an estimate scales the shape, so across a day's estimated periods
// the ratio of estimate to shape value should be about the same. How a Data Service scales the
// shape (annual consumption, the day's actual reads) is its own, so only the spread of the
// ratios is judged, and a finding is a warning.
import type { LoadShape, LoadShapeGroup } from '../lss/load-shapes.ts';
import type { SettlementStanding } from './appointments-on-day.ts';
import { formatGbTimestamp } from '../../src/time/gb-time.ts';

/** How far one estimate's ratio to the shape may stray from the day's median ratio. */
export const SHAPE_TOLERANCE = 0.05;

/** The load shape group of an MPAN: its GSP group, segment, connection type and domestic flag, and the quantity measured. */
export function shapeGroupOf(standing: SettlementStanding, connectionType: string, mqid: string): LoadShapeGroup {
  const domestic = standing.domestic ?? standing.segment === 'S';
  return {
    gspGroup: standing.gspGroup,
    segment: standing.segment,
    connectionType: connectionType as LoadShapeGroup['connectionType'],
    domestic: domestic ? 'T' : 'F',
    mqid: mqid as LoadShapeGroup['mqid'],
  };
}

/** Estimated periods whose ratio to the shape strays from the day's median by more than the tolerance. */
export function estimateShapeFindings(
  estimates: ReadonlyArray<{ readonly endUtcMillis: number; readonly value: string; readonly pointer: string }>,
  shape: LoadShape,
): Array<{ pointer: string; detail: string }> {
  const byEnd = new Map(shape.periods.map((period) => [period.endUtcMillis, period.thousandths]));
  const ratios = estimates.flatMap((estimate) => {
    const shaped = byEnd.get(estimate.endUtcMillis);
    return shaped ? [{ ...estimate, shaped, ratio: (Number(estimate.value) * 1000) / shaped }] : [];
  });
  // One estimate has nothing to be compared with: its scale is the Data Service's.
  if (ratios.length < 2) return [];
  const sorted = ratios.map((entry) => entry.ratio).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return ratios
    .filter((entry) => Math.abs(entry.ratio - median) > SHAPE_TOLERANCE * Math.max(median, Number.EPSILON))
    .map((entry) => ({
      pointer: entry.pointer,
      detail:
        `sp ${formatGbTimestamp(entry.endUtcMillis)} estimated ${entry.value} kWh, ${entry.ratio.toFixed(2)} × the shape's ${(entry.shaped / 1000).toFixed(3)}; ` +
        `the day's other estimates scale it ${median.toFixed(2)} × (±${SHAPE_TOLERANCE * 100} %)`,
    }));
}
