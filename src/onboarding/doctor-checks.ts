// The checks of `mhhs-qualify doctor` that need no certificate maths and no network: the
// profile itself, the files it names, the API keys, the DIP API definitions and the emulator's
// port. Each check is a small function returning one result: what was checked, ok / warn /
// FAIL, what was found, and what to do about it. None of them ever reads out a secret.
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { loadProfile, type ParticipantProfile, type ParticipantRole } from '../profile/participant-profile.ts';
import { loadSpec } from '../spec/load-spec.ts';
import { DEFAULT_SPEC_VERSION } from '../spec/pinned-versions.ts';
import { cacheToFill } from '../spec/spec-location.ts';
import { portFreeNow } from './free-port.ts';

export type CheckStatus = 'ok' | 'warn' | 'FAIL';

export interface CheckResult {
  readonly check: string;
  readonly status: CheckStatus;
  readonly detail: string;
  /** What to do; empty when there is nothing to do. */
  readonly fix: string;
}

export const ok = (check: string, detail: string): CheckResult => ({ check, status: 'ok', detail, fix: '' });
export const warn = (check: string, detail: string, fix: string): CheckResult => ({ check, status: 'warn', detail, fix });
export const fail = (check: string, detail: string, fix: string): CheckResult => ({ check, status: 'FAIL', detail, fix });

/** The files `certs init` writes that the suite itself uses against an external participant. */
export const SUITE_PKI_FILES = ['ca.pem', 'dip-server.pem', 'dip-server.key.pem', 'dip-client.pem', 'dip-client.key.pem', 'dip-signing.pem', 'dip-signing.key.pem'] as const;

const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

export function checkProfile(file: string): { result: CheckResult; profile?: ParticipantProfile } {
  try {
    const profile = loadProfile(file);
    const roles = profile.roles.map((role) => `${role.role} ${role.dipId}`).join(', ');
    return { result: ok('profile', `${profile.name}: ${roles} (${profile.launch})`), profile };
  } catch (error) {
    const fix = /^cannot read profile/.test((error as Error).message) ? 'write one with mhhs-qualify init, or pass --profile FILE' : 'correct the field the message names';
    return { result: fail('profile', (error as Error).message, fix) };
  }
}

/** Why a path cannot be read as a file, or undefined when it can. */
export function unreadable(file: string): string | undefined {
  try {
    if (!statSync(file).isFile()) return `${file} is not a file`;
    accessSync(file, constants.R_OK);
    return undefined;
  } catch (error) {
    return `cannot read ${file} (${errorCode(error)})`;
  }
}

export function checkParticipantCaFile(file: string): CheckResult {
  const problem = unreadable(file);
  if (!problem) return ok('participant CA file', `${file} is readable`);
  return fail('participant CA file', problem, 'set transport.participantCa to the PEM file of the CA that issued your TLS and signing certificates');
}

export function checkSuitePkiFiles(dir: string): CheckResult {
  const fix = `make them with: mhhs-qualify certs init --dir ${dir}, then have your systems trust ${path.join(dir, 'ca.pem')}`;
  try {
    if (!statSync(dir).isDirectory()) return fail('suite PKI files', `${dir} is not a folder`, fix);
  } catch (error) {
    return fail('suite PKI files', `folder ${dir} is missing (${errorCode(error)})`, fix);
  }
  const problems = SUITE_PKI_FILES.map((name) => unreadable(path.join(dir, name))).filter(Boolean);
  if (problems.length) return fail('suite PKI files', problems.join('; '), fix);
  return ok('suite PKI files', `${SUITE_PKI_FILES.length} files readable in ${dir}`);
}

export function checkIdMapFile(file: string): CheckResult {
  const problem = unreadable(file);
  if (!problem) return ok('id map file', `${file} is readable`);
  return fail('id map file', problem, 'write it with mhhs-qualify rttm import FILE, or remove idMap from the profile');
}

/** Where the key is and that it is there; the key itself is never read out. */
export function checkApiKey(role: ParticipantRole, env: NodeJS.ProcessEnv = process.env): CheckResult {
  const check = `API key ${role.role} ${role.dipId}`;
  const source = role.apiKey;
  if (!source) return fail(check, 'the profile names no apiKey for this role', `add apiKey: { env: VARIABLE } or apiKey: { file: PATH } to the ${role.role} role`);
  if (source.env) {
    if (env[source.env]) return ok(check, `environment variable ${source.env} is set (value not shown)`);
    return fail(check, `environment variable ${source.env} is not set`, `export ${source.env}=<the API key the DIP issued for ${role.dipId}> before running`);
  }
  const file = source.file!;
  const problem = unreadable(file);
  if (problem) return fail(check, problem, `put the API key of ${role.dipId} in ${file}, readable by this user only (chmod 600)`);
  if (readFileSync(file, 'utf8').trim() === '') return fail(check, `${file} is empty`, `put the API key of ${role.dipId} in ${file}`);
  // Group or world bits on a key file let other users of the machine read the key.
  if ((statSync(file).mode & 0o077) !== 0) return warn(check, `${file} is readable by other users`, `chmod 600 ${file}`);
  return ok(check, `${file} is readable (value not shown)`);
}

export function checkTriggerDeclared(profile: ParticipantProfile, name: string, roles: readonly string[]): CheckResult | undefined {
  if (!profile.roles.some((role) => roles.includes(role.role))) return undefined;
  const trigger = profile.triggers[name];
  const check = `trigger ${name}`;
  if (!trigger) return warn(check, `the profile declares no ${name} trigger, so the scenarios that need it will be inconclusive`, `add triggers.${name} with http: {url}, command or manual (see README, the triggers table)`);
  if ('command' in trigger) return ok(check, `command '${trigger.command}' (run by the suite, not by doctor)`);
  if ('manual' in trigger) return ok(check, 'manual: a person at the terminal is asked during the run; an unattended run marks those scenarios inconclusive');
  return undefined; // An http trigger is probed over the network with the webhook.
}

export function checkSpec(options: { specDir?: string | undefined; specVersion?: string | undefined; env?: NodeJS.ProcessEnv }): CheckResult {
  const version = options.specVersion ?? DEFAULT_SPEC_VERSION;
  try {
    const spec = loadSpec({ version, specDir: options.specDir, ...(options.env ? { env: options.env } : {}) });
    const from = { flag: '--spec-dir', env: 'MHHS_DIP_SPEC_DIR', cache: 'user cache' }[spec.source];
    if (spec.digests.status === 'verified') return ok('DIP API definitions', `${spec.version} in ${spec.dir} (${from}), every file matches the pinned SHA-256`);
    return warn(
      'DIP API definitions',
      `${spec.version} in ${spec.dir} (${from}) is MODIFIED: ${spec.digests.mismatched.join(', ')} differ from the published files`,
      `a certification run refuses modified definitions: run mhhs-qualify spec fetch --version ${spec.version} --force and point MHHS_DIP_SPEC_DIR at the published files`,
    );
  } catch (error) {
    // Nothing named a folder and the cache is empty: run and validate download the pinned
    // version themselves, so a machine with internet access is not blocked by it.
    const cache = cacheToFill({ specDir: options.specDir, version, ...(options.env ? { env: options.env } : {}) });
    if (cache) {
      return warn('DIP API definitions', `${version} is not on this machine yet; run and validate download it into ${cache} on first use (every SHA-256 checked)`, `nothing, with internet access; offline, run mhhs-qualify spec fetch --version ${version} where there is access and copy the folder, or set MHHS_DIP_SPEC_DIR`);
    }
    return fail('DIP API definitions', (error as Error).message, `run mhhs-qualify spec fetch --version ${version}, or set MHHS_DIP_SPEC_DIR (or --spec-dir) to a folder of Elexon's DIP API definitions`);
  }
}

/** The emulator must be able to listen where the profile says, or the run cannot start. */
export function checkEmulatorPort(host: string, port: number): Promise<CheckResult> {
  const check = 'DIP emulator address';
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      void (async () => {
        const newAddress = 'give your systems the new DIP base URL https://<this machine>:<port>';
        if (error.code === 'EADDRINUSE') {
          const free = await portFreeNow(host);
          resolve(
            fail(
              check,
              `another program listens on ${host}:${port} (or a run still going), so the emulator cannot`,
              `stop that program (see which: ss -ltnp 'sport = :${port}' on Linux, lsof -nP -iTCP:${port} -sTCP:LISTEN on macOS), or set emulator.port to a free port${free ? ` (${free} is free now)` : ''} and ${newAddress}`,
            ),
          );
          return;
        }
        const why: Record<string, string> = {
          EADDRNOTAVAIL: `${host} is not an address of this machine`,
          EACCES: `this user may not listen on port ${port}`,
        };
        resolve(fail(check, why[error.code ?? ''] ?? `cannot listen on ${host}:${port} (${error.code ?? error.message})`, `set emulator.host/emulator.port to an address of this machine it may listen on, and ${newAddress}`));
      })();
    });
    server.listen(port, host, () => server.close(() => resolve(ok(check, `${host}:${port} is free for the emulator`))));
  });
}
