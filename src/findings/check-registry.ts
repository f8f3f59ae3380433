// Every check whose finding the suite can raise, named once: its ID (what a finding's `rule`
// says), its severity, the requirement it evidences and one line saying what it holds. The
// message rules of src/rules carry their identity with their code and are listed from RULES;
// every other check is declared here and its findings are built from the entry
// (findingOf(CHECKS.sla, …)), so the fault catalogue, the selftest's list of checks no fault
// made fail and the requirement verdicts all speak of the same checks.
// Core: the DIP emulator (mocks/) imports it too, so it imports nothing outside src/rules.
import { RULES } from '../rules/index.ts';
import type { CaseCheck, RuleIdentity, Severity } from '../rules/rule.ts';

/**
 * A check whose findings may carry a severity other than its own, set where the finding is made
 * (the finding findingOf built, spread with another severity): every severity allowed (its own
 * first), why, and where the other is set. A finding carrying a severity its check does not allow
 * is a wrong finding (test/check-registry.test.ts).
 */
export interface SeverityVariation {
  readonly allowed: readonly Severity[];
  readonly why: string;
  readonly where: string;
}

const check = (id: string, requirement: string, title: string, source: string, severity: Severity = 'fail'): RuleIdentity => ({ id, title, severity, requirement, source });

/** A check whose findings cite the requirement the scenario judging it names; `usual` when it names none. */
const perScenario = (id: string, usual: string | undefined, title: string, source: string): CaseCheck => ({
  id,
  title,
  severity: 'fail',
  source,
  requirement: { decidedBy: `the requirement the scenario judging it names${usual ? `, ${usual} when it names none` : ''}`, ...(usual ? { usual } : {}), of: (requirement) => requirement },
});

/** The entry, with the severities its findings may carry besides its own. */
const varying = <Entry extends RuleIdentity | CaseCheck>(entry: Entry, variation: Omit<SeverityVariation, 'allowed'> & { readonly also: Severity }): Entry & { readonly severityVaries: SeverityVariation } => ({
  ...entry,
  severityVaries: { allowed: [entry.severity, variation.also], why: variation.why, where: variation.where },
});

/** The checks the DIP makes on a submission itself: the key, the request's size, the sender's identity, the uniqueness of its references. */
export const DIP_CHECKS = {
  apiKey: check('DIP-API-KEY', 'REQ-DIP-API-KEY', 'A submission carries an X-API-Key the DIP issued', 'DIP API security scheme ApiKeyAuth; 401'),
  bodySize: check('DIP-BODY-SIZE', 'REQ-DIP-REQUEST-LIMITS', "A request's body stays within the DIP's size limit", 'DIP API SubmitEvents 413 Payload Too Large'),
  batchSize: check('DIP-BATCH-SIZE', 'REQ-DIP-REQUEST-LIMITS', 'A batch holds no more messages than the DIP takes in one request', 'DIP API SubmitEvents 413 Payload Too Large'),
  referenceNotReused: check('SUR-NOT-REUSED', 'REQ-DIP-SUR-UNIQUE', 'A sender unique reference the DIP has accepted is not sent again', 'DIP API ResponseCodes MSG1006'),
  senderKnown: check('DIP-SENDER-KNOWN', 'REQ-DIP-SENDER-IDENTITY', "The sender's DIP ID and role are those registered for the API key", 'DIP API ResponseCodes MSG1009, MSG1010'),
} as const;

/** The shape of a DIP request body: the batch around the messages, a variant the spec defines, its schema. */
export const SHAPE_CHECKS = {
  envelope: check('ENVELOPE', 'REQ-DIP-SCHEMA', 'A request body is a JSON array of {"payload": …} objects', 'DIP API SubmitEvents request body'),
  variantKnown: check('VARIANT-KNOWN', 'REQ-DIP-SCHEMA', 'A message names an interface and event code the spec defines a schema for', 'DIP API definitions: one schema per interface and event code'),
  schema: check('SCHEMA', 'REQ-DIP-SCHEMA', "A message matches its variant's schema", 'DIP API definitions (the pinned version)'),
} as const;

/** The signature on a DIP request, checked as received. */
export const SIGNATURE_CHECKS = {
  signatureHeaders: check('SIGNATURE-HEADERS', 'REQ-DIP-SIGNATURE', 'A DIP request carries the signature, its date, the content hash and the signing certificate', 'DIP API message signing headers'),
  signatureDate: check('SIGNATURE-DATE', 'REQ-DIP-SIGNATURE', 'The signature date is an ISO 8601 time within the allowed skew of now', 'DIP API X-DIP-Signature-Date'),
  signatureContentHash: check('SIGNATURE-CONTENT-HASH', 'REQ-DIP-SIGNATURE', 'The content hash is the SHA-256 of the body as received', 'DIP API X-DIP-Content-Hash'),
  signatureCertificate: check('SIGNATURE-CERTIFICATE', 'REQ-DIP-SIGNATURE', 'The signing certificate chains to a trusted certificate authority', 'DIP API X-DIP-Signature-Certificate'),
  signatureValue: check('SIGNATURE-VALUE', 'REQ-DIP-SIGNATURE', "The signature verifies with the certificate's key over the signed string", 'DIP API X-DIP-Signature'),
} as const;

/** How the participant answers what the DIP pushes to its webhook, and what it sends back about it. */
export const WEBHOOK_CHECKS = {
  standardResponse: check('WEBHOOK-STANDARD-RESPONSE', 'REQ-DIP-WEBHOOK-RESPONSE', 'The webhook answers a push with a StandardResponse', 'DIP API SubmitEvents callbacks: 201/207/400 answered with StandardResponse (DIN-974, DIN-1031)'),
  transactionEcho: check('WEBHOOK-TRANSACTION-ECHO', 'REQ-DIP-WEBHOOK-RESPONSE', 'Each StandardResponse entry names the DIP transaction it answers', 'DIP API StandardResponseBodyType.transactionID; RCP1043'),
  partialForOne: check('WEBHOOK-207-SINGLE', 'REQ-DIP-WEBHOOK-RESPONSE', 'A push of one message is answered 201 or 400, never 207', 'DIP API SubmitEvents callbacks: 207 is partial success of a batch; one message either succeeds (201) or fails (400)'),
  available: varying(check('WEBHOOK-AVAILABLE', 'REQ-DIP-WEBHOOK-RESPONSE', 'The webhook takes a push before the DIP gives up retrying it', 'DIP API SubmitEvents callbacks; the DIP retries on 408, 429, 5xx and transport failures'), {
    also: 'warn',
    why: 'a failure a retry got past is a warning: retries are how the DIP works',
    where: 'src/checks/delivery-verdict.ts (a push delivered on a later attempt)',
  }),
  httpStatus: check('WEBHOOK-HTTP-STATUS', 'REQ-DIP-WEBHOOK-RESPONSE', 'The webhook answers a push with the HTTP status its content calls for (201 taken, 400 refused)', 'DIP API SubmitEvents callbacks: 201, 400'),
  responseCode: check('WEBHOOK-RESPONSE-CODE', 'REQ-DIP-WEBHOOK-RESPONSE', "The webhook's StandardResponse names the RCP code its refusal calls for", 'DIP API ResponseCodes RCP1001, RCP1005, RCP1043'),
  signatureChecked: check('SIGNATURE-CHECKED', 'REQ-DIP-SIGNATURE', 'The webhook refuses a push whose DIP signature does not verify (401)', 'DIP API message signing; RCP9999'),
  signatureRefusalCode: check('SIGNATURE-REFUSAL-CODE', 'REQ-DIP-SIGNATURE', 'A push refused for its signature is answered 401 with RCP9999', 'DIP API ResponseCodes RCP9999 Message Signature Invalid', 'warn'),
  idempotentDelivery: check('IDEMPOTENT-DELIVERY', 'REQ-DIP-IDEMPOTENT-RECEIPT', 'A push the DIP delivers again is acted on once', 'DIP API replayIndicator; at-least-once delivery'),
  outOfOrderDelivery: check('OUT-OF-ORDER-DELIVERY', 'REQ-DIP-ORDER-TOLERANT', "A push the DIP delivers out of the process's order is held and placed, not refused", 'DIP API: no ordering guarantee between pushes'),
  statusMessageSchema: check('STATUS-MESSAGE-SCHEMA', 'REQ-DIP-STATUS-MESSAGE', 'A status message is a StandardResponseArray', 'DIP API POST /statusmessage'),
  statusMessageCode: check('STATUS-MESSAGE-CODE', 'REQ-DIP-STATUS-MESSAGE', 'Each status message entry starts with an RCP response code', 'DIP API ResponseCodes RCP…'),
} as const;

/** A message the participant sends in answer to one the suite pushed. */
export const RESPONSE_CHECKS = {
  addressedToRequester: check('ADDRESSED-TO-REQUESTER', 'REQ-DIP-ADDRESSING', 'A response is addressed to the party whose message it answers', 'DIP API A0 primaryRecipients; MSG1031 Primary Recipient ID invalid'),
  // The DIP spec defines senderCorrelationID and D0.initialCorrelationID but states no echo rule: a warning.
  correlatedToTrigger: check('CORRELATED-TO-TRIGGER', 'REQ-DIP-CORRELATION', 'A response carries the correlation ID of the message it answers', 'DIP API S1.senderCorrelationID, D0.initialCorrelationID (echo inferred, not stated)', 'warn'),
} as const;

/** A cumulative read a Metering Service shares after work on site (IF-041). */
export const READ_CHECKS = {
  readToDataService: perScenario('READ-TO-DATA-SERVICE', 'REQ-READS-SHARED', 'A cumulative read goes to the Data Service appointed to the MPAN', 'PROCESS-TABLES §4.6 CES-05, §4.7 COM-09'),
  readPresent: perScenario('READ-PRESENT', 'REQ-READS-SHARED', 'A shared read carries at least one cumulative register read', 'PROCESS-TABLES §4.6 CES-05, §4.7 COM-09'),
  readDate: perScenario('READ-DATE', 'REQ-READS-SHARED', 'The read is taken on the GB day of the work (or the switch) it is for', 'PROCESS-TABLES §4.6 CES-05, §4.7 COM-09; DT-003'),
} as const;

/** What a scenario expects of the participant in a business process. */
export const PROCESS_CHECKS = {
  sla: {
    id: 'SLA',
    title: 'A message the process calls for comes within the window of scenarios/slas.yaml',
    severity: 'fail',
    source: 'scenarios/slas.yaml, each window with the rule it cites',
    requirement: { decidedBy: 'REQ-SLA-<id> of the SLA measured', of: (slaId) => `REQ-SLA-${slaId}` },
  } satisfies CaseCheck,
  content: varying(perScenario('PROCESS-CONTENT', 'REQ-PROCESS-CONTENT', 'A message the process calls for is the right variant and carries what the process decided', 'PROCESS-TABLES interface tables; the DIP API field definitions'), {
    also: 'warn',
    why: 'a message the process calls for that comes in a batch with others is right, but unusual: a warning',
    where: 'src/scenario/site-works-steps.ts (an update reported in a batch of more than one message)',
  }),
  addressing: perScenario('PROCESS-ADDRESSING', 'REQ-PROCESS-CONTENT', 'A message the process calls for is addressed to the party the process names', 'PROCESS-TABLES interface tables; DIP API A0 primaryRecipients'),
  dipAccepted: check('DIP-ACCEPTED', 'REQ-DIP-SCHEMA', 'The DIP accepts (201) a message the process calls for', 'DIP API SubmitEvents 201'),
  smrsAccepted: perScenario('SMRS-ACCEPTED', 'REQ-PROCESS-CONTENT', "The SMRS accepts the participant's request (R0 A), refusing it with no REG code the scenario did not arrange", 'PROCESS-TABLES SMRS validation (REG codes)'),
  smrsOutcome: check('SMRS-OUTCOME', 'REQ-MS-CDC', "The SMRS accepts a Metering Service's direct contract (IF-039 R0 A)", 'PROCESS-TABLES direct contracts (IF-038, IF-039)'),
  noSupersedingRequest: check('NO-SUPERSEDING-REQUEST', 'REQ-SUP-NO-SUPERSEDE', 'A Supplier does not ask again for an appointment it has in flight when the gain is notified again', 'REG1089 superseded request'),
  registrationConfirmed: check('REGISTRATION-CONFIRMED', 'REQ-SUP-REGISTRATION-CONFIRMED', 'A registration confirmation (IF-001) about an MPAN being gained or lost draws no status message', 'PROCESS-TABLES COS; RCP1061'),
  cosReadTaken: check('COS-READ-TAKEN', 'REQ-SUP-COS-READ', 'A change-of-supply read (IF-041) about an MPAN being gained or lost draws no status message', 'PROCESS-TABLES COS; RCP1061'),
  gapClosed: check('IF045-GAP-CLOSED', 'REQ-IF045-GAP-CLOSED', 'After an IF-045 reminder the SMRS holds the missing appointment', 'PROCESS-TABLES COS-15 (IF-045)'),
  // Not a check of its own: a scenario that failed without a finding breaks every requirement it carries (src/requirements/coverage.ts).
  scenario: perScenario('SCENARIO', undefined, 'A scenario that failed without naming a check breaks each requirement it carries', 'the scenario catalogue: its @REQ tags'),
} as const;

/**
 * What the simulated MDS checks of a Data Service's settlement data (IF-021), each with the ECS
 * response code its IF-014 names where the definitions have one (ResponseCodes ECS1002 … ECS1016).
 * They cite the requirement of the scenario judging the data, REQ-PROCESS-CONTENT while it names none.
 */
export const SETTLEMENT_DATA_CHECKS = {
  dayStart: perScenario(
    'IF021-DAY-START',
    'REQ-PROCESS-CONTENT',
    'Each settlement day of IF-021 starts when its calendar says: 00:00:00 UTC (ECS1014)',
    'DIP API DI-101 Settlement Day Date ("UTC Date"); ResponseCodes ECS1014',
  ),
  periodBoundary: perScenario(
    'IF021-PERIOD-BOUNDARY',
    'REQ-PROCESS-CONTENT',
    'Each period ends (sp) on a UTC half hour inside the settlement day its block names (ECS1005)',
    'DIP API DI-082 Settlement Period Effective To DateTime, DI-081 (30 minutes); ResponseCodes ECS1005',
  ),
  periodOnce: perScenario(
    'IF021-PERIOD-ONCE',
    'REQ-PROCESS-CONTENT',
    'No settlement period is sent twice for one MPAN, quantity and day in one message (ECS1006)',
    'ResponseCodes ECS1006',
  ),
  dayComplete: perScenario(
    'IF021-DAY-COMPLETE',
    'REQ-PROCESS-CONTENT',
    'IF-021 carries every settlement period of each day it names: 48 (46 or 50 on a GB local clock-change day)',
    'DIP API B901 (a settlement day and its periods, at most 48), DI-101, DI-082; completeness is the MDS simulator\'s rule, no ECS code states it',
  ),
  quantityFitsEvent: perScenario(
    'IF021-MQID',
    'REQ-PROCESS-CONTENT',
    'The measurement quantity fits the event: AI or AE for [ActivePower], RI or RE for [ReactivePower] (ECS1002)',
    'DIP API DI-052 Measurement Quantity ID; ResponseCodes ECS1002',
  ),
  value: perScenario(
    'IF021-VALUE',
    'REQ-PROCESS-CONTENT',
    'Each period value is a kWh (9,3) decimal, never negative, and zero for a ZE estimate (ECS1010, ECS1011)',
    'DIP API DI-147 (DT-016 Decimal 9,3); ResponseCodes ECS1010, ECS1011',
  ),
  qualityFlag: perScenario(
    'IF021-QUALITY-FLAG',
    'REQ-PROCESS-CONTENT',
    'Quality flags suit the sender (ADS-only flags from an ADS) and an estimate names its reason (ECS1015)',
    'DIP API DI-083 Settlement Period Quality Indicator ("ADS Only" flags), DI-076 Estimation Reason Code; ResponseCodes ECS1015',
  ),
  senderAppointed: perScenario(
    'IF021-SENDER-APPOINTED',
    'REQ-PROCESS-CONTENT',
    'The sender is the Data Service the SMRS holds appointed to the MPAN on each day of the data, and the issuing one named',
    'MHHS TOM: the Data Service appointed to an MPAN submits its consumption (seed 003); DIP API B044 Issuing Data Service',
  ),
  beforeFinalRun: perScenario(
    'IF021-BEFORE-FINAL-RUN',
    'REQ-PROCESS-CONTENT',
    "Data for a settlement day reaches the MDS before the day's final reconciliation run, RF (ECS1003)",
    'ResponseCodes ECS1003 (SP End Date/Time has already past MDS Run Date (RF)); DI-160 Settlement Code',
  ),
  dataForRun: perScenario(
    'IF021-DATA-FOR-RUN',
    'REQ-PROCESS-CONTENT',
    'A settlement run finds accepted data for each MPAN with a Data Service appointed; the MDS defaults the rest (IF-013)',
    'DIP API IF-013 Notification of Defaulted UTC Settlement Period Consumption Data (B043, B049, B920)',
  ),
  estimatesFollowShape: varying(
    {
      ...perScenario(
        'IF021-ESTIMATES-FOLLOW-SHAPE',
        'REQ-PROCESS-CONTENT',
        "Estimated periods follow the LSS load shape of the MPAN's GSP group and day (IF-022)",
        'DIP API IF-022 Load Shape Period Data, DI-102, DI-083; the scaling of estimates to the shape is the suite\'s reading, so a warning',
      ),
      severity: 'warn',
    },
    {
      also: 'fail',
      why: 'the scenario that hands the Data Service a day with unread periods exists to see them estimated along the shape: there it fails',
      where: 'src/scenario/settlement-data-steps.ts (estimates of a day with unread periods)',
    },
  ),
} as const;

/** What a scenario checks of a Smart Data Service's change of its Meter Data Retriever (IF-034 [SDS-MDRUpdate], BP003B). */
export const MDR_CHECKS = {
  effectiveFromWindow: check(
    'MDR-UPDATE-WINDOW',
    'REQ-DS-MDR-UPDATE-WINDOW',
    "An SDS's MDR update takes effect neither before the day it is sent (REG1024) nor more than 5 days after it (REG1082)",
    'DIP API ResponseCodes REG1024, REG1082; B018 DI-841 SDS Nominated MDR Requested Effective From Date',
  ),
} as const;

const GROUPS = [DIP_CHECKS, SHAPE_CHECKS, SIGNATURE_CHECKS, WEBHOOK_CHECKS, RESPONSE_CHECKS, READ_CHECKS, PROCESS_CHECKS, SETTLEMENT_DATA_CHECKS, MDR_CHECKS] as const;

/** Every check declared here, by name (each name is unique across the groups). */
export const CHECKS = { ...DIP_CHECKS, ...SHAPE_CHECKS, ...SIGNATURE_CHECKS, ...WEBHOOK_CHECKS, ...RESPONSE_CHECKS, ...READ_CHECKS, ...PROCESS_CHECKS, ...SETTLEMENT_DATA_CHECKS, ...MDR_CHECKS } as const;

export type RegisteredCheck = (RuleIdentity | CaseCheck) & { readonly severityVaries?: SeverityVariation };

/** Every check a finding can name, message rules first, in the order the selftest lists them. */
export const CHECK_REGISTRY: readonly RegisteredCheck[] = [...RULES, ...GROUPS.flatMap((group): RegisteredCheck[] => Object.values(group))];

const BY_ID = new Map<string, RegisteredCheck>(CHECK_REGISTRY.map((entry) => [entry.id, entry]));

export function checkById(id: string): RegisteredCheck | undefined {
  return BY_ID.get(id);
}

export function isRegisteredCheck(id: string): boolean {
  return BY_ID.has(id);
}

/** The one line saying what the check holds, for a reader of a finding naming it; undefined for an ID no check carries. */
export function checkTitle(id: string): string | undefined {
  return BY_ID.get(id)?.title;
}

/** The severities the check's findings may carry: its own, and any its entry allows besides. */
export function allowedSeverities(entry: RegisteredCheck): readonly Severity[] {
  return entry.severityVaries?.allowed ?? [entry.severity];
}

/** Whether a finding naming `id` may carry `severity`: false for an ID no check carries. */
export function severityAllowed(id: string, severity: string): boolean {
  const entry = BY_ID.get(id);
  return entry !== undefined && (allowedSeverities(entry) as readonly string[]).includes(severity);
}

/** The one requirement every finding of the check cites, or undefined when each finding decides its own. */
export function fixedRequirementOf(entry: RegisteredCheck): string | undefined {
  return typeof entry.requirement === 'string' ? entry.requirement : undefined;
}
