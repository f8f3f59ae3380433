// The report's text files written as text: the page's own loader must hand the template the
// very base64 it would have read, an image stays base64, and nothing in the text can close the
// script it sits in. test/report-in-browser.test.ts opens a whole report so written in Chromium.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { appCodeOf, embeddedFiles, withTextData } from '../src/run/report-text-data.ts';

const base64 = (bytes: string | Buffer) => Buffer.from(bytes).toString('base64');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00]);

const APP_CODE = 'window.appRan = (window.appRan || 0) + 1; var t = function (x) { return x; }; t("not","data");';

/** The template's shape: its code as a data URL, d() defined in one script, the data calls in the next. */
function template(entries: Array<[string, string]>, appCode = APP_CODE): string {
  const calls = entries.map(([name, value]) => `d("${name}","${value}")`).join(',');
  return [
    `<html><head><script   src="data:text/javascript;base64,${base64(appCode)}"></script>`,
    '<script async>window.allureReportData = window.allureReportData || {};',
    'function d(name, value){ return new Promise(function (resolve) { window.allureReportData[name] = value; return resolve(true); }); }</script>',
    `<script defer>Promise.allSettled([${calls}]).then(function(){ window.allureReportDataReady = true; })</script>`,
    '</head><body></body></html>',
  ].join('\n');
}

/** Runs the page's scripts as a browser would, in order, and returns what the template would read and whether its code ran. */
function dataAfterLoading(html: string): { data: Record<string, string>; appRan: unknown } {
  const window: Record<string, unknown> = {};
  const context = { window, TextEncoder, btoa, Promise };
  for (const match of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const source = /src="data:text\/javascript;base64,([^"]+)"/.exec(match[1]!);
    runInNewContext(source ? Buffer.from(source[1]!, 'base64').toString('utf8') : match[2]!, context);
  }
  const data = window.allureReportData as Record<string, string>;
  return { data: Object.fromEntries(Object.keys(data).map((name) => [name, data[name]!])), appRan: window.appRan };
}

describe('the report data written as text', () => {
  const json = JSON.stringify({ name: 'Scenario — “quoted” £', body: '</script><!-- MPAN 1200000000009 \u2028' });
  const original = template([
    ['data/test-results/a.json', base64(json)],
    ['data/attachments/b.png', base64(PNG)],
    ['widgets/tree.json', base64('{"tree":1}')],
    ['widgets/default/tree.json', base64('{"tree":1}')],
  ]);

  it('gives the template the same base64 for every file, text, image or repeat, and runs its code once', () => {
    const page = withTextData(original);
    expect(page.warnings).toEqual([]);
    const loaded = dataAfterLoading(page.html);
    expect(loaded).toEqual(dataAfterLoading(original));
    expect(loaded.data['data/test-results/a.json']).toBe(base64(json));
    expect(loaded.data['widgets/default/tree.json']).toBe(base64('{"tree":1}'));
    expect(loaded.appRan).toBe(1);
  });

  it('writes text and code as text, a repeat as the name of its first, keeps an image as base64, and leaves no way to close a script', () => {
    const page = withTextData(original);
    expect(page.html).toContain('t("data/test-results/a.json",');
    expect(page.html).toContain('a("widgets/default/tree.json","widgets/tree.json")');
    expect(page.html).toContain(`d("data/attachments/b.png","${base64(PNG)}")`);
    expect(page.html).toContain(APP_CODE);
    expect(page.html.match(/<\/script>/g)).toHaveLength(original.match(/<\/script>/g)!.length + 1);
    expect(page.html).not.toContain('<!--');
    expect(embeddedFiles(page.html)).toEqual(embeddedFiles(original));
    expect(embeddedFiles(page.html).get('data/test-results/a.json')).toBe(json);
    expect(appCodeOf(page.html)).toBe(APP_CODE);
    expect(appCodeOf(original)).toBe(APP_CODE);
  });

  it('keeps as base64 code that would end its script element early', () => {
    const code = 'var s = "</script><p>";';
    const page = withTextData(template([['widgets/a.json', base64('{}')]], code));
    expect(page.html).toContain(`src="data:text/javascript;base64,${base64(code)}"`);
    expect(page.warnings).toEqual(["the template's code holds markup that cannot sit inside a script element: it stays base64"]);
  });

  it('leaves a page without the template\'s code or data calls as it was, and says so', () => {
    const page = withTextData('<html><body>no data</body></html>');
    expect(page.html).toBe('<html><body>no data</body></html>');
    expect(page.warnings).toEqual([expect.stringMatching(/code is not one base64 data-URL script/), expect.stringMatching(/stays base64/)]);
  });
});
