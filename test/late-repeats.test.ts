// A repeat acted on again after a rainy day's own few minutes, inside the SLA of what it does,
// fails the run with a finding naming the scenario (src/scenario/late-repeats.ts). The unit test
// checks the bookkeeping on a journal and a manual clock; the CLI test runs the rainy days of a
// repeated IF-033 against the reference participant clean and with late-repeat-action, which
// acts on each repeat again 20 market minutes after it arrived.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock/index.ts';
import type { Exchange } from '../src/evidence/exchange.ts';
import { ExchangeJournal } from '../src/evidence/exchange-journal.ts';
import type { RunSummary } from '../src/run/run-summary.ts';
import { LateRepeats } from '../src/scenario/late-repeats.ts';
import { MILLIS } from '../src/time/gb-time.ts';
import { specDirOf } from './spec-under-test.ts';

const START = Date.UTC(2026, 11, 7, 9, 0);
const TRANSACTION = 'T-IF-036-2000000001-REGS-20261207-ABCDEF012345W000000001';

/** A status message of the participant's naming the transaction, at `minutes` past the start. */
const statusMessage = (id: string, minutes: number, transactionID = TRANSACTION): Exchange => ({
  id,
  direction: 'participant-to-dip',
  channel: '/statusmessage',
  request: { method: 'POST', url: '/statusmessage', headers: {}, body: JSON.stringify([{ transactionID, message: 'RCP1061 - MPAN not known' }]) },
  response: { status: 201, headers: {}, body: '' },
  startedAt: '',
  finishedAt: '',
  marketTime: `+${minutes} min`,
  marketMillis: START + minutes * MILLIS.MINUTE,
  findings: [],
});

const watch = (seen: Record<string, string[]>) => ({
  scenario: { name: 'The Supplier acts at most once on IF-036 [MSAppActive] delivered again and replayed', location: 'features/x.feature:9' },
  what: 'IF-036 [MSAppActive]',
  deliveries: 3,
  transactionID: TRANSACTION,
  mpan: undefined,
  since: START,
  firstDelivery: START,
  watchedMinutes: 3,
  seen: new Map(Object.entries(seen)),
  slaMinutes: 60,
});

describe('the watch a rainy day hands on (LateRepeats)', () => {
  it('fails the run with a kind seen again before the SLA has passed, naming the scenario, and forgets a watch past its deadline', async () => {
    const journal = new ExchangeJournal(path.join(mkdtempSync(path.join(tmpdir(), 'mhhs-late-repeats-')), 'journal.jsonl'));
    const clock = new ManualClock(START);
    const late = new LateRepeats(journal, clock);
    const kind = `status message RCP1061 about transaction ${TRANSACTION}`;
    clock.advanceBy(3 * MILLIS.MINUTE);
    late.handOn(watch({ [kind]: ['+0 min'] }));
    // Another transaction's status message is no repeat of this one.
    await journal.append(statusMessage('other', 10, 'T-IF-036-2000000001-REGS-20261207-ABCDEF012345W000000002'));
    await journal.append(statusMessage('again', 20));
    expect(late.latestDeadline()).toBe(START + 60 * MILLIS.MINUTE);
    const settled = late.settle();
    await clock.runTo(START + 60 * MILLIS.MINUTE);
    const findings = await settled;
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'IDEMPOTENT-DELIVERY',
        severity: 'fail',
        requirement: 'REQ-DIP-IDEMPOTENT-RECEIPT',
        scenario: { name: watch({}).scenario.name, location: 'features/x.feature:9' },
        exchange: expect.objectContaining({ id: 'again', channel: '/statusmessage' }),
      }),
    ]);
    expect(findings[0]!.message).toBe(
      `scenario "${watch({}).scenario.name}" (features/x.feature:9): ${kind} sent 2 times after IF-036 [MSAppActive] (transaction ${TRANSACTION}) was delivered 3 times: +0 min, +20 min; ` +
        "seen again after the scenario's own 3-minute watch, 20 minutes after the first delivery, within the 60-minute SLA of a reaction to it; once is right",
    );
    expect(late.latestDeadline()).toBeUndefined();

    // Sent first only late is no repeat; sent again past the deadline is not this watch's; a
    // watch whose deadline the journal has passed by far is dropped.
    const second = new LateRepeats(journal, clock);
    const base = clock.now();
    second.handOn({ ...watch({}), since: base, firstDelivery: base });
    await journal.append({ ...statusMessage('first', 0), marketMillis: base + 30 * MILLIS.MINUTE });
    await journal.append({ ...statusMessage('past', 0), marketMillis: base + 61 * MILLIS.MINUTE });
    expect(second.latestDeadline()).toBe(base + 60 * MILLIS.MINUTE);
    await journal.append({ ...statusMessage('much later', 0), marketMillis: base + 70 * MILLIS.MINUTE });
    expect(second.latestDeadline()).toBeUndefined();
    expect(await second.settle()).toEqual([]);
    late.stop();
    second.stop();
    await journal.close();
  });
});

function qualify(...args: string[]): { code: number | null; summary: RunSummary & { exit: { code: number } }; output: string } {
  const reports = mkdtempSync(path.join(tmpdir(), 'mhhs-late-repeats-'));
  const run = spawnSync(process.execPath, ['bin/mhhs-qualify.js', 'run', '--no-report', '--time-scale', '3600', '--reports', reports, ...args], {
    env: { ...process.env, MHHS_DIP_SPEC_DIR: specDirOf('v2.1.0'), NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { code: run.status, summary: JSON.parse(readFileSync(path.join(reports, 'summary.json'), 'utf8')), output: `${run.stdout}\n${run.stderr}` };
}

/** The rainy days of an IF-033 delivered again and replayed, to the Smart and the Advanced Metering and Data Services. */
const REPEATED_IF033 = '@REQ-DIP-IDEMPOTENT-RECEIPT and @IF-033 and not @IF-034';

describe('a repeat acted on again late, through the CLI', () => {
  it('leaves a conformant participant with no run-level finding and exit 0', () => {
    const run = qualify('--tags', REPEATED_IF033);
    expect(run.summary.totals).toMatchObject({ pass: 4, fail: 0, error: 0 });
    expect(run.summary.runFindings ?? []).toEqual([]);
    expect(run.code, run.output).toBe(0);
  }, 240_000);

  it('fails the run with late-repeat-action: the scenarios pass on their own few minutes, and a run-level finding names each', () => {
    const run = qualify('--tags', REPEATED_IF033, '--fault', 'late-repeat-action');
    // Their own window is over before the repeat is acted on again: the verdicts stay pass.
    expect(run.summary.totals).toMatchObject({ pass: 4, fail: 0, error: 0 });
    const findings = run.summary.runFindings ?? [];
    expect(findings.map((finding) => finding.rule)).toEqual(['IDEMPOTENT-DELIVERY', 'IDEMPOTENT-DELIVERY', 'IDEMPOTENT-DELIVERY', 'IDEMPOTENT-DELIVERY']);
    const located = run.summary.scenarios.map((scenario) => scenario.location).sort();
    expect(findings.map((finding) => finding.scenario?.location).sort()).toEqual(located);
    for (const finding of findings) {
      expect(finding).toMatchObject({ severity: 'fail', requirement: 'REQ-DIP-IDEMPOTENT-RECEIPT', exchange: { channel: '/dip-channel/IF-034', status: 201 } });
      expect(finding.message).toMatch(/^scenario "The (Smart|Advanced) (Metering|Data) Service acts at most once on IF-033 \[(MS|DS)AppSPRequest\] delivered again and replayed" \(features\/dip-channels\/.*-rainy-days\.feature:\d+\): IF-034 \[\3AppSPResponse\] for MPAN \d{13} sent 3 times after IF-033 \[\3AppSPRequest\]/);
      expect(finding.message).toMatch(/after the scenario's own 3-minute watch, \d+ minutes after the first delivery, within the 60-minute SLA of a reaction to it; once is right$/);
    }
    expect(run.output).toContain('IDEMPOTENT-DELIVERY');
    expect(run.summary.exit.code).toBe(1);
    expect(run.code, run.output).toBe(1);
  }, 240_000);
});
