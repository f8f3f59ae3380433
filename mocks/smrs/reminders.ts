// The SMRS's reminders of a missing appointment (PROCESS-TABLES §4.12, COS-15, T8): while an
// MPAN the Supplier is registered for has no Metering Service or no Data Service in effect,
// the Registration Service sends the Supplier IF-045 [NoMSAppointed] / [NoDSAppointed] every 7
// days, until the appointment is made. Pure decisions over the SMRS's record of the MPAN, so
// that unit tests reach the cadence without a clock.
import { gbDate, MILLIS } from '../../src/time/gb-time.ts';
import type { MeteringPoint, ServiceKind } from './metering-points.ts';

/** T8: "IF-045 goes to the Supplier every 7 days" while the gap lasts (S1). */
export const REMINDER_INTERVAL_DAYS = 7;

export const REMINDER_EVENT: Readonly<Record<ServiceKind, string>> = { MS: '[NoMSAppointed]', DS: '[NoDSAppointed]' };

/**
 * The services with no appointment in effect on `asOf`'s GB date: none held, and no accepted
 * (or active) appointment whose Effective From Date has come. An appointment still offered, or
 * accepted from a later date, leaves the gap open on that date.
 */
export function missingServices(point: MeteringPoint, asOf: number): ServiceKind[] {
  // Only a registered Supplier is reminded; a switch still pending has its own chain (COS-02 …).
  if (!point.supplier) return [];
  const day = gbDate(asOf);
  const inEffect = (kind: ServiceKind) =>
    (kind === 'MS' ? point.meteringService : point.dataService) !== undefined ||
    point.appointments.some((appointment) => appointment.kind === kind && (appointment.status === 'accepted' || appointment.status === 'active') && appointment.effectiveFrom.slice(0, 10) <= day);
  return (['MS', 'DS'] as const).filter((kind) => !inEffect(kind));
}

/**
 * The reminders a run of the SMRS on `asOf` sends: one per missing service not reminded in the
 * last 7 days. `lastReminded` holds when each service was last reminded about, market millis.
 */
export function remindersDue(point: MeteringPoint, asOf: number, lastReminded: Readonly<Partial<Record<ServiceKind, number>>>): ServiceKind[] {
  return missingServices(point, asOf).filter((kind) => {
    const last = lastReminded[kind];
    return last === undefined || asOf - last >= REMINDER_INTERVAL_DAYS * MILLIS.DAY;
  });
}
