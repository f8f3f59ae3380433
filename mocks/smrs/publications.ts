// What the SMRS publishes, as data: the interface, event code, recipient and the values that
// matter for the process. The simulator builds the rest of each message from the spec with
// the seeded builders, so every publication is schema-valid and the decisive fields are ours.
import { describeMessage, type MessageDescription } from '../../src/builders/fixed-fields.ts';
import { OMIT } from '../../src/builders/schema-sampler.ts';
import { gbMidnightUtcMillis, formatGbTimestamp } from '../../src/time/gb-time.ts';
import { type Appointment, HELD_SINCE, type MeteringPoint, type PartyRef, type ServiceKind } from './metering-points.ts';

/**
 * A publication to one party. Its `fixed` values are by JSON pointer from the payload (see
 * src/builders/schema-sampler.ts); written with `describeMessage`, they are checked against the
 * variant at compile time.
 */
export interface Publication extends MessageDescription {
  readonly to: PartyRef;
  readonly initialCorrelationID?: string | null;
}

const EVENT = {
  MS: { request: '[MSAppSPRequest]', initialResponse: '[MSAppInitialResp]', accepted: '[MSAppAccepted]', rejected: '[MSAppRejected]', lapsed: '[MSAppLapsed]', active: '[MSAppActive]', deAppointed: '[MSDeApp]' },
  DS: { request: '[DSAppSPRequest]', initialResponse: '[DSAppInitialResp]', accepted: '[DSAppAccepted]', rejected: '[DSAppRejected]', lapsed: '[DSAppLapsed]', active: '[DSAppActive]', deAppointed: '[DSDeApp]' },
} as const;

export const appointmentBlock = (kind: ServiceKind): 'B070' | 'B071' => (kind === 'MS' ? 'B070' : 'B071');

/** M0, addressing and segment: the same in every publication about one MPAN. */
function about(point: MeteringPoint, to: PartyRef, correlationId: string | null = null): Record<string, unknown> {
  const segmentFrom = formatGbTimestamp(gbMidnightUtcMillis(HELD_SINCE.year, HELD_SINCE.month, HELD_SINCE.day));
  return {
    '/CommonBlock/M0': { MPANCore: point.mpan, distributorDIPID: point.distributorDipId, GSPGroupID: point.gspGroup },
    '/CommonBlock/A0': { primaryRecipients: [to.dipId], secondaryRecipients: [], always: [] },
    '/CommonBlock/S1/senderCorrelationID': correlationId,
    '/CustomBlock/B026': { marketSegmentIndicator: point.segment, marketSegmentIndicatorEffectiveFromDate: segmentFrom },
  };
}

const requestingSupplier = (supplier: PartyRef) => ({
  serviceProviderAppointmentRequestingSupplierDIPID: supplier.dipId,
  serviceProviderAppointmentRequestingSupplierMPID: supplier.mpid,
});

/** IF-002 [GainMPANInfo]: the incoming Supplier learns the site so it can appoint (COS-02). */
export function gainNotification(point: MeteringPoint): Publication {
  const pending = point.pendingSwitch!;
  const current = point.meteringService && point.dataService
    ? { currentMeteringServiceDIPID: point.meteringService.dipId, currentMeteringServiceMPID: point.meteringService.mpid, currentDataServiceDIPID: point.dataService.dipId, currentDataServiceMPID: point.dataService.mpid }
    : OMIT;
  return {
    to: pending.supplier,
    ...describeMessage('IF-002', '[GainMPANInfo]', { ...about(point, pending.supplier), '/CustomBlock/B013': { CSSRegistrationID: pending.cssRegistrationId }, '/CustomBlock/B005': current }),
  };
}

/** IF-032 rejecting the request with its REG code (REC 22.6.3). */
export function initialRejection(point: MeteringPoint, appointment: Appointment, reason: string): Publication {
  return {
    to: appointment.supplier,
    ...describeMessage('IF-032', EVENT[appointment.kind].initialResponse, {
      ...about(point, appointment.supplier, appointment.correlationId),
      '/CommonBlock/R0': { responseCode: 'R', responseMessages: [reason] },
      [`/CustomBlock/${appointmentBlock(appointment.kind)}`]: appointment.block,
      '/CustomBlock/B013': appointment.cssRegistrationId ? { CSSRegistrationID: appointment.cssRegistrationId } : OMIT,
    }),
  };
}

/** IF-033 offering the appointment to the proposed service (COS-03). */
export function serviceRequest(point: MeteringPoint, appointment: Appointment): Publication {
  const incumbent = appointment.kind === 'MS' ? point.meteringService : undefined;
  return {
    to: appointment.proposed,
    ...describeMessage('IF-033', EVENT[appointment.kind].request, {
      ...about(point, appointment.proposed, appointment.correlationId),
      '/CustomBlock/B012': requestingSupplier(appointment.supplier),
      [`/CustomBlock/${appointmentBlock(appointment.kind)}`]: appointment.block,
      '/CustomBlock/B072': incumbent ? { incumbentMeteringServiceDIPID: incumbent.dipId, incumbentMeteringServiceMPID: incumbent.mpid } : OMIT,
      '/CustomBlock/B013': appointment.cssRegistrationId ? { CSSRegistrationID: appointment.cssRegistrationId } : OMIT,
      ...meterList(point),
    }),
  };
}

/** At most this many meters are drawn for one list (the builder adds up to two beyond the least). */
const MAX_LISTED_METERS = 4;

/** The meters on site in B905List, by type; no list when the SMRS knows none. */
function meterList(point: MeteringPoint): Record<string, unknown> {
  if (!point.meterTypes?.length) return { '/CustomBlock/B905List': OMIT };
  const fixed: Record<string, unknown> = {};
  for (let index = 0; index < MAX_LISTED_METERS; index += 1) {
    fixed[`/CustomBlock/B905List/${index}/existingMeter/meterType`] = point.meterTypes[index % point.meterTypes.length];
  }
  return fixed;
}

/** IF-035 status of the appointment to the Supplier (COS-05, COS-12), or to the service proposed. */
export function appointmentStatus(
  point: MeteringPoint,
  appointment: Appointment,
  outcome: 'accepted' | 'rejected' | 'lapsed',
  responseCode: string,
  to: PartyRef = appointment.supplier,
): Publication {
  const code = { accepted: 'A', rejected: 'R', lapsed: 'L' }[outcome];
  return {
    to,
    ...describeMessage('IF-035', EVENT[appointment.kind][outcome], {
      ...about(point, to, appointment.correlationId),
      '/CustomBlock/B007': { responseCode: code, proposedAppointmentResponseCode: responseCode },
      '/CustomBlock/B012': requestingSupplier(appointment.supplier),
      [`/CustomBlock/${appointmentBlock(appointment.kind)}`]: appointment.block,
      '/CustomBlock/B013': OMIT,
      '/CustomBlock/B019': OMIT,
    }),
  };
}

/** IF-035 [IMS-SendMTD]: the incumbent Metering Service is told to hand over MTDs (COS-06). */
export function sendMtdInstruction(point: MeteringPoint, appointment: Appointment, incumbent: PartyRef): Publication {
  return {
    to: incumbent,
    ...describeMessage('IF-035', '[IMS-SendMTD]', {
      ...about(point, incumbent, appointment.correlationId),
      '/CustomBlock/B007': { responseCode: 'A', proposedAppointmentResponseCode: 'SP000 - Proposed Appointment ACCEPTED' },
      '/CustomBlock/B012': requestingSupplier(appointment.supplier),
      '/CustomBlock/B070': appointment.block,
      '/CustomBlock/B071': OMIT,
      '/CustomBlock/B013': OMIT,
      '/CustomBlock/B019': OMIT,
    }),
  };
}

/**
 * IF-035 [SDS-MDROutcome] (BP003B 3B-03), to the Smart Data Service and to the Supplier that
 * appointed it: B092 the MDR assigned, B099 A, or R with the REG code. A refused change keeps
 * the MDR assigned before it; with none known the one asked for is echoed [INFERRED: B092 is
 * mandatory even in a refusal].
 */
export function mdrOutcome(point: MeteringPoint, to: PartyRef, supplier: PartyRef, assigned: PartyRef & { readonly effectiveFrom: string }, refusal: string | undefined): Publication {
  return {
    to,
    ...describeMessage('IF-035', '[SDS-MDROutcome]', {
      '/CommonBlock/M0': { MPANCore: point.mpan, distributorDIPID: point.distributorDipId, GSPGroupID: point.gspGroup },
      '/CommonBlock/A0': { primaryRecipients: [to.dipId], secondaryRecipients: [], always: [] },
      '/CommonBlock/S1/senderCorrelationID': null,
      '/CustomBlock/B012': requestingSupplier(supplier),
      '/CustomBlock/B013': OMIT,
      '/CustomBlock/B092': { assignedMDRDIPID: assigned.dipId, assignedMDRMPID: assigned.mpid, assignedMDREffectiveFromDate: assigned.effectiveFrom },
      '/CustomBlock/B099': refusal ? { responseCode: 'R', responseMessages: [refusal] } : { responseCode: 'A', responseMessages: [] },
    }),
  };
}

/** IF-036: the appointment is active (COS-10), to the Supplier and the new service. */
export function appointmentActive(point: MeteringPoint, appointment: Appointment, to: PartyRef): Publication {
  const block = appointment.block;
  const incoming =
    appointment.kind === 'MS'
      ? { '/CustomBlock/B014': { incomingMeteringServiceDIPID: appointment.proposed.dipId, incomingMeteringServiceEffectiveFromDate: appointment.effectiveFrom, incomingMeteringServiceMPID: appointment.proposed.mpid, contractReferenceMeteringService: block.contractReferenceMeteringService ?? null, appointmentScenario: appointment.scenario } }
      : { '/CustomBlock/B015': { incomingDataServiceMPID: appointment.proposed.mpid, incomingDataServiceDIPID: appointment.proposed.dipId, incomingDataServiceEffectiveFromDate: appointment.effectiveFrom, contractReferenceDataService: block.contractReferenceDataService ?? null, appointmentScenario: appointment.scenario, traditionalFallBackReadFrequency: block.traditionalFallBackReadFrequency ?? null } };
  return {
    to,
    ...describeMessage('IF-036', EVENT[appointment.kind].active, { ...about(point, to, appointment.correlationId), '/CustomBlock/B012': requestingSupplier(appointment.supplier), ...incoming }),
  };
}

/** IF-037: the outgoing service is de-appointed (COS-11), reason CSUPP on a change of supplier. */
/** Who takes a reverse-migrated MPAN back under the legacy arrangements, and from when (MIG-06). */
export interface ReverseMigration {
  /** DT-003 instant the MPAN leaves the MHHS regime (DI-500). */
  readonly regimeEnd: string;
  readonly legacyMopMpid: string;
  readonly legacyDcMpid: string;
}

/**
 * IF-003 for a reverse migration (PROCESS-TABLES MIG-06): the outgoing MHHS Metering Service
 * and Data Service are de-appointed ([MSDeAppRM] with the incoming legacy MOP, [DSDeAppRM] with
 * the incoming legacy DC) and the outgoing Supplier is told ([ReverseMigNotification]).
 */
export function reverseMigration(point: MeteringPoint, migration: ReverseMigration, since: string, until: string): Publication[] {
  const common = (to: PartyRef) => ({
    '/CommonBlock/M0': { MPANCore: point.mpan, distributorDIPID: point.distributorDipId, GSPGroupID: point.gspGroup },
    '/CommonBlock/A0': { primaryRecipients: [to.dipId], secondaryRecipients: [], always: [] },
    '/CommonBlock/S1/senderCorrelationID': null,
  });
  const publications: Publication[] = [];
  const ms = point.meteringService;
  const ds = point.dataService;
  if (ms) {
    publications.push({
      to: ms,
      ...describeMessage('IF-003', '[MSDeAppRM]', {
        ...common(ms),
        '/CustomBlock/B008': { deAppointedMeteringServiceDIPID: ms.dipId, deAppointedMeteringServiceMPID: ms.mpid, meteringServiceEffectiveFromDate: since, meteringServiceEffectiveToDate: until, deAppointmentReasonCode: 'CSUPP' },
        '/CustomBlock/B095': { ReverseMigrationIncomingMOPMPID: migration.legacyMopMpid, ReverseMigrationIncomingMOPEffectiveFromDate: migration.regimeEnd },
      }),
    });
  }
  if (ds) {
    publications.push({
      to: ds,
      ...describeMessage('IF-003', '[DSDeAppRM]', {
        ...common(ds),
        '/CustomBlock/B009': { deAppointedDataServiceDIPID: ds.dipId, deAppointedDataServiceMPID: ds.mpid, dataServiceEffectiveFromDate: since, dataServiceEffectiveToDate: until, deAppointmentReasonCode: 'CSUPP' },
        '/CustomBlock/B096': { ReverseMigrationIncomingDCMPID: migration.legacyDcMpid, ReverseMigrationIncomingDCEffectiveFromDate: migration.regimeEnd },
      }),
    });
  }
  if (point.supplier) {
    publications.push({ to: point.supplier, ...describeMessage('IF-003', '[ReverseMigNotification]', { ...common(point.supplier), '/CustomBlock/B094': { MHHSRegimeEndDate: migration.regimeEnd } }) });
  }
  return publications;
}

export function deAppointment(point: MeteringPoint, kind: ServiceKind, outgoing: PartyRef, since: string, until: string, reason: string): Publication {
  const block =
    kind === 'MS'
      ? { '/CustomBlock/B008': { deAppointedMeteringServiceDIPID: outgoing.dipId, deAppointedMeteringServiceMPID: outgoing.mpid, meteringServiceEffectiveFromDate: since, meteringServiceEffectiveToDate: until, deAppointmentReasonCode: reason } }
      : { '/CustomBlock/B009': { deAppointedDataServiceDIPID: outgoing.dipId, deAppointedDataServiceMPID: outgoing.mpid, dataServiceEffectiveFromDate: since, dataServiceEffectiveToDate: until, deAppointmentReasonCode: reason } };
  return { to: outgoing, ...describeMessage('IF-037', EVENT[kind].deAppointed, { ...about(point, outgoing), ...block, '/CustomBlock/B010': OMIT, '/CustomBlock/B011': OMIT }) };
}

/** IF-045 reminding the registered Supplier that a service is missing (COS-15, REM-01), with why in B060. */
export function missingAppointmentReminder(point: MeteringPoint, kind: ServiceKind, eventCode: string): Publication {
  const supplier = point.supplier!;
  const service = kind === 'MS' ? 'Metering Service' : 'Data Service';
  return {
    to: supplier,
    interfaceID: 'IF-045',
    eventCode,
    fixed: {
      '/CommonBlock/M0': { MPANCore: point.mpan, distributorDIPID: point.distributorDipId, GSPGroupID: point.gspGroup },
      '/CommonBlock/A0': { primaryRecipients: [supplier.dipId], secondaryRecipients: [], always: [] },
      '/CommonBlock/S1/senderCorrelationID': null,
      '/CustomBlock/B060': { additionalInformation: `No ${service} is appointed for MPAN ${point.mpan}; this reminder repeats every 7 days until one is.` },
    },
  };
}

/** IF-039: the outcome of a Customer Direct Contract request (CRD-04) to the service that sent it, R0 A or R with the REG code. */
export function directContractOutcome(point: MeteringPoint, to: PartyRef, eventCode: string, kind: ServiceKind, block: Record<string, unknown> | undefined, refusal: string | undefined): Publication {
  return {
    to,
    interfaceID: 'IF-039',
    eventCode,
    fixed: {
      '/CommonBlock/M0': { MPANCore: point.mpan, distributorDIPID: point.distributorDipId, GSPGroupID: point.gspGroup },
      '/CommonBlock/A0': { primaryRecipients: [to.dipId], secondaryRecipients: [], always: [] },
      '/CommonBlock/S1/senderCorrelationID': null,
      '/CommonBlock/R0': refusal ? { responseCode: 'R', responseMessages: [refusal] } : { responseCode: 'A', responseMessages: [] },
      // An add's answer echoes the contract as recorded; a remove's carries M0 only.
      ...(block ? { [`/CustomBlock/${kind === 'MS' ? 'B020' : 'B021'}`]: block } : {}),
    },
  };
}

/**
 * IF-001: the registration is confirmed on Secured Active (COS-09), to the incoming Supplier:
 * [ChangeOfSupplier] with the outgoing Supplier's end (B003) when the MPAN had one, else
 * [InitialRegistration] (a new connection, NC-03).
 */
export function registrationConfirmed(point: MeteringPoint, incoming: PartyRef, supplyStartDate: string, cssRegistrationId: string, outgoing: PartyRef | undefined): Publication {
  const [year, month, day] = supplyStartDate.split('-').map(Number) as [number, number, number];
  const current = point.meteringService && point.dataService
    ? { currentMeteringServiceDIPID: point.meteringService.dipId, currentMeteringServiceMPID: point.meteringService.mpid, currentDataServiceDIPID: point.dataService.dipId, currentDataServiceMPID: point.dataService.mpid }
    : OMIT;
  return {
    to: incoming,
    ...describeMessage('IF-001', outgoing ? '[ChangeOfSupplier]' : '[InitialRegistration]', {
      ...about(point, incoming),
      '/CustomBlock/B013': { CSSRegistrationID: cssRegistrationId },
      '/CustomBlock/B002': { incomingSupplierDIPID: incoming.dipId, incomingSupplierMPID: incoming.mpid, supplierEffectiveFromDate: formatGbTimestamp(gbMidnightUtcMillis(year, month, day)) },
      ...(outgoing
        ? {
            '/CustomBlock/B003': { outgoingSupplierDIPID: outgoing.dipId, outgoingSupplierMPID: outgoing.mpid, supplierEffectiveToDate: formatGbTimestamp(gbMidnightUtcMillis(year, month, day - 1)) },
            '/CustomBlock/B005': current,
          }
        : {}),
    }),
  };
}
