// Whether a scenario applies to the participant at all, from its tags and the profile's
// capability declaration: a Smart-only Metering Service is not tested on Advanced MPANs, a
// Supplier-only profile not on the Metering Service's side, a Supplier that sends no IF-024
// advisories not on them (`@sends:IF-024`), a participant that exchanges no IF-004 not on Comms
// Hub information, a run whose market clock is past M14 not on reverse migration. Inapplicable
// is inconclusive, never failed.
import { M14_DATE, reverseMigrationRefusal } from '../clock/migration-calendar.ts';
import type { ParticipantProfile } from '../profile/participant-profile.ts';

const SEGMENT_TAGS: Record<string, 'S' | 'A'> = { '@segment:smart': 'S', '@segment:advanced': 'A' };
const ROLE_TAGS: Record<string, readonly string[]> = { '@role:supplier': ['SUP'], '@role:metering-service': ['MSS', 'MSA'] };

/** How the set-up hook logs a scenario it skips as not applicable; the run summary reads it back as the cause. */
export const NOT_APPLICABLE_PREFIX = 'Not applicable: ';

/** Scenarios of a process the market calendar has closed: they apply only while the market clock is before its end. */
const MARKET_DATE_TAGS: Record<string, (marketNow: number) => string | undefined> = {
  '@market:before-M14': (marketNow) => {
    const refusal = reverseMigrationRefusal(marketNow);
    return refusal && `${refusal}: run with --market-start on or before ${M14_DATE} to test it`;
  },
};

/** Why the scenario does not apply, or undefined when it does; `marketNow` is the run's market clock. */
export function notApplicable(tags: readonly string[], profile: ParticipantProfile, marketNow?: number): string | undefined {
  for (const tag of tags) {
    const closed = marketNow === undefined ? undefined : MARKET_DATE_TAGS[tag]?.(marketNow);
    if (closed) return closed;
  }
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
