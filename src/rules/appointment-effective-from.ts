// Service-provider appointment Effective From Dates (B070 Metering Service, B071 Data
// Service): local midnight (appointments align to the GB day), not in the past (REG1034),
// and at most 28 days ahead (REG1099). "Now" is the market clock, never the wall clock.
//
// Each rule judges what it can, whatever the others found: a date-time with the wrong offset
// (TIMESTAMP-GB-LOCAL) or not in the 25-character form (SCHEMA) still names a calendar date,
// which the window rules judge, and an instant, which is or is not GB local midnight.
import { readField } from '../spec/payload-fields.ts';
import { formatGbTimestamp, gbDate, gbMidnightUtcMillis, isRealDate, isTimestampProblem, MILLIS, parseOffsetTimestamp } from '../time/gb-time.ts';
import { type Finding, findingOf, type MessageRule, type MessageUnderCheck } from './rule.ts';

interface AppointmentDate {
  readonly pointer: string;
  readonly text: string;
  /** The calendar date written (YYYY-MM-DD), when the text starts with a real one. */
  readonly date: string | undefined;
  /** The instant the text names (UTC millis), whatever its offset, when it names one. */
  readonly instant: number | undefined;
}

const APPOINTMENT_FIELDS = [
  ['B070', 'proposedMeteringServiceDIPEffectiveFromDate'],
  ['B071', 'proposedDataServiceDIPEffectiveFromDate'],
] as const;

/** Three rules read the same dates; find them once per message. */
const datesOf = new WeakMap<MessageUnderCheck, AppointmentDate[]>();

function appointmentDates(message: MessageUnderCheck): AppointmentDate[] {
  let dates = datesOf.get(message);
  if (!dates) {
    dates = findAppointmentDates(message);
    datesOf.set(message, dates);
  }
  return dates;
}

const WRITTEN_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/;
/** ISO 8601 forms other than DT-003's that still name an instant: `Z`, a fraction, no seconds. */
const OTHER_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function writtenDate(text: string): string | undefined {
  const match = WRITTEN_DATE.exec(text);
  return match && isRealDate(Number(match[1]), Number(match[2]), Number(match[3])) ? text.slice(0, 10) : undefined;
}

function instantOf(text: string): number | undefined {
  const parsed = parseOffsetTimestamp(text);
  if (!isTimestampProblem(parsed)) return parsed.utcMillis;
  const match = OTHER_INSTANT.exec(text);
  if (!match || !writtenDate(text)) return undefined;
  const [hour, minute, second] = [Number(match[4]), Number(match[5]), Number(match[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const offset = match[8] === 'Z' ? 0 : (match[8]!.startsWith('-') ? -1 : 1) * (Number(match[8]!.slice(1, 3)) * 60 + Number(match[8]!.slice(4, 6)));
  const millis = Math.round(Number(match[7] ?? 0) * 1000);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), hour, minute, second, millis) - offset * MILLIS.MINUTE;
}

function findAppointmentDates(message: MessageUnderCheck): AppointmentDate[] {
  return APPOINTMENT_FIELDS.flatMap(([block, field]) => {
    const text = readField(message.payload, 'CustomBlock', block, field);
    if (typeof text !== 'string') return [];
    return [{ pointer: `${message.pointer}/CustomBlock/${block}/${field}`, text, date: writtenDate(text), instant: instantOf(text) }];
  });
}

function daysBetween(fromDate: string, toDate: string): number {
  return Math.round((Date.parse(`${toDate}T00:00:00Z`) - Date.parse(`${fromDate}T00:00:00Z`)) / MILLIS.DAY);
}

/** GB local midnight starting a calendar date, as DT-003. */
function localMidnightOf(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return formatGbTimestamp(gbMidnightUtcMillis(year, month, day));
}

/** Why an EFD is not GB local midnight, judged from the instant it names; undefined when it is. */
function notLocalMidnight(efd: AppointmentDate): string | undefined {
  if (efd.instant === undefined) return undefined;
  const local = formatGbTimestamp(efd.instant);
  const [year, month, day] = local.slice(0, 10).split('-').map(Number) as [number, number, number];
  if (gbMidnightUtcMillis(year, month, day) === efd.instant) return undefined;
  const example = localMidnightOf(efd.date ?? local.slice(0, 10));
  return local === efd.text
    ? `Effective From Date '${efd.text}' must be local midnight, e.g. ${example}`
    : `Effective From Date '${efd.text}' is ${local} in GB local time, not local midnight; midnight starting ${example.slice(0, 10)} is ${example}`;
}

export const MAX_APPOINTMENT_DAYS_AHEAD = 28;

export const efdLocalMidnightRule: MessageRule = {
  scope: 'message',
  id: 'EFD-LOCAL-MIDNIGHT',
  title: 'Appointment Effective From Dates fall at local midnight',
  severity: 'fail',
  requirement: 'REQ-REC-EFD-MIDNIGHT',
  source: 'REC MHHS drafting (RECCo engagement day, Feb 2025): effective-from dates align to midnight local time; REG1032',
  check(message) {
    return appointmentDates(message).flatMap((efd) => {
      const problem = notLocalMidnight(efd);
      return problem ? [findingOf(this, efd.pointer, problem)] : [];
    });
  },
};

function judgeAgainstNow(
  rule: MessageRule,
  message: MessageUnderCheck,
  now: number | undefined,
  judge: (efd: AppointmentDate & { date: string }, today: string) => string | undefined,
): Finding[] {
  if (now === undefined) return [];
  const today = gbDate(now);
  return appointmentDates(message).flatMap((efd) => {
    if (efd.date === undefined) return [];
    const problem = judge({ ...efd, date: efd.date }, today);
    return problem ? [findingOf(rule, efd.pointer, problem)] : [];
  });
}

export const efdNotInPastRule: MessageRule = {
  scope: 'message',
  id: 'EFD-NOT-IN-PAST',
  title: 'A prospective appointment is not dated in the past',
  severity: 'fail',
  requirement: 'REQ-REG-1034',
  source: 'DIP response code REG1034 Prospective Appointment cannot be in the Past',
  check(message, context) {
    return judgeAgainstNow(this, message, context.now, (efd, today) =>
      efd.date < today ? `Effective From Date ${efd.date} is before today (${today}, market time); the SMRS rejects it with REG1034` : undefined,
    );
  },
};

export const efdWithin28DaysRule: MessageRule = {
  scope: 'message',
  id: 'EFD-WITHIN-28-DAYS',
  title: 'An appointment is at most 28 days ahead',
  severity: 'fail',
  requirement: 'REQ-REG-1099',
  source: 'DIP response code REG1099 Service Provider Effective From Date more than 28 days in the future',
  check(message, context) {
    return judgeAgainstNow(this, message, context.now, (efd, today) => {
      const ahead = daysBetween(today, efd.date);
      return ahead > MAX_APPOINTMENT_DAYS_AHEAD
        ? `Effective From Date ${efd.date} is ${ahead} days after today (${today}, market time); at most ${MAX_APPOINTMENT_DAYS_AHEAD} are allowed (REG1099)`
        : undefined;
    });
  },
};
