// Test hooks: how the suite asks the participant to start something that in real life begins
// outside the DIP (profiles/reference-participant.yaml `triggers`). One hook so far:
//
//   POST /test-hooks/css-registration  {"mpan", "supplyStartDate": "YYYY-MM-DD", "cssRegistrationId",
//                                       "migrating"?: true}
//
// The Supplier has raised an initial registration or switch with CSS. Nothing is sent: the
// Supplier now knows the MPAN and its supply start date, so when IF-002 arrives for that CSS
// registration it proposes its service providers from that date (the SMRS requires a COS
// appointment to start on the supply start date). `migrating`: the MPAN is not yet migrated to
// MHHS (the SMRS's DTN flows said so, MIG-04), so the Supplier migrates it with the switch and
// asks for MCS appointments (MIG-05).
import { dateProblem } from '../src/time/gb-time.ts';
import { isValidMpanCore } from './own/mpan.ts';
import type { HttpAnswer, TriggerRecord } from './records.ts';

export const CSS_REGISTRATION_HOOK = '/test-hooks/css-registration';

export interface CssRegistration {
  readonly mpan: string;
  readonly supplyStartDate: string;
  readonly cssRegistrationId: string;
  readonly migrating?: boolean;
}

function problemOf(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null) return 'the body must be {"mpan", "supplyStartDate", "cssRegistrationId"}';
  const { mpan, supplyStartDate, cssRegistrationId, migrating } = payload as Record<string, unknown>;
  if (typeof mpan !== 'string' || !isValidMpanCore(mpan)) return 'mpan must be a 13-digit MPAN core with a valid check digit';
  if (typeof supplyStartDate !== 'string' || dateProblem(supplyStartDate)) return 'supplyStartDate must be a date YYYY-MM-DD';
  if (typeof cssRegistrationId !== 'string' || cssRegistrationId.length === 0 || cssRegistrationId.length > 36) {
    return 'cssRegistrationId must be a string of 1 to 36 characters (DI-849)';
  }
  if (migrating !== undefined && typeof migrating !== 'boolean') return `migrating must be true or false, found ${JSON.stringify(migrating)}`;
  return undefined;
}

/** The record to journal for a valid hook call, or the 400 answer for an invalid one. */
export function judgeCssRegistration(rawText: string, now: number): { record: TriggerRecord; answer: HttpAnswer } | { answer: HttpAnswer } {
  let payload: unknown;
  try {
    payload = JSON.parse(rawText);
  } catch (error) {
    return { answer: { status: 400, body: { error: `the body is not JSON: ${(error as Error).message}` } } };
  }
  const problem = problemOf(payload);
  if (problem) return { answer: { status: 400, body: { error: problem } } };
  const registration = payload as CssRegistration;
  const record: TriggerRecord = {
    type: 'trigger',
    at: now,
    name: 'css-registration',
    payload: registration,
    effects: [
      {
        party: 'supplier',
        mpan: registration.mpan,
        event: 'CSS registration raised (test hook)',
        set: { cssRegistrationID: registration.cssRegistrationId, supplyStartDate: registration.supplyStartDate, registrationRaised: true, migrateOnGain: registration.migrating === true },
      },
    ],
  };
  return { record, answer: { status: 201, body: { trigger: 'css-registration', mpan: registration.mpan, supplyStartDate: registration.supplyStartDate } } };
}
