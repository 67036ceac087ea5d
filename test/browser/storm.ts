/**
 * A seeded storm of DOM mutations, run inside Microsoft's (replica) page by the page itself: what a
 * misbehaving single-page app, an ad blocker or another extension could do to the DOM, including to
 * the elements the guide points at and to our own host. Self-contained, because Playwright sends it
 * to the page as source text.
 */
export interface StormOptions {
  seed: number;
  mutations: number;
  /** Mutations between two pauses, so the guide's observer and frames run in the middle of the storm. */
  batch: number;
}

export type StormReport = Record<string, number>;

export async function storm({ seed, mutations, batch }: StormOptions): Promise<StormReport> {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T,>(items: readonly T[]): T | undefined => items[int(0, items.length - 1)];
  const HOST = 'app-password-guide';
  const TEXTS = ['Delete', 'App password', 'Next', 'Done', 'Löschen', 'アプリ パスワード', 'Yes', 'Cancel', '<img src=x onerror=window.__pwned=1>', '\u202E', ''];
  const ATTRIBUTES = ['role', 'aria-label', 'aria-labelledby', 'aria-modal', 'class', 'hidden', 'style', 'type', 'href', 'data-r', 'id', 'name', 'disabled', 'readonly'];
  const VALUES = ['dialog', 'button', 'listitem', 'true', '', 'display:none', 'ms-Button--primary', 'Delete App password', 'x', 'submit'];

  /** Everything on the page but the inside of our host (a page cannot reach into it by accident). */
  const pageElements = () => [...document.body.querySelectorAll('*')];
  /** What the guide is most likely pointing at: the open dialog's parts, or the replica's controls. */
  const nearTarget = () => {
    const dialog = [...document.querySelectorAll('[role="dialog"], [role="alertdialog"]')].at(-1);
    const around = dialog ? [dialog, ...dialog.querySelectorAll('*')] : [...document.querySelectorAll('[data-r], [data-r] *')];
    return around.length ? around : pageElements();
  };
  const small = (el: Element) => el.querySelectorAll('*').length < 200 && document.body.querySelectorAll('*').length < 4000;

  const operations: Record<string, () => void> = {
    'remove our host': () => document.getElementById(HOST)?.remove(),
    'move our host into the app': () => {
      const host = document.getElementById(HOST);
      const into = pick(pageElements().filter((e) => e !== host && !host?.contains(e)));
      if (host && into) into.append(host);
    },
    'remove near the target': () => pick(nearTarget())?.remove(),
    'change attributes near the target': () => {
      const el = pick(nearTarget());
      const name = pick(ATTRIBUTES)!;
      if (!el || el.id === HOST) return;
      if (next() < 0.4) el.removeAttribute(name);
      else el.setAttribute(name, pick(VALUES)!);
    },
    'change text near the target': () => {
      const el = pick(nearTarget().filter((e) => !e.children.length));
      if (el) el.textContent = pick(TEXTS)!;
    },
    'replace the app root': () => {
      const root = document.getElementById('root');
      if (!root) return;
      root.replaceWith(next() < 0.5 ? Object.assign(document.createElement('div'), { id: 'root' }) : root.cloneNode(true));
    },
    'replace body children': () => document.body.replaceChildren(...[...document.body.children].filter(() => next() < 0.5)),
    'remove anywhere': () => {
      const el = pick(pageElements());
      if (el && el.id !== HOST) el.remove();
    },
    'wrap': () => {
      const el = pick(pageElements());
      if (!el?.parentElement) return;
      const wrapper = document.createElement('div');
      el.replaceWith(wrapper);
      wrapper.append(el);
    },
    'shuffle siblings': () => {
      const parent = pick(pageElements().filter((e) => e.children.length > 1));
      if (parent) parent.append(...[...parent.children].sort(() => next() - 0.5));
    },
    'duplicate': () => {
      const el = pick(pageElements());
      if (el && el.id !== HOST && small(el)) el.after(el.cloneNode(true));
    },
    'change classes': () => pick(pageElements())?.setAttribute('class', `css-${int(0, 1e6)}`),
    'hide and show': () => {
      const el = pick(pageElements());
      if (el) el.toggleAttribute('hidden');
    },
  };
  const names = Object.keys(operations);
  const done: StormReport = {};
  for (let i = 0; i < mutations; i++) {
    const name = pick(names)!;
    operations[name]();
    done[name] = (done[name] ?? 0) + 1;
    if (i % batch === batch - 1) await new Promise((resolve) => (next() < 0.5 ? requestAnimationFrame(resolve) : setTimeout(resolve, 0)));
  }
  return done;
}
