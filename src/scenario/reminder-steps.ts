// The SMRS's reminders of a missing appointment (PROCESS-TABLES §4.12 REM-01/02, BP001 COS-15):
// the scenario leaves an MPAN the participant supplies without a Metering (or Data) Service,
// the SMRS's reminder run sends IF-045, the participant must appoint one, and the next run, 7
// days later in market time, must find the gap closed and send nothing. The run "7 days later"
// is the SMRS judging the MPAN as of that date: the market clock is shared by every scenario
// of a worker, so it is not moved.
import type { ServiceKind } from '../../mocks/smrs/metering-points.ts';
import { REMINDER_EVENT, REMINDER_INTERVAL_DAYS } from '../../mocks/smrs/reminders.ts';
import { MILLIS } from '../time/gb-time.ts';
import { PROCESS_CHECKS } from '../findings/check-registry.ts';
import { findingOf } from '../rules/rule.ts';
import { recordPushesSince } from './dip-pushes.ts';
import type { ScenarioContext } from './scenario-context.ts';
import { ParticipantDefect, SuiteError } from './verdicts.ts';

const SERVICE_NAMES: Readonly<Record<ServiceKind, string>> = { MS: 'Metering Service', DS: 'Data Service' };

/** What each scenario's later reminder run sent: the event codes, and as of when. */
const laterRuns = new WeakMap<ScenarioContext, { readonly asOf: number; readonly sent: readonly string[] }>();

/** `[NoMSAppointed]` → MS; a feature naming another reminder is a suite fault. */
export function serviceOfReminder(eventCode: string): ServiceKind {
  const kind = (Object.keys(REMINDER_EVENT) as ServiceKind[]).find((candidate) => REMINDER_EVENT[candidate] === eventCode);
  if (!kind) throw new SuiteError(`no missing-appointment reminder '${eventCode}': use ${Object.values(REMINDER_EVENT).join(' or ')}`);
  return kind;
}

/** The SMRS holds no appointment of this service for the scenario's MPAN (the previous one ended). */
export function noServiceAppointed(context: ScenarioContext, kind: ServiceKind): void {
  const point = context.point;
  if (!point) throw new SuiteError('the scenario has no MPAN: a Given step must set one up');
  if (kind === 'MS') point.meteringService = undefined;
  else point.dataService = undefined;
}

/** The SMRS's reminder run now: it must send `eventCode` to the participant (else the set-up is wrong). */
export async function smrsReminds(context: ScenarioContext, eventCode: string): Promise<void> {
  serviceOfReminder(eventCode);
  await context.stage.smrs.idle();
  const from = context.watch.seen.length;
  const sent = await context.stage.smrs.remindMissingAppointments(context.mpan);
  if (!sent.includes(eventCode)) throw new SuiteError(`the SMRS's reminder run sent ${JSON.stringify(sent)} for MPAN ${context.mpan}, not IF-045 ${eventCode}: the scenario's MPAN is not set up with that gap`);
  await recordPushesSince(context, from);
}

/** The SMRS's next reminder run, as of `days` later: what the participant did since decides what it sends. */
export async function nextReminderRun(context: ScenarioContext, days: number): Promise<void> {
  if (days < REMINDER_INTERVAL_DAYS) throw new SuiteError(`the SMRS reminds every ${REMINDER_INTERVAL_DAYS} days: a run ${days} days later would send nothing whatever the participant did`);
  // Let the appointment chain in flight (IF-031 → IF-033 → IF-035) finish first.
  await context.stage.smrs.idle();
  const asOf = context.stage.clock.now() + days * MILLIS.DAY;
  const from = context.watch.seen.length;
  const sent = await context.stage.smrs.remindMissingAppointments(context.mpan, asOf);
  await recordPushesSince(context, from);
  laterRuns.set(context, { asOf, sent });
}

/** The later run found the service appointed: it sent no `eventCode` again. */
export function expectNoFurtherReminder(context: ScenarioContext, eventCode: string): void {
  const kind = serviceOfReminder(eventCode);
  const run = laterRuns.get(context);
  if (!run) throw new SuiteError("no later reminder run in this scenario: a step 'the SMRS's reminder run comes round again …' must come first");
  if (!run.sent.includes(eventCode)) return;
  const appointments = context.point!.appointments.filter((appointment) => appointment.kind === kind);
  const held = appointments.length
    ? appointments.map((appointment) => `${appointment.scenario} ${appointment.proposed.mpid} from ${appointment.effectiveFrom}: ${appointment.status}`).join('; ')
    : 'no appointment request at all';
  throw new ParticipantDefect(`the SMRS still finds no ${SERVICE_NAMES[kind]} appointed for MPAN ${context.mpan} at its next reminder run, and reminds again with IF-045 ${eventCode}`, [
    findingOf(PROCESS_CHECKS.gapClosed, '', `no ${SERVICE_NAMES[kind]} in effect on ${new Date(run.asOf).toISOString().slice(0, 10)}; the SMRS holds ${held}`),
  ]);
}
