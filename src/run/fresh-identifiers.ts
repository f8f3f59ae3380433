// Every run has a run ID, and every identifier the suite makes up is derived from it: the DIP's
// transaction IDs, the simulated parties' sender unique references and correlation IDs, CSS
// registration IDs and MPANs. A participant that keeps its state between runs, and rightly
// ignores a transaction or a reference it has seen, therefore never meets one of an earlier
// run. The seed (`--seed`) decides generated content only (names, addresses, dates …): the
// same seed under two run IDs gives the same messages with different identifiers.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { mpanCheckDigit } from '../rules/mpan-check-digit.ts';

/** Twelve capital hex digits (48 random bits): fits every identifier's pattern and length. */
export const RUN_ID_PATTERN = /^[0-9A-F]{12}$/;

export function newRunId(): string {
  return randomBytes(6).toString('hex').toUpperCase();
}

export function checkRunId(runId: string): string {
  if (!RUN_ID_PATTERN.test(runId)) throw new Error(`run ID '${runId}' must be 12 capital hex digits, e.g. ${newRunId()}`);
  return runId;
}

/**
 * What one worker of a run puts into the identifiers it makes: the run ID and the worker's
 * number (workers of a run, and shards, number apart: src/run/shards.ts). Letters and digits
 * only, so it may stand in a sender unique reference's sequence (DT-995).
 */
export function identifierTag(runId: string, worker: number): string {
  return `${checkRunId(runId)}W${worker}`;
}

/** MPANs of one distributor prefix: ten digits between the prefix and the check digit. */
const MPAN_SPACE_HALF = 100_000;
/** A worker's counter stays below this; past 14 workers the rounds of prefixes count above it. */
const MPAN_COUNTER_LIMIT = 100_000_000;
const MPAN_ROUNDS = 100;
const FEISTEL_ROUNDS = 4;
const DISTRIBUTORS = 14;

/**
 * A 10-digit number for `index` (0 … 10^10 − 1), shuffled by the run ID: a Feistel network on two
 * halves of five digits, each round's function an HMAC keyed by the run ID. It is a bijection,
 * so distinct indexes of one run never meet; another run ID shuffles them anew.
 */
function shuffled(runId: string, index: number): number {
  let [left, right] = [Math.floor(index / MPAN_SPACE_HALF), index % MPAN_SPACE_HALF];
  for (let round = 0; round < FEISTEL_ROUNDS; round += 1) {
    const mixed = createHmac('sha256', runId).update(`${round}:${right}`).digest().readUInt32BE(0) % MPAN_SPACE_HALF;
    [left, right] = [right, (left + mixed) % MPAN_SPACE_HALF];
  }
  return left * MPAN_SPACE_HALF + right;
}

/**
 * The `counter`th MPAN (1, 2 …) of a worker in a run: 13 digits with a valid check digit. The
 * first two digits are a distributor (10–23) picked by the worker, so the pools of the first 14
 * workers never meet; each further round of 14 workers counts in its own range of the ten middle
 * digits. Those digits are the worker's position shuffled by the run ID: within a run no two
 * MPANs are the same, and two runs that each use a thousand MPANs share one with a chance of
 * about one in ten thousand.
 */
export function freshMpan(runId: string, worker: number, counter: number): string {
  const round = Math.floor(worker / DISTRIBUTORS);
  if (round >= MPAN_ROUNDS) throw new Error(`worker ${worker}: MPAN pools reach ${MPAN_ROUNDS * DISTRIBUTORS} workers`);
  if (counter < 1 || counter >= MPAN_COUNTER_LIMIT) throw new Error(`MPAN ${counter} of worker ${worker}: a worker's pool holds ${MPAN_COUNTER_LIMIT - 1}`);
  const distributor = 10 + (worker % DISTRIBUTORS);
  const first12 = `${distributor}${String(shuffled(runId, round * MPAN_COUNTER_LIMIT + counter)).padStart(10, '0')}`;
  return `${first12}${mpanCheckDigit(first12)}`;
}

/**
 * A UUID (version 4 form) for this run from one the seeded Faker drew: the draw keeps the
 * Faker's sequence, and so the content after it, the same for a seed; the run's tag (or ID)
 * makes the identifier new. For CSS registration IDs. Without a tag (a unit test's Faker) the
 * drawn UUID stays as it is.
 */
/**
 * As many digits as `drawn` for this run, from digits the seeded Faker drew: the draw keeps the
 * Faker's sequence the same for a seed, the run's tag makes the digits new. For the MPANs a
 * builder fills into a message besides the scenario's own (a related MPAN, the MPANs on site).
 * Without a tag the drawn digits stay as they are.
 */
export function freshDigits(tag: string, drawn: string): string {
  if (!tag) return drawn;
  const number = BigInt(`0x${createHash('sha256').update(`${tag}:${drawn}`).digest('hex').slice(0, 24)}`) % 10n ** BigInt(drawn.length);
  return number.toString().padStart(drawn.length, '0');
}

export function freshUuid(tag: string, drawn: string): string {
  if (!tag) return drawn;
  const bytes = createHash('sha256').update(`${tag}:${drawn}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
