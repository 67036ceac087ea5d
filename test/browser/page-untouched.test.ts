/**
 * The guide never writes to Microsoft's page: the same walks through the create and delete flows
 * (Security info and the legacy pages, with and without a delete task from the popup) are made in
 * a browser with the extension and in one without it, and at every screen the page outside our
 * host must be identical: its DOM with every attribute and inline style, form values, focus,
 * stylesheets, adopted sheets, and the count of every kind of DOM mutation since the page loaded
 * (so a change made and undone between two screens is caught too).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Action, SCENARIOS, type Scenario } from '../fixtures/replica/scenarios';
import { launchWithoutExtension, openPopup, serveReplica, useExtension, useReplicaConfig, waitForStep } from './harness';

const withGuide = useExtension();
let without: BrowserContext;

beforeAll(async () => {
  without = await launchWithoutExtension();
  await serveReplica(without);
});

afterAll(async () => {
  await without?.close();
});

/**
 * Before any page script: the same random numbers in both browsers (the replica makes up field
 * ids), and a record of every mutation whose target is not our host or inside it.
 */
function instrument(): void {
  let state = 42;
  Math.random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const counts: Record<string, number> = {};
  (window as unknown as { __mutations: Record<string, number> }).__mutations = counts;
  const ours = (node: Node | null): boolean => {
    for (let at = node; at; at = at.parentNode ?? (at as ShadowRoot).host ?? null) {
      if ((at as Element).id === 'app-password-guide') return true;
    }
    return false;
  };
  new MutationObserver((records) => {
    for (const r of records) {
      const nodes = [...r.addedNodes, ...r.removedNodes];
      // Our host coming or going is ours; anything else added or removed in the same record is not.
      if (ours(r.target) || (r.type === 'childList' && nodes.length > 0 && nodes.every((n) => ours(n)))) continue;
      const key = `${r.type} ${r.target.nodeName} ${r.attributeName ?? ''} +${r.addedNodes.length} -${r.removedNodes.length}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true, attributeOldValue: true });
}

/** Everything of the page that is not ours, as data that can be compared. */
const snapshot = (page: Page) =>
  page.evaluate(() => {
    const HOST = 'app-password-guide';
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelector(`#${HOST}`)?.remove();
    const pathOf = (el: Element | null) => {
      const parts: string[] = [];
      for (let at = el; at && at.parentElement; at = at.parentElement) parts.unshift(`${at.tagName}:${[...at.parentElement.children].filter((c) => c.id !== HOST).indexOf(at)}`);
      return parts.join('>');
    };
    return {
      html: clone.outerHTML,
      values: [...document.querySelectorAll('input, textarea, select')].map((el) => (el as HTMLInputElement).value),
      focus: pathOf(document.activeElement),
      selection: String(document.getSelection()?.rangeCount ?? 0),
      adoptedStyleSheets: document.adoptedStyleSheets.length,
      styleSheets: [...document.styleSheets].map((s) => `${s.href ?? s.ownerNode?.nodeName} ${s.cssRules.length}`),
      otherShadowRoots: [...document.querySelectorAll('*')].filter((el) => el.shadowRoot && el.id !== HOST).length,
      scroll: [scrollX, scrollY],
      mutations: (window as unknown as { __mutations: Record<string, number> }).__mutations,
    };
  });

type Snapshot = Awaited<ReturnType<typeof snapshot>>;

/** Waits until the page has stopped changing (the replica animates with timers of up to 150 ms). */
async function settled(page: Page): Promise<Snapshot> {
  let last = JSON.stringify(await snapshot(page));
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(250);
    const now = await snapshot(page);
    if (JSON.stringify(now) === last) return now;
    last = JSON.stringify(now);
  }
  throw new Error('the page never settled');
}

async function perform(page: Page, action: Action): Promise<void> {
  if ('click' in action) await page.locator(`[data-r="${action.click}"]`).click();
  else if ('type' in action) await page.locator(`[data-r="${action.type[0]}"]`).fill(action.type[1]);
  else if ('go' in action) await page.goto(action.go);
  else await page.goBack();
}

/** The walk, screen by screen; with the guide, each screen is taken once it shows the expected step. */
async function walk(context: BrowserContext, scenario: Scenario, guided: boolean): Promise<Snapshot[]> {
  const page = await context.newPage();
  await page.addInitScript(instrument);
  await useReplicaConfig(page, scenario.config ?? {});
  const screens: Snapshot[] = [];
  await page.goto(scenario.url);
  if (guided) await waitForStep(page, scenario.start);
  screens.push(await settled(page));
  for (const [action, expected] of scenario.steps) {
    await perform(page, action);
    if (guided) await waitForStep(page, expected);
    screens.push(await settled(page));
  }
  await page.close();
  return screens;
}

async function setTask(task: { kind: 'create' | 'delete'; name?: string }) {
  const popup = await openPopup(withGuide);
  const reply = await popup.evaluate((p) => chrome.runtime.sendMessage({ type: 'guide/task-set', payload: p }), task);
  await popup.close();
  expect(reply).toMatchObject({ ok: true });
}

const byName = (name: string) => SCENARIOS.find((s) => s.name === name)!;
const WALKS: Array<[string, Scenario, { kind: 'create' | 'delete'; name?: string } | null]> = [
  ['create on Security info, 2024 picker', byName('create, 2024 picker, en'), { kind: 'create' }],
  ['create on Security info, 2023 picker, German', byName('create, 2023 picker, de'), null],
  ['delete on Security info, as a task from the popup', byName('delete, confirm "yes", en'), { kind: 'delete', name: 'Scanner in the office' }],
  ['create on the legacy pages', byName('legacy verification page to app passwords, create'), null],
  ['delete on the legacy pages, as a task from the popup', byName('legacy delete'), { kind: 'delete', name: 'Outlook on laptop' }],
];

describe('the page outside our host is exactly as it is without the extension', () => {
  it.each(WALKS)('%s', async (_label, scenario, task) => {
    if (task) await setTask(task);
    const guided = await walk(withGuide.context, scenario, true);
    const plain = await walk(without, scenario, false);
    expect(guided.length).toBe(scenario.steps.length + 1);
    // Screen by screen, so a difference names the screen it appeared on.
    guided.forEach((screen, i) => expect({ screen: i, ...screen }).toEqual({ screen: i, ...plain[i] }));
    // The instrument really watched: the walk itself changed the page many times.
    expect(Object.values(plain.at(-1)!.mutations).reduce((a, b) => a + b, 0)).toBeGreaterThan(10);
  });
});
