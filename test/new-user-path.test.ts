// The README's path for a new user, tried as one: the suite's certificates (certs init), a
// profile written by init from flags, the reference participant started as an external system
// over mTLS with signatures (examples/external-reference-participant), doctor, then a run.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TRIGGER_NAMES } from '../src/onboarding/init-answers.ts';
import type { RunSummary } from '../src/run/run-summary.ts';
import { cliWithin, EXAMPLE_SUPPLIED, freePort, initArgsFor, startParticipant } from './external-participant-harness.ts';

const cli = cliWithin(180_000);

describe('from certs init to a run against an external participant over mTLS', () => {
  let participant: ChildProcess | undefined;
  afterAll(() => participant?.kill('SIGTERM'));

  it('works with the README steps and nothing else', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'mhhs-new-user-'));
    const pki = path.join(work, 'test-pki');
    const [emulatorPort, webhookPort] = [await freePort(), await freePort()];

    // 1. The suite's test certificates.
    expect(cli('certs', 'init', '--dir', pki).status).toBe(0);

    // 2. The external participant, from the example configuration, on free ports and this PKI.
    const example = readFileSync('examples/external-reference-participant/participant.yaml', 'utf8');
    const config = example
      .replaceAll('../../reports/test-pki', pki)
      .replace('../../reports/external-reference-participant-state', path.join(work, 'state'));
    writeFileSync(path.join(work, 'participant.yaml'), config);
    const started = await startParticipant(path.join(work, 'participant.yaml'), { emulatorPort, webhookPort });
    participant = started.process;
    const { url } = started;
    expect(url).toBe(`https://127.0.0.1:${webhookPort}`);

    // 3. The profile, written by init from flags as CI would.
    const profile = path.join(work, 'my-profile.yaml');
    const init = cli(...initArgsFor({ url, emulatorPort, pki, profile, supplied: EXAMPLE_SUPPLIED.first }));
    expect(init.status, init.stdout + init.stderr).toBe(0);

    // 4. doctor: everything ready, the webhook answering over mutual TLS.
    const doctor = cli('doctor', '--profile', profile);
    expect(doctor.status, doctor.stdout + doctor.stderr).toBe(0);
    expect(doctor.stdout).toMatch(/webhook reachable .* over mutual TLS/);
    expect(doctor.stdout).toMatch(/0 FAIL: ready to run/);
    for (const name of TRIGGER_NAMES) expect(doctor.stdout).toMatch(new RegExp(`trigger ${name} +${url}/test-hooks/${name} answered HTTP`));

    // 5. The run: the Supplier's Change of Supplier scenarios, over mTLS with signatures both ways.
    const reports = path.join(work, 'reports');
    const run = cli('run', '--profile', profile, '--tags', '@BP001 and @role:supplier and @segment:smart', '--time-scale', '3600', '--no-report', '--reports', reports);
    const summary = JSON.parse(readFileSync(path.join(reports, 'summary.json'), 'utf8')) as RunSummary;
    // Every scenario passes, those that start from an MPAN the Supplier already supplies too
    // (the outgoing Supplier, reminders of a missing service): init gave them the portfolio.
    expect(summary.scenarios.length).toBe(55);
    expect(summary.scenarios.filter((scenario) => scenario.verdict !== 'pass'), run.stdout).toEqual([]);
    expect(run.status, run.stdout).toBe(0);
    const journal = readFileSync(path.join(reports, 'run', 'journal-worker-0.jsonl'), 'utf8');
    expect(journal).toContain(`https://127.0.0.1:${emulatorPort}/dip-channel/IF-031`);
    expect(journal).toContain('Participant (TLS client)');
  }, 240_000);
});
