// The clock of a run: virtual GB market time that starts at a chosen instant and runs
// `timeScale` times faster than real time. Real time is read from an injectable source so tests
// can drive it; it defaults to performance.now(), which is monotonic, because a wall-clock step
// (NTP, a VM resuming) must not make market time jump or run backward mid-run. Given a stall
// meter, the real time this process could not run is left out (stall-meter.ts says why).
import { finiteMillis, forwardOnly, type AdjustableClock } from './clock.ts';
import { Sleepers } from './sleepers.ts';
import type { StallMeter, StallSummary } from './stall-meter.ts';

export interface MarketClockOptions {
  /** Market time at construction, UTC millis. Default: the real current time. */
  readonly startUtcMillis?: number;
  /** Market milliseconds per real millisecond. Default 1 (real time). */
  readonly timeScale?: number;
  /** Real elapsed-time source in milliseconds; only differences between readings matter. */
  readonly realNow?: () => number;
  /**
   * Stalls of this process left out of market time; the meter must read the same real-time
   * source. For compressed runs, where a stall of the suite would weigh as an SLA's minutes.
   */
  readonly stalls?: StallMeter;
}

/** setTimeout treats anything longer (about 24.8 days) as 1 ms; a long wait is armed in legs instead. */
const LONGEST_TIMER = 2 ** 31 - 1;

export class MarketClock implements AdjustableClock {
  readonly timeScale: number;
  readonly #startUtcMillis: number;
  readonly #realNow: () => number;
  readonly #realStart: number;
  readonly #stalls: StallMeter | undefined;
  /** Market time added by advanceBy/advanceTo on top of what real time has run. */
  #jumpedMillis = 0;
  readonly #sleepers = new Sleepers(() => this.#arm());
  /** One real timer per clock, armed for the earliest sleeper. */
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: MarketClockOptions = {}) {
    const timeScale = options.timeScale ?? 1;
    if (!Number.isFinite(timeScale) || timeScale <= 0) {
      throw new RangeError(`timeScale must be a finite number above 0, not ${timeScale}`);
    }
    this.timeScale = timeScale;
    this.#startUtcMillis = finiteMillis(options.startUtcMillis ?? Date.now(), 'startUtcMillis');
    this.#realNow = options.realNow ?? (() => performance.now());
    this.#stalls = options.stalls;
    // Stalls the meter counted before the clock existed are not the clock's to leave out.
    const real = this.#realNow();
    this.#realStart = real - (this.#stalls?.stalledBy(real) ?? 0);
  }

  now(): number {
    // Whole milliseconds: market instants are written as timestamps and compared for equality.
    return Math.floor(this.#startUtcMillis + this.#jumpedMillis + this.#runMillis() * this.timeScale);
  }

  /** Real milliseconds the clock has run: since it started, less the stalls it leaves out. */
  #runMillis(): number {
    const real = this.#realNow();
    return real - this.#realStart - (this.#stalls?.stalledBy(real) ?? 0);
  }

  /** The stalls left out of market time so far, when the clock leaves them out. */
  get stalls(): StallSummary | undefined {
    return this.#stalls?.summary;
  }

  /** The real milliseconds a market duration takes at this clock's scale. */
  realMillisFor(marketMillis: number): number {
    return finiteMillis(marketMillis, 'marketMillis') / this.timeScale;
  }

  async sleep(marketMillis: number, signal?: AbortSignal): Promise<void> {
    if (finiteMillis(marketMillis, 'marketMillis') <= 0) return signal?.throwIfAborted();
    const slept = this.#sleepers.wait(this.now() + marketMillis, signal);
    this.#arm();
    return slept;
  }

  advanceBy(marketMillis: number): void {
    this.advanceTo(this.now() + finiteMillis(marketMillis, 'marketMillis'));
  }

  advanceTo(utcMillis: number): void {
    const now = this.now();
    forwardOnly(now, finiteMillis(utcMillis, 'utcMillis'));
    this.#jumpedMillis += utcMillis - now;
    this.#wake();
  }

  /** Sleepers still waiting; lets a test see that a component has started to wait. */
  get pendingSleeps(): number {
    return this.#sleepers.size;
  }

  #wake(): void {
    this.#sleepers.wakeUntil(this.now());
    this.#arm();
  }

  #arm(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const earliest = this.#sleepers.earliest();
    if (earliest === undefined) return;
    // Rounded up, and checked again on firing (a timer may fire a little early): a sleeper never
    // wakes before its market instant.
    const realDelay = Math.ceil(this.realMillisFor(Math.max(0, earliest - this.now())));
    this.#timer = setTimeout(() => this.#wake(), Math.min(realDelay, LONGEST_TIMER));
  }
}
