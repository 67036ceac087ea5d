/**
 * The guide's UI, plain DOM in our shadow root. It never touches Microsoft's elements: the target is
 * marked by an outline we draw in our own layer, and focus is never moved (the user stays in
 * Microsoft's dialog); the collapse button is reachable with Tab like any control.
 */
import { isolate, t } from '../shared/i18n';
import type { StepId } from '../shared/steps';
import type { PanelExtra, StepMessage } from './detect/step';
import { type Box, placeBeside } from './place';
import { PANEL_STYLE } from './panel-style';

export interface PanelContent {
  step: StepId;
  /** i18n key of the step's short name. */
  title: string;
  message: StepMessage;
  facts: string[];
  /** What the step asks the panel to add under the facts. */
  extras: readonly PanelExtra[];
  target: Element | null;
  /** Microsoft's controls on this screen: the panel avoids covering them. */
  avoid: Element[];
  helpDesk?: { url?: string; text?: string; organisation?: string };
  /** i18n key of something the user should know about this moment (a name that was not recorded). */
  notice?: string;
}

const WRITTEN_STEPS = ['written_1', 'written_2', 'written_3', 'written_4', 'written_5'];

/** The instruction; names in it are the user's text, kept from reordering the sentence around them. */
const instruction = (m: PanelContent['message']) => t(m.key, m.subs?.map(isolate));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function createPanel(root: ShadowRoot, onCollapse: (collapsed: boolean) => void) {
  const style = el('style');
  style.textContent = PANEL_STYLE;
  const outline = el('div', 'outline');
  outline.hidden = true;
  const panel = el('section', 'panel');
  panel.setAttribute('aria-label', t('extName'));
  panel.hidden = true;
  const bar = el('div', 'bar');
  const title = el('p', 'title');
  const toggle = el('button', 'toggle');
  toggle.type = 'button';
  bar.append(title, toggle);
  const content = el('div', 'content');
  // One polite live region: the user hears the new step (and a notice) after what they are doing,
  // without being interrupted.
  const live = el('div');
  live.setAttribute('aria-live', 'polite');
  const say = el('p', 'say');
  const notice = el('p', 'notice');
  notice.hidden = true;
  live.append(say, notice);
  const facts = el('ul');
  const written = el('ol');
  content.append(live, facts, written);
  panel.append(bar, content);
  root.append(style, outline, panel);

  let collapsed = false;
  let target: Element | null = null;
  let avoid: Element[] = [];
  let shownStep = '';
  let shownNotice: string | undefined;

  function setCollapsed(value: boolean) {
    collapsed = value;
    panel.classList.toggle('collapsed', value);
    toggle.textContent = value ? '+' : '−';
    toggle.setAttribute('aria-expanded', String(!value));
    toggle.setAttribute('aria-label', t(value ? 'panel_expand' : 'panel_collapse'));
    place();
  }

  toggle.addEventListener('click', () => {
    setCollapsed(!collapsed);
    onCollapse(collapsed);
  });

  /** Keeps the outline on the target and the panel beside it; cheap enough to run every frame it is asked. */
  function place() {
    // Every read first, every write last: a write before a read would make the browser lay out
    // Microsoft's whole page a second time within the frame.
    const rect = target?.isConnected ? target.getBoundingClientRect() : null;
    const box: Box | null = rect && rect.width + rect.height > 0 ? { left: rect.left, top: rect.top, width: rect.width, height: rect.height } : null;
    const size = { width: panel.offsetWidth, height: panel.offsetHeight };
    const others = avoid.filter((c) => c !== target && c.isConnected).slice(0, 80).map((c) => c.getBoundingClientRect());
    const at = placeBeside(
      box && { ...box, left: box.left - 4, top: box.top - 4, width: box.width + 8, height: box.height + 8 },
      size,
      { width: document.documentElement.clientWidth || innerWidth, height: innerHeight },
      others.filter((r) => r.width && r.height).map((r) => ({ left: r.left, top: r.top, width: r.width, height: r.height })),
    );
    outline.hidden = !box;
    if (box) {
      Object.assign(outline.style, { left: `${box.left - 4}px`, top: `${box.top - 4}px`, width: `${box.width + 2}px`, height: `${box.height + 2}px` });
    }
    panel.style.left = `${at.left}px`;
    panel.style.top = `${at.top}px`;
  }

  function fill(c: PanelContent) {
    title.textContent = `${t('extName')} · ${t(c.title)}`;
    say.textContent = instruction(c.message);
    facts.replaceChildren(...c.facts.map((key) => el('li', '', t(key))));
    if (c.extras.includes('help-desk')) facts.append(helpDeskItem(c.helpDesk));
    written.replaceChildren(...(c.extras.includes('written-steps') ? WRITTEN_STEPS.map((key) => el('li', '', t(key))) : []));
  }

  setCollapsed(false);

  return {
    setCollapsed,
    setVisible(visible: boolean) {
      panel.hidden = !visible;
      outline.hidden = !visible || !target;
      if (visible) place();
    },
    show(c: PanelContent) {
      target = c.target;
      avoid = c.avoid;
      if (c.step !== shownStep || say.textContent !== instruction(c.message)) {
        shownStep = c.step;
        fill(c);
      }
      if (c.notice !== shownNotice) {
        shownNotice = c.notice;
        notice.textContent = c.notice ? t(c.notice) : '';
        notice.hidden = !c.notice;
      }
      if (!panel.hidden) place();
    },
    place,
  };
}

function helpDeskItem(help: PanelContent['helpDesk']): HTMLLIElement {
  const item = el('li');
  const who = help?.organisation ? t('fact_help_desk_org', isolate(help.organisation)) : t('fact_help_desk');
  item.append(who);
  if (help?.text) item.append(' ', el('bdi', '', help.text));
  if (help?.url) {
    const link = el('a', '', t('help_desk_link'));
    link.href = help.url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    item.append(' ', link);
  }
  return item;
}
