/**
 * The guide's UI, plain DOM in our shadow root. It never touches Microsoft's elements: the target is
 * marked by an outline we draw in our own layer, and focus is never moved (the user stays in
 * Microsoft's dialog); the collapse button is reachable with Tab like any control.
 */
import { isolate, t } from '../shared/i18n';
import { SECURITY_INFO_URL } from '../shared/microsoft';
import type { StepId } from '../shared/steps';
import type { PanelExtra, StepMessage } from './detect/step';
import { guard } from './guard';
import { type Box, type Mode, placePanel } from './place';
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
  /** What the user needs to see on this screen (App password rows, an open dialog): never covered. */
  keep: Element[];
  /** Microsoft's other controls on this screen: covered only when there is no other place. */
  avoid: Element[];
  helpDesk?: { url?: string; text?: string; organisation?: string };
  /** i18n key of something the user should know about this moment (a name that was not recorded). */
  notice?: string;
  /** Our own UI for this moment, under the facts (the "Where will you use it?" field). */
  extra?: Element | null;
}

const WRITTEN_STEPS = [1, 2, 3, 4, 5].map((n) => `written_${n}`);
/** Stands in for the URL in written_1, so the URL can become a link wherever the language puts it. */
const URL_MARK = '\u0001';
/** The most rectangles measured per look: Microsoft's lists are short, a hostile page's are not. */
const MAX_BOXES = 80;

/** The instruction; names in it are the user's text, kept from reordering the sentence around them. */
const instruction = (m: PanelContent['message']) => t(m.key, m.subs?.map(isolate));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = el('a', '', text);
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

const px = (n: number) => `${n}px`;

const button = (className: string) => Object.assign(el('button', className), { type: 'button' });

/** Rectangles of elements still on the page and drawn, in viewport pixels. */
const boxes = (list: Element[]): Box[] =>
  list
    .filter((e) => e.isConnected)
    .slice(0, MAX_BOXES)
    .map((e) => e.getBoundingClientRect())
    .filter((r) => r.width && r.height);

export function createPanel(
  host: HTMLElement,
  root: ShadowRoot,
  onCollapse: (collapsed: boolean) => void,
  /** Saves a page report of the page as it is now; true once it is kept (see src/content/report). */
  onReport: () => Promise<boolean>,
) {
  const style = el('style');
  style.textContent = PANEL_STYLE;
  const outline = el('div', 'outline');
  outline.hidden = true;
  const panel = el('section', 'panel');
  panel.setAttribute('aria-label', t('extName'));
  panel.hidden = true;
  const bar = el('div', 'bar');
  const title = el('p', 'title');
  const toggle = button('toggle');
  bar.append(title, toggle);
  const content = el('div', 'content');
  // One polite live region: the user hears the new step (and a notice) after what they are doing,
  // without being interrupted.
  const live = el('div');
  live.setAttribute('aria-live', 'polite');
  const say = el('p', 'say');
  const notice = el('p', 'notice');
  notice.hidden = true;
  // What became of a page report: said in the same region, after the instruction.
  const reported = el('p', 'reported');
  live.append(say, notice, reported);
  const facts = el('ul');
  // The written steps are there for the unfamiliar page, folded: most pages need only one line.
  const stepsToggle = button('steps');
  const written = el('ol');
  // Always there (a contract, see ../shared/design.md); prominent where the guide does not know the page.
  const report = button('');
  report.dataset.action = 'report-page';
  const slot = el('div');
  content.append(live, facts, slot, stepsToggle, written, report);
  panel.append(bar, content);
  root.append(style, outline, panel);

  let collapsed = false;
  let target: Element | null = null;
  let keep: Element[] = [];
  let avoid: Element[] = [];
  let shownStep = '';
  let shownNotice: string | undefined;
  /** Panel heights by mode and width; they change only with the panel's content. */
  const heights = new Map<string, number>();

  function setCollapsed(value: boolean) {
    collapsed = value;
    toggle.textContent = value ? '+' : '−';
    toggle.setAttribute('aria-expanded', String(!value));
    toggle.setAttribute('aria-label', t(value ? 'panel_expand' : 'panel_collapse'));
    heights.clear();
    place();
  }

  function showSteps(open: boolean) {
    written.hidden = !open;
    stepsToggle.setAttribute('aria-expanded', String(open));
    stepsToggle.textContent = t(open ? 'panel_hide_steps' : 'panel_show_steps');
    heights.clear();
  }

  toggle.addEventListener(
    'click',
    guard(() => {
      setCollapsed(!collapsed);
      onCollapse(collapsed);
    }),
  );
  report.addEventListener(
    'click',
    guard(async () => {
      report.disabled = reported.hidden = true;
      reported.textContent = '';
      reported.textContent = t((await onReport()) ? 'report_saved' : 'report_failed');
      report.disabled = reported.hidden = false;
      heights.clear();
      place();
    }),
  );
  stepsToggle.addEventListener(
    'click',
    guard(() => {
      showSteps(!!written.hidden);
      place();
    }),
  );

  function shape(mode: Mode, width: number) {
    panel.className = `panel${mode === 'full' ? '' : ' slim'}${collapsed ? ' collapsed' : ''}`;
    panel.style.width = collapsed ? '' : px(width);
  }

  function measure(mode: Mode, width: number): number {
    const key = mode + width;
    let height = heights.get(key);
    if (height === undefined) {
      shape(mode, width);
      height = panel.offsetHeight;
      heights.set(key, height);
    }
    return height;
  }

  /** Keeps the outline on the target and the panel beside it; cheap enough to run every frame it is asked. */
  function place() {
    if (panel.hidden) return;
    // Every read of Microsoft's page first: a write before a read would make the browser lay out
    // the whole page a second time within the frame. Our own measuring touches only our layer.
    const rect = target?.isConnected ? target.getBoundingClientRect() : null;
    const box: Box | null = rect && rect.width + rect.height > 0 ? { left: rect.left - 4, top: rect.top - 4, width: rect.width + 8, height: rect.height + 8 } : null;
    const hard = boxes(keep.filter((e) => e !== target));
    const soft = boxes(avoid.filter((e) => e !== target && !keep.includes(e)));
    // Our host is fixed to the viewport unless an ancestor is transformed, and CSS zoom scales it:
    // work in viewport pixels, then undo the scale and offset for our own layer.
    const frame = host.getBoundingClientRect();
    const scale = frame.width / host.offsetWidth || 1;
    // The part of the page the user sees: smaller than the window, and moved, when pinch-zoomed
    // (every browser we support has visualViewport).
    const vv = visualViewport!;
    const view = { left: vv.offsetLeft, top: vv.offsetTop, width: vv.width, height: vv.height };
    const zoom = String(1 / scale);
    if (panel.style.zoom !== zoom) panel.style.zoom = outline.style.zoom = zoom;
    // A collapsed panel is as wide as its title: measured at the left edge, where nothing squeezes it.
    if (collapsed) {
      shape('full', 0);
      panel.style.left = '0';
    }
    const natural = collapsed ? [panel.offsetWidth] : undefined;
    const at = placePanel(box, hard, soft, view, measure, natural);
    outline.hidden = !box;
    if (box) {
      Object.assign(outline.style, { left: px(box.left - frame.left), top: px(box.top - frame.top), width: px(box.width - 6), height: px(box.height - 6) });
    }
    shape(at.mode, at.width);
    Object.assign(panel.style, { left: px(at.left - frame.left), top: px(at.top - frame.top), maxHeight: at.mode === 'dock' ? px(at.height) : '' });
  }

  function fill(c: PanelContent) {
    title.textContent = `${t('extName')}\u00a0· ${t(c.title)}`;
    say.textContent = instruction(c.message);
    facts.replaceChildren(...c.facts.map((key) => el('li', '', t(key))));
    if (c.extras.includes('help-desk')) facts.append(helpDeskItem(c.helpDesk));
    const writtenSteps = c.extras.includes('written-steps');
    stepsToggle.hidden = !writtenSteps;
    written.replaceChildren(...(writtenSteps ? WRITTEN_STEPS.map(writtenStep) : []));
    showSteps(false);
    // On an unfamiliar page the panel already says so: a short button beside "Show the steps".
    const unknown = c.step === 'unfamiliar';
    report.className = unknown ? 'prominent' : 'quiet';
    report.textContent = t(unknown ? 'report_page_short' : 'report_page');
  }

  setCollapsed(false);
  // The host's box changes with the window and with CSS zoom on <html>, which fires no other event.
  new ResizeObserver(guard(place)).observe(host);

  // Hidden until the settings say the guide is on for this site.
  let enabled = false;
  let quiet = false;
  /** Shown when the guide is on for this site and the step has something to say (a loading page has not). */
  function setShown() {
    panel.hidden = !enabled || quiet;
    outline.hidden = panel.hidden || !target;
    place();
  }

  return {
    setCollapsed,
    /** IT can turn page reports off (policy pageReports: false). */
    setReports(enabled: boolean) {
      report.hidden = !enabled;
      heights.clear();
    },
    setVisible(visible: boolean) {
      enabled = visible;
      setShown();
    },
    show(c: PanelContent) {
      quiet = c.extras.includes('quiet');
      if (enabled && quiet !== panel.hidden) setShown();
      target = c.target;
      keep = c.keep;
      avoid = c.avoid;
      if (c.step !== shownStep || say.textContent !== instruction(c.message)) {
        // What became of a report belongs to the step it was made on.
        if (c.step !== shownStep) reported.hidden = !(reported.textContent = '');
        shownStep = c.step;
        fill(c);
      }
      if ((c.extra ?? null) !== slot.firstChild) {
        slot.replaceChildren(...(c.extra ? [c.extra] : []));
        heights.clear();
      }
      if (c.notice !== shownNotice) {
        shownNotice = c.notice;
        notice.textContent = c.notice ? t(c.notice) : '';
        notice.hidden = !c.notice;
      }
      place();
    },
    place,
    /** The panel's content changed size without a new look (the extra UI answered the user). */
    refit() {
      heights.clear();
      place();
    },
  };
}

function writtenStep(key: string): HTMLLIElement {
  const item = el('li');
  const [before, after] = t(key, URL_MARK).split(URL_MARK);
  item.append(before);
  if (after !== undefined) item.append(link(SECURITY_INFO_URL, SECURITY_INFO_URL.replace('https://', '')), after);
  return item;
}

function helpDeskItem(help: PanelContent['helpDesk']): HTMLLIElement {
  const item = el('li');
  const who = help?.organisation ? t('fact_help_desk_org', isolate(help.organisation)) : t('fact_help_desk');
  item.append(who);
  if (help?.text) item.append(' ', el('bdi', '', help.text));
  if (help?.url) item.append(' ', link(help.url, t('help_desk_link')));
  return item;
}
