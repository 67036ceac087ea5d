// The guide's panel beyond the 1280 × 800 English walk: at 1024 and 800 px wide, dark, in German and
// French (the longest languages), and the "Where will you use it?" field after a guided create in
// each of its states. Each state walks the replica's create flow (clicking Microsoft's controls as a
// user would) up to the screen it shows; `npm start` screenshots them headless.
import { REPLICA_HOSTS, replicaResponse } from '../../test/fixtures/replica/serve.mjs';
import { launchInLanguage } from './popup-states.mjs';

const SI = 'https://mysignins.microsoft.com/security-info';
const WIDE = { width: 1280, height: 800 };
const MID = { width: 1024, height: 700 };
const NARROW = { width: 800, height: 600 };

/** How far each state walks the create flow; later ones do everything the earlier ones do. */
const UNTIL = ['security-info', 'copy-password', 'created', 'typed', 'saved', 'refused'];

/** label → language (browser and replica), window size, colour scheme, and how far to walk. */
export const PANEL_STATES = [
  { label: 'panel-1024-list', title: '1024 × 700: the list, rows left readable', size: MID, until: 'security-info' },
  { label: 'panel-1024-password', title: '1024 × 700: the password shown', size: MID, until: 'copy-password' },
  { label: 'panel-1024-used-where', title: '1024 × 700: created, "Where will you use it?"', size: MID, until: 'created' },
  { label: 'panel-800-list', title: '800 × 600: the list', size: NARROW, until: 'security-info' },
  { label: 'panel-800-used-where', title: '800 × 600: created, "Where will you use it?"', size: NARROW, until: 'created' },
  { label: 'panel-used-where-saved', title: '"Where will you use it?": saved (Enter or Save)', size: WIDE, until: 'saved' },
  { label: 'panel-used-where-refused', title: '"Where will you use it?": a password-shaped answer refused', size: WIDE, until: 'refused' },
  { label: 'panel-delete-task', title: 'Deleting from the popup: the row named, then the confirmation names it', size: MID, until: 'confirm-delete', task: { kind: 'delete', name: 'Scanner in the office', account: 'ada@contoso.com' } },
  { label: 'panel-delete-other-account', title: 'Deleting one of another account: both accounts named', size: MID, until: 'security-info', task: { kind: 'delete', name: 'Scanner in the office', account: 'bob@fabrikam.com' } },
  { label: 'panel-dark-used-where', title: 'Dark: created, "Where will you use it?"', size: WIDE, until: 'created', dark: true },
  { label: 'panel-de-password', title: 'German: the password shown', size: WIDE, until: 'copy-password', lang: 'de' },
  { label: 'panel-de-used-where', title: 'German, 1024 × 700: created, "Where will you use it?"', size: MID, until: 'typed', lang: 'de' },
  { label: 'panel-fr-list', title: 'French, 1024 × 700: the list', size: MID, until: 'security-info', lang: 'fr' },
  { label: 'panel-fr-used-where', title: 'French, 800 × 600: created, "Where will you use it?"', size: NARROW, until: 'refused', lang: 'fr' },
];

const NAMES = { en: 'Outlook on laptop 2', de: 'Outlook am Laptop 2', fr: 'Outlook sur le portable 2' };
const WHERE = { en: 'Outlook 2016 at my desk', de: 'Outlook 2016 am Schreibtisch', fr: 'Outlook 2016 à mon bureau' };

async function walk(page, state, lang) {
  const at = (n) => UNTIL.indexOf(state.until) >= n;
  const step = (id) => page.locator(`#app-password-guide[data-step="${id}"]`).waitFor({ state: 'attached', timeout: 10_000 });
  const click = (r) => page.locator(`[data-r="${r}"]`).click();
  await page.goto(`${SI}?lng=${lang}`);
  await step('security-info');
  if (state.until === 'confirm-delete') {
    await click(`delete-${state.task.name}`);
    await step('confirm-delete');
  }
  if (!at(1)) return;
  await click('add');
  await click('show-more');
  await click('option-app-password');
  await page.locator('[data-r="name"]').fill(NAMES[lang] ?? NAMES.en);
  await click('next');
  await step('copy-password');
  if (!at(2)) return;
  await click('done');
  await step('created');
  const field = page.locator('#app-password-guide .uw input');
  await field.waitFor();
  if (!at(3)) return;
  await field.fill(state.until === 'refused' ? 'abcd efgh ijkl mnop' : (WHERE[lang] ?? WHERE.en));
  if (!at(4)) return;
  await field.press('Enter');
  await page.locator('#app-password-guide .uw [aria-live="polite"]:not(:empty)').waitFor();
}

/** Screenshots every state into `folder` (one Chromium per language); returns [{ file, title, ok }]. */
export async function capturePanelStates(dist, folder, { states = PANEL_STATES, log = console.log } = {}) {
  const shots = [];
  for (const lang of new Set(states.map((s) => s.lang ?? 'en'))) {
    const { context, extensionId } = await launchInLanguage(dist, lang);
    await context.route(REPLICA_HOSTS, (route) => route.fulfill(replicaResponse(route.request().url())));
    try {
      for (const state of states.filter((s) => (s.lang ?? 'en') === lang)) {
        const page = await context.newPage();
        await page.setViewportSize(state.size);
        await page.emulateMedia({ colorScheme: state.dark ? 'dark' : 'light' });
        let ok = true;
        try {
          // The popup hands the guide its task ("Delete on Microsoft's page"), as its row menu does.
          await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
          const reply = await page.evaluate((task) => chrome.runtime.sendMessage(task ? { type: 'guide/task-set', payload: task } : { type: 'guide/task-clear', payload: {} }), state.task ?? null);
          if (!reply?.ok) throw new Error(`guide task: ${JSON.stringify(reply)}`);
          await walk(page, state, lang);
        } catch (error) {
          ok = false;
          log(`  ✖ ${state.label}: ${String(error?.message ?? error).split('\n')[0]}`);
        }
        // Settings and the task come from the background a moment after the step: let the panel show them and settle.
        await page.locator('#app-password-guide .panel').waitFor({ state: 'visible', timeout: 5_000 }).catch(() => {});
        await page.waitForTimeout(300);
        const file = `${folder}/${state.label}.png`;
        await page.screenshot({ path: file });
        shots.push({ file, title: state.title, ok });
        if (ok) log(`  ✓ ${state.label}: ${state.title}`);
        await page.close();
      }
    } finally {
      await context.close();
    }
  }
  // In PANEL_STATES order, whatever order the languages were taken in.
  return states.map((s) => shots.find((shot) => shot.file.endsWith(`/${s.label}.png`)));
}
