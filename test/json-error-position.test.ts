import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../src/validation/json-error-position.ts';

describe('locating a JSON syntax error', () => {
  it.each([
    '[]', '{}', '[{"payload":{"a":[1,-2.5e3,true,false,null,"x\\"y\\u00e9"]}}]', ' \n[ 1 , { "k" : { } } ]\n', '"s"', '0',
  ])('accepts valid JSON %s', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(jsonErrorOffset(text)).toBeUndefined();
  });

  it.each([
    ['payload: yes', 0],
    ['[1,]', 3],
    ['[1 2]', 3],
    ['{"a" 1}', 5],
    ['{"a":1,}', 7],
    ['[{"payload":', 12],
    ['[01]', 2],
    ['[1]x', 3],
    ['{"a":"\u0001"}', 5],
  ])('finds the error in %j at offset %i, where JSON.parse also fails', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('handles nesting far deeper than the call stack', () => {
    expect(jsonErrorOffset('['.repeat(500_000) + ']'.repeat(500_000))).toBeUndefined();
    expect(jsonErrorOffset('['.repeat(500_000))).toBe(500_000);
  });
});
