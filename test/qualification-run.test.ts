// The qualification suite run end to end against the bundled reference participant, as a user
// runs it (the CLI in its own process): clean it passes every scenario, in parallel it gives
// the same verdicts, and with each fault switched on the scenarios that exist to catch that
// defect fail with a finding naming it (a fail verdict: not an error, not a suite timeout).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAULTS } from '../reference-participant/faults.ts';
import type { RunSummary } from '../src/run/run-summary.ts';
import { specDirOf } from './spec-under-test.ts';

/** Fast enough for CI: a 60-minute window passes in one real second. */
const TIME_SCALE = '3600';

function qualify(...args: string[]): { code: number | null; summary: RunSummary; output: string } {
  const reports = mkdtempSync(path.join(tmpdir(), 'mhhs-qualify-run-'));
  const run = spawnSync(process.execPath, ['bin/mhhs-qualify.js', 'run', '--no-report', '--time-scale', TIME_SCALE, '--reports', reports, ...args], {
    env: { ...process.env, MHHS_DIP_SPEC_DIR: specDirOf('v2.1.0'), NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  const summary = JSON.parse(readFileSync(path.join(reports, 'summary.json'), 'utf8')) as RunSummary;
  return { code: run.status, summary, output: `${run.stdout}\n${run.stderr}` };
}

/**
 * A whole run is some 870 scenarios (every publication of every role on rainy days among them):
 * about a minute on two cores, more on a busy machine. Within qualify's own 240 s limit.
 */
const WHOLE_RUN_TIMEOUT = 250_000;

const verdicts = (summary: RunSummary) => Object.fromEntries(summary.scenarios.map((scenario) => [scenario.name, scenario.verdict]));

/** For each fault: the scenarios that must catch it, and the finding that must name it. */
const CATCHES: Record<keyof typeof FAULTS, { tags: string; finding: RegExp }> = {
  'late-if031': { tags: '@REC-22.6.1 and @segment:smart', finding: /SLA .*missed by/ },
  'wrong-event-code': { tags: '@COS-03 and @segment:smart', finding: /IF-034 \[DSAppSPResponse\].*(SCHEMA|VARIANT-KNOWN)/ },
  'invalid-mpan': { tags: '@REC-22.6.1 and @segment:smart', finding: /MPAN-CHECK-DIGIT/ },
  'reused-sur': { tags: '@COS-02 and @segment:smart', finding: /SUR-NOT-REUSED/ },
  'missing-standard-response': { tags: '@COS-03 and @segment:smart', finding: /WEBHOOK-STANDARD-RESPONSE/ },
  'wrong-d0-echo': { tags: '@COS-03 and @segment:smart', finding: /WEBHOOK-TRANSACTION-ECHO/ },
  'accepts-unservable-appointment': { tags: '@REQ-SP-006 or @REQ-SP-007', finding: /B007\.responseCode is "A"; expected "R"/ },
  'skips-signature-check': { tags: '@REQ-DIP-SIGNATURE', finding: /SIGNATURE-CHECKED/ },
  'unsigned-submissions': { tags: '@REC-22.6.1 and @segment:smart', finding: /SIGNATURE-HEADERS/ },
  'wrong-meter-works-event': { tags: '@BP009', finding: /PROCESS-CONTENT .*is sent as IF-005 \[Meter(Install|Removal|Exchange)\]; the participant sent IF-005 \[MeterUpdate\]/ },
  'wrong-registration-data-event': { tags: '@BP010 or @RELATED-MPANS', finding: /PROCESS-CONTENT .*is sent as IF-025 \[(IHDInfo|SMSO|SSCandProfileClass)\]; the participant sent IF-025 \[ConsentGranularity\]/ },
  // The finding only the generated repeat-and-replay scenarios make: a status message sent again.
  'processes-repeats': { tags: '@REQ-DIP-IDEMPOTENT-RECEIPT and (@IF-033 or @IF-018)', finding: /IDEMPOTENT-DELIVERY .*status message RCP1061 about transaction \S+ sent [23] times/ },
  'ignores-schema-version': { tags: '@REQ-RCP-1005 and (@IF-036 or @REP-004)', finding: /WEBHOOK-RESPONSE-CODE .*expected a StandardResponse message starting RCP1005; found RCP1001/ },
  'wrong-appointment-scenario': { tags: '@CMS-01 or @SEG-01', finding: /PROCESS-CONTENT .*appointmentScenario is "COS"; expected "(CSP|SEG)"/ },
  'refuses-reports': { tags: '@REP-002 or @REP-004', finding: /WEBHOOK-HTTP-STATUS.*REP-00[24].*HTTP 400; expected 201/ },
  'misaddressed-advisory': { tags: '@SDA-01', finding: /PROCESS-ADDRESSING .*leave out the MPAN's Data Service/ },
  'empty-consumption-amendment': { tags: '@SDA-02', finding: /PROCESS-CONTENT .*B902List is \[\]/ },
  'retrospective-direct-contract': { tags: '@CRD-04', finding: /SMRS-OUTCOME .*IF-039 \[DirectContractMSAdd\] R0 is R: REG1071/ },
  'if001-unknown-mpan': { tags: '@COS-09', finding: /REGISTRATION-CONFIRMED .*RCP1061/ },
  're-requests-on-gain-update': { tags: '@COS-14', finding: /NO-SUPERSEDING-REQUEST .*sent 2 times.*REG1089/ },
  'disowns-closing-read': { tags: '@COS-16', finding: /COS-READ-TAKEN .*RCP1061/ },
  'ignores-if045': { tags: '@REM-02', finding: /did not send IF-031 \[(MS|DS)App\] for MPAN \d{13} within 60 min of IF-045 \[No(MS|DS)Appointed\]/ },
  'sends-no-reads': { tags: '@COM-09 or @CES-05', finding: /did not send IF-041 \[Reading(Instl|Remv|EnergisationChg)\]/ },
  'wrong-read-event': { tags: '@COM-09 or @CES-05', finding: /PROCESS-CONTENT .*is sent as IF-041 \[Reading(Instl|Remv|EnergisationChg)\]; the participant sent IF-041 \[ReadingOnSite\]/ },
  'migrates-with-cos': { tags: '@MIG-05', finding: /PROCESS-CONTENT .*appointmentScenario is "COS"; expected "MCS"/ },
  'history-ids-mismatch': { tags: '@COM-06', finding: /SMRS-ACCEPTED .*REG1016/ },
  'comms-hub-info-to-smrs': { tags: '@COM-10', finding: /IF-004 \[CommsHubInfo\].*(PROCESS-ADDRESSING|ADDRESSING)/ },
  'agreed-read-dated-when-sent': { tags: '@SDA-04', finding: /READ-DATE .*the read was taken on \d{4}-\d{2}-\d{2}; the switch it settles took effect \(supply start date\) on/ },
  'misaddressed-comms-hub-info': { tags: '@COM-10 and @role:supplier', finding: /PROCESS-ADDRESSING .*leave out the Metering Service appointed to MPAN/ },
  // The reverse-migration scenarios need a market clock before M14 (see the test below); the DIP-channel ones run at any date.
  'refuses-reverse-migration': { tags: '@MIG-06 and not @market:before-M14', finding: /WEBHOOK-HTTP-STATUS.*IF-003.*HTTP 400; expected 201/ },
  'ignores-unknown-mpan': { tags: '@REQ-RCP-1061 and (@IF-044 or @IF-039)', finding: /sent no status message RCP1061 for transaction .* of IF-0(44|39) \[/ },
  'ignores-unexpected-publications': { tags: '@REQ-RCP-1062', finding: /sent no status message RCP1062 for transaction .* of IF-03[256] \[/ },
  'refuses-out-of-order': { tags: '@REQ-DIP-ORDER-TOLERANT', finding: /OUT-OF-ORDER-DELIVERY .*status message RCP1062 .* refuses IF-036 \[MSAppActive\]/ },
};

describe('qualification run against the reference participant', () => {
  let serial: RunSummary;

  it('passes every scenario when the participant is conformant', () => {
    const run = qualify();
    serial = run.summary;
    expect(run.summary.scenarios.length).toBeGreaterThanOrEqual(13);
    // Reverse migration ended at M14: with today's market clock its scenarios are not applicable (inconclusive), never passed.
    const closedByM14 = (scenario: RunSummary['scenarios'][number]) => scenario.verdict === 'inconclusive' && scenario.tags.includes('@market:before-M14');
    expect(run.summary.scenarios.filter((scenario) => scenario.verdict !== 'pass' && !closedByM14(scenario)), run.output).toEqual([]);
    // The summary says why a scenario did not apply, not merely that it was skipped.
    for (const scenario of run.summary.scenarios.filter(closedByM14)) expect(scenario.cause).toMatch(/^Not applicable: reverse migration ended at M14 \(2026-10-28\)/);
    expect(run.code).toBe(0);
  }, WHOLE_RUN_TIMEOUT);

  it('with the market clock set before M14, passes the reverse-migration scenarios, and fails them when the participant refuses IF-003', () => {
    const clean = qualify('--market-start', '2026-10-20', '--tags', '@market:before-M14');
    expect(clean.summary.scenarios.length).toBeGreaterThanOrEqual(2);
    expect(clean.summary.scenarios.filter((scenario) => scenario.verdict !== 'pass'), clean.output).toEqual([]);
    const faulty = qualify('--market-start', '2026-10-20', '--tags', '@market:before-M14', '--fault', 'refuses-reverse-migration');
    expect(faulty.summary.scenarios.map((scenario) => scenario.verdict)).toEqual(clean.summary.scenarios.map(() => 'fail'));
    for (const scenario of faulty.summary.scenarios) expect(scenario.cause).toMatch(/WEBHOOK-HTTP-STATUS .*IF-003 .*HTTP 400; expected 201/);
  });

  it('gives the same verdicts with --parallel 2', () => {
    const run = qualify('--parallel', '2');
    expect(verdicts(run.summary)).toEqual(verdicts(serial));
  }, WHOLE_RUN_TIMEOUT);

  it('has a catching scenario for every fault switch of the reference participant', () => {
    expect(Object.keys(CATCHES).sort()).toEqual(Object.keys(FAULTS).sort());
  });

  it.each(Object.entries(CATCHES))('catches %s with a fail verdict and a finding that names it', (fault, { tags, finding }) => {
    const run = qualify('--fault', fault, '--tags', tags);
    const failed = run.summary.scenarios.filter((scenario) => scenario.verdict === 'fail');
    expect(failed.length, run.output).toBeGreaterThan(0);
    expect(failed.some((scenario) => finding.test(scenario.cause ?? '')), failed.map((scenario) => scenario.cause).join('\n')).toBe(true);
    expect(run.summary.scenarios.filter((scenario) => scenario.verdict === 'error' || scenario.verdict === 'inconclusive')).toEqual([]);
    expect(run.code).toBe(1);
  }, WHOLE_RUN_TIMEOUT);
});
