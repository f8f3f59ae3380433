// Builds the evidence pack: one zip of the run's evidence, run metadata, a manifest with the
// SHA-256 of every file and a detached signature over the manifest.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import type { ParticipantProfile } from '../../profile/participant-profile.ts';
import type { LoadedSpec } from '../../spec/load-spec.ts';
import { MANIFEST, manifestOf, PUBLIC_KEY, SIGNATURE, signingKey, signManifest } from './manifest.ts';
import { fileIfPresent, gatherRunFiles, type PackFile } from './pack-files.ts';
import { readSlaRecords, slaTableCsv } from '../sla-records.ts';

export interface PackOptions {
  readonly reportsDir: string;
  readonly out: string;
  readonly profile: ParticipantProfile;
  readonly spec: LoadedSpec;
  readonly run: { readonly seed: number; readonly timeScale: number; readonly faults: readonly string[]; readonly certification?: boolean };
  /** PEM of the signatory's private key; absent: a throw-away key (integrity only). */
  readonly signingKeyPem?: string | undefined;
  readonly signatory?: string | undefined;
}

export interface BuiltPack {
  readonly file: string;
  readonly files: number;
  readonly bytes: number;
  readonly millis: number;
  readonly ephemeralKey: boolean;
}

const PROJECT = path.resolve(import.meta.dirname, '../../..');

function suiteCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: PROJECT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown (not a git checkout)';
  }
}

function metadata(options: PackOptions, summary: { startedAt?: string; finishedAt?: string } | undefined, ephemeralKey: boolean): PackFile {
  const { version } = JSON.parse(readFileSync(path.join(PROJECT, 'package.json'), 'utf8')) as { version: string };
  const body = {
    suite: { name: 'mhhs-qualify', version, commit: suiteCommit() },
    spec: { version: options.spec.version, commit: options.spec.pinned.commit, digests: options.spec.digests.status, modifiedFiles: options.spec.digests.mismatched },
    participant: { name: options.profile.name, launch: options.profile.launch, roles: options.profile.roles.map(({ role, dipId, mpid }) => ({ role, dipId, mpid })) },
    capabilities: options.profile.capabilities,
    environmentTag: 'UIT',
    run: { startedAt: summary?.startedAt ?? null, finishedAt: summary?.finishedAt ?? null, seed: options.run.seed, timeScale: options.run.timeScale, faults: options.run.faults },
    certification: options.run.certification === true,
    submission: options.run.certification ? 'Certification run' : 'NOT FOR SUBMISSION: development run',
    signatory: options.signatory ?? null,
    signature: ephemeralKey ? 'throw-away key made for this pack: proves integrity, not identity' : 'signatory key',
  };
  return { path: 'metadata.json', bytes: Buffer.from(`${JSON.stringify(body, null, 2)}\n`) };
}

export function buildPack(options: PackOptions): BuiltPack {
  const started = performance.now();
  const key = signingKey(options.signingKeyPem);
  const runFiles = gatherRunFiles(options.reportsDir);
  const summaryFile = runFiles.find((file) => file.path === 'summary.json');
  const summary = summaryFile ? (JSON.parse(Buffer.from(summaryFile.bytes).toString('utf8')) as { startedAt?: string; finishedAt?: string }) : undefined;
  const slaTable: PackFile = { path: 'sla-table.csv', bytes: Buffer.from(slaTableCsv(readSlaRecords(path.join(options.reportsDir, 'run')))) };
  const files = [...runFiles, slaTable, ...fileIfPresent(options.profile.file, 'capability-declaration.yaml'), metadata(options, summary, key.ephemeral)];
  const manifestBytes = Buffer.from(`${JSON.stringify(manifestOf(files, new Date().toISOString()), null, 2)}\n`);
  const zipped = zipSync({
    ...Object.fromEntries(files.map((file) => [file.path, file.bytes])),
    [MANIFEST]: manifestBytes,
    [SIGNATURE]: signManifest(manifestBytes, key),
    [PUBLIC_KEY]: Buffer.from(key.publicKeyPem),
  });
  writeFileSync(options.out, zipped);
  return { file: options.out, files: files.length, bytes: zipped.length, millis: performance.now() - started, ephemeralKey: key.ephemeral };
}
