// The faults of the Data Service's answer to an appointment offer: its IF-034 [DSAppSPResponse]
// as built, withheld or spoilt in one way each. They work on the entry's own copy on its way
// into the outbox, so the decision the Data Service journals (data-service.ts) is the conformant
// one: only what reaches the DIP is wrong. The late answer is a clock, in timing.ts.
import type { FaultName, FaultSwitches } from '../faults.ts';
import type { DipDefinitions } from '../own/dip-definitions.ts';
import { responseTexts } from '../response-codes.ts';

/** The switches of this module: with none on, the answer passes untouched. */
export const DATA_SERVICE_ANSWER_FAULTS: readonly FaultName[] = ['no-ds-appointment-answer', 'sds-accepts-without-mdr', 'wrong-ds-reject-code'];

/** no-ds-appointment-answer: the answer is never queued, so never sent. */
export function withholdsDataServiceAnswer(faults: FaultSwitches): boolean {
  return faults.has('no-ds-appointment-answer');
}

/**
 * The answer's custom block as sent, spoilt in place. sds-accepts-without-mdr: an acceptance
 * names no MDR (B018 left out, which the schema allows). wrong-ds-reject-code: a rejection for an
 * unsupported nominated MDR (DS001) goes with the read-frequency text (DS003).
 */
export function spoilDataServiceAnswer(faults: FaultSwitches, definitions: DipDefinitions, custom: Record<string, unknown>): void {
  const b007 = custom.B007 as { responseCode?: unknown; proposedAppointmentResponseCode?: unknown } | undefined;
  if (faults.has('sds-accepts-without-mdr') && b007?.responseCode === 'A') delete custom.B018;
  if (faults.has('wrong-ds-reject-code') && b007?.responseCode === 'R' && String(b007.proposedAppointmentResponseCode).startsWith('DS001')) {
    b007.proposedAppointmentResponseCode = responseTexts(definitions).DS003;
  }
}
