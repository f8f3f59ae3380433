// The checks the simulated MDS makes on a Data Service's settlement data (IF-021) are declared
// with every other check in the suite's registry, so their findings, the selftest's list of checks
// no fault made fail and the requirement verdicts speak of the same thing.
import { SETTLEMENT_DATA_CHECKS } from '../../src/findings/check-registry.ts';

export { SETTLEMENT_DATA_CHECKS };

export type SettlementDataCheck = (typeof SETTLEMENT_DATA_CHECKS)[keyof typeof SETTLEMENT_DATA_CHECKS];
