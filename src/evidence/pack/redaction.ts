// Redaction of personal and site data in an evidence pack: MPAN cores are masked to their
// first and last two digits, and address lines and postcodes are replaced, wherever they occur
// as text (raw bodies in the journal, pretty attachments, summaries, the report). A code body
// sees what was exchanged and judged, not whose premises. `--no-redact` keeps them.

/**
 * A 13-digit MPAN core standing alone at the start of the text (a JSON string value) or after a
 * quote, space, bracket, slash or equals sign.
 * Unquoted numbers right after a colon (timestamps in compact JSON) are left alone; in a JSON
 * file every number is (redactFile).
 */
const MPAN = /(?<=^|["'\s(=/])(\d{2})\d{9}(\d{2})(?!\d)/g;

const ADDRESS_KEYS = '(?:addressLine\\d|meteringPointPostcode)';
/** An address value in JSON: `"addressLine1": "…"`, escapes inside the value included. */
const ADDRESS = new RegExp(`("${ADDRESS_KEYS}"\\s*:\\s*")((?:[^"\\\\]|\\\\.)*)(")`, 'g');
/**
 * The same inside a JSON string (the journal keeps raw bodies as strings): quotes are `\"`,
 * and an escape of the inner JSON (`\"`, `\\`, `\n`) arrives as a backslash pair and more.
 */
const ESCAPED_ADDRESS = new RegExp(`(\\\\"${ADDRESS_KEYS}\\\\"\\s*:\\s*\\\\")((?:[^"\\\\]|\\\\\\\\(?:\\\\\\\\|\\\\"|[^"\\\\]))*)(\\\\")`, 'g');

export const MASKED_ADDRESS = '(redacted)';

/** One MPAN core, masked the same way as in text. */
export const maskMpan = (mpan: string): string => (/^\d{13}$/.test(mpan) ? `${mpan.slice(0, 2)}*********${mpan.slice(11)}` : mpan);

export function redactText(text: string): string {
  const mask = (_match: string, before: string, _value: string, after: string) => `${before}${MASKED_ADDRESS}${after}`;
  return text.replace(ESCAPED_ADDRESS, mask).replace(ADDRESS, mask).replace(MPAN, '$1*********$2');
}

const ADDRESS_KEY = new RegExp(`^${ADDRESS_KEYS}$`);

/** A value of a parsed JSON document, redacted: address values replaced, and every string and key as text. */
function redactValue(value: unknown, key?: string): unknown {
  if (typeof value === 'string') return key !== undefined && ADDRESS_KEY.test(key) ? MASKED_ADDRESS : redactText(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, item]) => [redactText(name), redactValue(item, name)]));
  return value;
}

/**
 * One JSON document, redacted value by value: its numbers stay numbers (a time in milliseconds
 * has 13 digits, like an MPAN, and masked as text it would leave the file no longer JSON), and
 * it keeps its indentation. Text that does not parse is redacted as text.
 */
function redactJson(text: string): string {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return redactText(text);
  }
  const indent = /^[[{]\r?\n([ \t]+)/.exec(text)?.[1];
  const trailing = /\s*$/.exec(text)?.[0] ?? '';
  return JSON.stringify(redactValue(document), null, indent) + trailing;
}

/** One file of the pack, redacted: JSON and JSON lines document by document, the rest as text. */
export function redactFile(file: string, text: string): string {
  if (file.endsWith('.jsonl')) return text.split('\n').map((line) => (line.trim() === '' ? line : redactJson(line))).join('\n');
  if (file.endsWith('.json')) return redactJson(text);
  return redactText(text);
}

const TEXT_FILE = /\.(json|jsonl|txt|csv|svg|html|yaml|xml)$/;

export const isRedactable = (file: string): boolean => TEXT_FILE.test(file);
