// README's Data Service walkthrough, tried as one: the reference participant started as an
// external Smart and Advanced Data Service (examples/external-reference-participant/
// data-service.yaml) over mTLS with signatures, a profile declaring only those two roles,
// doctor, then two runs in a row against the same process and its state. Only the Data Service
// scenarios run, and they pass both times, on new MPANs each time.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunSummary } from '../src/run/run-summary.ts';
import { cliWithin, freePort, startParticipant } from './external-participant-harness.ts';

const cli = cliWithin(300_000);

/** The scenarios a Smart and Advanced Data Service are asked: appointment offers (BP003), the SDS's change of its MDR (BP003B), settlement data with its refusals, defaults and the ADS's consumption replay (BP005) and consumption amendments (SUPPLIER-TO-DS). */
const DATA_SERVICE_SCENARIOS = 19;
/** Their DIP channels: every publication an SDS (62) or ADS (60) receives, taken, refused broken, and on rainy days (features/dip-channels/). */
const DIP_CHANNEL_SCENARIOS = 604;

/** The MPANs a run's journal names. */
function mpansOf(reports: string): Set<string> {
  const lines = readFileSync(path.join(reports, 'run', 'journal-worker-0.jsonl'), 'utf8').split('\n').filter(Boolean);
  return new Set(lines.flatMap((line) => (JSON.parse(line) as { mpans?: string[] }).mpans ?? []));
}

describe('a Data Service as an external system, twice in a row', () => {
  let participant: ChildProcess | undefined;
  afterAll(() => participant?.kill('SIGTERM'));

  it('runs only the Data Service scenarios and passes them in both runs', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'mhhs-data-service-'));
    const pki = path.join(work, 'test-pki');
    const [emulatorPort, webhookPort] = [await freePort(), await freePort()];
    expect(cli('certs', 'init', '--dir', pki).status).toBe(0);

    const example = readFileSync('examples/external-reference-participant/data-service.yaml', 'utf8');
    const config = example.replaceAll('../../reports/test-pki', pki).replace('../../reports/external-data-service-state', path.join(work, 'state'));
    writeFileSync(path.join(work, 'data-service.yaml'), config);
    const started = await startParticipant(path.join(work, 'data-service.yaml'), { emulatorPort, webhookPort });
    participant = started.process;
    const { url } = started;

    const profile = path.join(work, 'data-service-profile.yaml');
    const init = cli(
      'init', '--name', 'Reference Data Service (external)',
      '--role', 'SDS:1100000004:REFD:env:MHHS_RP_KEY_SDS', '--role', 'ADS:1100000005:REFV:env:MHHS_RP_KEY_ADS',
      '--mdr-model', 'hybrid', '--mdrs', 'own,7000000001:MDRA',
      '--webhook-url', `${url}/webhook`, '--emulator-host', '127.0.0.1', '--emulator-port', String(emulatorPort), '--segments', 'S,A',
      '--suite-pki', pki, '--participant-ca', path.join(pki, 'ca.pem'),
      '--trigger', `settlement-data=http:${url}/test-hooks/settlement-data`,
      '--trigger', `mdr-change=http:${url}/test-hooks/mdr-change`,
      '--trigger', `consumption-replay=http:${url}/test-hooks/consumption-replay`,
      '--out', profile,
    );
    expect(init.status, init.stdout + init.stderr).toBe(0);
    expect(readFileSync(profile, 'utf8')).toContain('processes: [BP001, BP003, BP003B, BP005, BP006, BP007, BP008, BP009, BP010, BP011, IF045-REMINDERS, MIGRATION, RELATED-MPANS, SUPPLIER-TO-DS]');

    const doctor = cli('doctor', '--profile', profile);
    expect(doctor.status, doctor.stdout + doctor.stderr).toBe(0);
    expect(doctor.stdout).toContain(`${DATA_SERVICE_SCENARIOS + DIP_CHANNEL_SCENARIOS} scenarios apply to a Data Service of this profile`);
    expect(doctor.stdout).toMatch(/trigger settlement-data +\S+ answered HTTP/);
    expect(doctor.stdout).toMatch(/trigger mdr-change +\S+ answered HTTP/);

    const verdicts: Array<Record<string, string>> = [];
    const mpans: Array<Set<string>> = [];
    for (const round of [1, 2]) {
      const reports = path.join(work, `reports-${round}`);
      const run = cli('run', '--profile', profile, '--time-scale', '3600', '--no-report', '--reports', reports);
      const summary = JSON.parse(readFileSync(path.join(reports, 'summary.json'), 'utf8')) as RunSummary;
      const applicable = summary.scenarios.filter((scenario) => !scenario.notApplicable);
      const own = applicable.filter((scenario) => !scenario.tags.includes('@DIP'));
      expect(own.map((scenario) => scenario.verdict), run.stdout).toEqual(Array(DATA_SERVICE_SCENARIOS).fill('pass'));
      expect(applicable.filter((scenario) => scenario.tags.includes('@DIP') && scenario.verdict === 'pass')).toHaveLength(DIP_CHANNEL_SCENARIOS);
      expect(applicable.every((scenario) => scenario.tags.includes('@role:data-service'))).toBe(true);
      expect(applicable.filter((scenario) => scenario.tags.includes('@3B-02')).map((scenario) => scenario.verdict)).toEqual(['pass']);
      expect(run.status, run.stdout).toBe(0);
      const journal = readFileSync(path.join(reports, 'run', 'journal-worker-0.jsonl'), 'utf8');
      expect(journal).toContain(`https://127.0.0.1:${emulatorPort}/dip-channel/IF-021`);
      verdicts.push(Object.fromEntries(applicable.map((scenario) => [scenario.name, scenario.verdict])));
      mpans.push(mpansOf(reports));
    }
    expect(verdicts[1]).toEqual(verdicts[0]);
    expect(mpans[0]!.size).toBeGreaterThan(0);
    expect([...mpans[1]!].filter((mpan) => mpans[0]!.has(mpan))).toEqual([]);
  }, 900_000);
});
