// Every scenario that did not pass and still applies, each with what stopped it, the findings and
// requirements involved, and the command that runs it again: what a participant's engineer needs
// to reproduce it and a reviewer needs to weigh it. Run-level findings follow, since they fail a
// run without failing any one scenario.
import type { RunFinding, ScenarioFinding, ScenarioSummary } from '../../run/run-summary.ts';
import { checkLabel } from './check-label.ts';
import { esc, plural } from './html-text.ts';
import type { SummaryInput } from './summary-input.ts';

type Kind = 'failed' | 'error' | 'waived' | 'inconclusive';

/** What most needs reading first: the participant's failures, then the suite's, then what was set aside or stopped. */
const KIND_ORDER: readonly Kind[] = ['failed', 'error', 'waived', 'inconclusive'];
const KIND_WORD: Record<Kind, string> = { failed: 'FAIL', error: 'ERROR (the suite failed)', waived: 'FAIL, WAIVED', inconclusive: 'INCONCLUSIVE' };
const KIND_STATE: Record<Kind, string> = { failed: 'failed', error: 'error', waived: 'waived', inconclusive: 'inconclusive' };

function kindOf(scenario: ScenarioSummary): Kind | undefined {
  if (scenario.verdict === 'fail') return scenario.waiver ? 'waived' : 'failed';
  if (scenario.verdict === 'error') return 'error';
  if (scenario.verdict === 'inconclusive' && !scenario.notApplicable) return 'inconclusive';
  return undefined;
}

/** A requirement ID, linked to its row when the summary has one. */
const requirementLink = (id: string, known: ReadonlySet<string>) => (known.has(id) ? `<a href="#${esc(id)}">${esc(id)}</a>` : esc(id));

function findingLine(finding: ScenarioFinding | RunFinding, known: ReadonlySet<string>): string {
  return `<div class="finding">${checkLabel(finding.rule)}${finding.requirement ? ` (${requirementLink(finding.requirement, known)})` : ''}${finding.pointer ? ` at <code>${esc(finding.pointer)}</code>` : ''}: ${esc(finding.message)}</div>`;
}

/**
 * The cause is the first failing step's message, which quotes the finding that failed it: shown
 * only when it says more than the findings do, so a run with many failures stays readable.
 */
function causeAddsToFindings(scenario: ScenarioSummary): boolean {
  if (!scenario.cause) return false;
  const findings = scenario.findings ?? [];
  return findings.length === 0 || !findings.some((finding) => finding.message !== '' && scenario.cause!.includes(finding.message));
}

const rerunLine = (rerun: string | undefined) => (rerun ? `<div class="rerun"><span class="label">Re-run:</span> <code class="command">${esc(rerun)}</code></div>` : '');

/**
 * One scenario in two columns (which scenario; what stopped it) over a full-width re-run line:
 * a run that fails a hundred scenarios lists a hundred, and each must stay a few lines.
 */
function scenarioBlock(scenario: ScenarioSummary, kind: Kind, input: SummaryInput, known: ReadonlySet<string>): string {
  const findings = scenario.findings ?? [];
  // A finding names the requirement it breaks; without one, the scenario's own requirements are what it left unshown.
  const requirements = findings.length ? [] : scenario.tags.filter((tag) => tag.startsWith('@REQ-')).map((tag) => tag.slice(1));
  // The re-run command names the scenario's file and line; without one, the location is shown instead.
  const rerun = scenario.location ? input.rerun(scenario.location) : undefined;
  const what = [
    causeAddsToFindings(scenario) ? `<div>${esc(scenario.cause)}</div>` : '',
    ...findings.map((finding) => findingLine(finding, known)),
    scenario.waiver ? `<div><span class="label">Waived by:</span> ${esc(scenario.waiver)}</div>` : '',
    requirements.length ? `<div><span class="label">Requirements it checks:</span> ${requirements.map((id) => requirementLink(id, known)).join(', ')}</div>` : '',
  ];
  return `<div class="scenario ${kind}">
<div class="which"><span class="state state-${KIND_STATE[kind]}">${esc(KIND_WORD[kind])}</span> <span class="title">${esc(scenario.name)}</span> <span class="muted">(${esc(scenario.feature)})</span>${rerun || !scenario.location ? '' : `<br><code>${esc(scenario.location)}</code>`}</div>
<div class="what">${what.filter((line) => line !== '').join('\n')}</div>
${rerunLine(rerun)}
</div>`;
}

function runFindingBlock(finding: RunFinding, input: SummaryInput, known: ReadonlySet<string>): string {
  const about = [
    finding.scenario ? `after <span class="name">${esc(finding.scenario.name)}</span>` : '',
    finding.exchange ? `exchange <code>${esc(finding.exchange.id)}</code> on ${esc(finding.exchange.channel)} at ${esc(finding.exchange.marketTime)}${finding.exchange.status === undefined ? '' : `, answered ${esc(finding.exchange.status)}`}` : '',
  ].filter((part) => part !== '');
  return `<div class="scenario failed">
<div class="which"><span class="state state-failed">RUN-LEVEL FINDING</span> <span class="title">${esc(finding.rule)}</span>${about.length ? `<div class="muted">${about.join('; ')}</div>` : ''}</div>
<div class="what">${findingLine(finding, known)}</div>
${rerunLine(finding.scenario?.location ? input.rerun(finding.scenario.location) : undefined)}
</div>`;
}

export function notPassedSection(input: SummaryInput): string {
  const known = new Set(input.coverage.requirements.map((entry) => entry.requirement.id));
  const listed = input.summary.scenarios
    .map((scenario) => ({ scenario, kind: kindOf(scenario) }))
    .filter((entry): entry is { scenario: ScenarioSummary; kind: Kind } => entry.kind !== undefined)
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  const runFindings = input.summary.runFindings ?? [];
  const body =
    listed.length || runFindings.length
      ? [...listed.map(({ scenario, kind }) => scenarioBlock(scenario, kind, input, known)), ...runFindings.map((finding) => runFindingBlock(finding, input, known))].join('\n')
      : '<p>Every scenario that applies passed, and the run has no run-level finding.</p>';
  return `<section class="not-passed" id="not-passed">
<h2>4. Scenarios that did not pass (${esc(plural(listed.length, 'scenario'))}${runFindings.length ? `, ${esc(plural(runFindings.length, 'run-level finding'))}` : ''})</h2>
${listed.length || runFindings.length ? '<p>Failed, errored, waived and inconclusive scenarios (not-applicable ones are in section 5). Type a re-run command from the checkout\'s folder: it runs the scenario again with the same seed, time scale, faults and profile.</p>' : ''}
${body}
</section>`;
}
