// Checks an evidence pack offline: the signature over the manifest, then every file against
// its digest, and nothing missing or added. Names each file that fails.
import { unzipSync } from 'fflate';
import { parseRttmCsv } from '../../requirements/rttm.ts';
import { type PackDigest, packDigest } from './pack-digest.ts';
import { type Manifest, MANIFEST, PACK_CONTROL_FILES, PUBLIC_KEY, sha256, SIGNATURE, verifyManifest } from './manifest.ts';

export interface PackVerification {
  readonly ok: boolean;
  readonly problems: readonly string[];
  readonly files: number;
  readonly signedWith: 'given public key' | 'key inside the pack';
  readonly metadata: Record<string, unknown> | undefined;
  /** What the pack proves, from its own files; undefined when it is not a readable zip. */
  readonly digest?: PackDigest;
}

export interface VerifyOptions {
  /** Also require a certification run whose applicable mandatory requirements all passed. */
  readonly requireCertification?: boolean;
}

export function verifyPack(zipBytes: Uint8Array, publicKeyPem?: string, options: VerifyOptions = {}): PackVerification {
  const problems: string[] = [];
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zipBytes);
  } catch (error) {
    return { ok: false, problems: [`not a readable zip: ${(error as Error).message}`], files: 0, signedWith: 'key inside the pack', metadata: undefined };
  }
  const manifestBytes = entries[MANIFEST];
  const signature = entries[SIGNATURE];
  const key = publicKeyPem ?? (entries[PUBLIC_KEY] ? Buffer.from(entries[PUBLIC_KEY]).toString('utf8') : undefined);
  const signedWith = publicKeyPem ? 'given public key' : 'key inside the pack';
  if (!manifestBytes) problems.push(`${MANIFEST} is missing`);
  if (!signature) problems.push(`${SIGNATURE} is missing`);
  if (!key) problems.push(`no public key: pass --public-key or keep ${PUBLIC_KEY} in the pack`);
  let manifest: Manifest | undefined;
  if (manifestBytes && signature && key) {
    try {
      if (!verifyManifest(manifestBytes, signature, key)) problems.push(`${SIGNATURE} does not match ${MANIFEST} for the ${signedWith}`);
    } catch (error) {
      problems.push(`the public key cannot be read: ${(error as Error).message}`);
    }
  }
  if (manifestBytes) {
    try {
      manifest = JSON.parse(Buffer.from(manifestBytes).toString('utf8')) as Manifest;
    } catch {
      problems.push(`${MANIFEST} is not JSON`);
    }
  }
  if (manifest) {
    const listed = new Set(manifest.files.map((file) => file.path));
    for (const file of manifest.files) {
      const bytes = entries[file.path];
      if (!bytes) problems.push(`${file.path}: listed in the manifest but missing from the pack`);
      else if (sha256(bytes) !== file.sha256 || bytes.length !== file.bytes) problems.push(`${file.path}: content differs from the manifest (SHA-256 ${sha256(bytes).slice(0, 16)}…, expected ${file.sha256.slice(0, 16)}…)`);
    }
    for (const name of Object.keys(entries)) {
      if (!listed.has(name) && !PACK_CONTROL_FILES.has(name)) problems.push(`${name}: in the pack but not in the manifest`);
    }
  }
  let metadata: Record<string, unknown> | undefined;
  try {
    metadata = entries['metadata.json'] ? (JSON.parse(Buffer.from(entries['metadata.json']).toString('utf8')) as Record<string, unknown>) : undefined;
  } catch {
    problems.push('metadata.json is not JSON');
  }
  if (options.requireCertification) problems.push(...certificationProblems(metadata, entries['rttm.csv']));
  return { ok: problems.length === 0, problems, files: manifest?.files.length ?? 0, signedWith, metadata, digest: packDigest(entries) };
}

function certificationProblems(metadata: Record<string, unknown> | undefined, rttm: Uint8Array | undefined): string[] {
  const problems: string[] = [];
  if (metadata?.certification !== true) problems.push(`metadata.json: not a certification run (${String(metadata?.submission ?? 'no metadata')})`);
  if (!rttm) return [...problems, 'rttm.csv is missing: the requirements tested cannot be shown'];
  const untested = parseRttmCsv(Buffer.from(rttm).toString('utf8')).filter(
    (row) => row.Status !== 'optional' && !['passed', 'waived', 'not applicable'].includes(row.Coverage),
  );
  for (const id of new Set(untested.map((row) => row['Requirement ID']))) problems.push(`rttm.csv: mandatory requirement ${id} was not shown to pass`);
  return problems;
}
