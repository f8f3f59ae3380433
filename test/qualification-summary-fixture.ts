// A qualification summary's input for a whole suite, made with the functions a run and the pack
// builder use (the real feature files, requirement catalogue, applicability, waivers, exit code,
// coverage, SLA measurement, RTTM and pack digest) without running the suite: every one of the
// 894 scenarios has a verdict, as in a full run of a Smart-only Supplier and Metering Service.
// Most pass; one misses its SLA, one fails under a waiver, one is stopped, one errors, the
// Advanced ones and reverse migration do not apply, and the run has one run-level finding.
import path from 'node:path';
import { measureSla } from '../src/clock/measure-sla.ts';
import { loadSlaTable } from '../src/clock/sla-windows.ts';
import { packDigest } from '../src/evidence/pack/pack-digest.ts';
import { slaRecordOf, slaTableCsv, type SlaRecord } from '../src/evidence/sla-records.ts';
import type { SummaryInput, SummaryMetadata, SummaryRun } from '../src/evidence/summary/summary-input.ts';
import { loadProfile, type ParticipantProfile } from '../src/profile/participant-profile.ts';
import { requirementCoverage } from '../src/requirements/coverage.ts';
import { readFeatureScenarios } from '../src/requirements/feature-scenarios.ts';
import { loadRequirementCatalogue } from '../src/requirements/requirement-catalogue.ts';
import { rttmCsv, rttmRows } from '../src/requirements/rttm.ts';
import { runExitOf } from '../src/run/exit-code.ts';
import { rerunCommand } from '../src/run/rerun-command.ts';
import type { RunFinding, RunSummary, ScenarioSummary, ScenarioVerdict } from '../src/run/run-summary.ts';
import { applyWaivers } from '../src/run/waivers.ts';
import { NOT_APPLICABLE_PREFIX, notApplicable } from '../src/scenario/applicability.ts';

const PROFILE_FILE = 'profiles/reference-participant.yaml';
/** After M14, so reverse migration does not apply, as in a run today. */
const MARKET_START = Date.parse('2026-12-07T09:00:00Z');
const MINUTE = 60_000;

export const SLA_MISSED_SCENARIO = 'Metering Service appointment request follows the gain notification within the SLA';
const SLA_FINDING = { rule: 'SLA', requirement: 'REQ-SLA-ms-appointment-request', pointer: '', message: 'IF-031 [MSApp] sent 75 min 4 s after IF-002 [GainMPANInfo]; SLA 60 min (REC 22.6.1): missed by 15 min 5 s' };

/** A feature's title as summary.json has it; the file name stands in for it here. */
const featureTitle = (file: string) => path.basename(file, '.feature').replace(/-/g, ' ');

function smartOnly(profile: ParticipantProfile): ParticipantProfile {
  return { ...profile, capabilities: { ...profile.capabilities, segments: ['S'] } };
}

export interface SummaryFixture {
  readonly input: SummaryInput;
  /** summary.json as the run would write it. */
  readonly summaryJson: SummaryRun;
}

export function fullRunFixture(): SummaryFixture {
  const profile = smartOnly(loadProfile(path.resolve(import.meta.dirname, '..', PROFILE_FILE)));
  const scenarios = readFeatureScenarios();
  const applicable = scenarios.filter((scenario) => notApplicable(scenario.tags, profile, MARKET_START) === undefined);
  // The scenarios given a verdict other than pass: picked from the applicable ones by what they are.
  const waivedName = applicable.find((scenario) => scenario.tags.includes('@BP007') && scenario.name !== SLA_MISSED_SCENARIO)!.name;
  const stoppedName = applicable.find((scenario) => scenario.tags.includes('@BP002') && scenario.name !== SLA_MISSED_SCENARIO)!.name;
  const erroredName = applicable.find((scenario) => scenario.tags.includes('@BP006'))!.name;

  const summaries: ScenarioSummary[] = scenarios.map((scenario, index) => {
    const base = { name: scenario.name, feature: featureTitle(scenario.file), tags: scenario.tags, location: `${scenario.file}:${index + 1}`, seconds: 0.2 };
    const ruledOut = notApplicable(scenario.tags, profile, MARKET_START);
    const as = (verdict: ScenarioVerdict, extra: Partial<ScenarioSummary> = {}): ScenarioSummary => ({ ...base, verdict, ...extra });
    if (ruledOut) return as('inconclusive', { notApplicable: true, cause: `${NOT_APPLICABLE_PREFIX}${ruledOut}` });
    if (scenario.name === SLA_MISSED_SCENARIO) return as('fail', { cause: `AssertionError: ${SLA_FINDING.message}`, findings: [SLA_FINDING] });
    if (scenario.name === waivedName) return as('fail', { cause: 'AssertionError: IF-009 answer missing', findings: [{ rule: 'WEBHOOK-RESPONSE', requirement: 'REQ-DIP-WEBHOOK-RESPONSE', pointer: '/status', message: 'expected 201, got 500' }] });
    if (scenario.name === stoppedName) return as('inconclusive', { cause: 'Inconclusive: the profile gives no trigger css-registration' });
    if (scenario.name === erroredName) return as('error', { cause: 'TypeError: cannot read the IF-002 builder output' });
    return as('pass');
  });
  const totals: Record<ScenarioVerdict, number> = { pass: 0, fail: 0, inconclusive: 0, error: 0 };
  for (const scenario of summaries) totals[scenario.verdict] += 1;
  const runFinding: RunFinding = {
    rule: 'IDEMPOTENT-DELIVERY',
    severity: 'fail',
    pointer: '',
    message: 'IF-031 [MSApp] sent a second time 12 min after the first copy',
    requirement: 'REQ-DIP-IDEMPOTENT-RECEIPT',
    scenario: { name: summaries[0]!.name, location: summaries[0]!.location! },
  };
  const run: RunSummary = { runId: '1C8F825F694D', scenarios: summaries, totals, startedAt: '2026-12-07T09:00:00.000Z', finishedAt: '2026-12-07T09:03:10.000Z', runFindings: [runFinding] };
  const waivers = [
    { id: waivedName, reason: 'known defect of the test environment', reference: 'CB-2026-014', approver: 'REC Code Manager', expires: '2027-01-31' },
    { id: 'REQ-RCP-1005', reason: 'schema version rollout', reference: 'CB-2026-002', approver: 'REC Code Manager', expires: '2026-11-30' },
  ];
  const waived = applyWaivers(run, waivers, '2026-12-07');
  const summaryJson: SummaryRun = { ...waived.summary, waivers: waived.applied, exit: runExitOf(waived.summary) };

  const coverage = requirementCoverage(loadRequirementCatalogue(), scenarios, profile, summaryJson);
  const slaRecords = slaRecordsOf(summaryJson);
  const metadata: SummaryMetadata = {
    suite: { version: '0.1.0', commit: '295b8c8bd63671efeeba3e5be6f35776959feac3' },
    spec: { version: 'v2.1.0', commit: 'ceafc54379ab28d9d9ffdeda950b815cc7ba5bf1', digests: 'verified', modifiedFiles: [] },
    participant: { name: profile.name, roles: profile.roles.map(({ role, dipId, mpid }) => ({ role, dipId, mpid })) },
    capabilities: { ...profile.capabilities, meterTypes: profile.capabilities.meterTypes ?? null },
    transport: { security: 'mutual TLS, DIP message signatures on every request both ways', signingProfile: 'full-url-lowercase' },
    run: { id: run.runId, startedAt: run.startedAt, finishedAt: run.finishedAt, seed: 1, timeScale: 600, faults: [] },
    certification: false,
    submission: 'NOT FOR SUBMISSION: development run',
    signatory: 'A. Reviewer',
    selftest: { faults: 33, caught: 32, complete: true, suite: { version: '0.1.0', commit: '295b8c8bd63671efeeba3e5be6f35776959feac3' }, finishedAt: '2026-12-06T18:00:00.000Z' },
  };
  const text = (value: string) => Buffer.from(value);
  const digest = packDigest({
    'metadata.json': text(JSON.stringify(metadata)),
    'summary.json': text(JSON.stringify(summaryJson)),
    'rttm.csv': text(rttmCsv(rttmRows(coverage, summaryJson, new Map()))),
    'sla-table.csv': text(slaTableCsv(slaRecords)),
  });
  const input: SummaryInput = {
    digest,
    metadata,
    summary: summaryJson,
    coverage,
    slaRecords,
    rerun: (location) => rerunCommand({ location, seed: 1, timeScale: 600, faults: [], profile: PROFILE_FILE, specVersion: 'v2.1.0', reports: 'reports', runId: run.runId }),
    marketTimes: { first: '2026-12-07T09:00:00+00:00', last: '2026-12-08T07:12:44+00:00' },
  };
  return { input, summaryJson };
}

/** One timing per scenario of a timed message, measured as the hooks measure them; the SLA-missed scenario 75 minutes late. */
function slaRecordsOf(summary: SummaryRun): SlaRecord[] {
  const table = loadSlaTable();
  const timed: Array<[tag: string, sla: string]> = [
    ['@REQ-SLA-status-message-answer', 'status-message-answer'],
    ['@REQ-SLA-ms-appointment-request', 'ms-appointment-request'],
    ['@REQ-SLA-meter-install-mtds', 'meter-install-mtds'],
  ];
  const records: SlaRecord[] = [];
  summary.scenarios.forEach((scenario, index) => {
    if (scenario.notApplicable) return;
    for (const [tag, id] of timed) {
      if (!scenario.tags.includes(tag)) continue;
      const trigger = MARKET_START + index * 7 * MINUTE;
      // Seconds to a few minutes, as a bundled participant answers at ×600.
      const latency = scenario.name === SLA_MISSED_SCENARIO ? 75 * MINUTE + 4_000 : 2_000 + ((index * 7_919) % (9 * MINUTE));
      records.push(slaRecordOf(scenario.name, `10${String(100000000 + index * 37).padStart(11, '0')}`, measureSla(table.byId(id), trigger, trigger + latency)));
    }
  });
  return records;
}
