// Fixed values by JSON pointer, checked against the variant a builder is asked for: a pointer the
// variant has goes into the message; one it does not have is a compile error wherever the
// variant is written literally. `npm run typecheck` proves the `@ts-expect-error` lines: each
// must still be an error, or tsc fails.
import { en, en_GB, Faker } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { describeMessage, type FixedFields } from '../src/builders/fixed-fields.ts';
import { buildMessage } from '../src/builders/message-builder.ts';
import { OMIT } from '../src/builders/schema-sampler.ts';
import { readField, readFieldOf } from '../src/spec/payload-fields.ts';
import { specUnderTest } from './spec-under-test.ts';

const spec = specUnderTest();
const NOW = Date.UTC(2026, 8, 15, 9, 0);

function seeded(seed: number): Faker {
  const faker = new Faker({ locale: [en_GB, en] });
  faker.seed(seed);
  return faker;
}

describe('fixed fields checked against the variant', () => {
  it('puts a checked pointer into the message built, down to an array item', () => {
    const payload = buildMessage(spec, {
      faker: seeded(1),
      now: NOW,
      interfaceID: 'IF-041',
      eventCode: '[ReadingCOS]',
      fixed: {
        '/CommonBlock/M0/MPANCore': '1200012345678',
        '/CustomBlock/B064List/0/cumulativeRegisterReadingDateTime': '2026-09-15T00:00:00+01:00',
      },
    });
    expect(readField(payload, 'CommonBlock', 'M0', 'MPANCore')).toBe('1200012345678');
    const reads = readFieldOf('IF-041 [ReadingCOS]', payload, 'CustomBlock', 'B064List');
    expect(Array.isArray(reads) && (reads[0] as Record<string, unknown>).cumulativeRegisterReadingDateTime).toBe('2026-09-15T00:00:00+01:00');
  });

  it('describes a message for later building with the pointers as written', () => {
    const description = describeMessage('IF-002', '[GainMPANInfo]', { '/CustomBlock/B013': { CSSRegistrationID: 'CSS-1' }, '/CustomBlock/B005': OMIT });
    expect(description).toEqual({ interfaceID: 'IF-002', eventCode: '[GainMPANInfo]', fixed: { '/CustomBlock/B013': { CSSRegistrationID: 'CSS-1' }, '/CustomBlock/B005': OMIT } });
    const payload = buildMessage(spec, { faker: seeded(2), now: NOW, ...description });
    expect(readField(payload, 'CustomBlock', 'B013', 'CSSRegistrationID')).toBe('CSS-1');
    expect(readField(payload, 'CustomBlock', 'B005')).toBeUndefined();
  });

  it('refuses at compile time a pointer the variant named does not have', () => {
    const faker = seeded(3);
    // @ts-expect-error IF-031 [MSApp] has no CustomBlock.B07x
    buildMessage(spec, { faker, now: NOW, interfaceID: 'IF-031', eventCode: '[MSApp]', fixed: { '/CustomBlock/B07x': 1 } });
    // @ts-expect-error M0 has MPANCore, not MPANcore
    describeMessage('IF-041', '[ReadingCOS]', { '/CommonBlock/M0/MPANcore': '1200012345678' });
    // @ts-expect-error B071 is the Data Service's block: IF-033 [MSAppSPRequest] carries B070
    describeMessage('IF-033', '[MSAppSPRequest]', { '/CustomBlock/B071': {} });
    const either: FixedFields<'IF-035 [MSAppAccepted]' | 'IF-035 [DSAppAccepted]'> = { '/CustomBlock/B070': {}, '/CustomBlock/B071': {} };
    expect(Object.keys(either)).toEqual(['/CustomBlock/B070', '/CustomBlock/B071']);
  });

  it('leaves unchecked what is only known as a string, as the builder always allowed', () => {
    const eventCode: string = '[MSApp]';
    const payload = buildMessage(spec, { faker: seeded(4), now: NOW, interfaceID: 'IF-031', eventCode, fixed: { '/CommonBlock/M0/MPANCore': '1200012345678', '/NotAField': 1 } });
    expect(readField(payload, 'CommonBlock', 'M0', 'MPANCore')).toBe('1200012345678');
    expect('NotAField' in payload).toBe(false);
  });
});
