// A compressed market clock leaves out the real time its own process could not run (a blocked
// event loop, a machine too busy to schedule it), so that the suite's slowness is never judged
// as the participant's: src/clock/stall-meter.ts.
import { describe, expect, it } from 'vitest';
import { MarketClock } from '../src/clock/market-clock.ts';
import { StallMeter } from '../src/clock/stall-meter.ts';
import { MILLIS } from '../src/time/gb-time.ts';

const START = Date.UTC(2026, 10, 23, 10, 0, 0);

/** A real-time source the test moves by hand, with a heartbeat it fires by hand. */
function harness(timeScale = 3_600, beatMillis = 10, toleranceMillis = 15) {
  let real = 1_000;
  const meter = new StallMeter({ realNow: () => real, beatMillis, toleranceMillis });
  const clock = new MarketClock({ startUtcMillis: START, timeScale, realNow: () => real, stalls: meter });
  return {
    meter,
    clock,
    /** Real time passes with the heartbeat on time. */
    run(millis: number) {
      for (let passed = 0; passed < millis; passed += beatMillis) {
        real += Math.min(beatMillis, millis - passed);
        meter.beat();
      }
    },
    /** Real time passes with no heartbeat: the process is blocked or not scheduled. */
    block(millis: number) {
      real += millis;
    },
  };
}

describe('StallMeter', () => {
  it('counts only what a beat is late by beyond the tolerance', () => {
    const { meter, run, block } = harness();
    run(1_000);
    expect(meter.summary).toEqual({ stalls: 0, totalMillis: 0, longestMillis: 0 });
    block(20); // within beat (10) + tolerance (15): jitter, real time like any other
    meter.beat();
    expect(meter.summary.totalMillis).toBe(0);
    block(325); // 300 ms past beat + tolerance
    meter.beat();
    block(125);
    meter.beat();
    expect(meter.summary).toEqual({ stalls: 2, totalMillis: 400, longestMillis: 300 });
  });

  it('counts a stall still under way up to the reading', () => {
    const { meter, block } = harness();
    block(225);
    expect(meter.stalledBy(1_000 + 225)).toBe(200);
    expect(meter.summary.totalMillis).toBe(0);
  });

  it('refuses a beat or tolerance that is not a positive number', () => {
    expect(() => new StallMeter({ beatMillis: 0 })).toThrow(/beatMillis > 0/);
    expect(() => new StallMeter({ toleranceMillis: -1 })).toThrow(/toleranceMillis >= 0/);
  });

  it('beats on a real timer that never keeps the process alive', async () => {
    const meter = new StallMeter({ beatMillis: 5, toleranceMillis: 5 }).start();
    const blockedUntil = performance.now() + 120;
    while (performance.now() < blockedUntil) {
      // the event loop is blocked, as by a long compile
    }
    await new Promise((resolve) => setTimeout(resolve, 30));
    meter.stop();
    expect(meter.summary.longestMillis).toBeGreaterThanOrEqual(100);
  });
});

describe('MarketClock with a stall meter', () => {
  it('stands still while the process is stalled, and runs on after it', () => {
    const { clock, run, block, meter } = harness();
    run(100);
    expect(clock.now()).toBe(START + 100 * 3_600);
    const before = clock.now();
    block(500); // a half-second stall at ×3600 would be 30 market minutes
    // Read during or just after the stall, before the late beat has run: the allowance passed, nothing more.
    expect(clock.now()).toBe(before + 25 * 3_600);
    meter.beat();
    expect(clock.now()).toBe(before + 25 * 3_600);
    run(100);
    expect(clock.now()).toBe(before + 125 * 3_600);
    expect(clock.stalls).toEqual({ stalls: 1, totalMillis: 475, longestMillis: 475 });
  });

  it('never runs backward, whenever it is read', () => {
    const { clock, run, block, meter } = harness();
    let last = clock.now();
    const read = () => {
      const now = clock.now();
      expect(now).toBeGreaterThanOrEqual(last);
      last = now;
    };
    for (const stall of [5, 40, 300, 16, 1_000, 26]) {
      run(30);
      read();
      for (let part = 0; part < 4; part += 1) {
        block(stall / 4);
        read();
      }
      meter.beat();
      read();
    }
  });

  it('still measures a participant that is late in real time', () => {
    // The late-if031 fault: the participant waits 75 market minutes of real time (1.25 s at
    // ×3600); ordinary jitter of the suite's process takes nothing off that.
    const { clock, run, block, meter } = harness();
    const trigger = clock.now();
    for (let elapsed = 0; elapsed < 1_250; elapsed += 50) {
      run(38);
      block(12); // a late beat within the tolerance, every 50 ms
      meter.beat();
    }
    expect(clock.now() - trigger).toBe(75 * MILLIS.MINUTE);
  });

  it('without a meter, counts every real millisecond', () => {
    let real = 0;
    const clock = new MarketClock({ startUtcMillis: START, timeScale: 600, realNow: () => real });
    real += 10_000;
    expect(clock.now()).toBe(START + 100 * MILLIS.MINUTE);
    expect(clock.stalls).toBeUndefined();
  });

  it('leaves out no stall the meter counted before the clock started', () => {
    let real = 0;
    const meter = new StallMeter({ realNow: () => real, beatMillis: 10, toleranceMillis: 0 });
    real += 1_010; // a 1-second stall before the clock exists
    meter.beat();
    const clock = new MarketClock({ startUtcMillis: START, timeScale: 60, realNow: () => real, stalls: meter });
    expect(clock.now()).toBe(START);
    real += 10;
    meter.beat();
    expect(clock.now()).toBe(START + 600);
  });
});
