// Percentiles of measured latencies, by the nearest-rank method: the p-th percentile is the
// smallest value that at least p % of the values do not exceed. It always returns a value that
// was measured (never an interpolation), which is what an SLA report should quote.

export interface Distribution {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

/** The nearest-rank percentile of values sorted ascending; undefined for no values. */
export function percentile(sorted: readonly number[], p: number): number | undefined {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be above 0 and at most 100, not ${p}`);
  if (sorted.length === 0) return undefined;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** p50, p95, p99, max and mean of the values (any order); undefined when there are none. */
export function distributionOf(values: readonly number[]): Distribution | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50)!,
    p95: percentile(sorted, 95)!,
    p99: percentile(sorted, 99)!,
    max: sorted[sorted.length - 1]!,
    mean: sum / sorted.length,
  };
}
