// What a person reads of a load: one progress line while it runs, and the final table of SLA
// percentiles, throughput, errors and lost or duplicated messages. Plain text only; the
// command decides where it goes and whether the progress line rewrites itself.
import type { Distribution } from './percentiles.ts';
import type { LoadCounts } from './load-tracker.ts';
import type { LoadSummary } from './load-summary.ts';

const count = (value: number) => value.toLocaleString('en-GB');

/** 850 ms, 1.24 s, 3.5 min, 1.2 h: short enough for a table cell. */
export function formatMillis(millis: number): string {
  if (millis < 1_000) return `${Math.round(millis)} ms`;
  if (millis < 60_000) return `${(millis / 1_000).toFixed(2)} s`;
  if (millis < 3_600_000) return `${(millis / 60_000).toFixed(1)} min`;
  return `${(millis / 3_600_000).toFixed(1)} h`;
}

export interface ProgressSnapshot {
  readonly counts: LoadCounts;
  readonly requested: number;
  readonly elapsedMillis: number;
  readonly phase: 'starting' | 'draining';
}

const BAR_WIDTH = 20;

/** `[########------------]  41%  4,100/10,000 started · 4,050 IF-002 taken · … · 43 s` */
export function progressLine(snapshot: ProgressSnapshot): string {
  const { counts, requested } = snapshot;
  // The bar follows the appointment chains, the last thing to finish.
  const done = requested > 0 ? counts.chainsSettled / requested : 1;
  const filled = Math.min(BAR_WIDTH, Math.round(done * BAR_WIDTH));
  return [
    `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${String(Math.floor(done * 100)).padStart(3)}%`,
    `${count(counts.started)}/${count(requested)} started`,
    `${count(counts.gainsDelivered)} IF-002 taken`,
    `${count(counts.requestsAccepted)} IF-031 pairs accepted`,
    `${count(counts.chainsSettled)} chains settled`,
    `${count(counts.errors)} errors`,
    `${Math.round(snapshot.elapsedMillis / 1000)} s${snapshot.phase === 'draining' ? ' (waiting for the last answers)' : ''}`,
  ].join('  ·  ');
}

function distributionCells(distribution: Distribution | undefined): string[] {
  if (!distribution) return ['–', '–', '–', '–'];
  return [distribution.p50, distribution.p95, distribution.p99, distribution.max].map(formatMillis);
}

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  // First column left-aligned (names), the rest right-aligned (figures).
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd());
}

/** The closing report: settings, SLA table, throughput, errors, verdict. */
export function loadReport(summary: LoadSummary): string[] {
  const { settings, phases, mpans, throughput, errors } = summary;
  const header = ['', 'received', 'within SLA', 'lost', 'duplicated', 'p50', 'p95', 'p99', 'max'];
  const realRows = summary.requests.map((figures) => [
    `IF-002 → ${figures.message} (SLA ${figures.sla.window}${figures.sla.provisional ? ', provisional' : ''})`,
    count(figures.received),
    count(figures.withinSla),
    count(figures.lost),
    count(figures.duplicated),
    ...distributionCells(figures.realMillis),
  ]);
  const otherRows = [
    ['IF-002 → last IF-035 (chain settled)', count(mpans.chainsSettled), '', '', '', ...distributionCells(summary.chainRealMillis)],
    ['schedule → IF-002 taken (suite lag)', count(mpans.gainsDelivered), '', '', '', ...distributionCells(summary.gainLagRealMillis)],
  ];
  const lines = [
    '',
    `Load of ${count(mpans.requested)} MPANs against ${settings.participant}: ${settings.effectiveRate}/s over ${settings.durationSeconds} s at most` +
      `${settings.effectiveRate !== settings.rate ? ` (rate raised from ${settings.rate}/s to fit the duration)` : ''}, time scale ×${settings.timeScale}, ${settings.transport}` +
      `${settings.faults.length ? `, faults: ${settings.faults.join(', ')}` : ''}`,
    '',
    'Real time',
    ...table([header, ...realRows, ...otherRows]).map((line) => `  ${line}`),
  ];
  if (settings.timeScale !== 1) {
    const marketRows = summary.requests.map((figures) => [`IF-002 → ${figures.message}`, ...distributionCells(figures.marketMillis)]);
    lines.push('', `Market time (×${settings.timeScale}, what the SLA is judged on)`, ...table([['', 'p50', 'p95', 'p99', 'max'], ...marketRows]).map((line) => `  ${line}`));
  }
  lines.push(
    '',
    `Throughput      ${throughput.mpansStartedPerSecond} MPANs/s started, ${throughput.requestsAcceptedPerSecond} IF-031/s accepted, ${throughput.chainsSettledPerSecond} chains/s settled, ${throughput.exchangesPerSecond} exchanges/s journaled`,
    `MPANs           ${count(mpans.started)} started, ${count(mpans.gainsDelivered)} IF-002 taken, ${count(mpans.chainsSettled)} chains settled (${count(mpans.chainsAccepted)} with both appointments accepted)`,
    `Errors          ${count(errors.dipRefusals)} DIP refusals (non-201), ${count(errors.pushFailures)} pushes refused by the webhook, ${count(errors.findings)} findings, ${count(errors.startFailures)} MPANs not started; ${count(errors.warnings)} warnings`,
    ...errors.samples.slice(0, 5).map((sample) => `                ${sample}`),
    `Lost            ${count(summary.lost)}    duplicated ${count(summary.duplicated)}    SLA missed ${count(summary.missedSla)}`,
    `Wall time       ${phases.totalSeconds} s: start-up ${phases.startupSeconds} s, starting MPANs ${phases.startingSeconds} s, waiting for answers ${phases.drainSeconds} s (${phases.drainEnded})`,
    `Suite process   ${summary.suiteProcess.cpuSeconds} s of CPU in ${phases.totalSeconds} s, peak ${summary.suiteProcess.peakRssMegabytes} MB resident`,
    `Journal         ${summary.journal.file} (${(summary.journal.bytes / 1024 / 1024).toFixed(1)} MB)`,
    '',
    summary.passed ? 'PASS: no message lost or duplicated, every SLA met' : `FAIL:\n${summary.problems.map((problem) => `  - ${problem}`).join('\n')}`,
  );
  return lines;
}
