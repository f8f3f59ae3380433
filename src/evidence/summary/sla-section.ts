// One chart per SLA measured in the run, with its met and missed counts and its worst case in
// words, so a reviewer sees how close the participant came to each limit, not only whether it
// kept it. SLAs with a miss come first.
import type { SlaRecord } from '../sla-records.ts';
import { esc, plural } from './html-text.ts';
import { slaHistogramSvg } from './sla-histogram.ts';
import { slaPointOf, worstPoint, type SlaPoint } from './sla-points.ts';

function worstInWords(worst: SlaPoint | undefined): string {
  if (!worst) return '';
  const { record } = worst;
  const how = worst.latencyMillis < 0 ? `sent ${esc(record.measured)} before its trigger` : `${esc(record.measured)} of ${esc(record.allowed)}`;
  return `<p class="counts">Worst: <strong>${how}</strong> (${esc(record.verdict)}), <span class="name">${esc(record.scenario)}</span>${record.mpan ? `, MPAN <code>${esc(record.mpan)}</code>` : ''}</p>`;
}

function slaCard(sla: string, records: readonly SlaRecord[]): string {
  const points = records.map(slaPointOf).filter((point): point is SlaPoint => point !== undefined);
  const missed = records.filter((record) => record.verdict === 'missed').length;
  const met = records.length - missed;
  const worst = worstPoint(points);
  const first = records[0]!;
  const unplotted = records.length - points.length;
  const early = points.filter((point) => point.latencyMillis < 0).length;
  const limitless = points.filter((point) => point.allowedMillis === undefined).length;
  const notes = [
    limitless ? `The limit (${first.allowed}) is not drawn for ${plural(limitless, 'record')} written before records carried it: a working-day window's length depends on the trigger's date.` : '',
    unplotted ? `${plural(unplotted, 'record')} without readable times left out of the chart.` : '',
    early ? `${plural(early, 'response')} sent before the trigger, drawn at the left edge.` : '',
  ].filter((note) => note !== '');
  return `<div class="sla${missed ? ' missed' : ''}" id="sla-${esc(sla)}">
<h3>${esc(sla)}${first.provisional ? ' <span class="provisional" title="no public source gives this window">provisional window</span>' : ''}</h3>
<p class="what">${esc(first.what)} <span class="source">(${esc(first.source)})</span></p>
<p class="counts"><strong>${esc(plural(records.length, 'measurement'))}: <span class="met-count">${met} met</span>, <span class="missed-count">${missed} missed</span></strong></p>
${worstInWords(worst)}
${slaHistogramSvg(`${sla}: ${records.length} measured, ${met} met, ${missed} missed`, points, worst)}
${notes.length ? `<p class="source">${esc(notes.join(' '))}</p>` : ''}
</div>`;
}

export function slaSection(records: readonly SlaRecord[]): string {
  const bySla = new Map<string, SlaRecord[]>();
  for (const record of records) bySla.set(record.sla, [...(bySla.get(record.sla) ?? []), record]);
  const missedIn = (sla: string) => (bySla.get(sla) ?? []).filter((record) => record.verdict === 'missed').length;
  const order = [...bySla.keys()].sort((a, b) => Number(missedIn(b) > 0) - Number(missedIn(a) > 0) || a.localeCompare(b));
  const body = order.length
    ? `<div class="sla-grid">${order.map((sla) => slaCard(sla, bySla.get(sla)!)).join('\n')}</div>`
    : '<p class="muted">No message of this run was timed against an SLA.</p>';
  return `<section class="slas" id="slas">
<h2>3. SLAs</h2>
<p>Each timed message of the run, by SLA: how long the response took on the market clock (logarithmic axis), bars <span style="color:#4a8f5a">■ met</span> and <span style="color:#c0392b">■ missed</span> with their counts, the limit as a dashed line, the worst case marked ▲ under the axis. The pack's sla-table.csv lists every measurement.</p>
${body}
</section>`;
}
