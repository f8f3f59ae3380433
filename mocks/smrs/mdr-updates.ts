// The SMRS's validation of a Smart Data Service's change of its Meter Data Retriever (BP003B
// 3B-02: IF-034 [SDS-MDRUpdate], B012 the appointing Supplier, B018 the new MDR and the date it
// is asked from). The first failing check gives the REG code of the IF-035 [SDS-MDROutcome]
// rejection (3B-03); an accepted change is recorded as the MPAN's assigned MDR.
import { gbDate, MILLIS, parseGbTimestamp } from '../../src/time/gb-time.ts';
import type { MeteringPoint, PartyRef } from './metering-points.ts';

/** REG1082: an MDR Effective From Date may be at most this many days after today (market time). */
export const MAX_MDR_DAYS_AHEAD = 5;

export interface MdrUpdate {
  /** The Data Service that sent the update (S1 senderDIPID). */
  readonly sender: string;
  readonly mdr: PartyRef;
  /** B018 SDSNominatedMDRRequestedEffectiveFromDate as sent (DT-003). */
  readonly effectiveFrom: string;
}

/** The REG code and text refusing the update, or undefined when the SMRS accepts it. */
export function mdrUpdateRefusal(point: MeteringPoint | undefined, update: MdrUpdate, now: number): string | undefined {
  if (!point) return 'REG0000 - MPAN Invalid or does not exist';
  if (point.segment !== 'S' || point.dataService?.dipId !== update.sender || point.dataServiceUntil !== undefined) {
    return 'REG1080 - MDR Update only available to Currently Appointed Data Service';
  }
  const parsed = parseGbTimestamp(update.effectiveFrom);
  if ('kind' in parsed) return 'REG1083 - MDR Effective From Date does not align with SSD/Existing MDR Eff. From Date';
  const date = update.effectiveFrom.slice(0, 10);
  const today = gbDate(now);
  if (date < today) return 'REG1024 - Effective Date Cannot be Retrospective';
  if ((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / MILLIS.DAY > MAX_MDR_DAYS_AHEAD) {
    return 'REG1082 - MDR Effective From Date cannot be more than five days in the future';
  }
  if (point.mdr?.dipId === update.mdr.dipId) return 'REG1098 - Proposed MDR cannot be currently appointed MDR';
  return undefined;
}
