// Loads one version of the official DIP API definitions: the entry point for everything
// that needs to know what a DIP message may look like. `loadSpecFetching` first downloads a
// pinned version the machine lacks, as `mhhs-qualify spec fetch` would, so that a first run on
// a machine with internet access needs no separate step.
import { buildCatalogue, type SpecCatalogue } from './catalogue.ts';
import { DEFAULT_SPEC_VERSION, pinnedVersion, type PinnedVersion, SpecError } from './pinned-versions.ts';
import { RefResolver } from './ref-resolver.ts';
import { SchemaValidators } from './schema-validators.ts';
import { type DigestReport, readSpecDocuments } from './spec-documents.ts';
import { fetchSpec, specBaseUrl } from './fetch-spec.ts';
import { cacheToFill, chooseSpecDir, type SpecDirSource } from './spec-location.ts';

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

export interface SpecFetchingOptions {
  /** Where the line saying that the definitions are being downloaded goes (stderr in the CLI). */
  readonly say: (line: string) => void;
  /** Defaults to the global fetch (tests pass their own). */
  readonly fetchImpl?: typeof fetch;
}

/**
 * loadSpec, after downloading the pinned version into the per-user cache when neither
 * `--spec-dir` nor MHHS_DIP_SPEC_DIR names a folder and the cache lacks it: the same download
 * and SHA-256 checks as `mhhs-qualify spec fetch` (src/spec/fetch-spec.ts), announced in one line.
 * When the download fails, the error is the one a machine without definitions always gave,
 * plus a line saying why the download failed.
 */
export async function loadSpecFetching(options: LoadSpecOptions, fetching: SpecFetchingOptions): Promise<LoadedSpec> {
  const version = options.version ?? DEFAULT_SPEC_VERSION;
  const pinned = pinnedVersion(version);
  const env = options.env ?? process.env;
  const dir = cacheToFill({ specDir: options.specDir, version, env });
  if (dir !== undefined) {
    let from = '';
    try {
      from = ` from ${specBaseUrl(undefined, env)}`;
    } catch {
      // fetchSpec refuses the same base URL below, and that refusal is the reason given.
    }
    fetching.say(`mhhs-qualify: no DIP API definitions ${version} on this machine; downloading them${from} into ${dir} (commit ${pinned.commit.slice(0, 7)}, every SHA-256 checked, as 'mhhs-qualify spec fetch' does)`);
    try {
      await fetchSpec({ version, env, ...(fetching.fetchImpl ? { fetchImpl: fetching.fetchImpl } : {}) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      try {
        chooseSpecDir({ specDir: options.specDir, version, env });
      } catch (missing) {
        if (missing instanceof SpecError) throw new SpecError(`${missing.message}\nThe automatic download failed: ${reason}`);
        throw missing;
      }
      // Another process filled the cache meanwhile: use what it left.
    }
  }
  return loadSpec(options);
}
