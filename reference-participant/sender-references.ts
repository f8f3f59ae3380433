// Sender unique references `S-IF-031-<DIP ID>-<ROLE>-<YYYYMMDD>-<sequence>` (DT-995). The
// sequence is one counter for the whole participant, recovered from the journal at start, so
// a reference is never issued twice, not even across restarts or days.
import { senderUniqueReference, surDate } from '../src/builders/identifiers.ts';
import type { Identity } from './config.ts';
import type { ParticipantState } from './state.ts';

export interface AllocatedReference {
  readonly reference: string;
  /** The sequence consumed; undefined when a reference was handed out again (the reused-sur fault). */
  readonly sequence: number | undefined;
  readonly senderKey: string;
}

/** Hands out the next reference of a sender for an interface. */
export type AllocateReference = (state: ParticipantState, sender: Identity, interfaceID: string, now: number) => AllocatedReference;

/** References are counted per sender DIP ID, role and interface. */
export function senderKeyOf(sender: Identity, interfaceID: string): string {
  return `${sender.dipId} ${sender.role} ${interfaceID}`;
}

export const allocateReference: AllocateReference = (state, sender, interfaceID, now) => {
  const senderKey = senderKeyOf(sender, interfaceID);
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
};
