// The Effective From Date a Supplier proposes for its service providers (B070/B071): local
// midnight, because appointments align to the GB day (REG1032). On a gain it is the supply
// start date (a COS appointment starts with the supply): the one the message carries
// (B002.supplierEffectiveFromDate, in IF-001/IF-037 shapes; IF-002 v2.1.0 has none), else the
// one the Supplier gave CSS when it raised the registration, else the next local midnight,
// which is never in the past (REG1034) and well within 28 days (REG1099). "Next" counts from the
// later of this participant's clock and the DIP's timestamp on the message (D0): in a run whose
// market clock is compressed, the market's day runs ahead of this process's wall clock, and a
// date from the wall clock alone fell behind the market's today within a minute at ×3600.
import { gbDateAfter, gbLocalMidnight } from '../src/builders/identifiers.ts';
import { dateProblem, parseGbTimestamp } from '../src/time/gb-time.ts';
import { pick } from './own/pick.ts';

export function proposedEffectiveFrom(payload: unknown, registeredSupplyStart: string | undefined, now: number): string {
  const supplyStart = pick(payload, 'CustomBlock', 'B002', 'supplierEffectiveFromDate');
  if (typeof supplyStart === 'string' && !('kind' in parseGbTimestamp(supplyStart))) {
    // The GB calendar date as written (the offset is the GB one, so the wall date is local).
    return gbLocalMidnight(supplyStart.slice(0, 10));
  }
  if (registeredSupplyStart !== undefined && dateProblem(registeredSupplyStart) === undefined) return gbLocalMidnight(registeredSupplyStart);
  const delivered = pick(payload, 'CommonBlock', 'D0', 'transactionTimestamp');
  const parsed = typeof delivered === 'string' ? parseGbTimestamp(delivered) : undefined;
  const deliveredAt = parsed && !('kind' in parsed) ? parsed.utcMillis : now;
  return gbLocalMidnight(gbDateAfter(Math.max(now, deliveredAt), 1));
}
