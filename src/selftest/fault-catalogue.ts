// The fault catalogue (scenarios/fault-catalogue.yaml): each defect class the suite claims to
// detect, the reference participant's fault switch that plants it, the scenarios meant to catch
// it and the finding they must make. Read and checked here so that a typo in a tag expression or
// a regular expression is an error naming the entry, not a fault that silently "survives".
import { readFileSync } from 'node:fs';
import { parse as parseTagExpression } from '@cucumber/tag-expressions';
import yaml from 'js-yaml';
import { FAULTS, isFaultName } from '../../reference-participant/faults.ts';
import { isRegisteredCheck } from '../findings/check-registry.ts';

export const FAULT_CATALOGUE_FILE = new URL('../../scenarios/fault-catalogue.yaml', import.meta.url);

export const FAULT_CLASSES = ['rule', 'sla', 'process-step', 'rainy-day', 'transport'] as const;
export type FaultClass = (typeof FAULT_CLASSES)[number];

/** A tag expression, kept as written (for the report) and compiled (to select scenarios). */
export interface TagSelection {
  readonly expression: string;
  matches(tags: readonly string[]): boolean;
}

export interface CatalogueEntry {
  readonly switch: string;
  /** What the switch does to the participant, from reference-participant/faults.ts. */
  readonly defect: string;
  readonly class: FaultClass;
  readonly catches: TagSelection;
  /**
   * fail (the default): a catching scenario fails with the finding as its cause. warn: the check
   * is a warning, which fails no scenario; a catching scenario records the finding among its warnings.
   */
  readonly verdict: 'fail' | 'warn';
  readonly finding: RegExp;
  /** The registered checks `finding` names (src/findings/check-registry.ts), e.g. ['SLA']: at least one in each of its top-level alternatives. */
  readonly checks: readonly string[];
  readonly collateral?: { readonly tags: TagSelection; readonly why: string };
  /** `run --market-start` for this fault's run: the GB date its market clock starts on, for a defect only a past market date shows. */
  readonly marketStart?: string;
}

export class FaultCatalogueError extends Error {
  override name = 'FaultCatalogueError';
}

export function tagSelection(expression: string, where: string): TagSelection {
  try {
    const node = parseTagExpression(expression);
    return { expression, matches: (tags) => node.evaluate([...tags]) };
  } catch (error) {
    throw new FaultCatalogueError(`${where}: '${expression}' is not a tag expression (${(error as Error).message})`);
  }
}

/** Words of a regular expression written as a check ID is: upper case, e.g. SLA, MPAN-CHECK-DIGIT, IF045-GAP-CLOSED. */
const UPPER_WORD = /(?<![A-Za-z0-9-])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?![A-Za-z0-9-])/g;
/** A word that can only be a check ID: a hyphen then two letters (not IF-031, REP-002, RCP1061 or [A-Z]). */
const CHECK_ID_SHAPE = /-[A-Z]{2}/;

/** The top-level alternatives of a regular expression's source: `A|B(C|D)` is `A` and `B(C|D)`. */
export function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') index++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      alternatives.push(source.slice(start, index));
      start = index + 1;
    }
  }
  return [...alternatives, source.slice(start)];
}

/**
 * The checks a finding expression names. A word shaped as a check ID that no check carries is a
 * typo or a check renamed since, which would leave the fault "surviving" for the wrong reason.
 * Each top-level alternative must name a registered check: one matched by wording alone would
 * take any failure that happens to say the same words, and a typo in it would go unseen.
 */
export function checksNamedBy(finding: string, at: string): string[] {
  const words = [...new Set(finding.match(UPPER_WORD) ?? [])];
  const unknown = words.filter((word) => CHECK_ID_SHAPE.test(word) && !isRegisteredCheck(word));
  if (unknown.length > 0) {
    throw new FaultCatalogueError(`${at}: finding names ${unknown.join(', ')}, which no check of src/findings/check-registry.ts carries; name a registered check ID`);
  }
  const unnamed = topLevelAlternatives(finding).filter((alternative) => !(alternative.match(UPPER_WORD) ?? []).some(isRegisteredCheck));
  if (unnamed.length > 0) {
    const which = unnamed.length === 1 && unnamed[0] === finding ? 'finding' : `finding's alternative${unnamed.length > 1 ? 's' : ''} ${unnamed.map((alternative) => `'${alternative}'`).join(', ')}`;
    throw new FaultCatalogueError(`${at}: ${which} names no check of src/findings/check-registry.ts; start it with the ID of the check whose finding it matches, e.g. 'SLA .*missed by' or 'PROCESS-CONTENT .*appointmentScenario'`);
  }
  return words.filter(isRegisteredCheck);
}

function entryOf(raw: Record<string, unknown>, index: number, file: string): CatalogueEntry {
  const at = `${file}: faults[${index}]${typeof raw.switch === 'string' ? ` (${raw.switch})` : ''}`;
  const name = raw.switch;
  if (typeof name !== 'string' || !isFaultName(name)) {
    throw new FaultCatalogueError(`${at}: switch must name a fault of reference-participant/faults.ts; known: ${Object.keys(FAULTS).join(', ')}`);
  }
  if (!FAULT_CLASSES.includes(raw.class as FaultClass)) throw new FaultCatalogueError(`${at}: class must be one of ${FAULT_CLASSES.join(', ')}, not ${JSON.stringify(raw.class)}`);
  if (typeof raw.catches !== 'string' || raw.catches.trim() === '') throw new FaultCatalogueError(`${at}: catches must be a tag expression selecting the scenarios meant to catch it`);
  if (typeof raw.finding !== 'string' || raw.finding === '') throw new FaultCatalogueError(`${at}: finding must be a regular expression the failing scenario's cause matches`);
  let finding: RegExp;
  try {
    finding = new RegExp(raw.finding);
  } catch (error) {
    throw new FaultCatalogueError(`${at}: finding is not a regular expression (${(error as Error).message})`);
  }
  const checks = checksNamedBy(raw.finding, at);
  let collateral: CatalogueEntry['collateral'];
  if (raw.collateral !== undefined) {
    const given = raw.collateral as Record<string, unknown>;
    if (typeof given?.tags !== 'string' || typeof given.why !== 'string' || given.why.trim() === '') {
      throw new FaultCatalogueError(`${at}: collateral must be {tags: <tag expression>, why: <why the defect turns them red too>}`);
    }
    collateral = { tags: tagSelection(given.tags, `${at}: collateral.tags`), why: given.why };
  }
  if (raw.verdict !== undefined && raw.verdict !== 'fail' && raw.verdict !== 'warn') throw new FaultCatalogueError(`${at}: verdict must be fail or warn, not ${JSON.stringify(raw.verdict)}`);
  if (raw.marketStart !== undefined && (typeof raw.marketStart !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw.marketStart))) {
    throw new FaultCatalogueError(`${at}: marketStart must be a GB date YYYY-MM-DD (quoted), not ${JSON.stringify(raw.marketStart)}`);
  }
  return {
    switch: name,
    defect: FAULTS[name],
    class: raw.class as FaultClass,
    catches: tagSelection(raw.catches, `${at}: catches`),
    verdict: raw.verdict === 'warn' ? 'warn' : 'fail',
    finding,
    checks,
    ...(collateral ? { collateral } : {}),
    ...(typeof raw.marketStart === 'string' ? { marketStart: raw.marketStart } : {}),
  };
}

/** Parses a catalogue; every fault switch of the reference participant must have exactly one entry. */
export function parseFaultCatalogue(text: string, file = 'scenarios/fault-catalogue.yaml'): CatalogueEntry[] {
  const document = yaml.load(text, { schema: yaml.CORE_SCHEMA }) as { faults?: unknown } | undefined;
  if (!Array.isArray(document?.faults)) throw new FaultCatalogueError(`${file}: expected a top-level 'faults' list`);
  const entries = document.faults.map((raw, index) => entryOf((raw ?? {}) as Record<string, unknown>, index, file));
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.switch)) throw new FaultCatalogueError(`${file}: ${entry.switch} has two entries; give each fault switch one`);
    seen.add(entry.switch);
  }
  const missing = Object.keys(FAULTS).filter((name) => !seen.has(name));
  if (missing.length > 0) throw new FaultCatalogueError(`${file}: no entry for the fault switch(es) ${missing.join(', ')}: say which scenarios catch each`);
  return entries;
}

/** The bundled catalogue, or another file of the same form (a catalogue under review). */
export function loadFaultCatalogue(file?: string): CatalogueEntry[] {
  if (file === undefined) return parseFaultCatalogue(readFileSync(FAULT_CATALOGUE_FILE, 'utf8'));
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new FaultCatalogueError(`cannot read the fault catalogue ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return parseFaultCatalogue(text, file);
}
