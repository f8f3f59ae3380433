// The participant's DIP identities (Supplier, Smart and Advanced MS, Smart and Advanced DS) and
// which of them a received message is for. The DIP says so in A0; when A0 names none of ours
// (it is optional in the schema) the message decides: a Registration Service request for a Data
// Service (IF-033 [DSAppSPRequest]) is for the Data Service of its market segment, one for a
// Metering Service (IF-033, IF-039) for a Metering Service, anything else for the Supplier.
import { pick } from './own/pick.ts';
import type { Identity, ReferenceParticipantConfig, ServedSegment } from './config.ts';
import type { Party } from './records.ts';

export interface OwnIdentity extends Identity {
  readonly party: Party;
  /** The market segment this identity's role can serve (MSS and SDS Smart/Traditional S, MSA and ADS Advanced A). */
  readonly segment: ServedSegment | undefined;
}

export function ownIdentities(config: ReferenceParticipantConfig): OwnIdentity[] {
  const identities: OwnIdentity[] = [
    { ...config.supplier, party: 'supplier', segment: undefined },
    { ...config.meteringService, party: 'meteringService', segment: 'S' },
  ];
  if (config.advancedMeteringService) identities.push({ ...config.advancedMeteringService, party: 'meteringService', segment: 'A' });
  if (config.dataService) identities.push({ ...config.dataService, party: 'dataService', segment: 'S' });
  if (config.advancedDataService) identities.push({ ...config.advancedDataService, party: 'dataService', segment: 'A' });
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

/** Our identity of a party for a market segment, else any of that party's. */
function ofParty(identities: readonly OwnIdentity[], party: Party, segment: unknown): OwnIdentity | undefined {
  return identities.find((identity) => identity.party === party && identity.segment === segment) ?? identities.find((identity) => identity.party === party);
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
  const segment = pick(payload, 'CustomBlock', 'B026', 'marketSegmentIndicator');
  if (interfaceID === 'IF-033' && pick(payload, 'CommonBlock', 'S0', 'eventCode') === '[DSAppSPRequest]') {
    // Without a Data Service of ours it stays with the Metering Service, which passes it over.
    const dataService = ofParty(identities, 'dataService', segment);
    if (dataService) return [dataService];
  }
  if (typeof interfaceID === 'string' && METERING_SERVICE_INTERFACES.has(interfaceID)) return [ofParty(identities, 'meteringService', segment)!];
  return [identities[0]!];
}
