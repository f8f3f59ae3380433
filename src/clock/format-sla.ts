// An SLA verdict as one line for people, for the console and the evidence pack:
//   IF-031 [MSApp] sent 12 min after IF-002 [GainMPANInfo]; SLA 60 min (REC 22.6.1): met
import { gbDate } from '../time/gb-time.ts';
import { describeEndpoint, describeWindowLength, formatDuration } from './describe-sla.ts';
import type { SlaMeasurement } from './measure-sla.ts';

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function formatSlaMeasurement(measurement: SlaMeasurement): string {
  const { sla, latencyMillis, workingDaysLater } = measurement;
  const response = describeEndpoint(sla.response);
  const trigger = describeEndpoint(sla.trigger);

  const timing =
    latencyMillis < 0
      ? `sent ${formatDuration(latencyMillis)} before ${trigger}`
      : `sent ${formatDuration(latencyMillis)} after ${trigger}` +
        (workingDaysLater === undefined ? '' : `, ${plural(workingDaysLater, 'working day')} later`);

  const byEndOf = 'workingDays' in sla.window ? `, to the end of ${gbDate(measurement.deadlineUtcMillis)}` : '';
  const window = `SLA ${describeWindowLength(sla.window)}${byEndOf} (${sla.provisional ? 'provisional: ' : ''}${sla.cite})`;

  return `${response} ${timing}; ${window}: ${verdict(measurement)}`;
}

function verdict(measurement: SlaMeasurement): string {
  const { sla, latencyMillis, withinSla, workingDaysLater } = measurement;
  if (latencyMillis < 0) return 'not a response to it (sent before its trigger)';
  if (withinSla) return 'met';
  const workingDaysLate = 'workingDays' in sla.window ? (workingDaysLater ?? 0) - sla.window.workingDays : 0;
  if (workingDaysLate > 0) return `missed by ${plural(workingDaysLate, 'working day')}`;
  return `missed by ${formatDuration(measurement.responseUtcMillis - measurement.deadlineUtcMillis, 'up')}`;
}
