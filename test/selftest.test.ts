// `mhhs-qualify selftest`, run as a user runs it. CI's share of the selftest: every catalogue
// fault against the scenarios meant to catch it (--scope expected; the whole matrix, every
// scenario under every fault, is `npm run selftest`). Shown to fail too: a catalogue that
// claims a finding the scenarios never make is not 100 % caught, and says which fault.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { FAULT_CATALOGUE_FILE, loadFaultCatalogue } from '../src/selftest/fault-catalogue.ts';
import { specDirOf } from './spec-under-test.ts';

function selftest(...args: string[]): { code: number | null; output: string; reports: string } {
  const reports = mkdtempSync(path.join(tmpdir(), 'mhhs-selftest-'));
  const run = spawnSync(process.execPath, ['bin/mhhs-qualify.js', 'selftest', '--reports', reports, ...args], {
    env: { ...process.env, MHHS_DIP_SPEC_DIR: specDirOf('v2.1.0'), NO_COLOR: '1' },
    encoding: 'utf8',
    // Every fault's catching scenarios and a clean run of the whole suite: ten minutes on a busy
    // two-core machine with 1,500 scenarios; the limit leaves room for a slower one.
    timeout: 1_500_000,
  });
  return { code: run.status, output: `${run.stdout}\n${run.stderr}`, reports };
}

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('mhhs-qualify selftest', () => {
  it('catches every catalogue fault with the scenarios meant for it, and writes the kill matrix', () => {
    const run = selftest('--scope', 'expected');
    expect(run.output).toMatch(/Kill rate: 100% \((\d+) of \1 fault switches caught\); 0 unexpected red; clean run green/);
    expect(run.code, run.output).toBe(0);
    const catalogue = loadFaultCatalogue();
    const matrix = json(path.join(run.reports, 'kill-matrix.json')) as { faults: Array<{ switch: string; caught: boolean; caughtBy: Array<{ cause: string }> }>; ok: boolean };
    expect(matrix.ok).toBe(true);
    expect(matrix.faults.map((fault) => fault.switch)).toEqual(catalogue.map((entry) => entry.switch));
    // Each caught by a scenario whose cause names its defect.
    for (const fault of matrix.faults) {
      const entry = catalogue.find((candidate) => candidate.switch === fault.switch)!;
      expect(fault.caughtBy.some((cell) => entry.finding.test(cell.cause)), fault.switch).toBe(true);
    }
    // A fault the catalogue runs on a past market date (reverse migration, before M14) is caught by
    // the scenarios only that date makes applicable.
    const reverse = matrix.faults.find((fault) => fault.switch === 'refuses-reverse-migration') as unknown as { requirements: string[]; command: string };
    expect(reverse.requirements).toContain('REQ-REVERSE-MIGRATION');
    expect(reverse.command).toContain('--market-start 2026-10-20');
    const csv = readFileSync(path.join(run.reports, 'kill-matrix.csv'), 'utf8');
    expect(csv.split('\n')[0]).toBe('fault,class,fault caught,scenario location,scenario,meant to catch it,outcome,verdict,cause');
    expect(readFileSync(path.join(run.reports, 'kill-matrix.html'), 'utf8')).toContain(`Kill matrix: 100% (${catalogue.length} of ${catalogue.length} fault switches caught)`);
    // Only the catching scenarios ran, and the result a pack carries says so.
    expect(json(path.join(run.reports, 'selftest-result.json'))).toMatchObject({ faults: catalogue.length, caught: catalogue.length, complete: false, scope: 'expected', cleanOk: true });
  }, 1_500_000);

  it('fails, naming the fault and how to re-run it, when the scenarios do not make the finding the catalogue claims', () => {
    const document = yaml.load(readFileSync(FAULT_CATALOGUE_FILE, 'utf8')) as { faults: Array<Record<string, unknown>> };
    const late = document.faults.find((entry) => entry.switch === 'late-if031')!;
    late.finding = 'MPAN-CHECK-DIGIT';
    const catalogue = path.join(mkdtempSync(path.join(tmpdir(), 'mhhs-catalogue-')), 'fault-catalogue.yaml');
    writeFileSync(catalogue, yaml.dump(document));
    const run = selftest('--scope', 'expected', '--catalogue', catalogue, '--fault', 'late-if031');
    expect(run.code, run.output).toBe(1);
    expect(run.output).toMatch(/late-if031: NOT CAUGHT \(1 meant to catch it: 1 failed for another reason/);
    // Typed in a checkout (npx), into a folder beside the selftest's record of that run.
    expect(run.output).toMatch(/late-if031 not caught; re-run: npx mhhs-qualify run --no-report --seed 1 --time-scale 3600 --fault late-if031 .* --reports \S+\/runs\/late-if031\/rerun\n/);
    expect(run.output).toContain('Kill rate: 0% (0 of 1 fault switches caught)');
    expect(json(path.join(run.reports, 'kill-matrix.json'))).toMatchObject({ ok: false, caught: 0 });
  }, 300_000);

  it('--repeat runs the clean suite with other seeds, serial and in parallel, and reports no flaky scenario', () => {
    const run = selftest('--repeat', '2', '--tags', '@COS-02 and @segment:smart');
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/\[1\/2\] seed 1, serial: \d+ pass, 0 fail/);
    expect(run.output).toMatch(/\[2\/2\] seed 2, --parallel 2: \d+ pass, 0 fail/);
    expect(run.output).toContain('0 flaky scenarios in 2 runs');
    expect(json(path.join(run.reports, 'flakiness.json'))).toMatchObject({ repeat: 2, flaky: [], problems: [] });
  }, 300_000);

  it.each([
    ['a fault the catalogue does not have', ['--fault', 'no-such-fault'], /--fault no-such-fault: not in the fault catalogue; known: late-if031/],
    ['--repeat with a fault', ['--repeat', '2', '--fault', 'late-if031'], /--repeat runs the clean suite; it takes no --fault/],
    ['--repeat of one run', ['--repeat', '1'], /--repeat '1' must be a whole number ≥ 2/],
    ['a catalogue that is not there', ['--catalogue', '/nonexistent/catalogue.yaml'], /cannot read the fault catalogue \/nonexistent\/catalogue\.yaml \(ENOENT\)/],
  ])('refuses %s with exit 2, before running anything', (_what, args, message) => {
    const run = selftest(...args);
    expect(run.code).toBe(2);
    expect(run.output).toMatch(message);
    expect(run.output).not.toContain('[1/');
  });
});
