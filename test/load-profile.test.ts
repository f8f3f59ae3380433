// The load profile (`mhhs-qualify load`): the percentiles it quotes are the nearest-rank ones;
// it counts a lost, a duplicated and a late appointment request from the journal; a small
// load against the reference participant loses and duplicates nothing; and one with the
// late-if031 fault switched on is reported as missing the SLA.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIO } from '../src/cli/output/console-io.ts';
import { runCli } from '../src/cli/main.ts';
import type { Exchange } from '../src/evidence/exchange.ts';
import { loadReport } from '../src/load/load-report.ts';
import { type LoadSummary, summariseLoad } from '../src/load/load-summary.ts';
import { LoadTracker } from '../src/load/load-tracker.ts';
import { distributionOf, percentile } from '../src/load/percentiles.ts';
import { LOAD_SUMMARY_FILE, runLoad } from '../src/load/run-load.ts';
import { effectiveRate } from '../src/load/start-schedule.ts';
import { loadProfile } from '../src/profile/participant-profile.ts';
import { DEFAULT_PROFILE } from '../src/run/run-settings.ts';
import { specUnderTest } from './spec-under-test.ts';

describe('percentiles of a load', () => {
  it('are nearest-rank: always a measured value, never an interpolation', () => {
    const oneToHundred = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(distributionOf(oneToHundred.slice().reverse())).toEqual({ count: 100, p50: 50, p95: 95, p99: 99, max: 100, mean: 50.5 });
    const five = [15, 20, 35, 40, 50];
    expect([percentile(five, 5), percentile(five, 30), percentile(five, 40), percentile(five, 50), percentile(five, 100)]).toEqual([15, 20, 20, 35, 50]);
    expect(distributionOf([7])).toEqual({ count: 1, p50: 7, p95: 7, p99: 7, max: 7, mean: 7 });
    expect(distributionOf([])).toBeUndefined();
    expect(() => percentile(five, 0)).toThrow(/above 0/);
  });

  it('raise the start rate only when the starts would not fit in the duration', () => {
    expect(effectiveRate(10_000, 100, 120)).toBe(100);
    expect(effectiveRate(10_000, 50, 100)).toBe(100);
  });
});

// --- The tracker and the summary, on exchanges made by hand --------------------------------

const T0 = Date.UTC(2026, 8, 15, 9, 0);
const MINUTE = 60_000;
let sequence = 0;

/** One message's payload, with just the fields the tracker reads. */
function payload(interfaceID: string, eventCode: string, mpan: string, reference = `S-${interfaceID}-REF-${(sequence += 1)}`) {
  return { CommonBlock: { S0: { interfaceID, eventCode }, S1: { senderUniqueReference: reference }, M0: { MPANCore: mpan } } };
}

function exchange(direction: Exchange['direction'], atMillis: number, body: unknown, status = 201, channel = direction === 'participant-to-dip' ? '/dip-channel/IF-031' : '/webhook'): Exchange {
  const at = new Date(atMillis).toISOString();
  return {
    id: `x${(sequence += 1)}`,
    direction,
    channel,
    request: { method: 'POST', url: `https://dip${channel}`, headers: {}, body: JSON.stringify(body) },
    response: { status, headers: {}, body: '{}' },
    startedAt: at,
    finishedAt: at,
    marketTime: '',
    marketMillis: atMillis,
    findings: [],
  };
}

const gain = (mpan: string, at: number) => exchange('dip-to-participant', at, [{ payload: payload('IF-002', '[GainMPANInfo]', mpan) }]);
const request = (mpan: string, eventCode: string, at: number, status = 201, reference?: string) => exchange('participant-to-dip', at, [{ payload: payload('IF-031', eventCode, mpan, reference) }], status);
const outcome = (mpan: string, eventCode: string, at: number) => exchange('dip-to-participant', at, [{ payload: payload('IF-035', eventCode, mpan) }]);

function summaryOf(tracker: LoadTracker, requested: number): LoadSummary {
  return summariseLoad({
    tracker,
    requested,
    settings: { participant: 'hand-made', mpans: requested, rate: 1, effectiveRate: 1, durationSeconds: 10, timeScale: 1, seed: 1, faults: [], transport: 'none' },
    phases: { startedAt: '', finishedAt: '', startupSeconds: 0, startingSeconds: 0, drainSeconds: 0, totalSeconds: 0, drainEnded: 'participant quiet' },
    journal: { file: 'journal.jsonl', bytes: 0 },
    suiteProcess: { cpuSeconds: 0, peakRssMegabytes: 0 },
    firstStart: T0,
    lastStart: T0,
  });
}

describe('the load tracker', () => {
  it('counts a lost, a duplicated, a refused and a late appointment request, each against its MPAN', () => {
    const tracker = new LoadTracker();
    for (const mpan of ['1000000000001', '1000000000002', '1000000000003', '1000000000004', '1000000000005']) tracker.expect(mpan, T0);
    const journal = [
      // 1: the clean chain, its IF-031 read a moment before the IF-002 answer (counted as no time, not negative)
      gain('1000000000001', T0 + 1000),
      request('1000000000001', '[MSApp]', T0 + 990),
      request('1000000000001', '[DSApp]', T0 + 1500),
      outcome('1000000000001', '[MSAppAccepted]', T0 + 2000),
      outcome('1000000000001', '[DSAppAccepted]', T0 + 2100),
      // 2: [DSApp] never sent: lost
      gain('1000000000002', T0),
      request('1000000000002', '[MSApp]', T0 + 100),
      // 3: [MSApp] sent twice under two references: duplicated
      gain('1000000000003', T0),
      request('1000000000003', '[MSApp]', T0 + 100),
      request('1000000000003', '[MSApp]', T0 + 200),
      request('1000000000003', '[DSApp]', T0 + 100),
      // 4: [DSApp] refused by the DIP (400): never reached the SMRS, so lost, and an error
      gain('1000000000004', T0),
      request('1000000000004', '[MSApp]', T0 + 100),
      request('1000000000004', '[DSApp]', T0 + 100, 400),
      // 5: [MSApp] 61 minutes after the IF-002: the 60-minute SLA missed
      gain('1000000000005', T0),
      request('1000000000005', '[MSApp]', T0 + 61 * MINUTE),
      request('1000000000005', '[DSApp]', T0 + 59 * MINUTE),
    ];
    for (const entry of journal) tracker.observe(entry);

    const summary = summaryOf(tracker, 5);
    const [ms, ds] = summary.requests;
    expect({ received: ms!.received, lost: ms!.lost, duplicated: ms!.duplicated, missed: ms!.missedSla }).toEqual({ received: 5, lost: 0, duplicated: 1, missed: 1 });
    expect({ received: ds!.received, lost: ds!.lost, duplicated: ds!.duplicated, missed: ds!.missedSla }).toEqual({ received: 3, lost: 2, duplicated: 0, missed: 0 });
    expect(summary.examples).toMatchObject({ lost: ['1000000000002', '1000000000004'], duplicated: ['1000000000003'], missedSla: ['1000000000005'] });
    // MPAN 1's [MSApp] counts 0 ms, not −10 ms: the mean shows it.
    expect(ms!.realMillis).toEqual({ count: 5, p50: 100, p95: 61 * MINUTE, p99: 61 * MINUTE, max: 61 * MINUTE, mean: (0 + 3 * 100 + 61 * MINUTE) / 5 });
    expect(summary.errors.dipRefusals).toBe(1);
    expect(summary.mpans.chainsSettled).toBe(1);
    expect(summary.passed).toBe(false);
    expect(summary.problems.join('\n')).toMatch(/2 appointment request\(s\) lost[\s\S]*1 appointment request\(s\) duplicated[\s\S]*1 IF-031 \[MSApp\] missed the SLA/);
    expect(loadReport(summary).join('\n')).toMatch(/Lost +2 +duplicated 1 +SLA missed 1[\s\S]*FAIL:/);
  });

  it('passes a load where every request came once and in time', () => {
    const tracker = new LoadTracker();
    tracker.expect('1000000000001', T0);
    for (const entry of [gain('1000000000001', T0), request('1000000000001', '[MSApp]', T0 + 5), request('1000000000001', '[DSApp]', T0 + 9)]) tracker.observe(entry);
    const summary = summaryOf(tracker, 1);
    expect(summary.passed).toBe(true);
    expect(summary.requests.map((figures) => figures.realMillis?.max)).toEqual([5, 9]);
  });
});

// --- Against the bundled reference participant --------------------------------------------

const profile = loadProfile(DEFAULT_PROFILE);

describe('a load against the reference participant', () => {
  it('drives 30 MPANs through the appointment chain with nothing lost or duplicated', async () => {
    const reportsDir = mkdtempSync(path.join(tmpdir(), 'mhhs-load-'));
    const summary = await runLoad({ spec: specUnderTest(), profile, mpans: 30, rate: 30, durationSeconds: 10, reportsDir, seed: 7, timeScale: 1 });
    expect(summary.problems).toEqual([]);
    expect(summary.mpans).toMatchObject({ requested: 30, started: 30, gainsDelivered: 30, chainsSettled: 30, chainsAccepted: 30 });
    for (const figures of summary.requests) {
      expect(figures).toMatchObject({ expected: 30, received: 30, withinSla: 30, lost: 0, duplicated: 0, missedSla: 0 });
      expect(figures.realMillis!.p50).toBeLessThanOrEqual(figures.realMillis!.max);
    }
    expect(summary.errors).toMatchObject({ dipRefusals: 0, pushFailures: 0, findings: 0, startFailures: 0 });
    expect(JSON.parse(readFileSync(path.join(reportsDir, LOAD_SUMMARY_FILE), 'utf8'))).toMatchObject({ passed: true, lost: 0, duplicated: 0 });
    // The evidence: every exchange in the journal, 5 per MPAN with the participant (IF-002, two
    // IF-031, two IF-035) and 5 handed on inside the suite (the two IF-031 to the SMRS, its IF-033
    // to the simulated Metering and Data Services, ...).
    const exchanges = readFileSync(summary.journal.file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Exchange);
    const count = (direction: Exchange['direction']) => exchanges.filter((exchange) => exchange.direction === direction).length;
    expect({ sent: count('participant-to-dip'), pushed: count('dip-to-participant'), handedOn: count('dip-to-simulated-party') }).toEqual({ sent: 60, pushed: 90, handedOn: 150 });
    expect(summary.journal.file).toBe(path.join(reportsDir, 'run', 'journal-worker-0.jsonl'));
  });

  it('reports the SLA missed when the participant answers IF-002 late (late-if031)', async () => {
    const reportsDir = mkdtempSync(path.join(tmpdir(), 'mhhs-load-late-'));
    // At ×600 the 60-minute window is 6 real seconds; the fault answers at 75 market minutes.
    const summary = await runLoad({ spec: specUnderTest(), profile, mpans: 4, rate: 20, durationSeconds: 10, reportsDir, seed: 8, timeScale: 600, faults: ['late-if031'] });
    expect(summary.passed).toBe(false);
    expect(summary.missedSla).toBe(8);
    expect(summary.lost + summary.duplicated).toBe(0);
    for (const figures of summary.requests) expect(figures.marketMillis!.p50).toBeGreaterThan(60 * MINUTE);
    expect(summary.problems.join('\n')).toMatch(/4 IF-031 \[MSApp\] missed the SLA \(IF-031 \[MSApp\] within 60 min of IF-002 \[GainMPANInfo\]\)/);
  });

  it('refuses a usage mistake before starting anything', async () => {
    const io = memoryIO();
    expect(await runCli(['load', '--mpans', '0'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/--mpans '0' must be a whole number of at least 1/);
  });
});
