// The faults that spoil what the participant sends: a decorator on its outbox. The business
// code builds the conformant message and says on what occasion (a gain, site works …); the
// OutboxBuilder hands each entry to these spoilers before it is queued, and whatever they give
// back is what is journaled and sent. Each switch changes one thing in one kind of message.
import { randomUUID } from 'node:crypto';
import { gbDateAfter, gbLocalMidnight } from '../../src/builders/identifiers.ts';
import { formatGbTimestamp } from '../../src/time/gb-time.ts';
import type { ReferenceParticipantConfig } from '../config.ts';
import type { FaultName, FaultSwitches } from '../faults.ts';
import { mpanCheckDigit } from '../own/mpan.ts';
import type { DipDefinitions } from '../own/dip-definitions.ts';
import type { OutboxEntry } from '../records.ts';
import type { AllocateReference } from '../sender-references.ts';
import type { ParticipantState } from '../state.ts';
import { DATA_SERVICE_ANSWER_FAULTS, spoilDataServiceAnswer, withholdsDataServiceAnswer } from './data-service.ts';
import { SETTLEMENT_DATA_FAULTS, spoilSettlementData } from './settlement-data.ts';
import { spoilIf031 } from './if031.ts';
import { statusNotBefore } from './timing.ts';

/** An outbox entry before it is numbered. */
export type EntryFields = Omit<OutboxEntry, 'id' | 'triggeredBy' | 'createdAt'>;

/** Why the business sends a message: the spoilers of one process must leave the others alone. */
export type Occasion =
  | 'gain'
  | 'reminder'
  | 'appointment-offer'
  | 'ds-appointment-offer'
  | 'service-change'
  | 'site-works'
  | 'registration-data'
  | 'data-service-request'
  | 'metering-service-request'
  | 'direct-contract'
  | 'settlement-data'
  | 'mdr-change'
  | 'consumption-replay';

export interface SpoilerContext {
  readonly definitions: DipDefinitions;
  readonly config: ReferenceParticipantConfig;
  readonly state: ParticipantState;
  readonly now: number;
  /** The transaction (or trigger) the entries answer. */
  readonly triggeredBy: string;
}

export interface OutgoingSpoilers {
  /** The reference allocator as the outbox uses it. */
  reference(allocate: AllocateReference): AllocateReference;
  /** The entries one built message becomes: itself, spoilt or not, and any copies; none when it is withheld. */
  message(occasion: Occasion | undefined, fields: EntryFields): EntryFields[];
  /** A status message as queued, or undefined when it is not sent at all. */
  status(fields: EntryFields): EntryFields | undefined;
}

/** The switches this module (and if031.ts) acts on: with none on, entries pass untouched. */
const OUTGOING: readonly FaultName[] = [
  'reused-sur', 'resends-submission', 'late-status-messages', 'ignores-unknown-mpan',
  'wrong-event-code', 'drops-correlation-id',
  'invalid-mpan', 'foreign-css-registration-id', 'proposes-unoffered-metering-service', 'gain-as-csp', 'migrates-with-cos', 'efd-not-midnight', 'efd-in-past', 'efd-beyond-28-days',
  'wrong-appointment-scenario', 'history-ids-mismatch', 'comms-hub-info-to-smrs', 'misaddressed-comms-hub-info', 'misaddressed-advisory', 'empty-consumption-amendment', 'retrospective-direct-contract', 'agreed-read-dated-when-sent',
  'd0-in-submission', 'foreign-sur', 'sur-date-not-real', 'wrong-timestamp-offset', 'wrong-sender-role', 'wrong-channel', 'misaddressed-if031', 'unknown-event-code', 'trigger-sender-as-own',
  'unwrapped-submission', 'duplicate-in-batch', 'oversized-batch', 'padded-request',
  ...DATA_SERVICE_ANSWER_FAULTS,
  ...SETTLEMENT_DATA_FAULTS,
  'late-mdr-update', 'no-consumption-replay-request',
];

/** A Metering Service no market offered: a DIP ID and MPID the ISD does not list. */
const UNOFFERED_METERING_SERVICE = { dipId: '3999999999', mpid: 'NOMS' };

type Block = Record<string, unknown>;
type Payload = { CommonBlock: Record<string, Block>; CustomBlock?: Block };

const PASS_THROUGH: OutgoingSpoilers = {
  reference: (allocate) => allocate,
  message: (_occasion, fields) => [fields],
  status: (fields) => fields,
};

/** B070 or B071, the appointment request of an IF-031. */
function appointmentBlock(payload: Payload): Block | undefined {
  return (payload.CustomBlock?.B070 ?? payload.CustomBlock?.B071) as Block | undefined;
}

function setEffectiveFrom(request: Block, spoil: (effectiveFrom: string) => string): void {
  const key = 'proposedMeteringServiceDIPEffectiveFromDate' in request ? 'proposedMeteringServiceDIPEffectiveFromDate' : 'proposedDataServiceDIPEffectiveFromDate';
  request[key] = spoil(String(request[key]));
}

export function outgoingSpoilers(faults: FaultSwitches, context: SpoilerContext): OutgoingSpoilers {
  if (!OUTGOING.some((name) => faults.has(name))) return PASS_THROUGH;
  const on = (name: FaultName) => faults.has(name);
  const { config, now } = context;
  // One foreign registration ID per gain: its [MSApp] and [DSApp] name the same one.
  let foreignRegistrationID: string | undefined;

  /** A gain's IF-031 (CHANGE OF SUPPLIER): its MPAN, registration, proposal, scenario and date. */
  function spoilGain(payload: Payload, eventCode: string): void {
    const m0 = payload.CommonBlock.M0!;
    // invalid-mpan: the same core with a check digit that is wrong.
    if (on('invalid-mpan')) {
      const first12 = String(m0.MPANCore).slice(0, 12);
      m0.MPANCore = first12 + String((mpanCheckDigit(first12) + 1) % 10);
    }
    const b013 = payload.CustomBlock?.B013 as Block | undefined;
    if (on('foreign-css-registration-id') && typeof b013?.CSSRegistrationID === 'string') b013.CSSRegistrationID = foreignRegistrationID ??= randomUUID();
    const request = appointmentBlock(payload);
    if (!request) return;
    if (on('proposes-unoffered-metering-service') && eventCode === '[MSApp]') {
      request.proposedMeteringServiceDIPID = UNOFFERED_METERING_SERVICE.dipId;
      request.proposedMeteringServiceMPID = UNOFFERED_METERING_SERVICE.mpid;
    }
    // gain-as-csp: another allowed scenario, as if already the Supplier; migrates-with-cos: COS where the gain migrates the MPAN (MCS).
    if (on('gain-as-csp') && request.appointmentScenario === 'COS') request.appointmentScenario = 'CSP';
    if (on('migrates-with-cos') && request.appointmentScenario === 'MCS') request.appointmentScenario = 'COS';
    if (on('efd-in-past')) setEffectiveFrom(request, () => gbLocalMidnight(gbDateAfter(now, -1)));
    else if (on('efd-beyond-28-days')) setEffectiveFrom(request, () => gbLocalMidnight(gbDateAfter(now, 40)));
    else if (on('efd-not-midnight')) setEffectiveFrom(request, (effectiveFrom) => `${effectiveFrom.slice(0, 11)}09:00:00${effectiveFrom.slice(19)}`);
  }

  /** The content of one message, spoilt in place; the entry's eventCode as it is to be recorded. */
  function spoilContent(occasion: Occasion | undefined, fields: EntryFields, payload: Payload): EntryFields {
    const { interfaceID, eventCode } = fields;
    const custom = payload.CustomBlock ?? {};
    const A0 = payload.CommonBlock.A0 as { primaryRecipients: string[] };
    if (interfaceID === 'IF-031' && occasion === 'gain') spoilGain(payload, String(eventCode));
    // wrong-appointment-scenario: every change of service asked for as a change of supplier.
    if (interfaceID === 'IF-031' && occasion === 'service-change' && on('wrong-appointment-scenario')) {
      const request = appointmentBlock(payload);
      if (request) request.appointmentScenario = 'COS';
    }
    if (occasion === 'ds-appointment-offer') spoilDataServiceAnswer(faults, context.definitions, custom);
    if (interfaceID === 'IF-034' && eventCode === '[MSAppSPResponse]') {
      // drops-correlation-id: the Metering Service's answer to an offer loses the offer's correlation.
      if (on('drops-correlation-id')) payload.CommonBlock.S1!.senderCorrelationID = null;
      // wrong-event-code: the Metering Service answers with the Data Service's event code.
      if (on('wrong-event-code')) {
        const wrong = '[DSAppSPResponse]';
        const S0 = payload.CommonBlock.S0!;
        S0.eventCode = wrong;
        S0.schemaVersion = context.definitions.variant('IF-034', wrong)?.schemaVersions[0] ?? S0.schemaVersion;
        fields = { ...fields, eventCode: wrong };
      }
    }
    // history-ids-mismatch: the correction names another meter as removed than as installed.
    const b039 = custom.B039 as Block | undefined;
    if (occasion === 'site-works' && eventCode === '[MeterHistoryUpdate]' && on('history-ids-mismatch') && typeof b039?.meterIDRemoved === 'string') b039.meterIDRemoved = `X${b039.meterIDRemoved.slice(1)}`;
    // comms-hub-info-to-smrs (the Metering Service's), misaddressed-comms-hub-info (the Supplier's),
    // misaddressed-advisory: sent to the Registration Service instead of whom it is for.
    if (interfaceID === 'IF-004' && ((occasion === 'site-works' && on('comms-hub-info-to-smrs')) || (occasion === 'metering-service-request' && on('misaddressed-comms-hub-info')))) A0.primaryRecipients = [config.registrationServiceDipId];
    if (interfaceID === 'IF-024' && occasion === 'data-service-request' && on('misaddressed-advisory')) A0.primaryRecipients = [config.registrationServiceDipId];
    // empty-consumption-amendment: no amendment at all, an empty B902List (which the schema allows).
    if (interfaceID === 'IF-027' && occasion === 'data-service-request' && on('empty-consumption-amendment')) custom.B902List = [];
    // agreed-read-dated-when-sent: the agreed Change of Supplier read dated now, not on the supply start date.
    const read = (custom.B064List as Block[] | undefined)?.[0];
    if (eventCode === '[SupplierAgreedCOS]' && on('agreed-read-dated-when-sent') && read) read.cumulativeRegisterReadingDateTime = formatGbTimestamp(now);
    // retrospective-direct-contract: the contract's end dated yesterday (REG1071).
    const b020 = custom.B020 as Block | undefined;
    if (eventCode === '[DirectContractMSAdd]' && on('retrospective-direct-contract') && b020) b020.customerDirectContractMeteringServiceEffectiveToDate = gbLocalMidnight(gbDateAfter(now, -1));
    // missing-settlement-period, actuals-flagged-as-estimates, late-settlement-data (faults/settlement-data.ts).
    if (interfaceID === 'IF-021' && occasion === 'settlement-data') fields = spoilSettlementData(faults, config, now, fields, custom);
    // late-mdr-update: the Smart Data Service's IF-034 [SDS-MDRUpdate] is not sent before faultOptions.lateMillis have passed.
    if (occasion === 'mdr-change' && on('late-mdr-update')) fields = { ...fields, notBefore: now + config.faultOptions.lateMillis };
    return fields;
  }

  return {
    // reused-sur: the previous reference of the same sender and interface, handed out again.
    reference: (allocate) =>
      on('reused-sur')
        ? (state, sender, interfaceID, at) => {
            const senderKey = `${sender.dipId} ${sender.role} ${interfaceID}`;
            const previous = state.lastReferenceBySender.get(senderKey);
            return previous !== undefined ? { reference: previous, sequence: undefined, senderKey } : allocate(state, sender, interfaceID, at);
          }
        : allocate,
    message(occasion, built) {
      // no-ds-appointment-answer: the Data Service's answer to an offer never leaves.
      if (occasion === 'ds-appointment-offer' && withholdsDataServiceAnswer(faults)) return [];
      // no-consumption-replay-request: the Advanced Data Service's IF-015 [ConsumptionReplay] never leaves.
      if (occasion === 'consumption-replay' && on('no-consumption-replay-request')) return [];
      // The entry's own copy: the business code's blocks (and the config's) stay as they were.
      const payload = structuredClone((built.body as { payload: Payload }[])[0]!.payload);
      let fields = spoilContent(occasion, built, payload);
      fields = fields.interfaceID === 'IF-031' ? spoilIf031(faults, fields, payload, context.triggeredBy, now) : { ...fields, body: [{ payload }] };
      // resends-submission: an outbox that posts an acknowledged IF-031 once more, unchanged.
      return on('resends-submission') && fields.interfaceID === 'IF-031' ? [fields, fields] : [fields];
    },
    status(fields) {
      // ignores-unknown-mpan: no RCP1061 status message about an MPAN none of its roles knows.
      if (on('ignores-unknown-mpan') && (fields.body as { message?: string }[])[0]?.message?.startsWith('RCP1061')) return undefined;
      const notBefore = statusNotBefore(faults, config, now);
      return notBefore === undefined ? fields : { notBefore, ...fields };
    },
  };
}
