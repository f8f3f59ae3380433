// Redaction of personal and site data in an evidence pack: MPAN cores are masked to their
// first and last two digits, and address lines and postcodes are replaced, wherever they occur
// as text (raw bodies in the journal, pretty attachments, summaries, the report). A code body
// sees what was exchanged and judged, not whose premises. `--no-redact` keeps them.

/** A 13-digit MPAN core standing alone after a quote, space, bracket, slash or equals sign. Unquoted numbers after a colon (timestamps in JSON) are left alone. */
const MPAN = /(?<=["'\s(=/])(\d{2})\d{9}(\d{2})(?!\d)/g;

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

const TEXT_FILE = /\.(json|jsonl|txt|csv|svg|html|yaml|xml)$/;

export const isRedactable = (file: string): boolean => TEXT_FILE.test(file);
