// The faults of the transport around the messages: the signature on what the participant
// sends, the check of the signature on what it receives, and the API key it sends with. Each
// decorates the piece participant.ts assembles, never the code that uses it.
import type { FaultSwitches } from '../faults.ts';
import type { Signer } from '../message-signature.ts';

/** unsigned-submissions: messages to the DIP go without the X-DIP-Signature headers. */
export function outgoingSigner(faults: FaultSwitches, signer: Signer | undefined): Signer | undefined {
  return faults.has('unsigned-submissions') ? undefined : signer;
}

/** What is wrong with a push's signature, or undefined when it verifies. */
export type SignatureCheck<Request> = (request: Request) => string | undefined;

/** skips-signature-check: every push is taken, whatever its signature. */
export function incomingSignatureCheck<Request>(faults: FaultSwitches, check: SignatureCheck<Request>): SignatureCheck<Request> {
  return faults.has('skips-signature-check') ? () => undefined : check;
}

/** The X-API-Key an outbox entry goes with, by its sender's DIP ID and its interface. */
export type ApiKeyFor = (dipId: string | undefined, interfaceID: string | undefined) => string | undefined;

/** unknown-api-key: IF-031 goes with a key the DIP never issued (a test environment's). */
export function spoiltApiKeys(faults: FaultSwitches, keyFor: ApiKeyFor): ApiKeyFor {
  if (!faults.has('unknown-api-key')) return keyFor;
  return (dipId, interfaceID) => (interfaceID === 'IF-031' ? 'test-environment-key-not-issued-by-this-dip' : keyFor(dipId, interfaceID));
}
