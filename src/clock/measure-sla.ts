// Judges one trigger and its response against an SLA window, as *measured latency vs SLA*.
// Callers pass the instants the suite observed (when it delivered the trigger, when the response
// reached it), not the timestamps the messages claim, which the participant itself writes.
//
// When a window closes:
// - { minutes: n }: n minutes after the trigger; a response at exactly n minutes meets it
//   ("within 60 minutes").
// - { workingDays: n }: at the end of the nth working day after the trigger's GB local date,
//   i.e. just before GB local midnight that starts the next calendar day. The trigger's own day
//   does not count, whatever time it happened, and a trigger at a weekend or on a bank holiday
//   starts counting at the next working day. This is our reading of S1's "3WD"; the REC's own
//   definition of the count is not public (PROCESS-TABLES §0).
import { gbDate, gbMidnightUtcMillis, MILLIS } from '../time/gb-time.ts';
import { describeSla } from './describe-sla.ts';
import { addCalendarDays, parseCalendarDate } from './gb-calendar-date.ts';
import type { SlaWindow } from './sla-windows.ts';
import { workingDayCalendar, type WorkingDayCalendar } from './working-days.ts';

export interface SlaMeasurement {
  readonly sla: SlaWindow;
  readonly triggerUtcMillis: number;
  readonly responseUtcMillis: number;
  /** Response minus trigger; negative when the "response" came first. */
  readonly latencyMillis: number;
  /** The last instant (UTC millis) at which a response still meets the SLA. */
  readonly deadlineUtcMillis: number;
  /** False for a response after the deadline, and for one sent before its trigger. */
  readonly withinSla: boolean;
  readonly provisional: boolean;
  /** What is timed, e.g. "IF-031 [MSApp] within 60 min of IF-002 [GainMPANInfo]". */
  readonly description: string;
  /** Working-day windows only: working days from the trigger's GB date to the response's. */
  readonly workingDaysLater?: number;
}

/** The last instant at which a response to a trigger at `triggerUtcMillis` meets the SLA. */
export function slaDeadline(sla: SlaWindow, triggerUtcMillis: number, calendar: WorkingDayCalendar = workingDayCalendar()): number {
  const length = sla.window;
  if ('minutes' in length) return triggerUtcMillis + length.minutes * MILLIS.MINUTE;
  const lastDay = calendar.addWorkingDaysToDate(gbDate(triggerUtcMillis), length.workingDays);
  const { year, month, day } = parseCalendarDate(addCalendarDays(lastDay, 1));
  return gbMidnightUtcMillis(year, month, day) - 1;
}

export function measureSla(
  sla: SlaWindow,
  triggerUtcMillis: number,
  responseUtcMillis: number,
  calendar: WorkingDayCalendar = workingDayCalendar(),
): SlaMeasurement {
  const deadlineUtcMillis = slaDeadline(sla, triggerUtcMillis, calendar);
  const latencyMillis = responseUtcMillis - triggerUtcMillis;
  return {
    sla,
    triggerUtcMillis,
    responseUtcMillis,
    latencyMillis,
    deadlineUtcMillis,
    withinSla: latencyMillis >= 0 && responseUtcMillis <= deadlineUtcMillis,
    provisional: sla.provisional,
    description: describeSla(sla),
    ...('workingDays' in sla.window
      ? { workingDaysLater: calendar.workingDaysBetween(triggerUtcMillis, responseUtcMillis) }
      : {}),
  };
}
