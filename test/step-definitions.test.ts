// Every step of every feature matches exactly one step definition. Cucumber's dry run reads the
// features against steps/ without running a scenario, so a parameter type that stops matching
// (a `{message}` that misses REP-002A) or two definitions that both match show here, in seconds,
// not as errored scenarios of a full run.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const CUCUMBER = path.resolve('node_modules/.bin/cucumber-js');

async function dryRun(...paths: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(CUCUMBER, ['--dry-run', '--import', 'steps/**/*.ts', '--format', 'summary', ...paths], {
      env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import tsx`.trim() },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, out: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

describe('step definitions', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'mhhs-steps-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('match every step of every feature once: none undefined, none ambiguous', async () => {
    const { code, out } = await dryRun('features/**/*.feature');
    expect(out).not.toMatch(/undefined|ambiguous/i);
    expect(out).toMatch(/^\d+ scenarios \(\d+ skipped\)$/m);
    expect(code).toBe(0);
  }, 120_000);

  it('the dry run fails on a step no definition matches', async () => {
    const feature = path.join(scratch, 'unmatched.feature');
    writeFileSync(feature, 'Feature: unmatched\n  Scenario: a step of no definition\n    Then the SMRS sends the participant IF-31 [MSAppAccepted]\n');
    const { out } = await dryRun(feature);
    // A dry run exits 0 all the same: its summary is what says so.
    expect(out).toMatch(/1 scenario \(1 undefined\)/);
  }, 120_000);
});
