import { describe, expect, it } from 'vitest';
import { type Box, type Mode, overlaps, placePanel } from '../../src/content/place';

const view = { left: 0, top: 0, width: 1280, height: 800 };
/** A panel 300 px tall whole, 80 px as a compact bar, 60 px docked. */
const height = (mode: Mode) => ({ full: 300, compact: 80, dock: 60 })[mode];
const boxOf = (s: { left: number; top: number; width: number; mode: Mode }): Box => ({ ...s, height: height(s.mode) });
const inside = (b: Box, v: Box) => b.left >= v.left && b.top >= v.top && b.left + b.width <= v.left + v.width && b.top + b.height <= v.top + v.height;

/** Security info as the replica draws it: a content column 256–1016 px, its rows, the add button above them. */
const target = { left: 252, top: 212, width: 148, height: 46 };
const rows = [0, 1, 2, 3, 4].map((i) => ({ left: 256, top: 264 + 48 * i, width: 760, height: 48 }));

describe('placePanel', () => {
  it('never covers the target, wherever it is', () => {
    for (const t of [
      { left: 10, top: 10, width: 100, height: 30 },
      { left: 1100, top: 400, width: 170, height: 30 },
      { left: 500, top: 760, width: 200, height: 30 },
      { left: 0, top: 0, width: 1280, height: 300 },
    ]) {
      const spot = boxOf(placePanel(t, [], [], view, height));
      expect(overlaps(spot, t)).toBe(false);
      expect(inside(spot, view)).toBe(true);
    }
  });

  it('takes the margin beside the content column, narrowed to fit it, over a place on the rows', () => {
    const spot = placePanel(target, rows, [], view, height);
    expect(spot).toMatchObject({ mode: 'full', width: 240 });
    expect(spot.left).toBeGreaterThanOrEqual(1016);
    expect(rows.some((r) => overlaps(boxOf(spot), r))).toBe(false);
  });

  it('shrinks to a compact bar when the whole panel fits nowhere free', () => {
    const narrow = { left: 0, top: 0, width: 1024, height: 700 };
    const wide = rows.map((r) => ({ ...r, left: 8, width: 1008 }));
    const spot = placePanel({ ...target, left: 8 }, wide, [], narrow, height);
    expect(spot.mode).toBe('compact');
    expect([target, ...wide].some((k) => overlaps(boxOf(spot), k))).toBe(false);
  });

  it('docks across a narrow window, at the edge that covers nothing it must keep', () => {
    const small = { left: 0, top: 0, width: 560, height: 700 };
    const bottomRows = [{ left: 8, top: 560, width: 544, height: 140 }];
    const spot = placePanel({ left: 100, top: 300, width: 100, height: 30 }, bottomRows, [], small, height);
    expect(spot).toMatchObject({ mode: 'dock', left: 8, top: 8, width: 544 });
  });

  it('skips a place that would cover another control, when there is another place', () => {
    const first = boxOf(placePanel(target, rows, [], view, height));
    const other = { left: first.left + 10, top: first.top + 10, width: 50, height: 20 };
    const second = boxOf(placePanel(target, rows, [other], view, height));
    expect(overlaps(second, other)).toBe(false);
    expect(overlaps(second, target)).toBe(false);
  });

  it('uses a free corner when there is no target', () => {
    const blocker = { left: 1200, top: 700, width: 60, height: 60 };
    const spot = boxOf(placePanel(null, [], [blocker], view, height));
    expect(overlaps(spot, blocker)).toBe(false);
  });

  it('stays inside the visible part of a pinch-zoomed window', () => {
    const visible = { left: 300, top: 200, width: 640, height: 400 };
    const spot = boxOf(placePanel({ left: 320, top: 220, width: 100, height: 30 }, [], [], visible, height));
    expect(inside(spot, visible)).toBe(true);
  });
});
