// `spec fetch`, and the download `run` and `validate` make themselves on a machine without
// definitions, against a local HTTP server that serves the shared copies of Elexon's files the
// way raw.githubusercontent.com does (`/<commit>/<path>`), or a port nothing listens on. Never
// touches the internet nor the real ~/.cache: every target is a temporary directory.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchSpec, type FetchSpecEvent, SPEC_BASE_URL_ENV, specBaseUrl } from '../src/spec/fetch-spec.ts';
import { PINNED_VERSIONS, pinnedVersion, SpecError } from '../src/spec/pinned-versions.ts';
import { sha256Hex } from '../src/spec/spec-documents.ts';
import { chooseSpecDir, specCacheDir } from '../src/spec/spec-location.ts';
import { loadSpecFetching } from '../src/spec/load-spec.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const SHARED_SPEC_DIR = path.resolve(projectRoot, '../shared/dip-api');

type Handler = (request: IncomingMessage, response: ServerResponse, next: () => Promise<void>) => void | Promise<void>;

interface SpecServer {
  readonly baseUrl: string;
  /** Request paths in arrival order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** Serves `<shared>/<version>/<path>` at `/<commit>/<path>`; `handler` may answer instead. */
async function startSpecServer(handler?: Handler): Promise<SpecServer> {
  const requests: string[] = [];
  const serveFile = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const [, commit, ...rest] = (request.url ?? '/').split('/');
    const pinned = PINNED_VERSIONS.find((candidate) => candidate.commit === commit);
    const file = rest.map(decodeURIComponent).join('/');
    if (!pinned || !pinned.files.some((pinnedFile) => pinnedFile.path === file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('404: Not Found');
      return;
    }
    const bytes = await readFile(path.join(SHARED_SPEC_DIR, pinned.version, file));
    response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': bytes.byteLength });
    response.end(bytes);
  };
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const next = () => serveFile(request, response);
    Promise.resolve(handler ? handler(request, response, next) : next()).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Every file under `dir` with its bytes, keyed by POSIX path; undefined if `dir` is missing. */
async function snapshot(dir: string): Promise<Map<string, string> | undefined> {
  if (!existsSync(dir)) return undefined;
  const result = new Map<string, string>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    result.set(path.relative(dir, full).split(path.sep).join('/'), sha256Hex(await readFile(full)));
  }
  return result;
}

async function expectSpecError(promise: Promise<unknown>): Promise<SpecError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SpecError);
  return error as SpecError;
}

let scratch: string;
let server: SpecServer | undefined;

beforeEach(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'mhhs-spec-fetch-'));
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(scratch, { recursive: true, force: true });
});

/** Options every test shares: no real cache, no real network, quick retries. */
function isolated(baseUrl: string) {
  return { baseUrl, env: { XDG_CACHE_HOME: path.join(scratch, 'xdg') }, retryDelayMs: 1 };
}

describe('fetchSpec', () => {
  for (const version of ['v2.1.0', 'v1.8.3']) {
    it(`downloads ${version} by commit, with sub-folders, byte for byte`, async () => {
      server = await startSpecServer();
      const pinned = pinnedVersion(version);
      const targetDir = path.join(scratch, 'cache', version);
      const events: FetchSpecEvent[] = [];

      const result = await fetchSpec({ ...isolated(server.baseUrl), version, targetDir, onProgress: (event) => events.push(event) });

      expect(result.status).toBe('downloaded');
      expect(result.version).toBe(version);
      expect(result.commit).toBe(pinned.commit);
      expect(result.dir).toBe(targetDir);
      expect(result.files.map((file) => file.path)).toEqual(pinned.files.map((file) => file.path));
      for (const [index, file] of pinned.files.entries()) {
        const original = await readFile(path.join(SHARED_SPEC_DIR, version, file.path));
        const written = await readFile(path.join(targetDir, file.path));
        expect(written.equals(original), file.path).toBe(true);
        expect(result.files[index]).toEqual({ path: file.path, bytes: original.byteLength, sha256: file.sha256 });
      }
      expect(result.totalBytes).toBe(result.files.reduce((sum, file) => sum + file.bytes, 0));
      expect(existsSync(path.join(targetDir, 'ISDPublication', 'DIPISDPublication-unresolved.yaml'))).toBe(true);
      // Nothing but the pinned files, and no temporary siblings left behind.
      expect([...((await snapshot(targetDir)) ?? new Map()).keys()].sort()).toEqual(pinned.files.map((file) => file.path).sort());
      expect(await readdir(path.dirname(targetDir))).toEqual([version]);

      // Addressed by commit: exactly one request per pinned file, each under /<commit>/.
      expect([...server.requests].sort()).toEqual(pinned.files.map((file) => `/${pinned.commit}/${file.path}`).sort());
      expect(server.requests.every((request) => !request.includes(`/${version}/`) && !request.includes('/main/'))).toBe(true);

      expect(events.filter((event) => event.type === 'downloaded')).toHaveLength(pinned.files.length);
      expect(events.at(-1)).toEqual({ type: 'installed', dir: targetDir });
    });
  }

  it('defaults to the per-user cache of the given env and takes the base URL from MHHS_DIP_SPEC_BASE_URL', async () => {
    server = await startSpecServer();
    const env = { XDG_CACHE_HOME: path.join(scratch, 'xdg'), [SPEC_BASE_URL_ENV]: `${server.baseUrl}/` };

    const result = await fetchSpec({ version: 'v2.1.0', env, retryDelayMs: 1 });

    expect(result.dir).toBe(path.join(scratch, 'xdg', 'mhhs-qualify', 'dip-api', 'v2.1.0'));
    expect(result.baseUrl).toBe(server.baseUrl);
    expect(server.requests).toHaveLength(pinnedVersion('v2.1.0').files.length);
    // The spec loader finds what was fetched.
    expect(chooseSpecDir({ version: 'v2.1.0', env })).toEqual({ dir: result.dir, source: 'cache' });
  });

  it('refuses the whole version when one file does not match its digest, writing nothing', async () => {
    const pinned = pinnedVersion('v2.1.0');
    const altered = 'ISDPublication/DIPISDPublication-unresolved.yaml';
    const original = await readFile(path.join(SHARED_SPEC_DIR, 'v2.1.0', altered));
    const tampered = Buffer.concat([original, Buffer.from('\n# tampered\n')]);
    server = await startSpecServer((request, response, next) => {
      if (request.url === `/${pinned.commit}/${altered}`) response.writeHead(200).end(tampered);
      else return next();
    });
    const targetDir = path.join(scratch, 'cache', 'v2.1.0');

    const error = await expectSpecError(fetchSpec({ ...isolated(server.baseUrl), version: 'v2.1.0', targetDir }));

    expect(error.message).toContain(altered);
    expect(error.message).toContain(pinned.files.find((file) => file.path === altered)?.sha256);
    expect(error.message).toContain(sha256Hex(tampered));
    expect(error.message).not.toContain('SubmitEvents');
    expect(existsSync(targetDir)).toBe(false);
    expect(existsSync(path.dirname(targetDir))).toBe(false);
  });

  it('leaves an existing cache untouched when a download fails verification', async () => {
    const pinned = pinnedVersion('v1.8.3');
    const targetDir = path.join(scratch, 'cache', 'v1.8.3');
    // A partial cache: one file missing, so a fetch is due.
    await mkdir(targetDir, { recursive: true });
    await writeFile(path.join(targetDir, 'redocly.yaml'), await readFile(path.join(SHARED_SPEC_DIR, 'v1.8.3', 'redocly.yaml')));
    const before = await snapshot(targetDir);
    server = await startSpecServer((request, response, next) => {
      if (request.url === `/${pinned.commit}/DataTypes-unresolved.yaml`) response.writeHead(200).end('openapi: 3.0.0\n');
      else return next();
    });

    const error = await expectSpecError(fetchSpec({ ...isolated(server.baseUrl), version: 'v1.8.3', targetDir, force: true }));

    expect(error.message).toContain('DataTypes-unresolved.yaml');
    expect(await snapshot(targetDir)).toEqual(before);
    expect(await readdir(path.dirname(targetDir))).toEqual(['v1.8.3']);
  });

  it('names the URL and status of a 404 and writes nothing', async () => {
    const pinned = pinnedVersion('v2.1.0');
    const missing = `/${pinned.commit}/ResponseCodes-unresolved.yaml`;
    server = await startSpecServer((request, response, next) => {
      if (request.url === missing) response.writeHead(404).end('404: Not Found');
      else return next();
    });
    const targetDir = path.join(scratch, 'cache', 'v2.1.0');

    const error = await expectSpecError(fetchSpec({ ...isolated(server.baseUrl), version: 'v2.1.0', targetDir }));

    expect(error.message).toContain(`${server.baseUrl}${missing}`);
    expect(error.message).toContain('404');
    // A 404 is not worth retrying.
    expect(server.requests.filter((request) => request === missing)).toHaveLength(1);
    expect(existsSync(targetDir)).toBe(false);
  });

  it('retries a 5xx answer and succeeds', async () => {
    const pinned = pinnedVersion('v2.1.0');
    const flaky = `/${pinned.commit}/SubmitEvents-unresolved.yaml`;
    let failures = 2;
    server = await startSpecServer((request, response, next) => {
      if (request.url === flaky && failures-- > 0) response.writeHead(503).end('busy');
      else return next();
    });
    const events: FetchSpecEvent[] = [];

    const result = await fetchSpec({
      ...isolated(server.baseUrl),
      version: 'v2.1.0',
      targetDir: path.join(scratch, 'cache', 'v2.1.0'),
      onProgress: (event) => events.push(event),
    });

    expect(result.status).toBe('downloaded');
    expect(server.requests.filter((request) => request === flaky)).toHaveLength(3);
    expect(events.filter((event) => event.type === 'retrying').map((event) => event.type === 'retrying' && event.attempt)).toEqual([1, 2]);
  });

  it('gives up on a persistent 5xx after the retries, naming URL and status', async () => {
    const pinned = pinnedVersion('v2.1.0');
    const broken = `/${pinned.commit}/DataCatalogue-unresolved.yaml`;
    server = await startSpecServer((request, response, next) => {
      if (request.url === broken) response.writeHead(502, 'Bad Gateway').end();
      else return next();
    });
    const targetDir = path.join(scratch, 'cache', 'v2.1.0');

    const error = await expectSpecError(fetchSpec({ ...isolated(server.baseUrl), version: 'v2.1.0', targetDir, retries: 1 }));

    expect(error.message).toContain(`${server.baseUrl}${broken}`);
    expect(error.message).toContain('HTTP 502 Bad Gateway');
    expect(server.requests.filter((request) => request === broken)).toHaveLength(2);
    expect(existsSync(targetDir)).toBe(false);
  });

  it('times out a file that never arrives', async () => {
    const pinned = pinnedVersion('v2.1.0');
    const stalled = `/${pinned.commit}/Examples-unresolved.yaml`;
    server = await startSpecServer((request, response, next) => {
      if (request.url === stalled) response.writeHead(200).write('openapi: '); // …and never ends
      else return next();
    });
    const targetDir = path.join(scratch, 'cache', 'v2.1.0');

    const error = await expectSpecError(
      fetchSpec({ ...isolated(server.baseUrl), version: 'v2.1.0', targetDir, timeoutMs: 200, retries: 1 }),
    );

    expect(error.message).toContain(`${server.baseUrl}${stalled}`);
    expect(error.message).toMatch(/timed out/);
    expect(server.requests.filter((request) => request === stalled)).toHaveLength(2);
    expect(existsSync(targetDir)).toBe(false);
  });

  it('names the URL when the server cannot be reached', async () => {
    const closed = await startSpecServer();
    const deadBase = closed.baseUrl;
    await closed.close();
    const pinned = pinnedVersion('v2.1.0');

    const error = await expectSpecError(
      fetchSpec({ ...isolated(deadBase), version: 'v2.1.0', targetDir: path.join(scratch, 'cache', 'v2.1.0'), retries: 0 }),
    );

    expect(error.message).toMatch(new RegExp(`${deadBase}/${pinned.commit}/\\S+`));
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('reports an already-present cache without any request, unless forced', async () => {
    server = await startSpecServer();
    const targetDir = path.join(scratch, 'cache', 'v2.1.0');
    const first = await fetchSpec({ ...isolated(server.baseUrl), version: 'v2.1.0', targetDir });
    server.requests.length = 0;
    const events: FetchSpecEvent[] = [];

    const again = await fetchSpec({ ...isolated(server.baseUrl), version: 'v2.1.0', targetDir, onProgress: (event) => events.push(event) });

    expect(again.status).toBe('already-present');
    expect(again.files).toEqual(first.files);
    expect(server.requests).toEqual([]);
    expect(events).toEqual([{ type: 'already-present', dir: targetDir, files: first.files.length }]);

    const forced = await fetchSpec({ ...isolated(server.baseUrl), version: 'v2.1.0', targetDir, force: true });
    expect(forced.status).toBe('downloaded');
    expect(server.requests).toHaveLength(first.files.length);
    expect(await readdir(path.dirname(targetDir))).toEqual(['v2.1.0']);
  });

  it('does not reach for the network when no server is needed, not even the default base URL', async () => {
    // Already present: a fetchImpl that fails proves no request is attempted.
    server = await startSpecServer();
    const targetDir = path.join(scratch, 'cache', 'v1.8.3');
    await fetchSpec({ ...isolated(server.baseUrl), version: 'v1.8.3', targetDir });
    let calls = 0;
    const result = await fetchSpec({
      version: 'v1.8.3',
      targetDir,
      env: {},
      fetchImpl: () => {
        calls++;
        return Promise.reject(new Error('no network in tests'));
      },
    });
    expect(result.status).toBe('already-present');
    expect(calls).toBe(0);
  });

  it('repairs a cache whose files were modified', async () => {
    server = await startSpecServer();
    const targetDir = path.join(scratch, 'cache', 'v2.1.0');
    await fetchSpec({ ...isolated(server.baseUrl), version: 'v2.1.0', targetDir });
    const edited = path.join(targetDir, 'DataTypes-unresolved.yaml');
    await writeFile(edited, 'edited by hand\n');
    server.requests.length = 0;

    const result = await fetchSpec({ ...isolated(server.baseUrl), version: 'v2.1.0', targetDir });

    expect(result.status).toBe('downloaded');
    expect((await readFile(edited)).equals(await readFile(path.join(SHARED_SPEC_DIR, 'v2.1.0', 'DataTypes-unresolved.yaml')))).toBe(true);
    expect(await readdir(path.dirname(targetDir))).toEqual(['v2.1.0']);
  });

  it('refuses to replace a directory that holds files of its own', async () => {
    server = await startSpecServer();
    const targetDir = path.join(scratch, 'documents');
    await mkdir(targetDir, { recursive: true });
    await writeFile(path.join(targetDir, 'thesis.txt'), 'precious');
    const before = await snapshot(targetDir);

    const error = await expectSpecError(fetchSpec({ ...isolated(server.baseUrl), version: 'v2.1.0', targetDir }));

    expect(error.message).toContain('thesis.txt');
    expect(await snapshot(targetDir)).toEqual(before);
    expect(server.requests).toEqual([]);
  });

  it('rejects an unknown version and a base URL that is not http(s)', async () => {
    const unknown = await expectSpecError(fetchSpec({ version: 'v9.9.9', targetDir: path.join(scratch, 'x'), env: {} }));
    expect(unknown.message).toContain('v2.1.0');
    expect(() => specBaseUrl('file:///etc', {})).toThrow(SpecError);
    expect(() => specBaseUrl('not a url', {})).toThrow(SpecError);
    expect(specBaseUrl(undefined, {})).toBe('https://raw.githubusercontent.com/elexon-data/dip-api-documentation');
  });
});

/** The CLI as a process of its own, without MHHS_DIP_SPEC_DIR, its cache in the scratch folder. */
function cli(args: readonly string[], baseUrl: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: path.join(scratch, 'xdg'), [SPEC_BASE_URL_ENV]: baseUrl, NO_COLOR: '1' };
  delete env.MHHS_DIP_SPEC_DIR;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'bin/mhhs-qualify.js'), ...args], { cwd: projectRoot, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A base URL nothing listens on. */
async function unreachable(): Promise<string> {
  const closed = await startSpecServer();
  await closed.close();
  return closed.baseUrl;
}

const TODAY_S_MESSAGE = /no DIP API definitions for v2\.1\.0: pass --spec-dir, set MHHS_DIP_SPEC_DIR, or run 'mhhs-qualify spec fetch --version v2\.1\.0' to download them into \S+/;

describe('run and validate fetch the pinned version themselves when the machine lacks it', () => {
  it('downloads into the cache with the checks of spec fetch, saying so in one line, once', async () => {
    server = await startSpecServer();
    const env = { XDG_CACHE_HOME: path.join(scratch, 'xdg'), [SPEC_BASE_URL_ENV]: server.baseUrl };
    const lines: string[] = [];

    const spec = await loadSpecFetching({ version: 'v2.1.0', env }, { say: (line) => lines.push(line) });

    const cache = specCacheDir('v2.1.0', env);
    expect(lines).toEqual([
      `mhhs-qualify: no DIP API definitions v2.1.0 on this machine; downloading them from ${server.baseUrl} into ${cache} (commit ceafc54, every SHA-256 checked, as 'mhhs-qualify spec fetch' does)`,
    ]);
    expect(spec).toMatchObject({ dir: cache, source: 'cache', digests: { status: 'verified', mismatched: [] } });
    expect(server.requests).toHaveLength(pinnedVersion('v2.1.0').files.length);

    server.requests.length = 0;
    await loadSpecFetching({ version: 'v2.1.0', env }, { say: (line) => lines.push(line) });
    expect(lines).toHaveLength(1);
    expect(server.requests).toEqual([]);
  });

  it('offline: the error a machine without definitions always gave, plus why the download failed; nothing written', async () => {
    const env = { XDG_CACHE_HOME: path.join(scratch, 'xdg'), [SPEC_BASE_URL_ENV]: await unreachable() };
    const lines: string[] = [];

    const error = await expectSpecError(loadSpecFetching({ version: 'v2.1.0', env }, { say: (line) => lines.push(line) }));

    expect(lines).toHaveLength(1);
    const [first, second, ...rest] = error.message.split('\n');
    expect(first).toMatch(TODAY_S_MESSAGE);
    expect(second).toMatch(/^The automatic download failed: cannot download \S+ from http:\/\/127\.0\.0\.1:\d+\/ceafc54\S+: network error: .*ECONNREFUSED/);
    expect(rest).toEqual([]);
    expect(existsSync(path.join(scratch, 'xdg'))).toBe(false);
  });

  it('never fills a folder a person named: --spec-dir or MHHS_DIP_SPEC_DIR without definitions is reported as before', async () => {
    server = await startSpecServer();
    const empty = path.join(scratch, 'empty');
    await mkdir(empty);
    const say = (line: string) => expect.fail(`nothing is downloaded, yet: ${line}`);
    const env = { XDG_CACHE_HOME: path.join(scratch, 'xdg'), [SPEC_BASE_URL_ENV]: server.baseUrl };

    expect((await expectSpecError(loadSpecFetching({ version: 'v2.1.0', specDir: empty, env }, { say }))).message).toMatch(/^--spec-dir points at '.*empty', which holds no SubmitEvents-unresolved\.yaml/);
    expect((await expectSpecError(loadSpecFetching({ version: 'v2.1.0', env: { ...env, MHHS_DIP_SPEC_DIR: empty } }, { say }))).message).toMatch(/^MHHS_DIP_SPEC_DIR points at/);
    expect(server.requests).toEqual([]);
  });

  it('validate: downloads on a fresh machine, then judges; offline it exits 2 saying why', async () => {
    server = await startSpecServer();
    const fresh = await cli(['validate', 'examples/messages/if-031-ms-appointment.json', '--now', '2026-09-15'], server.baseUrl);
    expect(fresh.status, fresh.stderr).toBe(0);
    expect(fresh.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^mhhs-qualify: no DIP API definitions v2\.1\.0 on this machine; downloading them from/)]);
    expect(fresh.stdout).toContain('IF-031 [MSApp]  PASS');
    expect(server.requests).toHaveLength(pinnedVersion('v2.1.0').files.length);

    await rm(path.join(scratch, 'xdg'), { recursive: true });
    const offline = await cli(['validate', 'examples/messages/if-031-ms-appointment.json'], await unreachable());
    expect(offline.status).toBe(2);
    const lines = offline.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/downloading them from/);
    expect(lines[1]).toMatch(new RegExp(`^mhhs-qualify: ${TODAY_S_MESSAGE.source}$`));
    expect(lines[2]).toMatch(/^The automatic download failed: cannot download .*ECONNREFUSED/);
    expect(offline.stdout).toBe('');
  });

  it('run: downloads on a fresh machine, then runs; offline it exits 2 before anything starts', async () => {
    server = await startSpecServer();
    const reports = path.join(scratch, 'reports');
    const args = ['run', '--tags', '@REC-22.6.1 and @segment:smart', '--time-scale', '3600', '--no-report', '--reports', reports];
    const fresh = await cli(args, server.baseUrl);
    expect(fresh.status, fresh.stderr + fresh.stdout).toBe(0);
    expect(fresh.stderr.split('\n')[0]).toMatch(/^mhhs-qualify: no DIP API definitions v2\.1\.0 on this machine; downloading them from/);
    expect(fresh.stderr.split('\n')[1]).toMatch(/^mhhs-qualify run: profile/);
    expect(JSON.parse(await readFile(path.join(reports, 'summary.json'), 'utf8')).totals.pass).toBeGreaterThan(0);

    await rm(path.join(scratch, 'xdg'), { recursive: true });
    await rm(reports, { recursive: true });
    const offline = await cli(args, await unreachable());
    expect(offline.status).toBe(2);
    expect(offline.stderr).toMatch(new RegExp(`\nmhhs-qualify: ${TODAY_S_MESSAGE.source}\nThe automatic download failed: cannot download .*ECONNREFUSED`));
    expect(offline.stderr).not.toMatch(/mhhs-qualify run: profile/);
    expect(existsSync(reports)).toBe(false);
  }, 180_000);
});
