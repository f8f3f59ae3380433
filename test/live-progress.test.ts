// The live status line of a run at a terminal: the scenario and step under way, its time in
// real and market minutes, and what is left of an SLA window the step names.
import type { Envelope } from '@cucumber/messages';
import { describe, expect, it } from 'vitest';
import { LiveProgress, TerminalProgress } from '../src/run/live-progress.ts';

const envelopes = (): Envelope[] => [
  { pickle: { id: 'p1', name: 'Metering Service appointment request follows the gain notification', uri: 'f', language: 'en', astNodeIds: [], tags: [], steps: [{ id: 's1', text: 'the participant sends IF-031 [MSApp] to the SMRS within 60 minutes of IF-002 [GainMPANInfo]', astNodeIds: [] }] } },
  { pickle: { id: 'p2', name: 'Another', uri: 'f', language: 'en', astNodeIds: [], tags: [], steps: [] } },
  { testCase: { id: 'c1', pickleId: 'p1', testSteps: [{ id: 'h1', hookId: 'x' }, { id: 't1', pickleStepId: 's1', stepDefinitionIds: [], stepMatchArgumentsLists: [] }] } },
  { testCase: { id: 'c2', pickleId: 'p2', testSteps: [] } },
] as unknown as Envelope[];

describe('live progress', () => {
  it('names the running step with real and market time, and counts down an SLA window it names', () => {
    const progress = new LiveProgress(600);
    for (const envelope of envelopes()) progress.accept(envelope);
    expect(progress.line().text).toBe('[0/2] starting…');
    const started = Date.now();
    progress.accept({ testStepStarted: { testCaseStartedId: 'r1', testStepId: 'h1', timestamp: { seconds: 0, nanos: 0 } } } as Envelope);
    expect(progress.line(started).text).toBe('[0/2] starting…');
    progress.accept({ testStepStarted: { testCaseStartedId: 'r1', testStepId: 't1', timestamp: { seconds: 0, nanos: 0 } } } as Envelope);
    // Two real seconds at ×600 are 20 market minutes of the 60-minute window.
    expect(progress.line(Date.now() + 2_000).text).toMatch(
      /^\[0\/2\] Metering Service appointment request follows the gain notification › the participant sends IF-031 \[MSApp\] .* \(2\.0 s, 20 market min, 40 of 60 market min left\)$/,
    );
    progress.accept({ testCaseFinished: { testCaseStartedId: 'r1', willBeRetried: false, timestamp: { seconds: 0, nanos: 0 } } } as Envelope);
    expect(progress.line().text).toBe('[1/2] starting…');
  });

  it('prints finished lines above the status line, and clears it at the end', () => {
    const writes: string[] = [];
    const stream = { columns: 40, write: (text: string) => writes.push(text) } as unknown as NodeJS.WriteStream;
    const progress = new LiveProgress(600);
    for (const envelope of envelopes()) progress.accept(envelope);
    const terminal = new TerminalProgress(progress, stream);
    terminal.print('  PASS  Another (0.1 s)');
    terminal.stop();
    expect(writes).toEqual(['\r\x1b[2K', '  PASS  Another (0.1 s)\n', '\r\x1b[2K', '[0/2] starting…', '\r\x1b[2K']);
  });
});
