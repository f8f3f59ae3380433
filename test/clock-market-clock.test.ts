import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../src/clock/manual-clock.ts';
import { MarketClock } from '../src/clock/market-clock.ts';
import { MILLIS } from '../src/time/gb-time.ts';

const START = Date.UTC(2026, 10, 23, 10, 0, 0); // 2026-11-23 10:00 GMT

/** A real-time source the test moves by hand. */
function fakeRealTime(startAt = 5_000) {
  let now = startAt;
  return { read: () => now, pass: (millis: number) => (now += millis) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('MarketClock', () => {
  it('runs market time timeScale times faster than the real-time source', () => {
    const real = fakeRealTime();
    const clock = new MarketClock({ startUtcMillis: START, timeScale: 60, realNow: real.read });
    expect(clock.now()).toBe(START);
    real.pass(1_000); // one real second is one market minute
    expect(clock.now()).toBe(START + MILLIS.MINUTE);
    real.pass(59_000);
    expect(clock.now()).toBe(START + MILLIS.HOUR);
  });

  it('keeps real time at scale 1 and whole milliseconds at any scale', () => {
    const real = fakeRealTime();
    const clock = new MarketClock({ startUtcMillis: START, realNow: real.read });
    real.pass(1234.7);
    expect(clock.now()).toBe(START + 1234);
    expect(clock.timeScale).toBe(1);
  });

  it('starts at the real current time by default', () => {
    const before = Date.now();
    const clock = new MarketClock();
    expect(clock.now()).toBeGreaterThanOrEqual(before);
    expect(clock.now()).toBeLessThanOrEqual(Date.now());
  });

  it('converts market durations to real ones', () => {
    const clock = new MarketClock({ startUtcMillis: START, timeScale: 3_600 });
    expect(clock.realMillisFor(MILLIS.HOUR)).toBe(1_000);
    expect(new MarketClock({ timeScale: 60 }).realMillisFor(60 * MILLIS.MINUTE)).toBe(60_000);
  });

  it('refuses a scale that is not a positive finite number', () => {
    for (const timeScale of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => new MarketClock({ timeScale }), String(timeScale)).toThrow(/timeScale must be a finite number above 0/);
    }
  });

  it('sleeps the scaled real time and wakes no earlier than the market instant (fake timers)', async () => {
    vi.useFakeTimers();
    const clock = new MarketClock({ startUtcMillis: START, timeScale: 60, realNow: () => performance.now() });
    let woke: number | undefined;
    const slept = clock.sleep(60 * MILLIS.MINUTE).then(() => (woke = clock.now()));

    await vi.advanceTimersByTimeAsync(59_999);
    expect(woke).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    await slept;
    expect(woke).toBe(START + 60 * MILLIS.MINUTE);
    expect(clock.pendingSleeps).toBe(0);
  });

  it('wakes sleepers in the order of their market instants', async () => {
    vi.useFakeTimers();
    const clock = new MarketClock({ startUtcMillis: START, timeScale: 60, realNow: () => performance.now() });
    const order: string[] = [];
    const all = Promise.all([
      clock.sleep(30 * MILLIS.MINUTE).then(() => order.push('30 min')),
      clock.sleep(5 * MILLIS.MINUTE).then(() => order.push('5 min')),
      clock.sleep(5 * MILLIS.MINUTE).then(() => order.push('5 min, second')),
    ]);
    await vi.advanceTimersByTimeAsync(30_000);
    await all;
    expect(order).toEqual(['5 min', '5 min, second', '30 min']);
  });

  it('sleeps under a large scale in a few real milliseconds', async () => {
    // One market hour per 20 real ms: the 60-minute window a CI run waits out.
    const clock = new MarketClock({ startUtcMillis: START, timeScale: MILLIS.HOUR / 20 });
    const realBefore = performance.now();
    await clock.sleep(MILLIS.HOUR);
    expect(performance.now() - realBefore).toBeGreaterThanOrEqual(19);
    expect(clock.now()).toBeGreaterThanOrEqual(START + MILLIS.HOUR);
  });

  it('resolves at once for a zero or negative sleep', async () => {
    const clock = new MarketClock({ startUtcMillis: START, realNow: () => 0 });
    await expect(clock.sleep(0)).resolves.toBeUndefined();
    await expect(clock.sleep(-5)).resolves.toBeUndefined();
    expect(clock.pendingSleeps).toBe(0);
  });

  it('rejects a non-finite sleep rather than firing at once', async () => {
    const clock = new MarketClock({ startUtcMillis: START });
    await expect(clock.sleep(Number.NaN)).rejects.toThrow(/finite/);
    await expect(clock.sleep(Number.POSITIVE_INFINITY)).rejects.toThrow(/finite/);
    await expect(new ManualClock(START).sleep(Number.NaN)).rejects.toThrow(/finite/);
  });

  it('aborts a sleep with the signal reason and leaves no timer behind', async () => {
    vi.useFakeTimers();
    const clock = new MarketClock({ startUtcMillis: START, timeScale: 60, realNow: () => performance.now() });
    const controller = new AbortController();
    const slept = clock.sleep(MILLIS.HOUR, controller.signal);
    controller.abort(new Error('scenario ended'));
    await expect(slept).rejects.toThrow('scenario ended');
    expect(clock.pendingSleeps).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const clock = new MarketClock({ startUtcMillis: START });
    const signal = AbortSignal.abort();
    await expect(clock.sleep(MILLIS.HOUR, signal)).rejects.toMatchObject({ name: 'AbortError' });
    await expect(clock.sleep(0, signal)).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('jumps forward, waking the sleepers whose instant has come', async () => {
    const real = fakeRealTime();
    const clock = new MarketClock({ startUtcMillis: START, timeScale: 60, realNow: real.read });
    const woken: string[] = [];
    const soon = clock.sleep(10 * MILLIS.MINUTE).then(() => woken.push('10 min'));
    const later = clock.sleep(2 * MILLIS.DAY).then(() => woken.push('2 days'));

    clock.advanceBy(30 * MILLIS.MINUTE);
    await soon;
    expect(woken).toEqual(['10 min']);
    expect(clock.now()).toBe(START + 30 * MILLIS.MINUTE);
    expect(clock.pendingSleeps).toBe(1);

    real.pass(1_000);
    clock.advanceTo(START + 3 * MILLIS.DAY);
    await later;
    expect(woken).toEqual(['10 min', '2 days']);
    expect(clock.now()).toBe(START + 3 * MILLIS.DAY);
    expect(() => clock.advanceTo(START)).toThrow(/cannot run backward/);
    expect(() => clock.advanceBy(-1)).toThrow(/cannot run backward/);
  });
});

describe('ManualClock', () => {
  it('stands still until moved', async () => {
    const clock = new ManualClock(START);
    let woke = false;
    const slept = clock.sleep(MILLIS.HOUR).then(() => (woke = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(clock.now()).toBe(START);
    expect(woke).toBe(false);
    expect(clock.pendingSleeps).toBe(1);

    clock.advanceBy(MILLIS.HOUR - 1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(woke).toBe(false);
    clock.advanceBy(1);
    await slept;
    expect(woke).toBe(true);
  });

  it('runTo lets each woken sleeper see its own instant and sleep again', async () => {
    const clock = new ManualClock(START);
    const seen: number[] = [];
    // A reminder loop, as the SMRS sends IF-045 every 7 days while an appointment is missing.
    const loop = (async () => {
      for (let i = 0; i < 3; i += 1) {
        await clock.sleep(7 * MILLIS.DAY);
        seen.push(clock.now());
      }
    })();
    await clock.runTo(START + 30 * MILLIS.DAY);
    await loop;
    expect(seen).toEqual([START + 7 * MILLIS.DAY, START + 14 * MILLIS.DAY, START + 21 * MILLIS.DAY]);
    expect(clock.now()).toBe(START + 30 * MILLIS.DAY);
  });

  it('aborts, refuses to run backward, and reports the scale it was given', async () => {
    const clock = new ManualClock(START, { timeScale: 3_600 });
    expect(clock.timeScale).toBe(3_600);
    const controller = new AbortController();
    const slept = clock.sleep(MILLIS.MINUTE, controller.signal);
    controller.abort();
    await expect(slept).rejects.toMatchObject({ name: 'AbortError' });
    expect(clock.pendingSleeps).toBe(0);
    expect(() => clock.advanceTo(START - 1)).toThrow(/cannot run backward/);
    await expect(clock.runTo(START - 1)).rejects.toThrow(/cannot run backward/);
  });
});
