// `mhhs-qualify init`, run in-process: the profile it writes is read back by the suite's own
// profile reader with every answer intact, no secret is ever written, an existing file is kept
// without --force, and each bad answer is refused with a sentence naming the flag or question.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { answersFromFlags, initCommand } from '../src/cli/commands/init-command.ts';
import { runCli } from '../src/cli/main.ts';
import { memoryIO } from '../src/cli/output/console-io.ts';
import { PROCESSES_OF, profileYaml } from '../src/onboarding/profile-writer.ts';
import { loadBusinessProcesses } from '../src/processes/business-processes.ts';
import { processCoverage } from '../src/processes/process-coverage.ts';
import { loadProcessTables } from '../src/processes/process-tables.ts';
import { scenariosByProcess } from '../src/processes/role-scenarios.ts';
import { readFeatureScenarios } from '../src/requirements/feature-scenarios.ts';
import { loadProfile, parseProfile } from '../src/profile/participant-profile.ts';

const scratch = () => mkdtempSync(path.join(tmpdir(), 'mhhs-init-'));

/** Whether a port can be listened on now, on every address as the emulator's default host does. */
function listenable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '0.0.0.0', () => server.close(() => resolve(true)));
  });
}

async function init(...args: string[]) {
  const io = memoryIO();
  const code = await runCli(['init', ...args], io);
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
}

const baseFlags = (out: string) => [
  '--name', 'Example Energy Ltd (UIT)',
  '--role', 'SUP:1234567890:EXEN:env:EXAMPLE_SUPPLIER_DIP_API_KEY',
  '--webhook-url', 'https://dip-webhook.uit.example.co.uk/webhook',
  '--participant-ca', 'certs/uit-ca.pem',
  '--out', out,
];

describe('mhhs-qualify init (flags)', () => {
  it('writes a profile that loadProfile reads back with the same answers, and no secret', async () => {
    const dir = scratch();
    const out = path.join(dir, 'profiles', 'my-profile.yaml');
    const suitePki = path.join(dir, 'pki');
    process.env.EXAMPLE_SUPPLIER_DIP_API_KEY = 'key-that-must-never-be-written';
    try {
      const result = await init(
        ...baseFlags(out),
        '--role', 'MSS:12345678AB:EXMS:file:/run/secrets/example-mss-key',
        '--emulator-host', '127.0.0.1',
        '--emulator-port', '7101',
        '--segments', 'S,A',
        '--gsp-groups', '_A,_k',
        '--suite-pki', suitePki,
        '--trigger', 'css-registration=http:https://hooks.example.co.uk/css?x=1',
        '--trigger', 'site-works=command:./scripts/report-works.sh "$MHHS_TRIGGER_PAYLOAD"',
        '--trigger', 'registration-data=manual:Change the data: then press Enter',
      );
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Wrote .*my-profile\.yaml: Example Energy Ltd \(UIT\), SUP 1234567890 \(EXEN\), MSS 12345678AB \(EXMS\)/);
      for (const step of ['mhhs-qualify certs init --dir', 'export EXAMPLE_SUPPLIER_DIP_API_KEY=', `mhhs-qualify doctor --profile ${out}`, `mhhs-qualify run --profile ${out} --time-scale 1`]) {
        expect(result.stdout).toContain(step);
      }

      const text = readFileSync(out, 'utf8');
      expect(text).not.toContain('key-that-must-never-be-written');
      expect(text.split('\n')[1]).toMatch(/^# .*written by mhhs-qualify init/);
      const profile = loadProfile(out);
      expect(profile).toMatchObject({
        name: 'Example Energy Ltd (UIT)',
        launch: 'external',
        webhookUrl: 'https://dip-webhook.uit.example.co.uk/webhook',
        emulator: { host: '127.0.0.1', port: 7101 },
        transport: { security: 'mtls', signingProfile: 'full-url-lowercase', suitePki, participantCa: path.resolve('certs/uit-ca.pem') },
        triggers: {
          'css-registration': { http: { url: 'https://hooks.example.co.uk/css?x=1' } },
          'site-works': { command: './scripts/report-works.sh "$MHHS_TRIGGER_PAYLOAD"' },
          'registration-data': { manual: 'Change the data: then press Enter' },
        },
      });
      expect(profile.roles).toEqual([
        { role: 'SUP', dipId: '1234567890', mpid: 'EXEN', apiKey: { env: 'EXAMPLE_SUPPLIER_DIP_API_KEY' } },
        { role: 'MSS', dipId: '12345678AB', mpid: 'EXMS', apiKey: { file: '/run/secrets/example-mss-key' } },
      ]);
      expect(profile.capabilities).toMatchObject({ segments: ['S', 'A'], gspGroups: ['_A', '_K'], declared: true, meterTypes: undefined });
      expect(text).toContain(`suitePki: ${JSON.stringify(suitePki)}`);
    } finally {
      delete process.env.EXAMPLE_SUPPLIER_DIP_API_KEY;
    }
  });

  it('fills in the defaults and a manual trigger for each trigger the roles need', async () => {
    const out = path.join(scratch(), 'p.yaml');
    const result = await init(...baseFlags(out));
    expect(result.code).toBe(0);
    const profile = loadProfile(out);
    // No fixed 7001: a port free on this machine when init ran, and the next steps say so.
    expect(profile.emulator.host).toBe('0.0.0.0');
    expect(profile.emulator.port).not.toBe(7001);
    expect(await listenable(profile.emulator.port)).toBe(true);
    expect(result.stdout).toContain(`https://<this machine>:${profile.emulator.port} as their DIP base URL (port ${profile.emulator.port} was free on this machine when init ran`);
    expect(profile.portfolio).toEqual({ supplier: [], meteringService: [] });
    expect(result.stdout).toContain('no MPANs your Supplier supplies given: the scenarios that start from one will be inconclusive; add them to portfolio.supplier (or init again with --portfolio SUP:MPAN,MPAN… --force)');
    expect(profile.capabilities.segments).toEqual(['S']);
    expect(profile.capabilities.gspGroups).toHaveLength(14);
    expect(profile.transport.suitePki).toBe(path.resolve('reports/test-pki'));
    expect(Object.keys(profile.triggers)).toEqual(['css-registration', 'registration-data', 'service-change', 'data-service-request']);
    expect(profile.capabilities.sends).toEqual([]);
    expect(profile.triggers['css-registration']).toEqual({ manual: expect.stringContaining('CSS registration') });
  });

  it('writes the MPANs of --portfolio into the part of the portfolio of their role', async () => {
    const out = path.join(scratch(), 'p.yaml');
    const result = await init(
      ...baseFlags(out),
      '--role', 'MSS:1234567891:EXMS:env:KEY_MSS',
      '--role', 'MSA:1234567892:EXMA:env:KEY_MSA',
      '--portfolio', 'SUP:1012345678903',
      '--portfolio', 'MSS:2000000000015, 1000000000012',
      '--portfolio', 'MSA:1000000000012,1234567890126',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // Read back with the suite's own reader, as a run reads it.
    expect(loadProfile(out).portfolio).toEqual({ supplier: ['1012345678903'], meteringService: ['2000000000015', '1000000000012', '1234567890126'] });
    expect(result.stdout).not.toContain('--portfolio');
  });

  it("names the profile's JSON Schema on its first line: relative inside the checkout, absolute outside it", async () => {
    const schemaOf = (file: string) => /^# yaml-language-server: \$schema=(\S+)$/.exec(readFileSync(file, 'utf8').split('\n')[0]!)?.[1];
    const inside = path.resolve('reports', `init-schema-${process.pid}`, 'deeper', 'p.yaml');
    try {
      expect((await init(...baseFlags(inside))).code).toBe(0);
      const schema = schemaOf(inside);
      expect(schema).toBeDefined();
      expect(path.isAbsolute(schema!)).toBe(false);
      expect(path.resolve(path.dirname(inside), schema!)).toBe(path.resolve('profiles/profile.schema.json'));
    } finally {
      rmSync(path.dirname(path.dirname(inside)), { recursive: true, force: true });
    }
    const outside = path.join(scratch(), 'deeper', 'p.yaml');
    expect((await init(...baseFlags(outside))).code).toBe(0);
    expect(schemaOf(outside)).toBe(path.resolve('profiles/profile.schema.json'));
    expect(existsSync(schemaOf(outside)!)).toBe(true);
  });

  it('writes a relative path relative to the profile, which reads it from its own folder', () => {
    const answers = answersFromFlags({ name: 'X', role: ['SUP:1234567890:EXEN:env:KEY'], webhookUrl: 'https://x.example', participantCa: '/secure/ca.pem', emulatorPort: '7101' });
    const text = profileYaml(answers, 'profiles/mine.yaml');
    expect(text).toContain('suitePki: "../reports/test-pki"');
    expect(text).toContain('participantCa: "/secure/ca.pem"');
    expect(parseProfile(text, path.resolve('profiles/mine.yaml')).transport.suitePki).toBe(path.resolve('reports/test-pki'));
  });

  it('refuses to overwrite a profile without --force, and overwrites with it', async () => {
    const out = path.join(scratch(), 'p.yaml');
    writeFileSync(out, '# my edits\n');
    const refused = await init(...baseFlags(out));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${out} already exists: pass --force to overwrite it`);
    expect(readFileSync(out, 'utf8')).toBe('# my edits\n');
    expect((await init(...baseFlags(out), '--force')).code).toBe(0);
    expect(loadProfile(out).name).toBe('Example Energy Ltd (UIT)');
  });

  it.each([
    ['a DIP ID too short', ['--role', 'SUP:12345:EXEN:env:KEY'], /--role 'SUP:12345:EXEN:env:KEY': '12345' must be the 10-character DIP ID/],
    ['a role the suite does not test', ['--role', 'LDSO:1234567890:EXEN:env:KEY'], /--role 'LDSO:1234567890:EXEN:env:KEY': 'LDSO' is not a role the suite tests: give SUP/],
    ['a lower-case MPID', ['--role', 'SUP:1234567890:exen:env:KEY'], /--role 'SUP:1234567890:exen:env:KEY': 'exen' must be a Market Participant ID of four capital letters/],
    ['a key written in place of its source', ['--role', 'SUP:1234567890:EXEN:s3cr3t-key'], /--role 'SUP:1234567890:EXEN:s3cr3t-key': expected ROLE:DIPID:MPID:env:VARIABLE/],
    ['an unknown key source', ['--role', 'SUP:1234567890:EXEN:vault:KEY'], /--role 'SUP:1234567890:EXEN:vault:KEY': 'vault:KEY' must be env:VARIABLE .* the key itself never goes in the profile/],
    ['a role given twice', ['--role', 'SUP:1234567891:EXEN:env:OTHER'], /--role: SUP is given twice/],
    ['a webhook over plain HTTP', ['--webhook-url', 'http://hooks.example.co.uk'], /--webhook-url: 'http:\/\/hooks.example.co.uk' must start https:\/\//],
    ['a port out of range', ['--emulator-port', '70000'], /--emulator-port: '70000' must be a TCP port from 1 to 65535/],
    ['a segment that is not S or A', ['--segments', 'S,X'], /--segments: 'S,X' must list S \(Smart\) and\/or A \(Advanced\)/],
    ['a GSP group that does not exist', ['--gsp-groups', '_A,_I'], /--gsp-groups: _I is not a GSP group/],
    ['an unknown trigger', ['--trigger', 'css=manual:do it'], /--trigger 'css=manual:do it': 'css' is not a trigger the scenarios use: give one of css-registration, site-works, registration-data, service-change, data-service-request, metering-service-request, direct-contract/],
    ['an interface that is not optional', ['--sends', 'IF-024,IF-031'], /--sends: IF-031 is not an optional interface \(only IF-004, IF-024, IF-027, IF-038 are declared/],
    ['an optional interface the roles cannot send', ['--sends', 'IF-038'], /--sends: IF-038 \(Customer Direct Contracts to the Registration Service\) is sent by MSS, MSA, .* not by SUP: give any of IF-004, IF-024, IF-027 \(what SUP may send\), or none/],
    ['an MPAN with a wrong check digit', ['--portfolio', 'SUP:1012345678903,1012345678904'], /--portfolio 'SUP:1012345678903,1012345678904': '1012345678904' fails its check digit: the 13th digit must be 3, not 4/],
    ['an MPAN of 12 digits', ['--portfolio', 'SUP:101234567890'], /--portfolio 'SUP:101234567890': '101234567890' must be a 13-digit MPAN core/],
    ['MPANs of a role not given', ['--portfolio', 'MSA:1012345678903'], /--portfolio 'MSA:1012345678903': MSA is not one of the roles given \(SUP\)/],
    ['MPANs without their role', ['--portfolio', '1012345678903'], /--portfolio '1012345678903': expected ROLE:MPAN,MPAN…/],
    ['a trigger of no known kind', ['--trigger', 'site-works=email:ops@example.co.uk'], /--trigger 'site-works=email:ops@example.co.uk': .*must be http:URL .*command:CMD .*manual:TEXT/],
  ])('refuses %s, naming the flag', async (_what, extra, message) => {
    const out = path.join(scratch(), 'p.yaml');
    const result = await init(...baseFlags(out), ...extra);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(() => readFileSync(out)).toThrow(/ENOENT/);
  });

  it('names every flag missing when it cannot ask', async () => {
    const result = await init('--name', 'Example', '--out', path.join(scratch(), 'p.yaml'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('missing --role, --webhook-url, --participant-ca');
  });
});

describe("the profile's capability declaration", () => {
  // The processes init declares for a role are those `mhhs-qualify list --role` shows with a
  // process table: a scenario on a new process, or one dropped, fails here until init follows.
  it.each([
    ['supplier', 'SUP'],
    ['metering-service', 'MSS'],
    ['metering-service', 'MSA'],
    ['data-service', 'SDS'],
    ['data-service', 'ADS'],
  ] as const)('declares for %s (%s) the processes its scenarios cover', (role, code) => {
    const tables = loadProcessTables();
    const scenarios = readFeatureScenarios();
    const listing = scenariosByProcess(role, scenarios, tables, processCoverage(tables, scenarios), loadBusinessProcesses());
    const withScenarios = listing.filter((entry) => entry.coverage && entry.scenarios.length > 0).map((entry) => entry.process);
    expect([...PROCESSES_OF[code]].sort()).toEqual(withScenarios.sort());
  });
});

describe('mhhs-qualify init (questions at a terminal)', () => {
  it('asks each question with its default, asks again after a wrong answer, and writes the answers', async () => {
    const out = path.join(scratch(), 'asked.yaml');
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = '';
    output.on('data', (chunk) => (shown += chunk));
    const answers = [
      'Example Energy Ltd (UIT)',
      '', // role: SUP, the default
      '12345', // a DIP ID too short: asked again
      '1234567890',
      'EXEN',
      '', // API key source: env:MHHS_SUP_DIP_API_KEY, the default
      'MSA',
      '1234567892',
      'EXMA',
      'file:/run/secrets/exma-key',
      '', // no more roles
      'https://hooks.example.co.uk/webhook',
      '', // emulator host
      '', // emulator port: the free one offered
      '', // segments: S,A from the roles
      '_A,_K',
      'IF-031', // not an optional interface: asked again
      'if-038, IF-024', // in any order and case
      '', // suite PKI folder
      'certs/ca.pem',
      'http:https://hooks.example.co.uk/css',
      'command:./report-works.sh',
      '', // registration-data: manual, the default
      '', // service-change
      '', // data-service-request
      'playwright:./triggers/direct-contract.ts',
      '1012345678904', // SUP MPANs: a wrong check digit, asked again
      '1012345678903, 2000000000015',
      '', // MSA MPANs: none
    ];
    input.end(`${answers.join('\n')}\n`);
    const io = memoryIO();
    expect(await initCommand({ out }, io, { input, output, terminal: false })).toBe(0);

    expect(shown).toContain("DIP ID: '12345' must be the 10-character DIP ID");
    expect(shown).toContain('[env:MHHS_SUP_DIP_API_KEY]');
    expect(shown).toContain('IF-031 is not an optional interface');
    expect(shown).toContain("SUP MPANs: '1012345678904' fails its check digit");
    // IF-004 is sendable by the Supplier, but not declared: its trigger is never asked.
    expect(shown).toContain('IF-004 Comms Hub information');
    expect(shown).not.toContain('metering-service-request');
    const profile = loadProfile(out);
    expect(profile.roles).toEqual([
      { role: 'SUP', dipId: '1234567890', mpid: 'EXEN', apiKey: { env: 'MHHS_SUP_DIP_API_KEY' } },
      { role: 'MSA', dipId: '1234567892', mpid: 'EXMA', apiKey: { file: '/run/secrets/exma-key' } },
    ]);
    expect(profile).toMatchObject({
      webhookUrl: 'https://hooks.example.co.uk/webhook',
      portfolio: { supplier: ['1012345678903', '2000000000015'], meteringService: [] },
      capabilities: { segments: ['S', 'A'], gspGroups: ['_A', '_K'], sends: ['IF-024', 'IF-038'] },
      transport: { suitePki: path.resolve('reports/test-pki'), participantCa: path.resolve('certs/ca.pem') },
      triggers: {
        'css-registration': { http: { url: 'https://hooks.example.co.uk/css' } },
        'site-works': { command: './report-works.sh' },
        'registration-data': { manual: expect.stringContaining('update the SMRS') },
        'service-change': { manual: expect.stringContaining('request it from the SMRS') },
        'data-service-request': { manual: expect.stringContaining("MPAN's Data Service") },
        'direct-contract': { playwright: expect.objectContaining({ script: expect.stringContaining('direct-contract.ts') }) },
      },
    });
    expect(Object.keys(profile.triggers)).not.toContain('metering-service-request');
    // The port offered, and taken with Enter, was free when init ran.
    expect(profile.emulator.host).toBe('0.0.0.0');
    expect(shown).toContain(`the default is free on this machine now; your systems use https://<this machine>:<port> as the DIP base URL) [${profile.emulator.port}]`);
    expect(profile.emulator.port).not.toBe(7001);
  });

  it('stops with the question it was on when the input ends', async () => {
    const input = new PassThrough();
    input.end('Example\n');
    const output = new PassThrough();
    output.resume();
    await expect(initCommand({ out: path.join(scratch(), 'p.yaml') }, memoryIO(), { input, output, terminal: false })).rejects.toThrow(/Role under test .*the input ended before this was answered; no profile was written/);
  });
});
