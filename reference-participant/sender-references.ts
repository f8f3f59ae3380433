// Sender unique references `S-IF-031-<DIP ID>-<ROLE>-<YYYYMMDD>-<sequence>` (DT-995). The
// sequence is one counter for the whole participant, recovered from the journal at start, so
// a reference is never issued twice, not even across restarts or days.
import { senderUniqueReference, surDate } from '../src/builders/identifiers.ts';
import type { Identity } from './config.ts';
import type { FaultSwitches } from './faults.ts';
import type { ParticipantState } from './state.ts';

export interface AllocatedReference {
  readonly reference: string;
  /** The sequence consumed; undefined when the reused-sur fault handed out an old reference. */
  readonly sequence: number | undefined;
  readonly senderKey: string;
}

export function allocateReference(
  state: ParticipantState,
  faults: FaultSwitches,
  sender: Identity,
  interfaceID: string,
  now: number,
): AllocatedReference {
  const senderKey = `${sender.dipId} ${sender.role} ${interfaceID}`;
  const previous = state.lastReferenceBySender.get(senderKey);
  if (faults.has('reused-sur') && previous !== undefined) return { reference: previous, sequence: undefined, senderKey };
  state.lastSequence += 1;
  const reference = senderUniqueReference({
    interfaceID,
    dipId: sender.dipId,
    role: sender.role,
    date: surDate(now),
    sequence: String(state.lastSequence).padStart(6, '0'),
  });
  state.lastReferenceBySender.set(senderKey, reference);
  return { reference, sequence: state.lastSequence, senderKey };
}
