// The profile's JSON Schema as the suite applies it: a misspelt key is refused with its path and
// the key meant, every problem at once, and every profile the suite ships or writes keeps to it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { TRIGGER_NAMES } from '../src/onboarding/init-answers.ts';
import { loadBusinessProcesses } from '../src/processes/business-processes.ts';
import { ALL_GSP_GROUPS, parseProfile } from '../src/profile/participant-profile.ts';
import { closest, PROFILE_SCHEMA_FILE, profileSchemaProblems } from '../src/profile/profile-schema.ts';
import { SIGNING_PROFILES } from '../src/transport/dip-signature.ts';
import { profileRefusal } from './profile-refusal.ts';

const schema = JSON.parse(readFileSync(PROFILE_SCHEMA_FILE, 'utf8')) as {
  properties: Record<string, { properties: Record<string, { items?: { enum?: string[] }; enum?: unknown[] }> }>;
  definitions: { process: { enum: string[] } };
};

/** A bundled Supplier's profile with `extra` YAML added at the top level. */
const profileWith = (extra: string, participant = 'name: X, launch: bundled, roles: [{role: SUP, dipId: "1234567890", mpid: ABCD}]') => `participant: {${participant}}\n${extra}`;

/** A YAML file as the profile reader loads it (YAML 1.2 core schema). */
const yamlFile = (file: string): unknown => yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA });

const refusal = profileRefusal;

describe('the profile schema', () => {
  it('is a valid draft-07 schema at an absolute path the package ships', () => {
    expect(path.isAbsolute(PROFILE_SCHEMA_FILE)).toBe(true);
    expect(PROFILE_SCHEMA_FILE).toBe(path.resolve('profiles/profile.schema.json'));
    const ajv = new Ajv();
    ajv.addVocabulary(['errorMessage']);
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('accepts every bundled profile, and one with every key the reader knows', () => {
    const bundled = readdirSync('profiles').filter((name) => name.endsWith('.yaml'));
    expect(bundled.length).toBeGreaterThanOrEqual(3);
    for (const name of bundled) expect(profileSchemaProblems(yamlFile(path.join('profiles', name))), name).toEqual([]);
    const everything = [
      'participant:',
      '  name: Every Key Ltd',
      '  launch: external',
      '  webhookUrl: https://hooks.example.co.uk/webhook',
      '  roles:',
      '    - { role: SUP, dipId: "12345678ab", mpid: EVRS, apiKey: { env: EVERY_SUP_KEY } }',
      '    - { role: MSS, dipId: 1234567891, mpid: EVRM, apiKey: { file: /run/secrets/mss } }',
      '    - { role: MSA, dipId: "1234567892", mpid: EVRA, apiKey: { env: K, file: f } }',
      '  faults: [late-if031]',
      "  behaviour: { answerHoldMillis: 300, actOnAfterMinutes: { 'IF-033': 15 } }",
      'capabilities:',
      '  segments: [S, A]',
      '  processes: [BP001, BP006, DIP]',
      '  gspGroups: [_A, _P]',
      '  meterTypes: [S2ADE, 2ADF, K]',
      '  sends: [IF-004, IF-024]',
      'portfolio: { meteringService: ["2000056535971", 1012345678903], supplier: }',
      'triggers:',
      '  css-registration: { http: { url: "{participant}/test-hooks/css-registration" } }',
      '  site-works: { command: ./works.sh }',
      '  registration-data: { manual: Change it }',
      '  service-change: { playwright: { script: ./service-change.mjs } }',
      '  data-service-request: { manual: Tell it }',
      '  metering-service-request: { manual: Share it }',
      '  direct-contract: { manual: Record it }',
      'emulator: { host: 0.0.0.0, port: 7001, publicUrl: "https://dip.test.example:8443" }',
      'transport: { security: mtls, signingProfile: path-only, suitePki: ./pki, participantCa: ./ca.pem }',
      'idMap: id-map.yaml',
      '',
    ].join('\n');
    const profile = parseProfile(everything, '/profiles/every-key.yaml');
    expect(profile.capabilities).toMatchObject({ processes: ['BP001', 'BP006', 'DIP'], meterTypes: ['S2ADE', '2ADF', 'K'] });
    expect(profile.roles[1]!.dipId).toBe('1234567891');
    expect(profile.portfolio).toEqual({ meteringService: ['2000056535971', '1012345678903'], supplier: [] });
    // Sections and lists written with nothing under them read as omitted, as they always have.
    expect(() => parseProfile(profileWith('capabilities:\n  segments:\n  sends:\nportfolio:\ntriggers:\nemulator:\ntransport:\n'), 'p.yaml')).not.toThrow();
  });

  it('names the same values as the code it stands beside', () => {
    expect(schema.definitions.process.enum).toEqual([...loadBusinessProcesses().keys()]);
    expect(schema.properties.transport!.properties.signingProfile!.enum).toEqual([...Object.keys(SIGNING_PROFILES), null]);
    expect(Object.keys(schema.properties.triggers!.properties).sort()).toEqual([...TRIGGER_NAMES].sort());
    expect(schema.properties.capabilities!.properties.gspGroups!.items!.enum).toEqual(ALL_GSP_GROUPS);
  });
});

describe('a misspelt key', () => {
  it.each([
    ['capabilities.segment', profileWith('capabilities: { segment: [S, A] }'), 'capabilities.segments'],
    ['participant.role', 'participant: { name: X, launch: bundled, role: [{ role: SUP, dipId: "1234567890", mpid: ABCD }] }', 'participant.roles'],
    ['participant.webhookURL', profileWith('', 'name: X, launch: bundled, webhookURL: "https://x", roles: [{role: SUP, dipId: "1234567890", mpid: ABCD}]'), 'participant.webhookUrl'],
    ['triggers.css-registration.htpp', profileWith('triggers: { css-registration: { htpp: { url: "https://x" } } }'), 'triggers.css-registration.http'],
    ['transport.signingprofile', profileWith('transport: { signingprofile: path-only }'), 'transport.signingProfile'],
    ['emulator.hostname', profileWith('emulator: { hostname: 0.0.0.0 }'), 'emulator.host'],
    ['portfolio.suppliers', profileWith('portfolio: { suppliers: ["1012345678903"] }'), 'portfolio.supplier'],
    ['capabilities.gspGroup', profileWith('capabilities: { gspGroup: [_K] }'), 'capabilities.gspGroups'],
    ['capabilites', profileWith('capabilites: { segments: [S] }'), 'capabilities'],
    ['participant.roles[0].apikey', profileWith('', 'name: X, launch: bundled, roles: [{role: SUP, dipId: "1234567890", mpid: ABCD, apikey: {env: K}}]'), 'participant.roles[0].apiKey'],
    ['triggers.css-registraton', profileWith('triggers: { css-registraton: { manual: Raise it } }'), 'triggers.css-registration'],
  ])('%s is refused with its path and the key meant', (key, source, meant) => {
    expect(refusal(source)).toBe(`my-profile.yaml: ${key} is not a profile key; did you mean ${meant}?`);
  });

  it('with nothing close, is refused with the keys allowed there', () => {
    expect(refusal(profileWith('emulator: { tls: true }'))).toBe('my-profile.yaml: emulator.tls is not a profile key; the keys of emulator are host, port, publicUrl');
    expect(refusal(profileWith('selftest: {}'))).toMatch(/^my-profile\.yaml: selftest is not a profile key; the keys at the top are participant, capabilities, portfolio, triggers, emulator, transport, idMap$/);
  });

  it('and every other problem are listed at once, one per line', () => {
    const message = refusal(
      profileWith('capabilities: { segment: [S], processes: [BP06] }\nemulator: { hostname: h, port: "7001x" }\ntransport: { security: tls }', 'name: X, launch: bundled, role: [{role: SUP, dipId: "1234567890", mpid: ABCD}]'),
    );
    expect(message.split('\n')).toEqual([
      'my-profile.yaml: 6 problems:',
      '  participant.role is not a profile key; did you mean participant.roles?',
      '  capabilities.segment is not a profile key; did you mean capabilities.segments?',
      '  capabilities.processes[0] must be a business process id of scenarios/business-processes.yaml, found "BP06"; did you mean BP006?',
      '  emulator.hostname is not a profile key; did you mean emulator.host?',
      '  emulator.port must be a TCP port number (0–65535), found "7001x"',
      "  transport.security must be 'mtls' or 'plain', found \"tls\"; did you mean mtls?",
    ]);
  });
});

describe('a value of the wrong kind', () => {
  it.each([
    ['a port with a letter in it', profileWith('emulator: { port: "7001x" }'), 'emulator.port must be a TCP port number (0–65535), found "7001x"'],
    ['an unknown process id', profileWith('capabilities: { processes: [BP001, BP0011] }'), 'capabilities.processes[1] must be a business process id of scenarios/business-processes.yaml, found "BP0011"; did you mean BP001?'],
    ['a process id nothing is close to', profileWith('capabilities: { processes: [Change of Supplier] }'), 'capabilities.processes[0] must be a business process id of scenarios/business-processes.yaml, found "Change of Supplier"'],
    ['a segment spelt out', profileWith('capabilities: { segments: [Smart] }'), 'capabilities.segments[0] must be S or A, found "Smart"'],
    ['a list written as one value', profileWith('capabilities: { sends: IF-024 }'), 'capabilities.sends must be a list, found "IF-024"'],
    ['a trigger with two ways', profileWith('triggers: { site-works: { manual: do it, command: ./x.sh } }'), 'triggers.site-works must be one of {http: {url}}, {command}, {manual: instructions}, {playwright: {script}}, found {"manual":"do it","command":"./x.sh"}'],
    ['a role without its MPID', 'participant: {name: X, roles: [{role: SUP, dipId: "1234567890"}]}', "participant.roles[0].mpid is missing: the MPID of this role: four capital letters"],
  ])('%s: names the path and what is expected', (_what, source, problem) => {
    expect(refusal(source)).toBe(`my-profile.yaml: ${problem}`);
  });

  it('never repeats an API key written in the profile', () => {
    const message = refusal(profileWith('', 'name: X, launch: bundled, roles: [{role: SUP, dipId: "1234567890", mpid: ABCD, apiKey: "s3cret-key"}]'));
    expect(message).toBe('my-profile.yaml: participant.roles[0].apiKey must be {env: VARIABLE} or {file: path}; keys never go in the profile itself');
  });
});

describe('the closest name', () => {
  it.each([
    ['webhookURL', ['name', 'webhookUrl', 'roles'], 'webhookUrl'],
    ['hostname', ['host', 'port', 'publicUrl'], 'host'],
    ['htpp', ['http', 'command', 'manual', 'playwright'], 'http'],
    ['BP6', ['BP001', 'BP003', 'BP006'], 'BP006'],
    ['tls', ['host', 'port', 'publicUrl'], undefined],
    ['x', ['name', 'launch'], undefined],
  ])('of %s is %s', (typed, candidates, meant) => {
    expect(closest(typed, candidates)).toBe(meant);
  });
});
