// The words for an SLA window that evidence and verdicts share, so every report names a window
// the same way.
import type { SlaEndpoint, SlaWindow, SlaWindowLength } from './sla-windows.ts';

/** "IF-031 [MSApp]", or the event alone when no DIP message starts or ends the window. */
export function describeEndpoint(endpoint: SlaEndpoint): string {
  return endpoint.interface === undefined ? endpoint.event : `${endpoint.interface} ${endpoint.event}`;
}

/** "60 min", "3 working days". */
export function describeWindowLength(length: SlaWindowLength): string {
  if ('minutes' in length) return `${length.minutes} min`;
  return `${length.workingDays} working day${length.workingDays === 1 ? '' : 's'}`;
}

/** "IF-031 [MSApp] within 60 min of IF-002 [GainMPANInfo]". */
export function describeSla(sla: SlaWindow): string {
  return `${describeEndpoint(sla.response)} within ${describeWindowLength(sla.window)} of ${describeEndpoint(sla.trigger)}`;
}

const UNITS = { d: 86_400, h: 3_600, min: 60, s: 1 } as const;

function twoUnits(totalSeconds: number, major: keyof typeof UNITS, minor: keyof typeof UNITS): string {
  const majorCount = Math.floor(totalSeconds / UNITS[major]);
  const minorCount = Math.floor((totalSeconds % UNITS[major]) / UNITS[minor]);
  return minorCount === 0 ? `${majorCount} ${major}` : `${majorCount} ${major} ${minorCount} ${minor}`;
}

/**
 * A duration for people, in the unit a window of that size is spoken of: minutes up to three
 * hours (so it reads against "SLA 60 min"), then hours, then days. Whole seconds, rounded down
 * unless `round` is 'up' (a response 1 ms late is late by 1 s, not by 0 s).
 */
export function formatDuration(millis: number, round: 'down' | 'up' = 'down'): string {
  const magnitude = Math.abs(millis) / 1000;
  const seconds = round === 'up' ? Math.ceil(magnitude) : Math.floor(magnitude);
  if (seconds < UNITS.min) return `${seconds} s`;
  if (seconds < 3 * UNITS.h) return twoUnits(seconds, 'min', 's');
  if (seconds < 2 * UNITS.d) return twoUnits(seconds, 'h', 'min');
  return twoUnits(seconds, 'd', 'h');
}
