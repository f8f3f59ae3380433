// What `run` exits with, and that bad input is refused before anything starts: 0 when every
// scenario passed or did not apply, 1 on a fail or a suite error (or a stage that could not
// start), 3 when nothing failed but the environment stopped scenarios, 2 for a usage error.
// The decision itself (src/run/exit-code.ts) is tested on summaries; the rest through the CLI,
// in its own process, as CI runs it.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitCodeOf, runExitOf } from '../src/run/exit-code.ts';
import { mergedSummary, type ShardRun } from '../src/run/merge-runs.ts';
import type { RunSummary, ScenarioSummary } from '../src/run/run-summary.ts';
import { checkSelection } from '../src/run/scenario-selection.ts';
import { launchReferenceParticipant } from '../src/stage/participant-launcher.ts';
import { freePort } from './external-participant-harness.ts';
import { specDirOf } from './spec-under-test.ts';

const scenario = (verdict: ScenarioSummary['verdict'], extra: Partial<ScenarioSummary> = {}): ScenarioSummary => ({ name: `a ${verdict} scenario`, feature: 'F', tags: [], verdict, seconds: 1, ...extra });
const notApplicable = scenario('inconclusive', { notApplicable: true, cause: 'Not applicable: the profile does not declare market segment A' });
const stopped = scenario('inconclusive', { cause: 'Inconclusive: the webhook refused the connection' });

describe('the exit code of a run (exitCodeOf)', () => {
  it('is 0 when every scenario passed or did not apply by the profile, and says so', () => {
    expect(exitCodeOf({ scenarios: [scenario('pass'), scenario('pass')] })).toBe(0);
    expect(runExitOf({ scenarios: [scenario('pass'), notApplicable] })).toEqual({ code: 0, reason: 'every scenario passed or did not apply (1 passed, 1 not applicable)' });
    expect(runExitOf({ scenarios: [scenario('pass'), scenario('fail', { waiver: 'QAD-7' })] })).toEqual({ code: 0, reason: 'every scenario passed or did not apply (1 passed, 1 failed under a waiver)' });
  });

  it('is 1 for an unwaived fail or a suite error, whatever else the run has', () => {
    expect(runExitOf({ scenarios: [scenario('pass'), scenario('fail'), stopped] })).toEqual({ code: 1, reason: '1 scenario failed' });
    expect(runExitOf({ scenarios: [scenario('error'), scenario('error'), notApplicable] })).toEqual({ code: 1, reason: '2 scenarios ended in a suite error' });
  });

  it('is 1 for a run-level fail finding, even when every scenario passed', () => {
    const runFindings = [{ rule: 'SUR-NOT-REUSED', severity: 'fail', pointer: '/0/payload/CommonBlock/S1/senderUniqueReference', message: 'used twice' }];
    expect(runExitOf({ scenarios: [scenario('pass')], runFindings })).toEqual({ code: 1, reason: '1 run-level finding (SUR-NOT-REUSED)' });
    expect(exitCodeOf({ scenarios: [scenario('pass')], runFindings: [] })).toBe(0);
  });

  it('is 3 when nothing failed but the environment stopped a scenario, naming the first cause', () => {
    const exit = runExitOf({ scenarios: [scenario('pass'), notApplicable, stopped] });
    expect(exit.code).toBe(3);
    expect(exit.reason).toBe('no scenario failed, but 1 scenario was inconclusive: the environment stopped it, e.g. a inconclusive scenario: Inconclusive: the webhook refused the connection');
  });

  it('is 1, not 0, when no scenario ran', () => {
    expect(runExitOf({ scenarios: [] })).toMatchObject({ code: 1, reason: expect.stringMatching(/^no scenario ran/) });
  });
});

describe('the exit code of merged shards', () => {
  const shard = (index: number, scenarios: ScenarioSummary[], extra: Partial<RunSummary> = {}): ShardRun => ({
    dir: `shard-${index}`,
    shard: { index, total: 2 },
    files: [],
    summary: { scenarios, totals: { pass: 0, fail: 0, inconclusive: 0, error: 0 }, startedAt: '2026-12-01T09:00:00.000Z', finishedAt: '2026-12-01T09:01:00.000Z', shard: `${index}/2`, ...extra },
  });

  it('is decided as for one run: not-applicable kept from the shard, a stopped scenario in either shard makes it 3', () => {
    const clean = mergedSummary([shard(1, [scenario('pass')]), shard(2, [notApplicable])]);
    expect(clean.scenarios[1]).toMatchObject({ notApplicable: true });
    expect(clean.exit).toEqual({ code: 0, reason: 'every scenario passed or did not apply (1 passed, 1 not applicable)' });
    expect(mergedSummary([shard(1, [scenario('pass')]), shard(2, [stopped])]).exit.code).toBe(3);
  });

  it("keeps each shard's run-level findings, which fail the merged run", () => {
    const runFindings = [{ rule: 'SUR-NOT-REUSED', severity: 'fail', pointer: '', message: 'used twice' }];
    const merged = mergedSummary([shard(1, [scenario('pass')]), shard(2, [scenario('pass')], { runFindings })]);
    expect(merged.runFindings).toEqual(runFindings);
    expect(merged.exit.code).toBe(1);
  });
});

describe('what a run selects (checkSelection)', () => {
  const feature = 'features/dip-channels/supplier-receives-every-publication.feature';
  const lines = readFileSync(feature, 'utf8').split('\n');
  const lineOf = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line)) + 1;

  it('takes a Scenario Outline line (all its rows) and an example row, as cucumber does', () => {
    const outline = lineOf(/^\s*Scenario Outline:/);
    const firstRow = lines.findIndex((line, index) => index > outline && /^\s*\|/.test(line)) + 2;
    expect(checkSelection({ scenarios: [`${feature}:${firstRow}`] }).count).toBe(1);
    expect(checkSelection({ scenarios: [`${feature}:${outline}`] }).count).toBeGreaterThan(1);
  });

  it('refuses the Feature line, an Examples header and a step, naming the line', () => {
    const header = lines.findIndex((line, index) => index > lineOf(/^\s*Examples:/) - 1 && /^\s*\|/.test(line)) + 1;
    for (const line of [lineOf(/^Feature:/), header, lineOf(/^\s*Given /)]) {
      expect(() => checkSelection({ scenarios: [`${feature}:${line}`] })).toThrow(`line ${line} of ${feature} is no scenario or example row`);
    }
  });

  it('refuses a tag expression that does not parse, and one that selects nothing', () => {
    expect(() => checkSelection({ tags: '@BP002 and (' })).toThrow(/^--tags '@BP002 and \(' is not a tag expression/);
    expect(() => checkSelection({ tags: '@BP002 and @no-such-tag' })).toThrow("--tags '@BP002 and @no-such-tag' selects no scenario");
  });
});

/** Fast enough for CI: a 60-minute window passes in one real second. */
const TIME_SCALE = '3600';
const env = { ...process.env, MHHS_DIP_SPEC_DIR: specDirOf('v2.1.0'), NO_COLOR: '1', CI: 'true' };

interface CliRun {
  readonly code: number | null;
  readonly output: string;
  /** What the text reporter prints for people: the closing lines. */
  readonly stdout: string;
  readonly seconds: number;
  readonly reports: string;
}

function qualify(args: readonly string[], extraEnv: NodeJS.ProcessEnv = {}): CliRun {
  const reports = mkdtempSync(path.join(tmpdir(), 'mhhs-exit-codes-'));
  const started = performance.now();
  const run = spawnSync(process.execPath, ['bin/mhhs-qualify.js', 'run', '--no-report', '--time-scale', TIME_SCALE, '--reports', reports, ...args], {
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { code: run.status, output: `${run.stdout}\n${run.stderr}`, stdout: run.stdout, seconds: (performance.now() - started) / 1000, reports };
}

type RecordedSummary = RunSummary & { exit: { code: number; reason: string } };
const summaryOf = (run: CliRun) => JSON.parse(readFileSync(path.join(run.reports, 'summary.json'), 'utf8')) as RecordedSummary;
const junitCounts = (run: CliRun) => {
  const suite = /<testsuite [^>]*>/.exec(readFileSync(path.join(run.reports, 'junit.xml'), 'utf8'))![0];
  const count = (name: string) => Number(new RegExp(`${name}="(\\d+)"`).exec(suite)![1]);
  return { tests: count('tests'), failures: count('failures'), skipped: count('skipped') };
};

/** How long the CLI takes to start and say its version on this machine: the floor of any refusal. */
function cliStartSeconds(): number {
  const started = performance.now();
  execFileSync(process.execPath, ['bin/mhhs-qualify.js', '--version'], { env });
  return (performance.now() - started) / 1000;
}

describe('mhhs-qualify run exit codes', () => {
  it('0: a clean selection passes, and scenarios that do not apply count as neither fail nor inconclusive', () => {
    // Reverse migration ended at M14: with today's market clock its scenarios do not apply.
    const run = qualify(['--tags', '(@COS-02 and @segment:smart) or @market:before-M14']);
    const summary = summaryOf(run);
    const skipped = summary.scenarios.filter((entry) => entry.notApplicable);
    expect(summary.scenarios.filter((entry) => entry.verdict === 'pass').length, run.output).toBe(4);
    expect(skipped.length).toBeGreaterThanOrEqual(2);
    for (const entry of skipped) expect(entry).toMatchObject({ verdict: 'inconclusive', cause: expect.stringMatching(/^Not applicable: reverse migration ended at M14/) });
    expect(run.code, run.output).toBe(0);
    expect(summary.exit).toEqual({ code: 0, reason: `every scenario passed or did not apply (4 passed, ${skipped.length} not applicable)` });
    expect(run.output).toContain(`Exit code 0: ${summary.exit.reason}`);
    // JUnit agrees: the not-applicable ones are skipped, nothing failed.
    expect(junitCounts(run)).toEqual({ tests: summary.scenarios.length, failures: 0, skipped: skipped.length });
  });

  it('1: a participant that misses an SLA fails the run', () => {
    const run = qualify(['--fault', 'late-if031', '--tags', '@REC-22.6.1 and @segment:smart']);
    const summary = summaryOf(run);
    expect(summary.scenarios.map((entry) => entry.verdict), run.output).toEqual(['fail']);
    // Late or not at all within the window it is watched for: either way the participant's fault.
    expect(summary.scenarios[0]!.cause).toMatch(/IF-031 \[MSApp\]/);
    expect(run.code).toBe(1);
    expect(summary.exit).toEqual({ code: 1, reason: '1 scenario failed' });
    expect(junitCounts(run)).toMatchObject({ tests: 1, failures: 1 });
  });

  it('2: an unknown --fault is refused by name before anything starts, in seconds', () => {
    const floor = cliStartSeconds();
    const run = qualify(['--fault', 'late-if03l', '--tags', '@REC-22.6.1 and @segment:smart']);
    expect(run.code, run.output).toBe(2);
    expect(run.output).toMatch(/mhhs-qualify: --fault 'late-if03l': no such fault switch of the reference participant; known: late-if031, /);
    // Nothing started: no journal folder, no summary.
    expect(existsSync(path.join(run.reports, 'run'))).toBe(false);
    expect(existsSync(path.join(run.reports, 'summary.json'))).toBe(false);
    // Within 5 s of what the CLI needs to start at all on this (possibly busy) machine.
    expect(run.seconds).toBeLessThan(floor + 5);
  });

  it('2: a tag expression that does not parse, and a --scenario line that is no scenario, are refused naming them', () => {
    const tags = qualify(['--tags', '@COS-02 and']);
    expect(tags.code, tags.output).toBe(2);
    expect(tags.output).toContain("mhhs-qualify: --tags '@COS-02 and' is not a tag expression");
    expect(tags.output).not.toContain('internal error');
    const feature = 'features/bp001-change-of-supplier/supplier-appoints-services.feature';
    const scenarioLine = qualify(['--scenario', `${feature}:2`]);
    expect(scenarioLine.code, scenarioLine.output).toBe(2);
    expect(scenarioLine.output).toContain(`mhhs-qualify: --scenario '${feature}:2': line 2 of ${feature} is no scenario or example row (those are at lines `);
    const nothing = qualify(['--tags', '@COS-02 and @no-such-tag']);
    expect(nothing.code, nothing.output).toBe(2);
    expect(nothing.output).toContain("--tags '@COS-02 and @no-such-tag' selects no scenario");
    for (const run of [tags, scenarioLine, nothing]) expect(existsSync(path.join(run.reports, 'summary.json'))).toBe(false);
    // selftest --repeat takes --tags too, and refuses the same way.
    const repeat = spawnSync(process.execPath, ['bin/mhhs-qualify.js', 'selftest', '--repeat', '2', '--tags', '@COS-02 and', '--reports', mkdtempSync(path.join(tmpdir(), 'mhhs-exit-codes-'))], { env, encoding: 'utf8', timeout: 60_000 });
    expect(repeat.status, repeat.stderr).toBe(2);
    expect(repeat.stderr).toContain("mhhs-qualify: --tags '@COS-02 and' is not a tag expression");
  });

  it('3: a webhook that refuses connections leaves the run inconclusive, not passed, and the log says why', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'mhhs-unreachable-'));
    const [emulatorPort, deadPort] = [await freePort(), await freePort()];
    const profile = path.join(work, 'profile.yaml');
    writeFileSync(
      profile,
      [
        'participant:',
        '  name: Webhook nobody listens on',
        '  launch: external',
        `  webhookUrl: http://127.0.0.1:${deadPort}/webhook`,
        '  roles:',
        '    - { role: SUP, dipId: "1100000001", mpid: REFS, apiKey: { env: MHHS_EXIT_CODES_KEY } }',
        `emulator: { host: 127.0.0.1, port: ${emulatorPort} }`,
        'transport: { security: plain }',
        'capabilities: { segments: [S], processes: [BP001] }',
        '',
      ].join('\n'),
    );
    // One scenario that begins with a push to the Supplier's webhook.
    const run = qualify(['--profile', profile, '--tags', '@COS-02 and @NC-02 and @MIG-04 and not @REQ-RCP-1001'], { MHHS_EXIT_CODES_KEY: 'exit-codes-key' });
    const summary = summaryOf(run);
    expect(summary.scenarios.map((entry) => entry.verdict), run.output).toEqual(['inconclusive']);
    expect(summary.scenarios[0]!.notApplicable).toBeUndefined();
    expect(run.code).toBe(3);
    expect(summary.exit.code).toBe(3);
    expect(summary.exit.reason).toMatch(/^no scenario failed, but 1 scenario was inconclusive: the environment stopped it, e\.g\. .*ECONNREFUSED/);
    // The CI log ends with the reason.
    expect(run.stdout.trim().split('\n').at(-1)).toBe(`Exit code 3: ${summary.exit.reason}`);
    // JUnit has no "inconclusive": it counts the scenario a failure, so CI is red there too.
    expect(junitCounts(run)).toMatchObject({ tests: 1, failures: 1, skipped: 0 });
  });

  it('1: a stage that cannot start ends the run in seconds with the cause, and leaves no participant running', () => {
    // A preload that stops only the bundled participant's process from starting, as a crash at start would.
    const work = mkdtempSync(path.join(tmpdir(), 'mhhs-stage-start-'));
    const preload = path.join(work, 'refuse-participant.mjs');
    writeFileSync(preload, "if (process.argv[1]?.endsWith('reference-participant/main.ts')) { console.error('the participant cannot open its state folder'); process.exit(7); }\n");
    const run = qualify(['--tags', '@REC-22.6.1 and @segment:smart'], { NODE_OPTIONS: `--import=${preload}` });
    expect(run.code, run.output).toBe(1);
    expect(run.output).toContain('the stage could not start: reference participant exited with code 7 before listening');
    expect(run.output).toContain('the participant cannot open its state folder');
    expect(run.output).not.toContain('internal error');
    // It used to hang here, the emulator still listening; a start takes seconds even on a busy machine.
    expect(run.seconds).toBeLessThan(60);
    const summary = summaryOf(run);
    expect(summary.scenarios).toEqual([]);
    expect(summary.exit).toMatchObject({ code: 1, reason: expect.stringContaining('the stage could not start') });
    const left = spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).stdout.split('\n').filter((line) => line.includes(run.reports));
    expect(left).toEqual([]);
  });
});

describe('the bundled participant that does not start', () => {
  it('is stopped when it does not say it listens in time, not left running', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'mhhs-silent-participant-'));
    const pidFile = path.join(work, 'pid');
    const preload = path.join(work, 'silent.mjs');
    // The participant's process starts, but never listens: it writes its PID and waits.
    writeFileSync(preload, `import { writeFileSync } from 'node:fs';\nif (process.argv[1]?.endsWith('reference-participant/main.ts')) { writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); setInterval(() => {}, 1000); await new Promise(() => {}); }\n`);
    const started = performance.now();
    await expect(launchReferenceParticipant({ config: {}, workDir: work, keys: { NODE_OPTIONS: `--import=${preload}` }, startupTimeoutMs: 5_000 })).rejects.toThrow("reference participant did not report its webhook within 5000 ms");
    expect(performance.now() - started).toBeLessThan(15_000);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(pid).toBeGreaterThan(0);
    const alive = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    expect(alive()).toBe(false);
  }, 30_000);

  it('a child the test started is gone (sanity check of the liveness probe)', async () => {
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    await new Promise((resolve) => child.once('spawn', resolve));
    expect(() => process.kill(child.pid!, 0)).not.toThrow();
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(() => process.kill(child.pid!, 0)).toThrow();
  });
});
