// Reads one version's YAML files from disk, checks them against the pinned digests and
// parses them into plain objects with OpenAPI `nullable` already translated.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { translateNullable } from './openapi-nullable.ts';
import { type PinnedVersion, SpecError } from './pinned-versions.ts';
import { ROOT_FILE } from './spec-location.ts';

/** The URL prefix Elexon's files use to reference each other. */
export const SPEC_URL_BASE = 'https://raw.githubusercontent.com/elexon-data/dip-api-documentation/main/';

/** Files a validator needs; Examples and the redocly config are read only on demand. */
const SCHEMA_FILES = [
  ROOT_FILE,
  'Interfaces-EventCodes-unresolved.yaml',
  'RealCommonBlocks-unresolved.yaml',
  'DataCatalogue-unresolved.yaml',
  'DataTypes-unresolved.yaml',
  'ECS-CommonBlocks-unresolved.yaml',
  'ECS-Reports-unresolved.yaml',
  'ResponseCodes-unresolved.yaml',
];


const RESPONSE_CODES_FILE = 'ResponseCodes-unresolved.yaml';
export const EXAMPLES_FILE = 'Examples-unresolved.yaml';

export type DigestStatus = 'verified' | 'modified';

export interface DigestReport {
  readonly status: DigestStatus;
  /** Files whose SHA-256 differs from the pinned digest. */
  readonly mismatched: readonly string[];
}

export interface SpecDocuments {
  /** Parsed documents keyed by their path inside the version folder. */
  readonly byFile: ReadonlyMap<string, Record<string, unknown>>;
  readonly digests: DigestReport;
  readonly declaredVersion: string;
  /** The response-code file as text: its code descriptions are YAML comments. */
  readonly responseCodesText: string;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function parseSpecYaml(text: string, file: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    // CORE schema: no YAML timestamps, so an unquoted 2022-03-21 stays the string JSON would carry.
    parsed = yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    throw new SpecError(`cannot parse ${file}: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null) throw new SpecError(`${file} is not an OpenAPI document`);
  translateNullable(parsed);
  return parsed as Record<string, unknown>;
}

function readSpecFile(dir: string, file: string): Buffer {
  try {
    return readFileSync(path.join(dir, file));
  } catch (error) {
    throw new SpecError(`DIP API definitions in ${dir} lack ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
}

export function readSpecDocuments(dir: string, pinned: PinnedVersion): SpecDocuments {
  const byFile = new Map<string, Record<string, unknown>>();
  const mismatched: string[] = [];
  let responseCodesText = '';
  const pinnedDigest = new Map(pinned.files.map((file) => [file.path, file.sha256]));
  for (const file of SCHEMA_FILES) {
    const bytes = readSpecFile(dir, file);
    if (pinnedDigest.get(file) !== sha256Hex(bytes)) mismatched.push(file);
    const text = bytes.toString('utf8');
    if (file === RESPONSE_CODES_FILE) responseCodesText = text;
    byFile.set(file, parseSpecYaml(text, file));
  }
  const info = byFile.get(ROOT_FILE)?.info as { version?: unknown } | undefined;
  const declaredVersion = String(info?.version ?? 'unknown');
  if (`v${declaredVersion}` !== pinned.version) {
    throw new SpecError(
      `${path.join(dir, ROOT_FILE)} declares version ${declaredVersion}, but ${pinned.version} was asked for; ` +
        `point the spec directory at the ${pinned.version} folder or pass --spec-version v${declaredVersion}`,
    );
  }
  const digests: DigestReport = { status: mismatched.length ? 'modified' : 'verified', mismatched };
  return { byFile, digests, declaredVersion, responseCodesText };
}

export function readExamplesDocument(dir: string): Record<string, unknown> {
  return parseSpecYaml(readSpecFile(dir, EXAMPLES_FILE).toString('utf8'), EXAMPLES_FILE);
}
