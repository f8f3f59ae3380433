// The Effective From Date the reference Supplier proposes when nothing gives it a supply start
// date: the next GB midnight, counted from the later of its own clock and the DIP's timestamp on
// the message, so a compressed market clock running days ahead of its wall clock never finds
// the date in the past (EFD-NOT-IN-PAST, REG1034).
import { describe, expect, it } from 'vitest';
import { proposedEffectiveFrom } from '../reference-participant/effective-date.ts';

const WALL = Date.UTC(2026, 11, 7, 6, 27); // 2026-12-07 06:27 GMT, the participant's own clock
const withD0 = (transactionTimestamp: string) => ({ CommonBlock: { D0: { transactionTimestamp } } });

describe('proposedEffectiveFrom', () => {
  it('counts from the DIP timestamp when the market is ahead of the participant’s clock', () => {
    expect(proposedEffectiveFrom(withD0('2026-12-09T05:40:10+00:00'), undefined, WALL)).toBe('2026-12-10T00:00:00+00:00');
  });

  it('counts from its own clock when that is later, or the message carries no timestamp', () => {
    expect(proposedEffectiveFrom(withD0('2026-12-01T09:00:00+00:00'), undefined, WALL)).toBe('2026-12-08T00:00:00+00:00');
    expect(proposedEffectiveFrom({}, undefined, WALL)).toBe('2026-12-08T00:00:00+00:00');
    expect(proposedEffectiveFrom(withD0('not a time'), undefined, WALL)).toBe('2026-12-08T00:00:00+00:00');
  });

  it('keeps a supply start date the message or the registration gives', () => {
    expect(proposedEffectiveFrom({ CustomBlock: { B002: { supplierEffectiveFromDate: '2026-12-20T00:00:00+00:00' } }, ...withD0('2026-12-09T05:40:10+00:00') }, undefined, WALL)).toBe('2026-12-20T00:00:00+00:00');
    expect(proposedEffectiveFrom(withD0('2026-12-09T05:40:10+00:00'), '2026-12-15', WALL)).toBe('2026-12-15T00:00:00+00:00');
  });
});
