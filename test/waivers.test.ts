import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../src/run/run-summary.ts';
import { applyWaivers, parseWaivers } from '../src/run/waivers.ts';

const run: RunSummary = {
  scenarios: [
    { name: 'SP006 scenario', feature: 'f', tags: ['@REQ-SP-006'], verdict: 'fail', seconds: 1 },
    { name: 'SLA scenario', feature: 'f', tags: ['@REQ-REC-22.6.1'], verdict: 'fail', seconds: 1 },
    { name: 'passing scenario', feature: 'f', tags: ['@REQ-SP-006'], verdict: 'pass', seconds: 1 },
  ],
  totals: { pass: 1, fail: 2, inconclusive: 0, error: 0 },
  startedAt: '',
  finishedAt: '',
};

const waivers = parseWaivers(
  `waivers:
  - { id: REQ-SP-006, reason: meter types agreed later, reference: CB-2026-041, approver: A. Reviewer, expires: "2026-12-31" }
  - { id: SLA scenario, reason: old, reference: CB-2025-001, approver: B. Reviewer, expires: "2026-01-31" }`,
  'waivers.yaml',
);

describe('waivers', () => {
  it('marks a failure a live waiver covers as waived, keeps it a failure, and ignores an expired one', () => {
    const { summary, applied } = applyWaivers(run, waivers, '2026-11-23');
    expect(summary.scenarios.map((scenario) => [scenario.name, scenario.verdict, scenario.waiver ?? null])).toEqual([
      ['SP006 scenario', 'fail', 'CB-2026-041 (A. Reviewer, until 2026-12-31)'],
      ['SLA scenario', 'fail', null],
      ['passing scenario', 'pass', null],
    ]);
    expect(applied.map((entry) => [entry.waiver.reference, entry.expired, entry.scenarios])).toEqual([
      ['CB-2026-041', false, ['SP006 scenario']],
      ['CB-2025-001', true, ['SLA scenario']],
    ]);
  });

  it.each([
    ['no list', 'waiver: x', /top-level 'waivers' list/],
    ['a missing approver', 'waivers: [{id: X, reason: r, reference: R, expires: "2027-01-01"}]', /waivers\[0\]\.approver is required/],
    ['a bad expiry', 'waivers: [{id: X, reason: r, reference: R, approver: A, expires: soon}]', /expires must be a date/],
  ])('refuses %s and says where', (_what, source, message) => {
    expect(() => parseWaivers(source, 'waivers.yaml')).toThrow(message);
  });
});
