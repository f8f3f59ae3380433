// The faults that only make the participant late: each decorates one of its clocks (when a
// received message is acted on, when a status message may leave) and changes nothing else.
import type { ReferenceParticipantConfig } from '../config.ts';
import type { FaultSwitches } from '../faults.ts';
import type { ReceivedMessage } from '../records.ts';

/** How long after its arrival a received message is acted on. */
export type ActOnAfter = (message: ReceivedMessage) => number;

/**
 * late-if031: the Supplier acts on IF-002 only faultOptions.lateMillis after it arrived, so its
 * IF-031 misses the SLA. late-ds-appointment-answer: the Data Service does the same with IF-033
 * [DSAppSPRequest], so its IF-034 misses the SLA. late-repeat-action: a repeat taken for new is
 * acted on again faultOptions.lateRepeatMillis after it arrived.
 */
export function lateActing(faults: FaultSwitches, config: ReferenceParticipantConfig, actOnAfter: ActOnAfter): ActOnAfter {
  const lateIf031 = faults.has('late-if031');
  const lateDsAnswer = faults.has('late-ds-appointment-answer');
  const lateRepeat = faults.has('late-repeat-action');
  if (!lateIf031 && !lateDsAnswer && !lateRepeat) return actOnAfter;
  const dataServices = [config.dataService, config.advancedDataService].flatMap((identity) => (identity ? [identity.dipId] : []));
  return (message) => {
    if (lateIf031 && message.interfaceID === 'IF-002' && message.addressedTo.includes(config.supplier.dipId)) return config.faultOptions.lateMillis;
    if (lateDsAnswer && message.interfaceID === 'IF-033' && message.eventCode === '[DSAppSPRequest]' && message.addressedTo.some((dipId) => dataServices.includes(dipId))) {
      return config.faultOptions.lateMillis;
    }
    if (lateRepeat && message.actedOnAgain === true) return config.faultOptions.lateRepeatMillis;
    return actOnAfter(message);
  };
}

/** late-status-messages: every status message is held back faultOptions.lateMillis. */
export function statusNotBefore(faults: FaultSwitches, config: ReferenceParticipantConfig, now: number): number | undefined {
  return faults.has('late-status-messages') ? now + config.faultOptions.lateMillis : undefined;
}
