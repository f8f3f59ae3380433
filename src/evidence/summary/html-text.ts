// How text enters the summary. Nearly everything shown comes from the participant or its
// systems (its name, its messages quoted in findings, causes, scenario names), so every value is
// escaped on the way in; markup is only ever the summary's own.
import { escapeXml } from '../sequence-diagram.ts';

/** Text for an element's content or a double-quoted attribute (the summary quotes every attribute with "). */
export const esc = (value: string | number | boolean | null | undefined): string => escapeXml(String(value ?? ''));

/** `1 scenario`, `2 scenarios`. */
export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

/**
 * A long list of names cut to a few, saying how many were left out: a rule-verified requirement
 * is checked by hundreds of scenarios, and the page is for reading, not for the full list (the
 * pack's RTTM has every row).
 */
export function namesInShort(names: readonly string[], shown: number): string {
  const listed = names.slice(0, shown).map((name) => `<span class="name">${esc(name)}</span>`);
  const more = names.length - shown;
  return more > 0 ? `${listed.join('; ')}; <span class="more">and ${more} more</span>` : listed.join('; ');
}

/**
 * A CSS string literal: the footer of every printed page names the participant through @page
 * `content`, and a name holding a quote or `</style>` must stay text there too.
 */
export const cssString = (text: string): string => `"${text.replace(/[\\"<>&\n\r\f]/g, (character) => `\\${character.charCodeAt(0).toString(16)} `)}"`;

/** An ISO instant as people read it in a document: `2026-12-07 12:22:40 UTC`. */
export function readableInstant(iso: string | null | undefined): string {
  if (!iso) return '?';
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?Z$/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}
