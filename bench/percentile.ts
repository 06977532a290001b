/** Percentiles of a bench's samples (latencies, per-round figures). */

/**
 * The sample at quantile `q` (0.5 the median, 0.99 the p99) of `values`, which are left unsorted:
 * the element at ⌊q·n⌋ of the sorted copy, the last for q = 1. `empty` is returned for no samples.
 */
export function percentile(values: readonly number[], q: number, empty = Number.NaN): number {
  if (values.length === 0) return empty;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
