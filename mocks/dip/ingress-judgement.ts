// The DIP's synchronous (level 1) answer to a participant's submission on /dip-channel/{IF}:
// 401 for a missing or unknown API key, its body saying which; 400 with the MSG code of the
// first problem of each message (the whole batch is refused: L1 is all-or-nothing); else 201
// with a DIP transaction ID per message. Every finding, including those the DIP lets through
// (an MPAN check digit is the recipient's business), goes to the evidence.
import { DIP_CHECKS, SHAPE_CHECKS } from '../../src/findings/check-registry.ts';
import { channelMatchesInterfaceRule } from '../../src/rules/channel-matches-interface.ts';
import type { Finding } from '../../src/rules/rule.ts';
import { findingOf, pick } from '../../src/rules/rule.ts';
import { surUniqueInBatchRule } from '../../src/rules/sender-unique-reference.ts';
import type { LoadedSpec } from '../../src/spec/load-spec.ts';
import { readField, textField } from '../../src/spec/payload-fields.ts';
import { decodeUtf8, InputError, parseJsonText } from '../../src/validation/read-message-file.ts';
import { validateBody } from '../../src/validation/validate-body.ts';
import type { PartyDirectory } from '../isd/party-directory.ts';
import type { ReferenceRegister } from './reference-register.ts';
import { DIP_CODES, EMULATOR_DIP_ID, responseBody, type StandardResponse, type StandardResponseBody } from './standard-response.ts';
import { mpansNamed } from '../../src/evidence/exchange-mpans.ts';

export interface AcceptedMessage {
  readonly transactionID: string;
  readonly interfaceID: string;
  readonly eventCode: string;
  readonly senderDipId: string;
  readonly payload: Record<string, unknown>;
}

/**
 * Messages in one submission the emulator takes (413 above). The DIP's own limit is not public
 * (`maxMessageCount` of WebhookConfig is "not used"); 100 is provisional, like the replay
 * endpoint's cap of 100 transaction IDs, and configurable.
 */
export const DEFAULT_MAX_BATCH_MESSAGES = 100;

export interface SubmissionVerdict {
  readonly status: 201 | 400 | 401 | 413;
  /** The answer's body: a StandardResponse, or for a 401 a message naming why the key was refused. */
  readonly response: StandardResponse | KeyRefusal;
  readonly accepted: readonly AcceptedMessage[];
  readonly findings: readonly Finding[];
  /** The MPANs the body names, read from it once parsed (undefined when it did not parse): what its exchange is filed under. */
  readonly mpans?: readonly string[];
}

export interface SubmissionInput {
  readonly spec: LoadedSpec;
  readonly directory: PartyDirectory;
  /** Sender unique references the DIP has accepted in this run (MSG1006 across batches). */
  readonly acceptedReferences: Pick<ReferenceRegister, 'has' | 'add'>;
  readonly channel: string;
  readonly apiKey: string | null;
  /** The body's raw bytes: they must be UTF-8 JSON. */
  readonly body: Uint8Array;
  readonly now: number;
  readonly timestamp: string;
  readonly nextTransactionId: (interfaceID: string, senderDipId: string, role: string) => string;
  readonly maxBatchMessages?: number;
}

const L1_SCHEMA_RULES = new Set(Object.values(SHAPE_CHECKS).map((check) => check.id));

const envelopeFinding = (message: string): Finding => findingOf(SHAPE_CHECKS.envelope, '', message);

/** The body of the DIP's 401 to a request whose key it refuses, as the emulator's other refusals: `{message}`. */
export interface KeyRefusal {
  readonly message: string;
}

/**
 * The DIP's 401 to a missing or unknown X-API-Key (every endpoint: submissions and status
 * messages alike): the body a participant reads, and the finding for the evidence.
 */
export function apiKeyRefusal(apiKey: string | null): { readonly body: KeyRefusal; readonly finding: Finding } {
  const message = apiKey
    ? 'X-API-Key is not a key the DIP issued: send the key the DIP issued for the sending DIP ID'
    : 'X-API-Key missing: every DIP request carries the API key the DIP issued for the sending DIP ID';
  return { body: { message }, finding: findingOf(DIP_CHECKS.apiKey, '', `${message}; the DIP answers 401`) };
}

function describe(finding: Finding): string {
  return `${finding.pointer || '/'}: ${finding.message}`;
}

export function judgeSubmission(input: SubmissionInput): SubmissionVerdict {
  const party = input.directory.byApiKey(input.apiKey);
  if (!party) {
    const refusal = apiKeyRefusal(input.apiKey);
    return { status: 401, response: refusal.body, accepted: [], findings: [refusal.finding] };
  }
  let body: unknown;
  try {
    const where = `body of POST ${input.channel}`;
    body = parseJsonText(decodeUtf8(input.body, where), where);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const finding = envelopeFinding(error.message);
    const entry = responseBody({ sentTimestamp: input.timestamp, senderID: EMULATOR_DIP_ID, message: DIP_CODES.schemaFailure, help: error.message });
    const response = { messageArray: [entry], timestamp: input.timestamp };
    return { status: 400, response, accepted: [], findings: [finding] };
  }
  const maxBatch = input.maxBatchMessages ?? DEFAULT_MAX_BATCH_MESSAGES;
  if (Array.isArray(body) && body.length > maxBatch) {
    const help = `a batch of ${body.length} messages is over the DIP emulator's limit of ${maxBatch} (provisional); send it in smaller batches`;
    const finding = findingOf(DIP_CHECKS.batchSize, '', help);
    const entry = responseBody({ sentTimestamp: input.timestamp, senderID: EMULATOR_DIP_ID, message: 'MSG1000 - Message Processing Failed', help });
    return { status: 413, response: { messageArray: [entry], timestamp: input.timestamp }, accepted: [], findings: [finding], mpans: mpansNamed(body) };
  }
  const interfaceOfChannel = input.channel.replace(/^\/dip-channel\//, '');
  const reports = validateBody(input.spec, body, { now: input.now, channel: interfaceOfChannel, direction: 'ingress' });
  const findings: Finding[] = reports.flatMap((report) => report.findings);
  const payloads = Array.isArray(body) ? body.map((item) => pick(item, 'payload') as Record<string, unknown>) : [];

  const entries: Array<{ body: StandardResponseBody; ok: boolean }> = reports.map((report, index) => {
    const payload = payloads[index];
    const reference = textField(payload, 'CommonBlock', 'S1', 'senderUniqueReference') ?? null;
    const senderDipId = textField(payload, 'CommonBlock', 'S1', 'senderDIPID') ?? null;
    const senderRoleID = readField(payload, 'CommonBlock', 'S1', 'senderRoleID');
    const common = {
      senderUniqueReference: reference,
      correlationID: (readField(payload, 'CommonBlock', 'S1', 'senderCorrelationID') as string | null | undefined) ?? null,
      sentTimestamp: input.timestamp,
      senderID: EMULATOR_DIP_ID,
      recipientID: senderDipId,
    };
    const reject = (message: string, help: string) => ({ body: responseBody({ ...common, message, help }), ok: false });
    const l1 = report.findings.find((finding) => L1_SCHEMA_RULES.has(finding.rule));
    if (l1) return reject(DIP_CODES.schemaFailure, describe(l1));
    const channel = report.findings.find((finding) => finding.rule === channelMatchesInterfaceRule.id);
    if (channel) return reject(DIP_CODES.interfaceInvalid, describe(channel));
    const pointer = `/${index}/payload/CommonBlock/S1`;
    const duplicate = report.findings.find((finding) => finding.rule === surUniqueInBatchRule.id);
    if (duplicate) return reject(DIP_CODES.duplicateReference, describe(duplicate));
    if (reference && input.acceptedReferences.has(reference)) {
      const finding = findingOf(DIP_CHECKS.referenceNotReused, `${pointer}/senderUniqueReference`, `sender unique reference '${reference}' was already accepted by the DIP in this run; the DIP answers MSG1006`);
      findings.push(finding);
      return reject(DIP_CODES.duplicateReference, describe(finding));
    }
    const sender = senderDipId ? input.directory.byDip(senderDipId) : undefined;
    if (!sender || sender.dipId !== party.dipId) {
      const why = !sender ? 'is not registered with the DIP' : `is not the DIP ID of the API key used (${party.dipId})`;
      const finding = findingOf(DIP_CHECKS.senderKnown, `${pointer}/senderDIPID`, `senderDIPID ${senderDipId ?? '(missing)'} ${why}; the DIP answers MSG1009`);
      findings.push(finding);
      return reject(DIP_CODES.senderDipIdInvalid, describe(finding));
    }
    if (senderRoleID !== sender.role) {
      const finding = findingOf(DIP_CHECKS.senderKnown, `${pointer}/senderRoleID`, `senderRoleID ${String(senderRoleID)} is not the role registered for DIP ID ${sender.dipId} (${sender.role}); the DIP answers MSG1010`);
      findings.push(finding);
      return reject(DIP_CODES.senderRoleInvalid, describe(finding));
    }
    return { body: responseBody({ ...common, message: DIP_CODES.success }), ok: true };
  });

  if (entries.length === 0 || entries.some((entry) => !entry.ok)) {
    const messageArray = entries.length
      ? entries.map((entry) => (entry.ok ? { ...entry.body, message: 'MSG1000 - Message Processing Failed', help: 'not processed: another message of this batch failed DIP validation (L1 is all-or-nothing)' } : entry.body))
      : [responseBody({ sentTimestamp: input.timestamp, senderID: EMULATOR_DIP_ID, message: DIP_CODES.schemaFailure, help: describe(findings[0]!) })];
    return { status: 400, response: { messageArray, timestamp: input.timestamp }, accepted: [], findings, mpans: mpansNamed(body) };
  }

  const accepted = reports.map((report, index) => {
    const payload = payloads[index]!;
    // Accepted: its schema holds, so S1's fields are text.
    const senderDipId = textField(payload, 'CommonBlock', 'S1', 'senderDIPID')!;
    const transactionID = input.nextTransactionId(report.interfaceID!, senderDipId, textField(payload, 'CommonBlock', 'S1', 'senderRoleID')!);
    input.acceptedReferences.add(textField(payload, 'CommonBlock', 'S1', 'senderUniqueReference')!);
    entries[index]!.body.transactionID = transactionID;
    return { transactionID, interfaceID: report.interfaceID!, eventCode: report.eventCode!, senderDipId, payload };
  });
  return { status: 201, response: { messageArray: entries.map((entry) => entry.body), timestamp: input.timestamp }, accepted, findings, mpans: mpansNamed(body) };
}
