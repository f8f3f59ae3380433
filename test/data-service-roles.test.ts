// The Data Service roles, SDS and ADS, as a profile declares them: the reader accepts them with
// the MDR declaration D-023 asks of a Smart Data Service and refuses a wrong one naming the key;
// init writes them; doctor warns that no Data Service scenario exists yet; `list --role
// data-service` says so plainly; the summary and the RTTM name them.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { answersFromFlags, initCommand } from '../src/cli/commands/init-command.ts';
import { runCli } from '../src/cli/main.ts';
import { memoryIO } from '../src/cli/output/console-io.ts';
import { packDigest } from '../src/evidence/pack/pack-digest.ts';
import { coverSection } from '../src/evidence/summary/cover-section.ts';
import type { SummaryInput } from '../src/evidence/summary/summary-input.ts';
import { checkDataServiceRoles } from '../src/onboarding/data-service-checks.ts';
import { runDoctor } from '../src/onboarding/doctor.ts';
import { loadProfile, parseProfile } from '../src/profile/participant-profile.ts';
import type { FeatureScenario } from '../src/requirements/feature-scenarios.ts';
import { participantRows, readWorkbookSheet, rttmWorkbook } from '../src/requirements/rttm.ts';
import { profileRefusal } from './profile-refusal.ts';

const SDS = '{ role: SDS, dipId: "1434567890", mpid: XOYO }';
const ADS = '{ role: ADS, dipId: "1434567891", mpid: XOYA }';

/** A bundled profile with the roles and capabilities given, as YAML. */
const profileOf = (roles: string, capabilities: string) => `participant: { name: Data Co, launch: bundled, roles: [${roles}] }\ncapabilities: ${capabilities}\n`;

const refusal = profileRefusal;

/** The processes in which a Data Service has scenarios: its own (BP003, BP003B, BP005) and those whose publications its DIP channels take. */
const DATA_SERVICE_PROCESSES = ['BP001', 'BP003', 'BP003B', 'BP005', 'BP006', 'BP007', 'BP008', 'BP009', 'BP010', 'BP011', 'IF045-REMINDERS', 'MIGRATION', 'RELATED-MPANS', 'SUPPLIER-TO-DS'];

describe('a profile declaring a Data Service', () => {
  it('is read with its SDS and ADS roles and the SDS’s MDR declaration', () => {
    const profile = parseProfile(profileOf(`${SDS}, ${ADS}`, '{ segments: [S, A], gspGroups: [_A, _B], dataService: { mdrModel: hybrid, ownMdr: true, mdrs: [{ dipId: "3333333333", mpid: MDRX }] } }'), 'p.yaml');
    expect(profile.roles.map((role) => role.role)).toEqual(['SDS', 'ADS']);
    expect(profile.capabilities.dataService).toEqual({ mdrModel: 'hybrid', ownMdr: true, mdrs: [{ dipId: '3333333333', mpid: 'MDRX' }] });
    expect(profile.capabilities.gspGroups).toEqual(['_A', '_B']);
  });

  it('takes an ADS alone without any MDR declaration', () => {
    expect(parseProfile(profileOf(ADS, '{ segments: [A] }'), 'p.yaml').capabilities.dataService).toBeUndefined();
  });

  it.each([
    ['an MDR model misspelt', profileOf(SDS, '{ dataService: { mdrModel: fully-seperated, mdrs: [{ dipId: "3333333333", mpid: MDRX }] } }'), 'capabilities.dataService.mdrModel must be fully-separated, fully-integrated, mixed or hybrid (the MDR models of D-023), found "fully-seperated"; did you mean fully-separated?'],
    ['a key misspelt', profileOf(SDS, '{ dataService: { mdrModel: fully-integrated, ownMDR: true } }'), 'capabilities.dataService.ownMDR is not a profile key; did you mean capabilities.dataService.ownMdr?'],
    ['an MDR without its MPID', profileOf(SDS, '{ dataService: { mdrModel: mixed, mdrs: [{ dipId: "3333333333" }] } }'), "capabilities.dataService.mdrs[0].mpid is missing: the MDR's MPID: four capital letters"],
    ['a role code in small letters', profileOf('{ role: sds, dipId: "1434567890", mpid: XOYO }', '{}'), 'participant.roles[0].role must be SUP, MSS, MSA, SDS or ADS, found "sds"; did you mean SDS?'],
    ['an SDS with no MDR declaration', profileOf(SDS, '{ segments: [S] }'), 'capabilities.dataService is missing: the SDS role 1434567890 declares its MDR model and the MDRs it supports or that it is its own (mdrModel, mdrs, ownMdr)'],
    ['an MDR declaration without an SDS', profileOf(ADS, '{ dataService: { mdrModel: fully-integrated, ownMdr: true } }'), "capabilities.dataService describes a Smart Data Service's MDRs, and the profile declares no SDS role (an Advanced Data Service reads its meters itself and declares none): add the SDS role, or remove capabilities.dataService"],
    ['fully integrated without being its own MDR', profileOf(SDS, '{ dataService: { mdrModel: fully-integrated } }'), 'capabilities.dataService.ownMdr must be true for the fully integrated model, where the Supplier is its own SDS and MDR'],
    ['fully separated with no MDR named', profileOf(SDS, '{ dataService: { mdrModel: fully-separated } }'), 'capabilities.dataService.mdrs must list at least one MDR (dipId and mpid) for the fully separated model, where the MDR is an organisation of its own: every SDS appointment names an MDR'],
    ['mixed and its own MDR', profileOf(SDS, '{ dataService: { mdrModel: mixed, ownMdr: true, mdrs: [{ dipId: "3333333333", mpid: MDRX }] } }'), 'capabilities.dataService.ownMdr must be false for the mixed model, where the Supplier is its own MDR; an SDS that is also its own MDR for some MPANs is hybrid'],
    ['its own DIP ID among the other MDRs', profileOf(SDS, '{ dataService: { mdrModel: hybrid, mdrs: [{ dipId: "1434567890", mpid: XOYO }] } }'), "capabilities.dataService.mdrs names 1434567890, the SDS's own DIP ID: an SDS that is its own MDR says ownMdr: true instead"],
  ])('is refused with %s, naming the key and the file', (_what, source, problem) => {
    expect(refusal(source)).toBe(`my-profile.yaml: ${problem}`);
  });

  it('has the bundled participant play a Smart and an Advanced Data Service, its SDS hybrid: its own MDR and a third party\'s', () => {
    const profile = loadProfile('profiles/reference-participant.yaml');
    expect(profile.roles.map((role) => role.role)).toEqual(['SUP', 'MSS', 'MSA', 'SDS', 'ADS']);
    expect(profile.capabilities.dataService).toEqual({ mdrModel: 'hybrid', ownMdr: true, mdrs: [{ dipId: '7000000001', mpid: 'MDRA' }] });
  });
});

const initFlags = {
  name: 'Data Co (UIT)',
  role: ['SDS:1434567890:XOYO:env:DATA_CO_SDS_KEY', 'ADS:1434567891:XOYA:file:/run/secrets/ads-key'],
  webhookUrl: 'https://dip-webhook.data.example.co.uk/webhook',
  participantCa: '/secure/data-co/ca.pem',
  emulatorPort: '7443',
  segments: 'S,A',
};

describe('mhhs-qualify init with a Data Service', () => {
  it('writes the SDS and ADS roles and the SDS’s MDR declaration, which the reader takes back', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'mhhs-ds-')), 'data-co.yaml');
    const io = memoryIO();
    expect(await initCommand({ ...initFlags, mdrModel: 'fully-separated', mdrs: '3333333333:MDRX,4444444444:MDRY', out }, io, undefined)).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(written).toContain('    - role: SDS          # Smart Data Service\n      dipId: "1434567890"\n      mpid: "XOYO"');
    expect(written).toContain('    - role: ADS          # Advanced Data Service');
    expect(written).toContain('  dataService:\n    mdrModel: fully-separated   # fully separated\n    mdrs:\n      - { dipId: "3333333333", mpid: "MDRX" }');
    const profile = loadProfile(out);
    expect(profile.roles.map((role) => [role.role, role.apiKey])).toEqual([
      ['SDS', { env: 'DATA_CO_SDS_KEY' }],
      ['ADS', { file: '/run/secrets/ads-key' }],
    ]);
    expect(profile.capabilities.dataService).toEqual({ mdrModel: 'fully-separated', ownMdr: false, mdrs: [{ dipId: '3333333333', mpid: 'MDRX' }, { dipId: '4444444444', mpid: 'MDRY' }] });
    // A Data Service alone declares the processes of its own scenarios: its appointments, its
    // change of MDR, its settlement data, and those whose publications it receives.
    expect(profile.capabilities.processes).toEqual(DATA_SERVICE_PROCESSES);
    expect(io.stdout.join('\n')).toContain('SDS 1434567890 (XOYO), ADS 1434567891 (XOYA)');
  });

  it('takes the MDR model and the MDRs from the command line', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'mhhs-ds-')), 'data-co.yaml');
    const io = memoryIO();
    const argv = ['init', '--name', initFlags.name, ...initFlags.role.flatMap((role) => ['--role', role]), '--webhook-url', initFlags.webhookUrl, '--participant-ca', initFlags.participantCa, '--emulator-port', initFlags.emulatorPort, '--segments', initFlags.segments];
    expect(await runCli([...argv, '--mdr-model', 'fully-separated', '--mdrs', '3333333333:MDRX', '--out', out], io)).toBe(0);
    expect(loadProfile(out).capabilities.dataService).toEqual({ mdrModel: 'fully-separated', ownMdr: false, mdrs: [{ dipId: '3333333333', mpid: 'MDRX' }] });
    const refused = memoryIO();
    expect(await runCli([...argv, '--mdr-model', 'fully-seperated', '--out', `${out}.2`], refused)).not.toBe(0);
    expect(refused.stderr.join('\n')).toContain("--mdr-model: 'fully-seperated' must be one of fully-separated, fully-integrated, mixed, hybrid");
  });

  it('takes own for an SDS that is its own MDR, the default of the fully integrated model', () => {
    expect(answersFromFlags({ ...initFlags, mdrModel: 'fully-integrated' }, 7443).dataService).toEqual({ mdrModel: 'fully-integrated', ownMdr: true, mdrs: [] });
    expect(answersFromFlags({ ...initFlags, mdrModel: 'hybrid', mdrs: 'own,3333333333:MDRX' }, 7443).dataService).toEqual({ mdrModel: 'hybrid', ownMdr: true, mdrs: [{ dipId: '3333333333', mpid: 'MDRX' }] });
  });

  it.each([
    ['no MDR model for an SDS', {}, /^--mdr-model: is needed with --role SDS/],
    ['an MDR model misspelt', { mdrModel: 'integrated' }, /^--mdr-model: 'integrated' must be one of fully-separated, fully-integrated, mixed, hybrid/],
    ['an MDR without its MPID', { mdrModel: 'mixed', mdrs: '3333333333' }, /^--mdrs: '3333333333' must be DIPID:MPID/],
    ['a model the MDRs contradict', { mdrModel: 'mixed', mdrs: 'own' }, /^--mdrs: 'own': ownMdr must be false for the mixed model/],
  ])('refuses %s, naming the flag', (_what, flags, message) => {
    expect(() => answersFromFlags({ ...initFlags, ...flags }, 7443)).toThrow(message);
  });

  it('refuses an MDR declaration without an SDS role', () => {
    expect(() => answersFromFlags({ ...initFlags, role: ['ADS:1434567891:XOYA:env:K'], mdrModel: 'hybrid' }, 7443)).toThrow(/^--mdr-model: describes a Smart Data Service's Meter Data Retrievers, and no --role SDS/);
  });
});

describe('mhhs-qualify doctor with a Data Service', () => {
  const profile = parseProfile(profileOf(`${SDS}, ${ADS}`, '{ segments: [S, A], dataService: { mdrModel: fully-separated, mdrs: [{ dipId: "3333333333", mpid: MDRX }] } }'), '/profiles/data-co.yaml');

  it('warns, not fails, when no Data Service scenario is written', async () => {
    const results = await runDoctor({ profile: path.resolve('profiles/reference-participant.yaml') });
    expect(results.find((result) => result.check === 'Data Service scenarios')).toMatchObject({ status: 'ok', detail: expect.stringMatching(/^SDS 1100000004, ADS 1100000005; MDR model hybrid, MDRs: its own, MDRA 7000000001: \d+ scenarios apply to a Data Service/) });
    const warned = checkDataServiceRoles(profile, [{ name: 'A Supplier scenario', file: 'x.feature', tags: ['@role:supplier'] } as FeatureScenario]);
    expect(warned).toEqual({
      check: 'Data Service scenarios',
      status: 'warn',
      detail: "SDS 1434567890, ADS 1434567891; MDR model fully separated, MDRs: MDRX 3333333333: no Data Service scenarios exist yet (none is tagged @role:data-service), so a run judges nothing of these roles' own behaviour",
      fix: 'nothing to do in the profile; mhhs-qualify list --role data-service shows the scenarios once they are written',
    });
  });

  it('counts the Data Service scenarios once there are some, those of a segment the profile does not declare left out', () => {
    const written = [
      { name: 'Accepts an appointment naming an MDR', file: 'x.feature', tags: ['@role:data-service', '@segment:smart'] },
      { name: 'The Advanced Data Service acknowledges IF-036 [DSAppActive]', file: 'y.feature', tags: ['@role:data-service', '@segment:advanced'] },
    ] as FeatureScenario[];
    expect(checkDataServiceRoles(profile, written)).toMatchObject({ status: 'ok', detail: expect.stringMatching(/: 2 scenarios apply to a Data Service of this profile, of 2 written for one/) });
    const smartOnly = parseProfile(profileOf(SDS, '{ segments: [S], dataService: { mdrModel: fully-integrated, ownMdr: true } }'), '/profiles/sds.yaml');
    expect(checkDataServiceRoles(smartOnly, written)).toMatchObject({ status: 'ok', detail: expect.stringMatching(/: 1 scenario applies to a Data Service of this profile, of 2 written for one/) });
  });

  it('says it of a profile read from a file, against the real features', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'mhhs-ds-')), 'data-co.yaml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, profileOf(SDS, '{ segments: [S], dataService: { mdrModel: fully-integrated, ownMdr: true } }'));
    const results = await runDoctor({ profile: file, specDir: '../shared/dip-api/v2.1.0' });
    expect(results.find((result) => result.check === 'Data Service scenarios')).toMatchObject({ status: 'ok', detail: expect.stringMatching(/^SDS 1434567890; MDR model fully integrated, MDRs: its own: \d+ scenarios apply to a Data Service/) });
    expect(results.some((result) => result.status === 'FAIL')).toBe(false);
  });
});

describe('mhhs-qualify list --role data-service', () => {
  it('lists the Data Service scenarios under their process, with the rows and requirements each covers', async () => {
    const io = memoryIO();
    expect(await runCli(['list', '--role', 'data-service'], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toContain('BP003 Change of Service – Data Service (process table: covered)');
    expect(text).toContain('  Rejects an appointment nominating a Meter Data Retriever it does not support with DS001\n    rows          CDS-02\n    interfaces    IF-033, IF-034\n    requirements  REQ-SLA-ds-appointment-answer, REQ-DS-001');
  });

  it('prints JSON with every process, the Data Service scenarios under its own processes and the DIP channels only', async () => {
    const io = memoryIO();
    expect(await runCli(['list', '--role', 'data-service', '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(io.stdout.join('\n')) as { role: string; processes: Array<{ process: string; scenarios: unknown[] }> };
    expect(json.role).toBe('data-service');
    expect(json.processes.filter((process) => process.scenarios.length > 0).map((process) => process.process).sort()).toEqual([...DATA_SERVICE_PROCESSES, 'DIP'].sort());
    expect(json.processes.find((process) => process.process === 'BP003')!.scenarios.length).toBeGreaterThanOrEqual(5);
    expect(json.processes.find((process) => process.process === 'BP005')!.scenarios.length).toBeGreaterThanOrEqual(4);
  });
});

describe('the summary and the RTTM of a Data Service', () => {
  const profile = parseProfile(profileOf(`${SDS}, ${ADS}`, '{ segments: [S, A], dataService: { mdrModel: mixed, mdrs: [{ dipId: "3333333333", mpid: MDRX }] } }'), '/profiles/data-co.yaml');

  it('names the SDS and ADS roles in the Roles row, and the MDRs among the declared capabilities', () => {
    const input = {
      digest: { ...packDigest({}), participant: 'Data Co' },
      metadata: { participant: { name: 'Data Co', roles: profile.roles.map(({ role, dipId, mpid }) => ({ role, dipId, mpid })) }, capabilities: profile.capabilities },
      summary: { runId: 'R1', scenarios: [], totals: { pass: 0, fail: 0, inconclusive: 0, error: 0 } },
      coverage: { requirements: [] },
      slaRecords: [],
      rerun: () => '',
    } as unknown as SummaryInput;
    const html = coverSection(input);
    const roles = html.slice(html.indexOf('<th scope="row">Roles</th>'), html.indexOf('</tr>', html.indexOf('<th scope="row">Roles</th>')));
    expect(roles).toContain('SDS (Smart Data Service): DIP ID <code>1434567890</code>, MPID <code>XOYO</code><br>ADS (Advanced Data Service): DIP ID <code>1434567891</code>, MPID <code>XOYA</code>');
    expect(html).toContain('SDS meter data retrievers: mixed model; MDRX (DIP ID 3333333333)');
  });

  it('rttm export writes the Participant sheet of the profile it is given', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mhhs-ds-rttm-'));
    const file = path.join(dir, 'data-co.yaml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, profileOf(`${SDS}, ${ADS}`, '{ segments: [S, A], dataService: { mdrModel: mixed, mdrs: [{ dipId: "3333333333", mpid: MDRX }] } }'));
    const io = memoryIO();
    expect(await runCli(['rttm', 'export', '--reports', dir, '--profile', file], io)).toBe(0);
    const sheet = await readWorkbookSheet(readFileSync(path.join(dir, 'rttm.xlsx')), 'Participant');
    expect(sheet.map((row) => `${row.Role} ${row['DIP ID']}`)).toEqual(['SDS 1434567890', 'ADS 1434567891']);
  });

  it('lists the declared roles on the workbook’s Participant sheet', async () => {
    const rows = participantRows(profile);
    expect(rows).toEqual([
      { Role: 'SDS', 'Role name': 'Smart Data Service', 'DIP ID': '1434567890', MPID: 'XOYO', 'Declared capabilities': 'segments S A; GSP groups all; MDR model mixed; MDRs MDRX 3333333333' },
      { Role: 'ADS', 'Role name': 'Advanced Data Service', 'DIP ID': '1434567891', MPID: 'XOYA', 'Declared capabilities': 'segments S A; GSP groups all' },
    ]);
    const workbook = await rttmWorkbook([], [], rows);
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(workbook as unknown as ArrayBuffer);
    expect(loaded.worksheets.map((sheet) => sheet.name)).toEqual(['RTTM', 'Participant']);
    expect(await readWorkbookSheet(workbook, 'Participant')).toEqual(rows);
  });
});
