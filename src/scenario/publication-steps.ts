// Any publication the DIP delivers to a participant's role, built from the official definition
// of its variant: what the DIP-channel scenarios push to show the participant takes every
// interface its role receives (DIP on-boarding), and what they spoil to show it refuses one
// that breaks its schema.
import { buildMessage, type DipPayload } from '../builders/message-builder.ts';
import { senderRolesOf } from '../builders/message-builder.ts';
import { roleOf } from '../profile/participant-profile.ts';
import { SIMULATED } from '../stage/simulated-parties.ts';
import { deliveredAt, type ScenarioContext } from './scenario-context.ts';
import { Inconclusive, SuiteError } from './verdicts.ts';
import { type MessageKind } from '../spec/message-kind.ts';
import { readField } from '../spec/payload-fields.ts';

/** The names features give the participant's roles, and their DIP role codes. */
export const ROLE_NAMES: Readonly<Record<string, string>> = {
  Supplier: 'SUP',
  'Smart Metering Service': 'MSS',
  'Advanced Metering Service': 'MSA',
  'Smart Data Service': 'SDS',
  'Advanced Data Service': 'ADS',
};

/** One simulated party per sending role, so every publication comes from a DIP ID the DIP knows. */
function senderFor(interfaceID: string): { dipId: string; role: string } {
  const roles = senderRolesOf(interfaceID);
  const party = Object.values(SIMULATED).find((candidate) => roles.includes(candidate.role));
  return party ? { dipId: party.dipId, role: party.role } : { dipId: SIMULATED.smrs.dipId, role: roles[0]! };
}

function participantDipId(context: ScenarioContext, roleName: string): string {
  const code = ROLE_NAMES[roleName];
  if (!code) throw new SuiteError(`no participant role '${roleName}'; known: ${Object.keys(ROLE_NAMES).join(', ')}`);
  const role = roleOf(context.stage.options.profile, code);
  if (!role) throw new Inconclusive(`the profile declares no ${roleName} (${code})`);
  return role.dipId;
}

/** A valid `message` to the participant's role, about the scenario's MPAN where the variant names one. */
export function publicationFor(context: ScenarioContext, roleName: string, message: MessageKind): DipPayload {
  const { interfaceID, eventCode } = message;
  const { stage } = context;
  const recipient = participantDipId(context, roleName);
  const payload = buildMessage(stage.options.spec, { faker: stage.faker, interfaceID, eventCode, now: stage.clock.now(), direction: 'egress', sender: senderFor(interfaceID) });
  const common = payload.CommonBlock as Record<string, Record<string, unknown> | undefined>;
  // Addressed to the participant as the primary recipient; the DIP adds no others here. A0 is
  // optional in the schemas (the builder may leave it out) but every variant defines it, and a
  // publication the DIP routed to the participant names it: without A0 a participant with
  // several roles could not tell which of them the message is for.
  common.A0 = { primaryRecipients: [recipient], secondaryRecipients: [], always: [] };
  const point = context.point;
  if (common.M0 && point) common.M0 = { ...common.M0, MPANCore: point.mpan, distributorDIPID: point.distributorDipId, GSPGroupID: point.gspGroup };
  // IF-019 and IF-020 name a group of MPANs by its principal (M1): the scenario's MPAN.
  if (common.M1 && point) common.M1 = { ...common.M1, principalMPAN: point.mpan, distributorDIPID: point.distributorDipId, GSPGroupID: point.gspGroup };
  return payload;
}

/** Pushes a valid `message` to the participant's role and notes the push for later steps. */
export async function pushPublication(
  context: ScenarioContext,
  roleName: string,
  message: MessageKind,
  spoil?: (payload: DipPayload, context: ScenarioContext, roleName: string) => void,
): Promise<void> {
  const payload = publicationFor(context, roleName, message);
  const recipientDipId = participantDipId(context, roleName);
  spoil?.(payload, context, roleName);
  const push = await context.stage.emulator.push(recipientDipId, message.interfaceID, [payload as unknown as Record<string, unknown>]);
  context.actions.push({ what: message.label, at: deliveredAt(push, context.stage.clock.now()), push, recipientDipId });
}

/**
 * The spoiling of the RCP1062 scenarios: the appointment the publication speaks of is the
 * participant's own (B070's proposed, B014's incoming Metering Service), so the participant
 * cannot take it for news of another service's appointment.
 */
export function appointingTheParticipant(payload: DipPayload, context: ScenarioContext, roleName: string): void {
  const code = ROLE_NAMES[roleName];
  const role = code ? roleOf(context.stage.options.profile, code) : undefined;
  if (!role) throw new Inconclusive(`the profile declares no ${roleName}`);
  const custom = (payload.CustomBlock ?? {}) as Record<string, Record<string, unknown> | undefined>;
  if (custom.B070) custom.B070 = { ...custom.B070, proposedMeteringServiceDIPID: role.dipId, proposedMeteringServiceMPID: role.mpid };
  if (custom.B014) custom.B014 = { ...custom.B014, incomingMeteringServiceDIPID: role.dipId, incomingMeteringServiceMPID: role.mpid };
  if (!custom.B070 && !custom.B014) {
    throw new SuiteError(`${String(readField(payload, 'CommonBlock', 'S0', 'interfaceID'))} ${String(readField(payload, 'CommonBlock', 'S0', 'eventCode'))} names no Metering Service appointment (B070 or B014) to make the participant's`);
  }
}

/** The spoiling of the schema-breaking scenarios: S1.senderUniqueReference is required in every variant. */
export function withoutSenderUniqueReference(payload: DipPayload): void {
  delete (payload.CommonBlock.S1 as Record<string, unknown>).senderUniqueReference;
}

/** The spoiling of the schema-version scenarios: S0 names a version the definitions do not have. */
export function withSchemaVersion(version: string): (payload: DipPayload) => void {
  return (payload) => {
    (payload.CommonBlock.S0 as Record<string, unknown>).schemaVersion = version;
  };
}
