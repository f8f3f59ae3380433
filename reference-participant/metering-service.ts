// The Metering Service's side of an appointment (PROCESS-TABLES §4.1 COS-04, §4.3 CMS-04):
// answer IF-033 [MSAppSPRequest] with IF-034 [MSAppSPResponse], accepting when the identity
// addressed serves the MPAN's market segment (B026), the meter types on site (B905List) and its
// GSP group (M0), else rejecting with SP005 (segment), SP006 (meter type) or SP007 (area). As proposed or incumbent MS it records IF-035,
// IF-036 and IF-037; the MTD hand-over IF-035 [IMS-SendMTD] asks for travels by DTN (out of scope).
import { pick } from './own/pick.ts';
import type { OwnIdentity } from './identities.ts';
import { block, type Inbound } from './inbound.ts';
import { ignored, type RoleContext, type RoleOutcome, serviceOf } from './roles.ts';
import type { ResponseTexts } from './response-codes.ts';
import type { ReferenceParticipantConfig } from './config.ts';

export interface AppointmentDecision {
  readonly responseCode: 'A' | 'R';
  readonly text: string;
  /** Why, in words, for the journal. */
  readonly reason: string;
}

export function decideAppointment(
  identity: OwnIdentity,
  segment: unknown,
  gspGroup: string,
  config: ReferenceParticipantConfig,
  texts: ResponseTexts,
  meterTypes: readonly string[] = [],
): AppointmentDecision {
  // The role fixes the segment (MSS Smart/Traditional, MSA Advanced); config may narrow it.
  const servesSegment = identity.segment !== undefined && identity.segment === segment && config.serves.segments.includes(identity.segment);
  if (!servesSegment) return { responseCode: 'R', text: texts.SP005, reason: `${identity.role} ${identity.dipId} does not serve market segment ${String(segment)}` };
  const unsupported = config.serves.meterTypes ? meterTypes.filter((type) => !config.serves.meterTypes!.includes(type)) : [];
  if (unsupported.length) return { responseCode: 'R', text: texts.SP006, reason: `meter type(s) ${unsupported.join(', ')} not supported` };
  if (!config.serves.gspGroups.includes(gspGroup)) return { responseCode: 'R', text: texts.SP007, reason: `GSP group ${gspGroup} is outside the operational area` };
  return { responseCode: 'A', text: texts.SP000, reason: `serves segment ${String(segment)} in GSP group ${gspGroup}` };
}

export function handleAsMeteringService(inbound: Inbound, context: RoleContext): RoleOutcome {
  const what = `${inbound.interfaceID} ${inbound.eventCode}`;
  switch (inbound.interfaceID) {
    case 'IF-033':
      return inbound.eventCode === '[MSAppSPRequest]' ? appointmentRequest(inbound, context) : ignored(what, 'Metering Service');
    // A reverse migration de-appoints the MHHS Metering Service (MIG-06).
    case 'IF-003':
      return inbound.eventCode === '[MSDeAppRM]' ? appointmentNews(inbound, context) : ignored(what, 'Metering Service');
    case 'IF-035':
    case 'IF-036':
    case 'IF-037':
      return inbound.eventCode === '[IMS-SendMTD]' || serviceOf(inbound.eventCode) === 'ms'
        ? appointmentNews(inbound, context)
        : ignored(what, 'Metering Service');
    default:
      return ignored(what, 'Metering Service');
  }
}

function appointmentRequest(inbound: Inbound, context: RoleContext): RoleOutcome {
  const { config, policy, texts, identity, outbox } = context;
  const m0 = inbound.m0!;
  const segment = pick(block(inbound, 'B026'), 'marketSegmentIndicator');
  // The meters already on site (B905List), as the SMRS lists them in the offer.
  const meters = pick(inbound.payload, 'CustomBlock', 'B905List');
  const meterTypes = Array.isArray(meters) ? meters.map((meter) => pick(meter, 'existingMeter', 'meterType')).filter((type): type is string => typeof type === 'string') : [];
  let decision = decideAppointment(identity, segment, m0.GSPGroupID, config, texts, meterTypes);
  const overridden = decision.responseCode === 'R' && policy.acceptsUnservable;
  if (overridden) decision = { responseCode: 'A', text: texts.SP000, reason: `fault accepts-unservable-appointment: ${decision.reason}` };
  const b013 = block(inbound, 'B013');
  const response = outbox.message({
    sender: identity,
    interfaceID: 'IF-034',
    eventCode: '[MSAppSPResponse]',
    recipient: inbound.senderDIPID,
    correlationID: inbound.correlationID,
    m0,
    customBlock: {
      B007: { responseCode: decision.responseCode, proposedAppointmentResponseCode: decision.text },
      B012: block(inbound, 'B012'),
      ...(b013 ? { B013: b013 } : {}),
      B070: block(inbound, 'B070'),
    },
    occasion: 'appointment-offer',
  });
  return {
    kind: 'handled',
    effects: [
      {
        party: 'meteringService',
        mpan: m0.MPANCore,
        event: `IF-033 ${decision.responseCode === 'A' ? 'accepted' : 'rejected'}`,
        set: {
          identity: identity.dipId,
          registrationService: inbound.senderDIPID,
          marketSegment: segment,
          GSPGroupID: m0.GSPGroupID,
          requestingSupplier: block(inbound, 'B012'),
          proposal: block(inbound, 'B070'),
          status: decision.responseCode === 'A' ? 'proposal-accepted' : 'proposal-rejected',
          decision: decision.text,
          responseReference: response?.senderUniqueReference,
        },
      },
    ],
    notes: [`IF-033 for ${m0.MPANCore}: IF-034 ${decision.text} (${decision.reason})`],
  };
}

const STATUS_BY_EVENT: Readonly<Record<string, string>> = {
  '[MSAppAccepted]': 'accepted',
  '[MSAppRejected]': 'rejected',
  '[MSAppLapsed]': 'lapsed',
  '[MSAppActive]': 'active',
  '[MSDeApp]': 'de-appointed',
  '[MSDeAppUpdate]': 'de-appointment-updated',
  '[MSDeAppRM]': 'de-appointed-reverse-migration',
};

/** How far an accepted offer has got; a notice of an earlier step delivered late never moves it back. */
const PROGRESS = ['proposal-accepted', 'accepted', 'active'];

/** Where the Metering Service declined the offer (IF-034 `R`), or heard it was rejected. */
const DECLINED = new Set(['proposal-rejected', 'rejected']);

function appointmentNews(inbound: Inbound, context: RoleContext): RoleOutcome {
  const mpan = inbound.m0?.MPANCore ?? '';
  const known = context.state.mpans.meteringService.get(mpan);
  if (!known) return { kind: 'unknown-mpan', mpan };
  const event = `${inbound.interfaceID} ${inbound.eventCode}`;
  if (inbound.eventCode === '[IMS-SendMTD]') {
    return {
      kind: 'handled',
      effects: [{ party: 'meteringService', mpan, event, set: { mtdHandOverRequested: true, incomingMeteringService: block(inbound, 'B070') ?? null } }],
      notes: [`${event} for ${mpan}: MTD hand-over requested; it travels by DTN (D0268, D0149/D0150), out of scope`],
    };
  }
  let status = STATUS_BY_EVENT[inbound.eventCode] ?? inbound.eventCode;
  const set: Record<string, unknown> = {};
  const b014 = block(inbound, 'B014');
  if (status === 'active' && b014 && b014.incomingMeteringServiceDIPID !== context.identity.dipId) {
    // IF-036 also reaches a Metering Service that is not the one becoming active.
    status = 'another-active';
  }
  const current = String(known.fields.status);
  // An acceptance or an activation of this MS's appointment, where it declined the offer.
  if ((status === 'accepted' || status === 'active') && DECLINED.has(current) && !context.policy.takesUnexpectedPublications) {
    return { kind: 'unexpected', mpan, reason: `the Metering Service declined this appointment (${String(known.fields.decision ?? current)}), so it cannot be ${status === 'active' ? 'made active' : 'accepted'}` };
  }
  if (status === 'active' && current === 'proposal-accepted' && context.policy.refusesOutOfOrderActivation) {
    return { kind: 'unexpected', mpan, reason: 'the appointment has not been confirmed accepted (no IF-035 yet), so it cannot become active' };
  }
  if (b014) set.activeFrom = b014.incomingMeteringServiceEffectiveFromDate;
  const b008 = block(inbound, 'B008');
  if (b008) set.deAppointment = { effectiveTo: b008.meteringServiceEffectiveToDate, reason: b008.deAppointmentReasonCode };
  const b095 = block(inbound, 'B095');
  if (b095) set.incomingLegacyMop = { mpid: b095.ReverseMigrationIncomingMOPMPID, from: b095.ReverseMigrationIncomingMOPEffectiveFromDate };
  const b007 = block(inbound, 'B007');
  if (b007) set.outcome = { responseCode: b007.responseCode, proposedAppointmentResponseCode: b007.proposedAppointmentResponseCode };
  if (PROGRESS.indexOf(status) !== -1 && PROGRESS.indexOf(status) < PROGRESS.indexOf(current)) {
    return { kind: 'handled', effects: [{ party: 'meteringService', mpan, event, set }], notes: [`${event} for ${mpan}: arrived after the later notice; stays ${current}`] };
  }
  return { kind: 'handled', effects: [{ party: 'meteringService', mpan, event, set: { ...set, status } }], notes: [`${event} for ${mpan}: ${status}`] };
}
