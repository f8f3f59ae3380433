// The Data Service's side of an appointment (PROCESS-TABLES §4.4 CDS-02, CDS-03): answer IF-033
// [DSAppSPRequest] with IF-034 [DSAppSPResponse]. The identity addressed (SDS Smart S, ADS
// Advanced A) rejects a market segment (B026) it does not serve with SP005 and a GSP group (M0)
// outside its area with SP007. A Smart Data Service also rejects a Supplier-nominated MDR it does
// not support (DS001) and a missing traditional / fall-back read frequency (DS003), and when it
// accepts it names the MDR that will retrieve the data (B018): the Supplier's nominee, else
// itself when it is its own MDR, else the first MDR it works with. As proposed or incumbent DS it
// records IF-035, IF-036, IF-037 and IF-003 [DSDeAppRM], and keeps from them the days it is
// appointed. For settlement it keeps the load shapes the LSS pushes (IF-022) and answers the MDS's
// refusals and defaults (IF-014, IF-013) with its settlement data (settlement-data.ts).
// The SMRS's outcome of its own MDR change (IF-035 [SDS-MDROutcome]) is recorded by mdr-change.ts.
// A Supplier's consumption amendment request (IF-027) it answers with IF-028 (consumption-amendment.ts).
// The DIP's replay of an Advanced MPAN's consumption (IF-016) is taken by consumption-replay.ts.
import type { ReferenceParticipantConfig, ServiceProviderChoice } from './config.ts';
import type { OwnIdentity } from './identities.ts';
import { block, type Inbound } from './inbound.ts';
import type { AppointmentDecision } from './metering-service.ts';
import { pick } from './own/pick.ts';
import type { ResponseTexts } from './response-codes.ts';
import { ignored, type RoleContext, type RoleOutcome, serviceOf } from './roles.ts';
import { mdrOutcomeReceived } from './mdr-change.ts';
import { consumptionReplayed } from './consumption-replay.ts';
import { consumptionAmendmentRequested } from './consumption-amendment.ts';
import { appointmentFacts, consumptionDefaulted, consumptionRejected, loadShapesReceived } from './settlement-data.ts';

/** IF-034 B018: the MDR a Smart Data Service names when it accepts. */
export interface NominatedMdr {
  readonly SDSNominatedMDRDIPID: string;
  readonly SDSNominatedMDRMPID: string;
  readonly SDSNominatedMDRRequestedEffectiveFromDate: string;
}

export interface DataServiceDecision extends AppointmentDecision {
  /** The MDR an accepting Smart Data Service names; undefined for an ADS or a rejection. */
  readonly mdr: NominatedMdr | undefined;
}

/** What IF-033 [DSAppSPRequest] offers: B026's segment, M0's GSP group and B071's proposal. */
export interface DataServiceOffer {
  readonly segment: unknown;
  readonly gspGroup: string;
  readonly proposal: Record<string, unknown> | undefined;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The MDR the Supplier nominated, when the Smart Data Service works with it: a listed MDR, or itself as its own MDR. */
function supportedMdr(identity: OwnIdentity, config: ReferenceParticipantConfig, dipId: string): ServiceProviderChoice | undefined {
  const { ownMdr, mdrs } = config.meterDataRetrievers;
  if (ownMdr && dipId === identity.dipId) return { dipId: identity.dipId, mpid: identity.mpid };
  return mdrs.find((mdr) => mdr.dipId === dipId);
}

/** Whom a Smart Data Service names when the Supplier nominated no MDR: itself when it is its own MDR, else the first it works with. */
function ownChoiceOfMdr(identity: OwnIdentity, config: ReferenceParticipantConfig): ServiceProviderChoice | undefined {
  const { ownMdr, mdrs } = config.meterDataRetrievers;
  return ownMdr ? { dipId: identity.dipId, mpid: identity.mpid } : mdrs[0];
}

export function decideDataServiceAppointment(identity: OwnIdentity, offer: DataServiceOffer, config: ReferenceParticipantConfig, texts: ResponseTexts): DataServiceDecision {
  const reject = (text: string, reason: string): DataServiceDecision => ({ responseCode: 'R', text, reason, mdr: undefined });
  // The role fixes the segment (SDS Smart/Traditional, ADS Advanced); config may narrow it.
  const servesSegment = identity.segment !== undefined && identity.segment === offer.segment && config.serves.segments.includes(identity.segment);
  if (!servesSegment) return reject(texts.SP005, `${identity.role} ${identity.dipId} does not serve market segment ${String(offer.segment)}`);
  if (!config.serves.gspGroups.includes(offer.gspGroup)) return reject(texts.SP007, `GSP group ${offer.gspGroup} is outside the operational area`);
  const accepted = `serves segment ${String(offer.segment)} in GSP group ${offer.gspGroup}`;
  if (identity.role !== 'SDS') return { responseCode: 'A', text: texts.SP000, reason: accepted, mdr: undefined };

  const nominated = text(pick(offer.proposal, 'supplierNominatedMDRDIPID'));
  const supported = nominated === undefined ? undefined : supportedMdr(identity, config, nominated);
  if (nominated !== undefined && !supported) return reject(texts.DS001, `the Supplier nominated MDR ${nominated}, which this Smart Data Service does not work with`);
  const frequency = pick(offer.proposal, 'traditionalFallBackReadFrequency');
  if (frequency === null || frequency === undefined) return reject(texts.DS003, 'no traditional / fall-back read frequency was given');
  const mdr = supported ?? ownChoiceOfMdr(identity, config);
  if (!mdr) return reject(texts.DS001, 'the Supplier nominated no MDR, and this Smart Data Service has none to name (meterDataRetrievers: ownMdr false, no mdrs)');
  const effectiveFrom = String(pick(offer.proposal, 'proposedDataServiceDIPEffectiveFromDate'));
  const named = supported ? "the Supplier's nominee" : mdr.dipId === identity.dipId ? 'itself, its own MDR' : 'the first MDR it works with';
  return {
    responseCode: 'A',
    text: texts.SP000,
    reason: `${accepted}; names MDR ${mdr.dipId} (${named})`,
    mdr: { SDSNominatedMDRDIPID: mdr.dipId, SDSNominatedMDRMPID: mdr.mpid, SDSNominatedMDRRequestedEffectiveFromDate: effectiveFrom },
  };
}

export function handleAsDataService(inbound: Inbound, context: RoleContext): RoleOutcome {
  const what = `${inbound.interfaceID} ${inbound.eventCode}`;
  switch (inbound.interfaceID) {
    case 'IF-033':
      return inbound.eventCode === '[DSAppSPRequest]' ? appointmentRequest(inbound, context) : ignored(what, 'Data Service');
    // A reverse migration de-appoints the MHHS Data Service.
    case 'IF-003':
      return inbound.eventCode === '[DSDeAppRM]' ? appointmentNews(inbound, context) : ignored(what, 'Data Service');
    case 'IF-035':
      // [DCC-MDROutcome] follows the DCC's side of an MDR change, which this Data Service does not act on.
      if (inbound.eventCode === '[SDS-MDROutcome]') return mdrOutcomeReceived(inbound, context);
      return serviceOf(inbound.eventCode) === 'ds' ? appointmentNews(inbound, context) : ignored(what, 'Data Service');
    case 'IF-036':
    case 'IF-037':
      return serviceOf(inbound.eventCode) === 'ds' ? appointmentNews(inbound, context) : ignored(what, 'Data Service');
    case 'IF-022':
      return inbound.eventCode === '[LSSPeriodData]' ? loadShapesReceived(inbound, context) : ignored(what, 'Data Service');
    case 'IF-014':
      return inbound.eventCode === '[ActivePowerRejected]' ? consumptionRejected(inbound, context) : ignored(what, 'Data Service');
    case 'IF-013':
      return inbound.eventCode === '[ActivePowerDefaulted]' ? consumptionDefaulted(inbound, context) : ignored(what, 'Data Service');
    case 'IF-016':
      return consumptionReplayed(inbound, context);
    case 'IF-027':
      return inbound.eventCode === '[ConsumptionAmendment]' ? consumptionAmendmentRequested(inbound, context) : ignored(what, 'Data Service');
    default:
      return ignored(what, 'Data Service');
  }
}

function appointmentRequest(inbound: Inbound, context: RoleContext): RoleOutcome {
  const { config, texts, identity, outbox } = context;
  const m0 = inbound.m0!;
  const segment = pick(block(inbound, 'B026'), 'marketSegmentIndicator');
  const proposal = block(inbound, 'B071');
  const decision = decideDataServiceAppointment(identity, { segment, gspGroup: m0.GSPGroupID, proposal }, config, texts);
  const b013 = block(inbound, 'B013');
  const response = outbox.message({
    sender: identity,
    interfaceID: 'IF-034',
    eventCode: '[DSAppSPResponse]',
    recipient: inbound.senderDIPID,
    correlationID: inbound.correlationID,
    m0,
    customBlock: {
      B007: { responseCode: decision.responseCode, proposedAppointmentResponseCode: decision.text },
      B012: block(inbound, 'B012'),
      ...(b013 ? { B013: b013 } : {}),
      B071: proposal,
      ...(decision.mdr ? { B018: decision.mdr } : {}),
    },
    occasion: 'ds-appointment-offer',
  });
  return {
    kind: 'handled',
    effects: [
      {
        party: 'dataService',
        mpan: m0.MPANCore,
        event: `IF-033 ${decision.responseCode === 'A' ? 'accepted' : 'rejected'}`,
        set: {
          identity: identity.dipId,
          registrationService: inbound.senderDIPID,
          marketSegment: segment,
          GSPGroupID: m0.GSPGroupID,
          requestingSupplier: block(inbound, 'B012'),
          proposal,
          status: decision.responseCode === 'A' ? 'proposal-accepted' : 'proposal-rejected',
          decision: decision.text,
          mdr: decision.mdr ?? null,
          // None when a fault keeps the answer back (faults/data-service.ts).
          responseReference: response?.senderUniqueReference ?? null,
        },
      },
    ],
    notes: [`IF-033 [DSAppSPRequest] for ${m0.MPANCore}: IF-034 ${decision.text} (${decision.reason})`],
  };
}

const STATUS_BY_EVENT: Readonly<Record<string, string>> = {
  '[DSAppAccepted]': 'accepted',
  '[DSAppRejected]': 'rejected',
  '[DSAppLapsed]': 'lapsed',
  '[DSAppActive]': 'active',
  '[DSDeApp]': 'de-appointed',
  '[DSDeAppUpdate]': 'de-appointment-updated',
  '[DSDeAppRM]': 'de-appointed-reverse-migration',
};

/** How far an accepted offer has got; a notice of an earlier step delivered late never moves it back. */
const PROGRESS = ['proposal-accepted', 'accepted', 'active'];

/** Where the Data Service declined the offer (IF-034 `R`), or heard it was rejected. */
const DECLINED = new Set(['proposal-rejected', 'rejected']);

function appointmentNews(inbound: Inbound, context: RoleContext): RoleOutcome {
  const mpan = inbound.m0?.MPANCore ?? '';
  const known = context.state.mpans.dataService.get(mpan);
  const b015 = block(inbound, 'B015');
  // The Registration Service's word that this Data Service is now active is taken even for an
  // MPAN it had no offer for (an appointment agreed before its journal began): it must send that
  // MPAN's settlement data from then on. Any other news of an unknown MPAN gets RCP1061.
  const activatesUs = inbound.eventCode === '[DSAppActive]' && b015?.incomingDataServiceDIPID === context.identity.dipId;
  if (!known && !activatesUs) return { kind: 'unknown-mpan', mpan };
  const event = `${inbound.interfaceID} ${inbound.eventCode}`;
  let status = STATUS_BY_EVENT[inbound.eventCode] ?? inbound.eventCode;
  const set: Record<string, unknown> = known ? {} : { identity: context.identity.dipId, registrationService: inbound.senderDIPID, GSPGroupID: inbound.m0?.GSPGroupID, requestingSupplier: block(inbound, 'B012') };
  if (status === 'active' && b015 && b015.incomingDataServiceDIPID !== context.identity.dipId) {
    // IF-036 also reaches a Data Service that is not the one becoming active.
    status = 'another-active';
  }
  const current = String(known?.fields.status ?? 'unknown');
  // An acceptance or an activation of this DS's appointment, where it declined the offer.
  if ((status === 'accepted' || status === 'active') && DECLINED.has(current)) {
    return { kind: 'unexpected', mpan, reason: `the Data Service declined this appointment (${String(known?.fields.decision ?? current)}), so it cannot be ${status === 'active' ? 'made active' : 'accepted'}` };
  }
  if (b015) set.activeFrom = b015.incomingDataServiceEffectiveFromDate;
  const b019 = block(inbound, 'B019');
  if (b019) set.assignedMdr = { dipId: b019.assignedMDRDIPID, mpid: b019.assignedMDRMPID, from: b019.assignedMDREffectiveFromDate };
  const b009 = block(inbound, 'B009');
  if (b009) set.deAppointment = { effectiveTo: b009.dataServiceEffectiveToDate, reason: b009.deAppointmentReasonCode };
  const b011 = block(inbound, 'B011');
  if (b011) set.incomingDataService = { dipId: b011.incomingDataServiceDIPID, mpid: b011.incomingDataServiceMPID, from: b011.incomingDataServiceEffectiveFromDate };
  const b096 = block(inbound, 'B096');
  if (b096) set.incomingLegacyDc = { mpid: b096.ReverseMigrationIncomingDCMPID, from: b096.ReverseMigrationIncomingDCEffectiveFromDate };
  const b007 = block(inbound, 'B007');
  if (b007) set.outcome = { responseCode: b007.responseCode, proposedAppointmentResponseCode: b007.proposedAppointmentResponseCode };
  // The days it is appointed, for its settlement data.
  const settlement = appointmentFacts(inbound, context.identity);
  if (PROGRESS.indexOf(status) !== -1 && PROGRESS.indexOf(status) < PROGRESS.indexOf(current)) {
    return { kind: 'handled', effects: [{ party: 'dataService', mpan, event, set }], notes: [`${event} for ${mpan}: arrived after the later notice; stays ${current}`], settlement };
  }
  return { kind: 'handled', effects: [{ party: 'dataService', mpan, event, set: { ...set, status } }], notes: [`${event} for ${mpan}: ${status}`], settlement };
}
