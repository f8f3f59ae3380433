// The two ways a participant misses an SLA, as findings naming the SLA's requirement
// (REQ-SLA-<id>): the message came late, or it never came within the time listened. A finding,
// not only a message, so the requirement verdicts (src/requirements/coverage.ts) fail that SLA
// and no other requirement the scenario carries.
import { formatSlaMeasurement, type SlaMeasurement } from '../clock/index.ts';
import type { Finding } from '../rules/rule.ts';

export const slaRequirement = (slaId: string): string => `REQ-SLA-${slaId}`;

/** The message came, after its window closed. */
export function lateFinding(measurement: SlaMeasurement): Finding {
  return { rule: 'SLA', severity: 'fail', pointer: '', message: formatSlaMeasurement(measurement), requirement: slaRequirement(measurement.sla.id) };
}

/** No message came while the suite listened (the window and a grace after it). */
export function notSentFinding(what: string, window: string, trigger: string, slaId: string): Finding {
  return { rule: 'SLA', severity: 'fail', pointer: '', message: `no ${what} within ${window} of ${trigger}`, requirement: slaRequirement(slaId) };
}
