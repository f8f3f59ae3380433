// A participant that keeps its state meets the suite twice: the reference participant run as
// its own process (README "Try it as an external system"), stopped after the first run and
// started again on the same state folder for the second. It de-duplicates by transaction ID,
// as the suite's idempotency scenarios require, so any identifier the suite repeated from the
// first run would be (rightly) ignored and the second run would blame the participant.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunSummary } from '../src/run/run-summary.ts';
import { cliWithin, EXAMPLE_SUPPLIED, freePort, initArgsFor, startParticipant } from './external-participant-harness.ts';

const cli = cliWithin(300_000);

function stopParticipant(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Every value a pattern captures in a run's journals, e.g. the transaction IDs the DIP issued. */
function journalValues(reports: string, pattern: RegExp): Set<string> {
  const dir = path.join(reports, 'run');
  const text = readdirSync(dir).filter((name) => /^journal-worker-\d+\.jsonl$/.test(name)).map((name) => readFileSync(path.join(dir, name), 'utf8')).join('\n');
  return new Set([...text.matchAll(pattern)].map((match) => match[1]!));
}

const TRANSACTION_ID = /(T-(?:IF|REP)-\d{3}[A-Z]?-\w{10}-[A-Z]{3,5}-\d{8}-[0-9A-Za-z]+)/g;
const MPAN = /MPANCore\\?":\\?"(\d{13})/g;
const CSS_REGISTRATION_ID = /CSSRegistrationID\\?":\\?"([0-9a-f-]{36})/g;
/** References of the parties the suite plays (SMRS, service providers …), never the participant's own (1100000001-3). */
const SIMULATED_REFERENCE = /(S-(?:IF|REP)-\d{3,4}-(?!110000000)[0-9a-fA-F]{10}-[A-Z]{3,5}-\d{8}-[a-zA-Z0-9]+)/g;

const shared = (first: Set<string>, second: Set<string>) => [...second].filter((value) => first.has(value));


describe('two runs against one participant that keeps its state', () => {
  let participant: ChildProcess | undefined;
  afterAll(async () => {
    if (participant) await stopParticipant(participant);
  });

  it('passes both runs with the same verdicts, and the second repeats none of the first run’s identifiers', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'mhhs-stateful-'));
    const pki = path.join(work, 'test-pki');
    const [emulatorPort, webhookPort] = [await freePort(), await freePort()];
    expect(cli('certs', 'init', '--dir', pki).status).toBe(0);

    // The README's example participant on free ports, this PKI and a state folder both runs share.
    const config = path.join(work, 'participant.yaml');
    const example = readFileSync('examples/external-reference-participant/participant.yaml', 'utf8')
      .replaceAll('../../reports/test-pki', pki)
      .replace('../../reports/external-reference-participant-state', path.join(work, 'state'));
    writeFileSync(config, example);
    let started = await startParticipant(config, { emulatorPort, webhookPort });
    participant = started.process;
    const url = started.url;

    const profile = path.join(work, 'my-profile.yaml');
    // The MPANs the participant supplies are its own, not the suite's: a scenario that uses one
    // leaves it changed (switched to another Supplier …), so each run is given MPANs of its own,
    // the first four for the first run, then, as README says, the other four.
    const init = cli(...initArgsFor({ url, emulatorPort, pki, profile, supplied: EXAMPLE_SUPPLIED.first }));
    expect(init.status, init.stdout + init.stderr).toBe(0);
    const secondPortfolio = () => {
      let text = readFileSync(profile, 'utf8');
      EXAMPLE_SUPPLIED.first.forEach((mpan, index) => (text = text.replace(mpan, EXAMPLE_SUPPLIED.second[index]!)));
      writeFileSync(profile, text);
    };

    const runOnce = (name: 'first' | 'second') => {
      const reports = path.join(work, name);
      const run = cli('run', '--profile', profile, '--tags', '@BP001 and @role:supplier and @segment:smart', '--time-scale', '3600', '--no-report', '--reports', reports);
      const summary = JSON.parse(readFileSync(path.join(reports, 'summary.json'), 'utf8')) as RunSummary;
      return { reports, output: run.stdout + run.stderr, summary };
    };

    const first = runOnce('first');
    // Stopped and started again on the same state folder, as a participant's systems would be between two runs.
    await stopParticipant(participant);
    secondPortfolio();
    started = await startParticipant(config, { emulatorPort, webhookPort });
    participant = started.process;
    expect(started.url).toBe(url);
    const second = runOnce('second');

    for (const run of [first, second]) {
      expect(run.summary.scenarios.length).toBe(55);
      expect(run.summary.scenarios.filter((scenario) => scenario.verdict !== 'pass'), run.output).toEqual([]);
    }
    expect(second.summary.runId).toMatch(/^[0-9A-F]{12}$/);
    expect(second.summary.runId).not.toBe(first.summary.runId);
    const verdicts = (summary: RunSummary) => summary.scenarios.map((scenario) => `${scenario.verdict} ${scenario.feature} › ${scenario.name}`);
    expect(verdicts(second.summary)).toEqual(verdicts(first.summary));

    // Nothing the suite generated in the first run comes back in the second.
    for (const pattern of [TRANSACTION_ID, MPAN, CSS_REGISTRATION_ID, SIMULATED_REFERENCE]) {
      const [before, after] = [journalValues(first.reports, pattern), journalValues(second.reports, pattern)];
      expect(before.size, `${pattern}`).toBeGreaterThan(0);
      expect(shared(before, after), `${pattern}`).toEqual([]);
    }
  }, 600_000);
});
