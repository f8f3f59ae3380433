// The DIP's StandardResponse (SubmitEvents `StandardResponse`): what it answers a submission
// with, and what a participant's webhook must answer a push with. All fields present; the
// nullable ones as null (DIN-1031).

export interface StandardResponseBody {
  transactionID: string | null;
  senderUniqueReference: string | null;
  correlationID: string | null;
  sentTimestamp: string | null;
  senderID: string | null;
  recipientID: string | null;
  DIPConnectionProviderID: string | null;
  message: string;
  help: string | null;
  serviceTicketURL: string | null;
}

export interface StandardResponse {
  messageArray: StandardResponseBody[];
  timestamp: string;
}

/**
 * The emulator's own DIP ID in `senderID` (required, 10 characters). The real DIP's is not
 * published; this one cannot be mistaken for a participant's numeric ID.
 */
export const EMULATOR_DIP_ID = 'DIPMANAGER';

/** DIP response codes the emulator answers with (ResponseCodes-unresolved.yaml). */
export const DIP_CODES = {
  success: 'MSG0000 - Success',
  schemaFailure: 'MSG1001 - Schema Failure',
  interfaceInvalid: 'MSG1002 - Interface ID Invalid',
  duplicateReference: 'MSG1006 - Sender Unique Reference Duplicated',
  senderDipIdInvalid: 'MSG1009 - Sender DIP ID Invalid',
  senderRoleInvalid: 'MSG1010 - Sender Role Invalid',
} as const;

const HELP_LIMIT = 500;
const MESSAGE_LIMIT = 200;

export function responseBody(fields: Partial<StandardResponseBody> & { message: string }): StandardResponseBody {
  return {
    transactionID: null,
    senderUniqueReference: null,
    correlationID: null,
    sentTimestamp: null,
    senderID: null,
    recipientID: null,
    DIPConnectionProviderID: null,
    help: null,
    serviceTicketURL: null,
    ...fields,
    message: fields.message.slice(0, MESSAGE_LIMIT),
    ...(fields.help ? { help: fields.help.length > HELP_LIMIT ? `${fields.help.slice(0, HELP_LIMIT - 1)}…` : fields.help } : {}),
  };
}
