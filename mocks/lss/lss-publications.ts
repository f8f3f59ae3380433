// What the simulated LSS publishes, as data: IF-022 [LSSPeriodData] with the shape of each group
// for a settlement day, period by period, and IF-023 [LSSTotalsData] with each group's totals.
// One message of each per settlement day, a block per load shape group (B904, B913). Timestamps
// are written in GB local time, as everything the suite writes; the instants are UTC ones.
import { describeMessage } from '../../src/builders/fixed-fields.ts';
import type { B051, B052, B053, B903, B912 } from '../../src/spec/generated/dip-payloads.ts';
import { formatGbTimestamp } from '../../src/time/gb-time.ts';
import { SETTLEMENT_PERIOD_MINUTES, type SettlementDay } from '../../src/time/settlement-periods.ts';
import type { PartyRef } from '../smrs/metering-points.ts';
import type { Publication } from '../smrs/publications.ts';
import { kwh, type LoadShape, type LoadShapeGroup } from './load-shapes.ts';

const addressedTo = (to: PartyRef) => ({ '/CommonBlock/A0': { primaryRecipients: [to.dipId], secondaryRecipients: [], always: [] } });

const settlementDayBlock = (day: SettlementDay) => ({ settlementDayDate: formatGbTimestamp(day.startUtcMillis), periodDuration: SETTLEMENT_PERIOD_MINUTES });

export function lsGroupBlock(group: LoadShapeGroup): B051 {
  return {
    loadShapeGSPGroupID: group.gspGroup,
    connectionTypeIndicator: group.connectionType,
    marketSegmentIndicator: group.segment,
    loadShapeDomesticPremiseIndicator: group.domestic,
    measurementQuantityID: group.mqid,
  };
}

/** IF-022: every group's shape for the day. */
export function periodData(to: PartyRef, day: SettlementDay, shapes: readonly LoadShape[]): Publication {
  const b903: B903 = {
    settlementDay: settlementDayBlock(day),
    LSGSettlementPeriods: shapes.map((shape) => ({
      LSGroup: lsGroupBlock(shape.group),
      LSGroupSettlementPeriods: shape.periods.map((period): B052 => ({
        sp: formatGbTimestamp(period.endUtcMillis),
        loadShapePeriodValue: kwh(period.thousandths),
        defaultLoadShapeFlag: period.flag,
      })),
    })),
  };
  return { to, ...describeMessage('IF-022', '[LSSPeriodData]', { ...addressedTo(to), '/CustomBlock/B903List': [b903] }) };
}

/** A group's totals for a day (DI-040 … DI-046): the day's, its 7-day rolling ones, the year's. */
export interface ShapeTotals {
  readonly shape: LoadShape;
  /**
   * The last 7 settlement days' shapes, the day itself last. DI-041 … DI-043 speak of "the sum
   * of the average Load Shape Total for the past 7 settlement dates"; the sum of these 7 days'
   * totals is taken.
   */
  readonly week: readonly LoadShape[];
  /** DI-040, thousandths of a kWh: the totals of the 365 settlement days that end with the day. */
  readonly annualThousandths: number;
}

/**
 * Off-peak is periods 1 to 14 of the day and peak the rest (DI-044, DI-045 give "(1 to 14) or
 * (2 to 15)" and "(15 to 48) or (1 and 16 to 48)"; the first reading of each is taken).
 */
const OFF_PEAK_PERIODS = 14;

function split(shape: LoadShape): { peak: number; offPeak: number } {
  const offPeak = shape.periods.slice(0, OFF_PEAK_PERIODS).reduce((sum, period) => sum + period.thousandths, 0);
  return { offPeak, peak: shape.totalThousandths - offPeak };
}

/** IF-023: every group's totals for the day. */
export function totalsData(to: PartyRef, day: SettlementDay, totals: readonly ShapeTotals[]): Publication {
  const b912: B912 = {
    settlementDay: settlementDayBlock(day),
    LSGTotals: totals.map(({ shape, week, annualThousandths }) => {
      const today = split(shape);
      const weekSplits = week.map(split);
      const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
      const b053: B053 = {
        loadShapeDayTotal: kwh(shape.totalThousandths),
        loadShapeDayPeakTotal: kwh(today.peak),
        loadShapeDayOffPeakTotal: kwh(today.offPeak),
        loadShape7DayRollingTotal: kwh(sum(week.map((one) => one.totalThousandths))),
        loadShape7DayRollingPeakTotal: kwh(sum(weekSplits.map((one) => one.peak))),
        loadShape7DayRollingOffPeakTotal: kwh(sum(weekSplits.map((one) => one.offPeak))),
      };
      return { LSGroup: lsGroupBlock(shape.group), LSAnnualConsumption: { annualLoadShapeTotal: kwh(annualThousandths) }, LSTTotals: [b053] };
    }),
  };
  return { to, ...describeMessage('IF-023', '[LSSTotalsData]', { ...addressedTo(to), '/CustomBlock/B912List': [b912] }) };
}
