// The four verdicts a scenario can end with, as errors the step definitions throw. Allure
// shows an error named AssertionError as *failed* and any other as *broken*, which is the
// line between "the participant broke a rule" and "the suite or the environment stopped us".
import type { Finding } from '../rules/rule.ts';

/** fail: the participant broke a rule. Carries the findings that prove it. */
export class ParticipantDefect extends Error {
  override readonly name = 'AssertionError';
  readonly verdict = 'fail';

  constructor(
    message: string,
    readonly findings: readonly Finding[] = [],
  ) {
    super(findings.length ? `${message}\n${findings.map((finding) => `  ${finding.rule} ${finding.pointer || '/'}: ${finding.message}`).join('\n')}` : message);
  }
}

/** inconclusive: a precondition or the environment stopped the test, not the participant. */
export class Inconclusive extends Error {
  override readonly name = 'Inconclusive';
  readonly verdict = 'inconclusive';
}

/** error: the suite itself failed (a bug or a broken set-up). */
export class SuiteError extends Error {
  override readonly name = 'SuiteError';
  readonly verdict = 'error';
}

export type Verdict = 'pass' | 'fail' | 'inconclusive' | 'error';
