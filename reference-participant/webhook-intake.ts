// Judges one webhook delivery (a DIP egress body) and decides the synchronous answer, the
// participant's L3 validation: schema or rule failure → 400 with RCP1001 naming the first
// finding, nothing processed; valid → 201 with one StandardResponse per message. A message
// whose D0.transactionID was accepted before is answered 201 again and marked duplicate, so
// it is not processed twice. The caller journals the record before sending the answer.
import { addressedIdentities, type OwnIdentity } from './identities.ts';
import { correlationOf } from './inbound.ts';
import type { DipDefinitions } from './own/dip-definitions.ts';
import { checkDelivery, type Finding } from './own/message-checks.ts';
import { pick } from './own/pick.ts';
import type { ReceivedMessage, ReceivedRecord } from './records.ts';
import type { ResponseTexts } from './response-codes.ts';
import { responseBody, type StandardResponseBody, standardResponse } from './standard-response.ts';
import type { ParticipantState } from './state.ts';

/**
 * What a delivery is judged with. The fault switches that make the webhook refuse or take
 * the wrong thing decorate these (faults/answers.ts); the judging below is the same either way.
 */
export interface DeliveryChecks {
  /** Every finding about each message of the body (one list for a body that is not an array of messages): all are recorded. */
  messages(body: unknown): Finding[][];
  /** The finding that refuses a message, among its findings. */
  failureOf(findings: readonly Finding[]): Finding | undefined;
  /** A schema version the participant does not take for the message's variant (RCP1005). */
  schemaVersion(item: unknown, index: number): Finding | undefined;
  /** An interface the participant does not process at all; a conformant one processes every one. */
  refusal(item: unknown, index: number): Finding | undefined;
}

export function conformantDeliveryChecks(definitions: DipDefinitions): DeliveryChecks {
  return {
    messages: (body) => checkDelivery(definitions, body),
    failureOf: (findings) => findings.find((finding) => finding.severity === 'fail'),
    schemaVersion(item, index) {
      const s0 = pick(item, 'payload', 'CommonBlock', 'S0');
      const variant = definitions.variant(String(pick(s0, 'interfaceID')), String(pick(s0, 'eventCode')));
      const version = pick(s0, 'schemaVersion');
      if (!variant || variant.schemaVersions.includes(String(version))) return undefined;
      return { rule: 'SCHEMA-VERSION', severity: 'fail', pointer: `/${index}/payload/CommonBlock/S0/schemaVersion`, message: `schema version ${JSON.stringify(version)} is not one we take for this variant (${variant.schemaVersions.join(', ')})`, requirement: 'REQ-RCP-1005' };
    },
    refusal: () => undefined,
  };
}

export interface IntakeDeps {
  readonly state: ParticipantState;
  readonly identities: readonly OwnIdentity[];
  readonly texts: ResponseTexts;
  readonly checks: DeliveryChecks;
  /** Whether a transaction the DIP delivers again is acted on again (a fault: faults/policy.ts). */
  readonly actsOnRepeats: boolean;
}

const SUR_SHAPE = /^S-((IF|REP)-)?\d{3,4}-[0-9a-fA-F]{10}-[A-Z]{3,5}-\d{8}-[a-zA-Z0-9]+$/;

/** A value echoed into a StandardResponse must itself fit the schema, or be null. */
function echo(value: unknown, max: number, shape?: RegExp): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > max) return null;
  return shape && !shape.test(value) ? null : value;
}

function echoDipId(value: unknown): string | null {
  return typeof value === 'string' && value.length === 10 ? value : null;
}

function findingText(finding: Finding): string {
  return `${finding.rule} at ${finding.pointer}: ${finding.message}`;
}

export function judgeDelivery(rawText: string, deps: IntakeDeps, now: number): ReceivedRecord {
  let body: unknown;
  try {
    body = JSON.parse(rawText);
  } catch (error) {
    const finding: Finding = { rule: 'JSON', severity: 'fail', pointer: '', message: `the body is not JSON: ${(error as Error).message}`, requirement: 'REQ-DIP-SCHEMA' };
    return rejected(rawText, [finding], [entryFor(undefined, deps, deps.texts.RCP1001, findingText(finding), now)], now);
  }

  const reports = deps.checks.messages(body);
  const items: unknown[] = Array.isArray(body) && body.length > 0 ? body : [undefined];
  // Every egress message carries D0; without its transactionID a retry cannot be recognised.
  const missingD0 = items.map((item, index): Finding | undefined =>
    typeof pick(item, 'payload', 'CommonBlock', 'D0', 'transactionID') === 'string'
      ? undefined
      : { rule: 'D0-PRESENT', severity: 'fail', pointer: `/${index}/payload/CommonBlock/D0`, message: 'a DIP delivery must carry D0 with its transactionID', requirement: 'REQ-DIP-D0' },
  );
  const unimplemented = items.map((item, index) => deps.checks.refusal(item, index));
  // A schema version we do not implement is named as such (RCP1005), before the schema failures it also causes.
  const wrongVersion = items.map((item, index) => deps.checks.schemaVersion(item, index));
  const validated = reports.map((findings) => deps.checks.failureOf(findings));
  const firstFailure = reports.map((_report, index) => wrongVersion[index] ?? validated[index] ?? missingD0[index] ?? unimplemented[index]);
  const failed = firstFailure.findIndex((finding) => finding !== undefined);
  if (failed !== -1) {
    const allFindings = [...reports.flat(), ...[...wrongVersion, ...missingD0, ...unimplemented].filter((finding): finding is Finding => finding !== undefined)];
    const entries = items.map((item, index) => {
      const own = firstFailure[index];
      const code = own?.rule === 'D0-PRESENT' ? deps.texts.RCP1043 : own?.rule === 'SCHEMA-VERSION' ? deps.texts.RCP1005 : deps.texts.RCP1001;
      // All or nothing, as the DIP's own L1 check: a valid message in a failed batch is not processed either.
      const help = own ? findingText(own) : `not processed: message ${failed} of this delivery failed, ${findingText(firstFailure[failed]!)}`;
      return entryFor(item, deps, code, help, now);
    });
    return rejected(body, allFindings, entries, now);
  }

  const seenHere = new Set<string>();
  const messages: ReceivedMessage[] = (body as { payload: Record<string, unknown> }[]).map((item, index) => {
    const payload = item.payload;
    const transactionID = pick(payload, 'CommonBlock', 'D0', 'transactionID') as string;
    const repeated = deps.state.accepted.has(transactionID) || seenHere.has(transactionID);
    seenHere.add(transactionID);
    // The processes-repeats fault takes a repeated transaction for a new one and acts on it again;
    // late-repeat-action does too, only later (faults/timing.ts).
    const duplicate = repeated && !deps.actsOnRepeats;
    const mpan = pick(payload, 'CommonBlock', 'M0', 'MPANCore');
    const senderDIPID = pick(payload, 'CommonBlock', 'S1', 'senderDIPID');
    return {
      index,
      // Under processes-repeats the repeat is filed under a new name, so nothing stops it being processed again.
      transactionID: repeated && !duplicate ? `${transactionID}#again-${now}-${index}` : transactionID,
      interfaceID: String(pick(payload, 'CommonBlock', 'S0', 'interfaceID')),
      eventCode: String(pick(payload, 'CommonBlock', 'S0', 'eventCode')),
      mpan: typeof mpan === 'string' ? mpan : undefined,
      senderDIPID: typeof senderDIPID === 'string' ? senderDIPID : undefined,
      addressedTo: addressedIdentities(payload, deps.identities).map((identity) => identity.dipId),
      duplicate,
      ...(repeated && !duplicate ? { actedOnAgain: true } : {}),
    };
  });
  const entries = messages.map((message) => entryFor((body as unknown[])[message.index], deps, deps.texts.RCP0000, null, now));
  return {
    type: 'received',
    at: now,
    endpoint: '/webhook',
    outcome: 'accepted',
    body,
    messages,
    findings: reports.flat(),
    answer: { status: 201, body: standardResponse(entries, now) },
  };
}

/**
 * A push whose DIP message signature does not verify is not read at all: 401 with RCP9999 for
 * each message we can name, journaled as rejected so it is never processed.
 */
export function refuseSignature(rawText: string, endpoint: '/webhook' | '/statusmessage', reason: string, deps: IntakeDeps, now: number): ReceivedRecord {
  let body: unknown = rawText;
  try {
    body = JSON.parse(rawText);
  } catch {
    // Kept as text: the record still shows what arrived.
  }
  const items: unknown[] = Array.isArray(body) && body.length > 0 ? body : [undefined];
  const finding: Finding = { rule: 'DIP-SIGNATURE', severity: 'fail', pointer: '', message: reason, requirement: 'REQ-DIP-SIGNATURE' };
  const entries = endpoint === '/webhook' ? items.map((item) => entryFor(item, deps, deps.texts.RCP9999, reason, now)) : [];
  return {
    type: 'received',
    at: now,
    endpoint,
    outcome: 'rejected',
    body,
    messages: [],
    findings: [finding],
    answer: { status: 401, body: entries.length ? standardResponse(entries, now) : { error: reason } },
  };
}

/** One StandardResponse entry about an item of the body; it answers as the identity addressed. */
function entryFor(item: unknown, deps: IntakeDeps, message: string, help: string | null, now: number): StandardResponseBody {
  const payload = pick(item, 'payload');
  return responseBody(
    {
      transactionID: echo(pick(payload, 'CommonBlock', 'D0', 'transactionID'), 65),
      senderUniqueReference: echo(pick(payload, 'CommonBlock', 'S1', 'senderUniqueReference'), 200, SUR_SHAPE),
      correlationID: echo(correlationOf(payload), 60),
      senderID: addressedIdentities(payload, deps.identities)[0]!.dipId,
      recipientID: echoDipId(pick(payload, 'CommonBlock', 'S1', 'senderDIPID')),
      message,
      help,
    },
    now,
  );
}

function rejected(body: unknown, findings: Finding[], entries: StandardResponseBody[], now: number): ReceivedRecord {
  return {
    type: 'received',
    at: now,
    endpoint: '/webhook',
    outcome: 'rejected',
    body,
    messages: [],
    findings,
    answer: { status: 400, body: standardResponse(entries, now) },
  };
}
