import type { StepId } from '../shared/steps';
import { t } from '../shared/i18n';

const STYLE = `
:host { color-scheme: light dark; }
.panel {
  pointer-events: auto; position: fixed; right: 16px; bottom: 16px; max-width: 340px;
  font: 14px/1.45 system-ui, "Segoe UI", sans-serif; border-radius: 8px; padding: 12px 14px;
  background: Canvas; color: CanvasText; border: 1px solid color-mix(in srgb, CanvasText 25%, transparent);
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
}
.title { font-weight: 600; margin: 0 0 4px; }
.body { margin: 0; }
`;

/** The panel's text, announced politely to screen readers whenever the step changes. */
export function createPanel(root: ShadowRoot): { show(step: StepId): void } {
  const style = document.createElement('style');
  style.textContent = STYLE;
  const panel = document.createElement('section');
  panel.className = 'panel';
  panel.setAttribute('aria-label', t('extName'));
  const title = document.createElement('p');
  title.className = 'title';
  title.textContent = t('extName');
  const body = document.createElement('p');
  body.className = 'body';
  body.setAttribute('aria-live', 'polite');
  panel.append(title, body);
  root.append(style, panel);
  return {
    show(step) {
      body.textContent = t(`step_${step.replaceAll('-', '_')}`);
    },
  };
}
