// The single-file report embeds its code as a base64 data URL and each of its data files as
// base64, one `d("path","base64")` call per file. Base64 hides the repeats in JSON and code from
// the zip of the evidence pack, and the report is three quarters of the pack. Here:
// - each data file that is UTF-8 text is written as a JavaScript string, `t("path","text")`, and
//   `t` hands the template the base64 it expects the first time the file is read;
// - a file whose text is another's already written (the template writes its tree, navigation and
//   search index twice) is written as that file's name, `a("path","same as")`;
// - the code is written as the script's own text.
// The report reads exactly the same bytes; its zip is about a third smaller.

const DATA_ENTRY = /d\("([^"]+)","([A-Za-z0-9+/=]*)"\)/g;
const TEXT_ENTRY = /(?<![\w$.])t\(("(?:[^"\\]|\\.)*"),("(?:[^"\\]|\\.)*")\)/g;
const ALIAS_ENTRY = /(?<![\w$.])a\(("(?:[^"\\]|\\.)*"),("(?:[^"\\]|\\.)*")\)/g;
const APP_SCRIPT = /<script\s+src="data:text\/javascript;base64,([A-Za-z0-9+/=]+)"><\/script>/;
const INLINE_APP = /<script id="mhhs-app">\n([\s\S]*?)\n<\/script>/;

/**
 * Defined before the data calls. The base64 is made on first read and kept: a reviewer opening
 * one scenario converts that scenario's files, not the whole run's.
 */
const TEXT_LOADER = `<script id="mhhs-text-data">
function t(name, text) {
  var data = window.allureReportData;
  Object.defineProperty(data, name, { configurable: true, enumerable: true, get: function () {
    var bytes = new TextEncoder().encode(text), binary = '';
    for (var i = 0; i < bytes.length; i += 32768) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 32768));
    var value = btoa(binary);
    Object.defineProperty(data, name, { configurable: true, enumerable: true, writable: true, value: value });
    return value;
  } });
  return Promise.resolve(true);
}
function a(name, same) {
  var data = window.allureReportData;
  Object.defineProperty(data, name, { configurable: true, enumerable: true, get: function () { return data[same]; } });
  return Promise.resolve(true);
}
</script>
`;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or undefined for bytes that are not UTF-8 (an image stays base64). */
function textOf(base64: string): string | undefined {
  try {
    return utf8.decode(Buffer.from(base64, 'base64'));
  } catch {
    return undefined;
  }
}

/** A JavaScript string literal safe inside a script element: no `</script>` or `<!--` can form. */
const scriptString = (text: string) => JSON.stringify(text).replace(/</g, '\\u003c');

export interface TextDataPage {
  readonly html: string;
  /** What was left as base64, because the template's code or data were not where this looks. */
  readonly warnings: readonly string[];
}

/**
 * The template's code as the script's own text. Left as it is when the code holds what would end
 * the script element early (`</script`) or change how the browser reads it (`<!--` with `<script`).
 */
function withInlineApp(html: string): { html: string; warning?: string } {
  const app = APP_SCRIPT.exec(html);
  if (!app) return { html, warning: "the template's code is not one base64 data-URL script: it stays as it is" };
  const code = Buffer.from(app[1]!, 'base64').toString('utf8');
  if (/<\/script/i.test(code) || (code.includes('<!--') && /<script/i.test(code))) return { html, warning: "the template's code holds markup that cannot sit inside a script element: it stays base64" };
  return { html: html.replace(APP_SCRIPT, () => `<script id="mhhs-app">\n${code}\n</script>`) };
}

/** The data calls rewritten: text as text, a repeat as the name of its first. */
function withTextFiles(html: string): { html: string; warning?: string } {
  const first = html.search(DATA_ENTRY);
  const scriptStart = first < 0 ? -1 : html.lastIndexOf('<script', first);
  if (scriptStart < 0) return { html, warning: "the template's data is not in d(\"path\",\"base64\") calls: it stays base64" };
  const written = new Map<string, string>();
  const converted = html.slice(scriptStart).replace(DATA_ENTRY, (entry, name: string, base64: string) => {
    const text = textOf(base64);
    if (text === undefined) return entry;
    const same = written.get(text);
    if (same !== undefined) return `a(${scriptString(name)},${scriptString(same)})`;
    written.set(text, name);
    return `t(${scriptString(name)},${scriptString(text)})`;
  });
  return { html: `${html.slice(0, scriptStart)}${TEXT_LOADER}${converted}` };
}

/** The page with its code and text files written as text (see the top of this file). */
export function withTextData(html: string): TextDataPage {
  const app = withInlineApp(html);
  const files = withTextFiles(app.html);
  return { html: files.html, warnings: [app.warning, files.warning].filter((warning): warning is string => warning !== undefined) };
}

/** Every file the page embeds, by path, as text: whether written as base64, as text or as a repeat. */
export function embeddedFiles(html: string): Map<string, string> {
  const files = new Map<string, string>();
  // Text and repeats are read only after their loader: the inline code before it is the template's.
  const loader = html.indexOf(TEXT_LOADER);
  const data = loader < 0 ? '' : html.slice(loader + TEXT_LOADER.length);
  for (const match of html.matchAll(DATA_ENTRY)) files.set(match[1]!, Buffer.from(match[2]!, 'base64').toString('utf8'));
  for (const match of data.matchAll(TEXT_ENTRY)) files.set(JSON.parse(match[1]!) as string, JSON.parse(match[2]!) as string);
  for (const match of data.matchAll(ALIAS_ENTRY)) files.set(JSON.parse(match[1]!) as string, files.get(JSON.parse(match[2]!) as string)!);
  return files;
}

/** The template's code, whether a base64 data URL or written inline. */
export function appCodeOf(html: string): string | undefined {
  const inline = INLINE_APP.exec(html);
  if (inline) return inline[1];
  const app = APP_SCRIPT.exec(html);
  return app ? Buffer.from(app[1]!, 'base64').toString('utf8') : undefined;
}
