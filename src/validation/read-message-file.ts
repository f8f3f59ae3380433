// Reads a DIP request body from a file. Anything that stops us from judging the file
// (unreadable, too big, not JSON) is an input error that names the file and the place.
import { readFile, stat } from 'node:fs/promises';
import { jsonErrorOffset } from './json-error-position.ts';

/** Far above any DIP batch; guards the process against reading a disk image by mistake. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export class InputError extends Error {
  override readonly name = 'InputError';
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

function whereJsonBroke(text: string): string {
  const offset = jsonErrorOffset(text) ?? text.length;
  return offset >= text.length ? `end of file (${lineAndColumn(text, text.length)})` : lineAndColumn(text, offset);
}

export function parseJsonText(text: string, file: string): unknown {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (withoutBom.trim() === '') throw new InputError(`${file}: file is empty; expected a JSON array of DIP messages`);
  try {
    return JSON.parse(withoutBom);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new InputError(`${file}: invalid JSON at ${whereJsonBroke(withoutBom)}: ${reason}`);
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Byte offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length; ) {
    const lead = bytes[index]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next += 1) {
      if (index + next >= bytes.length || (bytes[index + next]! & 0xc0) !== 0x80) return index;
    }
    // Overlong three-byte forms, UTF-16 surrogates and code points above U+10FFFF are not UTF-8 either.
    const second = bytes[index + 1] ?? 0;
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f) || (lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return index;
    index += length;
  }
  return bytes.length;
}

/** The text of a DIP body, which must be UTF-8 (RFC 8259 §8.1); a clear error names the first bad byte. */
export function decodeUtf8(bytes: Uint8Array, where: string): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const shown = Array.from(bytes.subarray(offset, offset + 4), (byte) => byte.toString(16).padStart(2, '0')).join(' ');
    throw new InputError(`${where}: not valid UTF-8: byte offset ${offset} (${shown}) does not start a well-formed UTF-8 sequence`);
  }
}

export async function readMessageFile(file: string): Promise<unknown> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new InputError(`${file}: is a directory; give the JSON files inside it`);
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (size > MAX_FILE_BYTES) {
    throw new InputError(`${file}: ${size} bytes is over the ${MAX_FILE_BYTES}-byte limit for one DIP request body`);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new InputError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return parseJsonText(decodeUtf8(bytes, file), file);
}
