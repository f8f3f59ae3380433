// `mhhs-qualify pack` (also run at the end of every `run`) and `mhhs-qualify verify`.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildPack, type BuiltPack } from '../../evidence/pack/build-pack.ts';
import { NO_FILE_TRUSTED, verifyPack } from '../../evidence/pack/verify-pack.ts';
import { digestRows } from '../../evidence/pack/pack-digest.ts';
import { loadProfile } from '../../profile/participant-profile.ts';
import { DEFAULT_PROFILE } from '../../run/run-settings.ts';
import { DEFAULT_SELFTEST_RESULT, readSelftestResult, type SelftestResult } from '../../selftest/selftest-result.ts';
import { loadSpec } from '../../spec/load-spec.ts';
import type { ConsoleIO } from '../output/console-io.ts';
import { UsageError } from '../usage-error.ts';

export const SIGNING_KEY_ENV = 'MHHS_SIGNING_KEY_FILE';
export const SIGNATORY_ENV = 'MHHS_SIGNATORY';

export interface PackCommandOptions {
  readonly reports?: string;
  readonly out?: string;
  readonly profile?: string;
  readonly signingKey?: string;
  readonly signatory?: string;
  readonly specVersion?: string;
  readonly specDir?: string;
  readonly seed?: number;
  readonly timeScale?: number;
  readonly faults?: readonly string[];
  readonly certification?: boolean;
  readonly redact?: boolean;
  /** The latest selftest's selftest-result.json (default: reports/selftest/selftest-result.json); its kill rate goes into the pack. */
  readonly selftestResult?: string;
  /** `--pack-raw`: keep the raw Allure results in the pack too. */
  readonly packRaw?: boolean;
}

function readKey(file: string | undefined): string | undefined {
  if (!file) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the signing key ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/** The kill rate a pack carries: the named file must be there; the default one may not be (no selftest run here yet). */
function readSelftest(file: string | undefined): SelftestResult | null {
  try {
    const result = readSelftestResult(path.resolve(file ?? DEFAULT_SELFTEST_RESULT));
    if (result === null && file !== undefined) throw new Error(`${file} does not exist: run mhhs-qualify selftest --reports ${path.dirname(file)}, or leave --selftest-result out`);
    return result;
  } catch (error) {
    throw new UsageError(`--selftest-result: ${(error as Error).message}`);
  }
}

/** Builds the pack, and leaves its qualification summary (masked as the pack is) beside the reports. */
export async function packEvidence(options: PackCommandOptions): Promise<PackedEvidence> {
  const reportsDir = path.resolve(options.reports ?? 'reports');
  const pack = await buildPack({
    reportsDir,
    out: path.resolve(options.out ?? path.join(reportsDir, 'evidence-pack.zip')),
    profile: loadProfile(path.resolve(options.profile ?? DEFAULT_PROFILE)),
    spec: loadSpec({ version: options.specVersion, specDir: options.specDir }),
    run: { seed: options.seed ?? 1, timeScale: options.timeScale ?? 600, faults: options.faults ?? [], certification: options.certification ?? false },
    signingKeyPem: readKey(options.signingKey ?? process.env[SIGNING_KEY_ENV]),
    signatory: options.signatory ?? process.env[SIGNATORY_ENV],
    redact: options.redact !== false,
    selftest: readSelftest(options.selftestResult),
    raw: options.packRaw === true,
  });
  const summaryFiles = [path.join(reportsDir, 'summary.pdf'), path.join(reportsDir, 'summary.html')];
  writeFileSync(summaryFiles[1]!, pack.summary.html);
  // A PDF from an earlier pack must not stand beside this pack's HTML.
  if (pack.summary.pdf) writeFileSync(summaryFiles[0]!, pack.summary.pdf);
  else rmSync(summaryFiles[0]!, { force: true });
  return { ...pack, summaryFiles: pack.summary.pdf ? summaryFiles : summaryFiles.slice(1) };
}

/** A pack built for a reports folder: the summary files written beside it. */
export type PackedEvidence = BuiltPack & { readonly summaryFiles: readonly string[] };

export function describePack(pack: BuiltPack & { readonly summaryFiles?: readonly string[] }): string {
  const signed = pack.ephemeralKey ? `signed with a throw-away key (set ${SIGNING_KEY_ENV} to sign as the signatory)` : 'signed with the signatory key';
  const described = `Evidence pack: ${pack.file} (${pack.files} files, ${(pack.bytes / 1024 / 1024).toFixed(1)} MB, built in ${Math.round(pack.millis)} ms, ${signed})`;
  const files = pack.summaryFiles?.length ? pack.summaryFiles.join(', ') : 'in the pack';
  return `${described}\nQualification summary: ${files}${pack.summaryPdfProblem ? `; no summary.pdf: ${pack.summaryPdfProblem}` : ''}`;
}

export async function packCommand(options: PackCommandOptions, io: ConsoleIO): Promise<number> {
  io.out(describePack(await packEvidence(options)));
  return 0;
}

export function verifyCommand(pack: string, options: { publicKey?: string; format?: string; requireCertification?: boolean }, io: ConsoleIO): number {
  let bytes: Buffer;
  try {
    bytes = readFileSync(pack);
  } catch (error) {
    throw new UsageError(`cannot read ${pack} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const result = verifyPack(bytes, readKey(options.publicKey), { requireCertification: options.requireCertification === true });
  if (options.format === 'json') {
    io.out(JSON.stringify(result, null, 2));
    return result.ok ? 0 : 1;
  }
  // Problems come first, before any figure: a figure read from a file that failed is withheld.
  io.out(
    [
      `${pack}: ${result.ok ? 'VERIFIED' : 'NOT VERIFIED'}`,
      ...result.problems.map((problem) => `  PROBLEM        ${problem}`),
      `  files          ${result.files} in the manifest, every one checked against its SHA-256`,
      `  signature      checked with the ${result.signedWith}`,
      ...(result.digest ? digestRows(result.digest).map(([label, value]) => `  ${label.padEnd(15)}${value}`) : [`  figures        none shown: ${NO_FILE_TRUSTED}`]),
    ].join('\n'),
  );
  return result.ok ? 0 : 1;
}
