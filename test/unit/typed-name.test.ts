/**
 * A name is what the user typed, and nothing else (issue #12): the typing tracker takes a name only
 * from the user's own edits of the one name field, and never from a value the page put there.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createNameTyping, listenForTyping } from '../../src/content/capture/typed-name';

afterEach(() => document.body.replaceChildren());

function field(value = ''): HTMLInputElement {
  const input = document.createElement('input');
  input.value = value;
  document.body.append(input);
  return input;
}

/** The user edits `el` (a trusted beforeinput and input pair), leaving `after` in it; `data` is what they inserted. */
function userEdits(typing: ReturnType<typeof createNameTyping>, el: HTMLInputElement, after: string, data: string | null = null) {
  typing.before(el);
  el.value = after;
  typing.input(el, data);
}

describe('the name typed', () => {
  it('is what the user typed, keystroke by keystroke or pasted, in the expected field', () => {
    const typing = createNameTyping();
    const name = field();
    typing.expect(name);
    expect(typing.typedIn(name)).toBeNull();
    for (const [i, c] of [...'Outlook'].entries()) userEdits(typing, name, 'Outlook'.slice(0, i + 1), c);
    expect(typing.typedIn(name)).toBe('Outlook');
    userEdits(typing, name, 'Outlook on laptop', ' on laptop');
    expect(typing.typedIn(name)).toBe('Outlook on laptop');
    userEdits(typing, name, '', null); // the user clears it
    expect(typing.typedIn(name)).toBe('');
  });

  it('is never a value the page put into a field the user did not edit', () => {
    const typing = createNameTyping();
    const box = field('qzvxkwtrplmnbhgf');
    typing.expect(box);
    expect(typing.typedIn(box)).toBeNull();
  });

  it('is never text the page put into the field, even when the user then adds to it', () => {
    const typing = createNameTyping();
    const box = field('qzvxkwtrplmnbhgf');
    typing.expect(box);
    userEdits(typing, box, 'qzvxkwtrplmnbhgf!', '!');
    expect(typing.typedIn(box)).toBeNull();
    // Once the user has replaced all of it, what is there is theirs.
    userEdits(typing, box, 'Printer', 'Printer');
    expect(typing.typedIn(box)).toBe('Printer');
  });

  it('stops being the name when the page changes the field between two of the user\'s edits', () => {
    const typing = createNameTyping();
    const name = field();
    typing.expect(name);
    userEdits(typing, name, 'Out', 'Out');
    name.value = 'qzvxkwtrplmnbhgf'; // the page writes into the box the user typed in
    userEdits(typing, name, 'qzvxkwtrplmnbhgfx', 'x');
    expect(typing.typedIn(name)).toBeNull();
  });

  it('is taken only from the expected field, which is read for nothing else', () => {
    const typing = createNameTyping();
    const name = field();
    const other = field();
    let reads = 0;
    Object.defineProperty(other, 'value', { get: () => (reads++, 'qzvxkwtrplmnbhgf'), set: () => {} });
    typing.expect(name);
    typing.before(other);
    typing.input(other, 'q');
    expect(reads).toBe(0);
    expect(typing.typedIn(other)).toBeNull();
    typing.expect(null);
    userEdits(typing, name, 'Late', 'Late');
    expect(typing.typedIn(name)).toBeNull();
  });

  it('survives the name field being drawn again with the user\'s text in it', () => {
    const typing = createNameTyping();
    const first = field();
    typing.expect(first);
    userEdits(typing, first, 'Scanner', 'Scanner');
    first.remove();
    const redrawn = field('Scanner');
    typing.expect(redrawn);
    userEdits(typing, redrawn, 'Scanner 2', ' 2');
    expect(typing.typedIn(redrawn)).toBe('Scanner 2');
  });

  it('takes a value without beforeinput (a browser\'s autofill) only when it is all the user inserted', () => {
    const typing = createNameTyping();
    const a = field();
    typing.expect(a);
    a.value = 'Thunderbird';
    typing.input(a, 'Thunderbird');
    expect(typing.typedIn(a)).toBe('Thunderbird');
    const b = field('qzvxkwtrplmnbhgf');
    typing.expect(b);
    b.value = 'qzvxkwtrplmnbhgf.';
    typing.input(b, '.');
    expect(typing.typedIn(b)).toBeNull();
  });
});

describe('a field typed into before any look judged it', () => {
  it('is judged at once, so the first keystrokes of a quick typist count', () => {
    const name = field();
    const judged: EventTarget[] = [];
    // The content script answers with a look, which finds the naming step and expects this field.
    const typing = createNameTyping((target) => {
      judged.push(target);
      typing.expect(name);
    });
    for (const [i, c] of [...'New phone'].entries()) userEdits(typing, name, 'New phone'.slice(0, i + 1), c);
    expect(typing.typedIn(name)).toBe('New phone');
    // Once per element: the look's answer stands for the keystrokes after the first.
    expect(judged).toEqual([name]);
  });

  it('stays unread when the look does not take it as the name field', () => {
    const box = field();
    let judgements = 0;
    const typing = createNameTyping(() => judgements++);
    userEdits(typing, box, 'q', 'q');
    userEdits(typing, box, 'qz', 'z');
    expect(typing.typedIn(box)).toBeNull();
    expect(judgements).toBe(1);
  });
});

describe('listenForTyping', () => {
  it('ignores events a script made (not trusted): a page cannot type a name', () => {
    const typing = createNameTyping();
    listenForTyping(window as unknown as Window, typing);
    const name = field();
    typing.expect(name);
    // Exactly what a user's edit looks like, but made by a script.
    name.dispatchEvent(new Event('beforeinput', { bubbles: true }));
    name.value = 'qzvxkwtrplmnbhgf';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    expect(typing.typedIn(name)).toBeNull();
    // The same calls from a trusted listener are taken, so the test above can fail.
    name.value = '';
    typing.before(name);
    name.value = 'qzvxkwtrplmnbhgf';
    typing.input(name, 'x');
    expect(typing.typedIn(name)).toBe('qzvxkwtrplmnbhgf');
  });
});
