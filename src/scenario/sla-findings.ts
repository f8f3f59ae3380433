// The two ways a participant misses an SLA, as findings naming the SLA's requirement
// (REQ-SLA-<id>): the message came late, or it never came within the time listened. A finding,
// not only a message, so the requirement verdicts (src/requirements/coverage.ts) fail that SLA
// and no other requirement the scenario carries.
import { formatSlaMeasurement, type SlaMeasurement } from '../clock/index.ts';
import { PROCESS_CHECKS } from '../findings/check-registry.ts';
import { type Finding, findingOf } from '../rules/rule.ts';

/** The message came, after its window closed. */
export function lateFinding(measurement: SlaMeasurement): Finding {
  return findingOf(PROCESS_CHECKS.sla, '', formatSlaMeasurement(measurement), measurement.sla.id);
}

/** No message came while the suite listened (the window and a grace after it). */
export function notSentFinding(what: string, window: string, trigger: string, slaId: string): Finding {
  return findingOf(PROCESS_CHECKS.sla, '', `no ${what} within ${window} of ${trigger}`, slaId);
}
