// One row per requirement of the catalogue: what it asks and where that is written, what the run
// showed of it, which scenarios show it, and for a broken one the finding that broke it. The
// source sits under the wording and the state beside the scenarios, so the wording's column is
// wide: under a narrow ID the source made most rows twice as tall. Each row carries the
// requirement's ID as its anchor, so a reviewer's note can link `summary.html#REQ-REC-22.6.1`.
import type { RequirementCoverage, ScenarioOutcome } from '../../requirements/coverage.ts';
import { checkLabel } from './check-label.ts';
import { esc, namesInShort, plural } from './html-text.ts';

/**
 * Up to this many checking scenarios are all named; beyond it, the count and one, the first that
 * broke it where one did: a requirement checked on every message has hundreds, and naming a
 * second of them cost the filed summary a page.
 */
const NAMED_IN_FULL = 3;
const NAMED_OF_MANY = 1;
/** Findings shown under a broken requirement; the rest are counted (each is in section 4 too). */
const FINDINGS_SHOWN = 3;
/** The scenarios worth naming first: those that broke it, then those that showed it. */
const OUTCOME_ORDER: readonly ScenarioOutcome[] = ['failed', 'waived', 'not shown', 'passed', 'not run', 'not applicable'];

/** The class of a state's badge: `not run` → `state-not-run`. */
export const stateClass = (state: string): string => `state state-${state.replace(/\s+/g, '-')}`;

/**
 * The scenarios that check a requirement. One verified by rules is checked on every message of
 * the roles it binds, so every scenario of those roles judges it (its outcomes), tagged or not;
 * one verified by scenarios, by those that carry its tag or whose finding named it.
 */
const checkingScenarios = (entry: RequirementCoverage): readonly string[] =>
  entry.requirement.verifiedBy === 'rules' && entry.outcomes.size > entry.scenarios.length ? [...entry.outcomes.keys()] : entry.scenarios;

function proof(entry: RequirementCoverage): string {
  const names = checkingScenarios(entry);
  if (names.length === 0) return entry.state === 'no scenario' ? '<span class="muted">no scenario of the suite checks it</span>' : '<span class="muted">none ran</span>';
  const outcomeOf = (name: string): ScenarioOutcome => entry.outcomes.get(name) ?? 'not run';
  const counts = OUTCOME_ORDER.map((outcome) => [outcome, names.filter((name) => outcomeOf(name) === outcome).length] as const).filter(([, count]) => count > 0);
  const ordered = [...names].sort((a, b) => OUTCOME_ORDER.indexOf(outcomeOf(a)) - OUTCOME_ORDER.indexOf(outcomeOf(b)));
  const shown = names.length <= NAMED_IN_FULL ? NAMED_IN_FULL : NAMED_OF_MANY;
  const how = entry.requirement.verifiedBy === 'rules' ? 'checked on every message of ' : '';
  return `${how}${esc(plural(names.length, 'scenario'))}: ${esc(counts.map(([outcome, count]) => `${count} ${outcome}`).join(', '))}<br><span class="names">${names.length > shown ? 'e.g. ' : ''}${namesInShort(ordered, shown)}</span>`;
}

function failures(entry: RequirementCoverage): string {
  if (entry.failures.length === 0) return '';
  const shown = entry.failures.slice(0, FINDINGS_SHOWN).map(
    (failure) =>
      `<div class="finding">${checkLabel(failure.finding.rule)}${failure.finding.pointer ? ` at <code>${esc(failure.finding.pointer)}</code>` : ''}: ${esc(failure.finding.message)}<br><span class="muted">in</span> <span class="name">${esc(failure.scenario)}</span>${failure.location ? ` <span class="muted">(${esc(failure.location)})</span>` : ''}</div>`,
  );
  const more = entry.failures.length - FINDINGS_SHOWN;
  return `${shown.join('')}${more > 0 ? `<div class="more">and ${esc(plural(more, 'finding'))} more (section 4)</div>` : ''}`;
}

export function requirementsSection(requirements: readonly RequirementCoverage[]): string {
  const rows = requirements.map((entry) => {
    const { requirement } = entry;
    return `<tr id="${esc(requirement.id)}">
<td class="id"><span class="req-id">${esc(requirement.id)}</span><br><span class="source">${esc(requirement.status)}</span></td>
<td>${esc(requirement.text)}<br><span class="source">${esc(requirement.source)}</span>${failures(entry)}</td>
<td class="proof"><span class="${esc(stateClass(entry.state))}">${esc(entry.state)}</span> ${proof(entry)}</td>
</tr>`;
  });
  return `<section class="requirements" id="requirements">
<h2>2. Requirements</h2>
<p>Each requirement of the catalogue, the state the run left it in, and the scenarios that check it. A requirement fails only through a finding that names it; the finding is shown under its wording.</p>
<table class="requirements">
<thead><tr><th>Requirement</th><th>Wording and source</th><th>State, and the scenarios that show it</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>`;
}
