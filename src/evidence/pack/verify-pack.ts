// Checks an evidence pack offline: the signature over the manifest, then every file against
// its digest, and nothing missing or added. Names each file that fails, and withholds every
// figure of the first page read from a file that failed: a tampered summary.json must not show
// its verdicts as if they were the run's.
import { unzipSync } from 'fflate';
import { parseRttmCsv } from '../../requirements/rttm.ts';
import { DIGEST_SOURCES, type PackDigest, packDigest } from './pack-digest.ts';
import { type Manifest, MANIFEST, PACK_CONTROL_FILES, PUBLIC_KEY, sha256, SIGNATURE, verifyManifest } from './manifest.ts';

/** Why no figure is shown when the manifest cannot vouch for any file. */
export const NO_FILE_TRUSTED = 'no file can be trusted without a manifest whose signature verifies';

export interface PackVerification {
  readonly ok: boolean;
  readonly problems: readonly string[];
  readonly files: number;
  readonly signedWith: 'given public key' | 'key inside the pack';
  /** metadata.json, when it passed its check under a trusted manifest. */
  readonly metadata: Record<string, unknown> | undefined;
  /**
   * What the pack proves, from its own files. A figure whose file failed its check reads
   * `(untrusted: summary.json differs from its digest)`; no digest at all when the manifest is
   * missing, unreadable or not signed by the key (then no file can be trusted), or the pack is
   * not a readable zip.
   */
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
  let signatureHolds = false;
  if (manifestBytes && signature && key) {
    try {
      signatureHolds = verifyManifest(manifestBytes, signature, key);
      if (!signatureHolds) problems.push(`${SIGNATURE} does not match ${MANIFEST} for the ${signedWith}`);
    } catch (error) {
      problems.push(`the public key cannot be read: ${(error as Error).message}`);
    }
  }
  const manifest = manifestBytes ? readManifest(manifestBytes, problems) : undefined;

  // Each file that fails its check, and how: its figures are withheld below.
  const failed = new Map<string, string>();
  if (manifest) {
    const listed = new Set(manifest.files.map((file) => file.path));
    for (const file of manifest.files) {
      const bytes = entries[file.path];
      if (!bytes) {
        problems.push(`${file.path}: listed in the manifest but missing from the pack`);
        failed.set(file.path, 'is missing from the pack');
      } else if (sha256(bytes) !== file.sha256 || bytes.length !== file.bytes) {
        problems.push(`${file.path}: content differs from the manifest (SHA-256 ${sha256(bytes).slice(0, 16)}…, expected ${file.sha256.slice(0, 16)}…)`);
        failed.set(file.path, 'differs from its digest');
      }
    }
    for (const name of Object.keys(entries)) {
      if (!listed.has(name) && !PACK_CONTROL_FILES.has(name)) {
        problems.push(`${name}: in the pack but not in the manifest`);
        failed.set(name, 'is not in the manifest');
      }
    }
  }
  const manifestTrusted = signatureHolds && manifest !== undefined;
  const whyUntrusted = (file: string): string | undefined => (!manifestTrusted ? NO_FILE_TRUSTED : failed.has(file) ? `${file} ${failed.get(file)}` : undefined);
  const trusted = manifestTrusted ? Object.fromEntries(Object.entries(entries).filter(([name]) => !failed.has(name))) : {};

  let metadata: Record<string, unknown> | undefined;
  try {
    metadata = trusted['metadata.json'] ? (JSON.parse(Buffer.from(trusted['metadata.json']).toString('utf8')) as Record<string, unknown>) : undefined;
  } catch {
    problems.push('metadata.json is not JSON');
  }
  if (options.requireCertification) {
    const why = whyUntrusted('metadata.json') ?? whyUntrusted('rttm.csv');
    problems.push(...(why ? [`certification not checked: ${why}`] : certificationProblems(metadata, trusted['rttm.csv'])));
  }
  return {
    ok: problems.length === 0,
    problems,
    files: manifest?.files.length ?? 0,
    signedWith,
    metadata,
    ...(manifestTrusted ? { digest: withheld(packDigest(trusted), whyUntrusted) } : {}),
  };
}

function readManifest(bytes: Uint8Array, problems: string[]): Manifest | undefined {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    problems.push(`${MANIFEST} is not JSON`);
    return undefined;
  }
  const files = (value as { files?: unknown } | null)?.files;
  const wellFormed = Array.isArray(files) && files.every((file: Partial<Record<string, unknown>> | null) => typeof file?.path === 'string' && typeof file.sha256 === 'string' && typeof file.bytes === 'number');
  if (!wellFormed) problems.push(`${MANIFEST} is not a manifest: it needs a list of files, each with its path, SHA-256 and size`);
  return wellFormed ? (value as Manifest) : undefined;
}

/** The digest with each figure read from a file that failed its check replaced by the reason. */
function withheld(digest: PackDigest, whyUntrusted: (file: string) => string | undefined): PackDigest {
  const figures = Object.entries(digest).map(([figure, value]) => {
    const why = whyUntrusted(DIGEST_SOURCES[figure as keyof PackDigest]);
    return [figure, why ? `(untrusted: ${why})` : value];
  });
  return Object.fromEntries(figures) as PackDigest;
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
