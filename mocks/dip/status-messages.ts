// Status messages a participant sends back through the DIP (POST /statusmessage): a
// StandardResponseArray reporting its asynchronous (level 4) validation of what it received,
// with RCP codes. Checked against the spec and recorded.
import { WEBHOOK_CHECKS } from '../../src/findings/check-registry.ts';
import { type Finding, findingOf } from '../../src/rules/rule.ts';
import type { LoadedSpec } from '../../src/spec/load-spec.ts';
import { DIP_CODES, EMULATOR_DIP_ID, responseBody, type StandardResponse, type StandardResponseBody } from './standard-response.ts';

export interface ReceivedStatus {
  readonly senderDipId: string;
  readonly entry: StandardResponseBody;
  /** The RCP code at the head of `message`, e.g. RCP1061. */
  readonly code: string | undefined;
}

export function checkStatusMessage(
  spec: LoadedSpec,
  bodyText: string,
  senderDipId: string,
  timestamp: string,
): { status: 201 | 400; response: StandardResponse; findings: Finding[]; statuses: ReceivedStatus[] } {
  const refuse = (help: string) => {
    const finding = findingOf(WEBHOOK_CHECKS.statusMessageSchema, '', help);
    const entry = responseBody({ sentTimestamp: timestamp, senderID: EMULATOR_DIP_ID, recipientID: senderDipId, message: DIP_CODES.schemaFailure, help });
    return { status: 400 as const, response: { messageArray: [entry], timestamp }, findings: [finding], statuses: [] };
  };
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return refuse('status message body is not JSON; a StandardResponseArray is required');
  }
  const validate = spec.validators.forPointer('SubmitEvents-unresolved.yaml', '/components/schemas/StandardResponseArray');
  if (!validate(body)) {
    const first = validate.errors?.[0];
    return refuse(`status message does not match StandardResponseArray: ${first?.instancePath || '/'} ${first?.message ?? ''}`.trim());
  }
  const entries = body as StandardResponseBody[];
  const statuses = entries.map((entry) => ({ senderDipId, entry, code: /^(RCP\d{4})/.exec(entry.message)?.[1] }));
  const findings: Finding[] = statuses
    .map((status, index) => ({ status, index }))
    .filter(({ status }) => status.code === undefined)
    .map(({ status, index }) =>
      findingOf(WEBHOOK_CHECKS.statusMessageCode, `/${index}/message`, `status message '${status.entry.message}' does not start with an RCP response code (e.g. "RCP1061 - MPAN Invalid or Unknown")`),
    );
  const response = {
    messageArray: entries.map((entry) =>
      responseBody({ transactionID: entry.transactionID, sentTimestamp: timestamp, senderID: EMULATOR_DIP_ID, recipientID: senderDipId, message: DIP_CODES.success }),
    ),
    timestamp,
  };
  return { status: 201, response, findings, statuses };
}
