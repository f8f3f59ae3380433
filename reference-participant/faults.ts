// The fault switches: each one plants exactly one named defect in an otherwise conformant
// participant, so the suite can prove that its scenarios catch that defect. All are off by
// default; a config turns them on by name (`faults: [late-if031]`).

export const FAULTS = {
  'late-if031': 'Supplier reacts to IF-002 only after faultOptions.lateMillis, so IF-031 misses its SLA (REC 22.6.1, 60 min)',
  'late-status-messages': 'every status message (RCP1061, RCP1062 on /statusmessage) is held back faultOptions.lateMillis, so it misses the status-message-answer SLA (60 min)',
  'wrong-event-code': 'IF-034 is sent with event code [DSAppSPResponse] instead of [MSAppSPResponse]',
  'invalid-mpan': 'IF-031 carries an MPAN core whose check digit is wrong',
  'reused-sur': 'an outgoing message reuses the previous senderUniqueReference of the same sender and interface (MSG1006)',
  'missing-standard-response': 'the webhook answers 201 with an empty body instead of a StandardResponse',
  'wrong-d0-echo': 'StandardResponse.transactionID differs from the D0.transactionID it acknowledges',
  'accepts-unservable-appointment': 'IF-033 is accepted (SP000) for a market segment, meter type or GSP group the Metering Service does not serve',
  'skips-signature-check': 'the webhook accepts a push whatever its DIP message signature: wrong, stale, over a changed body or from an untrusted certificate',
  'unsigned-submissions': 'messages to the DIP go without the X-DIP-Signature headers',
  'wrong-meter-works-event': 'every meter work on site is reported as IF-005 [MeterUpdate], whatever the engineer did',
  'wrong-registration-data-event': 'every change of registration data is sent as IF-025 [ConsentGranularity], and every MPAN relationship as IF-019 [RelatedCreate], whatever changed',
  'processes-repeats': 'a transaction the DIP delivers again (a retry, a replay) is acted on again',
  'late-repeat-action':
    'a transaction the DIP delivers again (a retry, a replay) is answered as a repeat, then acted on again faultOptions.lateRepeatMillis after it arrived (20 market minutes in the suite): after the rainy days\' own few minutes, inside the 60-minute SLA',
  'ignores-schema-version': 'a publication of a schema version it does not take is refused as a schema failure (RCP1001), not as RCP1005',
  'wrong-appointment-scenario': 'a change of service without a change of supplier (CSP, USP, SEG, MCA) is requested with appointment scenario COS',
  'refuses-reports': "the Supplier's webhook answers 400 to settlement reports (REP-…), which it has not implemented",
  'ignores-if045': 'the Supplier records an IF-045 reminder that no Metering or Data Service is appointed, and appoints none',
  'misaddressed-advisory': "IF-024 advisories go to the Registration Service instead of the MPAN's Data Service",
  'empty-consumption-amendment': 'IF-027 asks for no amendment at all (an empty B902List)',
  'retrospective-direct-contract': 'IF-038 records a Customer Direct Contract whose Effective To Date is already past (REG1071)',
  'if001-unknown-mpan': 'the Supplier answers the IF-001 that confirms its registration on Secured Active with status message RCP1061, as if it did not know the MPAN',
  'sends-no-reads': 'the Metering Service shares no cumulative reads (IF-041) after meter works or an energisation change',
  'wrong-read-event': 'every read the Metering Service shares after work on site is sent as IF-041 [ReadingOnSite], whatever the work was',
  'history-ids-mismatch': "a correction of the asset history (IF-005 [MeterHistoryUpdate]) names another meter as removed than as installed (REG1016)",
  'comms-hub-info-to-smrs': "the Metering Service sends its Comms Hub information (IF-004 [CommsHubInfo]) to the Registration Service instead of the Supplier",
  'misaddressed-comms-hub-info': "the Supplier sends its Comms Hub information (IF-004 [CommsHubInfo]) to the Registration Service instead of the MPAN's Metering Service",
  'agreed-read-dated-when-sent': 'the Change of Supplier read the Supplier agreed with the other Supplier (IF-041 [SupplierAgreedCOS]) is dated when it is sent, not on the supply start date of the switch',
  'refuses-reverse-migration': 'the webhook answers 400 to IF-003 (reverse migration and the de-appointments with it), which it has not implemented',
  'foreign-css-registration-id': "a gain's IF-031 names a CSS registration ID of another registration (a valid UUID), not the one the Supplier raised (REG0006)",
  'proposes-unoffered-metering-service': "a gain's IF-031 [MSApp] proposes a Metering Service no one offered, a DIP ID the ISD does not list (REG1022)",
  'gain-as-csp': "a gain's IF-031 names appointment scenario CSP, another allowed value, instead of COS (REG1021)",
  'migrates-with-cos': 'a gaining Supplier asks for COS appointments on an MPAN it must migrate with the switch, instead of MCS',
  're-requests-on-gain-update': 'a repeated IF-002 for a registration whose appointments are in flight makes the Supplier request them again, superseding them (REG1089)',
  'disowns-closing-read': 'the outgoing Supplier answers the Change of Supplier read (IF-041 [ReadingCOS]) of the MPAN it is losing with status message RCP1061',
  'ignores-unknown-mpan': 'a publication about an MPAN none of the roles it is addressed to knows is filed without a word: no RCP1061 status message',
  'ignores-unexpected-publications':
    'a publication unexpected for where the MPAN stands (an IF-032/IF-035 outcome of an appointment the Supplier never asked for, an IF-035 acceptance or IF-036 activation of an appointment the Metering Service declined) is recorded as if expected, with no RCP1062',
  // Each of these spoils the Supplier's IF-031 in one way a rule of src/rules exists to find.
  'd0-in-submission': 'IF-031 goes to the DIP with a DIP block (CommonBlock.D0) of its own making, which only the DIP may set',
  'foreign-sur': "IF-031's senderUniqueReference names another DIP ID than the sender's",
  'sur-date-not-real': "IF-031's senderUniqueReference carries a date no calendar has (month 13), which its pattern alone lets through",
  'wrong-timestamp-offset': "IF-031's senderTimestamp carries the GB offset of the other season (+01:00 in winter, +00:00 in summer)",
  'wrong-sender-role': 'IF-031 names sender role LDSO, a role that does not send it (MSG1010)',
  'wrong-channel': 'IF-031 is submitted on /dip-channel/IF-032 (MSG1002)',
  'efd-not-midnight': "a gain's IF-031 proposes an Effective From Date at 09:00 local time, not at local midnight",
  'efd-in-past': "a gain's IF-031 proposes an Effective From Date the day before today's market date (REG1034)",
  'efd-beyond-28-days': "a gain's IF-031 proposes an Effective From Date 40 days ahead, past the 28 allowed (REG1099)",
  // Each of these spoils the request the Supplier's IF-031 goes in, in one way a check of the DIP exists to find.
  'unknown-api-key': "IF-031 goes with an X-API-Key the DIP never issued (a test environment's key), so the DIP answers 401",
  'trigger-sender-as-own': "IF-031 copies the sender of the IF-002 it answers into its own senderDIPID and reference: a registered DIP ID, not the one of the Supplier's key (MSG1009)",
  'unwrapped-submission': 'IF-031 is posted as a lone {"payload": …} object, not in the JSON array the DIP takes',
  'duplicate-in-batch': 'IF-031 goes twice in one request, both with the same senderUniqueReference (MSG1006)',
  'resends-submission': 'every IF-031 is posted a second time, unchanged, after the DIP accepted it: the copy reuses the accepted senderUniqueReference (MSG1006)',
  'oversized-batch': "IF-031 goes in a batch of 101 copies of itself, one past the DIP emulator's limit of 100 messages a request (413)",
  'unknown-event-code': 'IF-031 is sent with event code [MSAppointment] or [DSAppointment], which no variant of the DIP API has',
  'padded-request': "IF-031's request carries its whole write buffer: the JSON, then 10 MiB of blanks, past the DIP emulator's size limit (413)",
  'drops-correlation-id': "the Metering Service's IF-034 leaves senderCorrelationID empty instead of carrying the correlation ID of the IF-033 it answers (a warning: the echo is inferred)",
  'misaddressed-if031': "IF-031 names an unknown DIP ID as its primary recipient (A0), not the Registration Service whose IF-002 it answers",
  'accepts-broken-publications': 'the webhook does not check what the DIP delivers against its schema: a publication that breaks it is answered 201 and acted on, not refused with 400 and RCP1001',
  'refuses-out-of-order':
    'an IF-036 activation that arrives before the IF-035 acceptance it follows is taken for unexpected: reported RCP1062 and dropped, so the appointment never becomes active',
  // Each of these changes one thing in the Data Service's answer to an appointment offer (IF-033 [DSAppSPRequest]).
  'late-ds-appointment-answer': 'the Data Service acts on IF-033 [DSAppSPRequest] only after faultOptions.lateMillis, so its IF-034 [DSAppSPResponse] misses its SLA (60 min)',
  'no-ds-appointment-answer': 'the Data Service decides on IF-033 [DSAppSPRequest] and records its decision, but never sends the IF-034 [DSAppSPResponse]',
  'sds-accepts-without-mdr': "the Smart Data Service's acceptance (IF-034 [DSAppSPResponse], SP000) goes without B018, naming no MDR",
  'wrong-ds-reject-code': 'a Data Service rejection for an unsupported Supplier-nominated MDR goes out with the DS003 text (read frequency) instead of DS001',
  // Each of these changes one thing in the Data Service's settlement data (IF-021 [ActivePower], the settlement-data hook).
  'missing-settlement-period': "the Data Service's IF-021 leaves out period 17 (08:00–08:30 UTC) of the settlement day: 47 periods instead of 48",
  'settlement-day-in-gb-local-periods':
    "on a clock-change day the Data Service's IF-021 carries the GB local day (46 periods in spring, 50 in two blocks in autumn, starting at local midnight) instead of the 48 periods of the UTC day; on any other day it sends the UTC day correctly",
  'estimates-off-shape': "the Data Service's estimates for periods not read are flat (the reads' mean), not shaped by the load shape it holds (IF-022)",
  'actuals-flagged-as-estimates': "the Data Service's IF-021 flags every actual read as an estimate (E, reason 2 missing) instead of A",
  'no-resubmission-after-rejection': 'the Data Service records an IF-014 [ActivePowerRejected] and never sends the refused day again',
  'no-resubmission-after-default': 'the Data Service records an IF-013 [ActivePowerDefaulted] and never sends the defaulted day',
  'no-amendment-answer': "the Data Service decides on a Supplier's IF-027 [ConsumptionAmendment] and records it, but never sends the IF-028 [ConsumptionAmendment]",
  'reactive-sent-as-active': "the Data Service sends a day of reactive reads (RI, RE) as IF-021 [ActivePower] instead of [ReactivePower]",
  'amendment-accepted-from-any-supplier': "the Data Service accepts an IF-027 [ConsumptionAmendment] from a Supplier that is not the MPAN's registered one (IF-028 R0 A), instead of rejecting it",
  'late-settlement-data': "the Data Service's IF-021 is held back faultOptions.lateMillis before it is sent",
  'settlement-data-for-unappointed-day': 'the Data Service sends IF-021 for a day it was not appointed to the MPAN (no IF-036, or after its IF-037), instead of taking the reads and sending nothing',
  // Each of these changes one thing in the Smart Data Service's change of its MDR (IF-034 [SDS-MDRUpdate], the mdr-change hook).
  'mdr-update-too-far-ahead': "the Smart Data Service's IF-034 [SDS-MDRUpdate] asks for the new MDR from 8 days after the day it is sent, whatever date it was asked for: past the 5 days allowed (REG1082)",
  'mdr-update-retrospective': "the Smart Data Service's IF-034 [SDS-MDRUpdate] asks for the new MDR from the day before it is sent, whatever date it was asked for (REG1024)",
  'mdr-update-names-itself': "the Smart Data Service's IF-034 [SDS-MDRUpdate] names itself in B018, not the Meter Data Retriever it was asked to change to",
  // The Advanced Data Service's consumption replay (IF-015 / IF-016, the consumption-replay hook).
  'no-consumption-replay-request': 'the Advanced Data Service takes the consumption-replay trigger (201) but never sends IF-015 [ConsumptionReplay]',
  'refuses-consumption-replay': "the Data Service refuses the DIP's replays (IF-016) with 400, as an interface it has not implemented",
  'late-mdr-update': "the Smart Data Service's IF-034 [SDS-MDRUpdate] is held back faultOptions.lateMillis before it is sent",
} as const;

export type FaultName = keyof typeof FAULTS;

export const FAULT_NAMES = Object.keys(FAULTS) as FaultName[];

export function isFaultName(name: string): name is FaultName {
  return Object.hasOwn(FAULTS, name);
}

/** The faults switched on for one run; asking for one that is off is the common case. */
export class FaultSwitches {
  private readonly on: ReadonlySet<FaultName>;

  constructor(names: readonly FaultName[]) {
    this.on = new Set(names);
  }

  has(name: FaultName): boolean {
    return this.on.has(name);
  }

  list(): FaultName[] {
    return [...this.on];
  }
}
