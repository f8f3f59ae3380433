// Service-provider appointment Effective From Dates (B070 Metering Service, B071 Data
// Service): local midnight (appointments align to the GB day), not in the past (REG1034),
// and at most 28 days ahead (REG1099). "Now" is the market clock, never the wall clock.
import { gbDate, MILLIS, parseGbTimestamp } from '../time/gb-time.ts';
import { type Finding, findingOf, type MessageRule, type MessageUnderCheck, pick } from './rule.ts';

interface AppointmentDate {
  readonly pointer: string;
  readonly text: string;
  /** GB calendar date of the EFD, when the timestamp parses. */
  readonly date: string | undefined;
  readonly localTime: string | undefined;
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

function findAppointmentDates(message: MessageUnderCheck): AppointmentDate[] {
  return APPOINTMENT_FIELDS.flatMap(([block, field]) => {
    const text = pick(message.payload, 'CustomBlock', block, field);
    if (typeof text !== 'string') return [];
    const parsed = parseGbTimestamp(text);
    const valid = !('kind' in parsed);
    return [
      {
        pointer: `${message.pointer}/CustomBlock/${block}/${field}`,
        text,
        date: valid ? text.slice(0, 10) : undefined,
        localTime: valid ? text.slice(11, 19) : undefined,
      },
    ];
  });
}

function daysBetween(fromDate: string, toDate: string): number {
  return Math.round((Date.parse(`${toDate}T00:00:00Z`) - Date.parse(`${fromDate}T00:00:00Z`)) / MILLIS.DAY);
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
    return appointmentDates(message)
      .filter((efd) => efd.localTime !== undefined && efd.localTime !== '00:00:00')
      .map((efd) =>
        findingOf(this, efd.pointer, `Effective From Date '${efd.text}' must be local midnight, e.g. ${efd.date}T00:00:00${efd.text.slice(19)}`),
      );
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
