// The command that runs one scenario again exactly as it ran: the same scenario (file and line),
// seed, time scale, faults and profile, so generated data and market times come out the same.
// The identifiers do not: the re-run is a run of its own, with its own run ID, so a participant
// that keeps its state meets new MPANs and transactions (src/run/fresh-identifiers.ts).
// Printed under every scenario that did not pass.
//
// It is typed as printed: `npx mhhs-qualify` finds the CLI in a checkout (the project's own bin)
// as where the package is installed, and `--reports` sends the re-run to a folder of its own
// under the run's reports folder, so it never overwrites the full run's summary and pack.
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
  /** The reports folder of the run that printed the command (default: `reports`). */
  readonly reports?: string;
  /** That run's ID: its first digits name the re-run's folder, so re-runs of two runs stay apart. */
  readonly runId?: string;
}

/** Single-quotes an argument for a POSIX shell when it needs it. */
export function shellWord(word: string): string {
  return /^[\w./:@=+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Where re-runs of a run's scenarios go: `<reports>/reruns/`; a re-run's own re-runs go beside it, not inside it. */
export function rerunsFolder(reports: string): string {
  const resolved = path.resolve(reports);
  return path.basename(path.dirname(resolved)) === 'reruns' ? path.dirname(resolved) : path.join(resolved, 'reruns');
}

/** `features/bp001-x/supplier-appoints-services.feature:14` and run 1C8F825F694D → `supplier-appoints-services-14-1c8f82`. */
export function rerunFolderName(location: string, runId?: string): string {
  const [file = location, ...lines] = location.split(':');
  const words = [path.basename(file, '.feature'), ...lines, ...(runId ? [runId.slice(0, 6)] : [])];
  return words.join('-').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'scenario';
}

/** The re-run's reports folder as the command names it: relative to the working folder when inside it. */
export function rerunReportsDir(settings: Pick<RerunSettings, 'location' | 'reports' | 'runId'>): string {
  const dir = path.join(rerunsFolder(settings.reports ?? 'reports'), rerunFolderName(settings.location, settings.runId));
  const relative = path.relative(process.cwd(), dir);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : dir;
}

export function rerunCommand(settings: RerunSettings): string {
  const words = ['npx', 'mhhs-qualify', 'run', '--scenario', settings.location, '--seed', String(settings.seed), '--time-scale', String(settings.timeScale)];
  if (path.resolve(settings.profile) !== DEFAULT_PROFILE) words.push('--profile', path.relative(process.cwd(), path.resolve(settings.profile)) || settings.profile);
  for (const fault of settings.faults) words.push('--fault', fault);
  if (settings.specVersion) words.push('--spec-version', settings.specVersion);
  if (settings.marketStart) words.push('--market-start', settings.marketStart);
  words.push('--reports', rerunReportsDir(settings));
  return words.map(shellWord).join(' ');
}
