// What `run --tags` and `--scenario FILE:LINE` select, checked before anything starts: a tag
// expression cucumber cannot parse, a line that is no scenario or example row, or a selection
// that names no scenario at all is a usage error naming the bad value, not a run of nothing.
// The scenarios are read with cucumber's own Gherkin compiler, and a line matches as cucumber
// matches it: the line of a Scenario (every example of an outline) or of one example row.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AstBuilder, compile, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator, type GherkinDocument, type Pickle } from '@cucumber/messages';
import { parse as parseTagExpression } from '@cucumber/tag-expressions';
import { FEATURES_DIR } from '../requirements/feature-scenarios.ts';

export interface SelectionRequest {
  readonly tags?: string | undefined;
  /** `--scenario` values as given: a feature file, optionally with `:LINE` parts. */
  readonly scenarios?: readonly string[] | undefined;
  /** Where the feature files of a whole run are (default: the suite's features/). */
  readonly featuresDir?: string;
}

export interface Selection {
  /** Scenarios (pickles: one per example row) the selection names, before any sharding. */
  readonly count: number;
}

export class SelectionError extends Error {
  override readonly name = 'SelectionError';
}

/** The reason a tag expression does not parse, or undefined when it does. */
export function tagExpressionProblem(expression: string): string | undefined {
  try {
    parseTagExpression(expression);
    return undefined;
  } catch (error) {
    return `--tags '${expression}' is not a tag expression: ${(error as Error).message.split('\n')[0]} (e.g. "@BP002 and not @segment:advanced")`;
  }
}

function featureFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? featureFiles(path.join(dir, entry.name)) : entry.name.endsWith('.feature') ? [path.join(dir, entry.name)] : []))
    .sort();
}

/** Line of every Scenario and example row by its AST id: what a pickle's astNodeIds point at. */
function scenarioLines(document: GherkinDocument): Map<string, number> {
  const lines = new Map<string, number>();
  const children = document.feature?.children.flatMap((child) => (child.rule ? child.rule.children : [child])) ?? [];
  for (const { scenario } of children) {
    if (!scenario) continue;
    lines.set(scenario.id, scenario.location.line);
    for (const row of scenario.examples.flatMap((examples) => examples.tableBody)) lines.set(row.id, row.location.line);
  }
  return lines;
}

function picklesOf(file: string): { pickle: Pickle; lines: Set<number> }[] {
  const newId = IdGenerator.incrementing();
  let document: GherkinDocument;
  try {
    document = new Parser(new AstBuilder(newId), new GherkinClassicTokenMatcher()).parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SelectionError(`${file} is not a feature file cucumber can read: ${(error as Error).message.split('\n')[0]}`);
  }
  const lines = scenarioLines(document);
  return compile(document, file, newId).map((pickle) => ({ pickle, lines: new Set(pickle.astNodeIds.flatMap((id) => (lines.has(id) ? [lines.get(id)!] : []))) }));
}

const listed = (lines: readonly number[]) => (lines.length > 12 ? `${lines.slice(0, 12).join(', ')} …` : lines.join(', '));

/**
 * The scenarios a selection names; throws a SelectionError naming the bad value when the tag
 * expression does not parse, a line is no scenario or example row, or nothing is selected.
 */
export function checkSelection(request: SelectionRequest): Selection {
  const tagProblem = request.tags ? tagExpressionProblem(request.tags) : undefined;
  if (tagProblem) throw new SelectionError(tagProblem);
  const matches = request.tags ? parseTagExpression(request.tags) : undefined;
  const wanted = request.scenarios?.length
    ? request.scenarios.map((value) => {
        const [, file = value, lines = ''] = /^(.+?\.feature)((?::\d+)*)$/.exec(value) ?? [];
        return { value, file, lines: lines.split(':').filter(Boolean).map(Number) };
      })
    : featureFiles(request.featuresDir ?? FEATURES_DIR).map((file) => ({ value: file, file, lines: [] as number[] }));
  let count = 0;
  for (const { value, file, lines } of wanted) {
    const pickles = picklesOf(file);
    const known = [...new Set(pickles.flatMap((entry) => [...entry.lines]))].sort((a, b) => a - b);
    for (const line of lines.filter((candidate) => !known.includes(candidate))) {
      throw new SelectionError(`--scenario '${value}': line ${line} of ${file} is no scenario or example row (those are at lines ${listed(known)})`);
    }
    count += pickles.filter((entry) => (lines.length === 0 || lines.some((line) => entry.lines.has(line))) && (!matches || matches.evaluate(entry.pickle.tags.map((tag) => tag.name)))).length;
  }
  if (count === 0) {
    const named = [...(request.tags ? [`--tags '${request.tags}'`] : []), ...(request.scenarios?.length ? [`--scenario ${request.scenarios.join(' ')}`] : [])];
    throw new SelectionError(`${named.join(' with ') || 'the run'} selects no scenario: check the tags against the feature files (mhhs-qualify list --role … shows them)`);
  }
  return { count };
}
