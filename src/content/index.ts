/**
 * The content script: look at the page, set data-step on our host within a frame of any change, and
 * show the panel. It starts detecting at once; the settings and IT policy arrive from the background
 * a moment later and only refine what it shows.
 */
import type { GuideConfig } from '../shared/messages/guide';
import { send } from '../shared/send';
import { detect } from './detect/detect-step';
import { guard } from './guard';
import { ensureAttached, mountHost } from './host';
import type { PageFacts } from './page-facts';
import { createPanel } from './panel';
import { readPageFacts } from './read-facts';
import { reportFacts, reported } from './capture/report';
import { createNameTyping, listenForTyping } from './capture/typed-name';
import { createUsedWhereOffer } from './used-where/offer';
import { watchLayout, watchPage } from './watch';

const { host, root } = mountHost(document);
let toggledHere = false;
const panel = createPanel(host, root, (collapsed) => {
  toggledHere = true;
  // panelCollapsed is never locked by policy; the background stays the only writer of settings.
  void send('settings/panel-collapsed', { collapsed });
});
const usedWhere = createUsedWhereOffer(reported, () => panel.refit());
let config: GuideConfig | null = null;
let previous: PageFacts | null = null;
// Before the page watcher: the user's keystroke is noted before the look it causes.
const typing = createNameTyping();
listenForTyping(window, typing);

function look(): void {
  // While an app swaps <html> out there is no page to look at; the swap itself brings the next look.
  if (!document.documentElement) return;
  ensureAttached(document, host);
  const { step, view, definition } = detect(document, location.href, previous, config?.extraLabels);
  const facts = readPageFacts(view, step, typing);
  // Only the name field of a naming step is listened to; input anywhere else is never read.
  typing.expect(facts.nameField ?? null);
  // Capture: metadata only (names, account, list rows), never the password; see src/content/capture.
  const { nameRefused, created } = reportFacts(facts);
  const task = config?.task ?? null;
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

guard(look)();
watchPage(look);
watchLayout(() => panel.place());

async function configure(): Promise<void> {
  const reply = await send('guide/config', { host: location.host });
  if (!reply.ok) return;
  config = reply.value;
  // Rows read without IT's labels are not comparable with rows read with them.
  previous = previous && { ...previous, appPasswordNames: null };
  // A toggle the user made before the settings arrived is newer than what they say.
  if (!toggledHere) panel.setCollapsed(config.collapsed);
  panel.setVisible(config.enabled);
  look();
  if (config.policyPending) setTimeout(guard(configure), 4000);
}

guard(configure)();
