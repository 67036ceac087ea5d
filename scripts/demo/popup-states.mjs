// The popup in each state a reviewer should see, at the toolbar popup's size (380 × 600): each state
// is an inventory (written through the extension's own import message, so dates and reviews can be
// set) and what the user does after opening the popup. `npm start` screenshots them headless.
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, withExtension } from '../chromium.mjs';

export const POPUP_SIZE = { width: 380, height: 600 };
const DAY = 86_400_000;

/** A full record as the import format wants it; `days` old, reviewed `reviewed` days ago (or never). */
function record(i, { name, account = 'ada@contoso.com', days, reviewed = null, usedWhere = '', notes = '', deleted = null }) {
  const now = Date.now();
  return {
    id: `demo-${String(i).padStart(4, '0')}`,
    name,
    account,
    createdAt: now - days * DAY,
    deletedAt: deleted === null ? null : now - deleted * DAY,
    firstSeenAt: now - days * DAY,
    lastReviewedAt: reviewed === null ? null : now - reviewed * DAY,
    usedWhere,
    notes,
    source: 'manual',
    deletedHow: deleted === null ? null : 'guided',
    updatedAt: now,
  };
}

export const FEW = [
  { name: 'Outlook on laptop', days: 12, usedWhere: 'Outlook 2016 on the office laptop' },
  { name: 'Scanner in room 2', days: 200, usedWhere: 'Ricoh scanner, scan to e-mail' },
  { name: 'iPhone Mail', days: 40, reviewed: 5, usedWhere: 'Mail app on my phone' },
  { name: 'Thunderbird at home', days: 95 },
];

export const STALE = [
  ...FEW,
  { name: 'Old printer', days: 400, usedWhere: 'HP LaserJet, 2nd floor', notes: 'Ask IT before deleting' },
  { name: 'Backup NAS', days: 150, usedWhere: 'Synology, nightly report mail' },
  { name: 'Legacy CRM sync', account: '', days: 300 },
  { name: 'Meeting room display', account: '', days: 30, usedWhere: 'Room 4 screen' },
  { name: 'Old phone', days: 500, deleted: 20 },
];

const PLACES = ['Outlook on laptop', 'Scanner', 'Printer', 'Phone mail', 'Tablet', 'NAS backup', 'CRM sync', 'Calendar app'];
export const FORTY = Array.from({ length: 40 }, (_, i) => ({
  name: `${PLACES[i % PLACES.length]} ${Math.floor(i / PLACES.length) + 1}`,
  days: 10 + ((i * 37) % 300),
  reviewed: i % 3 === 0 ? (i * 7) % 60 : null,
  usedWhere: i % 4 === 3 ? '' : `Desk ${i + 1}`,
}));

/** label → inventory, view, colour scheme, language and what is done once the popup is open. */
export const POPUP_STATES = [
  { label: 'popup-empty', title: 'Empty: what app passwords are', records: [] },
  { label: 'popup-few', title: 'A few records', records: FEW },
  { label: 'popup-stale', title: 'Stale ones, and records without their account', records: STALE },
  { label: 'popup-40', title: '40 of 40: "Delete one first" is the primary action', records: FORTY },
  { label: 'popup-search', title: 'Search with a match count', records: FORTY, act: (p) => p.locator('#search').fill('scanner') },
  {
    label: 'popup-row-menu',
    title: 'A row\'s menu (keyboard: Enter opens, Escape closes)',
    records: STALE,
    act: async (p) => {
      await p.locator('[data-testid="record"] .menu-button').nth(1).focus();
      await p.keyboard.press('Enter');
    },
  },
  {
    label: 'popup-undo',
    title: 'Remove record, with Undo',
    records: STALE,
    act: async (p) => {
      await p.locator('[data-testid="record"] .menu-button').nth(2).click();
      await p.getByRole('menuitem', { name: 'Remove record' }).click();
      await p.locator('.toast.shown').waitFor();
    },
  },
  { label: 'popup-settings', title: 'Settings: each change saves at once', records: FEW, view: 'settings' },
  { label: 'popup-dark', title: 'Dark', records: STALE, dark: true },
  { label: 'popup-settings-dark', title: 'Settings, dark', records: FEW, view: 'settings', dark: true },
  { label: 'popup-de', title: 'German', records: STALE, lang: 'de' },
  { label: 'popup-de-settings', title: 'German settings', records: FEW, lang: 'de', view: 'settings' },
  { label: 'popup-fr', title: 'French', records: STALE, lang: 'fr' },
  { label: 'popup-de-40', title: 'German, 40 of 40', records: FORTY, lang: 'de' },
];

/** Starts Chromium with the extension in one UI language (chrome.i18n follows the browser's, set by --lang and LANGUAGE). */
export async function launchInLanguage(dist, lang, headless = true) {
  const context = await chromium.launchPersistentContext('', {
    headless,
    executablePath: CHROMIUM_PATH,
    viewport: POPUP_SIZE,
    locale: lang,
    env: { ...process.env, LANGUAGE: lang, LANG: `${lang}.UTF-8` },
    args: [...withExtension(dist), ...CHROMIUM_FLAGS, `--lang=${lang}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host };
}

/** Replaces the whole inventory with `records` through the popup's own messages. */
export async function setInventory(page, records) {
  const file = { format: 'app-password-guide', version: 1, exportedAt: new Date().toISOString(), records: records.map((r, i) => record(i, r)) };
  await page.evaluate(async (text) => {
    const send = (type, payload = {}) => chrome.runtime.sendMessage({ type, payload });
    const list = await send('records/list');
    for (const r of list.value) await send('records/remove', { id: r.id });
    const reply = await send('records/import', { format: 'json', text });
    if (!reply.ok) throw new Error(reply.error.message);
  }, JSON.stringify(file));
}

/**
 * Screenshots every state into `folder` (one Chromium per language) and returns
 * [{ file, label, title }] in POPUP_STATES order.
 */
export async function capturePopupStates(dist, folder, { states = POPUP_STATES, log = console.log } = {}) {
  const shots = [];
  for (const lang of new Set(states.map((s) => s.lang ?? 'en'))) {
    const { context, extensionId } = await launchInLanguage(dist, lang);
    try {
      const url = `chrome-extension://${extensionId}/src/popup/index.html`;
      for (const state of states.filter((s) => (s.lang ?? 'en') === lang)) {
        const page = await context.newPage();
        await page.setViewportSize(POPUP_SIZE);
        await page.emulateMedia({ colorScheme: state.dark ? 'dark' : 'light' });
        await page.goto(url);
        await setInventory(page, state.records);
        await page.goto('about:blank'); // a new document, not only a new #hash
        await page.goto(state.view === 'settings' ? `${url}#settings` : url);
        await page.locator(state.view === 'settings' ? '.settings' : '.inventory').waitFor();
        if (state.act) await state.act(page);
        await page.waitForTimeout(250); // transitions (toast, menu) settle
        const file = `${folder}/${state.label}.png`;
        await page.screenshot({ path: file });
        shots.push({ file, label: state.label, title: state.title });
        log(`  ✓ ${state.label}: ${state.title}`);
        await page.close();
      }
    } finally {
      await context.close();
    }
  }
  return shots;
}
