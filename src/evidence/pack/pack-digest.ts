// What a pack proves, on one page: the participant and its declaration, the transport, the
// verdicts, how far the requirements that apply were shown to pass, the SLAs measured and the
// waivers applied. Read from the pack's own files (metadata.json, summary.json, rttm.csv,
// sla-table.csv), so a reviewer sees the figures the verified files hold.
import { parseCsv } from '../csv.ts';

export interface PackDigest {
  readonly roles: string;
  readonly declaration: string;
  readonly transport: string;
  readonly verdicts: string;
  readonly requirements: string;
  readonly slas: string;
  readonly waivers: string;
}

const text = (bytes: Uint8Array | undefined): string | undefined => (bytes ? Buffer.from(bytes).toString('utf8') : undefined);

function json(bytes: Uint8Array | undefined): Record<string, unknown> | undefined {
  try {
    return bytes ? (JSON.parse(text(bytes)!) as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const counted = (counts: ReadonlyMap<string, number>, order: readonly string[]): string =>
  order.filter((key) => counts.get(key)).map((key) => `${counts.get(key)} ${key}`).join(', ') || 'none';

export function packDigest(entries: Readonly<Record<string, Uint8Array>>): PackDigest {
  const metadata = json(entries['metadata.json']) as
    | { participant?: { roles?: Array<{ role: string; dipId: string; mpid: string }> }; capabilities?: { segments?: string[]; processes?: string[]; declared?: boolean }; transport?: { security?: string; signingProfile?: string } }
    | undefined;
  const summary = json(entries['summary.json']) as { totals?: Record<string, number>; scenarios?: unknown[]; waivers?: Array<{ expired?: boolean; waiver?: { id?: string; reference?: string } }> } | undefined;

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
  const applied = (summary?.waivers ?? []).filter((entry) => !entry.expired);
  const capabilities = metadata?.capabilities;
  return {
    roles: (metadata?.participant?.roles ?? []).map((role) => `${role.role} ${role.dipId} (${role.mpid})`).join(', ') || '?',
    declaration: capabilities?.declared ? `segments ${(capabilities.segments ?? []).join(', ')}; processes ${(capabilities.processes ?? []).join(', ') || 'none listed'}` : 'no capability declaration',
    transport: metadata?.transport ? `${metadata.transport.security ?? '?'}${metadata.transport.signingProfile ? ` (signing profile ${metadata.transport.signingProfile})` : ''}` : '?',
    verdicts: `${summary?.scenarios?.length ?? 0} scenarios: ${totals.pass ?? 0} passed, ${totals.fail ?? 0} failed, ${totals.inconclusive ?? 0} inconclusive, ${totals.error ?? 0} errors`,
    requirements: `${coverage.size} requirements: ${counted(coverageCounts, ['passed', 'waived', 'not passed', 'not run', 'no scenario', 'not applicable'])}`,
    slas: `${slaRows.length} measured: ${counted(slaCounts, ['met', 'missed'])}${provisional ? ` (${provisional} against provisional windows)` : ''}`,
    waivers: applied.length ? applied.map((entry) => `${entry.waiver?.id ?? '?'} (${entry.waiver?.reference ?? '?'})`).join(', ') : 'none',
  };
}
