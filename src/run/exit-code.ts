// The exit code of a run, and the one line saying why: decided here once, so `run`, `merge` and
// summary.json always agree. CI gates on it, so each code means one thing:
//   0  every scenario passed or was not applicable (the profile's declaration, the market calendar);
//   1  the participant failed a scenario (an unwaived fail), the suite errored, the run has a
//      run-level finding (a fail finding no scenario's verdict holds), or no scenario ran at all;
//   3  nothing failed, but the environment stopped scenarios (inconclusive: the webhook refused
//      connections, a trigger is missing, the portfolio is empty): the participant was not shown
//      to pass, and was not shown to fail either;
//   2  a usage error, refused before the run starts (src/cli/usage-error.ts).
import type { RunSummary, ScenarioSummary } from './run-summary.ts';

export const RUN_EXIT = { passed: 0, failed: 1, usage: 2, inconclusive: 3 } as const;

export interface RunExit {
  readonly code: (typeof RUN_EXIT)[keyof typeof RUN_EXIT];
  /** One line for a CI log and summary.json's `exit.reason`. */
  readonly reason: string;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

const isBlocking = (scenario: ScenarioSummary) => scenario.verdict === 'error' || (scenario.verdict === 'fail' && !scenario.waiver);
/** Inconclusive because something stopped it, not because it does not apply. */
const isStopped = (scenario: ScenarioSummary) => scenario.verdict === 'inconclusive' && scenario.notApplicable !== true;

/** The exit code of a run from its summary (waivers already applied), with the reason. */
export function runExitOf(summary: Pick<RunSummary, 'scenarios' | 'runFindings'>): RunExit {
  const { scenarios } = summary;
  const findings = summary.runFindings ?? [];
  const blocking = scenarios.filter(isBlocking);
  if (findings.length || blocking.length) {
    const failed = blocking.filter((scenario) => scenario.verdict === 'fail').length;
    const errors = blocking.length - failed;
    const parts = [
      ...(failed ? [`${plural(failed, 'scenario')} failed`] : []),
      ...(errors ? [`${plural(errors, 'scenario')} ended in a suite error`] : []),
      ...(findings.length ? [`${plural(findings.length, 'run-level finding')} (${[...new Set(findings.map((finding) => finding.rule))].join(', ')})`] : []),
    ];
    return { code: RUN_EXIT.failed, reason: parts.join('; ') };
  }
  if (scenarios.length === 0) return { code: RUN_EXIT.failed, reason: 'no scenario ran, so nothing was shown to pass (an empty shard, or the stage stopped before the first scenario)' };
  const stopped = scenarios.filter(isStopped);
  if (stopped.length) {
    const first = stopped[0]!;
    return {
      code: RUN_EXIT.inconclusive,
      reason: `no scenario failed, but ${plural(stopped.length, 'scenario was', 'scenarios were')} inconclusive: the environment stopped ${stopped.length === 1 ? 'it' : 'them'}, e.g. ${first.name}: ${first.cause ?? 'no cause recorded'}`,
    };
  }
  const passed = scenarios.filter((scenario) => scenario.verdict === 'pass').length;
  const waived = scenarios.filter((scenario) => scenario.verdict === 'fail').length;
  const notApplicable = scenarios.length - passed - waived;
  const others = [...(waived ? [`${waived} failed under a waiver`] : []), ...(notApplicable ? [`${notApplicable} not applicable`] : [])];
  return { code: RUN_EXIT.passed, reason: `every scenario passed or did not apply (${[`${passed} passed`, ...others].join(', ')})` };
}

/** The exit code alone: 0, 1 or 3 (2 is refused before a run has a summary). */
export function exitCodeOf(summary: Pick<RunSummary, 'scenarios' | 'runFindings'>): number {
  return runExitOf(summary).code;
}
