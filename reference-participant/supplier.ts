// The Supplier's side of Change of Supplier (PROCESS-TABLES §4.1): on IF-002 [GainMPANInfo]
// it asks the Registration Service to appoint its chosen Metering Service and Data Service
// (IF-031 [MSApp] and [DSApp], REC 22.6.1), then records how the appointment chain goes:
// IF-032 initial response, IF-035 outcome, IF-036 active, IF-037 de-appointment. A reminder
// that a service is missing (IF-045 [NoMSAppointed] / [NoDSAppointed], COS-15) is acted on by
// asking for the appointment (IF-031, scenario CSP) unless one is already under way.
import { gbDateAfter, gbLocalMidnight } from '../src/builders/identifiers.ts';
import { isTimestampProblem, parseOffsetTimestamp } from '../src/time/gb-time.ts';
import { appointmentRequestBlock } from './appointment-request.ts';
import { proposedEffectiveFrom } from './effective-date.ts';
import { block, type Inbound } from './inbound.ts';
import { pick } from './own/pick.ts';
import { ignored, type RoleContext, type RoleOutcome, serviceOf } from './roles.ts';

/** Statuses after which a new registration update may ask for appointments again. */
const FINISHED = new Set(['initial-rejected', 'rejected', 'lapsed']);

export function handleAsSupplier(inbound: Inbound, context: RoleContext): RoleOutcome {
  const what = `${inbound.interfaceID} ${inbound.eventCode}`;
  switch (inbound.interfaceID) {
    case 'IF-002':
      return inbound.eventCode === '[GainMPANInfo]' ? gain(inbound, context) : ignored(what, 'Supplier');
    case 'IF-045':
      return reminder(inbound, context);
    case 'IF-001':
      return registrationConfirmed(inbound, context);
    case 'IF-041':
      return reading(inbound, context);
    case 'IF-032':
    case 'IF-035':
    case 'IF-036':
    case 'IF-037':
      return appointmentNews(inbound, context);
    default:
      return ignored(what, 'Supplier');
  }
}

function gain(inbound: Inbound, context: RoleContext): RoleOutcome {
  const { config, outbox, identity, now } = context;
  const m0 = inbound.m0!;
  const mpan = m0.MPANCore;
  const cssRegistrationID = pick(block(inbound, 'B013'), 'CSSRegistrationID');
  const segment = pick(block(inbound, 'B026'), 'marketSegmentIndicator');
  const known = context.state.mpans.supplier.get(mpan)?.fields;
  const gainFields = {
    gainPending: true,
    cssRegistrationID,
    registrationService: inbound.senderDIPID,
    marketSegment: segment,
    GSPGroupID: m0.GSPGroupID,
    distributorDIPID: m0.distributorDIPID,
  };
  const sameRegistration = known !== undefined && known.cssRegistrationID === cssRegistrationID;
  // A registration update for a gain already being appointed must not supersede the requests
  // in flight (REG1089); only a finished (rejected or lapsed) appointment is asked for again.
  // The re-requests-on-gain-update fault asks again whatever is in flight.
  const inFlight = sameRegistration && known.msStatus !== undefined && !FINISHED.has(String(known.msStatus)) && !FINISHED.has(String(known.dsStatus));
  if (inFlight && !context.policy.asksAgainWhileInFlight) {
    return {
      kind: 'handled',
      effects: [{ party: 'supplier', mpan, event: 'IF-002 update', set: gainFields }],
      notes: [`IF-002 for ${mpan}: appointments for CSS registration ${String(cssRegistrationID)} already requested`],
    };
  }
  // The supply start date the Supplier gave CSS for this registration (test hook css-registration).
  const registeredStart = sameRegistration && typeof known.supplyStartDate === 'string' ? known.supplyStartDate : undefined;
  const effectiveFrom = proposedEffectiveFrom(inbound.payload, registeredStart, now);
  // A gain of an MPAN not yet migrated to MHHS (the Supplier learnt it outside the DIP, MIG-04)
  // migrates it alongside the switch: scenario MCS, not COS (MIG-05; COS there is REG9009).
  const scenario = sameRegistration && known.migrateOnGain === true ? 'MCS' : 'COS';
  const meteringService = segment === 'A' ? config.appointAdvancedMeteringService : config.appointMeteringService;
  const dataService = config.appointDataService;
  const b013 = typeof cssRegistrationID === 'string' ? { B013: { CSSRegistrationID: cssRegistrationID } } : {};
  const common = { sender: identity, interfaceID: 'IF-031', recipient: inbound.senderDIPID, correlationID: inbound.correlationID, m0, occasion: 'gain' as const };
  const msApp = outbox.message({
    ...common,
    eventCode: '[MSApp]',
    customBlock: { ...b013, ...appointmentRequestBlock(config, 'MS', meteringService, effectiveFrom, scenario) },
  });
  const dsApp = outbox.message({
    ...common,
    eventCode: '[DSApp]',
    customBlock: { ...b013, ...appointmentRequestBlock(config, 'DS', dataService, effectiveFrom, scenario) },
  });
  return {
    kind: 'handled',
    effects: [
      {
        party: 'supplier',
        mpan,
        event: 'IF-002 gain',
        set: {
          ...gainFields,
          effectiveFrom,
          msStatus: 'requested',
          msProposed: meteringService,
          msRequestReference: msApp?.senderUniqueReference,
          dsStatus: 'requested',
          dsProposed: { dipId: dataService.dipId, mpid: dataService.mpid },
          dsRequestReference: dsApp?.senderUniqueReference,
        },
      },
    ],
    notes: [`IF-002 gain for ${mpan}: IF-031 [MSApp] (${meteringService.dipId}) and [DSApp] (${dataService.dipId}), scenario ${scenario}, from ${effectiveFrom}`],
  };
}

/**
 * IF-001 on Secured Active (COS-09): the registration of an MPAN we are gaining is confirmed, from
 * the supply start date in B002. Recorded on the MPAN; an MPAN we never asked for is RCP1061.
 */
function registrationConfirmed(inbound: Inbound, context: RoleContext): RoleOutcome {
  const mpan = inbound.m0?.MPANCore ?? '';
  // The if001-unknown-mpan fault: the confirmation is looked up where the gain is not kept.
  if (!context.state.mpans.supplier.has(mpan) || context.policy.disownsRegistrationConfirmation) return { kind: 'unknown-mpan', mpan };
  const event = `${inbound.interfaceID} ${inbound.eventCode}`;
  const from = pick(block(inbound, 'B002'), 'supplierEffectiveFromDate');
  return {
    kind: 'handled',
    effects: [{ party: 'supplier', mpan, event, set: { registered: true, gainPending: false, registeredFrom: from ?? null } }],
    notes: [`${event} for ${mpan}: registered from ${String(from)}`],
  };
}

/**
 * IF-041 to the Supplier: a cumulative read of an MPAN it supplies, is gaining, or has just lost
 * (the Change of Supplier read goes to both Suppliers, COS-16). Recorded; an MPAN it never had is RCP1061.
 */
function reading(inbound: Inbound, context: RoleContext): RoleOutcome {
  const mpan = inbound.m0?.MPANCore ?? '';
  const known = context.state.mpans.supplier.get(mpan);
  // The disowns-closing-read fault: a Change of Supplier read of an MPAN it is not gaining is taken for a stranger's.
  const closing = inbound.eventCode === '[ReadingCOS]' && known?.fields.gainPending !== true && known?.fields.registered !== true;
  if (!known || (closing && context.policy.disownsClosingRead)) return { kind: 'unknown-mpan', mpan };
  const event = `${inbound.interfaceID} ${inbound.eventCode}`;
  const reads = Array.isArray(inbound.custom.B064List) ? inbound.custom.B064List : [];
  return {
    kind: 'handled',
    effects: [{ party: 'supplier', mpan, event, set: { lastReading: { eventCode: inbound.eventCode, transactionID: inbound.transactionID, reads } } }],
    notes: [`${event} for ${mpan}: ${reads.length} cumulative read(s) recorded`],
  };
}

/** Appointment statuses of a request still under way: a reminder must not supersede it (REG1089). */
const UNDER_WAY = new Set(['requested', 'initial-accepted', 'accepted']);

const MISSING_SERVICE: Readonly<Record<string, 'MS' | 'DS'>> = { '[NoMSAppointed]': 'MS', '[NoDSAppointed]': 'DS' };

/**
 * IF-045: the Registration Service finds no Metering (or Data) Service appointed for an MPAN we
 * supply. The Supplier appoints its chosen provider with scenario CSP from the next local
 * midnight after the reminder (not in the past: REG1034), once: a repeated reminder while that request is under
 * way changes nothing. The other reminders (segment, consent) are recorded for a person.
 */
function reminder(inbound: Inbound, context: RoleContext): RoleOutcome {
  const mpan = inbound.m0?.MPANCore ?? '';
  const event = `${inbound.interfaceID} ${inbound.eventCode}`;
  const known = context.state.mpans.supplier.get(mpan);
  if (!known) return { kind: 'unknown-mpan', mpan };
  const service = MISSING_SERVICE[inbound.eventCode];
  const additionalInformation = pick(block(inbound, 'B060'), 'additionalInformation');
  const recorded = { kind: 'handled' as const, effects: [{ party: 'supplier' as const, mpan, event, set: { lastReminder: inbound.eventCode, lastReminderText: additionalInformation ?? null } }] };
  if (!service) return { ...recorded, notes: [`${event} for ${mpan} recorded for the back office`] };
  // The ignores-if045 fault: the reminder is recorded and nothing is done about it.
  if (context.policy.ignoresMissingServiceReminders) return { ...recorded, notes: [`${event} for ${mpan} recorded; not acted on`] };
  const prefix = service.toLowerCase();
  const status = String(known.fields[`${prefix}Status`] ?? '');
  if (UNDER_WAY.has(status)) return { ...recorded, notes: [`${event} for ${mpan}: the ${service} appointment is already ${status}; not asked again`] };
  const { config, outbox, identity, now } = context;
  const segment = known.fields.marketSegment === 'A' ? 'A' : 'S';
  const chosen = service === 'DS' ? config.appointDataService : segment === 'A' ? config.appointAdvancedMeteringService : config.appointMeteringService;
  // The day after the reminder was sent, by the Registration Service's clock (S1.senderTimestamp),
  // and never before our own tomorrow: the request fits the calendar REG1034 is judged on.
  const sentAt = pick(inbound.payload, 'CommonBlock', 'S1', 'senderTimestamp');
  const parsed = typeof sentAt === 'string' ? parseOffsetTimestamp(sentAt) : undefined;
  const effectiveFrom = gbLocalMidnight(gbDateAfter(parsed && !isTimestampProblem(parsed) ? Math.max(parsed.utcMillis, now) : now, 1));
  const request = outbox.message({
    sender: identity,
    interfaceID: 'IF-031',
    eventCode: service === 'MS' ? '[MSApp]' : '[DSApp]',
    recipient: inbound.senderDIPID,
    correlationID: inbound.correlationID,
    m0: inbound.m0!,
    customBlock: appointmentRequestBlock(config, service, chosen, effectiveFrom, 'CSP'),
    occasion: 'reminder',
  });
  return {
    kind: 'handled',
    effects: [
      {
        party: 'supplier',
        mpan,
        event,
        set: { ...recorded.effects[0]!.set, [`${prefix}Status`]: 'requested', [`${prefix}Proposed`]: { dipId: chosen.dipId, mpid: chosen.mpid }, [`${prefix}RequestReference`]: request?.senderUniqueReference },
      },
    ],
    notes: [`${event} for ${mpan}: IF-031 ${service === 'MS' ? '[MSApp]' : '[DSApp]'} (${chosen.dipId}, CSP) from ${effectiveFrom}`],
  };
}

const OUTCOME_STATUS: Readonly<Record<string, string>> = {
  AppAccepted: 'accepted',
  AppRejected: 'rejected',
  AppLapsed: 'lapsed',
  AppActive: 'active',
  DeApp: 'de-appointed',
  DeAppUpdate: 'de-appointment-updated',
};

/**
 * How far a requested appointment has got. The DIP may deliver the notices out of order (an
 * IF-036 before the IF-035 it follows); a notice of an earlier step never moves it back.
 */
const PROGRESS = ['requested', 'initial-accepted', 'accepted', 'active'];

/** Answers to the Supplier's own IF-031: without a request of its, one is unexpected (RCP1062). */
const ANSWERS_TO_REQUEST = new Set(['IF-032', 'IF-035']);

const SERVICE_NAME = { ms: 'Metering Service', ds: 'Data Service' } as const;

function appointmentNews(inbound: Inbound, context: RoleContext): RoleOutcome {
  const mpan = inbound.m0?.MPANCore ?? '';
  const known = context.state.mpans.supplier.get(mpan);
  if (!known) return { kind: 'unknown-mpan', mpan };
  const service = serviceOf(inbound.eventCode);
  const event = `${inbound.interfaceID} ${inbound.eventCode}`;
  if (!service) {
    // [IMS-SendMTD], [SDS-MDROutcome], [DCC-MDROutcome]: kept on the MPAN's history only.
    return { kind: 'handled', effects: [{ party: 'supplier', mpan, event, set: {} }], notes: [`${event} for ${mpan} recorded`] };
  }
  const current = known.fields[`${service}Status`];
  if (ANSWERS_TO_REQUEST.has(inbound.interfaceID) && current === undefined && !context.policy.takesUnexpectedPublications) {
    return { kind: 'unexpected', mpan, reason: `the Supplier has asked for no ${SERVICE_NAME[service]} appointment for this MPAN (it sent no IF-031 ${service === 'ms' ? '[MSApp]' : '[DSApp]'}), so there is no request for this to answer` };
  }
  if (inbound.interfaceID === 'IF-036' && context.policy.refusesOutOfOrderActivation && (current === 'requested' || current === 'initial-accepted')) {
    return { kind: 'unexpected', mpan, reason: `the ${SERVICE_NAME[service]} appointment has not been accepted (no IF-035 yet), so it cannot become active` };
  }
  const detail: Record<string, unknown> = { interfaceID: inbound.interfaceID, eventCode: inbound.eventCode, transactionID: inbound.transactionID };
  let status: string;
  if (inbound.interfaceID === 'IF-032') {
    const r0 = pick(inbound.payload, 'CommonBlock', 'R0') as { responseCode?: string; responseMessages?: unknown[] } | undefined;
    // R0 is optional in IF-032: without it the request passed the Registration Service's checks.
    const code = r0?.responseCode ?? 'A';
    detail.responseCode = code;
    detail.responseMessages = r0?.responseMessages ?? [];
    status = code === 'R' ? 'initial-rejected' : 'initial-accepted';
  } else {
    const b007 = block(inbound, 'B007');
    if (b007) detail.outcome = { responseCode: b007.responseCode, proposedAppointmentResponseCode: b007.proposedAppointmentResponseCode };
    for (const name of ['B008', 'B009', 'B014', 'B015']) if (block(inbound, name)) detail[name] = block(inbound, name);
    status = OUTCOME_STATUS[inbound.eventCode.slice(3, -1)] ?? inbound.eventCode;
  }
  const behind = PROGRESS.indexOf(status) !== -1 && PROGRESS.indexOf(status) < PROGRESS.indexOf(String(current));
  if (behind) {
    return {
      kind: 'handled',
      effects: [{ party: 'supplier', mpan, event, set: { [`${service}Last`]: detail } }],
      notes: [`${event} for ${mpan}: arrived after the later notice; ${service.toUpperCase()} appointment stays ${String(current)}`],
    };
  }
  const note =
    status === 'initial-rejected'
      ? `${event} for ${mpan}: rejected, R0 ${JSON.stringify(detail.responseMessages)}`
      : `${event} for ${mpan}: ${service.toUpperCase()} appointment ${status}`;
  return {
    kind: 'handled',
    effects: [{ party: 'supplier', mpan, event, set: { [`${service}Status`]: status, [`${service}Last`]: detail } }],
    notes: [note],
  };
}
