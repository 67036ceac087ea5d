/**
 * The content script: look at the page, set data-step on our host within a frame of any change, and
 * show the panel. It starts detecting at once; the settings and IT policy arrive from the background
 * a moment later and only refine what it shows.
 */
import type { GuideConfig } from '../shared/messages/guide';
import type { Stalest } from '../shared/stale';
import type { StepId } from '../shared/steps';
import type { Task } from './detect/view';
import { send } from '../shared/send';
import { detect } from './detect/detect-step';
import { FALLBACK } from './detect/registry';
import { guard } from './guard';
import { ensureAttached, mountHost } from './host';
import type { PageFacts } from './page-facts';
import { createPanel } from './panel';
import { readPageFacts } from './read-facts';
import { reportFacts, reported, restoreFlow, tenantOf } from './capture/report';
import { createNameTyping, listenForTyping } from './capture/typed-name';
import { createPressedRow } from './pressed-row';
import { LOADING_MS, loadingEnded } from './loading';
import { createUsedWhereOffer } from './used-where/offer';
import { watchLayout, watchPage } from './watch';

const { host, root } = mountHost(document);
let toggledHere = false;
const panel = createPanel(
  host,
  root,
  (collapsed) => {
    toggledHere = true;
    // panelCollapsed is never locked by policy; the background stays the only writer of settings.
    void send('settings/panel-collapsed', { collapsed });
  },
  // The background injects the report's own script into this page (src/content/report), which asks reportInput.
  async () => (await send('report/make')).ok,
);
const usedWhere = createUsedWhereOffer(reported, () => panel.refit());
let config: GuideConfig | null = null;
let previous: PageFacts | null = null;
/** The account last seen for this page's tenant in this browser session (the background keeps it). */
let remembered = '';
/** The look before the last one: what the last look's step was decided from. */
let before: PageFacts | null = null;

/**
 * For the page report's script, injected on demand into this same isolated world (never the
 * page's): what the last look was decided from, so the report sees the page as the guide did.
 */
export const reportInput = () => ({ previous: before, extraLabels: config?.extraLabels });
/** A look from anywhere but the watcher (which guards its own): nothing of ours may throw into the page. */
const safeLook = guard(look);
// Before the page watcher: the user's keystroke is noted before the look it causes.
// A box typed into before any look judged it is judged at once, by a look (see typed-name.ts).
const typing = createNameTyping(() => safeLook());
listenForTyping(window, typing);
// Which row's "Delete" the user pressed, so the confirmation can name it (Microsoft's dialog does not).
const pressedRow = createPressedRow();
window.addEventListener('click', guard((e: MouseEvent) => e.isTrusted && pressedRow.pressed(e.target)), { capture: true, passive: true });

/** At Microsoft's limit, the stalest listed app password as the background judged it, for this account and list. */
let stalest: { key: string; value: Stalest | null } | null = null;

/** With no task from the popup, at the limit: point at the stalest listed app password (asked of the background once per list). */
function stalestTask(step: StepId, facts: PageFacts): Task | null {
  const names = facts.appPasswordNames;
  if (step !== 'limit-reached' || config?.task || !names) return null;
  const key = JSON.stringify([facts.account, names]);
  if (stalest?.key !== key) {
    const asked: { key: string; value: Stalest | null } = { key, value: null };
    stalest = asked;
    void send('guide/stalest', { account: facts.account, names }).then(
      guard((reply) => {
        if (!reply.ok || stalest !== asked || !reply.value) return;
        asked.value = reply.value;
        look();
      }),
    );
  }
  const found = stalest.value;
  return found && { kind: 'delete', name: found.name, account: facts.account, stale: found };
}

/** When this stretch of `loading` began (0: the page is not loading), and the look that ends its wait. */
let loadingSince = 0;
let loadingTimer = 0;

function look(): void {
  // While an app swaps <html> out there is no page to look at; the swap itself brings the next look.
  if (!document.documentElement) return;
  ensureAttached(document, host);
  before = previous;
  let { step, view, definition } = detect(document, location.href, previous, config?.extraLabels);
  if (step === 'loading') {
    // Quiet while the page is drawn, watching what ends it; unfamiliar once it has taken too long.
    watcher.lookWhen(loadingEnded(view));
    const now = performance.now();
    loadingSince ||= now;
    if (now - loadingSince >= LOADING_MS) {
      definition = FALLBACK;
      step = 'unfamiliar';
    } else loadingTimer ||= window.setTimeout(safeLook, loadingSince + LOADING_MS - now + 20);
  } else {
    watcher.lookWhen(null);
    loadingSince = 0;
    clearTimeout(loadingTimer);
    loadingTimer = 0;
  }
  const facts = readPageFacts(view, step, typing);
  // Where the page shows no account, the one last seen for this tenant in this browser session.
  facts.account ||= remembered;
  // Only the name field of a naming step is listened to; input anywhere else is never read.
  typing.expect(facts.nameField ?? null);
  // Capture: metadata only (names, account, list rows), never the password; see src/content/capture.
  const { nameRefused, created } = reportFacts(facts);
  pressedRow.seen(step, () => view.appPasswordRows);
  const task = stalestTask(step, facts) ?? pressedRow.taskFor(step, config?.task ?? null, facts.account);
  host.dataset.step = step;
  panel.show({
    step,
    title: definition.title,
    message: definition.message(view, task, facts.account),
    facts: definition.facts(task),
    extras: definition.extras ?? [],
    target: definition.target(view, task, facts.account),
    // What the user must be able to read: the App password rows, and an open dialog (its title, labels, controls).
    keep: [...view.appPasswordRows.map((r) => r.row), ...(view.dialog ? [view.dialog] : [])],
    avoid: view.controls,
    notice: nameRefused ? 'guide_name_not_recorded' : undefined,
    extra: usedWhere.update(step, created),
    helpDesk: { url: config?.helpDeskUrl, text: config?.helpDeskText, organisation: config?.organisationName },
  });
  if (step !== previous?.step) {
    // The origin is all the background keeps (the popup says on which site the guide last ran).
    void send('page/seen', { url: location.origin, step });
    // The popup's task is done once the guide sees the step that finishes it.
    if (config?.task && definition.role.finishes === config.task.kind) {
      config.task = null;
      void send('guide/task-clear');
    }
  }
  previous = facts;
}

const watcher = watchPage(look);
safeLook();
watchLayout(() => panel.place());

async function configure(): Promise<void> {
  const reply = await send('guide/config', { host: location.host });
  if (!reply.ok) return;
  config = reply.value;
  // Rows read without IT's labels are not comparable with rows read with them.
  previous = previous && { ...previous, appPasswordNames: null };
  // A toggle the user made before the settings arrived is newer than what they say.
  if (!toggledHere) panel.setCollapsed(config.collapsed);
  panel.setReports(config.reports);
  panel.setVisible(config.enabled);
  look();
  if (config.policyPending) setTimeout(guard(configure), 4000);
}

guard(configure)();

/**
 * Goes on from what this tab's flow saw on its earlier pages (the legacy pages post back on every
 * step; a reload starts a new content script): capture holds its readings until this answers.
 */
async function resume(): Promise<void> {
  const reply = await send('capture/flow-load', { tenant: tenantOf(location.href) })
  const { flow, account } = reply.ok ? reply.value : { flow: null, account: '' };
  remembered = account;
  // The step and rows the flow saw last are what this page follows on from.
  if (flow) previous = { step: flow.step, url: location.href, account, appPasswordNames: flow.list?.names ?? null, typedName: null };
  restoreFlow(flow, account);
  look();
}

guard(resume)();
