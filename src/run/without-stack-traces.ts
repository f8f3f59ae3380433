// What a failure says, without where in the suite's code it was thrown. Cucumber's JUnit
// formatter writes an error's whole stack into <failure>, and allure-cucumberjs its stack into a
// result's statusDetails (message and trace). Those frames name files on the machine that ran
// the suite (`at … (/home/ci/mhhs-qualify/src/…:154:30)`), which the evidence pack then carries to
// a code body: they say nothing about the participant, and they leak the machine's layout. The
// finding (the error's name, message and the findings listed under it) is kept whole.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

const PROJECT = path.resolve(import.meta.dirname, '../..');

/** A V8 stack frame line: `    at fn (/path/file.ts:1:2)`, `    at /path/file.ts:1:2`, `    at async …`, `    at <anonymous>`. */
const STACK_FRAME = /^[ \t]*at [^\n]*(?::\d+:\d+\)?|<anonymous>\)?|\(native\))[ \t]*$/;

/**
 * This machine's folders that may appear in a message (the checkout, the working folder, the
 * home folder), each with what replaces it: a path inside the checkout reads as relative to it.
 */
export function localRoots(): ReadonlyArray<readonly [root: string, replacement: string]> {
  const roots: Array<[string, string]> = [
    [PROJECT, '.'],
    [process.cwd(), '.'],
    [homedir(), '~'],
  ];
  // Longest first, so the checkout inside the home folder reads `./src/…`, not `~/mhhs-qualify/src/…`.
  return roots.filter(([root]) => root.length > 1).sort((a, b) => b[0].length - a[0].length);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The message without stack frame lines, and with this machine's folders replaced. */
export function findingOf(text: string, roots = localRoots()): string {
  const lines = text.split('\n').filter((line) => !STACK_FRAME.test(line.replace(/\r$/, '')));
  let finding = lines.join('\n').replace(/\s+$/, '');
  // A whole folder only: `/root` of `/root/x`, never of `/rooted` or `/x/root`.
  for (const [root, replacement] of roots) finding = finding.replace(new RegExp(`(?<![\\w.-])(?:file://)?${escapeRegExp(root)}(?=[/\\\\\\s'"):,;]|$)`, 'gm'), replacement);
  return finding;
}

const decodeNewlines = (value: string) => value.replace(/&#xA;/gi, '\n').replace(/&#10;/g, '\n');
const encodeNewlines = (value: string) => value.replace(/\n/g, '&#xA;');

/**
 * JUnit XML with every CDATA section (a <failure>'s body, a test case's output) and every
 * `message` attribute reduced to the finding. Nothing else changes, so counts and order stay.
 */
export function withoutStackTraces(xml: string, roots = localRoots()): string {
  return xml
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, text: string) => `<![CDATA[${findingOf(text, roots)}]]>`)
    .replace(/(\smessage=")([^"]*)(")/g, (_, head: string, value: string, tail: string) => `${head}${encodeNewlines(findingOf(decodeNewlines(value), roots))}${tail}`);
}

interface StatusDetails {
  message?: unknown;
  trace?: unknown;
}

/** Message reduced to the finding; the trace dropped, unless it says more than the message (the run-level findings' list). */
function cleanDetails(details: StatusDetails, roots: ReturnType<typeof localRoots>): void {
  if (typeof details.message === 'string') details.message = findingOf(details.message, roots);
  if (typeof details.trace !== 'string') return;
  const trace = findingOf(details.trace, roots);
  if (trace === '' || trace === details.message) delete details.trace;
  else details.trace = trace;
}

/** Every statusDetails of a result or container (steps, fixtures at any depth) and every global error. */
function cleanAllureObject(value: unknown, roots: ReturnType<typeof localRoots>): void {
  if (Array.isArray(value)) {
    for (const item of value) cleanAllureObject(item, roots);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'statusDetails' && typeof child === 'object' && child !== null) {
      cleanDetails(child as StatusDetails, roots);
    } else if (key === 'errors' && Array.isArray(child)) {
      for (const error of child) if (typeof error === 'object' && error !== null) cleanDetails(error as StatusDetails, roots);
    } else {
      cleanAllureObject(child, roots);
    }
  }
}

/** An Allure result, container or globals file with its messages reduced to their findings. */
export function allureJsonWithoutStackTraces(json: string, roots = localRoots()): string {
  const value = JSON.parse(json) as unknown;
  cleanAllureObject(value, roots);
  return JSON.stringify(value);
}

const ALLURE_JSON = /-(result|container|globals)\.json$/;

/**
 * Run's reports folder: junit.xml and the Allure results rewritten without stack traces, before
 * any report, summary or pack is made from them. A file already clean is left untouched.
 */
export function stripStackTraces(reportsDir: string, roots = localRoots()): void {
  const junit = path.join(reportsDir, 'junit.xml');
  rewrite(junit, (text) => withoutStackTraces(text, roots));
  const resultsDir = path.join(reportsDir, 'allure-results');
  let names: string[];
  try {
    names = readdirSync(resultsDir);
  } catch {
    return;
  }
  for (const name of names) if (ALLURE_JSON.test(name)) rewrite(path.join(resultsDir, name), (text) => allureJsonWithoutStackTraces(text, roots));
}

function rewrite(file: string, clean: (text: string) => string): void {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return;
  }
  const cleaned = clean(text);
  if (cleaned !== text) writeFileSync(file, cleaned);
}
