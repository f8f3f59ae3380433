// The pending sleeps of one clock, in the order of the market instant each waits for. Both clocks
// keep them here, so that moving time forward (a real timer firing, or a test advancing a manual
// clock) wakes exactly the sleepers whose instant has come, earliest first, and an aborted sleep
// leaves nothing behind to fire later.

interface Sleeper {
  readonly until: number;
  readonly resolve: () => void;
}

export class Sleepers {
  readonly #pending: Sleeper[] = [];
  readonly #onChange: () => void;

  /** `onChange` runs after a sleeper is aborted, so a clock can re-arm its one real timer. */
  constructor(onChange: () => void = () => {}) {
    this.#onChange = onChange;
  }

  get size(): number {
    return this.#pending.length;
  }

  /** The earliest market instant anyone waits for. */
  earliest(): number | undefined {
    return this.#pending[0]?.until;
  }

  wait(until: number, signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<void>((resolve, reject) => {
      const onAbort = (): void => {
        this.#remove(sleeper);
        reject(signal!.reason);
        this.#onChange();
      };
      const sleeper: Sleeper = {
        until,
        resolve: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      // After every sleeper with the same instant, so equal deadlines wake in the order they slept.
      const index = this.#pending.findIndex((other) => other.until > until);
      this.#pending.splice(index === -1 ? this.#pending.length : index, 0, sleeper);
    });
  }

  /** Wakes, earliest first, every sleeper whose instant is at or before `nowUtcMillis`. */
  wakeUntil(nowUtcMillis: number): void {
    while (this.#pending.length > 0 && this.#pending[0]!.until <= nowUtcMillis) {
      this.#pending.shift()!.resolve();
    }
  }

  #remove(sleeper: Sleeper): void {
    const index = this.#pending.indexOf(sleeper);
    if (index !== -1) this.#pending.splice(index, 1);
  }
}
