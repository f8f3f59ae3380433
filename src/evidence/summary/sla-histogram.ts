// One SLA's measured latencies as a small inline SVG: a histogram on a logarithmic time axis, so
// that a response of seconds and a window of an hour (or of days) share one readable chart, with
// the limit as a dashed line and the worst case marked. Hundreds of measurements make a few dozen
// bars, never hundreds of shapes, so the page stays light however long the run.
import { formatDuration } from '../../clock/describe-sla.ts';
import { esc } from './html-text.ts';
import type { SlaPoint } from './sla-points.ts';

const WIDTH = 360;
const HEIGHT = 86;
const LEFT = 10;
const RIGHT = WIDTH - 10;
const TOP = 16;
const BASELINE = 62;
const BINS = 30;
const SECOND = 1000;
const TICKS: ReadonlyArray<readonly [seconds: number, label: string]> = [
  [1, '≤1 s'],
  [10, '10 s'],
  [60, '1 min'],
  [600, '10 min'],
  [3_600, '1 h'],
  [21_600, '6 h'],
  [86_400, '1 d'],
  [864_000, '10 d'],
];
const MET = '#4a8f5a';
const MISSED = '#c0392b';

const round = (value: number) => Math.round(value * 10) / 10;

export function slaHistogramSvg(title: string, points: readonly SlaPoint[], worst: SlaPoint | undefined): string {
  const allowed = points.map((point) => point.allowedMillis).filter((value): value is number => value !== undefined);
  const longest = Math.max(SECOND, ...points.map((point) => point.latencyMillis), ...allowed);
  // The axis runs from one second to past both the longest latency and the longest window, so
  // the limit never sits on the edge and a miss shows how far past it went.
  const top = Math.log10(Math.max(60 * SECOND, longest * 1.8) / SECOND);
  const x = (millis: number) => LEFT + ((RIGHT - LEFT) * Math.min(top, Math.max(0, Math.log10(Math.max(millis, SECOND) / SECOND)))) / top;
  const binOf = (millis: number) => Math.min(BINS - 1, Math.floor(((x(millis) - LEFT) / (RIGHT - LEFT)) * BINS));

  const met = new Array<number>(BINS).fill(0);
  const missed = new Array<number>(BINS).fill(0);
  for (const point of points) (point.record.verdict === 'missed' ? missed : met)[binOf(point.latencyMillis)]! += 1;
  const tallest = Math.max(1, ...met.map((count, bin) => count + missed[bin]!));
  const barWidth = (RIGHT - LEFT) / BINS;
  const height = (count: number) => (count === 0 ? 0 : Math.max(1.5, ((BASELINE - TOP) * count) / tallest));

  const bars: string[] = [];
  for (let bin = 0; bin < BINS; bin++) {
    const total = met[bin]! + missed[bin]!;
    if (total === 0) continue;
    const left = round(LEFT + bin * barWidth + 0.5);
    const width = round(barWidth - 1);
    const metHeight = height(met[bin]!);
    const missedHeight = height(missed[bin]!);
    if (metHeight) bars.push(`<rect x="${left}" y="${round(BASELINE - metHeight)}" width="${width}" height="${round(metHeight)}" fill="${MET}"/>`);
    if (missedHeight) bars.push(`<rect x="${left}" y="${round(BASELINE - metHeight - missedHeight)}" width="${width}" height="${round(missedHeight)}" fill="${MISSED}"/>`);
    bars.push(`<text x="${round(left + width / 2)}" y="${round(BASELINE - metHeight - missedHeight - 2)}" text-anchor="middle" font-size="7">${total}</text>`);
  }

  const ticks = TICKS.filter(([seconds]) => Math.log10(seconds) <= top).map(([seconds, label]) => {
    const at = round(x(seconds * SECOND));
    // A tick at either edge is labelled inwards, so its label stays on the chart.
    const anchor = at < LEFT + 12 ? 'start' : at > RIGHT - 12 ? 'end' : 'middle';
    return `<line x1="${at}" y1="${BASELINE}" x2="${at}" y2="${BASELINE + 3}" stroke="#555"/><text x="${at}" y="${BASELINE + 11}" text-anchor="${anchor}" font-size="7" fill="#333">${esc(label)}</text>`;
  });

  let limit = '';
  if (allowed.length) {
    const [shortest, longestAllowed] = [Math.min(...allowed), Math.max(...allowed)];
    const [from, to] = [round(x(shortest)), round(x(longestAllowed))];
    // A working-day window is longer over a weekend or a bank holiday: the limit is then a band.
    // Windows that differ by the seconds of their triggers read as one.
    const [low, high] = [formatDuration(shortest), formatDuration(longestAllowed)];
    const label = low === high ? `limit ${low}` : `limit ${low} – ${high}`;
    limit =
      (from === to ? '' : `<rect x="${from}" y="${TOP - 4}" width="${round(to - from)}" height="${BASELINE - TOP + 4}" fill="${MISSED}" fill-opacity="0.12"/>`) +
      `<line x1="${from}" y1="${TOP - 6}" x2="${from}" y2="${BASELINE}" stroke="${MISSED}" stroke-width="1.2" stroke-dasharray="3 2"/>` +
      `<text x="${round(Math.min(from, RIGHT - 4) - 2)}" y="${TOP - 9}" text-anchor="end" font-size="7.5" fill="${MISSED}">${esc(label)}</text>`;
  }

  const worstMark = worst
    ? `<path d="M${round(x(worst.latencyMillis))} ${BASELINE + 14} l-3.5 6 h7 z" fill="${worst.record.verdict === 'missed' ? MISSED : '#333'}"><title>worst: ${esc(formatDuration(worst.latencyMillis, 'up'))}</title></path>`
    : '';

  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${esc(title)}"><title>${esc(title)}</title>
<line x1="${LEFT}" y1="${BASELINE}" x2="${RIGHT}" y2="${BASELINE}" stroke="#555"/>
${ticks.join('')}
${limit}
${bars.join('')}
${worstMark}
</svg>`;
}
