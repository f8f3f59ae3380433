// The faults that are decisions of the business itself, not spoilt messages: what the
// Supplier or the Metering Service makes of a message, and so what it records as well as what
// it sends. They cannot sit in a decorator on what goes out, because the state they leave
// (an appointment recorded as accepted, a reminder left unanswered) shapes every later answer.
// The business code consults them through this one object, by name; all false when conformant.
import type { FaultSwitches } from '../faults.ts';
import { CONFORMANT_SETTLEMENT, settlementPolicy, type SettlementPolicy } from './settlement-data.ts';

export interface BusinessPolicy {
  /** re-requests-on-gain-update: a repeated IF-002 asks for appointments already in flight again. */
  readonly asksAgainWhileInFlight: boolean;
  /** if001-unknown-mpan: the IF-001 confirming a registration is looked up where the gain is not kept. */
  readonly disownsRegistrationConfirmation: boolean;
  /** disowns-closing-read: the Change of Supplier read of an MPAN being lost is taken for a stranger's. */
  readonly disownsClosingRead: boolean;
  /** ignores-if045: a reminder that no Metering or Data Service is appointed is recorded, not acted on. */
  readonly ignoresMissingServiceReminders: boolean;
  /** ignores-unexpected-publications: an outcome of an appointment never asked for (or declined) is recorded as expected. */
  readonly takesUnexpectedPublications: boolean;
  /** refuses-out-of-order: an IF-036 before the IF-035 it follows is taken for unexpected. */
  readonly refusesOutOfOrderActivation: boolean;
  /** accepts-unservable-appointment: IF-033 outside what the Metering Service serves is accepted all the same. */
  readonly acceptsUnservable: boolean;
  /** processes-repeats, late-repeat-action: a transaction the DIP delivers again is acted on again. */
  readonly actsOnRepeats: boolean;
  /** The Data Service's settlement data decisions (faults/settlement-data.ts). */
  readonly settlement: SettlementPolicy;
}

export const CONFORMANT_POLICY: BusinessPolicy = {
  asksAgainWhileInFlight: false,
  disownsRegistrationConfirmation: false,
  disownsClosingRead: false,
  ignoresMissingServiceReminders: false,
  takesUnexpectedPublications: false,
  refusesOutOfOrderActivation: false,
  acceptsUnservable: false,
  actsOnRepeats: false,
  settlement: CONFORMANT_SETTLEMENT,
};

export function businessPolicy(faults: FaultSwitches): BusinessPolicy {
  return {
    asksAgainWhileInFlight: faults.has('re-requests-on-gain-update'),
    disownsRegistrationConfirmation: faults.has('if001-unknown-mpan'),
    disownsClosingRead: faults.has('disowns-closing-read'),
    ignoresMissingServiceReminders: faults.has('ignores-if045'),
    takesUnexpectedPublications: faults.has('ignores-unexpected-publications'),
    refusesOutOfOrderActivation: faults.has('refuses-out-of-order'),
    acceptsUnservable: faults.has('accepts-unservable-appointment'),
    actsOnRepeats: faults.has('processes-repeats') || faults.has('late-repeat-action'),
    settlement: settlementPolicy(faults),
  };
}
