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
}

export interface BuiltPack {
  readonly file: string;
  readonly files: number;
  readonly bytes: number;
  readonly millis: number;
  readonly ephemeralKey: boolean;
}

const PROJECT = path.resolve(import.meta.dirname, '../../..');

export function suiteCommit(): string {
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
    run: { startedAt: summary?.startedAt ?? null, finishedAt: summary?.finishedAt ?? null, seed: options.run.seed, timeScale: options.run.timeScale, faults: options.run.faults },
    certification: options.run.certification === true,
    submission: options.run.certification ? 'Certification run' : 'NOT FOR SUBMISSION: development run',
    signatory: options.signatory ?? null,
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
 * Redacted copies of the run's text files, and a report rebuilt from the redacted results.
 * Screenshots of the participant's UI (browser triggers) cannot be masked, so a redacted pack
 * holds a blank image in their place.
 */
async function redacted(files: readonly PackFile[]): Promise<PackFile[]> {
  const masked = files.map((file) =>
    file.path.endsWith('.png')
      ? { path: file.path, bytes: WITHHELD_PNG }
      : isRedactable(file.path) && file.path !== 'allure-report/index.html'
        ? { path: file.path, bytes: Buffer.from(redactText(Buffer.from(file.bytes).toString('utf8'))) }
        : file,
  );
  if (!files.some((file) => file.path === 'allure-report/index.html')) return masked;
  // The single-file report embeds every attachment: rebuild it from the masked results.
  const work = mkdtempSync(path.join(tmpdir(), 'mhhs-pack-report-'));
  try {
    const results = path.join(work, 'allure-results');
    mkdirSync(results);
    for (const file of masked.filter((candidate) => candidate.path.startsWith('allure-results/'))) writeFileSync(path.join(results, path.basename(file.path)), file.bytes);
    const report = await buildAllureReport(results, path.join(work, 'allure-report'), false, readReportName(files));
    return masked.map((file) => (file.path === 'allure-report/index.html' ? { path: file.path, bytes: readFileSync(report) } : file));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The report's title, kept when the report is rebuilt (development runs say NOT FOR SUBMISSION there). */
function readReportName(files: readonly PackFile[]): string | undefined {
  const html = files.find((file) => file.path === 'allure-report/index.html');
  return html ? /<title>([^<]*)<\/title>/.exec(Buffer.from(html.bytes).toString('utf8'))?.[1] : undefined;
}

export async function buildPack(options: PackOptions): Promise<BuiltPack> {
  const started = performance.now();
  const key = signingKey(options.signingKeyPem);
  const gathered = gatherRunFiles(options.reportsDir);
  const runFiles = options.redact === false ? gathered : await redacted(gathered);
  const summaryFile = runFiles.find((file) => file.path === 'summary.json');
  const summary = summaryFile ? (JSON.parse(Buffer.from(summaryFile.bytes).toString('utf8')) as { startedAt?: string; finishedAt?: string }) : undefined;
  const slaRecords = readSlaRecords(path.join(options.reportsDir, 'run'));
  const slaCsv = slaTableCsv(options.redact === false ? slaRecords : slaRecords.map((record) => ({ ...record, mpan: maskMpan(record.mpan) })));
  const slaTable: PackFile = { path: 'sla-table.csv', bytes: Buffer.from(options.redact === false ? slaCsv : redactText(slaCsv)) };
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
