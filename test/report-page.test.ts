// The suite's changes to the report Allure generates: the ring counts every selected scenario,
// the search reads a requirement ID whole, a requirement link has a panel to open, a scenario
// that did not apply says why, and the machine's name and process IDs are not what a reviewer
// reads. Checked on a report the installed Allure really generates, so an Allure whose template
// moved fails here; test/report-in-browser.test.ts checks the same in Chromium.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAllureReport } from '../src/run/allure-report.ts';
import { reportPage, RING_DESCRIPTION } from '../src/run/report-page.ts';
import { appCodeOf, embeddedFiles as embedded } from '../src/run/report-text-data.ts';
import { resultForReport } from '../src/run/report-results.ts';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

const appCode = (html: string) => appCodeOf(html)!;

function result(name: string, status: string, labels: Array<[string, string]>, extra: Record<string, unknown> = {}) {
  return {
    uuid: `${name}-uuid`,
    historyId: name,
    name,
    fullName: `features/x.feature#${name}`,
    status,
    statusDetails: {},
    stage: 'finished',
    start: 1_796_645_951_927,
    stop: 1_796_645_952_220,
    steps: [],
    attachments: [],
    parameters: [],
    links: [],
    labels: labels.map(([labelName, value]) => ({ name: labelName, value })),
    ...extra,
  };
}

describe('the report page', () => {
  it('makes every change on a report the installed Allure generates', async () => {
    const reports = mkdtempSync(path.join(tmpdir(), 'mhhs-report-page-'));
    const results = path.join(reports, 'allure-results');
    mkdirSync(results);
    const machine: Array<[string, string]> = [
      ['host', 'build-box-17'],
      ['thread', 'pid-4242-worker-1'],
      ['language', 'javascript'],
    ];
    writeFileSync(path.join(results, 'a-result.json'), JSON.stringify(result('Carries it', 'passed', [...machine, ['epic', 'BP001 Change of Supplier'], ['tag', '@REQ-REC-22.6.1']], { links: [{ name: 'REQ-REC-22.6.1: wording', url: '?requirement=REQ-REC-22.6.1', type: 'requirement' }] })));
    writeFileSync(path.join(results, 'b-result.json'), JSON.stringify(result('Carries another', 'passed', [...machine, ['epic', 'BP001 Change of Supplier'], ['tag', '@REQ-REC-22.6.10']])));
    writeFileSync(path.join(results, 'c-result.json'), JSON.stringify(result('Does not apply', 'skipped', [...machine, ['epic', 'BP001 Change of Supplier'], ['notApplicable', 'Not applicable: reverse migration ended at M14']])));
    const before = readdirSync(results).map((file) => [file, readFileSync(path.join(results, file), 'utf8')]);

    const html = readFileSync(await buildAllureReport(results, path.join(reports, 'allure-report')), 'utf8');
    const files = embedded(html);

    // Two of three passed: 66.66 %, not the template's 100 % of passed, failed and broken.
    expect(JSON.parse(files.get('widgets/pie_chart.json')!)).toMatchObject({ percentage: 66.66 });
    const code = appCode(html);
    expect(code).toContain(RING_DESCRIPTION);
    // The search knows the run's requirement IDs whole.
    expect(code).toContain('tokenize:(t,f)=>');
    expect(code).toContain('new Set(["req-rec-22.6.1","req-rec-22.6.10"])');
    expect(html).toContain('<script id="mhhs-requirement-panel">');
    // The data goes as text, which the evidence pack's zip compresses (report-text-data.ts).
    expect(html).toContain('<script id="mhhs-text-data">');
    expect(html).toMatch(/t\("data\/test-results\/[^"]+\.json","\{/);

    const shown = [...files].filter(([file]) => file.startsWith('data/test-results/')).map(([, json]) => JSON.parse(json) as { name: string; error?: { message?: string }; labels: Array<{ name: string }> });
    expect(shown.find((test) => test.name === 'Does not apply')?.error?.message).toBe('Not applicable: reverse migration ended at M14');
    for (const test of shown) expect(test.labels.map((label) => label.name)).not.toEqual(expect.arrayContaining(['host']));
    expect(html).not.toContain('build-box-17');
    expect(JSON.parse(files.get('widgets/timeline.json')!)).toEqual(expect.arrayContaining([expect.objectContaining({ host: 'mhhs-qualify', thread: 'worker 1' })]));

    // The run's results stay as the run wrote them; nothing is left beside them.
    expect(readdirSync(results).map((file) => [file, readFileSync(path.join(results, file), 'utf8')])).toEqual(before);
    expect(readdirSync(reports).filter((entry) => entry.startsWith('.report-results-'))).toEqual([]);
  }, 120_000);

  it('leaves out, with a warning, a change whose place the template no longer has', () => {
    const pie = JSON.stringify({ slices: [{ d: 'M0', status: 'passed', count: 892 }, { d: 'M1', status: 'skipped', count: 2 }], percentage: 100 });
    const html = `<html><body><script   src="data:text/javascript;base64,${base64('console.log("a newer template")')}"></script><script defer>Promise.allSettled([d("widgets/pie_chart.json","${base64(pie)}")])</script></body></html>`;
    const page = reportPage(html);
    expect(JSON.parse(embedded(page.html).get('widgets/pie_chart.json')!)).toMatchObject({ percentage: 99.77 });
    expect(page.warnings).toEqual([
      'the search options are not where Allure 3.18 has them: a requirement ID is searched as loosely as any text',
      "the ring's tooltip text is not Allure 3.18's: it may not say that skipped scenarios count as not passed",
    ]);
    expect(appCode(page.html)).toBe('console.log("a newer template")');
  });

  it('gives a not-applicable scenario its reason as status message, and names the suite and its worker for the timeline', () => {
    const shown = JSON.parse(resultForReport(JSON.stringify(result('Does not apply', 'skipped', [['host', 'vm'], ['thread', 'pid-24499-worker-main'], ['notApplicable', 'Not applicable: no BP006']])))) as ReturnType<typeof result>;
    expect(shown.statusDetails).toEqual({ message: 'Not applicable: no BP006' });
    expect(shown.labels).toEqual(expect.arrayContaining([{ name: 'host', value: 'mhhs-qualify' }, { name: 'thread', value: 'worker 0' }]));
    // A skipped scenario that is not "not applicable" keeps what it had.
    const skipped = JSON.parse(resultForReport(JSON.stringify(result('Skipped', 'skipped', [])))) as ReturnType<typeof result>;
    expect(skipped.statusDetails).toEqual({});
  });
});
