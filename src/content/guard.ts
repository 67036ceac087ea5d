/**
 * Runs a callback of ours so that nothing it throws reaches Microsoft's page: Chromium reports a
 * content script's uncaught errors in the page's own console, and a page that changes under us in
 * ways no one foresaw (its <html> swapped out mid-render) must not see our mistakes. The next change
 * of the page brings the next look, which starts afresh.
 */
export const guard =
  <A extends unknown[]>(fn: (...args: A) => unknown) =>
  (...args: A): void => {
    try {
      // An async callback's failure is a rejection: caught the same way.
      (fn(...args) as Promise<void> | undefined)?.catch?.(() => {});
    } catch {
      // Nothing to do: see above.
    }
  };
