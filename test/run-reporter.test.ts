// run --reporter json|junit: stdout carries only the machine output (the run summary, or the
// JUnit XML), so a CI step can pipe it; the lines for people go to stderr.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { specDirOf } from './spec-under-test.ts';

function run(reporter: string) {
  const reports = mkdtempSync(path.join(tmpdir(), 'mhhs-reporter-'));
  const result = spawnSync(process.execPath, ['bin/mhhs-qualify.js', 'run', '--tags', '@COM-04 and @segment:advanced', '--time-scale', '3600', '--no-report', '--reports', reports, '--reporter', reporter], {
    env: { ...process.env, MHHS_DIP_SPEC_DIR: specDirOf('v2.1.0'), NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { ...result, reports };
}

describe('run --reporter', () => {
  it('json: stdout is the run summary, exactly as summary.json holds it', () => {
    const result = run('json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(readFileSync(path.join(result.reports, 'summary.json'), 'utf8')));
    expect(result.stderr).toMatch(/1 scenarios: 1 passed/);
  });

  it('junit: stdout is the JUnit XML', () => {
    const result = run('junit');
    expect(result.stdout).toBe(readFileSync(path.join(result.reports, 'junit.xml'), 'utf8') + '\n');
    expect(result.stdout.startsWith('<?xml')).toBe(true);
    expect(result.stderr).toMatch(/PASS/);
  });
});
