// The run summary built from cucumber's messages: a scenario's warnings reach it (they fail
// nothing, yet the selftest must see them: scenarios/fault-catalogue.yaml `verdict: warn`), and a
// selected scenario that never ran is counted as an error, never silently dropped.
import type { Envelope } from '@cucumber/messages';
import { describe, expect, it } from 'vitest';
import { RunSummaryCollector, WARNINGS_ATTACHMENT } from '../src/run/run-summary.ts';

const envelopes = (attachments: Array<{ fileName: string; body: string }>): Envelope[] =>
  [
    { pickle: { id: 'p1', name: 'Answers an offer', uri: 'features/a.feature', location: { line: 7 }, tags: [{ name: '@COS-03', astNodeId: 't' }], steps: [], language: 'en', astNodeIds: [] } },
    { testCase: { id: 'c1', pickleId: 'p1', testSteps: [] } },
    { testCaseStarted: { id: 's1', testCaseId: 'c1', attempt: 0, timestamp: { seconds: 0, nanos: 0 } } },
    { testStepFinished: { testCaseStartedId: 's1', testStepId: 'x', testStepResult: { status: 'PASSED', duration: { seconds: 0, nanos: 0 } }, timestamp: { seconds: 0, nanos: 0 } } },
    ...attachments.map((attachment) => ({ attachment: { testCaseStartedId: 's1', fileName: attachment.fileName, body: attachment.body, mediaType: 'text/plain', contentEncoding: 'IDENTITY' } })),
    { testCaseFinished: { testCaseStartedId: 's1', willBeRetried: false, timestamp: { seconds: 0, nanos: 0 } } },
  ] as unknown as Envelope[];

describe('run summary warnings', () => {
  it('lists each line of the warnings attachment on a passing scenario, and only that attachment', () => {
    const collector = new RunSummaryCollector();
    const lines = 'CORRELATED-TO-TRIGGER /0/payload/CommonBlock/S1/senderCorrelationID: null differs (REQ-DIP-CORRELATION)\nOTHER-WARN /: second';
    for (const envelope of envelopes([{ fileName: 'exchanges', body: 'not a warning' }, { fileName: WARNINGS_ATTACHMENT, body: lines }])) collector.accept(envelope);
    const [scenario] = collector.summary().scenarios;
    expect(scenario).toMatchObject({ verdict: 'pass', location: 'features/a.feature:7', warnings: lines.split('\n') });
  });

  it('leaves warnings out of a scenario that had none', () => {
    const collector = new RunSummaryCollector();
    for (const envelope of envelopes([])) collector.accept(envelope);
    expect(collector.summary().scenarios[0]).not.toHaveProperty('warnings');
  });
});

describe('run summary of scenarios that never ran', () => {
  it('counts a selected scenario whose worker stopped before it as a suite error, so the run cannot pass on the rest', () => {
    const collector = new RunSummaryCollector();
    const stranded = [
      { pickle: { id: 'p2', name: 'Never reached', uri: 'features/b.feature', location: { line: 3 }, tags: [], steps: [], language: 'en', astNodeIds: [] } },
      { testCase: { id: 'c2', pickleId: 'p2', testSteps: [] } },
    ] as unknown as Envelope[];
    for (const envelope of [...envelopes([]), ...stranded]) collector.accept(envelope);
    const summary = collector.summary();
    expect(summary.scenarios.map((scenario) => [scenario.name, scenario.verdict])).toEqual([
      ['Answers an offer', 'pass'],
      ['Never reached', 'error'],
    ]);
    expect(summary.scenarios[1]).toMatchObject({ location: 'features/b.feature:3', cause: expect.stringMatching(/^not run: /) });
    expect(summary.totals).toEqual({ pass: 1, fail: 0, inconclusive: 0, error: 1 });
  });
});
