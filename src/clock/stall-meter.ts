// The real time this process could not run, measured by a heartbeat: a timer due every
// `beatMillis` that fires late has been kept waiting, by the process's own work on its event
// loop (compiling a validator, a garbage collection) or by a machine too busy to schedule it.
// A compressed market clock leaves that time out. At ×3600 a 300 ms stall of the suite is 18
// market minutes; counted, it would be judged as the participant's delay, though the suite
// could neither have answered nor recorded the participant during it.
//
// Only what a late beat is late by beyond `toleranceMillis` counts: ordinary timer jitter is
// real time like any other. A stall still under way when the clock is read counts up to that
// reading, so market time stands still during a stall instead of jumping back when the late
// beat at last runs.

export interface StallMeterOptions {
  /** Real elapsed-time source in milliseconds (performance.now by default). */
  readonly realNow?: () => number;
  /** How often the heartbeat is due, in real milliseconds. */
  readonly beatMillis?: number;
  /** Lateness of a beat that is still counted as time the process ran. */
  readonly toleranceMillis?: number;
}

export interface StallSummary {
  /** Beats that came later than beat + tolerance. */
  readonly stalls: number;
  /** Real milliseconds left out of market time. */
  readonly totalMillis: number;
  readonly longestMillis: number;
}

export const DEFAULT_BEAT_MILLIS = 10;
export const DEFAULT_STALL_TOLERANCE_MILLIS = 15;

export class StallMeter {
  readonly #realNow: () => number;
  readonly #allowance: number;
  readonly #beatMillis: number;
  #lastBeat: number;
  #stalledMillis = 0;
  #stalls = 0;
  #longest = 0;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(options: StallMeterOptions = {}) {
    this.#realNow = options.realNow ?? (() => performance.now());
    this.#beatMillis = options.beatMillis ?? DEFAULT_BEAT_MILLIS;
    const tolerance = options.toleranceMillis ?? DEFAULT_STALL_TOLERANCE_MILLIS;
    if (!(this.#beatMillis > 0) || !(tolerance >= 0)) throw new RangeError(`a stall meter needs beatMillis > 0 and toleranceMillis >= 0, not ${this.#beatMillis} and ${tolerance}`);
    this.#allowance = this.#beatMillis + tolerance;
    this.#lastBeat = this.#realNow();
  }

  /** Starts the heartbeat; it never keeps the process alive. */
  start(): this {
    if (!this.#timer) {
      this.#lastBeat = this.#realNow();
      this.#timer = setInterval(() => this.beat(), this.#beatMillis);
      this.#timer.unref();
    }
    return this;
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** One heartbeat: what it came late by, beyond the tolerance, was a stall. */
  beat(): void {
    const now = this.#realNow();
    const stalled = now - this.#lastBeat - this.#allowance;
    if (stalled > 0) {
      this.#stalledMillis += stalled;
      this.#stalls += 1;
      this.#longest = Math.max(this.#longest, stalled);
    }
    this.#lastBeat = now;
  }

  /** Real milliseconds of stalls up to `realMillis` (a reading of the same source), the one under way included. */
  stalledBy(realMillis: number): number {
    return this.#stalledMillis + Math.max(0, realMillis - this.#lastBeat - this.#allowance);
  }

  get summary(): StallSummary {
    return { stalls: this.#stalls, totalMillis: this.#stalledMillis, longestMillis: this.#longest };
  }
}
