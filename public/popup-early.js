// The popup's first storage reads, started by a classic script in src/popup/index.html while the
// browser is still loading the popup's modules (a module runs only once all its imports are in), so
// the records and settings are usually there by the time src/popup/data/first-read.ts asks for them.
// Plain JS, not bundled; it starts reads, notes whether anything changed meanwhile (then
// first-read.ts reads again; first-read.ts validates what arrives), and draws the first rows.
// The names are those of src/shared/stored.ts and src/shared/first-screen.ts (test/unit/popup-early.test.ts checks).
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
    // Settled once the rows are drawn (true) or it is clear they will not be (false): for tests.
    early.drawn = early.local
      .then((stored) => !early.changed && whenParsed().then(() => !early.changed && drawFirstRows(api, stored)))
      .catch(() => false);
  } catch {
    // No storage here: first-read.ts reads as before.
  }

  /** The popup's #app is in the document (the storage read usually arrives after it is parsed anyway). */
  function whenParsed() {
    if (document.readyState !== 'loading') return Promise.resolve();
    // "interactive" comes before the deferred module scripts run, so before the App can render.
    return new Promise((resolve) => document.addEventListener('readystatechange', resolve, { once: true }));
  }

  /**
   * The first screen without the framework: the rows preact's first render draws from the same
   * summary (components/AccountGroupView.tsx, RecordRow.tsx; same elements, classes, texts and
   * accessible names), drawn in place of index.html's list skeleton, so the first frame with data
   * already has them. Text only: the row buttons (their space kept by hidden placeholders), "show
   * more", assigning an account and the history come with the App a frame or two later, which
   * replaces all of this in one render (main.tsx).
   * Nothing here takes focus. Names and every other value are user data: textContent only.
   * Anything unexpected (no summary, an odd value, a storage problem notice, the settings view) and
   * nothing is drawn: the skeleton stays until the App draws.
   */
  function drawFirstRows(api, stored) {
    const skeleton = document.querySelector('#app > .app > .skeleton:not(.top)');
    const summary = stored?.firstScreen;
    if (!skeleton || !summary || typeof summary.complete !== 'boolean' || !Array.isArray(summary.records)) return false;
    if (stored.storageProblem || /^#(settings|import)$/.test(location.hash)) return false;
    if (!summary.records.every(isRecord)) return false;

    // The same constants as the App (use-popup-data.ts ROWS_FIRST_SCREEN, AccountGroupView.tsx,
    // shared/microsoft.ts, shared/settings.ts, data/policy-cache.ts): the unit test compares the two drawings.
    const ROWS_FIRST_SCREEN = 8;
    const ROWS_PER_PAGE = 50;
    const LIMIT = 40;
    const LIMIT_WARNING_AT = 35;
    const DAY_MS = 86_400_000;
    const t = (key, substitutions) => api.i18n.getMessage(key, substitutions) || key;
    const locale = api.i18n.getUILanguage();
    const now = Date.now();
    const interval = reviewInterval(stored.settings);

    // inventory-model.ts buildInventory: groups by account, stale first, then the longest unreviewed, then by name.
    const base = (r) => r.lastReviewedAt ?? r.createdAt ?? r.firstSeenAt;
    const groups = new Map();
    let active = 0;
    for (const record of summary.records) {
      if (record.deletedAt !== null) continue;
      active++;
      if (!groups.has(record.account)) groups.set(record.account, []);
      groups.get(record.account).push({ record, stale: now > base(record) + interval * DAY_MS });
    }
    // The empty state has controls: the App draws it.
    if (!active) return false;
    const ordered = [...groups.entries()].sort(([a], [b]) => ((a === '') !== (b === '') ? (a === '' ? 1 : -1) : a.localeCompare(b)));
    for (const [, views] of ordered) {
      const name = (v) => v.record.name;
      views.sort((a, b) => Number(b.stale) - Number(a.stale) || base(a.record) - base(b.record) || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
    }
    const known = ordered.filter(([account]) => account);
    const limitInHeader = summary.complete && known.length > 0 && known.every(([, views]) => views.length >= LIMIT);

    const relative = {};
    const ago = (at, style = 'long') => {
      relative[style] ??= new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style });
      const days = Math.round((now - at) / DAY_MS);
      if (Math.abs(days) < 45) return relative[style].format(-days, 'day');
      if (Math.abs(days) < 548) return relative[style].format(-Math.round(days / 30.44), 'month');
      return relative[style].format(-Math.round(days / 365.25), 'year');
    };
    let absolute;
    const date = (at) => (absolute ??= new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })).format(at);

    const el = (tag, attributes = {}, ...children) => {
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      for (const child of children) element.append(child);
      return element;
    };
    const icon = () => {
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      for (const [name, value] of Object.entries({ class: 'icon', width: 14, height: 14, viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false' }))
        svg.setAttribute(name, String(value));
      const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
      // components/Icon.tsx "user".
      path.setAttribute('d', 'M12 12a4.5 4.5 0 1 1 0-9 4.5 4.5 0 0 1 0 9Zm0 2c4.4 0 8 2.2 8 5v2H4v-2c0-2.8 3.6-5 8-5Z');
      path.setAttribute('fill', 'currentColor');
      svg.append(path);
      return svg;
    };

    const row = ({ record, stale }) => {
      const nameId = `name-${record.id}`;
      const created = record.createdAt !== null ? t('popupCreatedAgo', ago(record.createdAt)) : t('popupSeenAgo', ago(record.firstSeenAt));
      const details = [
        record.createdAt !== null ? date(record.createdAt) : null,
        record.lastReviewedAt !== null ? t('popupReviewedAgo', ago(record.lastReviewedAt)) : t('popupNeverReviewed'),
      ]
        .filter(Boolean)
        .join(' · ');
      const where = record.usedWhere ? el('bdi', { class: 'where' }, record.usedWhere) : el('span', { class: 'where none' }, t('popupUsedWhereUnknown'));
      const text = el(
        'div',
        { class: 'rec-text' },
        el('bdi', { id: nameId, class: 'name', title: record.name }, record.name),
        el(
          'div',
          { class: 'meta' },
          el('span', { class: `chip ${stale ? 'stale' : 'ok'}`, 'data-testid': 'state' }, t(stale ? 'popupStateStale' : 'popupStateOk')),
          el(
            'span',
            { class: 'facts', title: `${created} · ${details}` },
            el('span', { 'aria-hidden': 'true' }, ago(record.createdAt ?? record.firstSeenAt, 'short')),
            el('span', { class: 'sr-only' }, created),
            el('span', { class: 'sep', 'aria-hidden': 'true' }, '·'),
            where,
            el('span', { class: 'sr-only' }, ` · ${details}`),
          ),
        ),
      );
      if (record.notes) text.append(el('div', { class: 'notes', dir: 'auto', title: record.notes }, record.notes));
      return el(
        'li',
        { class: `record${stale ? ' is-stale' : ''}`, 'aria-labelledby': nameId, 'data-testid': 'record', 'data-record-id': record.id },
        text,
        actions(stale),
      );
    };
    // The App's controls of a row (RecordRow.tsx, RowMenu.tsx) in their place but not shown (popup.css
    // [data-placeholder]: visibility hidden, so never seen, focused, pressed or heard): the row's text
    // is laid out as in the App's row, and nothing moves or re-truncates when the App's rows come.
    const placeholder = { type: 'button', tabindex: '-1', 'aria-hidden': 'true', 'data-placeholder': '' };
    const actions = (stale) =>
      el(
        'div',
        { class: 'rec-actions' },
        ...(stale ? [el('button', { ...placeholder, class: 'quick' }, t('popupMarkReviewed'))] : []),
        el('div', { class: 'menu-wrap' }, el('button', { ...placeholder, class: 'icon-button' })),
      );

    const section = el('section', { class: 'inventory', 'aria-label': t('popupInventoryTab') });
    let budget = ROWS_FIRST_SCREEN;
    for (const [index, [account, views]] of ordered.entries()) {
      // The group of records without an account has a form: it (always last) and what follows it come with the App.
      if (!account) break;
      const rows = Math.min(ROWS_PER_PAGE, views.length, budget);
      budget -= rows;
      const headingId = `account-${index}`;
      const near = views.length >= LIMIT_WARNING_AT;
      const reached = views.length >= LIMIT;
      const count = t('popupLimitCount', [String(views.length), String(LIMIT)]);
      const limit = el(
        'div',
        { class: `limit${near ? ' warn' : ''}${reached ? ' full' : ''}`, 'data-testid': 'limit' },
        el('span', { class: 'limit-count', 'aria-hidden': 'true', title: count }, t('popupLimitShort', [String(views.length), String(LIMIT)])),
        el('span', { class: 'sr-only' }, count),
      );
      if (near && !(reached && limitInHeader)) limit.append(el('p', { class: 'limit-note' }, t(reached ? 'popupLimitReached' : 'popupLimitNear')));
      section.append(
        el(
          'section',
          { class: 'group', 'aria-labelledby': headingId, 'data-testid': 'account-group' },
          el('div', { class: 'group-head' }, icon(), el('h2', { id: headingId, class: 'account', title: account }, account), limit),
          el('ul', { class: 'records' }, ...views.slice(0, rows).map(row)),
        ),
      );
      // Its "show more" button comes with the App; the groups after it are drawn by the App below it.
      if (views.length > rows) break;
    }
    if (!section.childElementCount) return false;
    // As App.tsx does: the page's language picks the fonts (Japanese glyphs), so it is set before the text is drawn.
    document.documentElement.lang = t('@@ui_locale').replace('_', '-');
    skeleton.replaceWith(el('main', { class: 'content', 'data-early': '' }, section));
    // For `npm run bench`, beside main.tsx's marks.
    performance.mark('popup-early-rows');
    return true;

    /** App.tsx's interval: IT policy (as last seen, data/policy-cache.ts), else the user's setting, else 90 days. */
    function reviewInterval(settings) {
      const valid = (days) => Number.isInteger(days) && days >= 7 && days <= 730;
      let policy;
      try {
        policy = JSON.parse(localStorage.getItem('lastPolicy') ?? 'null')?.reviewIntervalDays;
      } catch {
        // As the App: no policy seen.
      }
      if (valid(policy)) return policy;
      return valid(settings?.reviewIntervalDays) ? settings.reviewIntervalDays : 90;
    }
  }

  /** What the rows read of a record, of the types the App draws; anything else is left to the App. */
  function isRecord(r) {
    const time = (v) => typeof v === 'number' && Number.isFinite(v);
    const optionalText = (v) => !v || typeof v === 'string';
    return (
      !!r &&
      typeof r.id === 'string' &&
      typeof r.name === 'string' &&
      typeof r.account === 'string' &&
      time(r.firstSeenAt) &&
      (r.createdAt === null || time(r.createdAt)) &&
      (r.lastReviewedAt === null || time(r.lastReviewedAt)) &&
      (r.deletedAt === null || time(r.deletedAt)) &&
      optionalText(r.usedWhere) &&
      optionalText(r.notes)
    );
  }
})();
