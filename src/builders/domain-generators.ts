// The values whose meaning is narrower than their schema, keyed by the spec's own names: a
// DT-003 date-time carries the GB offset in force (the GB offset is inferred: DT-003 names no time zone), a DT-002 MPAN a valid check digit, an
// appointment's effective-from date local midnight within 28 days. The schema sampler asks
// here first and falls back to the bare schema for everything else.
import type { Faker } from '@faker-js/faker';
import { MAX_APPOINTMENT_DAYS_AHEAD } from '../rules/appointment-effective-from.ts';
import { loadRoleInterfaceTable } from '../rules/role-interface-table.ts';
import {
  addressLine,
  cssRegistrationId,
  dipId,
  gbDateAfter,
  gbLocalMidnight,
  gbTimestamp,
  identifierTagOf,
  meterSerial,
  mpanCore,
  mpid,
  postcode,
  senderUniqueReference,
  surDate,
  transactionId,
} from './identifiers.ts';
import type { DomainGenerator, DomainGenerators, SampleContext } from './schema-sampler.ts';

/** How far from the message's `now` ordinary dates and date-times are drawn. */
const NEARBY_DAYS = 14;
const SECOND = 1000;
const DAY = 86_400_000;

function maxLengthOf(context: SampleContext, fallback: number): number {
  return typeof context.schema.maxLength === 'number' ? context.schema.maxLength : fallback;
}

/** A GB local midnight `0..days` days after today (market time): an appointment's EFD. */
function appointmentEffectiveFrom({ faker, now }: SampleContext): string {
  return gbLocalMidnight(gbDateAfter(now, faker.number.int({ min: 0, max: MAX_APPOINTMENT_DAYS_AHEAD })));
}

/**
 * A date-time near `now`, on a whole second. Effective dates (DI names ending
 * Effective-From-Date / Effective-To-Date) fall at local midnight, as the industry aligns them
 * to the GB day.
 */
function nearbyDateTime(context: SampleContext): string {
  const { faker, now, names } = context;
  if (names.some((name) => /Effective-(From|To)-Date$/.test(name))) {
    return gbLocalMidnight(gbDateAfter(now, faker.number.int({ min: -NEARBY_DAYS, max: NEARBY_DAYS })));
  }
  const offset = faker.number.int({ min: -NEARBY_DAYS * DAY, max: NEARBY_DAYS * DAY });
  return gbTimestamp(Math.floor((now + offset) / SECOND) * SECOND);
}

function nearbyDate({ faker, now }: SampleContext): string {
  return gbDateAfter(now, faker.number.int({ min: -NEARBY_DAYS, max: NEARBY_DAYS }));
}

function knownRoles(): string[] {
  const rows = loadRoleInterfaceTable().rows;
  return [...new Set(rows.flatMap((row) => [...row.senders, ...row.receivers]))].sort();
}

function interfaceNumber(faker: Faker): string {
  return `IF-0${faker.number.int({ min: 1, max: 65 }).toString().padStart(2, '0')}`;
}

/** Eight hex pairs joined by dashes (23 characters), the form of an ESME or Comms Hub GUID. */
function deviceGuid(faker: Faker): string {
  return Array.from({ length: 8 }, () => faker.string.hexadecimal({ length: 2, casing: 'upper', prefix: '' })).join('-');
}

const url = ({ faker }: SampleContext): string => `https://servicedesk.example.co.uk/ticket/${faker.string.numeric(8)}`;
const asMpid: DomainGenerator = ({ faker }) => mpid(faker);

export const DOMAIN_GENERATORS: DomainGenerators = {
  byField: {
    // REG1034 / REG1099 (src/rules/appointment-effective-from.ts): today..28 days ahead, local midnight.
    proposedMeteringServiceDIPEffectiveFromDate: appointmentEffectiveFrom,
    proposedDataServiceDIPEffectiveFromDate: appointmentEffectiveFrom,
  },
  byName: {
    'DT-001-AddressLine': (context) => addressLine(context.faker, maxLengthOf(context, 40)),
    'DT-002-MPAN': ({ faker }) => mpanCore(faker),
    'DT-003-DateTime': nearbyDateTime,
    'DT-004-EventCode': ({ faker }) => `[${faker.helpers.arrayElement(['MSApp', 'DSApp', 'ActivePower', 'ConsumptionReplay'])}]`,
    'DT-006-DIPParticipantID': ({ faker }) => dipId(faker),
    'DT-007-UKPostCode': ({ faker }) => postcode(faker),
    'DT-008-MeterSerialID': ({ faker }) => meterSerial(faker),
    'DT-009-DIPParticipantRole': ({ faker }) => faker.helpers.arrayElement(knownRoles()),
    'DT-010-DIPParticipantEZName': (context) => context.faker.company.name().slice(0, maxLengthOf(context, 50)).trimEnd(),
    // Identifiers carry the run's tag (bound to the Faker by the stage), so no run repeats another's.
    'DT-011-CorrelationID': ({ faker, now }) => `CI-${surDate(now)}-${identifierTagOf(faker)}${faker.string.alphanumeric(20)}`,
    'DT-014-DIPTransactionID': ({ faker, now }) =>
      transactionId({ interfaceID: interfaceNumber(faker), dipId: dipId(faker), role: 'SUP', date: surDate(now) }, identifierTagOf(faker), faker.string.hexadecimal({ length: 16, prefix: '' })),
    'DT-018-URL': url,
    'DT-021-Date': nearbyDate,
    'DT-027-MPID': asMpid,
    'DT-029-MeterID': ({ faker }) => meterSerial(faker),
    'DT-034-Telephone-Number': ({ faker }) => `0${faker.string.numeric(3)} ${faker.string.numeric(3)} ${faker.string.numeric(4)}`,
    'DT-035-Sort-Code': ({ faker }) => faker.string.numeric(6),
    'DT-035-Bank-Account-Number': ({ faker }) => faker.string.numeric(8),
    'DT-036-Email': ({ faker }) => faker.internet.email({ provider: 'example.co.uk' }).toLowerCase(),
    'DT-995-SenderUniqueReference': ({ faker, now }) =>
      senderUniqueReference({
        interfaceID: interfaceNumber(faker),
        dipId: dipId(faker),
        role: faker.helpers.arrayElement(knownRoles()),
        date: surDate(now),
        sequence: identifierTagOf(faker) + faker.string.alphanumeric(6),
      }),
    'DI-029-Distributor-ID': asMpid,
    'DI-055-Meter-Asset-Provider-ID': asMpid,
    'DI-085-ESME-GUID': ({ faker }) => deviceGuid(faker),
    'DI-191-Comms-Hub-GUID': ({ faker }) => deviceGuid(faker),
    'DI-192-GPF-Gas-GUID': ({ faker }) => deviceGuid(faker),
    'DI-483-Embedded-LDSO-ID': asMpid,
    'DI-495-Supplier-MPID': asMpid,
    'DI-566-List-Of-MPANS-On-Site': ({ faker }) => Array.from({ length: faker.number.int({ min: 1, max: 3 }) }, () => mpanCore(faker)).join(' '),
    'DI-849-CSS-Registration-ID': ({ faker }) => cssRegistrationId(faker),
    'DI-970-Distribution-Delivery-URI': url,
    'DI-986-Publication-ID': ({ faker }) => interfaceNumber(faker).replace('IF', 'PUB'),
  },
};
