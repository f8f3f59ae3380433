// Loads one version of the official DIP API definitions: the entry point for everything
// that needs to know what a DIP message may look like.
import { buildCatalogue, type SpecCatalogue } from './catalogue.ts';
import { DEFAULT_SPEC_VERSION, pinnedVersion, type PinnedVersion } from './pinned-versions.ts';
import { RefResolver } from './ref-resolver.ts';
import { SchemaValidators } from './schema-validators.ts';
import { type DigestReport, readSpecDocuments } from './spec-documents.ts';
import { chooseSpecDir, type SpecDirSource } from './spec-location.ts';

export interface LoadedSpec {
  readonly version: string;
  readonly pinned: PinnedVersion;
  readonly dir: string;
  readonly source: SpecDirSource;
  readonly digests: DigestReport;
  readonly catalogue: SpecCatalogue;
  readonly resolver: RefResolver;
  readonly validators: SchemaValidators;
  readonly loadMillis: number;
}

export interface LoadSpecOptions {
  readonly version?: string | undefined;
  readonly specDir?: string | undefined;
  readonly env?: NodeJS.ProcessEnv;
}

export function loadSpec(options: LoadSpecOptions = {}): LoadedSpec {
  const started = performance.now();
  const version = options.version ?? DEFAULT_SPEC_VERSION;
  const pinned = pinnedVersion(version);
  const { dir, source } = chooseSpecDir({ specDir: options.specDir, version, env: options.env });
  const documents = readSpecDocuments(dir, pinned);
  const resolver = new RefResolver(documents.byFile);
  const catalogue = buildCatalogue(resolver, documents.responseCodesText);
  const validators = new SchemaValidators(documents.byFile, catalogue);
  return {
    version,
    pinned,
    dir,
    source,
    digests: documents.digests,
    catalogue,
    resolver,
    validators,
    loadMillis: performance.now() - started,
  };
}
