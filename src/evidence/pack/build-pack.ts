// Builds the evidence pack: one zip of the run's evidence, run metadata, a manifest with the
// SHA-256 of every file and a detached signature over the manifest.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import type { ParticipantProfile } from '../../profile/participant-profile.ts';
import type { LoadedSpec } from '../../spec/load-spec.ts';
import { signingProfile } from '../../transport/dip-signature.ts';
import { MANIFEST, manifestOf, PUBLIC_KEY, SIGNATURE, signingKey, signManifest } from './manifest.ts';
import { fileIfPresent, gatherRunFiles, type PackFile } from './pack-files.ts';
import { readSlaRecords, slaTableCsv } from '../sla-records.ts';
import { buildAllureReport } from '../../run/allure-report.ts';
import { isRedactable, maskMpan, redactText } from './redaction.ts';
import { digestRows, type PackDigest, packDigest } from './pack-digest.ts';
import type { SelftestResult } from '../../selftest/selftest-result.ts';

export interface PackOptions {
  readonly reportsDir: string;
  readonly out: string;
  readonly profile: ParticipantProfile;
  readonly spec: LoadedSpec;
  readonly run: { readonly seed: number; readonly timeScale: number; readonly faults: readonly string[]; readonly certification?: boolean };
  /** PEM of the signatory's private key; absent: a throw-away key (integrity only). */
  readonly signingKeyPem?: string | undefined;
  readonly signatory?: string | undefined;
  /** Mask MPANs and addresses (the default); false keeps every byte as exchanged. */
  readonly redact?: boolean;
  /** The latest selftest's result (the suite's kill rate), or null when none has run. */
  readonly selftest?: SelftestResult | null;
  /**
   * Keep the raw Allure results (`--pack-raw`). Left out by default: the report inside the pack
   * is built from them and holds every attachment, and `verify` needs none of them.
   */
  readonly raw?: boolean;
}

export interface BuiltPack {
  readonly file: string;
  readonly files: number;
  readonly bytes: number;
  readonly millis: number;
  readonly ephemeralKey: boolean;
  /** The facts of the pack's first page, as `verify` will print them from the pack. */
  readonly digest: PackDigest;
}

const PROJECT = path.resolve(import.meta.dirname, '../../..');

export function suiteCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: PROJECT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown (not a git checkout)';
  }
}

function metadata(options: PackOptions, summary: { runId?: string; startedAt?: string; finishedAt?: string } | undefined, ephemeralKey: boolean): PackFile {
  const { version } = JSON.parse(readFileSync(path.join(PROJECT, 'package.json'), 'utf8')) as { version: string };
  const body = {
    suite: { name: 'mhhs-qualify', version, commit: suiteCommit() },
    spec: {
      version: options.spec.version,
      commit: options.spec.pinned.commit,
      digests: options.spec.digests.status,
      modifiedFiles: options.spec.digests.mismatched,
      files: options.spec.pinned.files,
    },
    participant: { name: options.profile.name, launch: options.profile.launch, roles: options.profile.roles.map(({ role, dipId, mpid }) => ({ role, dipId, mpid })) },
    capabilities: options.profile.capabilities,
    environmentTag: 'UIT',
    transport:
      options.profile.transport.security === 'mtls'
        ? { security: 'mutual TLS, DIP message signatures on every request both ways', signingProfile: options.profile.transport.signingProfile, signingProfileEvidence: signingProfile(options.profile.transport.signingProfile).evidence }
        : { security: 'plain HTTP, unsigned (development only)' },
    run: { id: summary?.runId ?? null, startedAt: summary?.startedAt ?? null, finishedAt: summary?.finishedAt ?? null, seed: options.run.seed, timeScale: options.run.timeScale, faults: options.run.faults },
    certification: options.run.certification === true,
    submission: options.run.certification ? 'Certification run' : 'NOT FOR SUBMISSION: development run',
    signatory: options.signatory ?? null,
    // The suite's kill rate, from the latest `mhhs-qualify selftest` (src/selftest/selftest-result.ts).
    selftest: options.selftest ?? null,
    signature: ephemeralKey ? 'throw-away key made for this pack: proves integrity, not identity' : 'signatory key',
    redaction:
      options.redact === false
        ? 'none: MPANs and addresses as exchanged'
        : 'MPANs masked to first and last two digits; address lines and postcodes replaced; screenshots of the participant’s UI withheld (blank images)',
  };
  return { path: 'metadata.json', bytes: Buffer.from(`${JSON.stringify(body, null, 2)}\n`) };
}

/** A 1×1 transparent PNG: what a redacted pack holds in place of a screenshot. */
const WITHHELD_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/**
 * Redacted copies of the run's text files. Screenshots of the participant's UI (browser
 * triggers) cannot be masked, so a redacted pack holds a blank image in their place.
 */
function redacted(files: readonly PackFile[]): PackFile[] {
  return files.map((file) =>
    file.path.endsWith('.png')
      ? { path: file.path, bytes: WITHHELD_PNG }
      : isRedactable(file.path)
        ? { path: file.path, bytes: Buffer.from(redactText(Buffer.from(file.bytes).toString('utf8'))) }
        : file,
  );
}

/**
 * The pack's report, built from the pack's own (masked) results, so the single-file report, which
 * embeds every attachment, holds nothing the results do not; its overview shows the digest.
 */
async function packReport(files: readonly PackFile[], certification: boolean, digest: PackDigest): Promise<PackFile[]> {
  const results = files.filter((file) => file.path.startsWith('allure-results/'));
  if (!results.length) return [];
  const work = mkdtempSync(path.join(tmpdir(), 'mhhs-pack-report-'));
  try {
    mkdirSync(path.join(work, 'allure-results'));
    for (const file of results) writeFileSync(path.join(work, 'allure-results', path.basename(file.path)), file.bytes);
    const report = await buildAllureReport(path.join(work, 'allure-results'), path.join(work, 'allure-report'), certification, undefined, undefined, digestRows(digest));
    return [{ path: 'allure-report/index.html', bytes: readFileSync(report) }];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export async function buildPack(options: PackOptions): Promise<BuiltPack> {
  const started = performance.now();
  const key = signingKey(options.signingKeyPem);
  // The run's report is left out: the pack's own is built below, with the digest on its overview.
  const gathered = gatherRunFiles(options.reportsDir).filter((file) => file.path !== 'allure-report/index.html');
  const runFiles = options.redact === false ? gathered : redacted(gathered);
  const summaryFile = runFiles.find((file) => file.path === 'summary.json');
  const summary = summaryFile ? (JSON.parse(Buffer.from(summaryFile.bytes).toString('utf8')) as { runId?: string; startedAt?: string; finishedAt?: string }) : undefined;
  const slaRecords = readSlaRecords(path.join(options.reportsDir, 'run'));
  const slaCsv = slaTableCsv(options.redact === false ? slaRecords : slaRecords.map((record) => ({ ...record, mpan: maskMpan(record.mpan) })));
  const slaTable: PackFile = { path: 'sla-table.csv', bytes: Buffer.from(options.redact === false ? slaCsv : redactText(slaCsv)) };
  const evidence = [...runFiles, slaTable, ...fileIfPresent(options.profile.file, 'capability-declaration.yaml'), metadata(options, summary, key.ephemeral)];
  // One place computes the facts a reviewer reads first; verify and the report's overview show them.
  const digest = packDigest(Object.fromEntries(evidence.map((file) => [file.path, file.bytes])));
  // The raw results are thousands of small files the report already holds: kept only on request.
  const kept = options.raw === true ? evidence : evidence.filter((file) => !file.path.startsWith('allure-results/'));
  const files = [...(await packReport(runFiles, options.run.certification === true, digest)), ...kept];
  const manifestBytes = Buffer.from(`${JSON.stringify(manifestOf(files, new Date().toISOString()), null, 2)}\n`);
  const zipped = zipSync({
    ...Object.fromEntries(files.map((file) => [file.path, file.bytes])),
    [MANIFEST]: manifestBytes,
    [SIGNATURE]: signManifest(manifestBytes, key),
    [PUBLIC_KEY]: Buffer.from(key.publicKeyPem),
  });
  writeFileSync(options.out, zipped);
  return { file: options.out, files: files.length, bytes: zipped.length, millis: performance.now() - started, ephemeralKey: key.ephemeral, digest };
}
