/**
 * The content script: look at the page, set data-step on our host within a frame of any change, and
 * show the panel. It starts detecting at once; the settings and IT policy arrive from the background
 * a moment later and only refine what it shows.
 */
import type { GuideConfig } from '../shared/messages/guide';
import { send } from '../shared/send';
import type { StepId } from '../shared/steps';
import { detect } from './detect/detect-step';
import { ensureAttached, mountHost } from './host';
import type { PageFacts } from './page-facts';
import { createPanel } from './panel';
import { readPageFacts } from './read-facts';
import { reportFacts } from './capture/report';
import { watchLayout, watchPage } from './watch';

const { host, root } = mountHost(document);
let toggledHere = false;
const panel = createPanel(root, (collapsed) => {
  toggledHere = true;
  // panelCollapsed is never locked by policy; the background stays the only writer of settings.
  void send('settings/panel-collapsed', { collapsed });
});
let config: GuideConfig | null = null;
let previous: PageFacts | null = null;

/** The task from the popup is done once the guide sees its result. */
const FINISHES: Partial<Record<StepId, 'create' | 'delete'>> = { created: 'create', deleted: 'delete' };

function look(): void {
  ensureAttached(document, host);
  const { step, view, definition } = detect(document, location.href, previous, config?.extraLabels);
  const facts = readPageFacts(view, step);
  // Capture: metadata only (names, account, list rows), never the password; see src/content/capture.
  reportFacts(facts);
  const task = config?.task ?? null;
  host.dataset.step = step;
  panel.show({
    step,
    message: definition?.message(view, task) ?? { key: 'step_unfamiliar' },
    facts: definition?.facts(task) ?? [],
    target: definition?.target(view, task) ?? null,
    avoid: view.controls,
    helpDesk: { url: config?.helpDeskUrl, text: config?.helpDeskText, organisation: config?.organisationName },
  });
  if (step !== previous?.step) {
    void send('page/seen', { url: location.href, step });
    if (config?.task && FINISHES[step] === config.task.kind) {
      config.task = null;
      void send('guide/task-clear');
    }
  }
  previous = facts;
}

look();
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
  if (config.policyPending) setTimeout(configure, 4000);
}

void configure();
