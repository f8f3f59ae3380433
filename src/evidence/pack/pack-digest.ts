// What a pack proves, on one page: the participant and its declaration, the suite and the
// definitions it ran, certification or not, the signatory, the transport, the verdicts, how far
// the requirements that apply were shown to pass, the SLAs measured, the waivers applied and
// the suite's kill rate. Read from the pack's own files (metadata.json, summary.json, rttm.csv,
// sla-table.csv), so a reviewer sees the figures the verified files hold. Two renderers show
// these facts: `verify`'s first page and the overview of the Allure report inside the pack.
import { loadBusinessProcesses } from '../../processes/business-processes.ts';
import { killRateOf, type SelftestResult } from '../../selftest/selftest-result.ts';
import { parseCsv } from '../csv.ts';
import { COVERAGE_STATES } from '../../requirements/coverage.ts';

export { killRateOf };
export interface PackDigest {
  readonly participant: string;
  readonly roles: string;
  readonly declaration: string;
  readonly certification: string;
  readonly suite: string;
  readonly run: string;
  readonly signatory: string;
  readonly transport: string;
  readonly verdicts: string;
  readonly requirements: string;
  readonly slas: string;
  readonly waivers: string;
  readonly killRate: string;
  /** The qualification summary in the pack, the document to file with the QAD. */
  readonly summary: string;
}

interface PackMetadata {
  suite?: { version?: string; commit?: string };
  spec?: { version?: string; digests?: string };
  participant?: { name?: string; roles?: Array<{ role: string; dipId: string; mpid: string }> };
  capabilities?: { segments?: string[]; processes?: string[]; declared?: boolean };
  transport?: { security?: string; signingProfile?: string };
  run?: { startedAt?: string | null; seed?: number; timeScale?: number; faults?: string[] };
  certification?: boolean;
  submission?: string;
  signatory?: string | null;
  selftest?: SelftestResult | null;
}

/** The pack file each figure is read from: `verify` withholds a figure whose file fails its check. */
export const DIGEST_SOURCES: Readonly<Record<keyof PackDigest, string>> = {
  participant: 'metadata.json',
  roles: 'metadata.json',
  declaration: 'metadata.json',
  certification: 'metadata.json',
  suite: 'metadata.json',
  run: 'metadata.json',
  signatory: 'metadata.json',
  transport: 'metadata.json',
  verdicts: 'summary.json',
  requirements: 'rttm.csv',
  slas: 'sla-table.csv',
  waivers: 'summary.json',
  killRate: 'metadata.json',
  summary: 'summary.pdf',
};

const text = (bytes: Uint8Array | undefined): string | undefined => (bytes ? Buffer.from(bytes).toString('utf8') : undefined);

function json(bytes: Uint8Array | undefined): Record<string, unknown> | undefined {
  try {
    return bytes ? (JSON.parse(text(bytes)!) as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Counts in reading order; a key the order does not know (an older pack's word) still counts, after them. */
const counted = (counts: ReadonlyMap<string, number>, order: readonly string[]): string =>
  [...order, ...[...counts.keys()].filter((key) => !order.includes(key))].filter((key) => counts.get(key)).map((key) => `${counts.get(key)} ${key}`).join(', ') || 'none';


export function packDigest(entries: Readonly<Record<string, Uint8Array>>): PackDigest {
  const metadata = json(entries['metadata.json']) as PackMetadata | undefined;
  const summary = json(entries['summary.json']) as { totals?: Record<string, number>; scenarios?: Array<{ notApplicable?: boolean }>; waivers?: Array<{ expired?: boolean; waiver?: { id?: string; reference?: string } }> } | undefined;

  // One coverage state per requirement: the RTTM has a row per requirement and scenario.
  const coverage = new Map<string, string>();
  for (const row of parseCsv(text(entries['rttm.csv']) ?? '')) if (row['Requirement ID']) coverage.set(row['Requirement ID'], row.Coverage ?? '');
  const coverageCounts = new Map<string, number>();
  for (const state of coverage.values()) coverageCounts.set(state, (coverageCounts.get(state) ?? 0) + 1);

  const slaRows = parseCsv(text(entries['sla-table.csv']) ?? '');
  const slaCounts = new Map<string, number>();
  for (const row of slaRows) slaCounts.set(row.verdict ?? '', (slaCounts.get(row.verdict ?? '') ?? 0) + 1);
  const provisional = slaRows.filter((row) => row.provisional === 'true').length;

  const totals = summary?.totals ?? {};
  const notApplicable = (summary?.scenarios ?? []).filter((scenario) => scenario.notApplicable === true).length;
  const applied = (summary?.waivers ?? []).filter((entry) => !entry.expired);
  const capabilities = metadata?.capabilities;
  const run = metadata?.run;
  const faults = run?.faults ?? [];
  return {
    participant: metadata?.participant?.name ?? '?',
    roles: (metadata?.participant?.roles ?? []).map((role) => `${role.role} ${role.dipId} (${role.mpid})`).join(', ') || '?',
    declaration: capabilities?.declared ? `segments ${(capabilities.segments ?? []).join(', ')}; ${processesDeclared(capabilities.processes ?? [])}` : 'no capability declaration',
    certification: metadata === undefined ? '?' : metadata.certification === true ? 'yes: certification run' : `no: ${metadata.submission ?? 'NOT FOR SUBMISSION: development run'}`,
    suite: `mhhs-qualify ${metadata?.suite?.version ?? '?'} (${metadata?.suite?.commit?.slice(0, 12) ?? '?'}), DIP API ${metadata?.spec?.version ?? '?'}${metadata?.spec?.digests && metadata.spec.digests !== 'verified' ? ` (definitions ${metadata.spec.digests})` : ''}`,
    run: run
      ? `${run.startedAt ?? '?'}; time scale ×${run.timeScale ?? '?'}, seed ${run.seed ?? '?'}, ${faults.length ? `fault switches ${faults.join(', ')}` : 'no fault switches'}`
      : '?',
    signatory: metadata?.signatory ?? '(none named)',
    transport: metadata?.transport ? `${metadata.transport.security ?? '?'}${metadata.transport.signingProfile ? ` (signing profile ${metadata.transport.signingProfile})` : ''}` : '?',
    verdicts: `${summary?.scenarios?.length ?? 0} scenarios: ${totals.pass ?? 0} passed, ${totals.fail ?? 0} failed, ${totals.inconclusive ?? 0} inconclusive${notApplicable ? ` (${notApplicable} not applicable)` : ''}, ${totals.error ?? 0} errors`,
    requirements: `${coverage.size} requirements: ${counted(coverageCounts, COVERAGE_STATES)}`,
    slas: `${slaRows.length} measured: ${counted(slaCounts, ['met', 'missed'])}${provisional ? ` (${provisional} against provisional windows)` : ''}`,
    waivers: applied.length ? applied.map((entry) => `${entry.waiver?.id ?? '?'} (${entry.waiver?.reference ?? '?'})`).join(', ') : 'none',
    killRate: killRateOf(metadata?.selftest, metadata?.suite?.commit),
    summary: summaryNamed(entries),
  };
}

/**
 * The digest as labelled rows, in reading order: both renderers (verify, the report's overview)
 * use these. Who and what ran come first, then what it showed; the report's overview shows the
 * first eight in one panel and the rest in another (src/run/report-overview.ts).
 */
export function digestRows(digest: PackDigest): ReadonlyArray<readonly [label: string, value: string]> {
  return [
    ['participant', digest.participant],
    ['roles', digest.roles],
    ['declared', digest.declaration],
    ['certification', digest.certification],
    ['suite', digest.suite],
    ['run', digest.run],
    ['signatory', digest.signatory],
    ['transport', digest.transport],
    ['verdicts', digest.verdicts],
    ['requirements', digest.requirements],
    ['SLAs', digest.slas],
    ['waivers', digest.waivers],
    ['kill rate', digest.killRate],
    ['summary', digest.summary],
  ];
}

/**
 * Where the qualification summary is, and its length: a PDF's pages are its `/Type /Page`
 * objects (Chromium writes one per page, uncompressed), which is all a first page needs.
 */
function summaryNamed(entries: Readonly<Record<string, Uint8Array>>): string {
  const pdf = entries['summary.pdf'];
  const html = entries['summary.html'] ? ' and summary.html' : '';
  if (!pdf) return html ? 'summary.html (no PDF in this pack)' : 'none in this pack';
  const pages = Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
  return `summary.pdf (${pages} page${pages === 1 ? '' : 's'})${html}: the qualification summary to file with the QAD`;
}

/** The declared processes; every one the suite knows (a profile that leaves the key out) in two words, not eighteen ids. */
function processesDeclared(processes: readonly string[]): string {
  if (processes.length === 0) return 'processes none listed';
  const known = [...loadBusinessProcesses().keys()];
  return known.every((id) => processes.includes(id)) ? 'every process' : `processes ${processes.join(', ')}`;
}
