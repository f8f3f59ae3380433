// Status messages the DIP pushes to the participant (the statusmessage webhook: a
// StandardResponseArray about messages the participant sent, e.g. a Registration Service's
// L4 rejection). They are checked against the spec, recorded and acknowledged; no process
// acts on them.
import type { OwnIdentity } from './identities.ts';
import type { DipDefinitions } from './own/dip-definitions.ts';
import type { Finding } from './own/message-checks.ts';
import type { ReceivedRecord } from './records.ts';
import type { ResponseTexts } from './response-codes.ts';
import { responseBody, standardResponse } from './standard-response.ts';

export function judgeStatusMessages(
  rawText: string,
  definitions: DipDefinitions,
  identities: readonly OwnIdentity[],
  texts: ResponseTexts,
  now: number,
): ReceivedRecord {
  let body: unknown;
  let problem: string | undefined;
  try {
    body = JSON.parse(rawText);
    const errors = definitions.statusArrayErrors(body);
    if (errors.length > 0) {
      const error = errors[0];
      problem = `StandardResponseArray${error?.instancePath ?? ''} ${error?.message ?? 'is invalid'}`;
    }
  } catch (error) {
    body = rawText;
    problem = `the body is not JSON: ${(error as Error).message}`;
  }
  const ours = (value: unknown) => identities.find((identity) => identity.dipId === value)?.dipId ?? identities[0]!.dipId;
  if (problem !== undefined) {
    const finding: Finding = { rule: 'SCHEMA', severity: 'fail', pointer: '', message: problem, requirement: 'REQ-DIP-SCHEMA' };
    const entry = responseBody(
      { transactionID: null, senderUniqueReference: null, correlationID: null, senderID: ours(undefined), recipientID: null, message: texts.RCP1001, help: problem },
      now,
    );
    return { type: 'received', at: now, endpoint: '/statusmessage', outcome: 'rejected', body, messages: [], findings: [finding], answer: { status: 400, body: standardResponse([entry], now) } };
  }
  const statuses = body as { transactionID: string | null; senderUniqueReference: string | null; correlationID: string | null; senderID: string; recipientID: string | null }[];
  const entries = statuses.map((status) =>
    responseBody(
      {
        transactionID: status.transactionID,
        senderUniqueReference: status.senderUniqueReference,
        correlationID: status.correlationID,
        senderID: ours(status.recipientID),
        recipientID: status.senderID,
        message: texts.RCP0000,
      },
      now,
    ),
  );
  return { type: 'received', at: now, endpoint: '/statusmessage', outcome: 'accepted', body, messages: [], findings: [], answer: { status: 201, body: standardResponse(entries, now) } };
}
