// Seeded values that identify or locate things in a DIP message: MPAN cores, DIP IDs, MPIDs,
// sender unique references, GB timestamps, postcodes, address lines and meter serials.
// Every function that draws at random takes the caller's Faker, so a run's seed reproduces its
// data; identifiers also carry the run's tag bound to that Faker, so they are new every run.
// The rules' own algorithms (check digit, GB offset) are reused, never restated.
import type { Faker } from '@faker-js/faker';
import { mpanCheckDigit } from '../rules/mpan-check-digit.ts';
import { freshDigits, freshUuid } from '../run/fresh-identifiers.ts';
import { formatGbTimestamp, gbDate, gbMidnightUtcMillis } from '../time/gb-time.ts';

/**
 * A 13-digit MPAN core with a valid check digit. The first two digits are a GB distributor ID
 * (10–23, the fourteen Distribution Network Operator areas) so the core looks like one a
 * registration service could hold.
 */
export function mpanCore(faker: Faker): string {
  const distributor = String(faker.number.int({ min: 10, max: 23 }));
  // New every run, like the scenario's own MPANs: a participant that keeps state must not meet one again.
  const first12 = distributor + freshDigits(identifierTagOf(faker), faker.string.numeric(10));
  return first12 + String(mpanCheckDigit(first12));
}

/**
 * A DIP participant ID (DT-006): the spec allows any 10 characters and the sender unique
 * reference grammar 10 hex characters; digits satisfy both, as the DIP's own IDs do.
 */
export function dipId(faker: Faker): string {
  return faker.string.numeric({ length: 10, allowLeadingZeros: false });
}

/** A market participant ID (DT-027): four capital letters. */
export function mpid(faker: Faker): string {
  return faker.string.alpha({ length: 4, casing: 'upper' });
}

export interface SenderUniqueReferenceParts {
  /** The message's interface, e.g. `IF-031` or `REP-002A`. */
  readonly interfaceID: string;
  readonly dipId: string;
  readonly role: string;
  /** The GB calendar date the message is sent on, YYYYMMDD. */
  readonly date: string;
  /** Letters and digits that make the reference unique for the sender, e.g. `0001A`. */
  readonly sequence: string;
}

/**
 * `S-IF-031-1009012345-SUP-20260915-0001A`: the DT-995 grammar. REP-002A and REP-002B keep
 * only their number (`REP-002`), because the grammar has no room for the letter.
 */
export function senderUniqueReference(parts: SenderUniqueReferenceParts): string {
  const interfacePart = parts.interfaceID.replace(/[A-Z]$/, '');
  return `S-${interfacePart}-${parts.dipId}-${parts.role}-${parts.date}-${parts.sequence}`;
}

// The run's tag for the identifiers a Faker's messages carry (src/run/fresh-identifiers.ts):
// the stage binds it to its Faker, so every builder and generator that draws from that Faker
// makes references, correlation and transaction IDs of this run, without being handed it.
const tags = new WeakMap<Faker, string>();

/** Makes the identifiers drawn with `faker` carry `tag` (run ID and worker, letters and digits). */
export function bindIdentifierTag(faker: Faker, tag: string): void {
  tags.set(faker, tag);
}

/** The tag bound to `faker`, or '' for a Faker no run owns (a unit test's). */
export function identifierTagOf(faker: Faker): string {
  return tags.get(faker) ?? '';
}

/** A CSS registration ID (a UUID) of the run `faker` is bound to. */
export function cssRegistrationId(faker: Faker): string {
  return freshUuid(identifierTagOf(faker), faker.string.uuid());
}

/** DT-014 holds at most 65 characters. */
const TRANSACTION_ID_MAX = 65;

/**
 * `T-IF-006-0123456789-SUP-20220401-<tag><unique>`, the form of the spec's example (DT-014), cut
 * to its 65 characters from the end of `unique`: the run's tag always stays whole.
 */
export function transactionId(parts: Omit<SenderUniqueReferenceParts, 'sequence'>, tag: string, unique: string): string {
  const head = `T-${parts.interfaceID}-${parts.dipId}-${parts.role}-${parts.date}-${tag}`;
  return head + unique.slice(0, Math.max(0, TRANSACTION_ID_MAX - head.length));
}

/** The GB calendar date at an instant as the sender unique reference writes it (YYYYMMDD). */
export function surDate(utcMillis: number): string {
  return gbDate(utcMillis).replace(/-/g, '');
}

/** An instant written as DT-003 in GB local time, with the offset in force (+00:00 or +01:00). */
export function gbTimestamp(utcMillis: number): string {
  return formatGbTimestamp(utcMillis);
}

/** Local midnight starting a GB calendar day (YYYY-MM-DD), as DT-003: how effective dates are written. */
export function gbLocalMidnight(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return formatGbTimestamp(gbMidnightUtcMillis(year, month, day));
}

/** The GB calendar date `days` days after (or before, when negative) the GB date of `utcMillis`. */
export function gbDateAfter(utcMillis: number, days: number): string {
  const today = gbDate(utcMillis);
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A GB postcode in its written form (outward code, space, inward code), e.g. `SW1A 2AA`. */
export function postcode(faker: Faker): string {
  const area = faker.string.alpha({ length: { min: 1, max: 2 }, casing: 'upper' });
  const district = String(faker.number.int({ min: 1, max: 29 }));
  const inward = String(faker.number.int({ min: 0, max: 9 })) + faker.string.alpha({ length: 2, casing: 'upper' });
  return `${area}${district} ${inward}`;
}

/** One line of a metering point address (DT-001, at most 40 characters): number and street. */
export function addressLine(faker: Faker, maxLength = 40): string {
  const line = `${faker.location.buildingNumber()} ${faker.location.street()}`;
  return line.length <= maxLength ? line : line.slice(0, maxLength).trimEnd();
}

/**
 * A meter serial (DT-008, ten characters), shaped like the spec's example `ZZ99Z12345`:
 * two letters, two digits, a letter and five digits.
 */
export function meterSerial(faker: Faker): string {
  return (
    faker.string.alpha({ length: 2, casing: 'upper' }) +
    faker.string.numeric(2) +
    faker.string.alpha({ length: 1, casing: 'upper' }) +
    faker.string.numeric(5)
  );
}
