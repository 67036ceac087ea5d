import { send } from '../shared/send';
import { detectStep } from './detect/detect-step';
import { ensureAttached, mountHost } from './host';
import { createPanel } from './panel';

const { host, root } = mountHost(document);
const panel = createPanel(root);
let current = '';

function update(): void {
  ensureAttached(document, host);
  const step = detectStep(document, location.href);
  if (step === current) return;
  current = step;
  host.dataset.step = step;
  panel.show(step);
  void send('page/seen', { url: location.href, step });
}

update();
