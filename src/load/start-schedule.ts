// When a load starts its MPANs: evenly, at a target rate, and never more than a duration
// allows. A timer per start would drift under load; instead each wake-up starts every MPAN
// whose time has come, so the schedule catches up after a busy spell rather than falling behind.

/** The rate used: the one asked for, raised when it would not start every MPAN within the duration. */
export function effectiveRate(mpans: number, rate: number, durationSeconds: number): number {
  const needed = mpans / durationSeconds;
  return Math.round(Math.max(rate, needed) * 1000) / 1000;
}

export interface PacedStarts {
  /** Real time (ms) of the first and the last start. */
  readonly first: number;
  readonly last: number;
}

/**
 * Calls `start(index, scheduledAt)` for index 0 … count − 1, the i-th at `begin + i / rate`
 * seconds (real time). `start` must not block: it launches its work and returns.
 */
export async function paceStarts(count: number, ratePerSecond: number, start: (index: number, scheduledAt: number) => void): Promise<PacedStarts> {
  const interval = 1000 / ratePerSecond;
  const begin = Date.now();
  let started = 0;
  let last = begin;
  while (started < count) {
    const due = Math.min(count, Math.floor((Date.now() - begin) / interval) + 1);
    for (; started < due; started += 1) {
      last = Date.now();
      start(started, begin + started * interval);
    }
    const wait = begin + started * interval - Date.now();
    if (started < count) await new Promise((resolve) => setTimeout(resolve, Math.max(1, wait)));
  }
  return { first: begin, last };
}
