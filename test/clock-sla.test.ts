import { describe, expect, it } from 'vitest';
import { formatDuration } from '../src/clock/describe-sla.ts';
import { formatSlaMeasurement } from '../src/clock/format-sla.ts';
import { measureSla, slaDeadline } from '../src/clock/measure-sla.ts';
import { loadSlaTable, parseSlaTable } from '../src/clock/sla-windows.ts';
import { formatGbTimestamp, isTimestampProblem, MILLIS, parseGbTimestamp } from '../src/time/gb-time.ts';

function at(text: string): number {
  const parsed = parseGbTimestamp(text);
  if (isTimestampProblem(parsed)) throw new Error(`bad test timestamp ${text}`);
  return parsed.utcMillis;
}

const slas = loadSlaTable();
const MS_APPOINTMENT = slas.byId('ms-appointment-request');
const METER_INSTALL = slas.byId('meter-install-mtds');
const MS_ANSWER = slas.byId('ms-appointment-answer');

describe('SLA windows (scenarios/slas.yaml)', () => {
  it('holds the confirmed windows with their sources', () => {
    expect(MS_APPOINTMENT).toMatchObject({
      trigger: { interface: 'IF-002', event: '[GainMPANInfo]' },
      response: { interface: 'IF-031', event: '[MSApp]' },
      window: { minutes: 60 },
      provisional: false,
      source: 'T3 / REC 22.6.1 (S1)',
    });
    expect(slas.byId('ds-appointment-request')).toMatchObject({
      response: { interface: 'IF-031', event: '[DSApp]' },
      window: { minutes: 60 },
      provisional: false,
    });
    expect(METER_INSTALL).toMatchObject({ response: { interface: 'IF-005' }, window: { workingDays: 3 }, provisional: false });
    expect(METER_INSTALL.source).toMatch(/^T2 /);
    expect(slas.byId('losing-ms-mtds').window).toEqual({ minutes: 120 });
  });

  it('marks the windows no public source gives as provisional 60-minute defaults', () => {
    for (const id of ['ms-appointment-answer', 'ds-appointment-answer', 'energisation-change-outcome', 'energisation-failure-outcome', 'status-message-answer']) {
      expect(slas.byId(id), id).toMatchObject({ window: { minutes: 60 }, provisional: true });
    }
    expect(MS_ANSWER).toMatchObject({
      trigger: { interface: 'IF-033', event: '[MSAppSPRequest]' },
      response: { interface: 'IF-034', event: '[MSAppSPResponse]' },
    });
    expect(slas.forResponse('IF-007', '[EnergisationStatusChange]').map((sla) => sla.id)).toEqual(['energisation-change-outcome']);
  });

  it('names every source by T-number, and every id once', () => {
    for (const sla of slas.windows) expect(sla.source, sla.id).toMatch(/\bT\d+\b/);
    expect(new Set(slas.windows.map((sla) => sla.id)).size).toBe(slas.windows.length);
  });

  it('says which id is unknown', () => {
    expect(() => slas.byId('ms-apointment-request')).toThrow(/no SLA window 'ms-apointment-request'.*known: ms-appointment-request/);
  });

  it('rejects malformed entries', () => {
    const entry = (window: string, extra = '') =>
      `slas:\n  - { id: x, trigger: { event: a }, response: { interface: IF-031, event: b }, responder: SUP, window: ${window}, provisional: false, source: T1, cite: c${extra} }\n`;
    expect(() => parseSlaTable(entry('{ minutes: 60 }'), 'f.yaml')).not.toThrow();
    expect(() => parseSlaTable(entry('{ hours: 1 }'), 'f.yaml')).toThrow(/window must be \{ minutes: n \} or \{ workingDays: n \}/);
    expect(() => parseSlaTable(entry('{ minutes: 60, workingDays: 3 }'), 'f.yaml')).toThrow(/window must be/);
    expect(() => parseSlaTable(entry('{ minutes: 0 }'), 'f.yaml')).toThrow(/window must be/);
    expect(() => parseSlaTable(entry('{ minutes: 60 }').replace('IF-031', 'IF31'), 'f.yaml')).toThrow(/interface must be an interface id/);
    expect(() => parseSlaTable(entry('{ minutes: 60 }').replace('provisional: false', 'provisional: maybe'), 'f.yaml')).toThrow(/provisional must be true or false/);
    const twice = entry('{ minutes: 60 }') + entry('{ minutes: 60 }').replace('slas:\n', '');
    expect(() => parseSlaTable(twice, 'f.yaml')).toThrow(/'x' is used twice/);
  });
});

describe('measureSla: minute windows', () => {
  const trigger = at('2026-11-23T10:00:00+00:00');

  it('meets the window inside it, and exactly at its end', () => {
    const result = measureSla(MS_APPOINTMENT, trigger, trigger + 12 * MILLIS.MINUTE);
    expect(result).toMatchObject({
      latencyMillis: 12 * MILLIS.MINUTE,
      deadlineUtcMillis: trigger + 60 * MILLIS.MINUTE,
      withinSla: true,
      provisional: false,
      description: 'IF-031 [MSApp] within 60 min of IF-002 [GainMPANInfo]',
    });
    expect(result.workingDaysLater).toBeUndefined();
    expect(formatSlaMeasurement(result)).toBe('IF-031 [MSApp] sent 12 min after IF-002 [GainMPANInfo]; SLA 60 min (REC 22.6.1): met');
    expect(measureSla(MS_APPOINTMENT, trigger, trigger + 60 * MILLIS.MINUTE).withinSla).toBe(true);
  });

  it('misses the window one second after it closes', () => {
    const result = measureSla(MS_APPOINTMENT, trigger, trigger + 60 * MILLIS.MINUTE + 1_000);
    expect(result.withinSla).toBe(false);
    expect(formatSlaMeasurement(result)).toBe(
      'IF-031 [MSApp] sent 60 min 1 s after IF-002 [GainMPANInfo]; SLA 60 min (REC 22.6.1): missed by 1 s',
    );
  });

  it('carries the provisional flag into the result and the sentence', () => {
    const inside = measureSla(MS_ANSWER, trigger, trigger + 59 * MILLIS.MINUTE);
    expect(inside).toMatchObject({ withinSla: true, provisional: true });
    expect(formatSlaMeasurement(inside)).toBe(
      'IF-034 [MSAppSPResponse] sent 59 min after IF-033 [MSAppSPRequest]; SLA 60 min (provisional: T1 default, no published SLA): met',
    );
    const outside = measureSla(MS_ANSWER, trigger, trigger + 75 * MILLIS.MINUTE);
    expect(outside).toMatchObject({ withinSla: false, provisional: true });
    expect(formatSlaMeasurement(outside)).toMatch(/SLA 60 min \(provisional: .*\): missed by 15 min$/);
  });

  it('does not count a response sent before its trigger as meeting the SLA', () => {
    const result = measureSla(MS_APPOINTMENT, trigger, trigger - 3 * MILLIS.MINUTE);
    expect(result).toMatchObject({ latencyMillis: -3 * MILLIS.MINUTE, withinSla: false });
    expect(formatSlaMeasurement(result)).toBe(
      'IF-031 [MSApp] sent 3 min before IF-002 [GainMPANInfo]; SLA 60 min (REC 22.6.1): not a response to it (sent before its trigger)',
    );
  });

  it('measures the 120-minute window of the losing MS', () => {
    const losing = slas.byId('losing-ms-mtds');
    expect(measureSla(losing, trigger, trigger + 119 * MILLIS.MINUTE).withinSla).toBe(true);
    expect(measureSla(losing, trigger, trigger + 121 * MILLIS.MINUTE).withinSla).toBe(false);
  });
});

describe('measureSla: working-day windows end at the end of the nth working day after the trigger date', () => {
  it('ends on the third working day after, at GB local midnight, whatever the trigger time', () => {
    // Tuesday 17:45: Wed, Thu, Fri are the three working days; the window closes at Friday's end.
    const trigger = at('2026-11-24T17:45:00+00:00');
    expect(formatGbTimestamp(slaDeadline(METER_INSTALL, trigger))).toBe('2026-11-27T23:59:59+00:00');
    expect(slaDeadline(METER_INSTALL, trigger)).toBe(at('2026-11-28T00:00:00+00:00') - 1);
    expect(slaDeadline(METER_INSTALL, at('2026-11-24T00:00:00+00:00'))).toBe(slaDeadline(METER_INSTALL, trigger));

    const met = measureSla(METER_INSTALL, trigger, at('2026-11-27T23:59:59+00:00'));
    expect(met).toMatchObject({ withinSla: true, workingDaysLater: 3, provisional: false });
    const late = measureSla(METER_INSTALL, trigger, at('2026-11-28T00:00:00+00:00'));
    expect(late).toMatchObject({ withinSla: false, workingDaysLater: 3 });
    expect(formatSlaMeasurement(late)).toMatch(/: missed by 1 s$/);
  });

  it('starts counting at the next working day for a weekend trigger', () => {
    const saturday = at('2026-11-21T11:00:00+00:00');
    expect(formatGbTimestamp(slaDeadline(METER_INSTALL, saturday))).toBe('2026-11-25T23:59:59+00:00');
  });

  it('stretches over Easter and the spring clock change', () => {
    // Thursday 25 March 2027: Good Friday, the weekend (clocks change on Easter Sunday) and
    // Easter Monday are skipped; Tue 30, Wed 31 March, Thu 1 April.
    const trigger = at('2027-03-25T14:00:00+00:00');
    const result = measureSla(METER_INSTALL, trigger, at('2027-03-31T09:00:00+01:00'));
    expect(formatGbTimestamp(result.deadlineUtcMillis)).toBe('2027-04-01T23:59:59+01:00');
    expect(result).toMatchObject({ withinSla: true, workingDaysLater: 2 });
    expect(formatSlaMeasurement(result)).toBe(
      'IF-005 [MeterInstall] sent 5 d 18 h after meter installed on site, 2 working days later; ' +
        'SLA 3 working days, to the end of 2027-04-01 (RECCo MHHS SLAs (S1), T2): met',
    );
  });

  it('stretches over Christmas substitute days and reports lateness in working days', () => {
    const trigger = at('2027-12-23T10:00:00+00:00'); // then 24 Dec, 29 Dec, 30 Dec
    expect(formatGbTimestamp(slaDeadline(METER_INSTALL, trigger))).toBe('2027-12-30T23:59:59+00:00');
    const late = measureSla(METER_INSTALL, trigger, at('2028-01-04T09:00:00+00:00'));
    expect(late).toMatchObject({ withinSla: false, workingDaysLater: 5 });
    expect(formatSlaMeasurement(late)).toMatch(/, 5 working days later; SLA 3 working days, to the end of 2027-12-30 .*: missed by 2 working days$/);
  });

  it('marks the inferred meter-update window provisional', () => {
    const result = measureSla(slas.byId('meter-update-mtds'), at('2026-11-24T10:00:00+00:00'), at('2026-11-25T10:00:00+00:00'));
    expect(result).toMatchObject({ withinSla: true, provisional: true, workingDaysLater: 1 });
  });
});

describe('formatDuration', () => {
  it('speaks in the unit of the window', () => {
    expect(formatDuration(45_900)).toBe('45 s');
    expect(formatDuration(12 * MILLIS.MINUTE)).toBe('12 min');
    expect(formatDuration(125 * MILLIS.MINUTE + 30_000)).toBe('125 min 30 s');
    expect(formatDuration(5 * MILLIS.HOUR + 5 * MILLIS.MINUTE)).toBe('5 h 5 min');
    expect(formatDuration(3 * MILLIS.DAY + 2 * MILLIS.HOUR + 59 * MILLIS.MINUTE)).toBe('3 d 2 h');
    expect(formatDuration(1, 'up')).toBe('1 s');
    expect(formatDuration(-90_000)).toBe('1 min 30 s');
  });
});
