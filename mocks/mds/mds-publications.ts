// What the simulated MDS publishes, as data (the simulator builds the rest of each message from
// the spec with the seeded builders): IF-014 refusing the days of an IF-021 it judged wrong, and
// IF-013 telling the Data Service and the Supplier which periods a settlement run defaulted.
// Timestamps are written in GB local time, as everything the suite writes; the instants are the
// UTC ones the definitions name (a UTC settlement day starts 01:00+01:00 in summer).
import { describeMessage } from '../../src/builders/fixed-fields.ts';
import type { B043, B049, B067, B900, B901, B920, DipPayloads, M0 } from '../../src/spec/generated/dip-payloads.ts';
import { formatGbTimestamp, gbMidnightUtcMillis } from '../../src/time/gb-time.ts';
import { SETTLEMENT_PERIOD_MINUTES, type SettlementDay } from '../../src/time/settlement-periods.ts';
import type { LoadShapePeriod } from '../lss/load-shapes.ts';
import { kwh } from '../lss/load-shapes.ts';
import { HELD_SINCE, type PartyRef } from '../smrs/metering-points.ts';
import type { Publication } from '../smrs/publications.ts';
import type { ActiveQuantity, SettlementStanding } from './appointments-on-day.ts';
import type { ConsumptionPayload } from './consumption-judgement.ts';

/** DI-160 Settlement Code: the settlement runs of the Settlement Timetable. */
export type SettlementCode = B049['settlementCode'];

export interface SettlementRunInfo {
  readonly code: SettlementCode;
  /** When it ran, market millis (DI-159). */
  readonly executedAt: number;
  /** DI-161: unique within the MDS. */
  readonly runNumber: number;
}

const addressedTo = (to: PartyRef) => ({ '/CommonBlock/A0': { primaryRecipients: [to.dipId], secondaryRecipients: [], always: [] } });

/** IF-014 [ActivePowerRejected] to the sender: the refused days as they were sent, and a line per problem (R0). */
export function consumptionRejected(to: PartyRef, sent: ConsumptionPayload, refusedBlocks: readonly number[], responses: readonly string[]): Publication {
  const b900 = sent.CustomBlock.B900;
  const refused: B900 = { MQID: b900.MQID, settlementDayConsumptionPeriods: refusedBlocks.map((index) => b900.settlementDayConsumptionPeriods[index]) as B901[] };
  const r0: DipPayloads['IF-014 [ActivePowerRejected]']['CommonBlock']['R0'] = { responseCode: 'R', responseMessages: [...responses] };
  return {
    to,
    initialCorrelationID: sent.CommonBlock.S1.senderCorrelationID ?? null,
    ...describeMessage('IF-014', '[ActivePowerRejected]', {
      ...addressedTo(to),
      '/CommonBlock/M0': sent.CommonBlock.M0,
      '/CommonBlock/R0': r0,
      '/CommonBlock/S1/senderCorrelationID': sent.CommonBlock.S1.senderCorrelationID ?? null,
      '/CustomBlock/B044': sent.CustomBlock.B044,
      '/CustomBlock/B067': sent.CustomBlock.B067,
      '/CustomBlock/B900': refused,
    }),
  };
}

export interface DefaultedQuantity {
  readonly mqid: ActiveQuantity;
  readonly periods: readonly LoadShapePeriod[];
}

/** The lowest Consumption Component Class ID the definitions allow (DI-300): stands in where Market Domain Data's is not known. */
const PLACEHOLDER_CCC_ID = 100;

/** IF-013 [ActivePowerDefaulted] about one MPAN and settlement day: what the run defaulted, by quantity. */
export function consumptionDefaulted(to: PartyRef, standing: SettlementStanding, day: SettlementDay, run: SettlementRunInfo, quantities: readonly DefaultedQuantity[]): Publication {
  const m0: M0 = { MPANCore: standing.mpan, distributorDIPID: standing.distributorDipId, GSPGroupID: standing.gspGroup };
  const impacted: B043 = { settlementImpactedDataServiceDIPID: standing.dataService?.dipId ?? to.dipId, settlementImpactedSupplierDIPID: standing.supplier.dipId };
  const b049: B049 = { settlementRunExecutionDate: formatGbTimestamp(run.executedAt), settlementCode: run.code, runNumber: run.runNumber };
  const b067: B067 = standing.connectionType
    ? { connectionTypeIndicator: standing.connectionType.indicator, connectionTypeEffectiveFromDate: standing.connectionType.effectiveFrom }
    : { connectionTypeIndicator: 'W', connectionTypeEffectiveFromDate: formatGbTimestamp(gbMidnightUtcMillis(HELD_SINCE.year, HELD_SINCE.month, HELD_SINCE.day)) };
  const b920List: B920[] = quantities.map(({ mqid, periods }) => ({
    MQID: {
      measurementQuantityID: mqid,
      marketSegmentIndicator: standing.segment,
      domesticPremiseIndicator: standing.domestic ?? standing.segment === 'S',
      consumptionComponentClassID: standing.consumptionComponentClassID ?? PLACEHOLDER_CCC_ID,
      consumptionComponentIndicator: 'C',
    },
    settlementDayConsumptionPeriods: [
      {
        settlementDay: { settlementDayDate: formatGbTimestamp(day.startUtcMillis), periodDuration: SETTLEMENT_PERIOD_MINUTES },
        defaultedConsumptionPeriods: periods.map((period) => ({
          settlementPeriodEffectiveToDateTime: formatGbTimestamp(period.endUtcMillis),
          defaultedSPConsumption: kwh(period.thousandths),
          defaultLoadShapeFlag: period.flag,
        })),
      },
    ],
  }));
  return {
    to,
    ...describeMessage('IF-013', '[ActivePowerDefaulted]', { ...addressedTo(to), '/CommonBlock/M0': m0, '/CustomBlock/B043': impacted, '/CustomBlock/B049': b049, '/CustomBlock/B067': b067, '/CustomBlock/B920List': b920List }),
  };
}
