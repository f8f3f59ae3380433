// The IF-021 a Data Service sends for one MPAN and settlement day, built from the spec with the
// seeded builder: what the MDS's tests and the settlement benchmark submit, and then spoil one
// defect at a time. A day's periods go in blocks of at most 48 (B901's limit), so a 50-period GB
// local day is two blocks of the same day.
import type { Faker } from '@faker-js/faker';
import { buildMessage, type Sender } from '../../src/builders/message-builder.ts';
import type { B047, B067, B900, B901, M0 } from '../../src/spec/generated/dip-payloads.ts';
import type { LoadedSpec } from '../../src/spec/load-spec.ts';
import { formatGbTimestamp } from '../../src/time/gb-time.ts';
import { periodEnds, SETTLEMENT_PERIOD_MINUTES, type SettlementDay } from '../../src/time/settlement-periods.ts';
import { kwh, type LoadShape } from '../lss/load-shapes.ts';
import type { ConsumptionPayload } from './consumption-judgement.ts';

/** B901 holds at most this many periods. */
export const PERIODS_PER_BLOCK = 48;

/** Actual reads for every period of the day: `thousandths(n)` for period n (1-based). */
export function actualPeriods(day: SettlementDay, thousandths: (period: number) => number = (period) => 150 + ((period * 37) % 200)): B047[] {
  return periodEnds(day).map((end, index) => ({ sp: formatGbTimestamp(end), v: kwh(thousandths(index + 1)), q: 'A', e: null, arc: null }));
}

/** The periods `estimated` (1-based numbers) replaced by estimates: `scale` × the load shape, flagged E with reason 2 (missing). */
export function withEstimates(periods: readonly B047[], shape: LoadShape, estimated: readonly number[], scale = 1): B047[] {
  return periods.map((period, index) =>
    estimated.includes(index + 1) ? { ...period, v: kwh(Math.round(shape.periods[index]!.thousandths * scale)), q: 'E', e: '2' } : period,
  );
}

/** The day's periods in blocks of at most 48, each naming the day by its start. */
export function dayBlocks(day: SettlementDay, periods: readonly B047[]): B901[] {
  const blocks: B901[] = [];
  for (let start = 0; start < Math.max(periods.length, 1); start += PERIODS_PER_BLOCK) {
    blocks.push({
      settlementDay: { settlementDayDate: formatGbTimestamp(day.startUtcMillis), periodDuration: SETTLEMENT_PERIOD_MINUTES },
      consumptionPeriods: periods.slice(start, start + PERIODS_PER_BLOCK),
    });
  }
  return blocks;
}

export interface ConsumptionOptions {
  readonly faker: Faker;
  /** Market time it is sent. */
  readonly now: number;
  /** The Data Service sending it. */
  readonly sender: Sender;
  readonly m0: M0;
  /** Primary recipients (the MDS, the LSS …). */
  readonly to: readonly string[];
  readonly blocks: readonly B901[];
  readonly eventCode?: '[ActivePower]' | '[ReactivePower]';
  readonly mqid?: B900['MQID']['measurementQuantityID'];
  readonly connectionType?: B067;
}

/** A schema-valid IF-021 payload (when its blocks are). */
export function consumptionPayload(spec: LoadedSpec, options: ConsumptionOptions): ConsumptionPayload {
  const b900: B900 = { MQID: { measurementQuantityID: options.mqid ?? 'AI' }, settlementDayConsumptionPeriods: [...options.blocks] };
  return buildMessage(spec, {
    faker: options.faker,
    interfaceID: 'IF-021',
    eventCode: options.eventCode ?? '[ActivePower]',
    now: options.now,
    sender: options.sender,
    fixed: {
      '/CommonBlock/M0': options.m0,
      '/CommonBlock/A0/primaryRecipients': [...options.to],
      '/CommonBlock/S1/senderCorrelationID': null,
      '/CommonBlock/S1/DIPConnectionProviderID': null,
      '/CustomBlock/B044': { issuingDataServiceDIPID: options.sender.dipId },
      '/CustomBlock/B067': options.connectionType ?? { connectionTypeIndicator: 'W', connectionTypeEffectiveFromDate: '2025-10-22T00:00:00+01:00' },
      '/CustomBlock/B900': b900,
    },
  }) as unknown as ConsumptionPayload;
}
