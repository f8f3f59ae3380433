// The CPU work of checking one DIP message signature: the SHA-256 of the body and the RSA
// verification over the canonical string. Everything else about a signature (headers, date,
// certificate trust, the findings' words) is decided in dip-signature.ts.
//
// Plain JavaScript, not TypeScript, because it also runs on the signature thread
// (signature-thread.mjs), a bare worker thread that has no TypeScript loader; the emulator's
// own thread runs the very same function when that thread is not there.
import { Buffer } from 'node:buffer';
import { createHash, verify, X509Certificate } from 'node:crypto';

/** Public keys by the certificate header that carries them; a participant repeats it on every request. Bounded. */
const KEYS_KEPT = 64;
const keysByCertificateHeader = new Map();

function publicKeyOfHeader(certificateHeader) {
  let key = keysByCertificateHeader.get(certificateHeader);
  if (!key) {
    key = new X509Certificate(Buffer.from(certificateHeader, 'base64').toString('utf8')).publicKey;
    if (keysByCertificateHeader.size >= KEYS_KEPT) keysByCertificateHeader.clear();
    keysByCertificateHeader.set(certificateHeader, key);
  }
  return key;
}

/** X-DIP-Content-Hash: the base64 SHA-256 of the body's bytes. */
export function contentHash(body) {
  return createHash('sha256').update(body).digest('base64');
}

/** @param {import('./signature-work.d.mts').SignatureWork} work */
export function doSignatureWork(work) {
  const hash = contentHash(work.body);
  if (!work.rsa) return { contentHash: hash, valid: undefined };
  let valid = false;
  try {
    valid = verify('sha256', Buffer.from(work.rsa.toSign, 'utf8'), publicKeyOfHeader(work.rsa.certificateHeader), Buffer.from(work.rsa.signature, 'base64'));
  } catch {
    // A signature or key that cannot even be used is a signature that does not verify.
    valid = false;
  }
  return { contentHash: hash, valid };
}
