// Page one: who was qualified on what, with which suite and definitions, when, how, by whose
// signature, and the verdict in figures large enough to read across a desk. A development run
// says so before anything else, so that no one files it by mistake.
import { MDR_MODEL_NAMES, type MdrModel } from '../../profile/meter-data-retrievers.ts';
import { isParticipantRole, PARTICIPANT_ROLES } from '../../profile/participant-roles.ts';
import { digestRows } from '../pack/pack-digest.ts';
import { esc, plural, readableInstant } from './html-text.ts';
import type { SummaryInput, SummaryMetadata } from './summary-input.ts';
import { exitOf, requirementTotals, scenarioTotals } from './summary-totals.ts';

const SEGMENTS: Record<string, string> = { S: 'Smart', A: 'Advanced' };
/** GB has fourteen GSP groups: a Metering Service working in all of them is said so, not listed. */
const GSP_GROUP_COUNT = 14;
const VERDICT_WORD: Record<number, { word: string; tone: string }> = {
  0: { word: 'PASSED', tone: 'passed' },
  1: { word: 'FAILED', tone: 'failed' },
  3: { word: 'INCONCLUSIVE', tone: 'inconclusive' },
};

/** Digest rows about the summary itself: written before the summary is in the pack, they would say it is not. */
const ABOUT_ITSELF = new Set(['summary']);

const row = (label: string, value: string) => `<tr><th scope="row">${esc(label)}</th><td>${value}</td></tr>`;

function figure(label: string, count: number, bad = false): string {
  return `<div class="figure${count === 0 ? ' zero' : ''}${bad ? ' bad' : ''}"><span class="count">${count}</span><span class="label">${esc(label)}</span></div>`;
}

function roles(metadata: SummaryMetadata): string {
  const list = metadata.participant?.roles ?? [];
  if (!list.length) return '?';
  return list.map((role) => `${esc(role.role)}${isParticipantRole(role.role) ? ` (${esc(PARTICIPANT_ROLES[role.role])})` : ''}: DIP ID <code>${esc(role.dipId)}</code>, MPID <code>${esc(role.mpid)}</code>`).join('<br>');
}

/** A Smart Data Service's MDR model and MDRs, as the profile declared them. */
function meterDataRetrievers(declared: NonNullable<SummaryMetadata['capabilities']>['dataService']): string {
  if (!declared) return '';
  const model = declared.mdrModel ?? '?';
  const name = Object.hasOwn(MDR_MODEL_NAMES, model) ? MDR_MODEL_NAMES[model as MdrModel] : model;
  const mdrs = [...(declared.ownMdr ? ['the SDS itself'] : []), ...(declared.mdrs ?? []).map((mdr) => `${mdr.mpid} (DIP ID ${mdr.dipId})`)];
  return `SDS meter data retrievers: ${esc(name)} model; ${esc(mdrs.join(', ') || 'none named')}`;
}

function capabilities(metadata: SummaryMetadata): string {
  const declared = metadata.capabilities;
  if (!declared) return '?';
  const lines = [
    declared.declared === false ? '<strong>no capability declaration</strong> (the suite assumed every segment and process)' : '',
    `segments: ${esc((declared.segments ?? []).map((segment) => SEGMENTS[segment] ?? segment).join(', ') || 'none')}`,
    `processes: ${esc((declared.processes ?? []).join(', ') || 'none')}`,
    declared.gspGroups ? `GSP groups: ${declared.gspGroups.length >= GSP_GROUP_COUNT ? 'all 14' : esc(declared.gspGroups.join(', '))}` : '',
    `meter types: ${declared.meterTypes ? esc(declared.meterTypes.join(', ')) : 'all'}`,
    `optional interfaces sent: ${esc((declared.sends ?? []).join(', ') || 'none')}`,
    meterDataRetrievers(declared.dataService),
  ];
  return lines.filter((line) => line !== '').join('<br>');
}

function definitions(metadata: SummaryMetadata): string {
  const spec = metadata.spec;
  if (!spec) return '?';
  const digests =
    spec.digests === 'verified'
      ? 'every file matches its published digest'
      : spec.digests === 'modified'
        ? `<strong>MODIFIED</strong>: ${esc((spec.modifiedFiles ?? []).join(', ') || 'files')} differ from the published definitions`
        : esc(spec.digests ?? 'digests not checked');
  return `DIP API ${esc(spec.version ?? '?')}${spec.commit ? ` (definitions commit <code>${esc(spec.commit.slice(0, 12))}</code>)` : ''}; ${digests}`;
}

function runLine(input: SummaryInput): string {
  const run = input.metadata.run;
  const real = `real time ${esc(readableInstant(run?.startedAt ?? input.summary.startedAt))} – ${esc(readableInstant(run?.finishedAt ?? input.summary.finishedAt))}`;
  const market = input.marketTimes ? `market time ${esc(input.marketTimes.first)} – ${esc(input.marketTimes.last)}` : 'market time: not recorded';
  const faults = run?.faults?.length ? `<strong>fault switches ${esc(run.faults.join(', '))}</strong>` : 'no fault switches';
  const id = run?.id ?? input.summary.runId;
  return [id ? `run ID <code>${esc(id)}</code>` : '', real, market, `time scale ×${esc(run?.timeScale ?? '?')}, seed ${esc(run?.seed ?? '?')}, ${faults}`]
    .filter((part) => part !== '')
    .join('<br>');
}

function banner(input: SummaryInput): string {
  const totals = scenarioTotals(input.summary);
  const exit = exitOf(input.summary);
  const verdict = VERDICT_WORD[exit.code] ?? { word: `EXIT ${exit.code}`, tone: 'failed' };
  const runFindings = input.summary.runFindings?.length ?? 0;
  const requirements = requirementTotals(input.coverage.requirements);
  const raw = input.summary.totals;
  return `<section class="banner ${verdict.tone}" aria-label="verdict">
<div class="verdict">${verdict.word}</div>
<p class="reason">Exit code ${esc(exit.code)}: ${esc(exit.reason)}</p>
<div class="figures-title">${esc(plural(totals.scenarios, 'scenario'))}</div>
<div class="figures" id="scenario-totals">${figure('passed', totals.passed)}${figure('failed', totals.failed, true)}${figure('waived', totals.waived, true)}${figure('inconclusive', totals.inconclusive, true)}${figure('not applicable', totals.notApplicable)}${figure('errors', totals.errors, true)}${runFindings ? figure('run-level findings', runFindings, true) : ''}</div>
<div class="figures-title">${esc(plural(input.coverage.requirements.length, 'requirement'))}</div>
<div class="figures" id="requirement-totals">${requirements.map(([state, count]) => figure(state, count, state === 'failed' || state === 'inconclusive' || state === 'not run')).join('')}</div>
<p class="records-note">summary.json totals: ${esc(raw.pass)} pass, ${esc(raw.fail)} fail, ${esc(raw.inconclusive)} inconclusive, ${esc(raw.error)} error.</p>
</section>`;
}

export function coverSection(input: SummaryInput): string {
  const { metadata } = input;
  const certified = metadata.certification === true;
  const submission = certified
    ? `<div class="submission certification">Certification run</div>`
    : `<div class="submission development">${esc(metadata.submission ?? 'NOT FOR SUBMISSION: development run')}</div>`;
  const facts = [
    row('Participant', esc(metadata.participant?.name ?? input.digest.participant)),
    row('Roles', roles(metadata)),
    row('Declared capabilities', capabilities(metadata)),
    row('Suite', `mhhs-qualify ${esc(metadata.suite?.version ?? '?')}, commit <code>${esc(metadata.suite?.commit ?? '?')}</code>`),
    row('Definitions', definitions(metadata)),
    row('Run', runLine(input)),
    row('Transport', esc(input.digest.transport)),
    row('Certification', esc(input.digest.certification)),
    row('Signatory', esc(metadata.signatory ?? '(none named)')),
  ].join('\n');
  return `<section class="cover">
<h1>MHHS qualification summary</h1>
<p class="subtitle">${esc(metadata.participant?.name ?? input.digest.participant)}</p>
${submission}
${banner(input)}
<table class="facts"><tbody>
${facts}
</tbody></table>
<h3>The evidence pack's digest</h3>
<ul class="digest">${digestRows(input.digest).filter(([label]) => !ABOUT_ITSELF.has(label)).map(([label, value]) => `<li><strong>${esc(label)}</strong>: ${esc(value)}</li>`).join('')}</ul>
</section>`;
}
