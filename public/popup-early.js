// The popup's first storage reads, started by a classic script in src/popup/index.html while the
// browser is still loading the popup's modules (a module runs only once all its imports are in), so
// the records and settings are usually there by the time src/popup/data/first-read.ts asks for them.
// Plain JS, not bundled; it only starts reads and notes whether anything changed meanwhile (then
// first-read.ts reads again); first-read.ts validates what arrives. The names are those of
// src/shared/stored.ts and src/shared/first-screen.ts (test/unit/popup-early.test.ts checks).
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  try {
    const keys = { local: ['settings', 'storageProblem', 'firstScreen'], session: ['lastPage'] };
    const early = { changed: false };
    const changed = () => (early.changed = true);
    // Only a change to what was read (not, say, the day of the last reminder) makes it old.
    const onStorage = (changes, area) => {
      if (keys[area]?.some((key) => key in changes)) changed();
    };
    const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('app-password-guide/records-changed') : null;
    if (channel) channel.onmessage = changed;
    api.storage.onChanged.addListener(onStorage);
    early.stop = () => {
      channel?.close();
      api.storage.onChanged.removeListener(onStorage);
    };
    early.local = api.storage.local.get(keys.local);
    early.session = api.storage.session.get(keys.session[0]);
    // Whoever does not take them (a test, an error page) must not leave an unhandled rejection.
    early.local.catch(() => {});
    early.session.catch(() => {});
    globalThis.__popupEarlyRead = early;
  } catch {
    // No storage here: first-read.ts reads as before.
  }
})();
