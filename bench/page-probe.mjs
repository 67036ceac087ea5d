// Runs in Microsoft's page (the main world, installed with addInitScript before any page script), so
// the figures are taken where they happen and not from Playwright's round trips. It records, with
// the page's own clock: every batch of DOM changes the page itself makes, and every time the guide
// writes data-step on its host (changed or not). The extension is not touched; it cannot tell.
export function installProbe() {
  const HOST = 'app-password-guide';
  const probe = { pageChanges: [], steps: [], firstStepAt: null, frame: 0 };
  window.__benchProbe = probe;
  // Counts animation frames. This loop's callback was queued a frame earlier than any the guide
  // queues after a change, so it runs first in each frame: a data-step written in frame `c + 1` for a
  // change made during frame `c` is painted together with that change.
  const tick = () => {
    probe.frame++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const ours = (node) => node?.nodeType === 1 && node.id === HOST;
  new MutationObserver((records) => {
    const t = performance.now();
    let pageChanged = false;
    for (const r of records) {
      if (ours(r.target)) {
        if (r.attributeName !== 'data-step') continue;
        const to = r.target.getAttribute('data-step');
        // The first write (from nothing) is the guide starting up, measured separately, not a reaction.
        probe.steps.push({ t, frame: probe.frame, from: r.oldValue, to, changed: r.oldValue !== null && r.oldValue !== to });
        if (probe.firstStepAt === null) {
          probe.firstStepAt = t;
          // A user-timing mark lands in a performance trace beside the content script's own events.
          performance.mark('bench:first-data-step');
        }
        continue;
      }
      if (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(ours)) continue; // our host re-attached
      pageChanged = true;
    }
    if (pageChanged) probe.pageChanges.push({ t, frame: probe.frame });
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true, attributeOldValue: true });
}
