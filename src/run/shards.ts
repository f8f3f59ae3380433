// Sharding: one qualification run split across CI machines with `run --shard i/n`, and put
// back together with `mhhs-qualify merge`.
//
// Which scenarios a shard runs is decided by cucumber's own `shard` option: it takes the
// scenarios the tag expression selected, in the order of the feature files sorted by path and,
// within a file, of their lines (each example row of a Scenario Outline is a scenario of its
// own), and keeps those whose position % n === i-1. That order depends only on the checkout
// and the selection: not on the machine, the worker count or the order scenarios run in
// (cucumber orders after it shards). Every shard of the same checkout and `--tags` therefore
// agrees on the split, and together the shards run each selected scenario exactly once.

export interface Shard {
  /** 1-based: shard 1 of 2 is the first half. */
  readonly index: number;
  readonly total: number;
}

/** Carries the shard to the cucumber workers (each its own process), beside the run settings. */
export const SHARD_ENV = 'MHHS_SHARD';

/** `1/2` → {index: 1, total: 2}; any other shape, a zero or an index past the total is an error. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) throw new Error(`'${text}' is not a shard: write i/n, e.g. 1/2 for the first of two shards`);
  const index = Number(match[1]);
  const total = Number(match[2]);
  if (total < 1) throw new Error(`'${text}': the number of shards must be at least 1`);
  if (index < 1 || index > total) throw new Error(`'${text}': the shard number must be from 1 to ${total}`);
  return { index, total };
}

export const shardLabel = (shard: Shard): string => `${shard.index}/${shard.total}`;

export function shardFromEnv(env: NodeJS.ProcessEnv = process.env): Shard | undefined {
  const text = env[SHARD_ENV];
  return text ? parseShard(text) : undefined;
}

/**
 * The run-wide number of a shard's local worker (0 for a serial run, cucumber's 0…p-1 in
 * parallel). Shards interleave: local worker w of shard i of n is w·n + (i-1), so no two
 * workers of any shards share a number whatever `--parallel` each used, and an unsharded run
 * keeps its own numbers. The number picks the worker's MPAN pool, its generated data, its
 * transaction IDs and its journal file, so shards never collide and their reports merge.
 */
export function workerNumber(localWorker: number, shard: Shard | undefined): number {
  return shard ? localWorker * shard.total + (shard.index - 1) : localWorker;
}
