// The MHHS migration calendar as far as the suite acts on it (PROCESS-TABLES T12, from the
// RECCo deck S1): reverse migration, an unqualified Supplier taking a migrated MPAN back to the
// legacy arrangements, was allowed only until M14, 28 October 2026. After it the SMRS refuses
// one; a run tests it only with the market clock set before (`run --market-start`).
import { gbDate } from '../time/gb-time.ts';

/** The last GB day on which a reverse migration may be made (M14). */
export const M14_DATE = '2026-10-28';

/** Why a reverse migration is refused at market time `utcMillis`, or undefined while M14 has not passed. */
export function reverseMigrationRefusal(utcMillis: number): string | undefined {
  const today = gbDate(utcMillis);
  if (today <= M14_DATE) return undefined;
  return `reverse migration ended at M14 (${M14_DATE}); the market clock reads ${today}`;
}
