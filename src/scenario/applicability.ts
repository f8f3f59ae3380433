// Whether a scenario applies to the participant at all, from its tags and the profile's
// capability declaration: a participant that declares no New Connections (capabilities.processes)
// is not tested on BP006, a Smart-only Metering Service not on Advanced MPANs, a
// Supplier-only profile not on the Metering Service's side, a Supplier that sends no IF-024
// advisories not on them (`@sends:IF-024`), a participant that exchanges no IF-004 not on Comms
// Hub information, a run whose market clock is past M14 not on reverse migration. Inapplicable
// is inconclusive, never failed.
import { M14_DATE, reverseMigrationRefusal } from '../clock/migration-calendar.ts';
import { loadBusinessProcesses } from '../processes/business-processes.ts';
import type { ParticipantProfile } from '../profile/participant-profile.ts';

const SEGMENT_TAGS: Record<string, 'S' | 'A'> = { '@segment:smart': 'S', '@segment:advanced': 'A' };
const ROLE_TAGS: Record<string, readonly string[]> = { '@role:supplier': ['SUP'], '@role:metering-service': ['MSS', 'MSA'], '@role:data-service': ['SDS', 'ADS'] };

/** How the set-up hook logs a scenario it skips as not applicable; the run summary reads it back as the cause. */
export const NOT_APPLICABLE_PREFIX = 'Not applicable: ';

/** Scenarios of a process the market calendar has closed: they apply only while the market clock is before its end. */
const MARKET_DATE_TAGS: Record<string, (marketNow: number) => string | undefined> = {
  '@market:before-M14': (marketNow) => {
    const refusal = reverseMigrationRefusal(marketNow);
    return refusal && `${refusal}: run with --market-start on or before ${M14_DATE} to test it`;
  },
};

/** The DIP channel group (scenarios/business-processes.yaml): behaviour every participant must show, whatever processes it declares. */
const DIP_CHANNELS = '@DIP';

/**
 * Why a scenario of business processes the profile does not declare is not applicable: it applies
 * when the profile declares any of its processes (a registration confirmation is part of a Change
 * of Supplier and of a New Connection alike), and always when it names none.
 */
function undeclaredProcesses(tags: readonly string[], profile: ParticipantProfile): string | undefined {
  if (tags.includes(DIP_CHANNELS)) return undefined;
  const known = loadBusinessProcesses();
  const processes = [...new Set(tags.map((tag) => tag.slice(1)).filter((id) => known.has(id)))];
  if (processes.length === 0 || processes.some((id) => profile.capabilities.processes.includes(id))) return undefined;
  const named = processes.map((id) => `${id} (${known.get(id)})`);
  return processes.length === 1
    ? `the profile does not declare business process ${named[0]} (capabilities.processes)`
    : `the profile declares none of the business processes ${named.join(', ')} (capabilities.processes)`;
}

/** Why the scenario does not apply, or undefined when it does; `marketNow` is the run's market clock. */
export function notApplicable(tags: readonly string[], profile: ParticipantProfile, marketNow?: number): string | undefined {
  for (const tag of tags) {
    const closed = marketNow === undefined ? undefined : MARKET_DATE_TAGS[tag]?.(marketNow);
    if (closed) return closed;
  }
  const processes = undeclaredProcesses(tags, profile);
  if (processes) return processes;
  for (const tag of tags) {
    const segment = SEGMENT_TAGS[tag];
    if (segment && !profile.capabilities.segments.includes(segment)) return `the profile does not declare market segment ${segment}`;
  }
  for (const tag of tags) {
    const sent = tag.startsWith('@sends:') ? tag.slice('@sends:'.length) : undefined;
    if (sent && !profile.capabilities.sends.includes(sent)) return `the profile does not declare that the participant sends ${sent} (capabilities.sends)`;
  }
  const roles = tags.flatMap((tag) => ROLE_TAGS[tag] ?? []);
  if (roles.length > 0 && !profile.roles.some((role) => roles.includes(role.role))) return `the profile declares none of the roles ${roles.join(', ')}`;
  return undefined;
}
