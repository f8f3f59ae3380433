// The selftest's judgement, on summaries made by hand: a fault is caught only by a scenario meant
// for it failing with the finding that names it; every other red is reported; the catalogue
// refuses entries that could not be checked; the files say the same as the judgement.
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { FAULTS } from '../reference-participant/faults.ts';
import type { RunSummary, ScenarioSummary } from '../src/run/run-summary.ts';
import { CHECK_REGISTRY } from '../src/findings/check-registry.ts';
import { FAULT_CATALOGUE_FILE, loadFaultCatalogue, parseFaultCatalogue, tagSelection, topLevelAlternatives, type CatalogueEntry } from '../src/selftest/fault-catalogue.ts';
import { judgeClean, judgeFault, killMatrix, type RunOutcome } from '../src/selftest/kill-matrix.ts';
import { killMatrixCsv, killMatrixHtml, writeKillMatrix, type SelftestIdentity } from '../src/selftest/kill-matrix-files.ts';
import { flakyScenarios } from '../src/selftest/flakiness.ts';
import { readSelftestResult } from '../src/selftest/selftest-result.ts';
import { bundledCheckIds, unexercised } from '../src/selftest/unexercised.ts';

const scenario = (location: string, tags: string[], verdict: ScenarioSummary['verdict'], cause?: string): ScenarioSummary => ({
  name: `scenario at ${location}`,
  feature: 'a feature',
  tags,
  location,
  verdict,
  seconds: 1,
  ...(cause ? { cause } : {}),
});

const ran = (...scenarios: ScenarioSummary[]): RunOutcome => ({
  summary: { scenarios, totals: { pass: 0, fail: 0, inconclusive: 0, error: 0 }, startedAt: '', finishedAt: '' } as RunSummary,
  seconds: 2,
  command: 'mhhs-qualify run --fault late-if031',
});

const entry = (overrides: Partial<CatalogueEntry> = {}): CatalogueEntry => ({
  switch: 'late-if031',
  defect: FAULTS['late-if031'],
  class: 'sla',
  catches: tagSelection('@REC-22.6.1 and @segment:smart', 'test'),
  verdict: 'fail',
  finding: /SLA .*missed by/,
  checks: ['SLA'],
  ...overrides,
});

const cleanRun = ran(
  scenario('a.feature:1', ['@REC-22.6.1', '@segment:smart'], 'pass'),
  scenario('a.feature:2', ['@REC-22.6.1', '@segment:smart'], 'pass'),
  scenario('b.feature:1', ['@BP009'], 'pass'),
  scenario('c.feature:1', ['@MIG-06'], 'inconclusive', 'Not applicable: reverse migration ended at M14'),
);
const cleanSummary = 'summary' in cleanRun ? cleanRun.summary : undefined;

describe('judging a fault run', () => {
  it('is caught when a scenario meant for it fails with the finding that names it', () => {
    const outcome = judgeFault(
      entry(),
      ran(
        scenario('a.feature:1', ['@REC-22.6.1', '@segment:smart'], 'fail', 'AssertionError: SLA ms-appointment-request missed by 15 min'),
        scenario('a.feature:2', ['@REC-22.6.1', '@segment:smart'], 'pass'),
        scenario('b.feature:1', ['@BP009'], 'pass'),
        scenario('c.feature:1', ['@MIG-06'], 'inconclusive', 'Not applicable: reverse migration ended at M14'),
      ),
      cleanSummary,
    );
    expect(outcome).toMatchObject({ caught: true, expected: 2, ran: 4 });
    expect(outcome.caughtBy.map((cell) => cell.location)).toEqual(['a.feature:1']);
    expect(outcome.stayedGreen.map((cell) => cell.location)).toEqual(['a.feature:2']);
    expect(outcome.unexpectedRed).toEqual([]);
  });

  it('is not caught by a failure for another reason, an error, or a red scenario not meant for it', () => {
    const outcome = judgeFault(
      entry(),
      ran(
        scenario('a.feature:1', ['@REC-22.6.1', '@segment:smart'], 'fail', 'AssertionError: MPAN-CHECK-DIGIT'),
        scenario('a.feature:2', ['@REC-22.6.1', '@segment:smart'], 'error', 'TypeError: x is undefined'),
        scenario('b.feature:1', ['@BP009'], 'fail', 'AssertionError: did not send IF-005 within 3 working days'),
      ),
      cleanSummary,
    );
    expect(outcome.caught).toBe(false);
    expect(outcome.failedOtherwise.map((cell) => cell.location)).toEqual(['a.feature:1']);
    expect(outcome.notFailVerdict.map((cell) => cell.location)).toEqual(['a.feature:2']);
    expect(outcome.unexpectedRed.map((cell) => cell.location)).toEqual(['b.feature:1']);
  });

  it('counts a scenario not meant for it that fails with its finding as catching it too, not as unexpected', () => {
    const outcome = judgeFault(
      entry(),
      ran(scenario('a.feature:1', ['@REC-22.6.1', '@segment:smart'], 'fail', 'SLA x missed by 1 min'), scenario('b.feature:1', ['@BP009'], 'fail', 'AssertionError: SLA ms-appointment-request missed by 15 min')),
      cleanSummary,
    );
    expect(outcome.alsoCaughtBy.map((cell) => cell.location)).toEqual(['b.feature:1']);
    expect(outcome.unexpectedRed).toEqual([]);
    // Naming the defect alone does not make a catch: the scenarios meant for it must.
    const onlyElsewhere = judgeFault(entry(), ran(scenario('a.feature:1', ['@REC-22.6.1', '@segment:smart'], 'pass'), scenario('b.feature:1', ['@BP009'], 'fail', 'SLA y missed by 2 min')), cleanSummary);
    expect(onlyElsewhere).toMatchObject({ caught: false, alsoCaughtBy: [{ location: 'b.feature:1' }] });
  });

  it('catches a warning check by a scenario that passed with the finding among its warnings, and by nothing else', () => {
    const warn = entry({ switch: 'drops-correlation-id', class: 'rule', verdict: 'warn', finding: /CORRELATED-TO-TRIGGER/ });
    const warned = { ...scenario('a.feature:1', ['@REC-22.6.1', '@segment:smart'], 'pass'), warnings: ['CORRELATED-TO-TRIGGER /0/payload: senderCorrelationID null differs'] };
    const silent = scenario('a.feature:2', ['@REC-22.6.1', '@segment:smart'], 'pass');
    const otherWarning = { ...scenario('a.feature:3', ['@REC-22.6.1', '@segment:smart'], 'pass'), warnings: ['SOMETHING-ELSE /: other'] };
    const failed = scenario('a.feature:4', ['@REC-22.6.1', '@segment:smart'], 'fail', 'CORRELATED-TO-TRIGGER in a cause is not a warning');
    const outcome = judgeFault(warn, ran(warned, silent, otherWarning, failed), cleanSummary);
    expect(outcome.caught).toBe(true);
    expect(outcome.caughtBy).toEqual([expect.objectContaining({ location: 'a.feature:1', cause: 'warning: CORRELATED-TO-TRIGGER /0/payload: senderCorrelationID null differs' })]);
    expect(outcome.stayedGreen.map((cell) => cell.location)).toEqual(['a.feature:2', 'a.feature:3']);
    expect(outcome.failedOtherwise.map((cell) => cell.location)).toEqual(['a.feature:4']);
    expect(judgeFault(warn, ran(silent), cleanSummary).caught).toBe(false);
  });

  it('counts a red the catalogue names as collateral apart from an unexpected one', () => {
    const outcome = judgeFault(
      entry({ collateral: { tags: tagSelection('@BP009', 'test'), why: 'the same late message' } }),
      ran(scenario('a.feature:1', ['@REC-22.6.1', '@segment:smart'], 'fail', 'SLA x missed by 1 min'), scenario('b.feature:1', ['@BP009'], 'fail', 'timed out')),
      cleanSummary,
    );
    expect(outcome.collateral.map((cell) => cell.location)).toEqual(['b.feature:1']);
    expect(outcome.unexpectedRed).toEqual([]);
  });

  it('counts a run-level finding that names a scenario meant for it, made after that scenario passed, as catching it', () => {
    const late = entry({ switch: 'late-repeat-action', defect: FAULTS['late-repeat-action'], class: 'rainy-day', catches: tagSelection('@IF-033', 'test'), finding: /IDEMPOTENT-DELIVERY: .* sent [23] times .*after the scenario.s own \d+-minute watch/ });
    const repeat = (location: string) => ({
      rule: 'IDEMPOTENT-DELIVERY',
      severity: 'fail',
      pointer: '',
      message: `scenario "scenario at ${location}" (${location}): IF-034 [MSAppSPResponse] for MPAN 1 sent 3 times after IF-033 [MSAppSPRequest] (transaction T) was delivered 3 times: a, b, c; seen again after the scenario's own 3-minute watch, 20 minutes after the first delivery, within the 60-minute SLA of a reaction to it; once is right`,
      scenario: { name: `scenario at ${location}`, location },
    });
    const outcome = ran(scenario('a.feature:1', ['@IF-033'], 'pass'), scenario('a.feature:2', ['@IF-033'], 'pass'), scenario('b.feature:1', ['@IF-036'], 'pass'));
    const summary = (outcome as { summary: RunSummary }).summary;
    const withFindings = { ...outcome, summary: { ...summary, runFindings: [repeat('a.feature:1'), repeat('b.feature:1'), { ...repeat('x'), scenario: undefined }] } } as RunOutcome;
    const judged = judgeFault(late, withFindings, cleanSummary);
    expect(judged.caught).toBe(true);
    expect(judged.caughtBy).toEqual([expect.objectContaining({ location: 'a.feature:1', verdict: 'fail', cause: expect.stringMatching(/^run-level finding: IDEMPOTENT-DELIVERY: scenario "scenario at a\.feature:1"/) })]);
    expect(judged.stayedGreen.map((cell) => cell.location)).toEqual(['a.feature:2']);
    // Named with the finding outside `catches`: the same defect seen again, not an unexpected red.
    expect(judged.alsoCaughtBy.map((cell) => cell.location)).toEqual(['b.feature:1']);
    expect(judged.unexpectedRed).toEqual([]);
    // Without the run-level finding the scenario that passed catches nothing.
    expect(judgeFault(late, outcome, cleanSummary).caught).toBe(false);
    // And a clean run with a run-level finding is not green, whether or not it names a scenario.
    expect(judgeClean(withFindings)).toMatchObject({ ok: false, problems: [{ location: 'a.feature:1', verdict: 'fail' }, { location: 'b.feature:1' }, { location: 'run' }] });
  });

  it('reports a run without a summary as a problem, never as caught', () => {
    const outcome = judgeFault(entry(), { problem: 'exited 2 without a verdict', seconds: 1, command: 'x' }, cleanSummary);
    expect(outcome).toMatchObject({ caught: false, runProblem: 'exited 2 without a verdict' });
  });
});

describe('the clean run and the whole matrix', () => {
  it('takes a not-applicable scenario as green, and anything else not passed as a problem', () => {
    expect(judgeClean(cleanRun)).toMatchObject({ ok: true, scenarios: 4, passed: 3, notApplicable: 1, problems: [] });
    const red = judgeClean(ran(scenario('a.feature:1', [], 'pass'), scenario('b.feature:1', [], 'inconclusive', 'Inconclusive: no trigger')));
    expect(red).toMatchObject({ ok: false, problems: [{ location: 'b.feature:1', verdict: 'inconclusive' }] });
    expect(judgeClean(ran()).ok).toBe(false);
  });

  it('passes only with every fault caught, no unexpected red and a green clean run', () => {
    const clean = judgeClean(cleanRun);
    const caught = judgeFault(entry(), ran(scenario('a.feature:1', ['@REC-22.6.1', '@segment:smart'], 'fail', 'SLA x missed by 1 min')), cleanSummary);
    const missed = judgeFault(entry({ switch: 'reused-sur' }), ran(scenario('a.feature:1', ['@REC-22.6.1', '@segment:smart'], 'pass')), cleanSummary);
    const stray = judgeFault(entry(), ran(scenario('a.feature:1', ['@REC-22.6.1', '@segment:smart'], 'fail', 'SLA x missed by 1 min'), scenario('b.feature:1', ['@BP009'], 'error', 'boom')), cleanSummary);
    expect(killMatrix(clean, [caught])).toMatchObject({ ok: true, caught: 1, unexpectedReds: 0 });
    expect(killMatrix(clean, [caught, missed])).toMatchObject({ ok: false, caught: 1 });
    expect(killMatrix(clean, [stray])).toMatchObject({ ok: false, caught: 1, unexpectedReds: 1 });
    expect(killMatrix(judgeClean(ran(scenario('a.feature:1', [], 'fail', 'x'))), [caught]).ok).toBe(false);
    expect(killMatrix(clean, []).ok).toBe(false);
  });

  it('writes the matrix as JSON, CSV and HTML, and the short result a pack carries', () => {
    const clean = judgeClean(cleanRun);
    const fault = judgeFault(entry(), ran(scenario('a.feature:1', ['@REC-22.6.1', '@segment:smart'], 'fail', 'SLA x missed by 1 min, "late" <b>'), scenario('b.feature:1', ['@BP009'], 'fail', 'other')), cleanSummary);
    const matrix = killMatrix(clean, [fault]);
    const identity: SelftestIdentity = { suite: { version: '0.1.0', commit: 'c'.repeat(40) }, startedAt: 's', finishedAt: '2026-11-30T04:00:00Z', seconds: 3, settings: { scope: 'all', seed: 1, timeScale: 3600, parallel: 2, faults: ['late-if031'] } };
    const dir = mkdtempSync(path.join(tmpdir(), 'mhhs-kill-matrix-'));
    writeKillMatrix(dir, matrix, identity, 33);

    const csv = killMatrixCsv(matrix).trim().split('\n');
    expect(csv[0]).toBe('fault,class,fault caught,scenario location,scenario,meant to catch it,outcome,verdict,cause');
    expect(csv).toContain('late-if031,sla,yes,a.feature:1,scenario at a.feature:1,yes,caught,fail,"SLA x missed by 1 min, ""late"" <b>"');
    expect(csv).toContain('late-if031,sla,yes,b.feature:1,scenario at b.feature:1,no,unexpected red,fail,other');
    const html = killMatrixHtml(matrix, identity);
    expect(html).toContain('Kill matrix: 100% (1 of 1 fault switches caught)');
    expect(html).toContain('&quot;late&quot; &lt;b&gt;');
    expect(html).not.toContain('"late" <b>');
    expect(html).toContain('NOT PASSED');
    expect(JSON.parse(readFileSync(path.join(dir, 'kill-matrix.json'), 'utf8'))).toMatchObject({ killRate: '100% (1 of 1 fault switches caught)', unexpectedReds: 1, ok: false });
    expect(readSelftestResult(path.join(dir, 'selftest-result.json'))).toEqual({
      faults: 1,
      caught: 1,
      unexpectedReds: 1,
      cleanOk: true,
      complete: false,
      scope: 'all',
      catalogueSize: 33,
      suite: identity.suite,
      finishedAt: identity.finishedAt,
    });
    expect(readSelftestResult(path.join(dir, 'no-such-file.json'))).toBeNull();
  });
});

describe('checks no fault made fail', () => {
  it('are the rules, SLAs and requirements no scenario failing with a fault\'s finding showed', () => {
    const ids = {
      rules: ['MPAN-CHECK-DIGIT', 'SUR-GRAMMAR'],
      // A rule shown able to fail shows the requirement it serves can: REQ-C; SUR-GRAMMAR's REQ-D is not.
      ruleRequirements: { 'MPAN-CHECK-DIGIT': 'REQ-C', 'SUR-GRAMMAR': 'REQ-D' },
      slas: ['ms-appointment-request', 'meter-install-mtds'],
      requirements: ['REQ-SLA-ms-appointment-request', 'REQ-A', 'REQ-B', 'REQ-C', 'REQ-D'],
    };
    const late = judgeFault(entry(), ran(scenario('a.feature:1', ['@REC-22.6.1', '@segment:smart', '@REQ-SLA-ms-appointment-request', '@REQ-A'], 'fail', 'SLA x missed by 1 min')), cleanSummary);
    const mpan = judgeFault(
      entry({ switch: 'invalid-mpan', catches: tagSelection('@REC-22.6.1', 'test'), finding: /MPAN-CHECK-DIGIT/ }),
      // Red, but not naming the fault: proves nothing about REQ-B.
      ran(scenario('a.feature:1', ['@REC-22.6.1'], 'fail', 'IF-031 breaks MPAN-CHECK-DIGIT'), scenario('b.feature:1', ['@REQ-B'], 'fail', 'timed out')),
      cleanSummary,
    );
    expect(unexercised([late, mpan], ids)).toEqual({ rules: ['SUR-GRAMMAR'], slas: ['meter-install-mtds'], requirements: ['REQ-B', 'REQ-D'], steps: [], cannotFail: [] });
    expect(unexercised([], ids)).toEqual({ rules: ids.rules, slas: ids.slas, requirements: ids.requirements, steps: [], cannotFail: [] });
    // A process step the participant sends is exercised when a scenario carrying its row's tag failed naming a fault.
    const withSteps = { ...ids, steps: [{ ref: 'REC-22.6.1', tag: '@REC-22.6.1' }, { ref: 'COS-03', tag: '@COS-03' }] };
    expect(unexercised([late, mpan], withSteps).steps).toEqual(['COS-03']);
    // A check no fault can make fail is listed apart, with its reason, whatever the faults did.
    const withUntimed = { ...ids, cannotFail: [{ id: 'SLA losing-ms-mtds', why: 'over the DTN' }] };
    expect(unexercised([late, mpan], withUntimed).cannotFail).toEqual([{ id: 'SLA losing-ms-mtds', why: 'over the DTN' }]);
  });

  it('are listed against every rule, SLA and requirement the suite has', () => {
    const ids = bundledCheckIds();
    expect(ids.rules).toContain('MPAN-CHECK-DIGIT');
    // The list is the check registry's, less SLA (listed by each SLA) and SCENARIO (no check of its own).
    expect(ids.rules).toEqual(CHECK_REGISTRY.map((check) => check.id).filter((id) => id !== 'SLA' && id !== 'SCENARIO'));
    for (const check of ['PROCESS-CONTENT', 'WEBHOOK-HTTP-STATUS', 'SMRS-ACCEPTED', 'SIGNATURE-DATE']) expect(ids.rules).toContain(check);
    expect(ids.ruleRequirements?.['WEBHOOK-HTTP-STATUS']).toBe('REQ-DIP-WEBHOOK-RESPONSE');
    // A check whose requirement each finding decides shows no one requirement can fail.
    expect(ids.ruleRequirements?.['PROCESS-CONTENT']).toBeUndefined();
    // Besides src/rules: the schema, the DIP's own checks on a submission, and the response checks.
    for (const check of ['SCHEMA', 'ENVELOPE', 'VARIANT-KNOWN', 'DIP-API-KEY', 'DIP-BODY-SIZE', 'DIP-BATCH-SIZE', 'SUR-NOT-REUSED', 'DIP-SENDER-KNOWN', 'ADDRESSED-TO-REQUESTER', 'CORRELATED-TO-TRIGGER']) {
      expect(ids.rules).toContain(check);
    }
    expect(ids.ruleRequirements?.['DIP-API-KEY']).toBe('REQ-DIP-API-KEY');
    expect(ids.ruleRequirements?.['SUR-NOT-REUSED']).toBe('REQ-DIP-SUR-UNIQUE');
    expect(ids.slas).toContain('ms-appointment-request');
    // The process steps are the interface-table rows a Supplier, Metering Service or Data Service sends over the DIP.
    const steps = (ids.steps ?? []).map((step) => step.ref);
    for (const ref of ['REC 22.6.1', 'COS-04', 'CES-02', 'COM-06', 'CDS-02']) expect(steps).toContain(ref);
    for (const ref of ['CES-01', 'COS-05']) expect(steps).not.toContain(ref);
    // SLAs no scenario can time are not on the list of SLAs to fault: they say why instead.
    expect(ids.slas).not.toContain('losing-ms-mtds');
    expect(ids.cannotFail?.map((check) => check.id)).toEqual(['SLA losing-ms-mtds']);
    for (const check of ids.cannotFail ?? []) expect(check.why.length).toBeGreaterThan(20);
    expect(ids.requirements).toContain('REQ-SLA-ms-appointment-request');
    // Every rule serves a requirement of the catalogue.
    for (const requirement of Object.values(ids.ruleRequirements ?? {})) expect(ids.requirements).toContain(requirement);
  });
});

describe('the fault catalogue', () => {
  const bundled = () => yaml.load(readFileSync(FAULT_CATALOGUE_FILE, 'utf8')) as { faults: Array<Record<string, unknown>> };
  const withEntry = (index: number, change: Record<string, unknown>) => {
    const document = bundled();
    document.faults[index] = { ...document.faults[index], ...change };
    return yaml.dump(document);
  };

  it('has one checked entry per fault switch of the reference participant', () => {
    expect(loadFaultCatalogue().map((fault) => fault.switch).sort()).toEqual(Object.keys(FAULTS).sort());
  });

  it('reads the checks each finding names from the check registry', () => {
    const checks = Object.fromEntries(loadFaultCatalogue().map((fault) => [fault.switch, fault.checks]));
    expect(checks['late-if031']).toEqual(['SLA']);
    expect(checks['wrong-event-code']).toEqual(['SCHEMA', 'VARIANT-KNOWN']);
    expect(checks['comms-hub-info-to-smrs']).toEqual(['PROCESS-ADDRESSING']);
    expect(checks['ignores-if045']).toEqual(['SLA']);
    expect(checks['sends-no-reads']).toEqual(['SLA', 'PROCESS-CONTENT']);
    expect(checks['unknown-event-code']).toEqual(['VARIANT-KNOWN', 'PROCESS-CONTENT']);
    // Every entry names a check, so a typo in a finding cannot leave it matching wording alone.
    expect(Object.entries(checks).filter(([, named]) => named.length === 0)).toEqual([]);
  });

  it.each([
    ['a switch the participant does not have', { switch: 'no-such-fault' }, /faults\[0\] \(no-such-fault\): switch must name a fault of reference-participant\/faults\.ts/],
    ['a class it does not know', { class: 'vibes' }, /faults\[0\] \(late-if031\): class must be one of rule, sla, process-step, rainy-day, transport/],
    ['a tag expression that does not parse', { catches: '@REC-22.6.1 and (' }, /faults\[0\] \(late-if031\): catches: '@REC-22\.6\.1 and \(' is not a tag expression/],
    ['a finding that is not a regular expression', { finding: 'SLA (' }, /faults\[0\] \(late-if031\): finding is not a regular expression/],
    ['a finding naming a check no registry holds', { finding: 'SLA-MISSED .*late|MPAN-CHECK-DIGIT' }, /faults\[0\] \(late-if031\): finding names SLA-MISSED, which no check of src\/findings\/check-registry\.ts carries/],
    ['a finding naming no check', { finding: 'did not send IF-031 within 60 min' }, /faults\[0\] \(late-if031\): finding names no check of src\/findings\/check-registry\.ts; start it with the ID of the check/],
    ['a finding with an alternative naming no check', { finding: 'SLA .*missed by|did not send IF-031' }, /faults\[0\] \(late-if031\): finding's alternative 'did not send IF-031' names no check of src\/findings\/check-registry\.ts/],
    ['a finding whose only check word is misspelt in lower case', { finding: 'sla .*missed by' }, /faults\[0\] \(late-if031\): finding names no check/],
    ['collateral without a reason', { collateral: { tags: '@BP009' } }, /collateral must be \{tags: <tag expression>, why: /],
    ['a verdict other than fail or warn', { verdict: 'error' }, /faults\[0\] \(late-if031\): verdict must be fail or warn, not "error"/],
    ['a market start that is not a date', { marketStart: 'before M14' }, /faults\[0\] \(late-if031\): marketStart must be a GB date YYYY-MM-DD/],
  ])('refuses %s, naming the entry', (_what, change, message) => {
    expect(() => parseFaultCatalogue(withEntry(0, change))).toThrow(message);
  });

  it('names the file and the fault when a finding names no check', () => {
    expect(() => parseFaultCatalogue(withEntry(3, { finding: 'MPAN check digit' }), 'my-catalogue.yaml')).toThrow(/^my-catalogue\.yaml: faults\[3\] \(invalid-mpan\): finding names no check/);
  });

  it('splits a finding into its top-level alternatives, not those inside a group, a class or an escape', () => {
    expect(topLevelAlternatives('SLA .*missed by')).toEqual(['SLA .*missed by']);
    expect(topLevelAlternatives('VARIANT-KNOWN|PROCESS-CONTENT .*IF-031 \\[(MS|DS)Appointment\\]')).toEqual(['VARIANT-KNOWN', 'PROCESS-CONTENT .*IF-031 \\[(MS|DS)Appointment\\]']);
    expect(topLevelAlternatives('(SLA|PROCESS-CONTENT) [|] a\\|b')).toEqual(['(SLA|PROCESS-CONTENT) [|] a\\|b']);
  });

  it('refuses a catalogue that leaves a fault switch out, or names one twice', () => {
    const document = bundled();
    const first = document.faults[0]!;
    expect(() => parseFaultCatalogue(yaml.dump({ faults: document.faults.slice(1) }))).toThrow(/no entry for the fault switch\(es\) late-if031/);
    expect(() => parseFaultCatalogue(yaml.dump({ faults: [...document.faults, first] }))).toThrow(/late-if031 has two entries/);
  });
});

describe('flaky scenarios', () => {
  const settings = { timeScale: 3600, timeoutMs: 1000 };
  it('are those whose verdict differed between runs, each verdict with the seed that gave it', () => {
    const runs = [
      { seed: 1, parallel: 0, outcome: ran(scenario('a.feature:1', [], 'pass'), scenario('b.feature:1', [], 'pass')) },
      { seed: 2, parallel: 2, outcome: ran(scenario('a.feature:1', [], 'fail', 'SLA missed by 1 s'), scenario('b.feature:1', [], 'pass')) },
    ];
    const flaky = flakyScenarios(runs, settings);
    expect(flaky.map((entry) => entry.location)).toEqual(['a.feature:1']);
    expect(flaky[0]!.verdicts).toMatchObject([
      { verdict: 'pass', seed: 1, parallel: 0 },
      { verdict: 'fail', seed: 2, parallel: 2, rerun: 'npx mhhs-qualify run --scenario a.feature:1 --seed 2 --time-scale 3600 --reports reports/reruns/a-1' },
    ]);
    expect(flakyScenarios([runs[0]!, { seed: 3, parallel: 0, outcome: ran(scenario('a.feature:1', [], 'pass'), scenario('b.feature:1', [], 'pass')) }], settings)).toEqual([]);
  });
});
