// The window the suite holds a Smart Data Service's MDR update to (BP003B 3B-02): its Effective
// From Date neither before the GB day it was sent (REG1024) nor more than 5 days after it (REG1082).
import { describe, expect, it } from 'vitest';
import { mdrEffectiveFromProblem } from '../src/scenario/mdr-change-steps.ts';

// 00:30 BST on 15 September 2026 is 23:30 UTC on the 14th: the GB day, not the UTC one, counts.
const SENT = Date.UTC(2026, 8, 14, 23, 30);

describe('mdrEffectiveFromProblem', () => {
  it.each(['2026-09-15T00:00:00+01:00', '2026-09-20T00:00:00+01:00'])('takes %s, sent on 15 September', (date) => {
    expect(mdrEffectiveFromProblem(date, SENT)).toBeUndefined();
  });

  it('refuses the day before the GB day it was sent (REG1024)', () => {
    expect(mdrEffectiveFromProblem('2026-09-14T00:00:00+01:00', SENT)).toBe('Effective From Date 2026-09-14 is before the day it was sent (2026-09-15, market time): an MDR change cannot be retrospective (REG1024)');
  });

  it('refuses 6 days ahead (REG1082)', () => {
    expect(mdrEffectiveFromProblem('2026-09-21T00:00:00+01:00', SENT)).toBe('Effective From Date 2026-09-21 is 6 days after the day it was sent (2026-09-15, market time); at most 5 are allowed (REG1082)');
  });

  it('names a text with no date', () => {
    expect(mdrEffectiveFromProblem('soon', SENT)).toBe('Effective From Date "soon" names no date');
  });
});
