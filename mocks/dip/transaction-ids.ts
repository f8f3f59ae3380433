// DIP transaction IDs in the form the spec's example shows:
// T-IF-006-0123456789-SUP-20220401-1234CC0123456789 (DT-014, at most 65 characters).
import { gbDate } from '../../src/time/gb-time.ts';

export function transactionIdFactory(now: () => number, runTag: string): (interfaceID: string, senderDipId: string, role: string) => string {
  let counter = 0;
  return (interfaceID, senderDipId, role) => {
    counter += 1;
    const date = gbDate(now()).replace(/-/g, '');
    return `T-${interfaceID}-${senderDipId}-${role}-${date}-${runTag}${counter.toString(16).toUpperCase().padStart(8, '0')}`;
  };
}
