import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../src/profile/participant-profile.ts';

describe('participant profile', () => {
  it('reads the bundled and the example external profiles', () => {
    const bundled = parseProfile(readFileSync('profiles/reference-participant.yaml', 'utf8'), 'reference-participant.yaml');
    expect(bundled.launch).toBe('bundled');
    expect(bundled.roles.map((role) => role.role)).toEqual(['SUP', 'MSS', 'MSA']);
    expect(bundled.capabilities.gspGroups).not.toContain('_P');
    const external = parseProfile(readFileSync('profiles/external-participant.example.yaml', 'utf8'), 'external.yaml');
    expect(external).toMatchObject({ launch: 'external', emulator: { host: '0.0.0.0', port: 7001 } });
    expect(external.roles[0]!.apiKey).toEqual({ env: 'EXAMPLE_SUPPLIER_DIP_API_KEY' });
    // Relative paths are read from the profile's folder.
    expect(external.transport).toEqual({ security: 'mtls', signingProfile: 'full-url-lowercase', suitePki: expect.stringMatching(/reports\/test-pki$/), participantCa: '/secure/example-energy/uit-ca.pem' });
    expect(bundled.transport).toEqual({ security: 'mtls', signingProfile: 'full-url-lowercase' });
  });

  it.each([
    ['a key written in the profile', 'participant: {name: X, launch: external, webhookUrl: "https://x", roles: [{role: SUP, dipId: "1234567890", mpid: ABCD, apiKey: "s3cret"}]}\nemulator: {port: 7001}', /apiKey must be \{env: VARIABLE\} or \{file: path\}/],
    ['an unquoted short DIP ID', 'participant: {name: X, launch: bundled, roles: [{role: SUP, dipId: 12345, mpid: ABCD}]}', /dipId must be a 10-character DIP ID/],
    ['an external participant with no emulator port', 'participant: {name: X, launch: external, webhookUrl: "https://x", roles: [{role: SUP, dipId: "1234567890", mpid: ABCD, apiKey: {env: K}}]}', /emulator.port is needed/],
    ['a role the suite does not test', 'participant: {name: X, launch: bundled, roles: [{role: LDSO, dipId: "1234567890", mpid: ABCD}]}', /role must be SUP, MSS or MSA/],
    ['not YAML', 'participant: [unclosed', /not valid YAML/],
    ['an external mTLS participant without the suite certificates', 'participant: {name: X, launch: external, webhookUrl: "https://x", roles: [{role: SUP, dipId: "1234567890", mpid: ABCD, apiKey: {env: K}}]}\nemulator: {port: 7001}\ntransport: {participantCa: ca.pem}', /transport.suitePki is missing.*certs init/],
    ['an unknown signing profile', 'participant: {name: X, launch: bundled, roles: [{role: SUP, dipId: "1234567890", mpid: ABCD}]}\ntransport: {signingProfile: sha1-please}', /transport.signingProfile must be one of full-url-lowercase, path-only/],
    ['an optional interface that is not an interface ID', 'participant: {name: X, launch: bundled, roles: [{role: SUP, dipId: "1234567890", mpid: ABCD}]}\ncapabilities: {sends: [advisories]}', /capabilities.sends\[0\] must be an interface ID such as IF-024, found "advisories"/],
    ['a transport security other than mtls or plain', 'participant: {name: X, launch: bundled, roles: [{role: SUP, dipId: "1234567890", mpid: ABCD}]}\ntransport: {security: tls}', /transport.security must be 'mtls' or 'plain'/],
  ])('refuses %s and says where', (_what, source, message) => {
    expect(() => parseProfile(source, 'p.yaml')).toThrow(message);
  });
});

describe('scenario applicability', () => {
  const profile = parseProfile(readFileSync('profiles/external-participant.example.yaml', 'utf8'), 'external.yaml');

  it('skips what the capability declaration leaves out, and nothing else', async () => {
    const { notApplicable } = await import('../src/scenario/applicability.ts');
    expect(notApplicable(['@role:supplier', '@segment:advanced'], profile)).toBe('the profile does not declare market segment A');
    expect(notApplicable(['@role:supplier', '@segment:smart'], profile)).toBeUndefined();
    const supplierOnly = { ...profile, roles: profile.roles.filter((role) => role.role === 'SUP') };
    expect(notApplicable(['@role:metering-service'], supplierOnly)).toBe('the profile declares none of the roles MSS, MSA');
    expect(notApplicable(['@role:supplier', '@role:metering-service'], supplierOnly)).toBeUndefined();
    // Optional interfaces: applicable only where capabilities.sends declares them.
    expect(profile.capabilities.sends).toEqual([]);
    expect(notApplicable(['@role:supplier', '@sends:IF-024'], profile)).toBe('the profile does not declare that the participant sends IF-024 (capabilities.sends)');
    const sender = { ...profile, capabilities: { ...profile.capabilities, sends: ['IF-024'] } };
    expect(notApplicable(['@role:supplier', '@sends:IF-024'], sender)).toBeUndefined();
    expect(notApplicable(['@role:supplier', '@sends:IF-027'], sender)).toBe('the profile does not declare that the participant sends IF-027 (capabilities.sends)');
  });

  it('runs a bilateral interface scenario (IF-004) only for a profile that declares it sends that interface', async () => {
    const { notApplicable } = await import('../src/scenario/applicability.ts');
    const tags = ['@role:metering-service', '@segment:smart', '@sends:IF-004'];
    expect(notApplicable(tags, profile)).toBe('the profile does not declare that the participant sends IF-004 (capabilities.sends)');
    const declaring = parseProfile('participant: {name: X, launch: bundled, roles: [{role: MSS, dipId: "1234567890", mpid: ABCD}]}\ncapabilities: {segments: [S], sends: [IF-004]}', 'p.yaml');
    expect(notApplicable(tags, declaring)).toBeUndefined();
    expect(() => parseProfile('participant: {name: X, launch: bundled, roles: [{role: MSS, dipId: "1234567890", mpid: ABCD}]}\ncapabilities: {sends: [IF4]}', 'p.yaml')).toThrow(/p.yaml: capabilities.sends/);
  });
});
