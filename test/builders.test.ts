// The seeded builders in src/builders/: every message they build for every variant of
// the spec passes the whole validator with no finding at all, the same seed builds the same
// message, and each identifier obeys the rule that judges it.
import { en, en_GB, Faker } from '@faker-js/faker';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addressLine,
  dipId,
  gbDateAfter,
  gbLocalMidnight,
  gbTimestamp,
  meterSerial,
  mpanCore,
  mpid,
  postcode,
  senderUniqueReference,
  surDate,
} from '../src/builders/identifiers.ts';
import { buildBody, buildMessage, type DipPayload, senderRolesOf } from '../src/builders/message-builder.ts';
import { DOMAIN_GENERATORS } from '../src/builders/domain-generators.ts';
import { OMIT, sampleSchema, SchemaSampleError } from '../src/builders/schema-sampler.ts';
import { MAX_APPOINTMENT_DAYS_AHEAD } from '../src/rules/appointment-effective-from.ts';
import { isValidMpanCore } from '../src/rules/mpan-check-digit.ts';
import { loadRoleInterfaceTable } from '../src/rules/role-interface-table.ts';
import { parseSenderUniqueReference } from '../src/rules/sender-unique-reference.ts';
import type { VariantEntry } from '../src/spec/catalogue.ts';
import type { LoadedSpec } from '../src/spec/load-spec.ts';
import { RefResolver } from '../src/spec/ref-resolver.ts';
import { ROOT_FILE } from '../src/spec/spec-location.ts';
import { gbDate, parseGbTimestamp } from '../src/time/gb-time.ts';
import { validateBody } from '../src/validation/validate-body.ts';
import { specUnderTest } from './spec-under-test.ts';

// MHHS_DIP_SPEC_DIR (default ../shared/dip-api/v2.1.0) and its sibling v1.8.3, loaded once.
const spec = specUnderTest('v2.1.0');
const previousSpec = specUnderTest('v1.8.3');

/** fast-check's own seed is fixed so a run is reproducible; a failure prints the case to replay. */
const PROPERTY_SEED = 20260915;
const NOW_FROM = Date.UTC(2024, 0, 1);
const NOW_TO = Date.UTC(2031, 0, 1);

function seededFaker(seed: number): Faker {
  const faker = new Faker({ locale: [en_GB, en] });
  faker.seed(seed);
  return faker;
}

function build(target: LoadedSpec, variant: VariantEntry, seed: number, now: number, direction: 'ingress' | 'egress' = 'ingress'): DipPayload {
  return buildMessage(target, {
    faker: seededFaker(seed),
    interfaceID: variant.interfaceID,
    eventCode: variant.eventCode,
    now,
    direction,
    variant,
  });
}

function label(variant: VariantEntry): string {
  return `${variant.interfaceID} ${variant.eventCode} (${variant.name})`;
}

/** Findings of one message judged alone, at the time its own senderTimestamp states. */
function findingsOf(target: LoadedSpec, payload: DipPayload, direction: 'ingress' | 'egress' = 'ingress') {
  const [report] = validateBody(target, buildBody(target, [payload]), { direction });
  return report!;
}

/**
 * Variants the official envelope (SubmitEvents DIPMessage: payload oneOf interfaces, each a oneOf
 * of its variants) can never accept, whatever the message holds. Recorded, not hidden: the
 * project validates against the one variant S0 names, so these still pass validateBody.
 */
const ENVELOPE_CONTRADICTIONS: Readonly<Record<string, string>> = {
  'IF-020 [RelatedAdd]':
    'IF-020-RelatedCreate lists [RelatedCreate], [RelatedAdd] and [RelatedRemove] in its eventCode enum and is otherwise ' +
    'identical to IF-020-RelatedAdd, so a [RelatedAdd] message matches two branches of IF-020-Payload.oneOf and fails it',
  'IF-020 [RelatedRemove]':
    'IF-020-RelatedCreate also accepts [RelatedRemove] and is otherwise identical to IF-020-RelatedRemove, so a ' +
    '[RelatedRemove] message matches two branches of IF-020-Payload.oneOf and fails it',
};

describe('buildMessage: every variant of the current spec', () => {
  it('covers the whole catalogue', () => {
    expect(spec.catalogue.variants).toHaveLength(148);
  });

  it.each(spec.catalogue.variants.map((variant) => [label(variant), variant] as const))(
    '%s: an ingress message passes with no finding, for any seed and time',
    (_, variant) => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: NOW_FROM, max: NOW_TO }), (seed, now) => {
          const payload = build(spec, variant, seed, now);
          const report = findingsOf(spec, payload);
          expect(report.findings).toEqual([]);
          expect(report.verdict).toBe('pass');
          expect(payload.CommonBlock).not.toHaveProperty('D0');
        }),
        { numRuns: 4, seed: PROPERTY_SEED },
      );
    },
  );

  it.each(spec.catalogue.variants.map((variant, index) => [label(variant), variant, index] as const))(
    '%s: an egress message carries a valid D0 and passes with no finding',
    (_, variant, index) => {
      const payload = build(spec, variant, index, Date.UTC(2026, 6, 1, 9, 15), 'egress');
      expect(payload.CommonBlock).toHaveProperty('D0');
      expect(findingsOf(spec, payload, 'egress').findings).toEqual([]);
    },
  );

  it('builds messages the official envelope accepts, except the recorded contradictions', () => {
    const envelope = spec.validators.forPointer(ROOT_FILE, '/components/schemas/DIPMessage');
    const refused = new Set<string>();
    spec.catalogue.variants.forEach((variant, index) => {
      if (!envelope({ payload: build(spec, variant, index, Date.UTC(2026, 1, 2, 3, 4)) })) {
        refused.add(`${variant.interfaceID} ${variant.eventCode}`);
      }
    });
    expect([...refused].sort()).toEqual(Object.keys(ENVELOPE_CONTRADICTIONS).sort());
  });
});

describe('buildMessage: every variant of the previous spec (v1.8.3)', () => {
  it.each(previousSpec.catalogue.variants.map((variant, index) => [label(variant), variant, index] as const))(
    '%s: passes with no finding',
    (_, variant, index) => {
      const report = findingsOf(previousSpec, build(previousSpec, variant, index, NOW_FROM + index * 7_919_000_000));
      expect(report.findings).toEqual([]);
      expect(report.verdict).toBe('pass');
    },
  );
});

describe('buildMessage: reproducible and plain', () => {
  const sample = spec.catalogue.variants.filter((_, index) => index % 10 === 0);
  const now = Date.UTC(2026, 8, 15, 10);

  it('builds identical messages from identical seeds, call after call', () => {
    const first = seededFaker(42);
    const second = seededFaker(42);
    const options = (faker: Faker, variant: VariantEntry) => ({ faker, interfaceID: variant.interfaceID, eventCode: variant.eventCode, now, variant });
    const fromFirst = sample.map((variant) => buildMessage(spec, options(first, variant)));
    const fromSecond = sample.map((variant) => buildMessage(spec, options(second, variant)));
    expect(fromSecond).toEqual(fromFirst);
  });

  it('builds different messages from different seeds', () => {
    const variant = spec.catalogue.variant('IF-031', '[MSApp]')!;
    expect(build(spec, variant, 1, now)).not.toEqual(build(spec, variant, 2, now));
  });

  it('returns plain JSON that survives a round trip unchanged', () => {
    for (const variant of sample) {
      const payload = build(spec, variant, 7, now, 'egress');
      expect(JSON.parse(JSON.stringify(payload))).toEqual(payload);
      expect(structuredClone(payload)).toEqual(payload);
    }
  });

  it('gives every message of a batch built from one Faker its own sender unique reference', () => {
    const faker = seededFaker(3);
    const body = buildBody(
      spec,
      Array.from({ length: 6 }, () => ({ faker, interfaceID: 'IF-031', eventCode: '[DSApp]', now })),
    );
    const references = body.map(({ payload }) => (payload.CommonBlock.S1 as Record<string, unknown>).senderUniqueReference);
    expect(new Set(references).size).toBe(6);
    expect(validateBody(spec, body).flatMap((report) => report.findings)).toEqual([]);
  });

  it('wraps payloads built earlier, and edited, as they are', () => {
    const payload = build(spec, spec.catalogue.variant('IF-031', '[MSApp]')!, 5, now);
    expect(buildBody(spec, [payload])).toEqual([{ payload }]);
    expect(buildBody(spec, [payload])[0]!.payload).toBe(payload);
  });

  it('refuses a pair the spec does not define, naming the event codes it does', () => {
    expect(() => buildMessage(spec, { faker: seededFaker(1), interfaceID: 'IF-031', eventCode: '[Nope]', now })).toThrow(
      /no variant IF-031 \[Nope\].*\[MSApp\], \[DSApp\]/,
    );
  });
});

describe('buildMessage: the header agrees with itself and the rules', () => {
  const variant = spec.catalogue.variant('IF-031', '[MSApp]')!;

  it('uses the sender it is given, in S1 and in the sender unique reference', () => {
    const now = Date.UTC(2026, 8, 15, 10);
    const payload = buildMessage(spec, {
      faker: seededFaker(9),
      interfaceID: 'IF-031',
      eventCode: '[MSApp]',
      now,
      sender: { dipId: '1009012345', role: 'SUP' },
    });
    const s1 = payload.CommonBlock.S1 as Record<string, unknown>;
    expect(s1).toMatchObject({ senderDIPID: '1009012345', senderRoleID: 'SUP', environmentTag: 'UIT', senderTimestamp: '2026-09-15T11:00:00+01:00' });
    expect(s1.senderUniqueReference).toMatch(/^S-IF-031-1009012345-SUP-20260915-\d{4}[A-Z]$/);
    expect(payload.CommonBlock.S0).toEqual({ interfaceID: 'IF-031', schemaVersion: '011', eventCode: '[MSApp]' });
    // Secondary and "always" recipients are the DIP's to fill in; D0 is the DIP's to stamp.
    expect(payload.CommonBlock.A0).toMatchObject({ secondaryRecipients: [], always: [] });
    expect(payload.CommonBlock).not.toHaveProperty('D0');
  });

  it('picks a sender role the role table allows for every interface that has a row', () => {
    const table = loadRoleInterfaceTable();
    spec.catalogue.variants.forEach((entry, index) => {
      const senders = table.sendersOf(entry.interfaceID);
      const role = (build(spec, entry, index, Date.UTC(2026, 3, 1)).CommonBlock.S1 as Record<string, unknown>).senderRoleID;
      expect(senders ?? senderRolesOf(entry.interfaceID)).toContain(role);
    });
  });

  it('dates appointments at local midnight between today and 28 days ahead, also across clock changes and late evenings', () => {
    const dsApp = spec.catalogue.variant('IF-031', '[DSApp]')!;
    const edges = [
      Date.UTC(2026, 2, 29, 0, 59, 59), // the last GMT second before BST starts
      Date.UTC(2026, 9, 25, 0, 30), // 01:30 BST, the hour that repeats when BST ends
      Date.UTC(2026, 6, 31, 23, 30), // already 1 August in GB
      Date.UTC(2026, 11, 31, 23, 59, 59),
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.oneof(fc.constantFrom(...edges), fc.integer({ min: NOW_FROM, max: NOW_TO })),
        fc.constantFrom(variant, dsApp),
        (seed, now, entry) => {
          const payload = build(spec, entry, seed, now);
          const block = (payload.CustomBlock?.B070 ?? payload.CustomBlock?.B071) as Record<string, unknown>;
          const efd = String(block.proposedMeteringServiceDIPEffectiveFromDate ?? block.proposedDataServiceDIPEffectiveFromDate);
          expect(efd).toBe(gbLocalMidnight(efd.slice(0, 10)));
          expect(efd.slice(0, 10) >= gbDate(now)).toBe(true);
          expect(efd.slice(0, 10) <= gbDateAfter(now, MAX_APPOINTMENT_DAYS_AHEAD)).toBe(true);
          const sur = parseSenderUniqueReference(String((payload.CommonBlock.S1 as Record<string, unknown>).senderUniqueReference));
          expect(sur?.date).toBe(gbDate(now).replace(/-/g, ''));
          expect(validateBody(spec, buildBody(spec, [payload]), { now }).flatMap((report) => report.findings)).toEqual([]);
        },
      ),
      { numRuns: 60, seed: PROPERTY_SEED },
    );
  });
});

describe('identifiers', () => {
  const fakers = Array.from({ length: 200 }, (_, seed) => seededFaker(seed));

  it('mpanCore: 13 digits, a GB distributor prefix and a valid check digit', () => {
    for (const faker of fakers) {
      const core = mpanCore(faker);
      expect(core).toMatch(/^\d{13}$/);
      expect(isValidMpanCore(core)).toBe(true);
      expect(Number(core.slice(0, 2))).toBeGreaterThanOrEqual(10);
      expect(Number(core.slice(0, 2))).toBeLessThanOrEqual(23);
    }
  });

  it('dipId: ten digits, which DT-006 and the reference grammar both accept', () => {
    for (const faker of fakers) expect(dipId(faker)).toMatch(/^[1-9]\d{9}$/);
  });

  it('mpid: four capital letters (DT-027)', () => {
    for (const faker of fakers) expect(mpid(faker)).toMatch(/^[A-Z]{4}$/);
  });

  it('senderUniqueReference: the spec example, and the official DT-995 pattern', () => {
    const parts = { interfaceID: 'IF-031', dipId: '1009012345', role: 'SUP', date: '20260915', sequence: '0001A' };
    expect(senderUniqueReference(parts)).toBe('S-IF-031-1009012345-SUP-20260915-0001A');
    const official = spec.resolver.at('DataTypes-unresolved.yaml', '/components/schemas/DT-995-SenderUniqueReference');
    const pattern = new RegExp(String(official.pattern), 'u');
    for (const interfaceID of spec.catalogue.interfaces) {
      const reference = senderUniqueReference({ ...parts, interfaceID });
      expect(reference).toMatch(pattern);
      expect(parseSenderUniqueReference(reference)).toMatchObject({ dipId: '1009012345', role: 'SUP', date: '20260915', sequence: '0001A' });
    }
  });

  it('senderUniqueReference: REP-002A keeps only its number, as the grammar has no room for the letter', () => {
    const reference = senderUniqueReference({ interfaceID: 'REP-002A', dipId: '1009012345', role: 'ECS', date: '20260915', sequence: '7' });
    expect(reference).toBe('S-REP-002-1009012345-ECS-20260915-7');
  });

  it('surDate: the GB calendar date, which runs an hour ahead of UTC in summer', () => {
    expect(surDate(Date.UTC(2026, 6, 31, 23, 30))).toBe('20260801');
    expect(surDate(Date.UTC(2026, 11, 31, 23, 30))).toBe('20261231');
  });

  it('gbTimestamp: DT-003 with the GB offset in force', () => {
    expect(gbTimestamp(Date.UTC(2026, 0, 15, 12))).toBe('2026-01-15T12:00:00+00:00');
    expect(gbTimestamp(Date.UTC(2026, 6, 1, 12))).toBe('2026-07-01T13:00:00+01:00');
    expect(gbTimestamp(Date.UTC(2026, 2, 29, 1))).toBe('2026-03-29T02:00:00+01:00');
  });

  it('gbLocalMidnight: the start of the GB day, GMT on the day BST starts and BST on the day it ends', () => {
    expect(gbLocalMidnight('2026-07-01')).toBe('2026-07-01T00:00:00+01:00');
    expect(gbLocalMidnight('2026-03-29')).toBe('2026-03-29T00:00:00+00:00');
    expect(gbLocalMidnight('2026-10-25')).toBe('2026-10-25T00:00:00+01:00');
    for (const date of ['2026-01-01', '2026-03-29', '2026-10-25', '2028-02-29']) {
      expect(parseGbTimestamp(gbLocalMidnight(date))).not.toHaveProperty('kind');
    }
  });

  it('gbDateAfter: counts GB calendar days, across month ends and leap days', () => {
    expect(gbDateAfter(Date.UTC(2028, 1, 28, 12), 1)).toBe('2028-02-29');
    expect(gbDateAfter(Date.UTC(2026, 6, 31, 23, 30), 0)).toBe('2026-08-01');
    expect(gbDateAfter(Date.UTC(2026, 0, 1, 12), -1)).toBe('2025-12-31');
  });

  it('postcode, address line and meter serial fit their data types', () => {
    for (const faker of fakers) {
      expect(postcode(faker)).toMatch(/^[A-Z]{1,2}\d{1,2} \d[A-Z]{2}$/);
      expect(addressLine(faker).length).toBeLessThanOrEqual(40);
      expect(addressLine(faker, 12).length).toBeLessThanOrEqual(12);
      expect(meterSerial(faker)).toMatch(/^[A-Z]{2}\d{2}[A-Z]\d{5}$/);
    }
  });
});

describe('schema sampler', () => {
  const options = (seed: number) => ({ faker: seededFaker(seed), now: Date.UTC(2026, 4, 1), generators: DOMAIN_GENERATORS });

  it.each(['DataCatalogue-unresolved.yaml', 'DataTypes-unresolved.yaml'])('samples every schema of %s as ajv accepts it', (file) => {
    const names = Object.keys(spec.resolver.at(file, '/components/schemas'));
    const refused: string[] = [];
    for (const name of names) {
      const pointer = `/components/schemas/${name}`;
      const validate = spec.validators.forPointer(file, pointer);
      for (let seed = 0; seed < 10; seed += 1) {
        const value = sampleSchema(spec.resolver, { file, pointer }, options(seed));
        if (!validate(value)) refused.push(`${name}: ${JSON.stringify(value)}`);
      }
    }
    expect(refused).toEqual([]);
  });

  const toyResolver = (schemas: Record<string, unknown>) =>
    new RefResolver(new Map([['toy.yaml', { components: { schemas } }]]));

  it('honours multipleOf as ajv checks it, minimum and maximum', () => {
    const resolver = toyResolver({ n: { type: 'number', minimum: 0, maximum: 5, multipleOf: 0.001 } });
    for (let seed = 0; seed < 200; seed += 1) {
      const value = sampleSchema(resolver, { file: 'toy.yaml', pointer: '/components/schemas/n' }, options(seed)) as number;
      expect(value / 0.001).toBe(Math.trunc(value / 0.001));
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(5);
    }
  });

  it('uses fixed values, includes optional properties they lie under, and leaves out OMIT ones', () => {
    const resolver = toyResolver({
      block: {
        type: 'object',
        additionalProperties: false,
        properties: { a: { type: 'string' }, b: { type: 'object', properties: { c: { type: 'integer' } } }, d: { type: 'boolean' } },
      },
    });
    for (let seed = 0; seed < 20; seed += 1) {
      const value = sampleSchema(resolver, { file: 'toy.yaml', pointer: '/components/schemas/block' }, {
        ...options(seed),
        fixed: { '/b/c': 7, '/d': OMIT, '/undefined/by/schema': 1 },
      });
      expect(value).toMatchObject({ b: { c: 7 } });
      expect(value).not.toHaveProperty('d');
      expect(value).not.toHaveProperty('undefined');
    }
  });

  it('says so when a schema requires a property it forbids', () => {
    const resolver = toyResolver({ broken: { type: 'object', additionalProperties: false, required: ['x'], properties: {} } });
    expect(() => sampleSchema(resolver, { file: 'toy.yaml', pointer: '/components/schemas/broken' }, options(1))).toThrow(SchemaSampleError);
  });
});
