/**
 * A name is what the user typed, and nothing else. The guide learns a name only from the user's own
 * input events (typing, pasting, dropping) in the one element the last look took as the name field;
 * the value is taken at that moment, so a value the page puts into any box later, or a box the user
 * never edited, can never become a name. Every other element's input is ignored without being read.
 *
 * The real content script feeds this only with trusted events (`listenForTyping`); unit tests call
 * `before` and `input` themselves, since their simulated DOM cannot make a trusted event.
 */

interface Typed {
  /** The text as the user left it, or null when the page had put text into the box first. */
  text: string | null;
  /** Set by `before`: whether the box held only what the user typed when this edit began. */
  clean?: boolean;
}

export interface NameTyping {
  /** The name field of the last look (null when no naming step is on screen): the only box listened to. */
  expect(field: Element | null): void;
  /** The user is about to change `target` (a trusted `beforeinput`). */
  before(target: EventTarget | null): void;
  /** The user changed `target` (a trusted `input`); `data` is what they inserted, when the browser says. */
  input(target: EventTarget | null, data: string | null): void;
  /**
   * What the user typed into `field`: null when they typed nothing into that element, or when what
   * it holds is not wholly theirs (the page had filled it and the user only added to it).
   */
  typedIn(field: Element | null | undefined): string | null;
}

const valueOf = (el: Element): string | null => {
  // Only the expected name field gets here, and only while the user edits it.
  const value = (el as HTMLInputElement).value;
  return typeof value === 'string' ? value : null;
};

/**
 * `judge(target)` is asked, synchronously and once per element, when the user starts editing an element
 * no look has judged yet: the content script answers with a look of its own (which calls `expect`).
 * Looks are throttled while a page animates, and a quick typist's first keystrokes in a name field
 * that has just appeared would otherwise come before any look knew it as the name field, and the
 * name would be lost. Judging reads no value; only an element the look then expects is listened to.
 */
export function createNameTyping(judge: (target: EventTarget) => void = () => {}): NameTyping {
  const typed = new WeakMap<Element, Typed>();
  const judged = new WeakSet<EventTarget>();
  let expected: WeakRef<Element> | null = null;
  /** The last name the user typed anywhere: a re-rendered name field that shows it still shows theirs. */
  let lastTyped = '';

  const isExpected = (target: EventTarget | null): target is Element => !!expected && expected.deref() === target;

  return {
    expect(field) {
      expected = field ? new WeakRef(field) : null;
    },
    before(target) {
      if (target && !isExpected(target) && !judged.has(target)) {
        judged.add(target);
        judge(target);
      }
      if (!isExpected(target)) return;
      const now = valueOf(target);
      const state = typed.get(target);
      // Before the user's first edit a name field is empty, or shows the name they typed before it
      // was re-rendered; after it, it holds what they left there. Anything else came from the page.
      const clean = now === '' || (state ? now === state.text : now === lastTyped);
      typed.set(target, { text: state?.text ?? null, clean });
    },
    input(target, data) {
      if (!isExpected(target)) return;
      const now = valueOf(target);
      if (now === null) return;
      const state = typed.get(target);
      // Without a `beforeinput` (a browser's autofill), only a value that is all the user inserted counts.
      const wholly = data !== null && now === data;
      const theirs = wholly || state?.clean === true;
      typed.set(target, { text: theirs ? now : null });
      if (theirs) lastTyped = now;
    },
    typedIn(field) {
      return (field && typed.get(field)?.text) ?? null;
    },
  };
}

/** The content script's listeners: trusted events only, so no script on the page can type a name. */
export function listenForTyping(win: Window, typing: NameTyping): void {
  // On the window, in the capture phase: before the guide's own input listener schedules a look.
  const options = { capture: true, passive: true };
  win.addEventListener('beforeinput', (e) => e.isTrusted && typing.before(e.target), options);
  win.addEventListener('input', (e) => e.isTrusted && typing.input(e.target, (e as InputEvent).data ?? null), options);
}
