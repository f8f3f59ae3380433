// The command that runs one scenario again exactly as it ran: the same scenario (file and line),
// seed, time scale, faults and profile, so generated data and market times come out the same.
// The identifiers do not: the re-run is a run of its own, with its own run ID, so a participant
// that keeps its state meets new MPANs and transactions (src/run/fresh-identifiers.ts).
// Printed under every scenario that did not pass.
import path from 'node:path';
import { DEFAULT_PROFILE } from './run-settings.ts';

export interface RerunSettings {
  /** `features/…/x.feature:12`, as the run summary records it. */
  readonly location: string;
  readonly seed: number;
  readonly timeScale: number;
  readonly faults: readonly string[];
  readonly profile: string;
  readonly specVersion?: string;
  /** `--market-start` as given, when the run's clock did not start at the real time. */
  readonly marketStart?: string;
}

/** Single-quotes an argument for a POSIX shell when it needs it. */
export function shellWord(word: string): string {
  return /^[\w./:@=+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

export function rerunCommand(settings: RerunSettings): string {
  const words = ['mhhs-qualify', 'run', '--scenario', settings.location, '--seed', String(settings.seed), '--time-scale', String(settings.timeScale)];
  if (path.resolve(settings.profile) !== DEFAULT_PROFILE) words.push('--profile', path.relative(process.cwd(), path.resolve(settings.profile)) || settings.profile);
  for (const fault of settings.faults) words.push('--fault', fault);
  if (settings.specVersion) words.push('--spec-version', settings.specVersion);
  if (settings.marketStart) words.push('--market-start', settings.marketStart);
  return words.map(shellWord).join(' ');
}
