import { describe, expect, it } from 'vitest';
import { type Box, placeBeside } from '../../src/content/place';

const panel = { width: 300, height: 200 };
const view = { width: 1280, height: 800 };
const covers = (at: { left: number; top: number }, b: Box) =>
  at.left < b.left + b.width && b.left < at.left + panel.width && at.top < b.top + b.height && b.top < at.top + panel.height;

describe('placeBeside', () => {
  it('never covers the target, wherever it is', () => {
    for (const target of [
      { left: 10, top: 10, width: 100, height: 30 },
      { left: 1100, top: 400, width: 170, height: 30 },
      { left: 500, top: 760, width: 200, height: 30 },
      { left: 0, top: 0, width: 1280, height: 300 },
    ]) {
      expect(covers(placeBeside(target, panel, view), target)).toBe(false);
    }
  });

  it('skips a place that would cover another control', () => {
    const target = { left: 300, top: 100, width: 100, height: 30 };
    const first = placeBeside(target, panel, view);
    const other = { left: first.left + 10, top: first.top + 10, width: 50, height: 20 };
    const second = placeBeside(target, panel, view, [other]);
    expect(covers(second, other)).toBe(false);
    expect(covers(second, target)).toBe(false);
  });

  it('uses a free corner when there is no target', () => {
    const blocker = { left: 1200, top: 700, width: 60, height: 60 };
    expect(covers(placeBeside(null, panel, view, [blocker]), blocker)).toBe(false);
  });
});
