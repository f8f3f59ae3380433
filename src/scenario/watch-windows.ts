// How long the suite must watch before it may say a participant sent something only once, or
// sent nothing. A window shorter than the SLA of the message it watches judges a participant
// before its time is up: an answer sent once at 15 minutes, inside its 60-minute SLA, would be
// "sent 0 times". So a feature that states a shorter window is a suite fault, refused here.
import { loadSlaTable } from '../clock/index.ts';
import type { MessageKind } from '../spec/message-kind.ts';
import { SuiteError } from './verdicts.ts';

/** Status messages (RCP codes on /statusmessage) answer any delivery within this window. */
export const STATUS_MESSAGE_SLA = 'status-message-answer';

function minutesOf(slaId: string): number {
  const { window } = loadSlaTable().byId(slaId);
  if (!('minutes' in window)) throw new SuiteError(`SLA ${slaId} is counted in working days: a watch over it must be stated in days`);
  return window.minutes;
}

/** The SLA window (minutes) of `response` after `trigger`, from scenarios/slas.yaml; undefined when none is written down. */
export function slaMinutesBetween(trigger: MessageKind, response: MessageKind): number | undefined {
  const sla = loadSlaTable()
    .forResponse(response.interfaceID, response.eventCode)
    .find((window) => window.trigger.interface === trigger.interfaceID && window.trigger.event === trigger.eventCode);
  return sla ? minutesOf(sla.id) : undefined;
}

/**
 * Refuses a watch of `watched` over `minutes` that is shorter than its SLA (`slaMinutes`):
 * the step's wording must give the participant all its time.
 */
export function requireWatchCoversSla(minutes: number, slaMinutes: number | undefined, watched: string): void {
  if (slaMinutes !== undefined && minutes < slaMinutes) {
    throw new SuiteError(`the feature watches ${watched} over ${minutes} minutes, shorter than its ${slaMinutes}-minute SLA: a participant answering within its SLA would be judged early`);
  }
}

/** The window of a status message: what "reports no problem" and "refuses neither" watch. */
export function statusMessageMinutes(): number {
  return minutesOf(STATUS_MESSAGE_SLA);
}

/**
 * The longest a participant may take over anything it does because of `trigger` (e.g.
 * `IF-033 [MSAppSPRequest]`) delivered to it: every window of scenarios/slas.yaml that the
 * trigger starts, and the status message any delivery may get. A watch for a repeat acted on
 * again must last this long from the first delivery.
 */
export function longestReactionMinutes(trigger: MessageKind): number {
  const started = loadSlaTable().windows.filter((window) => window.trigger.interface === trigger.interfaceID && window.trigger.event === trigger.eventCode);
  return Math.max(statusMessageMinutes(), ...started.map((window) => minutesOf(window.id)));
}
