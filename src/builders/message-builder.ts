// Builds a DIP message a participant could send: every field the variant's schema asks for,
// drawn from the caller's seeded Faker, and a header (S0, S1, D0) that agrees with itself and
// with the rules: the sender's role may send the interface, the sender unique reference names
// that interface, DIP ID, role and GB date, timestamps carry the GB offset. The result is plain
// JSON, so a test can clone it and plant exactly one defect.
import type { Faker } from '@faker-js/faker';
import { loadRoleInterfaceTable } from '../rules/role-interface-table.ts';
import type { Direction } from '../rules/rule.ts';
import type { VariantEntry } from '../spec/catalogue.ts';
import type { LoadedSpec } from '../spec/load-spec.ts';
import { DOMAIN_GENERATORS } from './domain-generators.ts';
import type { FixedFieldsOf } from './fixed-fields.ts';
import { dipId, gbTimestamp, identifierTagOf, senderUniqueReference, surDate, transactionId } from './identifiers.ts';
import { OMIT, sampleSchema } from './schema-sampler.ts';

export interface Sender {
  readonly dipId: string;
  readonly role: string;
}

/**
 * What to build. With literal `interfaceID` and `eventCode` the `fixed` pointers are checked
 * against that variant at compile time (fixed-fields.ts).
 */
export interface BuildMessageOptions<I extends string = string, E extends string = string> {
  /** Seeded by the caller: `new Faker({ locale: [en_GB, en] })` then `faker.seed(n)`. */
  readonly faker: Faker;
  readonly interfaceID: I;
  readonly eventCode: E;
  /** Market time the message is sent at (UTC millis): its senderTimestamp, and what dates are near. */
  readonly now: number;
  /** Who sends it; by default a new DIP ID and a role that sends the interface. */
  readonly sender?: Sender;
  /** ingress (participant → DIP, no D0 block, the default) or egress (DIP → participant, with D0). */
  readonly direction?: Direction;
  /**
   * The schema to build from. Defaults to the catalogue's entry for the pair; needed only where
   * the spec defines one pair in two schemas (IF-020-RelatedCreate also lists [RelatedAdd]).
   */
  readonly variant?: VariantEntry;
  /** Values to use as they are, by JSON pointer from the payload (see SampleOptions.fixed). */
  readonly fixed?: FixedFieldsOf<I, E>;
}

/** One message's payload, as it sits under `payload` in a DIP request body. */
export interface DipPayload {
  CommonBlock: Record<string, unknown>;
  /** Absent only for the few variants whose schema has no custom block (e.g. IF-015). */
  CustomBlock?: Record<string, unknown>;
}

export interface DipMessage {
  payload: DipPayload;
}

/**
 * Senders for the interfaces the role table leaves out because no catalogue row confirms them.
 * Plausible guesses from the spec's own descriptions, used only to fill S1; the sender-role rule
 * does not judge these interfaces.
 */
const UNCONFIRMED_SENDERS: Readonly<Record<string, string>> = {
  'IF-016': 'MDS', // replay of consumption data (IF-013/IF-014/IF-021) the MDS holds
  'IF-047': 'ECS', // publication of a downloadable asset (ISD) by central settlement systems
  'IF-061': 'SDS', // "Request from SDS to initiate an MDR"
  'IF-062': 'MDR', // "Response to SDS request"
  'IF-063': 'SDS', // SDS stops an MDR service
  'IF-064': 'MDR', // MDR provides consumption
  'IF-065': 'MDR', // MDR provides meter readings
};
const FALLBACK_SENDER = 'SUP';

/** Roles that may send an interface: the role table's row, else one plausible role. */
export function senderRolesOf(interfaceID: string): readonly string[] {
  return loadRoleInterfaceTable().sendersOf(interfaceID) ?? [UNCONFIRMED_SENDERS[interfaceID] ?? FALLBACK_SENDER];
}

// One counter per Faker: references never repeat within a run, and the run's tag keeps them
// apart from every other run's. The same seed draws the same letters in the same order.
const sequences = new WeakMap<Faker, number>();

function nextSequence(faker: Faker): string {
  const next = (sequences.get(faker) ?? 0) + 1;
  sequences.set(faker, next);
  return identifierTagOf(faker) + String(next).padStart(4, '0') + faker.string.alpha({ length: 1, casing: 'upper' });
}

/** The publication the DIP sends an interface out as: PUB-031 for IF-031, reports under their own ID. */
function publicationOf(interfaceID: string): string {
  return interfaceID.replace(/^IF-/, 'PUB-');
}

function variantOf(spec: LoadedSpec, options: BuildMessageOptions): VariantEntry {
  const variant = options.variant ?? spec.catalogue.variant(options.interfaceID, options.eventCode);
  if (!variant) {
    const known = spec.catalogue.variantsOf(options.interfaceID).map((entry) => entry.eventCode);
    throw new Error(
      `DIP API ${spec.version} has no variant ${options.interfaceID} ${options.eventCode}` +
        (known.length ? `; ${options.interfaceID} has ${known.join(', ')}` : ''),
    );
  }
  return variant;
}

/** Header values the rules check against each other, by pointer from the payload. */
function headerFields(options: BuildMessageOptions, sender: Sender): Record<string, unknown> {
  const { faker, interfaceID, now } = options;
  const fields: Record<string, unknown> = {
    '/CommonBlock/S0/interfaceID': interfaceID,
    '/CommonBlock/S0/eventCode': options.eventCode,
    '/CommonBlock/S1/environmentTag': 'UIT',
    '/CommonBlock/S1/senderTimestamp': gbTimestamp(now),
    '/CommonBlock/S1/senderDIPID': sender.dipId,
    '/CommonBlock/S1/senderRoleID': sender.role,
    '/CommonBlock/S1/senderUniqueReference': senderUniqueReference({
      interfaceID,
      dipId: sender.dipId,
      role: sender.role,
      date: surDate(now),
      sequence: nextSequence(faker),
    }),
  };
  if ((options.direction ?? 'ingress') === 'ingress') {
    // The DIP stamps D0 on delivery; a participant's own message never carries it.
    fields['/CommonBlock/D0'] = OMIT;
    // Secondary and "always" recipients are the DIP's to add; a sender names only its primaries.
    fields['/CommonBlock/A0/secondaryRecipients'] = [];
    fields['/CommonBlock/A0/always'] = [];
  } else {
    const delivered = now + faker.number.int({ min: 1, max: 5 }) * 1000;
    fields['/CommonBlock/D0/transactionID'] = transactionId(
      { interfaceID, dipId: sender.dipId, role: sender.role, date: surDate(now) },
      identifierTagOf(faker),
      faker.string.hexadecimal({ length: 16, prefix: '', casing: 'upper' }),
    );
    fields['/CommonBlock/D0/transactionTimestamp'] = gbTimestamp(delivered);
    fields['/CommonBlock/D0/publicationID'] = publicationOf(interfaceID);
    fields['/CommonBlock/D0/replayIndicator'] = false;
  }
  return fields;
}

/** A valid payload `{CommonBlock, CustomBlock}` of one variant, reproducible from the Faker's seed. */
export function buildMessage<I extends string, E extends string>(spec: LoadedSpec, options: BuildMessageOptions<I, E>): DipPayload {
  const { faker } = options;
  const variant = variantOf(spec, options);
  const sender = options.sender ?? { dipId: dipId(faker), role: faker.helpers.arrayElement(senderRolesOf(options.interfaceID)) };
  const payload = sampleSchema(spec.resolver, variant, {
    faker,
    now: options.now,
    generators: DOMAIN_GENERATORS,
    fixed: { ...headerFields(options, sender), ...options.fixed },
  });
  return payload as DipPayload;
}

/**
 * A DIP request body `[{payload}, …]`. Items may be payloads already built (and perhaps edited)
 * or options to build one; building them in order from one Faker keeps their references unique.
 */
export function buildBody(spec: LoadedSpec, messages: ReadonlyArray<DipPayload | BuildMessageOptions>): DipMessage[] {
  return messages.map((message) => ({ payload: 'CommonBlock' in message ? message : buildMessage(spec, message) }));
}
