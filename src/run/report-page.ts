// What the suite changes in the single HTML file Allure's awesome template writes, so that the
// report says what the run showed. Allure 3.18 offers no setting for any of these; each change
// is made to the template's own data or code where it lies in the file, found by an exact
// pattern, and one whose pattern is missing (a newer template) is left out with a warning, never
// guessed at, so the report still opens. test/report-in-browser.test.ts checks each in Chromium.
import { readFileSync } from 'node:fs';
import { withTextData } from './report-text-data.ts';

/** The template's code, one base64 data-URL script; its data, one `d("path","base64")` call per file. */
const APP_SCRIPT = /(<script\s+src="data:text\/javascript;base64,)([A-Za-z0-9+/=]+)(">)/;
const DATA_ENTRY = /d\("([^"]+)","([A-Za-z0-9+/=]*)"\)/g;

const decode = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');
const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/**
 * The overview's ring. Allure computes it while generating, as passed / (passed + failed +
 * broken) (the statuses are a constant of @allurereport/core-api, no option changes them), and
 * stores it in widgets/pie_chart.json: a run whose every other scenario was skipped as not
 * applicable still reads 100 %. Marking those scenarios failed or broken to lower it would be a
 * lie about them; so the stored figure is made passed / all selected scenarios, and the tooltip
 * says so. A scenario that did not run is not shown to pass, and the statistic beside the ring
 * still says how many were skipped (not applicable) and broken (inconclusive or error).
 */
export const RING_DESCRIPTION = 'Passed of all selected scenarios: a scenario that did not run (not applicable, skipped) or was inconclusive counts as not passed.';
const TEMPLATE_RING_DESCRIPTION = 'Calculated from passed, failed, and broken tests. Skipped and unknown tests are excluded.';

interface PieChart {
  slices: Array<{ status: string; count: number }>;
  percentage: number;
}

function pieOfAllScenarios(json: string): string {
  const pie = JSON.parse(json) as PieChart;
  const counted = pie.slices.filter((slice) => slice.status !== '__empty__');
  const total = counted.reduce((sum, slice) => sum + slice.count, 0);
  const passed = counted.filter((slice) => slice.status === 'passed').reduce((sum, slice) => sum + slice.count, 0);
  // Rounded down as the template does, so 893 of 894 reads 99.88 %, never 100 %.
  return JSON.stringify({ ...pie, percentage: total ? Math.floor((passed / total) * 10_000) / 100 : 0 });
}

/** The requirement IDs scenarios carry, from the search index's tags (`@REQ-REC-22.6.1`). */
function requirementIdsOf(searchIndexJson: string): string[] {
  const documents = JSON.parse(searchIndexJson) as Array<{ tags?: string }>;
  return [...new Set(documents.flatMap((document) => (document.tags ?? '').split(/\s+/).filter((tag) => /^@REQ-/i.test(tag)).map((tag) => tag.slice(1).toLowerCase())))].sort();
}

/**
 * The report's search (MiniSearch) splits text and query at every punctuation mark and matches
 * each piece as a prefix, fuzzily from four characters, all pieces anywhere in a scenario: so
 * `REQ-REC-22.6.1` becomes "req rec 22 6 1" and finds every scenario with REQ-REC-22.6.10, with
 * a "1" anywhere, and so on. The patch indexes each requirement tag also whole, and reads a
 * query that is one requirement ID as one term: a complete ID, one a scenario carries, matches
 * exactly; a partial one (`REQ-REC-22.6`) as a prefix of IDs. Any other query is searched as before.
 */
const TEMPLATE_SEARCH = /(new [\w$]+\(\{fields:[\w$]+,storeFields:[\w$]+,)searchOptions:\{combineWith:"AND",prefix:!0,fuzzy:e=>e\.length>3&&\.2,/;

function exactRequirementSearch(constructorHead: string, requirementIds: readonly string[]): string {
  const split = '/[\\n\\r\\p{Z}\\p{P}]+/u';
  const requirementQuery = '/^REQ-[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*$/i';
  const ids = JSON.stringify(requirementIds);
  return (
    `${constructorHead}tokenize:(t,f)=>{const s=t.split(${split});if(f==="tags")for(const g of t.split(/\\s+/))/^@REQ-/i.test(g)&&s.push(g.slice(1));return s},` +
    `searchOptions:{combineWith:"AND",` +
    `tokenize:q=>{const w=q.trim();return ${requirementQuery}.test(w)?[w]:q.split(${split})},` +
    `prefix:(s=>t=>!s.has(t))(new Set(${ids})),` +
    `fuzzy:t=>!/^req-/.test(t)&&t.length>3&&.2,`
  );
}

/** The panel a requirement link opens: the requirement's wording and the run's scenarios that carry it. */
const REQUIREMENT_PANEL = readFileSync(new URL('./report-page/requirement-panel.js', import.meta.url), 'utf8');

/** A scenario's labels: the template's lists but for the overview's and the parameters (report-overview.ts). */
const LABEL_ITEM = ':not([data-testid="metadata-list"])>[data-testid="metadata-item"]';

/**
 * - A scenario's labels in one column, every value whole: the template sets two narrow columns
 *   and cuts each value to a few letters, so its processes read "BP00…" and its tags "@…".
 * - Requirement links look like links: the template draws a link only for an http(s) address,
 *   and a report opened offline has none to give, so the panel's script opens them on a click.
 */
const PAGE_STYLE =
  '<style id="mhhs-page">' +
  'div:has(>[data-testid="metadata-item"]):not([data-testid="metadata-list"]){grid-template-columns:100% !important}' +
  `${LABEL_ITEM}{grid-template-columns:10rem 1fr !important}` +
  `${LABEL_ITEM}>[data-testid="metadata-item-value"]{display:flex !important;flex-wrap:wrap !important;gap:4px !important;max-width:none !important;overflow:visible !important}` +
  `${LABEL_ITEM}>[data-testid="metadata-item-value"] *{max-width:none !important;overflow:visible !important;text-overflow:clip !important;white-space:normal !important}` +
  '[data-testid="test-result-meta-link"]{cursor:pointer}' +
  '[data-testid="test-result-meta-link"]>:last-child{text-decoration:underline;color:var(--color-text-link,#2563eb)}' +
  '#mhhs-requirement{max-width:52rem;border:1px solid #cbd5e1;border-radius:8px;padding:1.25rem 1.5rem;font:14px/1.5 system-ui,sans-serif;color:#0f172a}' +
  '#mhhs-requirement::backdrop{background:rgba(15,23,42,.35)}' +
  '#mhhs-requirement h2{margin:0 0 .5rem;font-size:1.1rem}#mhhs-requirement ul{padding-left:1.2rem}#mhhs-requirement li{margin:.2rem 0}' +
  '#mhhs-requirement .status{display:inline-block;min-width:7.5rem;font-weight:600}' +
  '</style>';

export interface ReportPage {
  readonly html: string;
  /** Changes left out because the template no longer has what they change. */
  readonly warnings: readonly string[];
}

/** The generated single-file report with the suite's changes (above) made. */
export function reportPage(generated: string): ReportPage {
  const warnings: string[] = [];
  let requirementIds: string[] = [];
  let html = generated.replace(DATA_ENTRY, (entry, name: string, base64: string) => {
    if (/(^|\/)pie_chart\.json$/.test(name)) return `d("${name}","${encode(pieOfAllScenarios(decode(base64)))}")`;
    if (name === 'widgets/search-index.json') requirementIds = requirementIdsOf(decode(base64));
    return entry;
  });
  const app = APP_SCRIPT.exec(html);
  if (!app) {
    warnings.push("the template's code is not one data-URL script: search and ring left as Allure makes them");
  } else {
    let code = decode(app[2]!);
    if (TEMPLATE_SEARCH.test(code)) code = code.replace(TEMPLATE_SEARCH, (_, head: string) => exactRequirementSearch(head, requirementIds));
    else warnings.push('the search options are not where Allure 3.18 has them: a requirement ID is searched as loosely as any text');
    if (code.includes(TEMPLATE_RING_DESCRIPTION)) code = code.split(TEMPLATE_RING_DESCRIPTION).join(RING_DESCRIPTION);
    else warnings.push("the ring's tooltip text is not Allure 3.18's: it may not say that skipped scenarios count as not passed");
    html = html.replace(APP_SCRIPT, () => `${app[1]}${encode(code)}${app[3]}`);
  }
  const closing = html.lastIndexOf('</body>');
  if (closing < 0) warnings.push('no </body> to add the requirement panel to: requirement links open nothing');
  else html = `${html.slice(0, closing)}${PAGE_STYLE}<script id="mhhs-requirement-panel">\n${REQUIREMENT_PANEL}</script>\n${html.slice(closing)}`;
  // Last: the changes above read and write the data in the template's own base64 form.
  const textData = withTextData(html);
  return { html: textData.html, warnings: [...warnings, ...textData.warnings] };
}
