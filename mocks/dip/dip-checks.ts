// The checks the DIP makes on a submission itself, beside the message rules of src/rules: the
// key, the request's size, the sender's identity and the uniqueness of its references. Each is
// named here once, with the requirement it evidences, so its findings and the selftest's list
// of checks no fault made fail speak of the same thing.
import type { RuleIdentity } from '../../src/rules/rule.ts';

const check = (id: string, requirement: string, title: string, source: string): RuleIdentity => ({ id, title, severity: 'fail', requirement, source });

export const DIP_CHECKS = {
  apiKey: check('DIP-API-KEY', 'REQ-DIP-API-KEY', 'A submission carries an X-API-Key the DIP issued', 'DIP API security scheme ApiKeyAuth; 401'),
  bodySize: check('DIP-BODY-SIZE', 'REQ-DIP-REQUEST-LIMITS', "A request's body stays within the DIP's size limit", 'DIP API SubmitEvents 413 Payload Too Large'),
  batchSize: check('DIP-BATCH-SIZE', 'REQ-DIP-REQUEST-LIMITS', 'A batch holds no more messages than the DIP takes in one request', 'DIP API SubmitEvents 413 Payload Too Large'),
  referenceNotReused: check('SUR-NOT-REUSED', 'REQ-DIP-SUR-UNIQUE', 'A sender unique reference the DIP has accepted is not sent again', 'DIP API ResponseCodes MSG1006'),
  senderKnown: check('DIP-SENDER-KNOWN', 'REQ-DIP-SENDER-IDENTITY', "The sender's DIP ID and role are those registered for the API key", 'DIP API ResponseCodes MSG1009, MSG1010'),
} as const;
