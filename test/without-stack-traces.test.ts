// The evidence pack carries a failure's finding, never the stack of the suite's code that
// raised it nor this machine's folders: junit.xml as cucumber wrote it, and Allure's results.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeJunit } from '../src/run/merge-junit.ts';
import { allureJsonWithoutStackTraces, findingOf, stripStackTraces, withoutStackTraces } from '../src/run/without-stack-traces.ts';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');

const roots = [
  ['/home/ci/mhhs-qualify', '.'],
  ['/home/ci', '~'],
] as const;

// As cucumber's JUnit formatter writes a participant's defect: the message attribute, then the whole stack.
const junit = `<?xml version="1.0"?>
<testsuite name="mhhs-qualify" time="20.925" tests="2" skipped="0" failures="1" errors="0" timestamp="2026-12-07T12:23:41.518Z">
  <testcase classname="Gaining Supplier appoints its Metering and Data Services" name="Metering Service appointment request follows the gain notification within the SLA" time="8.114">
    <failure type="ParticipantDefect" message="IF-031 [MSApp] from the participant breaks the rules&#xA;  SLA /: IF-031 [MSApp] sent 75 min 6 s after IF-002 [GainMPANInfo]; SLA 60 min (REC 22.6.1): missed by 15 min 7 s"><![CDATA[AssertionError: IF-031 [MSApp] from the participant breaks the rules
  SLA /: IF-031 [MSApp] sent 75 min 6 s after IF-002 [GainMPANInfo]; SLA 60 min (REC 22.6.1): missed by 15 min 7 s
    at Module.expectSubmissionWithinSla (/home/ci/mhhs-qualify/src/scenario/appointment-steps.ts:154:30)
    at async QualificationWorld.<anonymous> (/home/ci/mhhs-qualify/steps/supplier-appointment.steps.ts:44:5)]]></failure>
    <system-out><![CDATA[When the SMRS notifies the participant of the gain with IF-002 [GainMPANInfo]..passed
And the participant sends IF-031 [MSApp] to the SMRS within 60 minutes of IF-002 [GainMPANInfo]..failed]]></system-out>
  </testcase>
  <testcase classname="Suite" name="A suite error" time="0.1">
    <failure type="SuiteError" message="cannot read /home/ci/mhhs-qualify/profiles/acme.yaml"><![CDATA[SuiteError: cannot read /home/ci/mhhs-qualify/profiles/acme.yaml
    at file:///home/ci/mhhs-qualify/src/profile/participant-profile.ts:12:9
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
    at <anonymous>]]></failure>
  </testcase>
</testsuite>`;

describe('a failure without its stack trace', () => {
  it('keeps the finding of junit.xml and drops the frames and local folders', () => {
    const clean = withoutStackTraces(junit, roots);
    expect(clean).not.toMatch(/^\s+at /m);
    expect(clean).not.toContain('/home/ci');
    expect(clean).toContain(`<![CDATA[AssertionError: IF-031 [MSApp] from the participant breaks the rules
  SLA /: IF-031 [MSApp] sent 75 min 6 s after IF-002 [GainMPANInfo]; SLA 60 min (REC 22.6.1): missed by 15 min 7 s]]></failure>`);
    expect(clean).toContain('message="IF-031 [MSApp] from the participant breaks the rules&#xA;  SLA /: IF-031');
    expect(clean).toContain('<![CDATA[SuiteError: cannot read ./profiles/acme.yaml]]>');
    expect(clean).toContain('message="cannot read ./profiles/acme.yaml"');
    // The steps' output and every count stay as cucumber wrote them.
    expect(clean).toContain('..failed]]></system-out>');
    expect(clean.split('\n')[1]).toBe(junit.split('\n')[1]);
    expect(withoutStackTraces(clean, roots)).toBe(clean);
  });

  it('replaces a whole folder only, the checkout before the home folder', () => {
    expect(findingOf('open /home/ci/mhhs-qualify/x.yaml, /home/ci/other, /home/cider, /srv/home/ci/a', roots)).toBe('open ./x.yaml, ~/other, /home/cider, /srv/home/ci/a');
    // A line of a finding that merely starts with "at" is no stack frame.
    expect(findingOf('IF-031 sent\n  at 2026-12-07T10:00:00+00:00, 75 min after IF-002', roots)).toBe('IF-031 sent\n  at 2026-12-07T10:00:00+00:00, 75 min after IF-002');
  });

  it('reduces an Allure result to its finding, and keeps a trace that says more than the message', () => {
    const stack = 'AssertionError: IF-031 [MSApp] breaks the rules\n    at Module.expect (/home/ci/mhhs-qualify/src/scenario/appointment-steps.ts:154:30)';
    const result = {
      name: 'scenario',
      statusDetails: { message: stack, trace: stack },
      steps: [{ name: 'step', statusDetails: { message: stack, trace: stack }, steps: [] }],
    };
    const clean = JSON.parse(allureJsonWithoutStackTraces(JSON.stringify(result), roots)) as typeof result;
    expect(clean.statusDetails).toEqual({ message: 'AssertionError: IF-031 [MSApp] breaks the rules' });
    expect(clean.steps[0]!.statusDetails).toEqual({ message: 'AssertionError: IF-031 [MSApp] breaks the rules' });
    const runFindings = { statusDetails: { message: '1 run-level finding(s)', trace: 'SUR-NOT-REUSED /CommonBlock/S1: repeated' } };
    expect(JSON.parse(allureJsonWithoutStackTraces(JSON.stringify(runFindings), roots))).toEqual(runFindings);
    const globals = { errors: [{ message: 'BeforeAll hook failed: boom', trace: `Error: boom\n    at /home/ci/mhhs-qualify/steps/support/hooks.ts:50:11` }] };
    expect(JSON.parse(allureJsonWithoutStackTraces(JSON.stringify(globals), roots))).toEqual({ errors: [{ message: 'BeforeAll hook failed: boom', trace: 'Error: boom' }] });
  });

  it('rewrites a reports folder: junit.xml and the results, attachments untouched', () => {
    const reports = mkdtempSync(path.join(tmpdir(), 'mhhs-stack-'));
    mkdirSync(path.join(reports, 'allure-results'));
    writeFileSync(path.join(reports, 'junit.xml'), junit);
    const stack = 'Inconclusive: no MPAN\n    at /home/ci/mhhs-qualify/steps/registration.steps.ts:9:11';
    writeFileSync(path.join(reports, 'allure-results', 'a-result.json'), JSON.stringify({ statusDetails: { message: stack, trace: stack } }));
    writeFileSync(path.join(reports, 'allure-results', 'b-attachment.txt'), stack);
    stripStackTraces(reports, roots);
    expect(readFileSync(path.join(reports, 'junit.xml'), 'utf8')).not.toContain('/home/ci');
    expect(JSON.parse(readFileSync(path.join(reports, 'allure-results', 'a-result.json'), 'utf8'))).toEqual({ statusDetails: { message: 'Inconclusive: no MPAN' } });
    expect(readFileSync(path.join(reports, 'allure-results', 'b-attachment.txt'), 'utf8')).toBe(stack);
  });
});

describe('merged shards', () => {
  it('leave no stack trace in the merged junit.xml, even from a shard written by an older suite', () => {
    const shard = `<?xml version="1.0"?>\n<testsuite name="mhhs-qualify" time="1" tests="1" skipped="0" failures="1" errors="0" timestamp="2026-12-07T12:23:41.518Z">\n  <testcase classname="f" name="s" time="1"><failure type="SuiteError" message="boom"><![CDATA[SuiteError: boom\n    at ${PROJECT_ROOT}/steps/support/hooks.ts:50:11]]></failure></testcase>\n</testsuite>`;
    const merged = mergeJunit([{ file: 'shard-1/junit.xml', xml: shard, locations: ['features/a.feature:3'] }]);
    expect(merged).toContain('<![CDATA[SuiteError: boom]]>');
    expect(merged).not.toContain(PROJECT_ROOT);
  });
});
