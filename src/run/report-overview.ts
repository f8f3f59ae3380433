// The reviewer's first screen of the Allure report: the evidence pack's digest (participant,
// roles, certification, verdicts, coverage, SLAs, waivers, kill rate, declaration, versions,
// signatory, transport), shown above the scenarios. The awesome template has two key/value
// panels there, "Variables" (from the report's configuration) and "Metadata" (from an
// environment.properties among the results); each shows eight entries before a "Show more"
// button, so the digest is split between them and every fact is visible without a click.

/** Labelled facts for the report's overview, in reading order (the evidence pack's digest rows). */
export type ReportOverview = ReadonlyArray<readonly [label: string, value: string]>;

/** Entries a panel shows before its "Show more" button (awesome plugin of Allure 3.18). */
export const PANEL_ROWS = 8;

const title = (label: string): string => label.charAt(0).toUpperCase() + label.slice(1);

/** The first panel's facts: the report configuration's `variables`. */
export function overviewVariables(overview: ReportOverview): Record<string, string> {
  return Object.fromEntries(overview.slice(0, PANEL_ROWS).map(([label, value]) => [title(label), value]));
}

/** Java properties escaping, which Allure's reader undoes: separators, comment marks, spaces in keys, non-ASCII. */
function escapeProperty(text: string, key: boolean): string {
  return [...text]
    .map((char, index) => {
      if (char === '\\' || char === ':' || char === '=' || char === '#' || char === '!') return `\\${char}`;
      if (char === ' ' && (key || index === 0)) return '\\ ';
      if (char === '\n') return '\\n';
      const code = char.codePointAt(0)!;
      if (code > 0x7e) return [...String.fromCodePoint(code)].map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
      return char;
    })
    .join('');
}

/** The second panel's facts, as an environment.properties file Allure reads with the results. */
export function overviewProperties(overview: ReportOverview): string {
  return overview
    .slice(PANEL_ROWS)
    .map(([label, value]) => `${escapeProperty(title(label), true)}=${escapeProperty(value, false)}\n`)
    .join('');
}

/**
 * The template cuts long values to one line with an ellipsis and sets two columns; the digest's
 * values are sentences a reviewer must read whole, so its key/value lists (both overview panels,
 * and a scenario's parameters such as an SLA figure) get one column of wrapped text. Only those
 * lists: a scenario's labels, laid out apart, are src/run/report-page.ts's.
 */
const VALUE = '[data-testid="metadata-list"] [data-testid="metadata-item-value"]';
export const OVERVIEW_STYLE =
  '<style id="mhhs-overview">' +
  '[data-testid="metadata-list"]{grid-template-columns:100% !important}' +
  `${VALUE},${VALUE} *{white-space:normal !important;overflow:visible !important;text-overflow:clip !important;max-width:none !important;height:auto !important}` +
  '</style>';
