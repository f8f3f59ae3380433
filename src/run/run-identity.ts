// What makes runs on several machines parts of one run: the same suite, DIP definitions,
// participant profile, data seed, market time, faults, scenario selection and waivers. Every
// summary.json records it, so that `mhhs-qualify merge` can refuse shards of different runs
// and say what differs.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { suiteCommit } from '../evidence/pack/build-pack.ts';

export interface RunIdentity {
  readonly suite: { readonly version: string; readonly commit: string };
  readonly specVersion: string;
  /** The profile by content: the same file may sit at another path on another machine. */
  readonly profile: { readonly name: string; readonly sha256: string };
  readonly seed: number;
  readonly timeScale: number;
  readonly faults: readonly string[];
  /** The `--tags` expression: shards split what it selects, so all must select the same. */
  readonly tags: string;
  readonly certification: boolean;
  /** SHA-256 of the waivers file, or null without one. */
  readonly waivers: string | null;
}

export interface RunIdentityInput {
  readonly profileFile: string;
  readonly profileName: string;
  readonly specVersion: string;
  readonly seed: number;
  readonly timeScale: number;
  readonly faults: readonly string[];
  readonly tags: string | undefined;
  readonly certification: boolean;
  readonly waiversFile: string | undefined;
}

const PROJECT = path.resolve(import.meta.dirname, '../..');

export const fileSha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

export function runIdentity(input: RunIdentityInput): RunIdentity {
  const { version } = JSON.parse(readFileSync(path.join(PROJECT, 'package.json'), 'utf8')) as { version: string };
  return {
    suite: { version, commit: suiteCommit() },
    specVersion: input.specVersion,
    profile: { name: input.profileName, sha256: fileSha256(input.profileFile) },
    seed: input.seed,
    timeScale: input.timeScale,
    // `--fault a b` and `--fault b a` are the same run.
    faults: [...input.faults].sort(),
    tags: input.tags?.trim() ?? '',
    certification: input.certification,
    waivers: input.waiversFile ? fileSha256(input.waiversFile) : null,
  };
}

/** Each property compared, with how a person reads its value. */
const PROPERTIES: readonly { readonly name: string; readonly show: (identity: RunIdentity) => string; readonly key?: (identity: RunIdentity) => string }[] = [
  { name: 'suite commit', show: (identity) => identity.suite.commit },
  { name: 'suite version', show: (identity) => identity.suite.version },
  { name: 'DIP API version', show: (identity) => identity.specVersion },
  { name: 'profile', show: (identity) => `${identity.profile.name} (SHA-256 ${identity.profile.sha256.slice(0, 12)})`, key: (identity) => identity.profile.sha256 },
  { name: 'seed', show: (identity) => String(identity.seed) },
  { name: 'time scale', show: (identity) => String(identity.timeScale) },
  { name: 'faults', show: (identity) => identity.faults.join(' ') || 'none' },
  { name: 'tags', show: (identity) => identity.tags || '(every scenario)' },
  { name: 'certification', show: (identity) => (identity.certification ? 'certification run' : 'development run') },
  { name: 'waivers', show: (identity) => (identity.waivers ? `file with SHA-256 ${identity.waivers.slice(0, 12)}` : 'none') },
];

/** What differs between two runs, one phrase per property: `seed 1 here, 2 there`. */
export function identityDifferences(here: RunIdentity, there: RunIdentity): { property: string; here: string; there: string }[] {
  return PROPERTIES.filter(({ show, key = show }) => key(here) !== key(there)).map(({ name, show }) => ({ property: name, here: show(here), there: show(there) }));
}
