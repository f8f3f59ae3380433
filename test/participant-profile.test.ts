import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../src/profile/participant-profile.ts';
import { readFeatureScenarios } from '../src/requirements/feature-scenarios.ts';

describe('participant profile', () => {
  it('reads the bundled and the example external profiles', () => {
    const bundled = parseProfile(readFileSync('profiles/reference-participant.yaml', 'utf8'), 'reference-participant.yaml');
    expect(bundled.launch).toBe('bundled');
    expect(bundled.roles.map((role) => role.role)).toEqual(['SUP', 'MSS', 'MSA', 'SDS', 'ADS']);
    expect(bundled.capabilities.gspGroups).not.toContain('_P');
    const external = parseProfile(readFileSync('profiles/external-participant.example.yaml', 'utf8'), 'external.yaml');
    expect(external).toMatchObject({ launch: 'external', emulator: { host: '0.0.0.0', port: 41873 } });
    expect(external.roles[0]!.apiKey).toEqual({ env: 'EXAMPLE_SUPPLIER_DIP_API_KEY' });
    // Relative paths are read from the profile's folder.
    expect(external.transport).toEqual({ security: 'mtls', signingProfile: 'full-url-lowercase', suitePki: expect.stringMatching(/reports\/test-pki$/), participantCa: '/secure/example-energy/uit-ca.pem' });
    expect(bundled.transport).toEqual({ security: 'mtls', signingProfile: 'full-url-lowercase' });
  });

  it.each([
    ['a key written in the profile', 'participant: {name: X, launch: external, webhookUrl: "https://x", roles: [{role: SUP, dipId: "1234567890", mpid: ABCD, apiKey: "s3cret"}]}\nemulator: {port: 7001}', /apiKey must be \{env: VARIABLE\} or \{file: path\}/],
    ['an unquoted short DIP ID', 'participant: {name: X, launch: bundled, roles: [{role: SUP, dipId: 12345, mpid: ABCD}]}', /dipId must be a 10-character DIP ID/],
    ['an external participant with no emulator port', 'participant: {name: X, launch: external, webhookUrl: "https://x", roles: [{role: SUP, dipId: "1234567890", mpid: ABCD, apiKey: {env: K}}]}', /emulator.port is needed/],
    ['a role the suite does not test', 'participant: {name: X, launch: bundled, roles: [{role: LDSO, dipId: "1234567890", mpid: ABCD}]}', /role must be SUP, MSS, MSA, SDS or ADS/],
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

  describe('declared business processes (capabilities.processes)', () => {
    const supplier = 'participant: {name: X, launch: bundled, roles: [{role: SUP, dipId: "1234567890", mpid: ABCD}]}';
    const changeOfSupplierOnly = parseProfile(`${supplier}\ncapabilities: {segments: [S], processes: [BP001]}`, 'p.yaml');
    const scenarios = readFeatureScenarios();
    const tagsOf = (file: string) => scenarios.find((scenario) => scenario.file === file)!.tags;

    it('makes a scenario of an undeclared process not applicable, naming the process, and leaves a declared one applicable', async () => {
      const { notApplicable } = await import('../src/scenario/applicability.ts');
      expect(notApplicable(['@BP006', '@role:supplier', '@segment:smart'], changeOfSupplierOnly)).toBe('the profile does not declare business process BP006 (New Connection) (capabilities.processes)');
      expect(notApplicable(['@BP001', '@role:supplier', '@segment:smart'], changeOfSupplierOnly)).toBeUndefined();
      // The features' own tags: New Connection's first appointments are not tested, Change of Supplier's reads are.
      const firstServices = tagsOf('features/bp006-new-connection/supplier-appoints-first-services.feature');
      expect(notApplicable(firstServices, changeOfSupplierOnly)).toBe(
        'the profile declares none of the business processes BP006 (New Connection), BP002 (Change of Service – Metering Service), BP003 (Change of Service – Data Service) (capabilities.processes)',
      );
      expect(notApplicable(tagsOf('features/bp001-change-of-supplier/supplier-takes-change-of-supplier-read.feature'), changeOfSupplierOnly)).toBeUndefined();
    });

    it('applies a scenario of several processes when any of them is declared, DIP channel scenarios always, and an untagged one always', async () => {
      const { notApplicable } = await import('../src/scenario/applicability.ts');
      // A registration confirmation is part of a Change of Supplier and of a New Connection alike.
      expect(notApplicable(tagsOf('features/bp001-change-of-supplier/supplier-takes-registration-confirmation.feature'), changeOfSupplierOnly)).toBeUndefined();
      const newConnectionOnly = parseProfile(`${supplier}\ncapabilities: {processes: [BP006]}`, 'p.yaml');
      expect(notApplicable(['@BP001', '@BP006', '@role:supplier'], newConnectionOnly)).toBeUndefined();
      expect(notApplicable(['@MIGRATION', '@role:supplier'], newConnectionOnly)).toBe('the profile does not declare business process MIGRATION (Migration to MHHS (forward Change of Agent, forward Change of Supplier, reverse)) (capabilities.processes)');
      expect(notApplicable(tagsOf('features/dip-channels/supplier-rainy-days.feature'), newConnectionOnly)).toBeUndefined();
      expect(notApplicable(['@role:supplier', '@segment:smart'], newConnectionOnly)).toBeUndefined();
    });

    it('applies every process when the key is omitted', async () => {
      const { notApplicable } = await import('../src/scenario/applicability.ts');
      const undeclared = parseProfile(`${supplier}\ncapabilities: {segments: [S]}`, 'p.yaml');
      const bundled = parseProfile(readFileSync('profiles/reference-participant.yaml', 'utf8'), 'reference-participant.yaml');
      for (const scenario of scenarios) {
        expect(notApplicable(scenario.tags, undeclared) ?? '', scenario.name).not.toContain('capabilities.processes');
        expect(notApplicable(scenario.tags, bundled) ?? '', scenario.name).not.toContain('capabilities.processes');
      }
    });
  });
});
