// The manifest of an evidence pack: the SHA-256 and size of every file, signed as a whole so
// that a reviewer can tell who produced the pack and that not one byte changed since.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, sign, verify } from 'node:crypto';
import type { PackFile } from './pack-files.ts';

export const MANIFEST = 'manifest.json';
export const SIGNATURE = 'manifest.sig';
export const PUBLIC_KEY = 'signing-public-key.pem';
/** Files that describe the pack rather than belong to it. */
export const PACK_CONTROL_FILES = new Set([MANIFEST, SIGNATURE, PUBLIC_KEY]);

export interface ManifestEntry {
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
}

export interface Manifest {
  readonly format: 'mhhs-qualify-evidence-pack/1';
  readonly createdAt: string;
  readonly files: readonly ManifestEntry[];
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export function manifestOf(files: readonly PackFile[], createdAt: string): Manifest {
  return { format: 'mhhs-qualify-evidence-pack/1', createdAt, files: files.map((file) => ({ path: file.path, sha256: sha256(file.bytes), bytes: file.bytes.length })) };
}

export interface SigningKey {
  readonly privateKey: KeyObject;
  readonly publicKeyPem: string;
  /** A key made for this pack only: it proves integrity, not who signed. */
  readonly ephemeral: boolean;
}

/** The signatory's key (PEM, Ed25519 or RSA) or, when none is given, a throw-away Ed25519 key. */
export function signingKey(pem: string | undefined): SigningKey {
  if (!pem) {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    return { privateKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), ephemeral: true };
  }
  const privateKey = createPrivateKey(pem);
  return { privateKey, publicKeyPem: createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString(), ephemeral: false };
}

/** Ed25519 signs the bytes as they are; RSA signs their SHA-256. */
const digestFor = (key: KeyObject) => (key.asymmetricKeyType === 'ed25519' ? null : 'sha256');

export function signManifest(manifestBytes: Uint8Array, key: SigningKey): Uint8Array {
  return sign(digestFor(key.privateKey), manifestBytes, key.privateKey);
}

export function verifyManifest(manifestBytes: Uint8Array, signature: Uint8Array, publicKeyPem: string): boolean {
  const publicKey = createPublicKey(publicKeyPem);
  try {
    return verify(digestFor(publicKey), manifestBytes, publicKey, signature);
  } catch {
    return false;
  }
}
