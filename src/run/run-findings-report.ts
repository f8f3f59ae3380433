// Run-level findings (fail findings no scenario's verdict holds) in the two reports a
// reviewer and a CI job read besides summary.json: one failed test case in junit.xml and one
// failed result in the Allure report, each listing every finding. Without them a run could be
// red by its exit code while both reports showed every scenario green.
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RunFinding } from './run-summary.ts';
import { describeRunFinding } from './run-findings.ts';

export const RUN_FINDINGS_TITLE = 'Run-level findings';

const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Adds one failed test case to cucumber's junit.xml (one testsuite), its counts raised to match. */
export function addRunFindingsToJunit(file: string, findings: readonly RunFinding[]): void {
  if (findings.length === 0) return;
  const xml = readFileSync(file, 'utf8');
  const lines = findings.map(describeRunFinding).join('\n');
  const testcase =
    `  <testcase classname="mhhs-qualify run" name="${xmlEscape(RUN_FINDINGS_TITLE)}" time="0">\n` +
    `    <failure type="AssertionError" message="${xmlEscape(`${findings.length} run-level finding(s): fail findings no scenario's verdict holds`)}"><![CDATA[${lines.replace(/]]>/g, ']]]]><![CDATA[>')}]]></failure>\n` +
    '  </testcase>\n';
  const counted = xml
    .replace(/(<testsuite\b[^>]*\btests=")(\d+)"/, (_, head: string, count: string) => `${head}${Number(count) + 1}"`)
    .replace(/(<testsuite\b[^>]*\bfailures=")(\d+)"/, (_, head: string, count: string) => `${head}${Number(count) + 1}"`);
  const closing = counted.lastIndexOf('</testsuite>');
  if (closing < 0) throw new Error(`${file} has no </testsuite> to add the run-level findings to`);
  writeFileSync(file, `${counted.slice(0, closing)}${testcase}${counted.slice(closing)}`);
}

/** Writes one failed Allure result naming every run-level finding, so the report shows the run red. */
export function writeRunFindingsAllureResult(resultsDir: string, findings: readonly RunFinding[], at: number = Date.now()): void {
  if (findings.length === 0) return;
  const uuid = randomUUID();
  const result = {
    uuid,
    historyId: 'mhhs-qualify-run-level-findings',
    name: RUN_FINDINGS_TITLE,
    fullName: RUN_FINDINGS_TITLE,
    status: 'failed',
    statusDetails: { message: `${findings.length} run-level finding(s): fail findings no scenario's verdict holds; they fail the run`, trace: findings.map(describeRunFinding).join('\n') },
    stage: 'finished',
    start: at,
    stop: at,
    steps: [],
    attachments: [],
    parameters: [],
    labels: [
      { name: 'epic', value: 'The run' },
      { name: 'feature', value: 'Run-level findings' },
      ...new Set(findings.flatMap((finding) => (finding.requirement ? [finding.requirement] : []))),
    ].map((label) => (typeof label === 'string' ? { name: 'tag', value: `@${label}` } : label)),
  };
  writeFileSync(path.join(resultsDir, `${uuid}-result.json`), JSON.stringify(result));
}
