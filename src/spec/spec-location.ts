// Where the DIP API definitions of a version live on this machine. The project never ships
// the YAML itself: a directory named by flag or environment, else the per-user cache that
// `mhhs-qualify spec fetch` fills (and `run` and `validate` fill themselves when it lacks the
// version: src/spec/load-spec.ts).
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { SpecError } from './pinned-versions.ts';

export const SPEC_DIR_ENV = 'MHHS_DIP_SPEC_DIR';
export const ROOT_FILE = 'SubmitEvents-unresolved.yaml';

export type SpecDirSource = 'flag' | 'env' | 'cache';

export interface SpecDirChoice {
  readonly dir: string;
  readonly source: SpecDirSource;
}

/** The per-user cache folder for one version (XDG_CACHE_HOME honoured). */
export function specCacheDir(version: string, env: NodeJS.ProcessEnv = process.env): string {
  const cacheRoot = env.XDG_CACHE_HOME || path.join(homedir(), '.cache');
  return path.join(cacheRoot, 'mhhs-qualify', 'dip-api', version);
}

/**
 * Picks the spec directory: `--spec-dir`, else MHHS_DIP_SPEC_DIR, else the cache.
 * A configured directory may hold the files directly or one sub-folder per version
 * (`<dir>/v2.1.0/…`), so one setting serves every supported version.
 */
export function chooseSpecDir(options: {
  readonly specDir?: string | undefined;
  readonly version: string;
  readonly env?: NodeJS.ProcessEnv;
}): SpecDirChoice {
  const env = options.env ?? process.env;
  const configured: Array<[string | undefined, SpecDirSource]> = [
    [options.specDir, 'flag'],
    [env[SPEC_DIR_ENV], 'env'],
  ];
  for (const [dir, source] of configured) {
    if (!dir) continue;
    const versioned = path.join(dir, options.version);
    if (existsSync(path.join(versioned, ROOT_FILE))) return { dir: path.resolve(versioned), source };
    if (existsSync(path.join(dir, ROOT_FILE))) return { dir: path.resolve(dir), source };
    const named = source === 'flag' ? '--spec-dir' : SPEC_DIR_ENV;
    throw new SpecError(
      `${named} points at '${dir}', which holds no ${ROOT_FILE} (nor ${options.version}/${ROOT_FILE}); ` +
        `point it at a folder of Elexon's DIP API definitions or run 'mhhs-qualify spec fetch --version ${options.version}'`,
    );
  }
  const cached = specCacheDir(options.version, env);
  if (existsSync(path.join(cached, ROOT_FILE))) return { dir: cached, source: 'cache' };
  throw new SpecError(
    `no DIP API definitions for ${options.version}: pass --spec-dir, set ${SPEC_DIR_ENV}, ` +
      `or run 'mhhs-qualify spec fetch --version ${options.version}' to download them into ${cached}`,
  );
}

/**
 * The cache folder to fill when nothing names a folder (no `--spec-dir`, no MHHS_DIP_SPEC_DIR)
 * and the cache lacks the version; undefined when the definitions are to be found elsewhere or
 * are there. A folder a person named is never filled behind their back: it is reported instead.
 */
export function cacheToFill(options: { readonly specDir?: string | undefined; readonly version: string; readonly env?: NodeJS.ProcessEnv }): string | undefined {
  const env = options.env ?? process.env;
  if (options.specDir || env[SPEC_DIR_ENV]) return undefined;
  const cached = specCacheDir(options.version, env);
  return existsSync(path.join(cached, ROOT_FILE)) ? undefined : cached;
}
