// `mhhs-qualify doctor`: checks a participant profile end to end before a run and says what to
// fix, one line per check. Exit 1 on any FAIL, so a CI job can stop before a run that cannot
// work; warnings alone exit 0.
import path from 'node:path';
import { createColors } from 'picocolors';
import type { CheckResult } from '../../onboarding/doctor-checks.ts';
import { runDoctor } from '../../onboarding/doctor.ts';
import { DEFAULTS } from '../../onboarding/init-answers.ts';
import type { ConsoleIO } from '../output/console-io.ts';
import { EXIT } from '../usage-error.ts';

export interface DoctorCommandOptions {
  readonly profile?: string;
  readonly specVersion?: string;
  readonly specDir?: string;
}

export function doctorText(profile: string, results: readonly CheckResult[], colour: boolean): string {
  const c = createColors(colour);
  const paint = { ok: c.green, warn: c.yellow, FAIL: c.red };
  const width = Math.max(...results.map((result) => result.check.length));
  // A detail of several lines (every problem of a profile) keeps its lines under its first, and
  // its fix on a line of its own, so the status column still reads down the page.
  const indent = ' '.repeat(2 + 4 + 2 + width + 2);
  const lines = results.map((result) => {
    const multiline = result.detail.includes('\n');
    const fix = result.fix ? (multiline ? `\n${indent}Fix: ${result.fix}` : `. Fix: ${result.fix}`) : '';
    return `  ${paint[result.status](result.status.padEnd(4))}  ${result.check.padEnd(width)}  ${result.detail.split('\n').join(`\n${indent}`)}${fix}`;
  });
  const failed = results.filter((result) => result.status === 'FAIL').length;
  const warned = results.filter((result) => result.status === 'warn').length;
  const verdict = failed ? 'fix the FAIL lines, then run doctor again' : warned ? 'ready to run; the warnings are worth a look' : 'ready to run';
  return [`mhhs-qualify doctor: ${profile}`, ...lines, '', `${results.length} checks: ${results.length - failed - warned} ok, ${warned} warn, ${failed} FAIL: ${verdict}`].join('\n');
}

export async function doctorCommand(options: DoctorCommandOptions, io: ConsoleIO): Promise<number> {
  const profile = path.resolve(options.profile ?? DEFAULTS.out);
  const results = await runDoctor({ profile, specDir: options.specDir, specVersion: options.specVersion });
  io.out(doctorText(profile, results, io.colour));
  return results.some((result) => result.status === 'FAIL') ? EXIT.findings : EXIT.ok;
}
