// Why a request's X-DIP-Content-Hash is not the SHA-256 of its body, when it matches a known
// faulty way of hashing (DIP-REFERENCE §2.2, seen running the public Postman signing script):
// the hash of "{}" sent for an empty body, or the body hashed as a string of characters instead
// of its UTF-8 bytes. Characters are hashed wrongly in two ways, which agree while every
// character is at most U+00FF (é is one byte, E9) and part above it (a Welsh ŵ is U+0175):
// - node-forge's md.update(text) with no encoding, as that Postman script calls it, reads each
//   UTF-16 code unit whole into its 32-bit words: the bits above the eighth spill into the
//   neighbouring byte, so the hash is of no byte string at all;
// - CryptoJS's Latin1.parse, or a Node Buffer made with 'latin1' or 'binary', keeps each code
//   unit's low byte (ŵ becomes 75, a 'u').
// A hint is given only when the claimed hash is exactly one of these.
import forge from 'node-forge';
import { contentHash } from './signature-work.mjs';

/**
 * node-forge hashes about 20 MB/s on this thread; a participant may send wrong hashes all day,
 * so only bodies up to a DIP batch's usual size are tried its way.
 */
const FORGE_TRIED_UP_TO_BYTES = 1024 * 1024;

const hex = (bytes: Uint8Array) => [...bytes].map((byte) => byte.toString(16).toUpperCase().padStart(2, '0')).join(' ');
const named = (character: string) => `'${character}' (U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;

/** Each UTF-16 code unit's low byte, as CryptoJS's Latin1.parse and Node's 'latin1' encoding take it. */
const lowBytesHash = (text: string) => contentHash(Buffer.from(text, 'latin1'));

/** What the public Postman script computes: node-forge's SHA-256 over the string itself. */
const forgeStringHash = (text: string) => forge.util.encode64(forge.md.sha256.create().update(text).digest().getBytes());

/** A hint for a finding's message (with its leading space), or '' when the hash matches no known mistake. */
export function hashMistake(claimed: string, body: Uint8Array): string {
  if (body.length === 0) return claimed === contentHash(Buffer.from('{}')) ? ' (the hash of "{}" was sent for an empty body)' : '';
  const text = Buffer.from(body).toString('utf8');
  const characters = [...text];
  const nonAscii = characters.find((character) => character.codePointAt(0)! > 0x7f);
  // Pure ASCII: hashed per character or as UTF-8, the bytes are the same.
  if (!nonAscii) return '';
  const fix = "hash the body's bytes exactly as sent";
  const aboveLatin1 = characters.find((character) => character.codePointAt(0)! > 0xff);
  if (!aboveLatin1) {
    return claimed === lowBytesHash(text)
      ? ` (the body was hashed one byte per character, not as UTF-8: ${named(nonAscii)} went in as ${hex(Buffer.from(nonAscii, 'latin1'))} instead of its UTF-8 bytes ${hex(Buffer.from(nonAscii, 'utf8'))}, as node-forge's md.update(text) without 'utf8' does; ${fix})`
      : '';
  }
  if (body.length <= FORGE_TRIED_UP_TO_BYTES && claimed === forgeStringHash(text)) {
    return ` (the body was hashed as a JavaScript string, not as UTF-8: node-forge's md.update(text) without 'utf8', as the public Postman signing script calls it, garbles characters above U+00FF such as ${named(aboveLatin1)}; ${fix})`;
  }
  if (claimed === lowBytesHash(text)) {
    return ` (the body was hashed one byte per UTF-16 code unit, its low byte only, as CryptoJS's Latin1.parse does: ${named(aboveLatin1)} went in as ${hex(Buffer.from(aboveLatin1, 'latin1'))} instead of its UTF-8 bytes ${hex(Buffer.from(aboveLatin1, 'utf8'))}; ${fix})`;
  }
  return '';
}
