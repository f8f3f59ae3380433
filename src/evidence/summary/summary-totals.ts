// The figures of the verdict banner, counted once here so the banner, the tests and any other
// reader agree. Scenario figures are disjoint and add up to the number of scenarios: a waived
// fail is counted as waived, not failed, and a scenario that does not apply as not applicable,
// not inconclusive; summary.json's totals are the coarser sums (fail = failed + waived,
// inconclusive = inconclusive + not applicable).
import { COVERAGE_STATES, type CoverageState, type RequirementCoverage } from '../../requirements/coverage.ts';
import { runExitOf, type RunExit } from '../../run/exit-code.ts';
import type { SummaryRun } from './summary-input.ts';

export interface ScenarioTotals {
  readonly scenarios: number;
  readonly passed: number;
  /** Failed and not waived. */
  readonly failed: number;
  readonly waived: number;
  /** Stopped by a precondition or the environment. */
  readonly inconclusive: number;
  readonly notApplicable: number;
  /** The suite itself failed. */
  readonly errors: number;
}

export function scenarioTotals(summary: Pick<SummaryRun, 'scenarios'>): ScenarioTotals {
  const count = (keep: (scenario: SummaryRun['scenarios'][number]) => boolean) => summary.scenarios.filter(keep).length;
  return {
    scenarios: summary.scenarios.length,
    passed: count((scenario) => scenario.verdict === 'pass'),
    failed: count((scenario) => scenario.verdict === 'fail' && !scenario.waiver),
    waived: count((scenario) => scenario.verdict === 'fail' && scenario.waiver !== undefined),
    inconclusive: count((scenario) => scenario.verdict === 'inconclusive' && !scenario.notApplicable),
    notApplicable: count((scenario) => scenario.verdict === 'inconclusive' && scenario.notApplicable === true),
    errors: count((scenario) => scenario.verdict === 'error'),
  };
}

/** Requirements by state, every state present (zero included), in the order a reviewer reads them. */
export function requirementTotals(requirements: readonly Pick<RequirementCoverage, 'state'>[]): ReadonlyArray<readonly [CoverageState, number]> {
  return COVERAGE_STATES.map((state) => [state, requirements.filter((entry) => entry.state === state).length] as const);
}

/** The run's exit as summary.json records it; worked out the same way when an older summary lacks it. */
export const exitOf = (summary: SummaryRun): RunExit => summary.exit ?? runExitOf(summary);
