// Small statistics for the benchmarks: nearest-rank percentiles and the summaries the table shows.

/** Nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const median = (values) => percentile(values, 50);

export const round = (value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** p50 / p95 / max of a list of milliseconds, rounded for the table. */
export function spread(values, digits = 2) {
  return {
    n: values.length,
    p50: round(percentile(values, 50), digits),
    p95: round(percentile(values, 95), digits),
    max: round(Math.max(...values), digits),
  };
}

/**
 * Pairs each change of the guide's step with the page change that caused it. `steps` are the guide's
 * writes of data-step (every write, changed or not, in order); `pageChanges` are the page's own DOM
 * changes; both carry the time `t` and the animation `frame` counter they happened in. The cause of a
 * new step is the first page change after the guide's previous write: until then the guide had
 * already looked at everything the page had done. Step changes with no page change in between
 * (typing, settings arriving) are not reactions to the page and are left out. `framesLate` 0 means
 * the new step was written in the very frame that paints the page's change.
 */
export function reactionTimes(steps, pageChanges) {
  const reactions = [];
  let lastWrite = -Infinity;
  let next = 0;
  for (const write of steps) {
    while (next < pageChanges.length && pageChanges[next].t <= lastWrite) next++;
    const cause = pageChanges[next];
    if (write.changed && cause !== undefined && cause.t <= write.t) {
      reactions.push({ ms: write.t - cause.t, framesLate: write.frame - cause.frame - 1 });
    }
    lastWrite = write.t;
  }
  return reactions;
}
