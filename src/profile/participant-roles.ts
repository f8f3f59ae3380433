// The DIP roles a profile may declare under test, with the names people call them. The codes are
// the DIP's own: SUP, MSS and MSA as the suite has always tested them; SDS and ADS as the
// official definitions spell the Data Services (the ISD publication's `DIPRole: SDS`, IF-021's
// example `senderRole: ADS`, ../shared/dip-api/v2.1.0) and as scenarios/role-interfaces.yaml
// names them as senders and receivers. The DIP's schemas give senderRoleID no enumeration.

export const PARTICIPANT_ROLES = {
  SUP: 'Supplier',
  MSS: 'Smart Metering Service',
  MSA: 'Advanced Metering Service',
  SDS: 'Smart Data Service',
  ADS: 'Advanced Data Service',
} as const;

export type ParticipantRoleCode = keyof typeof PARTICIPANT_ROLES;

export const PARTICIPANT_ROLE_CODES = Object.keys(PARTICIPANT_ROLES) as ParticipantRoleCode[];

/** The Data Service roles: every MPAN has one appointed, with an MDR for a Smart one. */
export const DATA_SERVICE_ROLES: readonly ParticipantRoleCode[] = ['SDS', 'ADS'];

export const isParticipantRole = (code: string): code is ParticipantRoleCode => Object.hasOwn(PARTICIPANT_ROLES, code);

/** `SUP (Supplier), MSS (…) …, or ADS (…)`: the roles as an answer or error lists them. */
export function roleChoices(codes: readonly ParticipantRoleCode[] = PARTICIPANT_ROLE_CODES): string {
  const named = codes.map((code) => `${code} (${PARTICIPANT_ROLES[code]})`);
  return named.length > 1 ? `${named.slice(0, -1).join(', ')} or ${named.at(-1)}` : (named[0] ?? '');
}
