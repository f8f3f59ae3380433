// The Metering Service's side of the appointment chain: a Supplier the suite plays proposes
// the participant, the SMRS offers it (IF-033), and the participant must answer (IF-034)
// as its capability declaration says.
import { buildMessage } from '../builders/message-builder.ts';
import type { MarketSegment } from '../../mocks/smrs/metering-points.ts';
import { roleOf } from '../profile/participant-profile.ts';
import { SIMULATED } from '../stage/simulated-parties.ts';
import { formatGbTimestamp, gbDate, gbMidnightUtcMillis, MILLIS } from '../time/gb-time.ts';
import { PROCESS_CHECKS } from '../findings/check-registry.ts';
import { findingOf } from '../rules/rule.ts';
import { expectField, fieldOfReceived } from './appointment-steps.ts';
import { recordPushesSince } from './dip-pushes.ts';
import type { ScenarioContext } from './scenario-context.ts';
import { Inconclusive, ParticipantDefect } from './verdicts.ts';

const SUPPLY_START_DAYS_AHEAD = 7;

/** A Change of Supplier to a Supplier the suite plays, starting a week ahead. */
export async function anotherSupplierIsGaining(context: ScenarioContext): Promise<void> {
  const ssd = gbDate(context.stage.clock.now() + SUPPLY_START_DAYS_AHEAD * MILLIS.DAY);
  context.supplyStartDate = ssd;
  context.cssRegistrationId = context.stage.newCssRegistrationId();
  const { dipId, mpid } = SIMULATED.gainingSupplier;
  await context.stage.smrs.switchPending(context.mpan, { dipId, mpid }, ssd, context.cssRegistrationId);
}

/** A GSP group the participant's Metering Service does not operate in, or inconclusive when it serves them all. */
export function areaNotServed(context: ScenarioContext): string {
  const served = new Set(context.stage.options.profile.capabilities.gspGroups);
  const outside = ['_P', '_N', '_A', '_B', '_C', '_D', '_E', '_F', '_G', '_H', '_J', '_K', '_L', '_M'].find((group) => !served.has(group));
  if (!outside) throw new Inconclusive('the profile declares every GSP group as served, so there is no area to be refused');
  return outside;
}

/** A meter type (DI-059) the participant does not support, or inconclusive when it declares them all. */
export function meterTypeNotSupported(context: ScenarioContext): string {
  const supported = context.stage.options.profile.capabilities.meterTypes;
  const types = context.stage.options.spec.resolver.at('DataCatalogue-unresolved.yaml', '/components/schemas/DI-059-Meter-Type').enum as string[];
  const unsupported = supported ? types.find((type) => !supported.includes(type)) : undefined;
  if (!unsupported) throw new Inconclusive('the profile declares no meter type the Metering Service does not support (capabilities.meterTypes)');
  return unsupported;
}

/** The gaining Supplier (simulated) asks the SMRS to appoint a Metering Service: the participant's, or another. */
export async function gainingSupplierProposes(context: ScenarioContext, proposed: 'participant' | { dipId: string; mpid: string }): Promise<void> {
  const point = context.point!;
  const ms = proposed === 'participant' ? roleOf(context.stage.options.profile, point.segment === 'S' ? 'MSS' : 'MSA') : proposed;
  if (!ms) throw new Inconclusive(`the profile declares no ${point.segment === 'S' ? 'Smart (MSS)' : 'Advanced (MSA)'} Metering Service`);
  const [year, month, day] = context.supplyStartDate!.split('-').map(Number) as [number, number, number];
  const { stage } = context;
  const now = stage.clock.now();
  const payload = buildMessage(stage.options.spec, {
    faker: stage.faker,
    interfaceID: 'IF-031',
    eventCode: '[MSApp]',
    now,
    sender: { dipId: SIMULATED.gainingSupplier.dipId, role: 'SUP' },
    fixed: {
      '/CommonBlock/M0': { MPANCore: point.mpan, distributorDIPID: point.distributorDipId, GSPGroupID: point.gspGroup },
      '/CommonBlock/A0': { primaryRecipients: [SIMULATED.smrs.dipId], secondaryRecipients: [], always: [] },
      '/CustomBlock/B013': { CSSRegistrationID: context.cssRegistrationId },
      '/CustomBlock/B070': {
        proposedMeteringServiceDIPID: ms.dipId,
        proposedMeteringServiceMPID: ms.mpid,
        proposedMeteringServiceDIPEffectiveFromDate: formatGbTimestamp(gbMidnightUtcMillis(year, month, day)),
        contractReferenceMeteringService: null,
        appointmentScenario: 'COS',
      },
    },
  }) as unknown as Record<string, unknown>;
  const from = context.watch.seen.length;
  await stage.smrs.receiveFromSimulated({ transactionID: `SIM-${SIMULATED.gainingSupplier.dipId}-${point.mpan}`, interfaceID: 'IF-031', eventCode: '[MSApp]', senderDipId: SIMULATED.gainingSupplier.dipId, payload });
  await recordPushesSince(context, from);
}

/**
 * The participant's IF-034 answers the offer with `A` and SP000, or `R` and the code named: an SP
 * code, or for a Data Service a DS code, whose finding then breaks that code's requirement (REQ-DS-001).
 * The answer read is the Data Service's when the scenario matched one, else the Metering Service's.
 */
export function expectAppointmentAnswer(context: ScenarioContext, outcome: 'accepts' | 'rejects', code: string): void {
  const name = context.received.has('IF-034 [DSAppSPResponse]') ? 'IF-034 [DSAppSPResponse]' : 'IF-034 [MSAppSPResponse]';
  expectField(context, name, ['CustomBlock', 'B007', 'responseCode'], outcome === 'accepts' ? 'A' : 'R', `must ${outcome === 'accepts' ? 'accept' : 'reject'} the appointment`);
  const text = String(fieldOfReceived(context, name, 'CustomBlock', 'B007', 'proposedAppointmentResponseCode') ?? '');
  if (!text.startsWith(code)) {
    const about = code.startsWith('DS') ? `REQ-DS-${code.slice(2)}` : undefined;
    throw new ParticipantDefect(`${name} gives the wrong reason`, [
      findingOf(PROCESS_CHECKS.content, '/0/payload/CustomBlock/B007/proposedAppointmentResponseCode', `'${text}' should start with ${code}`, about),
    ]);
  }
}

export function meteringSegment(name: string): MarketSegment {
  return name.toLowerCase() === 'advanced' ? 'A' : 'S';
}
