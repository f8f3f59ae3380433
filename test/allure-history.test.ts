import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAllureReport, withoutAnalytics } from '../src/run/allure-report.ts';

describe('the Allure report', () => {
  it('keeps a history line per run in the history folder, and carries the run’s title', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'mhhs-history-'));
    const results = path.join(work, 'allure-results');
    mkdirSync(results);
    writeFileSync(path.join(results, '1-result.json'), JSON.stringify({ uuid: '1', name: 'scenario', fullName: 'f#scenario', historyId: 'h1', status: 'passed', stage: 'finished', start: 1, stop: 2, labels: [], steps: [], attachments: [], parameters: [] }));
    const history = path.join(work, 'history', 'allure-history.jsonl');
    mkdirSync(path.dirname(history));
    for (const run of [1, 2]) {
      const report = await buildAllureReport(results, path.join(work, `report-${run}`), false, undefined, history);
      const html = readFileSync(report, 'utf8');
      expect(html).toContain('NOT FOR SUBMISSION');
      expect(html).not.toContain('googletagmanager');
    }
    expect(readFileSync(history, 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('drops the template’s analytics tag', () => {
    const html = '<head></head><body><script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>\n<script>\n  window.dataLayer = window.dataLayer || [];\n  gtag("config");\n</script><div id="app"></div></body>';
    expect(withoutAnalytics(html)).toBe('<head></head><body>\n<div id="app"></div></body>');
  });
});
