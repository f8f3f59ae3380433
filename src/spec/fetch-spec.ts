// Downloads one pinned version of Elexon's DIP API definitions into a local directory
// (by default the per-user cache that the spec loader reads), the library behind
// `mhhs-qualify spec fetch`.
//
// - Files are addressed by commit, never by tag name: elexon-data/dip-api-documentation
//   also has branches named like its tags, so a name can resolve to something that moves.
// - Every file is held in memory and checked against its pinned SHA-256 before anything is
//   written to disk; one mismatch refuses the whole version and leaves the target as it was.
// - Verified files are written into a temporary sibling of the target and then renamed into
//   place, so the target holds either the previous contents or the complete new version.
//
// The download location can be changed with `baseUrl` or the environment variable
// MHHS_DIP_SPEC_BASE_URL (for example an internal mirror or proxy). A mirror must keep
// GitHub's raw layout: `<baseUrl>/<commit>/<path>`; digests are checked all the same.
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pinnedVersion, type PinnedFile, type PinnedVersion, SPEC_REPOSITORY, SpecError } from './pinned-versions.ts';
import { sha256Hex } from './spec-documents.ts';
import { specCacheDir } from './spec-location.ts';

export const SPEC_BASE_URL_ENV = 'MHHS_DIP_SPEC_BASE_URL';
export const DEFAULT_SPEC_BASE_URL = `https://raw.githubusercontent.com/${SPEC_REPOSITORY}`;

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_RETRIES = 2;
const DEFAULT_RETRY_DELAY_MS = 500;
/** Files downloaded at once; the whole version is about a megabyte in a dozen files. */
const CONCURRENCY = 4;

export type FetchSpecEvent =
  | { readonly type: 'already-present'; readonly dir: string; readonly files: number }
  | { readonly type: 'downloading'; readonly file: string; readonly url: string; readonly index: number; readonly total: number }
  | {
      readonly type: 'downloaded';
      readonly file: string;
      readonly url: string;
      readonly bytes: number;
      readonly index: number;
      readonly total: number;
    }
  | {
      readonly type: 'retrying';
      readonly file: string;
      readonly url: string;
      /** The attempt that failed, counting from 1. */
      readonly attempt: number;
      readonly delayMs: number;
      readonly reason: string;
    }
  | { readonly type: 'verified'; readonly files: number }
  | { readonly type: 'installed'; readonly dir: string };

export interface FetchSpecOptions {
  /** A version listed in PINNED_VERSIONS, e.g. 'v2.1.0'. */
  readonly version: string;
  /** Defaults to MHHS_DIP_SPEC_BASE_URL, else raw.githubusercontent.com for Elexon's repository. */
  readonly baseUrl?: string | undefined;
  /** Defaults to `specCacheDir(version, env)`. */
  readonly targetDir?: string | undefined;
  readonly env?: NodeJS.ProcessEnv;
  /** Download and replace even when the target already holds every file with its pinned digest. */
  readonly force?: boolean | undefined;
  /** Defaults to the global fetch. */
  readonly fetchImpl?: typeof fetch;
  readonly onProgress?: ((event: FetchSpecEvent) => void) | undefined;
  /** Per request attempt, body included; defaults to 30 s. */
  readonly timeoutMs?: number | undefined;
  /** Further attempts after a 408/429/5xx answer, a network error or a timeout; defaults to 2. */
  readonly retries?: number | undefined;
  /** Delay before the first retry, doubled for each further one; defaults to 500 ms. */
  readonly retryDelayMs?: number | undefined;
}

export interface FetchedSpecFile {
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
}

export interface FetchSpecResult {
  readonly version: string;
  readonly commit: string;
  readonly dir: string;
  readonly baseUrl: string;
  /** 'already-present': nothing was downloaded, the target already held the verified files. */
  readonly status: 'downloaded' | 'already-present';
  /** In the order of PINNED_VERSIONS. */
  readonly files: readonly FetchedSpecFile[];
  readonly totalBytes: number;
}

export function specBaseUrl(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = explicit || env[SPEC_BASE_URL_ENV] || DEFAULT_SPEC_BASE_URL;
  let parsed: URL;
  try {
    parsed = new URL(chosen);
  } catch {
    throw new SpecError(`spec download base URL '${chosen}' is not a URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new SpecError(`spec download base URL '${chosen}' must use http or https`);
  }
  return chosen.replace(/\/+$/, '');
}

export function specFileUrl(baseUrl: string, commit: string, file: string): string {
  const encoded = file.split('/').map(encodeURIComponent).join('/');
  return `${baseUrl.replace(/\/+$/, '')}/${commit}/${encoded}`;
}

export async function fetchSpec(options: FetchSpecOptions): Promise<FetchSpecResult> {
  const env = options.env ?? process.env;
  const pinned = pinnedVersion(options.version);
  const baseUrl = specBaseUrl(options.baseUrl, env);
  const dir = path.resolve(options.targetDir ?? specCacheDir(pinned.version, env));
  const progress = options.onProgress ?? (() => {});
  const summary = (status: FetchSpecResult['status'], files: FetchedSpecFile[]): FetchSpecResult => ({
    version: pinned.version,
    commit: pinned.commit,
    dir,
    baseUrl,
    status,
    files,
    totalBytes: files.reduce((sum, file) => sum + file.bytes, 0),
  });

  if (!options.force) {
    const present = await verifiedCopy(dir, pinned);
    if (present) {
      progress({ type: 'already-present', dir, files: present.length });
      return summary('already-present', present);
    }
  }
  await refuseForeignContents(dir, pinned);

  const downloaded = await downloadAll(pinned, baseUrl, {
    fetchImpl: options.fetchImpl ?? globalThis.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retries: options.retries ?? DEFAULT_RETRIES,
    retryDelayMs: options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS,
    progress,
  });

  const files = pinned.files.map((file, index): FetchedSpecFile => {
    const bytes = downloaded[index] as Uint8Array;
    return { path: file.path, bytes: bytes.byteLength, sha256: sha256Hex(bytes) };
  });
  const mismatched = pinned.files.flatMap((file, index) => {
    const actual = files[index]?.sha256;
    return actual === file.sha256 ? [] : [`${file.path}: expected sha256 ${file.sha256}, got ${actual}`];
  });
  if (mismatched.length > 0) {
    throw new SpecError(
      `refusing DIP API definitions ${pinned.version} (commit ${pinned.commit}) from ${baseUrl}: ` +
        `${mismatched.length === 1 ? 'a file does' : `${mismatched.length} files do`} not match the pinned digest ` +
        `(${mismatched.join('; ')}); nothing was written to ${dir}`,
    );
  }
  progress({ type: 'verified', files: files.length });

  await install(dir, pinned, downloaded);
  progress({ type: 'installed', dir });
  return summary('downloaded', files);
}

/** The files of `dir` with their digests if it holds every pinned file unmodified, else undefined. */
async function verifiedCopy(dir: string, pinned: PinnedVersion): Promise<FetchedSpecFile[] | undefined> {
  const files: FetchedSpecFile[] = [];
  for (const file of pinned.files) {
    let bytes: Buffer;
    try {
      bytes = await readFile(path.join(dir, file.path));
    } catch {
      return undefined;
    }
    const sha256 = sha256Hex(bytes);
    if (sha256 !== file.sha256) return undefined;
    files.push({ path: file.path, bytes: bytes.byteLength, sha256 });
  }
  return files;
}

/**
 * The target is replaced as a whole, so it must hold nothing but (possibly stale or partial)
 * files of this version: a mistyped target directory must never cost anyone their files.
 */
async function refuseForeignContents(dir: string, pinned: PinnedVersion): Promise<void> {
  let info;
  try {
    info = await stat(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new SpecError(`cannot inspect ${dir}: ${describeError(error)}`);
  }
  if (!info.isDirectory()) throw new SpecError(`${dir} exists and is not a directory; choose another target`);
  const expectedFiles = new Set(pinned.files.map((file) => file.path));
  const expectedDirs = new Set<string>();
  for (const file of pinned.files) {
    for (let parent = path.posix.dirname(file.path); parent !== '.'; parent = path.posix.dirname(parent)) {
      expectedDirs.add(parent);
    }
  }
  const foreign: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(path.join(dir, relative), { withFileTypes: true });
    for (const entry of entries) {
      const entryPath = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory() && expectedDirs.has(entryPath)) await walk(entryPath);
      else if (!(entry.isFile() && expectedFiles.has(entryPath))) foreign.push(entryPath);
    }
  };
  try {
    await walk('');
  } catch (error) {
    throw new SpecError(`cannot inspect ${dir}: ${describeError(error)}`);
  }
  if (foreign.length > 0) {
    const shown = foreign.slice(0, 5).join(', ') + (foreign.length > 5 ? `, … (${foreign.length} in all)` : '');
    throw new SpecError(
      `${dir} holds files that are not part of the DIP API definitions ${pinned.version} (${shown}); ` +
        `it would be replaced as a whole, so choose an empty or new directory, or remove them first`,
    );
  }
}

interface DownloadSettings {
  readonly fetchImpl: typeof fetch;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly retryDelayMs: number;
  readonly progress: (event: FetchSpecEvent) => void;
}

/** Downloads every pinned file into memory, a few at a time; the first failure stops the rest. */
async function downloadAll(pinned: PinnedVersion, baseUrl: string, settings: DownloadSettings): Promise<Uint8Array[]> {
  const results: Uint8Array[] = new Array<Uint8Array>(pinned.files.length);
  const stop = new AbortController();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (!stop.signal.aborted && next < pinned.files.length) {
      const index = next++;
      const file = pinned.files[index] as PinnedFile;
      results[index] = await downloadFile(file.path, specFileUrl(baseUrl, pinned.commit, file.path), index, pinned.files.length, settings, stop.signal);
    }
  };
  const workers = Array.from({ length: Math.min(CONCURRENCY, pinned.files.length) }, () =>
    worker().catch((error: unknown) => {
      stop.abort(error);
      throw error;
    }),
  );
  await Promise.allSettled(workers);
  // Every failure aborts `stop`; the first one is its reason, later ones are only its echoes.
  if (stop.signal.aborted) throw stop.signal.reason;
  return results;
}

/** Thrown for one attempt; `retryable` says whether another attempt may help. */
class AttemptError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

async function downloadFile(
  file: string,
  url: string,
  index: number,
  total: number,
  settings: DownloadSettings,
  stop: AbortSignal,
): Promise<Uint8Array> {
  settings.progress({ type: 'downloading', file, url, index, total });
  for (let attempt = 1; ; attempt++) {
    try {
      const bytes = await attemptDownload(url, settings, stop);
      settings.progress({ type: 'downloaded', file, url, bytes: bytes.byteLength, index, total });
      return bytes;
    } catch (error) {
      if (stop.aborted) throw stop.reason;
      const attemptError = error instanceof AttemptError ? error : new AttemptError(describeError(error), false);
      const attemptsNote = attempt > 1 ? ` (after ${attempt} attempts)` : '';
      if (!attemptError.retryable || attempt > settings.retries) {
        throw new SpecError(`cannot download ${file} from ${url}: ${attemptError.message}${attemptsNote}`);
      }
      const delayMs = settings.retryDelayMs * 2 ** (attempt - 1);
      settings.progress({ type: 'retrying', file, url, attempt, delayMs, reason: attemptError.message });
      try {
        await sleep(delayMs, undefined, { signal: stop });
      } catch {
        throw stop.reason;
      }
    }
  }
}

async function attemptDownload(url: string, settings: DownloadSettings, stop: AbortSignal): Promise<Uint8Array> {
  const timeout = AbortSignal.timeout(settings.timeoutMs);
  const signal = AbortSignal.any([timeout, stop]);
  try {
    const response = await settings.fetchImpl(url, { signal, redirect: 'follow' });
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
      throw new AttemptError(status, retryable);
    }
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (error instanceof AttemptError) throw error;
    if (stop.aborted) throw stop.reason;
    if (timeout.aborted) throw new AttemptError(`no complete answer within ${formatMillis(settings.timeoutMs)} (timed out)`, true);
    throw new AttemptError(`network error: ${describeError(error)}`, true);
  }
}

/**
 * Writes the verified files into a temporary sibling of `dir` and renames it into place. An
 * existing target is first moved aside and removed only once the new one is in place; if the
 * final rename fails it is moved back. Any failure removes the temporary directory.
 */
async function install(dir: string, pinned: PinnedVersion, contents: readonly Uint8Array[]): Promise<void> {
  const parent = path.dirname(dir);
  const base = path.basename(dir);
  let staging: string | undefined;
  let aside: string | undefined;
  try {
    await mkdir(parent, { recursive: true });
    staging = await mkdtemp(path.join(parent, `${base}.partial-`));
    for (const [index, file] of pinned.files.entries()) {
      const target = path.join(staging, ...file.path.split('/'));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, contents[index] as Uint8Array);
    }
    if (await exists(dir)) {
      aside = `${staging}.old`;
      await rename(dir, aside);
    }
    try {
      await rename(staging, dir);
      staging = undefined;
    } catch (error) {
      if (aside) {
        await rename(aside, dir).catch(() => {});
        aside = undefined;
      }
      throw error;
    }
  } catch (error) {
    if (staging) await rm(staging, { recursive: true, force: true }).catch(() => {});
    throw new SpecError(`cannot write the DIP API definitions ${pinned.version} to ${dir}: ${describeError(error)}`);
  }
  if (aside) await rm(aside, { recursive: true, force: true }).catch(() => {});
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error instanceof AggregateError && !error.message) return error.errors.map(describeError).join('; ');
  // Node's fetch reports "fetch failed" and keeps the useful part (ECONNREFUSED, ENOTFOUND…) in `cause`.
  const cause = (error as Error & { cause?: unknown }).cause;
  const code = (error as NodeJS.ErrnoException).code;
  let message = code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
  if (cause !== undefined) message += ` (${describeError(cause)})`;
  return message;
}

function formatMillis(ms: number): string {
  return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
