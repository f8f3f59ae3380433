// The scenarios of the feature files with their tags (Background and Rule tags inherited), read
// with cucumber's own Gherkin parser: what traceability checks and reports work from.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AstBuilder, compile, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator } from '@cucumber/messages';

export interface FeatureScenario {
  readonly file: string;
  readonly name: string;
  readonly tags: readonly string[];
}

export const FEATURES_DIR = path.resolve(import.meta.dirname, '../../features');

function featureFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? featureFiles(path.join(dir, entry.name)) : entry.name.endsWith('.feature') ? [path.join(dir, entry.name)] : [],
  );
}

export function readFeatureScenarios(dir = FEATURES_DIR): FeatureScenario[] {
  const newId = IdGenerator.uuid();
  return featureFiles(dir).flatMap((file) => {
    const parser = new Parser(new AstBuilder(newId), new GherkinClassicTokenMatcher());
    const document = parser.parse(readFileSync(file, 'utf8'));
    const uri = path.relative(path.dirname(dir), file);
    return compile(document, uri, newId).map((pickle) => ({ file: uri, name: pickle.name, tags: pickle.tags.map((tag) => tag.name) }));
  });
}

export const requirementTags = (scenario: FeatureScenario): string[] => scenario.tags.filter((tag) => tag.startsWith('@REQ-')).map((tag) => tag.slice(1));
