// The participant's DIP identities (Supplier, Smart MS, Advanced MS) and which of them a
// received message is for. The DIP says so in A0; when A0 names none of ours (it is optional
// in the schema) the interface decides: a Registration Service request for service (IF-033)
// is for a Metering Service, anything else for the Supplier.
import { pick } from './own/pick.ts';
import type { Identity, ReferenceParticipantConfig, ServedSegment } from './config.ts';
import type { Party } from './records.ts';

export interface OwnIdentity extends Identity {
  readonly party: Party;
  /** The market segment this identity's role can serve (MSS Smart/Traditional S, MSA Advanced A). */
  readonly segment: ServedSegment | undefined;
}

export function ownIdentities(config: ReferenceParticipantConfig): OwnIdentity[] {
  const identities: OwnIdentity[] = [
    { ...config.supplier, party: 'supplier', segment: undefined },
    { ...config.meteringService, party: 'meteringService', segment: 'S' },
  ];
  if (config.advancedMeteringService) identities.push({ ...config.advancedMeteringService, party: 'meteringService', segment: 'A' });
  return identities;
}

const METERING_SERVICE_INTERFACES = new Set(['IF-033', 'IF-039']);

function recipientLists(payload: unknown): string[] {
  const a0 = pick(payload, 'CommonBlock', 'A0');
  return ['primaryRecipients', 'secondaryRecipients', 'always'].flatMap((key) => {
    const list = pick(a0, key);
    return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
  });
}

/** Our identities a message is addressed to, primary recipients first; never empty. */
export function addressedIdentities(payload: unknown, identities: readonly OwnIdentity[]): OwnIdentity[] {
  const named: OwnIdentity[] = [];
  for (const dipId of recipientLists(payload)) {
    const own = identities.find((identity) => identity.dipId === dipId);
    if (own && !named.includes(own)) named.push(own);
  }
  if (named.length > 0) return named;
  const interfaceID = pick(payload, 'CommonBlock', 'S0', 'interfaceID');
  if (typeof interfaceID === 'string' && METERING_SERVICE_INTERFACES.has(interfaceID)) {
    const segment = pick(payload, 'CustomBlock', 'B026', 'marketSegmentIndicator');
    const bySegment = identities.find((identity) => identity.party === 'meteringService' && identity.segment === segment);
    return [bySegment ?? identities.find((identity) => identity.party === 'meteringService')!];
  }
  return [identities[0]!];
}
