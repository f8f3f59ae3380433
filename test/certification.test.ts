import { describe, expect, it } from 'vitest';
import { parseProfile } from '../src/profile/participant-profile.ts';
import { certificationRefusals } from '../src/run/certification.ts';
import { specUnderTest } from './spec-under-test.ts';

const declared = parseProfile('participant: {name: X, launch: bundled, roles: [{role: SUP, dipId: "1234567890", mpid: ABCD}]}\ncapabilities: {segments: [S]}', 'declared.yaml');
const undeclared = parseProfile('participant: {name: X, launch: bundled, roles: [{role: SUP, dipId: "1234567890", mpid: ABCD}]}\ntransport: {security: plain}', 'undeclared.yaml');

describe('certification mode', () => {
  it('refuses a run that filters, injects faults, compresses time or has no capability declaration, and says each reason', () => {
    const reasons = certificationRefusals({ profile: undeclared, spec: specUnderTest(), tags: '@BP001', faults: ['late-if031'], timeScale: 600 });
    expect(reasons.join('\n')).toMatch(/has no capability declaration/);
    expect(reasons.join('\n')).toMatch(/--tags selects scenarios/);
    expect(reasons.join('\n')).toMatch(/--fault switches on defects/);
    expect(reasons.join('\n')).toMatch(/--time-scale 600 compresses time/);
    expect(reasons.join('\n')).toMatch(/transport.security is plain; the DIP uses mutual TLS/);
  });

  it('has nothing against a declared, unfiltered, real-time run on the published definitions', () => {
    const reasons = certificationRefusals({ profile: declared, spec: specUnderTest(), tags: undefined, faults: [], timeScale: 1 });
    // Only the working tree's state may remain: a clean clone has none.
    expect(reasons.filter((reason) => !reason.startsWith('the suite has local changes'))).toEqual([]);
  });
});
