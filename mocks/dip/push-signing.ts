// The DIP signs every push (DIP-REFERENCE §2.2). Scenarios about a participant's signature
// checks push deliberately spoilt ones: a wrong signature value, a body changed after
// signing, a signature date an hour old, or a certificate from an authority nobody trusts.
import { SIGNATURE_HEADERS, signRequest } from '../../src/transport/dip-signature.ts';
import type { DipTransportSecurity } from '../../src/transport/transport-security.ts';

export const SIGNATURE_TAMPERS = ['bad-signature', 'changed-body', 'stale-date', 'untrusted-certificate'] as const;
export type SignatureTamper = (typeof SIGNATURE_TAMPERS)[number];

/** How old a stale signature is: far beyond any verifier's allowed clock skew. */
const STALE_BY_MS = 60 * 60_000;

export interface SignedPush {
  readonly headers: Record<string, string>;
  /** The bytes to send: the signed body, or with `changed-body` one byte more. */
  readonly body: Buffer;
}

export function signPush(security: DipTransportSecurity, url: string, body: Buffer, tamper?: SignatureTamper): SignedPush {
  const signer = tamper === 'untrusted-certificate' ? security.stranger : security.signing;
  const date = new Date(tamper === 'stale-date' ? Date.now() - STALE_BY_MS : Date.now());
  const headers = signRequest({ method: 'POST', url, body, privateKeyPem: signer.privateKeyPem, certificatePem: signer.certificatePem, date, profile: security.signingProfile });
  if (tamper === 'bad-signature') {
    const signature = Buffer.from(headers[SIGNATURE_HEADERS.signature]!, 'base64');
    signature[0] = signature[0]! ^ 0x01;
    headers[SIGNATURE_HEADERS.signature] = signature.toString('base64');
  }
  // A space after the opening bracket: the JSON still parses the same, so only the content hash can tell.
  const sent = tamper === 'changed-body' ? Buffer.concat([body.subarray(0, 1), Buffer.from(' '), body.subarray(1)]) : body;
  return { headers, body: sent };
}
