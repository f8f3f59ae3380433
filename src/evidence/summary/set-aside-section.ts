// What the run set aside and how far its green can be trusted: the scenarios that did not apply
// or could not reach a verdict, grouped by their reason (a declaration that leaves out a segment
// rules out dozens of scenarios for one reason, said once); the waivers the code body agreed,
// live or expired; and the suite's kill rate from its latest selftest.
import type { ScenarioSummary } from '../../run/run-summary.ts';
import { NOT_APPLICABLE_PREFIX } from '../../scenario/applicability.ts';
import { killRateOf } from '../../selftest/selftest-result.ts';
import { esc, namesInShort, plural } from './html-text.ts';
import type { SummaryInput } from './summary-input.ts';

/** Names shown under one reason; the count says how many share it. */
const NAMES_PER_REASON = 5;

/** The reason without the "Not applicable: " every such cause starts with. */
const reasonOf = (scenario: ScenarioSummary): string => {
  const cause = scenario.cause ?? 'no cause recorded';
  return cause.startsWith(NOT_APPLICABLE_PREFIX) ? cause.slice(NOT_APPLICABLE_PREFIX.length).trim() : cause;
};

function grouped(title: string, scenarios: readonly ScenarioSummary[], none: string): string {
  if (!scenarios.length) return `<h3>${esc(title)}</h3><p class="muted">${esc(none)}</p>`;
  const byReason = new Map<string, string[]>();
  for (const scenario of scenarios) byReason.set(reasonOf(scenario), [...(byReason.get(reasonOf(scenario)) ?? []), scenario.name]);
  const groups = [...byReason.entries()].sort((a, b) => b[1].length - a[1].length);
  return `<h3>${esc(title)} (${esc(plural(scenarios.length, 'scenario'))}, ${esc(plural(groups.length, 'reason'))})</h3>
${groups.map(([reason, names]) => `<div class="group"><div class="reason">${names.length} × ${esc(reason)}</div><div>${namesInShort(names, NAMES_PER_REASON)}</div></div>`).join('\n')}`;
}

function waivers(input: SummaryInput): string {
  const applied = input.summary.waivers ?? [];
  if (!applied.length) return '<h3>Waivers</h3><p class="muted">No waiver was given for this run.</p>';
  const rows = applied.map(
    (entry) => `<tr><td><code>${esc(entry.waiver.id)}</code></td><td>${esc(entry.waiver.reason)}</td><td class="nowrap">${esc(entry.waiver.reference)}</td><td>${esc(entry.waiver.approver)}</td><td><span class="nowrap">${esc(entry.waiver.expires)}</span>${entry.expired ? ' <strong>(expired: no longer applies)</strong>' : ''}</td><td>${entry.expired ? '—' : esc(plural(entry.scenarios.length, 'scenario'))}</td></tr>`,
  );
  return `<h3>Waivers (${esc(plural(applied.filter((entry) => !entry.expired).length, 'live waiver'))}, ${esc(plural(applied.filter((entry) => entry.expired).length, 'expired'))})</h3>
<p>A waived failure stays a failure, shown as waived, never as passed.</p>
<table class="waivers"><thead><tr><th>Waives</th><th>Reason</th><th>Reference</th><th>Approver</th><th>Expires</th><th>Covers</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}

function killRate(input: SummaryInput): string {
  const { selftest, suite } = input.metadata;
  return `<h3>Kill rate</h3><p>${selftest ? esc(killRateOf(selftest, suite?.commit)) : 'Not measured: no selftest result travels with this pack (run <code>mhhs-qualify selftest</code> before the run).'}</p>`;
}

export function setAsideSection(input: SummaryInput): string {
  const { scenarios } = input.summary;
  return `<section class="set-aside" id="set-aside">
<h2>5. Set aside, waived, and the suite's kill rate</h2>
${grouped('Not applicable', scenarios.filter((scenario) => scenario.notApplicable === true), 'Every scenario selected applied to the declaration.')}
${grouped('Inconclusive', scenarios.filter((scenario) => scenario.verdict === 'inconclusive' && scenario.notApplicable !== true), 'No scenario was stopped by a precondition or the environment.')}
${waivers(input)}
${killRate(input)}
</section>`;
}
