import { send } from '../shared/send';
import { detectStep } from './detect/detect-step';
import { ensureAttached, mountHost } from './host';
import { createPanel } from './panel';
import { readCaptureFacts } from './capture/read-capture-facts';
import { reportFacts } from './capture/report';

const { host, root } = mountHost(document);
const panel = createPanel(root);
let current = '';

function update(): void {
  ensureAttached(document, host);
  const step = detectStep(document, location.href);
  // Capture: metadata only (names, account, list rows), never the password; see src/content/capture.
  reportFacts(readCaptureFacts(document, location.href, step));
  if (step === current) return;
  current = step;
  host.dataset.step = step;
  panel.show(step);
  void send('page/seen', { url: location.href, step });
}

update();
// Re-read on every change of the page, and on typing (typing changes no DOM), outside our own host.
new MutationObserver((records) => {
  if (records.every((r) => host.contains(r.target))) return;
  update();
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
document.addEventListener('input', update, true);
