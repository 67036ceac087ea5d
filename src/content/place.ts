/**
 * Where the panel goes: beside the target (right, left, below, above — the first that fits in the
 * viewport), never over it; in the bottom corner when there is no target. Hand-rolled because
 * @floating-ui/dom would take a third of the content script's size budget for four comparisons.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const GAP = 12;
const MARGIN = 8;

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

/**
 * Among the places that fit, the first that covers none of the page's controls (`avoid`), so the
 * panel never sits over something the user may need next; failing that, the first that fits.
 */
export function placeBeside(
  target: Box | null,
  panel: { width: number; height: number },
  view: { width: number; height: number },
  avoid: Box[] = [],
): { left: number; top: number } {
  const maxLeft = view.width - panel.width - MARGIN;
  const maxTop = view.height - panel.height - MARGIN;
  const corner = { left: Math.max(MARGIN, maxLeft), top: Math.max(MARGIN, maxTop) };
  const free = (c: { left: number; top: number }) => !avoid.some((b) => overlaps({ ...c, ...panel }, b));
  if (!target) {
    // No target: a corner, the first that leaves the page's controls uncovered.
    const corners = [corner, { left: MARGIN, top: corner.top }, { left: corner.left, top: 56 }, { left: MARGIN, top: 56 }];
    return corners.find(free) ?? corner;
  }
  const right = target.left + target.width;
  const bottom = target.top + target.height;
  const candidates = [
    // Far right, level with the target: Microsoft's pages leave that column empty.
    { left: maxLeft, top: clamp(target.top, MARGIN, maxTop), fits: maxLeft >= right + GAP },
    { left: right + GAP, top: clamp(target.top, MARGIN, maxTop), fits: right + GAP + panel.width <= view.width - MARGIN },
    { left: target.left - GAP - panel.width, top: clamp(target.top, MARGIN, maxTop), fits: target.left - GAP - panel.width >= MARGIN },
    { left: clamp(target.left, MARGIN, maxLeft), top: bottom + GAP, fits: bottom + GAP + panel.height <= view.height - MARGIN },
    { left: clamp(target.left, MARGIN, maxLeft), top: target.top - GAP - panel.height, fits: target.top - GAP - panel.height >= MARGIN },
  ];
  const fitting = [...candidates.filter((c) => c.fits), { ...corner, fits: !overlaps({ ...corner, ...panel }, target) }].filter((c) => c.fits);
  const chosen = fitting.find(free) ?? fitting[0];
  return chosen ? { left: chosen.left, top: chosen.top } : corner;
}
