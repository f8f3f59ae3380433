// The participant profile's JSON Schema, profiles/profile.schema.json: editors check a profile
// against it as it is typed, and the suite applies it whenever it reads one. What it refuses is
// said as a person can act on it: the key's path, the key probably meant (a misspelt key is
// otherwise silently ignored, and its scenarios quietly become not applicable), what a value
// should be, and every problem at once. What depends on other keys (an external participant's
// webhook, API keys and certificates) is checked by participant-profile.ts after this.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

/** Absolute path of the schema, for `# yaml-language-server: $schema=…` in a written profile. */
export const PROFILE_SCHEMA_FILE = fileURLToPath(new URL('../../profiles/profile.schema.json', import.meta.url));

interface SchemaNode {
  readonly description?: string;
  /** The editors' keyword (VS Code, yaml-language-server) for what to say when a value is wrong. */
  readonly errorMessage?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
}

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    // Draft-07, as the DIP's own schemas are read (src/spec/schema-validators.ts); every error, with the schema node it broke.
    const ajv = new Ajv({ allErrors: true, verbose: true, allowUnionTypes: true });
    ajv.addVocabulary(['errorMessage']);
    compiled = ajv.compile(JSON.parse(readFileSync(PROFILE_SCHEMA_FILE, 'utf8')) as object);
  }
  return compiled;
}

/** Every way a profile document departs from the schema, one line each naming its path; empty when it keeps to it. */
export function profileSchemaProblems(document: unknown): string[] {
  const validate = validator();
  if (validate(document)) return [];
  const lines = new Map<string, Problem>();
  for (const error of validate.errors ?? []) {
    const problem = problemOf(error, document);
    // One line per path: a value may break several keywords of one node (type and pattern).
    if (!lines.has(problem.subject)) lines.set(problem.subject, problem);
  }
  // A key missing because it was misspelt is said once, by the misspelling's line.
  const meant = new Set([...lines.values()].flatMap((problem) => problem.meant ?? []));
  const order = documentOrder(document);
  // In the order a person reads the file; a missing key where its section is.
  const place = (subject: string): number => {
    const parent = subject.replace(/(^|\.)[^.[]*$|\[\d+\]$/, '');
    return order.get(subject) ?? (parent === subject ? 0 : place(parent)) + 0.5;
  };
  return [...lines.values()]
    .filter((problem) => !(problem.missing && meant.has(problem.subject)))
    .sort((a, b) => place(a.subject) - place(b.subject))
    .map((problem) => problem.line);
}

/** Each path of the document, in the readable form, numbered in the order the file has them. */
function documentOrder(document: unknown): Map<string, number> {
  const order = new Map<string, number>([['', 0]]);
  const walk = (value: unknown, at: string): void => {
    if (!value || typeof value !== 'object') return;
    for (const [key, entry] of Object.entries(value)) {
      const path = Array.isArray(value) ? `${at}[${key}]` : child(at, key);
      order.set(path, order.size);
      walk(entry, path);
    }
  };
  walk(document, '');
  return order;
}

interface Problem {
  /** The path the line is about. */
  readonly subject: string;
  readonly line: string;
  /** The path of the key a misspelt key probably meant. */
  readonly meant?: string;
  readonly missing?: true;
}

function problemOf(error: ErrorObject, document: unknown): Problem {
  const at = readablePath(error.instancePath, document);
  const node = (error.parentSchema ?? {}) as SchemaNode;
  if (error.keyword === 'additionalProperties') {
    const key = String((error.params as { additionalProperty: string }).additionalProperty);
    const allowed = Object.keys(node.properties ?? {});
    const meant = closest(key, allowed);
    const hint = meant
      ? `did you mean ${child(at, meant)}?`
      : allowed.length > 0
        ? `the keys ${at ? `of ${at}` : 'at the top'} are ${allowed.join(', ')}`
        : `${at} ${node.errorMessage ?? 'takes no other key'}`;
    return { subject: child(at, key), line: `${child(at, key)} is not a profile key; ${hint}`, ...(meant ? { meant: child(at, meant) } : {}) };
  }
  if (error.keyword === 'required') {
    const key = String((error.params as { missingProperty: string }).missingProperty);
    const what = firstSentence(node.properties?.[key]?.description);
    return { subject: child(at, key), line: `${child(at, key)} is missing${what ? `: ${what}` : ''}`, missing: true };
  }
  const where = at || 'the profile';
  const found = /(^|\.)apiKey\b/.test(at) ? '' : `, found ${shown(error.data)}`;
  const allowed = error.keyword === 'enum' ? ((error.params as { allowedValues: unknown[] }).allowedValues.filter((value) => typeof value === 'string') as string[]) : [];
  const meant = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
  return { subject: at, line: `${where} ${node.errorMessage ?? expectation(error, allowed)}${found}${meant ? `; did you mean ${meant}?` : ''}` };
}

const TYPE_WORDS: Readonly<Record<string, string>> = { string: 'text', number: 'a number', integer: 'a whole number', array: 'a list', object: 'a mapping', boolean: 'true or false' };

/** What the schema asks, in words, for a node without an errorMessage of its own. */
function expectation(error: ErrorObject, allowed: readonly string[]): string {
  const params = error.params as { type?: string | string[]; limit?: number; pattern?: string };
  switch (error.keyword) {
    case 'type':
      return `must be ${[params.type ?? []].flat().flatMap((type) => String(type).split(',')).filter((type) => type !== 'null').map((type) => TYPE_WORDS[type] ?? type).join(' or ')}`;
    case 'enum':
      return `must be one of ${allowed.join(', ')}`;
    case 'minLength':
      return 'must not be empty';
    case 'minimum':
      return `must be ≥ ${params.limit}`;
    case 'maximum':
      return `must be ≤ ${params.limit}`;
    case 'pattern':
      return `must match ${params.pattern}`;
    default:
      return error.message ?? `breaks the schema's ${error.keyword}`;
  }
}

/** A JSON pointer as the profile's reader writes paths: participant.roles[0].apiKey. */
function readablePath(pointer: string, document: unknown): string {
  let path = '';
  let value = document;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    path = Array.isArray(value) ? `${path}[${key}]` : child(path, key);
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }
  return path;
}

const child = (path: string, key: string): string => (path ? `${path}.${key}` : key);

function shown(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function firstSentence(text: string | undefined): string | undefined {
  const sentence = text?.split(/(?<=\.)\s/)[0]?.replace(/\.$/, '');
  return sentence && sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

/**
 * The candidate a misspelt name most probably meant, or undefined when none is close: equal
 * but for case (webhookURL), one the start of the other (hostname for host), or a few slips of
 * the keyboard apart (capabilites, htpp, BP06), counting a swap of neighbours as one slip.
 */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  const typed = name.toLowerCase();
  let best: { readonly candidate: string; readonly distance: number } | undefined;
  for (const candidate of candidates) {
    const meant = candidate.toLowerCase();
    const shorter = Math.min(typed.length, meant.length);
    const distance = shorter >= 3 && (typed.startsWith(meant) || meant.startsWith(typed)) ? Math.min(1, editDistance(typed, meant)) : editDistance(typed, meant);
    const tolerated = Math.max(2, Math.floor(Math.max(typed.length, meant.length) / 3));
    if (distance <= tolerated && distance < shorter && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = distance;
    }
  }
  return rows[a.length]![b.length]!;
}
