// Builds the evidence pack: one zip of the run's evidence, run metadata, a manifest with the
// SHA-256 of every file and a detached signature over the manifest.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
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
import { isRedactable, maskMpan, redactFile, redactText } from './redaction.ts';
import { digestRows, type PackDigest, packDigest } from './pack-digest.ts';
import type { SelftestResult } from '../../selftest/selftest-result.ts';
import { requirementCoverage } from '../../requirements/coverage.ts';
import { readFeatureScenarios } from '../../requirements/feature-scenarios.ts';
import { loadRequirementCatalogue } from '../../requirements/requirement-catalogue.ts';
import { rerunCommand } from '../../run/rerun-command.ts';
import { verdictTotals } from '../../run/run-summary.ts';
import { qualificationSummaryHtml } from '../summary/qualification-summary-html.ts';
import { summaryPdf } from '../summary/summary-pdf.ts';
import { readMarketTimes } from '../summary/market-times.ts';
import type { SummaryMetadata, SummaryRun } from '../summary/summary-input.ts';
import type { SlaRecord } from '../sla-records.ts';

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
  /** The qualification summary as packed (masked like the pack): written beside the run's reports too. */
  readonly summary: { readonly html: Uint8Array; readonly pdf?: Uint8Array };
  /** Why summary.pdf is missing (no Chromium), when it is. */
  readonly summaryPdfProblem?: string;
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
        ? { path: file.path, bytes: Buffer.from(redactFile(file.path, Buffer.from(file.bytes).toString('utf8'))) }
        : file,
  );
}

const CERTIFICATE_HEADER = /("x-dip-signature-certificate":\s*)"([^"]*)"/gi;
const SIGNATURE_HEADER = /("x-dip-signature":\s*)"([^"]*)"/gi;

/**
 * An exchange as the pack's report shows it, its signature headers folded; the journal in the
 * pack keeps both whole, byte for byte, under the exchange's ID:
 * - the signing certificate every signed exchange carries (1.6 KB of base64, the same one on
 *   thousands of exchanges, a fifth of the report) reads as its SHA-256 fingerprint;
 * - the signature (344 characters of base64 for RSA-2048, random to a compressor: two fifths of
 *   the report's zipped attachments) reads as its length.
 */
export function foldSignatureHeaders(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString('utf8');
  if (!/"x-dip-signature/i.test(text)) return bytes;
  return Buffer.from(
    text
      .replace(CERTIFICATE_HEADER, (_, key: string, value: string) => `${key}"certificate SHA-256 ${createHash('sha256').update(value).digest('hex')} (whole in the journal)"`)
      .replace(SIGNATURE_HEADER, (_, key: string, value: string) => `${key}"${value.length} characters of base64 (whole in the journal)"`),
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
    for (const file of results) writeFileSync(path.join(work, 'allure-results', path.basename(file.path)), file.path.endsWith('-attachment.json') ? foldSignatureHeaders(file.bytes) : file.bytes);
    const report = await buildAllureReport(path.join(work, 'allure-results'), path.join(work, 'allure-report'), certification, undefined, undefined, digestRows(digest));
    return [{ path: 'allure-report/index.html', bytes: readFileSync(report) }];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The qualification summary (src/evidence/summary/), made from the pack's own files, masked
 * as they are, so it shows nothing the pack does not hold. The PDF needs Chromium: without it
 * the pack still gets the HTML, and the caller says why the PDF is missing.
 */
async function packSummary(options: PackOptions, evidence: readonly PackFile[], digest: PackDigest, slaRecords: readonly SlaRecord[]): Promise<{ files: PackFile[]; problem?: string }> {
  const read = (name: string) => {
    const file = evidence.find((candidate) => candidate.path === name);
    return file ? (JSON.parse(Buffer.from(file.bytes).toString('utf8')) as unknown) : undefined;
  };
  // A summary.json lacking a part (hand-made, or a stage that never started) still gets a summary.
  const recorded = (read('summary.json') ?? {}) as Partial<SummaryRun>;
  const scenarios = Array.isArray(recorded.scenarios) ? recorded.scenarios : [];
  const summary: SummaryRun = { startedAt: '', finishedAt: '', ...recorded, scenarios, totals: recorded.totals ?? verdictTotals(scenarios) };
  const coverage = requirementCoverage(loadRequirementCatalogue(), readFeatureScenarios(), options.profile, summary);
  const profile = path.relative(process.cwd(), options.profile.file) || options.profile.file;
  const marketTimes = readMarketTimes(path.join(options.reportsDir, 'run'));
  const html = qualificationSummaryHtml({
    digest,
    metadata: (read('metadata.json') ?? {}) as SummaryMetadata,
    summary,
    coverage,
    slaRecords,
    rerun: (location) => rerunCommand({ location, seed: options.run.seed, timeScale: options.run.timeScale, faults: options.run.faults, profile, specVersion: options.spec.version, ...(summary.runId ? { runId: summary.runId } : {}) }),
    ...(marketTimes ? { marketTimes } : {}),
  });
  const files: PackFile[] = [{ path: 'summary.html', bytes: Buffer.from(html) }];
  try {
    files.push({ path: 'summary.pdf', bytes: await summaryPdf(html) });
    return { files };
  } catch (error) {
    return { files, problem: (error as Error).message };
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
  const gatheredEvidence = [...runFiles, slaTable, ...fileIfPresent(options.profile.file, 'capability-declaration.yaml'), metadata(options, summary, key.ephemeral)];
  // One place computes the facts a reviewer reads first; verify, the summary's cover and the report's overview show them.
  const digestOf = (files: readonly PackFile[]) => packDigest(Object.fromEntries(files.map((file) => [file.path, file.bytes])));
  const maskedSlaRecords = options.redact === false ? slaRecords : slaRecords.map((record) => ({ ...record, mpan: maskMpan(record.mpan), scenario: redactText(record.scenario) }));
  const packedSummary = await packSummary(options, gatheredEvidence, digestOf(gatheredEvidence), maskedSlaRecords);
  const evidence = [...gatheredEvidence, ...packedSummary.files];
  // Again with the summary in: its own line on the first page names it.
  const digest = digestOf(evidence);
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
  const [html, pdf] = packedSummary.files;
  return {
    file: options.out,
    files: files.length,
    bytes: zipped.length,
    millis: performance.now() - started,
    ephemeralKey: key.ephemeral,
    digest,
    summary: { html: html!.bytes, ...(pdf ? { pdf: pdf.bytes } : {}) },
    ...(packedSummary.problem ? { summaryPdfProblem: packedSummary.problem } : {}),
  };
}
