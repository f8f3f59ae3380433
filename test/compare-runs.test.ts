import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { summaryFromPack, verdictChanges } from '../src/run/compare-runs.ts';
import type { RunSummary } from '../src/run/run-summary.ts';

const summary = (verdicts: Record<string, string>): RunSummary =>
  ({ scenarios: Object.entries(verdicts).map(([name, verdict]) => ({ name, feature: 'f', tags: [], verdict, seconds: 1 })), totals: { pass: 0, fail: 0, inconclusive: 0, error: 0 }, startedAt: '', finishedAt: '' }) as RunSummary;

describe('comparing with the previous run', () => {
  it('lists verdicts that changed, appeared or went away, and nothing else', () => {
    const changes = verdictChanges(summary({ a: 'pass', b: 'pass', c: 'fail' }), summary({ a: 'pass', b: 'fail', d: 'pass' }));
    expect(changes).toEqual([
      { scenario: 'b', before: 'pass', after: 'fail' },
      { scenario: 'c', before: 'fail', after: '(absent)' },
      { scenario: 'd', before: '(absent)', after: 'pass' },
    ]);
  });

  it('reads the summary out of an evidence pack, and says what is wrong with one that has none', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mhhs-compare-'));
    const good = path.join(dir, 'good.zip');
    writeFileSync(good, zipSync({ 'summary.json': Buffer.from(JSON.stringify(summary({ a: 'pass' }))) }));
    expect(summaryFromPack(good).scenarios.map((scenario) => scenario.name)).toEqual(['a']);
    const empty = path.join(dir, 'empty.zip');
    writeFileSync(empty, zipSync({ 'other.txt': Buffer.from('x') }));
    expect(() => summaryFromPack(empty)).toThrow(/holds no summary.json/);
  });
});
