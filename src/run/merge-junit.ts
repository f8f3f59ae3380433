// Joins the junit.xml of several shards into one, as cucumber would have written it for a
// single run: every <testcase> kept as written (a failure's stack frames aside), in cucumber's
// order (feature file, then line), under one <testsuite> whose counts are the shards' added up.
import { compareLocations } from './run-summary.ts';
import { withoutStackTraces } from './without-stack-traces.ts';

export interface ShardJunit {
  /** Where the file came from, for errors. */
  readonly file: string;
  readonly xml: string;
  /**
   * The shard's scenario locations in cucumber's JUnit order (see compareLocations): the k-th
   * <testcase> is the k-th location. JUnit XML itself does not say where a scenario is.
   */
  readonly locations: readonly (string | undefined)[];
}

/** Attribute values are double-quoted and cannot hold a raw `"` or `<`, so this finds a whole start tag. */
const TESTCASE_START = /<testcase(?:\s+[\w:.-]+="[^"]*")*\s*(\/?)>/g;
const TESTSUITE_START = /<testsuite((?:\s+[\w:.-]+="[^"]*")*)\s*\/?>/;
const ATTRIBUTE = /([\w:.-]+)="([^"]*)"/g;
const CLOSE = '</testcase>';

/** End of the element whose start tag ends at `from`. Text outside CDATA cannot hold `<`, so the first close tag outside CDATA is it. */
function closeOf(xml: string, from: number, file: string): number {
  let cursor = from;
  for (;;) {
    const close = xml.indexOf(CLOSE, cursor);
    if (close === -1) throw new Error(`${file}: a <testcase> is never closed`);
    const cdata = xml.indexOf('<![CDATA[', cursor);
    if (cdata === -1 || cdata > close) return close + CLOSE.length;
    const cdataEnd = xml.indexOf(']]>', cdata);
    if (cdataEnd === -1) throw new Error(`${file}: a CDATA section is never closed`);
    cursor = cdataEnd + 3;
  }
}

function testcases(xml: string, file: string): string[] {
  const elements: string[] = [];
  TESTCASE_START.lastIndex = 0;
  for (let start = TESTCASE_START.exec(xml); start; start = TESTCASE_START.exec(xml)) {
    const end = start[1] === '/' ? TESTCASE_START.lastIndex : closeOf(xml, TESTCASE_START.lastIndex, file);
    elements.push(xml.slice(start.index, end));
    TESTCASE_START.lastIndex = end;
  }
  return elements;
}

function suiteAttributes(xml: string, file: string): Map<string, string> {
  const start = TESTSUITE_START.exec(xml);
  if (!start) throw new Error(`${file}: no <testsuite> element`);
  return new Map([...start[1]!.matchAll(ATTRIBUTE)].map((match) => [match[1]!, match[2]!]));
}

export function mergeJunit(shards: readonly ShardJunit[]): string {
  const cases = shards.flatMap((shard) => {
    const elements = testcases(shard.xml, shard.file);
    if (elements.length !== shard.locations.length) {
      throw new Error(`${shard.file} holds ${elements.length} test cases, but its summary.json ${shard.locations.length} scenarios: the folder is not one complete run`);
    }
    return elements.map((element, index) => ({ element, location: shard.locations[index] }));
  });
  // Array.prototype.sort is stable: scenarios with no location keep their shard's order.
  cases.sort((a, b) => compareLocations(a.location, b.location));
  const suites = shards.map((shard) => suiteAttributes(shard.xml, shard.file));
  const sum = (name: string, decimals = 0) => Number(suites.reduce((total, suite) => total + Number(suite.get(name) ?? 0), 0).toFixed(decimals));
  const timestamps = suites.map((suite) => suite.get('timestamp')).filter((stamp): stamp is string => Boolean(stamp)).sort();
  const attributes: [string, string | number | undefined][] = [
    ['name', suites[0]?.get('name') ?? 'mhhs-qualify'],
    // The time the shards spent running, added up; the earliest shard's start.
    ['time', sum('time', 3)],
    ['tests', sum('tests')],
    ['skipped', sum('skipped')],
    ['failures', sum('failures')],
    ['errors', sum('errors')],
    ['timestamp', timestamps[0]],
  ];
  const start = `<testsuite ${attributes.filter(([, value]) => value !== undefined).map(([name, value]) => `${name}="${value}"`).join(' ')}>`;
  // A shard's file is clean when its run stripped it; one written by an older suite may not be.
  return withoutStackTraces(`<?xml version="1.0"?>\n${start}\n${cases.map((entry) => `  ${entry.element}`).join('\n')}\n</testsuite>`);
}
