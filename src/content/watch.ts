import { guard } from './guard';

/** Under sustained churn a look may take at most this share of the page's main thread. */
const MAX_SHARE = 0.01;
/** No more than one look per frame. */
const FRAME_MS = 16;
/** Changes in this many frames in a row are churn (a heavy re-render loop), not a screen change. */
const CHURN_FRAMES = 5;
/** However costly looks get, a change is seen within this long. */
const MAX_WAIT_MS = 250;
/** Recent look durations; their minimum is the cost of a look on this page, not a preempted one. */
const RECENT = 5;
/** Attributes that decide whether a text box is one the user can type a name into (see detect/dom.ts). */
export const FIELD_STATE = ['type', 'readonly', 'disabled', 'aria-readonly', 'aria-disabled', 'inert'];

/**
 * Tells the guide when the page may have changed. Content scripts live in an isolated world, so
 * patching the page's history API would not see its pushState calls: a route change shows up as DOM
 * mutations (the app re-renders), and back/forward and back-forward-cache restores as popstate and
 * pageshow.
 *
 * A change after a quiet moment is looked at straight away, in the same task as Microsoft's own
 * change, so the step is right before the browser paints it; changes that follow closely wait for
 * the next frame (at most one look per frame). A page that keeps changing in every frame is looked
 * at less often, so that looks take at most MAX_SHARE of its time (measured on this page's own looks):
 * it is then slowed by nothing, and its step is at most MAX_WAIT_MS late. Nothing runs while the tab
 * is hidden.
 *
 * A loading spinner that changes in every frame makes such a page, and the screen that replaces it
 * would then wait up to MAX_WAIT_MS. So while the page is loading, `lookWhen(ended)` names what ends
 * it (the spinner gone, checked in O(1) on every change): the first change after which it holds is
 * looked at at once, as after a quiet moment. Fast typing makes such a run too (each keystroke a
 * change), and the screen after the user's "Next" may last less than the churn pace (a password
 * screen closed at once), so the first change after the user's click, Enter or Space is looked at at
 * once as well.
 */
export function watchPage(onChange: () => void): { lookWhen(ended: (() => boolean) | null): void } {
  // Every callback below runs in Microsoft's page: nothing of ours may throw into it.
  onChange = guard(onChange);
  /** 0: no look pending; 1: one in a microtask; 2: one at a later frame. */
  let queued = 0;
  let ended: (() => boolean) | null = null;
  let missedWhileHidden = false;
  /** The user clicked, or pressed Enter or Space, since the last change. */
  let acted = false;
  let nextAllowed = 0;
  // Rendered frames, counted only while the page keeps changing: a frame without a change ends a run.
  let frame = 0;
  let counting = false;
  let changedIn = -2;
  let runStart = 0;
  const durations: number[] = [];

  function countFrames() {
    frame++;
    if (changedIn >= frame - 1) requestAnimationFrame(safeCount);
    else counting = false;
  }

  const safeCount = guard(countFrames);
  const safeLook = guard(look);

  function look() {
    queued = 0;
    const start = performance.now();
    onChange();
    const end = performance.now();
    durations.push(end - start);
    if (durations.length > RECENT) durations.shift();
    const churning = frame - runStart >= CHURN_FRAMES;
    const spread = churning ? Math.min(...durations) * (1 / MAX_SHARE - 1) : 0;
    nextAllowed = end + Math.min(MAX_WAIT_MS, Math.max(FRAME_MS, spread));
  }

  function whenAllowed() {
    // A look already made in a microtask (the page finished loading) took this one's place.
    if (queued !== 2) return;
    if (document.hidden) {
      queued = 0;
      missedWhileHidden = true;
    } else if (performance.now() >= nextAllowed) look();
    else requestAnimationFrame(safeWhenAllowed);
  }

  const safeWhenAllowed = guard(whenAllowed);

  const schedule = guard(scheduleNow);

  function scheduleNow() {
    if (changedIn < frame - 1) runStart = frame;
    changedIn = frame;
    if (!counting) {
      counting = true;
      requestAnimationFrame(safeCount);
    }
    if (document.hidden) {
      missedWhileHidden = true;
      return;
    }
    const loaded = !!ended?.();
    if (loaded) ended = null;
    // The loading is over, or this is Microsoft's answer to the user's action: a new screen, not
    // more of the churn before it (typing fast is churn too, and the next screen may last no longer
    // than the churn pace: a password screen the user closes at once).
    const over = loaded || acted;
    acted = false;
    if (over) {
      nextAllowed = 0;
      runStart = frame;
    }
    if (queued === 1 || (queued === 2 && !over)) return;
    // A microtask: after the page's own handlers and mutations of this task, before rendering.
    if (performance.now() >= nextAllowed) {
      queued = 1;
      queueMicrotask(safeLook);
    } else {
      queued = 2;
      requestAnimationFrame(safeWhenAllowed);
    }
  }

  // Only what changes a screen: nodes coming and going, text, the attributes apps use to hide or
  // expand things, and those that decide whether a box can take a name (a box turned read-only, disabled
  // or into a password box is re-judged at once). Not every attribute: class and style churn on hover
  // and animation.
  new MutationObserver(schedule).observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden', 'aria-hidden', 'aria-expanded', 'aria-busy', 'open', ...FIELD_STATE],
  });
  // Typing changes no DOM, but the name typed is part of what the guide observes.
  document.addEventListener('input', schedule, { capture: true, passive: true });
  // Only the user's own actions: a page's script clicking in a loop must not undo the churn pace.
  const onAction = guard((e: Event) => {
    if (e.isTrusted && (e.type === 'click' || (e as KeyboardEvent).key === 'Enter' || (e as KeyboardEvent).key === ' ')) acted = true;
  });
  document.addEventListener('click', onAction, { capture: true, passive: true });
  document.addEventListener('keydown', onAction, { capture: true, passive: true });
  addEventListener('popstate', schedule);
  addEventListener('pageshow', schedule);
  document.addEventListener('visibilitychange', guard(() => {
    if (!document.hidden && missedWhileHidden) {
      missedWhileHidden = false;
      schedule();
    }
  }));
  return {
    lookWhen(test) {
      ended = test;
    },
  };
}

/** Keeps the panel beside its target while the page scrolls or the window resizes. */
export function watchLayout(onMove: () => void): void {
  let queued = false;
  const schedule = guard(() => {
    if (queued || document.hidden) return;
    queued = true;
    requestAnimationFrame(
      guard(() => {
        queued = false;
        onMove();
      }),
    );
  });
  addEventListener('scroll', schedule, { capture: true, passive: true });
  addEventListener('resize', schedule, { passive: true });
  // Pinch-zoom moves the visible part of the page without a window scroll or resize.
  visualViewport?.addEventListener('scroll', schedule, { passive: true });
  visualViewport?.addEventListener('resize', schedule, { passive: true });
}
