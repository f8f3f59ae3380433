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
  return parseJsonText(bytes.toString('utf8'), file);
}
