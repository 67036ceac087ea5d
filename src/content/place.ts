/**
 * Where the panel goes, as a pure function of rectangles in viewport pixels. The panel must never
 * cover what the user needs now (`keep`: the target, the App password rows, the dialog's controls)
 * and would rather not cover the page's other controls (`spare`). It tries, in order: the whole
 * panel (narrowed down to MIN_WIDTH to fit a margin), then a compact bar with only the instruction,
 * then docks along the bottom or top edge. A narrow window docks straight away. Hand-rolled because
 * @floating-ui/dom would take a third of the content script's size budget.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type Mode = 'full' | 'compact' | 'dock';

export interface Spot extends Box {
  mode: Mode;
}

const GAP = 12;
const MARGIN = 8;
/** The panel's widest and narrowest; narrower than this, its lines get too short to read. */
const WIDTHS = [320, 280, 240];
/** Below this width there is no column to spare beside Microsoft's content: dock. */
const NARROW = 600;

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

export const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

/**
 * @param height the panel's height in a mode at a width (measured by the caller, who caches it)
 * @param widths the widths to try; a collapsed panel has only its own
 */
export function placePanel(
  target: Box | null,
  keep: Box[],
  spare: Box[],
  view: Box,
  height: (mode: Mode, width: number) => number,
  widths = WIDTHS,
): Spot {
  const hard = target ? [target, ...keep] : keep;
  const right = view.left + view.width - MARGIN;
  const bottom = view.top + view.height - MARGIN;
  const inside = (b: Box) => b.left >= view.left + MARGIN && b.left + b.width <= right && b.top >= view.top + MARGIN && b.top + b.height <= bottom;

  /** Places a panel of this size might go, best first; null where one does not fit. */
  function spots(width: number, h: number): (Box | null)[] {
    const at = (left: number, top: number) => ({ left, top, width, height: h });
    const maxLeft = right - width;
    const maxTop = bottom - h;
    const left = view.left + MARGIN;
    const list: Box[] = [];
    if (target) {
      const level = clamp(target.top, view.top + MARGIN, maxTop);
      const nearX = clamp(target.left, left, maxLeft);
      list.push(
        // The margins beside Microsoft's content column first: they are usually empty.
        at(maxLeft, level),
        at(left, level),
        at(target.left + target.width + GAP, level),
        at(target.left - GAP - width, level),
        at(nearX, target.top + target.height + GAP),
        at(nearX, target.top - GAP - h),
        // Below the list, when what must stay visible all sits above.
        at(nearX, Math.max(...hard.map((b) => b.top + b.height)) + GAP),
      );
    }
    // The corners, bottom first: the top is where pages keep their header and headings.
    list.push(at(maxLeft, maxTop), at(left, maxTop), at(maxLeft, view.top + 56), at(left, view.top + 56));
    // Kept in place (a hole where a place does not fit), so a kind of place ranks the same at every width.
    return list.map((b) => (inside(b) && !hard.some((k) => overlaps(b, k)) ? b : null));
  }

  /** The best place in this mode: the first kind of place (margin, beside, below…) at its widest. */
  const found = (mode: Mode, polite: boolean): Spot | null => {
    let best: Spot | null = null;
    let rank = Infinity;
    for (const width of widths) {
      spots(width, height(mode, width)).forEach((b, i) => {
        if (b && i < rank && !(polite && spare.some((s) => overlaps(b, s)))) {
          rank = i;
          best = { ...b, mode };
        }
      });
    }
    return best;
  };

  if (view.width >= NARROW) {
    const spot = found('full', true) ?? found('compact', true) ?? found('full', false) ?? found('compact', false);
    if (spot) return spot;
  }
  // Docked: across the window at the bottom, or at the top when only the top covers nothing that must stay.
  const width = view.width - 2 * MARGIN;
  const h = Math.min(height('dock', width), view.height / 2);
  const edges = [bottom - h, view.top + MARGIN].map((top): Spot => ({ left: view.left + MARGIN, top, width, height: h, mode: 'dock' }));
  const free = (b: Box) => !hard.some((k) => overlaps(b, k));
  return free(edges[0]) || !free(edges[1]) ? edges[0] : edges[1];
}
