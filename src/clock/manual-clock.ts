// A clock that stands still until a test moves it, for unit tests of components that wait on
// market time (reminder loops, SLA timeouts, simulators) without real sleeping.
import { finiteMillis, forwardOnly, type AdjustableClock } from './clock.ts';
import { Sleepers } from './sleepers.ts';

export class ManualClock implements AdjustableClock {
  /** Reported only: time on this clock passes when the test says so, not with real time. */
  readonly timeScale: number;
  #nowUtcMillis: number;
  readonly #sleepers = new Sleepers();

  constructor(startUtcMillis: number, options: { timeScale?: number } = {}) {
    this.#nowUtcMillis = finiteMillis(startUtcMillis, 'startUtcMillis');
    this.timeScale = options.timeScale ?? 1;
  }

  now(): number {
    return this.#nowUtcMillis;
  }

  async sleep(marketMillis: number, signal?: AbortSignal): Promise<void> {
    if (finiteMillis(marketMillis, 'marketMillis') <= 0) return signal?.throwIfAborted();
    return this.#sleepers.wait(this.#nowUtcMillis + marketMillis, signal);
  }

  /**
   * Jumps at once; every sleeper whose instant has come wakes, but runs only after this returns,
   * so it sees the final time. Use runTo when woken code must see its own instant.
   */
  advanceBy(marketMillis: number): void {
    this.advanceTo(this.#nowUtcMillis + finiteMillis(marketMillis, 'marketMillis'));
  }

  advanceTo(utcMillis: number): void {
    forwardOnly(this.#nowUtcMillis, finiteMillis(utcMillis, 'utcMillis'));
    this.#set(utcMillis);
  }

  /**
   * Moves time to each pending sleeper's instant in turn, up to `utcMillis`, and lets the woken
   * code run (and sleep again) before the next step, as it would in real time. Each step yields
   * with setImmediate, so keep that real under fake timers; woken code that waits on I/O rather
   * than on this clock is not waited for.
   */
  async runTo(utcMillis: number): Promise<void> {
    forwardOnly(this.#nowUtcMillis, finiteMillis(utcMillis, 'utcMillis'));
    for (let next = this.#sleepers.earliest(); next !== undefined && next <= utcMillis; next = this.#sleepers.earliest()) {
      this.#set(next);
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.#set(utcMillis);
  }

  get pendingSleeps(): number {
    return this.#sleepers.size;
  }

  #set(utcMillis: number): void {
    this.#nowUtcMillis = utcMillis;
    this.#sleepers.wakeUntil(utcMillis);
  }
}
