// The DIP's register of accepted sender unique references answers exactly as a Set of the
// strings would, for references of any shape, through every growth of its table and buffer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReferenceRegister } from '../mocks/dip/reference-register.ts';

/** References as participants write them, near-misses of them, and arbitrary text. */
const reference = fc.oneof(
  fc.tuple(fc.constantFrom('S-IF-031-1000000001-SUP-20260915-', 'S-IF-031-1000000002-SUP-20260915-', 'S-REP-002-1000000001-MS-20260916-'), fc.stringMatching(/^[A-Za-z0-9]{1,12}$/)).map(([prefix, sequence]) => prefix + sequence),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', '-', 'S-', 'S-IF-031-', 'a-b-', 'Cymraeg-ŵŷ', 'emoji-😀', 'x'.repeat(40_000)),
);

describe('ReferenceRegister', () => {
  it('answers has() as a Set does, whatever is added in whatever order', () => {
    fc.assert(
      // Steps pick from a small pool, so references come back after they were added.
      fc.property(fc.array(reference, { minLength: 1, maxLength: 40 }), fc.array(fc.tuple(fc.boolean(), fc.nat()), { maxLength: 300 }), (pool, steps) => {
        const register = new ReferenceRegister();
        const expected = new Set<string>();
        for (const [adding, pick] of steps) {
          const text = pool[pick % pool.length]!;
          expect(register.has(text)).toBe(expected.has(text));
          if (adding) {
            register.add(text);
            expected.add(text);
          }
        }
        expect(register.size).toBe(expected.size);
        for (const text of expected) expect(register.has(text)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps 200,000 references through its growth and tells them from their neighbours', () => {
    const register = new ReferenceRegister();
    const prefix = 'S-IF-031-1000000001-SUP-20260915-';
    for (let index = 0; index < 200_000; index += 1) register.add(`${prefix}B${index.toString(36)}`);
    register.add(`${prefix}B0`);
    expect(register.size).toBe(200_000);
    for (let index = 0; index < 200_000; index += 997) expect(register.has(`${prefix}B${index.toString(36)}`)).toBe(true);
    expect(register.has(`${prefix}C0`)).toBe(false);
    expect(register.has(`${prefix}B${(200_000).toString(36)}`)).toBe(false);
    expect(register.has('S-IF-031-1000000002-SUP-20260915-B0')).toBe(false);
    expect(register.has(`${prefix}b0`)).toBe(false);
  });
});
