// Judges a selftest: the clean run must be all green, and each fault must be caught by a scenario
// meant for it (a fail verdict whose cause names the defect, or a run-level finding that names the
// scenario and the defect, made after the scenario ended). Anything else that turned red is
// reported, never dropped: a scenario red without being meant to catch the fault, a catching
// scenario that ended in error rather than failing, a run that produced no summary.
import { NOT_APPLICABLE_PREFIX } from '../scenario/applicability.ts';
import type { RunSummary, ScenarioSummary, ScenarioVerdict } from '../run/run-summary.ts';
import type { CatalogueEntry, FaultClass } from './fault-catalogue.ts';
import { type CheckIds, type Unexercised, unexercised } from './unexercised.ts';

/** One scenario's outcome in one run, as the matrix shows it. */
export interface ScenarioCell {
  readonly location: string;
  readonly name: string;
  readonly verdict: ScenarioVerdict;
  readonly cause?: string;
}

/** The outcome of one run: its summary, or why there is none. */
export type RunOutcome = { readonly summary: RunSummary; readonly seconds: number; readonly command: string } | { readonly problem: string; readonly seconds: number; readonly command: string };

export interface FaultOutcome {
  readonly switch: string;
  readonly class: FaultClass;
  readonly defect: string;
  readonly catches: string;
  readonly finding: string;
  readonly command: string;
  readonly seconds: number;
  /** Scenarios the fault run ran. */
  readonly ran: number;
  /** Scenarios meant to catch it that apply (not "not applicable" in the clean run). */
  readonly expected: number;
  /** Meant to catch it, and failed with the finding that names it, or named by a run-level finding with it (its cause then says so). */
  readonly caughtBy: readonly ScenarioCell[];
  /** Meant to catch it, and failed, but for another reason than the finding. */
  readonly failedOtherwise: readonly ScenarioCell[];
  /** Meant to catch it, and ended in error or inconclusive: not a verdict a code body can use. */
  readonly notFailVerdict: readonly ScenarioCell[];
  /** Meant to catch it, and stayed green (the defect did not show in that variant). */
  readonly stayedGreen: readonly ScenarioCell[];
  /** Not meant to catch it, yet failed with the finding that names it: the same defect, seen again. */
  readonly alsoCaughtBy: readonly ScenarioCell[];
  /** Turned red outside `catches` without naming it, as the catalogue's collateral says it may. */
  readonly collateral: readonly ScenarioCell[];
  /** Turned red outside `catches` and `collateral`, without the finding: reported, and the selftest fails. */
  readonly unexpectedRed: readonly ScenarioCell[];
  /** Requirement IDs (REQ- tags) of the scenarios that failed naming it: the requirements this fault shows able to fail. */
  readonly requirements: readonly string[];
  /** Every tag of the scenarios that failed naming it (process rows among them: @COS-02). */
  readonly tags: readonly string[];
  readonly runProblem?: string;
  readonly caught: boolean;
}

export interface CleanOutcome {
  readonly command: string;
  readonly seconds: number;
  readonly scenarios: number;
  readonly passed: number;
  readonly notApplicable: number;
  /** Anything not green in the clean run, other than a scenario that does not apply. */
  readonly problems: readonly ScenarioCell[];
  readonly runProblem?: string;
  readonly ok: boolean;
}

export interface KillMatrix {
  readonly clean: CleanOutcome;
  readonly faults: readonly FaultOutcome[];
  readonly caught: number;
  readonly unexpectedReds: number;
  /** Checks, SLAs, requirements and process steps no fault made fail: checks never shown able to fail. */
  readonly unexercised: Unexercised;
  /** 100 % caught, no unexpected red, every catching scenario a fail verdict, and a green clean run. */
  readonly ok: boolean;
}

const keyOf = (scenario: ScenarioSummary): string => scenario.location ?? `${scenario.feature} / ${scenario.name}`;

const cellOf = (scenario: ScenarioSummary): ScenarioCell => ({ location: keyOf(scenario), name: scenario.name, verdict: scenario.verdict, ...(scenario.cause ? { cause: scenario.cause } : {}) });

export const isNotApplicable = (scenario: ScenarioSummary): boolean => scenario.verdict === 'inconclusive' && (scenario.cause ?? '').startsWith(NOT_APPLICABLE_PREFIX);

/**
 * The run-level findings that name a scenario, by the scenario's location (or name), as causes.
 * A scenario's verdict is given when it ends; what it watched for and saw only later (a repeat
 * acted on again after its own window, src/scenario/late-repeats.ts) fails the run naming it,
 * and counts as that scenario's finding here.
 */
function runLevelCauses(summary: RunSummary): Map<string, string[]> {
  const causes = new Map<string, string[]>();
  for (const finding of summary.runFindings ?? []) {
    if (!finding.scenario || finding.severity !== 'fail') continue;
    const key = finding.scenario.location ?? finding.scenario.name;
    causes.set(key, [...(causes.get(key) ?? []), `run-level finding: ${finding.rule}: ${finding.message}`]);
  }
  return causes;
}

export function judgeClean(run: RunOutcome): CleanOutcome {
  if ('problem' in run) return { command: run.command, seconds: run.seconds, scenarios: 0, passed: 0, notApplicable: 0, problems: [], runProblem: run.problem, ok: false };
  const { scenarios } = run.summary;
  const problems = scenarios.filter((scenario) => scenario.verdict !== 'pass' && !isNotApplicable(scenario)).map(cellOf);
  // A finding that fails the run is as much a problem of the clean run as a red scenario.
  for (const [location, causes] of runLevelCauses(run.summary)) {
    for (const cause of causes) problems.push({ location, name: 'run-level finding', verdict: 'fail', cause });
  }
  for (const finding of run.summary.runFindings ?? []) {
    if (!finding.scenario && finding.severity === 'fail') problems.push({ location: 'run', name: 'run-level finding', verdict: 'fail', cause: `run-level finding: ${finding.rule}: ${finding.message}` });
  }
  return {
    command: run.command,
    seconds: run.seconds,
    scenarios: scenarios.length,
    passed: scenarios.filter((scenario) => scenario.verdict === 'pass').length,
    notApplicable: scenarios.filter(isNotApplicable).length,
    problems,
    // A clean run that ran nothing proves nothing.
    ok: problems.length === 0 && scenarios.length > 0,
  };
}

export function judgeFault(entry: CatalogueEntry, run: RunOutcome, clean: RunSummary | undefined): FaultOutcome {
  const base = { switch: entry.switch, class: entry.class, defect: entry.defect, catches: entry.catches.expression, finding: entry.finding.source, command: run.command, seconds: run.seconds };
  const empty = { ran: 0, expected: 0, caughtBy: [], failedOtherwise: [], notFailVerdict: [], stayedGreen: [], alsoCaughtBy: [], collateral: [], unexpectedRed: [], requirements: [], tags: [] };
  if ('problem' in run) return { ...base, ...empty, runProblem: run.problem, caught: false };

  const cleanVerdict = new Map((clean?.scenarios ?? []).map((scenario) => [keyOf(scenario), scenario]));
  const outcome = {
    caughtBy: [] as ScenarioCell[],
    failedOtherwise: [] as ScenarioCell[],
    notFailVerdict: [] as ScenarioCell[],
    stayedGreen: [] as ScenarioCell[],
    alsoCaughtBy: [] as ScenarioCell[],
    collateral: [] as ScenarioCell[],
    unexpectedRed: [] as ScenarioCell[],
  };
  let expected = 0;
  const requirements = new Set<string>();
  const tags = new Set<string>();
  const naming = (scenario: ScenarioSummary) => {
    for (const tag of scenario.tags) {
      tags.add(tag);
      if (tag.startsWith('@REQ-')) requirements.add(tag.slice(1));
    }
    return cellOf(scenario);
  };
  const runLevel = runLevelCauses(run.summary);
  /** The scenario with the run-level finding naming it that names the defect, if there is one. */
  const caughtLater = (scenario: ScenarioSummary): ScenarioSummary | undefined => {
    const cause = [...(runLevel.get(scenario.location ?? '') ?? []), ...(runLevel.get(scenario.name) ?? [])].find((line) => entry.finding.test(line));
    return cause && entry.verdict !== 'warn' && (scenario.verdict === 'pass' || scenario.verdict === 'fail') ? { ...scenario, verdict: 'fail', cause } : undefined;
  };
  for (const scenario of run.summary.scenarios) {
    const before = cleanVerdict.get(keyOf(scenario));
    // A scenario that does not apply to the profile is not applicable whatever the fault.
    if (isNotApplicable(scenario)) continue;
    const later = caughtLater(scenario);
    if (entry.catches.matches(scenario.tags)) {
      expected += 1;
      if (later) {
        outcome.caughtBy.push(naming(later));
        continue;
      }
      if (entry.verdict === 'warn') {
        // A warning check fails no scenario: caught when a scenario that passed records its finding.
        const warning = scenario.warnings?.find((line) => entry.finding.test(line));
        if (scenario.verdict === 'pass') (warning ? outcome.caughtBy : outcome.stayedGreen).push(warning ? naming({ ...scenario, cause: `warning: ${warning}` }) : cellOf(scenario));
        else (scenario.verdict === 'fail' ? outcome.failedOtherwise : outcome.notFailVerdict).push(cellOf(scenario));
        continue;
      }
      if (scenario.verdict === 'pass') outcome.stayedGreen.push(cellOf(scenario));
      else if (scenario.verdict !== 'fail') outcome.notFailVerdict.push(cellOf(scenario));
      else if (entry.finding.test(scenario.cause ?? '')) outcome.caughtBy.push(naming(scenario));
      else outcome.failedOtherwise.push(cellOf(scenario));
      continue;
    }
    if (later) {
      outcome.alsoCaughtBy.push(naming(later));
      continue;
    }
    if (scenario.verdict === 'pass') continue;
    // Red in the clean run too is the clean run's problem, reported there, not this fault's.
    if (before && before.verdict === scenario.verdict) continue;
    if (scenario.verdict === 'fail' && entry.finding.test(scenario.cause ?? '')) outcome.alsoCaughtBy.push(naming(scenario));
    else (entry.collateral?.tags.matches(scenario.tags) ? outcome.collateral : outcome.unexpectedRed).push(cellOf(scenario));
  }
  return { ...base, ran: run.summary.scenarios.length, expected, ...outcome, requirements: [...requirements].sort(), tags: [...tags].sort(), caught: outcome.caughtBy.length > 0 };
}

export function killMatrix(clean: CleanOutcome, faults: readonly FaultOutcome[], checks: CheckIds = { rules: [], slas: [], requirements: [] }): KillMatrix {
  const caught = faults.filter((fault) => fault.caught).length;
  const unexpectedReds = faults.reduce((sum, fault) => sum + fault.unexpectedRed.length, 0);
  const notFail = faults.reduce((sum, fault) => sum + fault.notFailVerdict.length, 0);
  return { clean, faults, caught, unexpectedReds, unexercised: unexercised(faults, checks), ok: clean.ok && faults.length > 0 && caught === faults.length && unexpectedReds === 0 && notFail === 0 };
}

/** `100% (33 of 33 faults caught)`: the figure a pack and the report carry. */
export function killRateText(caught: number, faults: number): string {
  return faults > 0 ? `${Math.floor((100 * caught) / faults)}% (${caught} of ${faults} fault switches caught)` : 'no faults run';
}
