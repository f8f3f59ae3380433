// A bundled run whose profile has the DIP emulator listen on every address (emulator.host
// 0.0.0.0, as a profile for other machines would): the reference participant must still reach
// the DIP, at the loopback, and sign the URL it calls. Configured with https://0.0.0.0:PORT it
// could not (no certificate names 0.0.0.0), and every scenario failed for the suite's mistake.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../src/run/run-summary.ts';
import { cliWithin } from './external-participant-harness.ts';

const cli = cliWithin(240_000);

describe('the bundled reference participant with the DIP emulator on 0.0.0.0', () => {
  it('passes the New Connection scenarios', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'mhhs-every-address-'));
    const profile = path.join(work, 'profile.yaml');
    const bundled = readFileSync('profiles/reference-participant.yaml', 'utf8')
      .replace(/^# yaml-language-server: \$schema=.*$/m, '');
    writeFileSync(profile, `${bundled}\nemulator:\n  host: 0.0.0.0\n`);
    const reports = path.join(work, 'reports');
    const run = cli('run', '--profile', profile, '--tags', '@BP006', '--time-scale', '3600', '--no-report', '--reports', reports);
    const summary = JSON.parse(readFileSync(path.join(reports, 'summary.json'), 'utf8')) as RunSummary;
    expect(summary.scenarios.length).toBeGreaterThan(0);
    expect(summary.scenarios.filter((scenario) => scenario.verdict !== 'pass'), run.stdout + run.stderr).toEqual([]);
    expect(run.status).toBe(0);
  }, 300_000);
});
