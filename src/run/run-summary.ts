// The run's own account of itself, built from cucumber's message stream: one entry per
// scenario with its verdict, and the totals. Written as reports/summary.json and printed.
import { NOT_APPLICABLE_PREFIX } from '../scenario/applicability.ts';
import type { Envelope, TestStepResultStatus } from '@cucumber/messages';
import { findingOf } from './without-stack-traces.ts';

export type ScenarioVerdict = 'pass' | 'fail' | 'inconclusive' | 'error';

export interface ScenarioSummary {
  readonly name: string;
  readonly feature: string;
  readonly tags: readonly string[];
  /** Feature file and line (an outline's example row), e.g. `features/dip-webhook/x.feature:16`: orders merged shards as one run. */
  readonly location?: string;
  readonly verdict: ScenarioVerdict;
  /**
   * True when the scenario was skipped because it does not apply (the profile's declaration, or a
   * process the market calendar has closed): its verdict is inconclusive, but it is no sign that
   * the environment stopped the run, and the exit code counts it as passed (src/run/exit-code.ts).
   */
  readonly notApplicable?: true;
  /** The first failing step's message, first line. */
  readonly cause?: string;
  /**
   * The fail findings of the defects that failed the scenario, each naming the requirement it
   * breaks. A failed scenario without them failed on a defect the suite could not pin to one
   * requirement (src/requirements/coverage.ts then fails the scenario's own requirements).
   */
  readonly findings?: readonly ScenarioFinding[];
  /** Findings of warning severity (one line each): they do not fail the scenario, but are on record. */
  readonly warnings?: readonly string[];
  readonly seconds: number;
  /** A live waiver covering this failure: still a failure, shown as waived. */
  readonly waiver?: string;
}

/** A fail finding that failed a scenario: the check (rule), where, what, and the requirement it breaks. */
export interface ScenarioFinding {
  readonly rule: string;
  readonly requirement: string;
  readonly pointer: string;
  readonly message: string;
}

/**
 * A run-level finding: a fail finding no scenario's verdict holds, because no scenario owns the
 * submission it is about (src/scenario/submission-defects.ts) or because it came after its
 * scenario had ended (src/scenario/late-repeats.ts). It fails the run (exit code 1).
 */
export interface RunFinding {
  readonly rule: string;
  readonly severity: string;
  readonly pointer: string;
  readonly message: string;
  readonly requirement?: string;
  /** The exchange it is about: its channel, market time and journal ID, and what the DIP answered. */
  readonly exchange?: { readonly id: string; readonly channel: string; readonly marketTime: string; readonly status: number | undefined };
  /** The scenario it is about, when one had ended before the finding was made (a repeat acted on again late). */
  readonly scenario?: { readonly name: string; readonly location?: string };
}

export interface RunSummary {
  /** The run's ID: every identifier the suite made in the run carries it (src/run/fresh-identifiers.ts). */
  readonly runId?: string;
  readonly scenarios: ScenarioSummary[];
  readonly totals: Record<ScenarioVerdict, number>;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly runFindings?: readonly RunFinding[];
}

interface Pending {
  pickleId: string;
  started: number;
  worst: { status: TestStepResultStatus; message?: string; exception?: string } | undefined;
  /** Why the scenario was skipped as not applicable, logged by the hook that skipped it. */
  notApplicable?: string;
  warnings?: string[];
  findings?: ScenarioFinding[];
}

/** The evidence attachment that lists a scenario's warnings (src/scenario/scenario-evidence.ts). */
export const WARNINGS_ATTACHMENT = 'warnings';

/** The evidence attachment that holds the defects that failed a scenario (steps/support/defects-of-the-scenario.ts). */
export const FINDINGS_ATTACHMENT = 'findings';

/** The fail findings of a `findings` attachment, or none when it cannot be read. */
function findingsOf(body: string): ScenarioFinding[] {
  try {
    const defects = JSON.parse(body) as Array<{ findings?: Array<Partial<ScenarioFinding> & { severity?: string }> }>;
    return defects.flatMap((defect) => defect.findings ?? []).filter((finding) => finding.severity !== 'warn')
      .map((finding) => ({ rule: String(finding.rule ?? ''), requirement: String(finding.requirement ?? ''), pointer: String(finding.pointer ?? ''), message: String(finding.message ?? '') }));
  } catch {
    return [];
  }
}


const RANK: Record<string, number> = { PASSED: 0, SKIPPED: 1, PENDING: 2, UNDEFINED: 3, AMBIGUOUS: 4, UNKNOWN: 4, FAILED: 5 };

/**
 * Cucumber's order of scenarios in a report (its JUnit XML): feature file, then line. Merged
 * shards are put back in this order, so they read like one run. Scenarios without a location
 * go last.
 */
export function compareLocations(a: string | undefined, b: string | undefined): number {
  if (!a || !b) return (a ? 0 : 1) - (b ? 0 : 1);
  const split = (location: string) => {
    const colon = location.lastIndexOf(':');
    return { uri: location.slice(0, colon), line: Number(location.slice(colon + 1)) };
  };
  const [left, right] = [split(a), split(b)];
  return left.uri === right.uri ? left.line - right.line : left.uri.localeCompare(right.uri);
}

/** How many scenarios ended with each verdict: summary.json's `totals`. */
export function verdictTotals(scenarios: ReadonlyArray<Pick<ScenarioSummary, 'verdict'>>): Record<ScenarioVerdict, number> {
  const totals: Record<ScenarioVerdict, number> = { pass: 0, fail: 0, inconclusive: 0, error: 0 };
  for (const scenario of scenarios) totals[scenario.verdict] += 1;
  return totals;
}

/** Cucumber status + error name → our verdict (see src/scenario/verdicts.ts). */
export function verdictOf(worst: Pending['worst']): ScenarioVerdict {
  if (!worst || worst.status === 'PASSED') return 'pass';
  if (worst.status === 'FAILED') {
    if (worst.exception === 'AssertionError' || worst.message?.startsWith('AssertionError')) return 'fail';
    if (worst.exception === 'Inconclusive' || worst.message?.startsWith('Inconclusive')) return 'inconclusive';
    return 'error';
  }
  if (worst.status === 'SKIPPED' || worst.status === 'PENDING') return 'inconclusive';
  return 'error';
}

/** The message and the first finding under it, without the stack: what a person reads first. */
function causeOf(message: string | undefined): string | undefined {
  if (!message) return undefined;
  // This machine's folders read relative (the checkout '.', the home '~'), as in junit.xml.
  const lines = findingOf(message).split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('at '));
  return lines.slice(0, 2).join(' — ').slice(0, 400);
}

export class RunSummaryCollector {
  private readonly pickles = new Map<string, { name: string; uri: string; line?: number; tags: string[] }>();
  private readonly features = new Map<string, string>();
  private readonly testCases = new Map<string, string>();
  private readonly running = new Map<string, Pending>();
  /** Pickles whose scenario has a verdict. */
  private readonly finishedPickles = new Set<string>();
  readonly scenarios: ScenarioSummary[] = [];
  private readonly startedAt = new Date().toISOString();

  constructor(private readonly onScenario?: (scenario: ScenarioSummary) => void) {}

  accept(envelope: Envelope): void {
    if (envelope.gherkinDocument?.feature && envelope.gherkinDocument.uri) this.features.set(envelope.gherkinDocument.uri, envelope.gherkinDocument.feature.name);
    if (envelope.pickle) {
      const { id, name, uri, location, tags } = envelope.pickle;
      this.pickles.set(id, { name, uri, ...(location ? { line: location.line } : {}), tags: tags.map((tag) => tag.name) });
    }
    if (envelope.testCase) this.testCases.set(envelope.testCase.id, envelope.testCase.pickleId);
    if (envelope.testCaseStarted) {
      this.running.set(envelope.testCaseStarted.id, { pickleId: this.testCases.get(envelope.testCaseStarted.testCaseId) ?? '', started: Date.now(), worst: undefined });
    }
    if (envelope.testStepFinished) {
      const pending = this.running.get(envelope.testStepFinished.testCaseStartedId);
      const result = envelope.testStepFinished.testStepResult;
      if (pending && (RANK[result.status] ?? 0) > (RANK[pending.worst?.status ?? 'PASSED'] ?? 0)) {
        pending.worst = { status: result.status, ...(result.message ? { message: result.message } : {}), ...(result.exception?.type ? { exception: result.exception.type } : {}) };
      }
    }
    if (envelope.attachment?.testCaseStartedId && envelope.attachment.body.startsWith(NOT_APPLICABLE_PREFIX)) {
      const pending = this.running.get(envelope.attachment.testCaseStartedId);
      if (pending) pending.notApplicable = envelope.attachment.body;
    }
    if (envelope.attachment?.testCaseStartedId && envelope.attachment.fileName === WARNINGS_ATTACHMENT) {
      const pending = this.running.get(envelope.attachment.testCaseStartedId);
      if (pending) pending.warnings = envelope.attachment.body.split('\n').filter((line) => line !== '');
    }
    if (envelope.attachment?.testCaseStartedId && envelope.attachment.fileName === FINDINGS_ATTACHMENT) {
      const pending = this.running.get(envelope.attachment.testCaseStartedId);
      if (pending) pending.findings = findingsOf(envelope.attachment.body);
    }
    if (envelope.testCaseFinished) {
      const pending = this.running.get(envelope.testCaseFinished.testCaseStartedId);
      if (!pending || envelope.testCaseFinished.willBeRetried) return;
      const pickle = this.pickles.get(pending.pickleId);
      const verdict = verdictOf(pending.worst);
      const skippedAsNotApplicable = pending.worst?.status === 'SKIPPED' ? pending.notApplicable : undefined;
      const cause = verdict === 'pass' ? undefined : causeOf(skippedAsNotApplicable ?? pending.worst?.message ?? pending.worst?.status);
      const scenario: ScenarioSummary = {
        name: pickle?.name ?? pending.pickleId,
        feature: this.features.get(pickle?.uri ?? '') ?? pickle?.uri ?? '',
        tags: pickle?.tags ?? [],
        ...(pickle?.line ? { location: `${pickle.uri}:${pickle.line}` } : {}),
        verdict,
        ...(skippedAsNotApplicable ? { notApplicable: true as const } : {}),
        ...(cause ? { cause } : {}),
        ...(verdict === 'fail' && pending.findings?.length ? { findings: pending.findings } : {}),
        ...(pending.warnings?.length ? { warnings: pending.warnings } : {}),
        seconds: Math.round((Date.now() - pending.started) / 100) / 10,
      };
      this.scenarios.push(scenario);
      this.finishedPickles.add(pending.pickleId);
      this.onScenario?.(scenario);
    }
  }

  /**
   * Selected scenarios that never finished: a parallel worker whose stage could not start takes
   * its share down with it. Each is a suite error, so such a run can never pass on the rest.
   */
  private unfinished(): ScenarioSummary[] {
    return [...new Set(this.testCases.values())]
      .filter((pickleId) => !this.finishedPickles.has(pickleId))
      .map((pickleId) => {
        const pickle = this.pickles.get(pickleId);
        return {
          name: pickle?.name ?? pickleId,
          feature: this.features.get(pickle?.uri ?? '') ?? pickle?.uri ?? '',
          tags: pickle?.tags ?? [],
          ...(pickle?.line ? { location: `${pickle.uri}:${pickle.line}` } : {}),
          verdict: 'error' as const,
          cause: 'not run: the run ended before this scenario (a worker stopped, or its stage could not start; see the messages above)',
          seconds: 0,
        };
      });
  }

  summary(): RunSummary {
    const scenarios = [...this.scenarios, ...this.unfinished()];
    return { scenarios, totals: verdictTotals(scenarios), startedAt: this.startedAt, finishedAt: new Date().toISOString() };
  }
}
