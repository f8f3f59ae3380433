// The qualification summary's HTML from small hand-made inputs: what a reviewer must find in it
// (the finding that broke a requirement, the reasons scenarios did not apply, an SLA's counts and
// worst case) and what must never get in (participant text as markup).
import { describe, expect, it } from 'vitest';
import { packDigest, type PackDigest } from '../src/evidence/pack/pack-digest.ts';
import { CHECKS } from '../src/findings/check-registry.ts';
import type { SlaRecord } from '../src/evidence/sla-records.ts';
import { marketTimesOf } from '../src/evidence/summary/market-times.ts';
import { qualificationSummaryHtml } from '../src/evidence/summary/qualification-summary-html.ts';
import type { SummaryInput } from '../src/evidence/summary/summary-input.ts';
import { scenarioTotals } from '../src/evidence/summary/summary-totals.ts';
import type { CoverageState, RequirementCoverage, ScenarioOutcome } from '../src/requirements/coverage.ts';
import type { Requirement } from '../src/requirements/requirement-catalogue.ts';
import type { ScenarioSummary } from '../src/run/run-summary.ts';

/** The digest of an empty pack, with the lines these tests read filled in. */
const DIGEST: PackDigest = {
  ...packDigest({}),
  participant: 'Acme Energy',
  roles: 'SUP 1100000001 (ACME)',
  certification: 'no: NOT FOR SUBMISSION: development run',
  transport: 'mutual TLS',
};

function requirement(id: string, text: string, verifiedBy: Requirement['verifiedBy'] = 'scenarios'): Requirement {
  return { id, text, source: 'REC 22.6.1', status: 'mandatory', roles: ['SUP'], segments: ['S'], verifiedBy };
}

function coverageOf(req: Requirement, state: CoverageState, outcomes: ReadonlyArray<readonly [string, ScenarioOutcome]>, failures: RequirementCoverage['failures'] = []): RequirementCoverage {
  return { requirement: req, state, scenarios: outcomes.map(([name]) => name), outcomes: new Map(outcomes), failures };
}

function scenario(name: string, verdict: ScenarioSummary['verdict'], extra: Partial<ScenarioSummary> = {}): ScenarioSummary {
  return { name, feature: 'Change of Supplier', tags: ['@REQ-REC-22.6.1'], location: `features/bp001/x.feature:${name.length}`, verdict, seconds: 1, ...extra };
}

function input(overrides: Partial<SummaryInput> = {}): SummaryInput {
  const scenarios = [scenario('Requests the Metering Service in time', 'pass'), scenario('Late request', 'fail'), scenario('Advanced request', 'inconclusive', { notApplicable: true, cause: 'Not applicable: the profile does not declare market segment A' })];
  return {
    digest: DIGEST,
    metadata: { participant: { name: 'Acme Energy', roles: [{ role: 'SUP', dipId: '1100000001', mpid: 'ACME' }] }, run: { id: 'ABC123', startedAt: '2026-12-07T09:00:00.000Z', finishedAt: '2026-12-07T09:02:00.000Z', seed: 1, timeScale: 600, faults: [] } },
    summary: { runId: 'ABC123', scenarios, totals: { pass: 1, fail: 1, inconclusive: 1, error: 0 }, startedAt: '2026-12-07T09:00:00.000Z', finishedAt: '2026-12-07T09:02:00.000Z' },
    coverage: { requirements: [coverageOf(requirement('REQ-DIP-SCHEMA', 'Every message is valid for its schema.'), 'passed', [['Requests the Metering Service in time', 'passed']])] },
    slaRecords: [],
    rerun: (location) => `npx mhhs-qualify run --scenario ${location}`,
    ...overrides,
  };
}

/** The table row of one requirement, found by its anchor. */
function rowOf(html: string, id: string): string {
  const start = html.indexOf(`<tr id="${id}">`);
  expect(start, `no row with id ${id}`).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf('</tr>', start));
}

function slaRecord(verdict: SlaRecord['verdict'], latencyMillis: number, scenarioName: string, worded: string): SlaRecord {
  return {
    scenario: scenarioName,
    mpan: '1000000000009',
    sla: 'ms-appointment-request',
    what: 'IF-031 [MSApp] within 60 min of IF-002 [GainMPANInfo]',
    trigger: '2026-12-07T09:00:00+00:00',
    response: '2026-12-07T09:01:00+00:00',
    measured: worded,
    allowed: '60 min',
    verdict,
    provisional: false,
    source: 'T3 / REC 22.6.1 (S1)',
    latencyMillis,
    allowedMillis: 3_600_000,
  };
}

describe('qualificationSummaryHtml', () => {
  it('shows, in a failed requirement\'s row, the finding that broke it and the scenario it came from', () => {
    const broken = requirement('REQ-REC-22.6.1', 'The Gaining Supplier sends IF-031 within 60 minutes.');
    const html = qualificationSummaryHtml(
      input({
        coverage: {
          requirements: [
            coverageOf(broken, 'failed', [['Late request', 'failed'], ['Requests the Metering Service in time', 'passed']], [
              { scenario: 'Late request', location: 'features/bp001/x.feature:12', finding: { rule: 'SLA', requirement: 'REQ-SLA-ms-appointment-request', pointer: '', message: 'IF-031 [MSApp] sent 75 min after IF-002; missed by 15 min' } },
            ]),
            coverageOf(requirement('REQ-DIP-SCHEMA', 'Every message is valid.'), 'passed', [['Requests the Metering Service in time', 'passed']]),
          ],
        },
      }),
    );
    const row = rowOf(html, 'REQ-REC-22.6.1');
    expect(row).toContain('state-failed');
    expect(row).toContain('>SLA<');
    // The check is named with its one line from the registry, not by ID alone.
    expect(row).toContain(`<span class="rule">SLA</span><span class="check-title"> — ${CHECKS.sla.title}</span>: IF-031 [MSApp] sent 75 min after IF-002; missed by 15 min`);
    expect(row).toContain('Late request');
    expect(rowOf(html, 'REQ-DIP-SCHEMA')).not.toContain('missed by');
  });

  it('counts the scenarios of a requirement checked by hundreds instead of naming them all', () => {
    const names = Array.from({ length: 300 }, (_, index) => `Publication ${index} is acknowledged`);
    const html = qualificationSummaryHtml(
      input({ coverage: { requirements: [{ requirement: requirement('REQ-DIP-WEBHOOK-RESPONSE', 'The participant answers a push with 201.', 'rules'), state: 'passed', scenarios: [], outcomes: new Map(names.map((name) => [name, 'passed' as const])), failures: [] }] } }),
    );
    const row = rowOf(html, 'REQ-DIP-WEBHOOK-RESPONSE');
    expect(row).toContain('300 scenarios: 300 passed');
    expect(row).toContain('and 299 more');
    expect(row).not.toContain('Publication 299 is acknowledged');
  });

  it('groups not-applicable scenarios by their reason, with the count and the names', () => {
    const segmentA = 'Not applicable: the profile does not declare market segment A';
    const scenarios = [
      scenario('Advanced appointment', 'inconclusive', { notApplicable: true, cause: segmentA }),
      scenario('Advanced read', 'inconclusive', { notApplicable: true, cause: segmentA }),
      scenario('Reverse migration', 'inconclusive', { notApplicable: true, cause: 'Not applicable: reverse migration ended at M14 (2026-10-28)' }),
      scenario('Some pass', 'pass'),
    ];
    const html = qualificationSummaryHtml(input({ summary: { scenarios, totals: { pass: 1, fail: 0, inconclusive: 3, error: 0 }, startedAt: '', finishedAt: '' } }));
    const section = html.slice(html.indexOf('id="set-aside"'));
    expect(section).toContain('Not applicable (3 scenarios, 2 reasons)');
    expect(section).toMatch(/2 × the profile does not declare market segment A<\/div><div><span class="name">Advanced appointment<\/span>; <span class="name">Advanced read<\/span>/);
    expect(section).toContain('1 × reverse migration ended at M14 (2026-10-28)');
    // Not applicable is not "did not pass": section 4 leaves them out.
    expect(html.slice(html.indexOf('id="not-passed"'), html.indexOf('id="set-aside"'))).not.toContain('Advanced appointment');
  });

  it('lists a failed scenario with its cause, findings, requirements and re-run command', () => {
    const failed = scenario('Late request', 'fail', { cause: 'AssertionError: IF-031 late', findings: [{ rule: 'SLA', requirement: 'REQ-REC-22.6.1', pointer: '/CommonBlock', message: 'missed by 15 min' }] });
    const html = qualificationSummaryHtml(input({ summary: { scenarios: [failed], totals: { pass: 0, fail: 1, inconclusive: 0, error: 0 }, startedAt: '', finishedAt: '' } }));
    const section = html.slice(html.indexOf('id="not-passed"'), html.indexOf('id="set-aside"'));
    expect(section).toContain('Scenarios that did not pass (1 scenario)');
    expect(section).toContain('AssertionError: IF-031 late');
    expect(section).toContain('<code>/CommonBlock</code>: missed by 15 min');
    expect(section).toContain(`<span class="rule">SLA</span><span class="check-title"> — ${CHECKS.sla.title}</span> (REQ-REC-22.6.1)`);
    expect(section).toContain(`npx mhhs-qualify run --scenario ${failed.location}`);
    expect(html).toContain('<div class="verdict">FAILED</div>');
  });

  it('names a finding\'s check by its ID alone when the registry does not hold it', () => {
    const failed = scenario('Old finding', 'fail', { cause: 'AssertionError: late', findings: [{ rule: 'SLA-LATE', requirement: 'REQ-REC-22.6.1', pointer: '', message: 'missed by 15 min' }] });
    const html = qualificationSummaryHtml(input({ summary: { scenarios: [failed], totals: { pass: 0, fail: 1, inconclusive: 0, error: 0 }, startedAt: '', finishedAt: '' } }));
    expect(html).toContain('<span class="rule">SLA-LATE</span> (REQ-REC-22.6.1): missed by 15 min');
  });

  it('leaves out a cause that only quotes the scenario\'s finding, and keeps one that says more', () => {
    const finding = { rule: 'SLA', requirement: 'REQ-REC-22.6.1', pointer: '', message: 'IF-031 sent 75 min after IF-002' };
    const quoting = scenario('Quoting', 'fail', { cause: 'AssertionError: IF-031 breaks the rules — SLA /: IF-031 sent 75 min after IF-002', findings: [finding] });
    const saying = scenario('Saying more', 'fail', { cause: 'AssertionError: the SMRS refused IF-031 with REG1032', findings: [finding] });
    const html = qualificationSummaryHtml(input({ summary: { scenarios: [quoting, saying], totals: { pass: 0, fail: 2, inconclusive: 0, error: 0 }, startedAt: '', finishedAt: '' } }));
    expect(html).not.toContain('IF-031 breaks the rules');
    expect(html).toContain('the SMRS refused IF-031 with REG1032');
    expect(html.match(/IF-031 sent 75 min after IF-002/g)).toHaveLength(2);
  });

  it('escapes participant text everywhere: a <script> in the name stays text, in the page and in the page footer\'s CSS', () => {
    const name = '</style><script>alert("x")</script> & Co';
    const html = qualificationSummaryHtml(
      input({
        digest: { ...DIGEST, participant: name },
        metadata: { participant: { name, roles: [{ role: 'SUP', dipId: '<b>1</b>', mpid: 'A"B' }] } },
        summary: { scenarios: [scenario('<img src=x onerror=alert(1)>', 'fail', { cause: '<script>boom()</script>' })], totals: { pass: 0, fail: 1, inconclusive: 0, error: 0 }, startedAt: '', finishedAt: '' },
      }),
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>1</b>');
    expect(html).toContain('&lt;/style&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    // The stylesheet closes once, at its own end: the name in its footer cannot close it early.
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it('shows an SLA chart with its met and missed counts, the limit, and the worst case in words', () => {
    const records = [
      slaRecord('met', 12_000, 'Quick request', '12 s'),
      slaRecord('met', 25 * 60_000, 'Slower request', '25 min'),
      slaRecord('missed', 75 * 60_000 + 4_000, 'Late request', '75 min 4 s'),
      slaRecord('met', 3_000, 'Quicker request', '3 s'),
    ];
    const html = qualificationSummaryHtml(input({ slaRecords: records }));
    const card = html.slice(html.indexOf('id="sla-ms-appointment-request"'), html.indexOf('</svg>', html.indexOf('id="sla-ms-appointment-request"')));
    expect(card).toContain('4 measurements: <span class="met-count">3 met</span>, <span class="missed-count">1 missed</span>');
    expect(card).toMatch(/Worst: <strong>75 min 4 s of 60 min<\/strong> \(missed\), <span class="name">Late request<\/span>/);
    expect(card).toContain('limit 60 min');
    expect(card).toContain('<svg');
    // Four measurements far enough apart on the log axis (3 s, 12 s, 25 min, 75 min) to make four bars.
    expect(card.match(/<rect /g)?.length).toBe(4);
  });

  it('draws old SLA records (no numbers) from their times, and says where a working-day limit is not drawn', () => {
    const { latencyMillis: _latency, allowedMillis: _allowed, ...old } = slaRecord('met', 0, 'Meter installed', '2 d');
    const record: SlaRecord = { ...old, sla: 'meter-install-mtds', allowed: '3 working days', trigger: '2026-12-07T09:00:00+00:00', response: '2026-12-09T10:00:00+00:00' };
    const html = qualificationSummaryHtml(input({ slaRecords: [record] }));
    const card = html.slice(html.indexOf('id="sla-meter-install-mtds"'));
    expect(card).toContain('1 measurement: <span class="met-count">1 met</span>');
    const chart = card.slice(card.indexOf('<svg'), card.indexOf('</svg>'));
    expect(chart).toContain('<rect ');
    expect(chart).not.toContain('limit');
    expect(card).toContain('The limit (3 working days) is not drawn for 1 record written before records carried it');
  });

  it('gives each requirement row an anchor named by its ID', () => {
    const html = qualificationSummaryHtml(input({ coverage: { requirements: [coverageOf(requirement('REQ-REC-22.6.1', 'x'), 'passed', [['a', 'passed']])] } }));
    expect(html).toContain('<tr id="REQ-REC-22.6.1">');
  });

  it('says NOT FOR SUBMISSION on a development run and certification on a certification run', () => {
    expect(qualificationSummaryHtml(input())).toContain('<div class="submission development">NOT FOR SUBMISSION: development run</div>');
    const certified = qualificationSummaryHtml(input({ digest: { ...DIGEST, certification: 'yes: certification run' }, metadata: { certification: true, participant: { name: 'Acme Energy' } } }));
    expect(certified).toContain('<div class="submission certification">Certification run</div>');
    expect(certified).not.toContain('NOT FOR SUBMISSION');
  });

  it('needs nothing from the network and runs no script', () => {
    const html = qualificationSummaryHtml(input());
    expect(html).not.toMatch(/<script|<link|src="http|url\(/i);
    expect(html).toContain(`Content-Security-Policy" content="default-src 'none'`);
  });
});

describe('scenarioTotals', () => {
  it('splits summary.json\'s totals into disjoint figures that add up to the scenarios', () => {
    const totals = scenarioTotals({
      scenarios: [
        scenario('a', 'pass'),
        scenario('b', 'fail'),
        scenario('c', 'fail', { waiver: 'CB-1 (REC, until 2027-01-01)' }),
        scenario('d', 'inconclusive'),
        scenario('e', 'inconclusive', { notApplicable: true }),
        scenario('f', 'error'),
      ],
    });
    expect(totals).toEqual({ scenarios: 6, passed: 1, failed: 1, waived: 1, inconclusive: 1, notApplicable: 1, errors: 1 });
  });
});

describe('marketTimesOf', () => {
  it('takes the earliest and latest market time of the journal, by instant, not by text', () => {
    const lines = [
      JSON.stringify({ marketTime: '2026-10-25T01:30:00+01:00', marketMillis: Date.parse('2026-10-25T00:30:00Z') }),
      JSON.stringify({ marketTime: '2026-10-25T01:10:00+00:00', marketMillis: Date.parse('2026-10-25T01:10:00Z') }),
      'not json',
      JSON.stringify({ marketTime: '2026-10-25T01:20:00+01:00' }),
      '',
    ];
    expect(marketTimesOf(lines)).toEqual({ first: '2026-10-25T01:20:00+01:00', last: '2026-10-25T01:10:00+00:00' });
    expect(marketTimesOf(['{}'])).toBeUndefined();
  });
});
