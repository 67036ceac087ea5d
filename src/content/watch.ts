/**
 * Tells the guide when the page may have changed, at most once per animation frame and never while
 * the tab is hidden. Content scripts live in an isolated world, so patching the page's history API
 * would not see its pushState calls: a route change shows up as DOM mutations (the app re-renders),
 * and back/forward and back-forward-cache restores as popstate and pageshow.
 */
export function watchPage(onChange: () => void): void {
  let queued = false;
  let missedWhileHidden = false;

  function schedule() {
    if (document.hidden) {
      missedWhileHidden = true;
      return;
    }
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      onChange();
    });
  }

  // Only what changes a screen: nodes coming and going, text, and the attributes apps use to hide
  // or expand things. Not every attribute: class and style churn on hover and animation.
  new MutationObserver(schedule).observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden', 'aria-hidden', 'aria-expanded', 'open'],
  });
  // Typing changes no DOM, but the name typed is part of what the guide observes.
  document.addEventListener('input', schedule, { capture: true, passive: true });
  addEventListener('popstate', schedule);
  addEventListener('pageshow', schedule);
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden && missedWhileHidden) {
      missedWhileHidden = false;
      schedule();
    }
  });
}

/** Keeps the panel beside its target while the page scrolls or the window resizes. */
export function watchLayout(onMove: () => void): void {
  let queued = false;
  const schedule = () => {
    if (queued || document.hidden) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      onMove();
    });
  };
  addEventListener('scroll', schedule, { capture: true, passive: true });
  addEventListener('resize', schedule, { passive: true });
}
