// The MPANs an exchange is filed under: read from the fields that name MPANs, not found by a
// search of the text; a body that is not JSON is still filed by the MPANs written in it.
import { describe, expect, it } from 'vitest';
import { mpansNamedIn, namesMpan } from '../src/evidence/exchange-mpans.ts';

describe('the MPANs an exchange names', () => {
  it('reads every field whose name says MPAN, in order, once each', () => {
    const body = JSON.stringify([
      { payload: { CommonBlock: { M0: { MPANCore: '1012345678901', GSPGroupID: '_A' }, D0: { transactionID: 'T-IF-031-1234567890123-SUP' } } } },
      { payload: { CommonBlock: { M1: { principalMPAN: '1098765432109' } }, CustomBlock: { B1: { listOfMPANSonSite: ['1012345678901', '1011111111112'] } } } },
    ]);
    expect(mpansNamedIn(body)).toEqual(['1012345678901', '1098765432109', '1011111111112']);
  });

  it('passes over counts and 13-digit values of other fields', () => {
    const body = JSON.stringify({ totalNumberEnergisedMPANs: 1234567890123, reference: '1012345678901', MPANCore: '12345' });
    expect(mpansNamedIn(body)).toEqual([]);
  });

  it('reads 13-digit tokens from a body that is not JSON', () => {
    expect(mpansNamedIn('[{"payload":{"CommonBlock":{"M0":{"MPANCore":"1012345678901"')).toEqual(['1012345678901']);
    expect(mpansNamedIn('not json 12345678901234 1012345678901')).toEqual(['1012345678901']);
  });

  it('walks a body nested far deeper than any message without running out of stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(mpansNamedIn(deep)).toEqual([]);
    const shallowEnough = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
    expect(mpansNamedIn(`{"MPANCore":"1012345678901","deeper":${shallowEnough}}`)).toEqual(['1012345678901']);
  });

  it('matches an MPAN by its first 12 digits: a wrong check digit is still about it', () => {
    expect(namesMpan(['1012345678900'], '1012345678901')).toBe(true);
    expect(namesMpan(['1012345678911'], '1012345678901')).toBe(false);
    expect(namesMpan(undefined, '1012345678901')).toBe(false);
  });
});
