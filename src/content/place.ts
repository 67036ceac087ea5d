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

export function placeBeside(target: Box | null, panel: { width: number; height: number }, view: { width: number; height: number }): { left: number; top: number } {
  const maxLeft = view.width - panel.width - MARGIN;
  const maxTop = view.height - panel.height - MARGIN;
  const corner = { left: Math.max(MARGIN, maxLeft), top: Math.max(MARGIN, maxTop) };
  if (!target) return corner;
  const right = target.left + target.width;
  const bottom = target.top + target.height;
  const candidates = [
    { left: right + GAP, top: clamp(target.top, MARGIN, maxTop), fits: right + GAP + panel.width <= view.width - MARGIN },
    { left: target.left - GAP - panel.width, top: clamp(target.top, MARGIN, maxTop), fits: target.left - GAP - panel.width >= MARGIN },
    { left: clamp(target.left, MARGIN, maxLeft), top: bottom + GAP, fits: bottom + GAP + panel.height <= view.height - MARGIN },
    { left: clamp(target.left, MARGIN, maxLeft), top: target.top - GAP - panel.height, fits: target.top - GAP - panel.height >= MARGIN },
  ];
  const chosen = candidates.find((c) => c.fits);
  return chosen ? { left: chosen.left, top: chosen.top } : corner;
}
