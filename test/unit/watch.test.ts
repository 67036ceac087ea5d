/**
 * When the guide looks at the page: at once after a quiet moment, at most once per frame after that,
 * and rarely on a page that changes in every frame. Frames are driven by hand so nothing depends on
 * the machine's speed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIELD_STATE, watchPage } from '../../src/content/watch';

let frames: FrameRequestCallback[] = [];
let clock = 0;

/** Runs one frame: the callbacks queued for it, then lets mutation observers and microtasks settle. */
async function frame(ms = 16.7): Promise<void> {
  clock += ms;
  const due = frames;
  frames = [];
  for (const callback of due) callback(clock);
  await settle();
}

const settle = () => new Promise<void>((done) => setTimeout(done, 0));

beforeEach(() => {
  frames = [];
  clock = 1000;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  document.body.replaceChildren();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function change(): void {
  document.body.append(document.createElement('p'));
}

describe('watchPage', () => {
  it('looks at a change after a quiet moment straight away, before the next frame', async () => {
    const look = vi.fn();
    watchPage(look);
    await frame(100);
    change();
    await settle();
    expect(look).toHaveBeenCalledTimes(1);
  });

  it('looks at most once per frame when changes follow closely', async () => {
    const look = vi.fn();
    watchPage(look);
    change();
    await settle();
    change();
    await settle();
    change();
    await settle();
    expect(look).toHaveBeenCalledTimes(1);
    await frame();
    expect(look).toHaveBeenCalledTimes(2);
  });

  it('on a page that changes in every frame, spaces its looks so they take about 1 % of the time', async () => {
    // Each look costs 2 ms of the page's time.
    const look = vi.fn(() => void (clock += 2));
    watchPage(look);
    for (let i = 0; i < 600; i++) {
      change();
      await frame();
    }
    const elapsed = 600 * 16.7;
    const spent = look.mock.calls.length * 2;
    expect(spent / elapsed).toBeLessThan(0.02);
    // Still looking: never more than MAX_WAIT (250 ms) apart.
    expect(look.mock.calls.length).toBeGreaterThan(elapsed / 250 - 1);
  });

  it('does not look while the tab is hidden, and catches up when it is shown', async () => {
    const look = vi.fn();
    watchPage(look);
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    change();
    await settle();
    await frame();
    expect(look).not.toHaveBeenCalled();
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(look).toHaveBeenCalledTimes(1);
    delete (document as { hidden?: boolean }).hidden;
  });

  it('looks again at once when a text box becomes read-only, disabled or a password box (it is re-judged)', async () => {
    const box = document.createElement('input');
    document.body.append(box);
    const look = vi.fn();
    watchPage(look);
    expect(FIELD_STATE).toEqual(expect.arrayContaining(['type', 'readonly', 'disabled', 'aria-readonly']));
    for (const [i, name] of FIELD_STATE.entries()) {
      await frame(100);
      box.setAttribute(name, name === 'type' ? 'password' : 'true');
      await settle();
      expect(look, name).toHaveBeenCalledTimes(i + 1);
    }
    // Not every attribute: styling churn is no reason to look.
    await frame(100);
    box.setAttribute('class', 'focused');
    await settle();
    expect(look).toHaveBeenCalledTimes(FIELD_STATE.length);
  });

  it('looks at once, not at the churn pace, at the first change after a loading spinner that changed every frame is gone', async () => {
    // Each look costs 2 ms: in churn mode looks are spaced about 200 ms apart.
    const look = vi.fn(() => void (clock += 2));
    const watcher = watchPage(look);
    const spinner = document.createElement('div');
    document.body.append(spinner);
    watcher.lookWhen(() => !spinner.isConnected);
    for (let i = 0; i < 60; i++) {
      spinner.textContent = '.'.repeat(i % 4);
      await frame();
    }
    const before = look.mock.calls.length;
    expect(before).toBeLessThan(20);
    spinner.textContent = 'x';
    await settle();
    // Still churn: the spinner's own change waits its turn.
    expect(look).toHaveBeenCalledTimes(before);
    spinner.replaceWith(document.createElement('ul'));
    await settle();
    expect(look).toHaveBeenCalledTimes(before + 1);
    // The pending churn-paced look does not run again for the same change.
    for (let i = 0; i < 3; i++) await frame();
    expect(look).toHaveBeenCalledTimes(before + 1);
  });

  it('without lookWhen the same page waits for the churn pace (what the fast path saves)', async () => {
    const look = vi.fn(() => void (clock += 2));
    watchPage(look);
    const spinner = document.createElement('div');
    document.body.append(spinner);
    for (let i = 0; i < 60; i++) {
      spinner.textContent = '.'.repeat(i % 4);
      await frame();
    }
    const before = look.mock.calls.length;
    spinner.replaceWith(document.createElement('ul'));
    await settle();
    expect(look).toHaveBeenCalledTimes(before);
  });

  it('looks at once, not at the churn pace, at the first change after the user\'s click, Enter or Space (typing fast is churn too)', async () => {
    const look = vi.fn(() => void (clock += 2));
    watchPage(look);
    const box = document.createElement('input');
    document.body.append(box);
    /** A user's event (trusted); a page's script can only make untrusted ones. */
    const act = (event: Event, trusted = true) => {
      Object.defineProperty(event, 'isTrusted', { value: trusted });
      document.dispatchEvent(event);
    };
    const churn = async () => {
      for (let i = 0; i < 30; i++) {
        box.dispatchEvent(new Event('input'));
        await frame();
      }
    };
    await churn();
    // A script's click changes nothing: the screen it draws waits its turn.
    let before = look.mock.calls.length;
    act(new MouseEvent('click'), false);
    change();
    await settle();
    expect(look).toHaveBeenCalledTimes(before);
    for (const event of [new MouseEvent('click'), new KeyboardEvent('keydown', { key: 'Enter' }), new KeyboardEvent('keydown', { key: ' ' })]) {
      await churn();
      before = look.mock.calls.length;
      // The user's "Next": the next screen is looked at in the same task as Microsoft draws it.
      act(event);
      change();
      await settle();
      expect(look, event.type).toHaveBeenCalledTimes(before + 1);
    }
    // Other keys are typing: still churn.
    await churn();
    before = look.mock.calls.length;
    act(new KeyboardEvent('keydown', { key: 'a' }));
    change();
    await settle();
    expect(look).toHaveBeenCalledTimes(before);
  });
});
