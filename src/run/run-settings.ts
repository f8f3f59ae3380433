// How a run is set up, passed from `mhhs-qualify run` to the cucumber workers through the
// environment (each worker is its own process).
import path from 'node:path';
import { checkRunId } from './fresh-identifiers.ts';
import { SHARD_ENV, type Shard, shardFromEnv, shardLabel } from './shards.ts';

export interface RunSettings {
  readonly profile: string;
  readonly runDir: string;
  /** Market milliseconds per real millisecond: 1 is real time. */
  readonly timeScale: number;
  readonly seed: number;
  readonly faults: readonly string[];
  readonly specVersion: string | undefined;
  readonly specDir: string | undefined;
  /** This machine's part of a sharded run (`run --shard i/n`); undefined when unsharded. */
  readonly shard?: Shard | undefined;
  /** Market time the run's clock starts at (UTC millis); the real time when undefined (`run --market-start`). */
  readonly marketStart?: number | undefined;
  /** The run's ID, from which the stages derive every identifier they make (src/run/fresh-identifiers.ts). */
  readonly runId?: string | undefined;
}

export const DEFAULT_PROFILE = path.resolve(import.meta.dirname, '../../profiles/reference-participant.yaml');

export const RUN_ENV = {
  profile: 'MHHS_PROFILE',
  runDir: 'MHHS_RUN_DIR',
  timeScale: 'MHHS_TIME_SCALE',
  seed: 'MHHS_SEED',
  faults: 'MHHS_FAULTS',
  specVersion: 'MHHS_SPEC_VERSION',
  shard: SHARD_ENV,
  marketStart: 'MHHS_MARKET_START',
  runId: 'MHHS_RUN_ID',
} as const;

export function runSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): RunSettings {
  const timeScale = Number(env[RUN_ENV.timeScale] ?? 600);
  if (!Number.isFinite(timeScale) || timeScale <= 0) throw new Error(`${RUN_ENV.timeScale} must be a positive number, found ${env[RUN_ENV.timeScale]}`);
  return {
    profile: env[RUN_ENV.profile] ?? DEFAULT_PROFILE,
    runDir: env[RUN_ENV.runDir] ?? path.resolve('reports', 'run'),
    timeScale,
    seed: Number(env[RUN_ENV.seed] ?? 1),
    faults: (env[RUN_ENV.faults] ?? '').split(',').filter(Boolean),
    specVersion: env[RUN_ENV.specVersion],
    specDir: env.MHHS_DIP_SPEC_DIR,
    shard: shardFromEnv(env),
    ...(env[RUN_ENV.marketStart] ? { marketStart: marketStartFromEnv(env[RUN_ENV.marketStart]!) } : {}),
    ...(env[RUN_ENV.runId] ? { runId: checkRunId(env[RUN_ENV.runId]!) } : {}),
  };
}

function marketStartFromEnv(text: string): number {
  const millis = Number(text);
  if (!Number.isFinite(millis)) throw new Error(`${RUN_ENV.marketStart} must be UTC milliseconds, found ${text}`);
  return millis;
}

export function runSettingsToEnv(settings: RunSettings): Record<string, string> {
  return {
    [RUN_ENV.profile]: settings.profile,
    [RUN_ENV.runDir]: settings.runDir,
    [RUN_ENV.timeScale]: String(settings.timeScale),
    [RUN_ENV.seed]: String(settings.seed),
    [RUN_ENV.faults]: settings.faults.join(','),
    ...(settings.specVersion ? { [RUN_ENV.specVersion]: settings.specVersion } : {}),
    ...(settings.specDir ? { MHHS_DIP_SPEC_DIR: settings.specDir } : {}),
    // Always set, empty when unsharded: an earlier sharded run in the same process must not linger.
    [RUN_ENV.shard]: settings.shard ? shardLabel(settings.shard) : '',
    // Empty when the clock starts at the real time: an earlier run in the same process must not linger.
    [RUN_ENV.marketStart]: settings.marketStart === undefined ? '' : String(settings.marketStart),
    // Empty without one: a stage then makes its own, and an earlier run's must not linger.
    [RUN_ENV.runId]: settings.runId ?? '',
  };
}
