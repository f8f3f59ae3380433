// The faults of the Data Service's settlement data (IF-021) and its answers to consumption
// amendments (IF-028). Eight are decisions of the business (which event its day goes under,
// which calendar it is on, how it estimates, whether it answers a refusal or a default, whether
// it checks its appointment, whether and to whom it answers an amendment): the settlement code
// asks this policy, never the switches.
// Three only change the message on its way into the outbox (faults/outgoing.ts calls
// `spoilSettlementData`), so what the Data Service journals as sent is what it meant to send.
import type { ReferenceParticipantConfig } from '../config.ts';
import type { FaultName, FaultSwitches } from '../faults.ts';
import type { OutboxEntry } from '../records.ts';

export interface SettlementPolicy {
  /** settlement-day-in-gb-local-periods: on a clock-change day the GB local day (46 or 50 periods) is sent instead of the UTC one. */
  readonly gbLocalDayOnClockChange: boolean;
  /** estimates-off-shape: estimates are the actuals' mean, whatever load shape is held. */
  readonly flatEstimates: boolean;
  /** no-resubmission-after-rejection: an IF-014 is recorded and nothing is sent again. */
  readonly ignoresRejections: boolean;
  /** no-resubmission-after-default: an IF-013 is recorded and the defaulted day is not sent. */
  readonly ignoresDefaults: boolean;
  /** settlement-data-for-unappointed-day: the day is sent although the Data Service was not appointed on it. */
  readonly sendsUnappointedDays: boolean;
  /** no-amendment-answer: a Supplier's IF-027 is decided on and recorded, and no IF-028 is sent. */
  readonly ignoresAmendments: boolean;
  /** amendment-accepted-from-any-supplier: an IF-027 is accepted whichever Supplier sent it. */
  readonly acceptsAnySuppliersAmendment: boolean;
  /** reactive-sent-as-active: a day of reactive reads (RI, RE) goes as IF-021 [ActivePower], not [ReactivePower]. */
  readonly reactiveAsActive: boolean;
}

export const CONFORMANT_SETTLEMENT: SettlementPolicy = { gbLocalDayOnClockChange: false, flatEstimates: false, ignoresRejections: false, ignoresDefaults: false, sendsUnappointedDays: false, ignoresAmendments: false, acceptsAnySuppliersAmendment: false, reactiveAsActive: false };

export function settlementPolicy(faults: FaultSwitches): SettlementPolicy {
  return {
    gbLocalDayOnClockChange: faults.has('settlement-day-in-gb-local-periods'),
    flatEstimates: faults.has('estimates-off-shape'),
    ignoresRejections: faults.has('no-resubmission-after-rejection'),
    ignoresDefaults: faults.has('no-resubmission-after-default'),
    sendsUnappointedDays: faults.has('settlement-data-for-unappointed-day'),
    ignoresAmendments: faults.has('no-amendment-answer'),
    acceptsAnySuppliersAmendment: faults.has('amendment-accepted-from-any-supplier'),
    reactiveAsActive: faults.has('reactive-sent-as-active'),
  };
}

/** The switches that spoil the IF-021 as sent. */
export const SETTLEMENT_DATA_FAULTS: readonly FaultName[] = ['missing-settlement-period', 'actuals-flagged-as-estimates', 'late-settlement-data'];

/** The period missing-settlement-period leaves out: 08:00–08:30 UTC, inside any day. */
export const DROPPED_PERIOD = 17;

type Block = Record<string, unknown>;
type EntryFields = Omit<OutboxEntry, 'id' | 'triggeredBy' | 'createdAt'>;

/**
 * An IF-021 as sent, spoilt in place. missing-settlement-period: the day's period 17 is left
 * out. actuals-flagged-as-estimates: every actual read goes flagged E (reason 2, missing), so
 * the message stays valid and only the flags lie. late-settlement-data: the entry is not sent
 * before faultOptions.lateMillis have passed.
 */
export function spoilSettlementData(faults: FaultSwitches, config: ReferenceParticipantConfig, now: number, fields: EntryFields, custom: Block): EntryFields {
  const days = ((custom.B900 as Block | undefined)?.settlementDayConsumptionPeriods ?? []) as Block[];
  for (const [index, block] of days.entries()) {
    const periods = (block.consumptionPeriods ?? []) as Block[];
    // The message carries one day, whose first block holds its first 48 periods.
    if (faults.has('missing-settlement-period') && index === 0 && periods.length >= DROPPED_PERIOD) {
      periods.splice(DROPPED_PERIOD - 1, 1);
    }
    if (faults.has('actuals-flagged-as-estimates')) {
      for (const period of periods) {
        if (period.q === 'A') {
          period.q = 'E';
          period.e = '2';
        }
      }
    }
  }
  return faults.has('late-settlement-data') ? { ...fields, notBefore: now + config.faultOptions.lateMillis } : fields;
}
