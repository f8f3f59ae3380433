// The market clock contract. Everything in the suite that stamps or waits for market time takes
// a Clock rather than calling Date.now() or setTimeout, so that one run can compress a 60-minute
// SLA window into a second, a qualification run can keep real time, and a unit test can hold
// time still and move it by hand.

export interface Clock {
  /** Market time now, as UTC milliseconds. */
  now(): number;
  /** Market milliseconds that pass per real millisecond: 1 is real time, 60 is a market minute per real second. */
  readonly timeScale: number;
  /**
   * Resolves once `marketMillis` of market time have passed (at once for zero or less). Rejects
   * with the signal's reason if the signal aborts first, as `node:timers/promises` does.
   */
  sleep(marketMillis: number, signal?: AbortSignal): Promise<void>;
}

/** A clock that can also be moved forward at once. Market time never runs backward. */
export interface AdjustableClock extends Clock {
  /** Jumps forward by a market duration, waking every sleeper whose instant has come. */
  advanceBy(marketMillis: number): void;
  /** Jumps forward to a market instant (UTC millis); throws if that is in the clock's past. */
  advanceTo(utcMillis: number): void;
}

/** A market duration or instant must be a finite number: NaN or Infinity would make setTimeout fire at once. */
export function finiteMillis(value: number, what: string): number {
  if (!Number.isFinite(value)) throw new RangeError(`${what} must be a finite number of milliseconds, not ${value}`);
  return value;
}

/** Evidence already stamped and sleepers already woken assume market time only moves on. */
export function forwardOnly(currentUtcMillis: number, targetUtcMillis: number): void {
  if (targetUtcMillis < currentUtcMillis) {
    throw new RangeError(
      `market time cannot run backward: asked for ${new Date(targetUtcMillis).toISOString()}, ` +
        `it is already ${new Date(currentUtcMillis).toISOString()}`,
    );
  }
}
