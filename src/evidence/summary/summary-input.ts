// What the qualification summary is made from: the facts the evidence pack already holds, as
// plain data, so the pack builder fills it from the pack's own files (metadata.json,
// summary.json, the run's SLA records) and the summary never shows a figure the pack lacks.
import type { CoverageReport } from '../../requirements/coverage.ts';
import type { RunExit } from '../../run/exit-code.ts';
import type { RunSummary } from '../../run/run-summary.ts';
import type { AppliedWaiver } from '../../run/waivers.ts';
import type { SelftestResult } from '../../selftest/selftest-result.ts';
import type { PackDigest } from '../pack/pack-digest.ts';
import type { SlaRecord } from '../sla-records.ts';

/**
 * metadata.json as the pack carries it (src/evidence/pack/build-pack.ts `metadata()`). Every
 * field is optional: an older pack, or a hand-made one, may lack some, and the summary then
 * says "?" rather than refuse.
 */
export interface SummaryMetadata {
  readonly suite?: { readonly version?: string; readonly commit?: string };
  readonly spec?: {
    readonly version?: string;
    readonly commit?: string;
    /** `verified` when every definition file matched its published digest, else `modified`. */
    readonly digests?: string;
    readonly modifiedFiles?: readonly string[];
  };
  readonly participant?: { readonly name?: string; readonly roles?: ReadonlyArray<{ readonly role: string; readonly dipId: string; readonly mpid: string }> };
  readonly capabilities?: {
    readonly segments?: readonly string[];
    readonly processes?: readonly string[];
    readonly gspGroups?: readonly string[];
    readonly meterTypes?: readonly string[] | null;
    readonly sends?: readonly string[];
    /** A Smart Data Service's Meter Data Retrievers (src/profile/meter-data-retrievers.ts). */
    readonly dataService?: { readonly mdrModel?: string; readonly ownMdr?: boolean; readonly mdrs?: ReadonlyArray<{ readonly dipId: string; readonly mpid: string }> };
    readonly declared?: boolean;
  };
  readonly transport?: { readonly security?: string; readonly signingProfile?: string };
  readonly run?: {
    readonly id?: string | null;
    readonly startedAt?: string | null;
    readonly finishedAt?: string | null;
    readonly seed?: number;
    readonly timeScale?: number;
    readonly faults?: readonly string[];
  };
  readonly certification?: boolean;
  readonly submission?: string;
  readonly signatory?: string | null;
  readonly selftest?: SelftestResult | null;
}

/** summary.json as `mhhs-qualify run` (or `merge`) writes it: the run summary, its waivers and exit. */
export interface SummaryRun extends RunSummary {
  readonly waivers?: readonly AppliedWaiver[];
  readonly exit?: RunExit;
}

export interface SummaryInput {
  /** The pack's digest (src/evidence/pack/pack-digest.ts): the cover repeats its lines. */
  readonly digest: PackDigest;
  readonly metadata: SummaryMetadata;
  readonly summary: SummaryRun;
  /** One entry per requirement of the catalogue, with its state and the findings that broke it. */
  readonly coverage: Pick<CoverageReport, 'requirements'>;
  /** Every timed message of the run (run/slas-worker-N.jsonl). */
  readonly slaRecords: readonly SlaRecord[];
  /** The command that runs one scenario again, by its location (`features/…:12`); undefined when there is none. */
  readonly rerun: (location: string) => string | undefined;
  /**
   * The first and last market time of the run (GB local, as the journal writes them), when the
   * journal was at hand: under a compressed clock they are days apart from the real dates.
   * src/evidence/summary/market-times.ts reads them from the run's journal.
   */
  readonly marketTimes?: { readonly first: string; readonly last: string };
}
