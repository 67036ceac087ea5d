import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module without types, run by `npm run bench`
import { percentile, reactionTimes, spread } from '../../bench/stats.mjs';

describe('benchmark statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 1..100, unsorted
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(Number.isNaN(percentile([], 50))).toBe(true);
    expect(spread([4, 1, 3, 2])).toEqual({ n: 4, p50: 2, p95: 4, max: 4 });
  });

  it('measures a reaction from the first page change the guide had not yet seen', () => {
    const steps = [
      { t: 10, frame: 1, changed: true }, // no page change before it: not a reaction
      { t: 30, frame: 2, changed: true }, // page changed at 20 and 25 (frame 1): counts from 20, same frame as painted
      { t: 50, frame: 3, changed: false }, // a look that found the same step
      { t: 70, frame: 5, changed: true }, // page changed at 40 (seen by the write at 50) and 60 (frame 3): one frame late
      { t: 90, frame: 6, changed: true }, // no page change since 70 (typing): not a reaction
    ];
    const changes = [{ t: 20, frame: 1 }, { t: 25, frame: 1 }, { t: 40, frame: 2 }, { t: 60, frame: 3 }];
    expect(reactionTimes(steps, changes)).toEqual([
      { ms: 10, framesLate: 0 },
      { ms: 10, framesLate: 1 },
    ]);
  });
});
