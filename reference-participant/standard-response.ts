// StandardResponse (SubmitEvents `StandardResponse`, `StandardResponseBodyType`): the body of
// a webhook answer and, as a bare array, of a status message to POST /statusmessage. Since
// DIN-1031 every field is mandatory, the nullable ones present as null.
import { formatGbTimestamp } from '../src/time/gb-time.ts';

export interface StandardResponseBody {
  readonly transactionID: string | null;
  readonly senderUniqueReference: string | null;
  readonly correlationID: string | null;
  readonly sentTimestamp: string;
  /** The participant's DIP ID that answers (the one the message was addressed to). */
  readonly senderID: string;
  /** The sender of the message being answered. */
  readonly recipientID: string | null;
  readonly DIPConnectionProviderID: null;
  readonly message: string;
  readonly help: string | null;
  readonly serviceTicketURL: null;
}

export interface StandardResponse {
  readonly messageArray: StandardResponseBody[];
  readonly timestamp: string;
}

export interface ResponseFields {
  readonly transactionID: string | null;
  readonly senderUniqueReference: string | null;
  readonly correlationID: string | null;
  readonly senderID: string;
  readonly recipientID: string | null;
  readonly message: string;
  readonly help?: string | null;
}

/** DT-005 / DT-019 limits: message ≤ 200, help ≤ 500 characters. */
const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

export function responseBody(fields: ResponseFields, now: number): StandardResponseBody {
  return {
    transactionID: fields.transactionID,
    senderUniqueReference: fields.senderUniqueReference,
    correlationID: fields.correlationID,
    sentTimestamp: formatGbTimestamp(now),
    senderID: fields.senderID,
    recipientID: fields.recipientID,
    DIPConnectionProviderID: null,
    message: clip(fields.message, 200),
    help: fields.help == null ? null : clip(fields.help, 500),
    serviceTicketURL: null,
  };
}

export function standardResponse(bodies: StandardResponseBody[], now: number): StandardResponse {
  return { messageArray: bodies, timestamp: formatGbTimestamp(now) };
}
