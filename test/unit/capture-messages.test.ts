import { describe, expect, it } from 'vitest';
import { type CaptureMemory, EMPTY_MEMORY, captureMessages, removedNames } from '../../src/content/capture/capture-messages';
import { createReporter } from '../../src/content/capture/report';
import type { PageFacts } from '../../src/content/page-facts';
import type { Message } from '../../src/shared/protocol';
import type { StepId } from '../../src/shared/steps';

const SI = 'https://mysignins.microsoft.com/security-info';
const LEGACY = 'https://account.activedirectory.windowsazure.com/AppPasswords.aspx';
const ADA = 'ada@contoso.com';

function facts(step: StepId, more: Partial<PageFacts> = {}): PageFacts {
  const legacy = step.startsWith('legacy-');
  return { step, url: legacy ? LEGACY : SI, account: ADA, appPasswordNames: null, typedName: null, ...more };
}

/** Feeds a sequence of page readings through capture, as the content script would. */
function walk(sequence: PageFacts[], memory: CaptureMemory = EMPTY_MEMORY) {
  let n = 0;
  const sent: Message[] = [];
  for (const next of sequence) {
    const result = captureMessages(memory, next, () => `flow-${++n}`);
    memory = result.memory;
    sent.push(...result.messages);
  }
  return { sent, memory };
}

const list = (names: string[], step: StepId = 'security-info', more: Partial<PageFacts> = {}) =>
  facts(step, { appPasswordNames: names, ...more });

describe('removedNames', () => {
  it.each([
    [['A', 'B'], ['B'], ['A']],
    [['A', 'A', 'B'], ['A', 'B'], ['A']],
    [['A', 'A', 'B'], ['B'], ['A', 'A']],
    [['A'], ['A', 'C'], []],
    [[], [], []],
  ])('%j − %j = %j', (before, after, removed) => {
    expect(removedNames(before, after)).toEqual(removed);
  });
});

describe('capture of a guided creation', () => {
  it('sends the name typed last before Microsoft showed the password, with the account', () => {
    const { sent } = walk([
      list(['Teams']),
      facts('choose-method'),
      facts('name', { typedName: '' }),
      facts('name', { typedName: 'Outl' }),
      facts('name', { typedName: '  Outlook on laptop ' }),
      facts('copy-password'),
      facts('copy-password'),
      list(['Teams', 'Outlook on laptop'], 'created'),
    ]);
    expect(sent).toEqual([
      { type: 'capture/list', payload: { account: ADA, names: ['Teams'], legacy: false } },
      { type: 'capture/created', payload: { flowId: 'flow-1', name: 'Outlook on laptop', account: ADA } },
      { type: 'capture/list', payload: { account: ADA, names: ['Teams', 'Outlook on laptop'], legacy: false } },
    ]);
  });

  it('takes the name the user finished typing from the look that shows the password, when "Next" came before the look after their last keystroke', () => {
    const { sent } = walk([
      facts('name', { typedName: 'Outlook on lap' }),
      // Read from the name field's own input events (read-facts.ts), not from the password screen.
      facts('copy-password', { typedName: 'Outlook on laptop' }),
      facts('copy-password'),
    ]);
    expect(sent).toEqual([{ type: 'capture/created', payload: { flowId: 'flow-1', name: 'Outlook on laptop', account: ADA } }]);
  });

  it('refuses a name the user finished as something shaped like an app password, seen only on the look that shows the password', () => {
    const { sent, memory } = walk([facts('name', { typedName: 'Outlook' }), facts('copy-password', { typedName: null, nameRefused: true })]);
    expect(sent).toEqual([]);
    expect(memory.refused).toBe(true);
  });

  it('survives a re-verification or an unrecognised frame between naming and the password', () => {
    const { sent } = walk([facts('name', { typedName: 'Scanner' }), facts('reauth'), facts('unfamiliar'), facts('copy-password')]);
    expect(sent).toEqual([{ type: 'capture/created', payload: { flowId: 'flow-1', name: 'Scanner', account: ADA } }]);
  });

  it('uses the account from the naming screen when the password screen shows none', () => {
    const { sent } = walk([facts('name', { typedName: 'Scanner' }), facts('copy-password', { account: '' })]);
    expect(sent[0]).toMatchObject({ payload: { account: ADA } });
  });

  it('records the legacy creation too', () => {
    const { sent } = walk([facts('legacy-name', { typedName: 'Old phone' }), facts('legacy-copy-password')]);
    expect(sent).toEqual([{ type: 'capture/created', payload: { flowId: 'flow-1', name: 'Old phone', account: ADA } }]);
  });

  it.each<[string, PageFacts[]]>([
    ['no name was typed', [facts('name', { typedName: '   ' }), facts('copy-password')]],
    ['the naming screen was never seen (the script started on the password)', [facts('copy-password')]],
    ['the user cancelled and started over', [facts('name', { typedName: 'A' }), facts('choose-method'), facts('copy-password')]],
    ['the user cancelled back to the list', [facts('name', { typedName: 'A' }), list([]), facts('copy-password')]],
    ['the name is longer than any record may hold', [facts('name', { typedName: 'x'.repeat(300) }), facts('copy-password')]],
  ])('sends no creation when %s', (_why, sequence) => {
    expect(walk(sequence).sent.filter((m) => m.type === 'capture/created')).toEqual([]);
  });

  it('sends one creation per password shown, each with its own flow id', () => {
    const { sent } = walk([
      facts('name', { typedName: 'A' }),
      facts('copy-password'),
      facts('copy-password'),
      facts('name', { typedName: 'A' }),
      facts('copy-password'),
    ]);
    expect(sent.map((m) => m.type === 'capture/created' && m.payload.flowId)).toEqual(['flow-1', 'flow-2']);
  });
});

describe('capture of a guided deletion', () => {
  it('derives the deleted row from the list before and after, then sends the list', () => {
    const { sent } = walk([list(['A', 'B']), list(['A', 'B'], 'confirm-delete'), list(['B'], 'deleted')]);
    expect(sent).toEqual([
      { type: 'capture/list', payload: { account: ADA, names: ['A', 'B'], legacy: false } },
      { type: 'capture/deleted', payload: { name: 'A', account: ADA, remaining: 0 } },
      { type: 'capture/list', payload: { account: ADA, names: ['B'], legacy: false } },
    ]);
  });

  it('counts shared names: one of two "Outlook" rows gone leaves one', () => {
    const { sent } = walk([list(['Outlook', 'Outlook', 'B']), facts('confirm-delete'), list(['Outlook', 'B'], 'deleted')]);
    expect(sent[1]).toEqual({ type: 'capture/deleted', payload: { name: 'Outlook', account: ADA, remaining: 1 } });
  });

  it('waits through a list that has not caught up yet', () => {
    const { sent } = walk([list(['A', 'B']), facts('confirm-delete'), list(['A', 'B']), list(['B'])]);
    expect(sent.map((m) => m.type)).toEqual(['capture/list', 'capture/deleted', 'capture/list']);
  });

  it('records the legacy deletion, and the legacy list as legacy', () => {
    const { sent } = walk([list(['X', 'Y'], 'legacy-app-passwords'), facts('legacy-confirm-delete'), list(['Y'], 'legacy-app-passwords')]);
    expect(sent).toEqual([
      { type: 'capture/list', payload: { account: ADA, names: ['X', 'Y'], legacy: true } },
      { type: 'capture/deleted', payload: { name: 'X', account: ADA, remaining: 0 } },
      { type: 'capture/list', payload: { account: ADA, names: ['Y'], legacy: true } },
    ]);
  });

  it.each<[string, PageFacts[]]>([
    ['the user cancelled', [list(['A']), facts('confirm-delete'), list(['A']), facts('choose-method'), list([])]],
    ['no deletion was confirmed (a row gone elsewhere)', [list(['A', 'B']), list(['B'])]],
    ['another account is shown afterwards', [list(['A']), facts('confirm-delete'), list([], 'deleted', { account: 'bo@contoso.com' })]],
    ['no list was seen before the confirmation', [facts('confirm-delete'), list([], 'deleted')]],
  ])('sends no guided deletion when %s', (_why, sequence) => {
    expect(walk(sequence).sent.filter((m) => m.type === 'capture/deleted')).toEqual([]);
  });
});

describe('capture of the list', () => {
  it('sends a list only when it changed, whatever the order of its rows', () => {
    const { sent } = walk([list(['A', 'B']), list(['B', 'A']), list(['A', 'B'], 'created'), list(['A'])]);
    expect(sent.map((m) => m.type === 'capture/list' && m.payload.names)).toEqual([['A', 'B'], ['A']]);
  });

  it('ignores rows behind a dialog and pages that are not a list', () => {
    const { sent } = walk([
      facts('copy-password', { appPasswordNames: [] }),
      facts('confirm-delete', { appPasswordNames: ['A'] }),
      facts('name', { appPasswordNames: ['A'], typedName: '' }),
      facts('security-info', { appPasswordNames: null }),
    ]);
    expect(sent).toEqual([]);
  });

  it('reports the same list again for another account', () => {
    const { sent } = walk([list(['A']), list(['A'], 'security-info', { account: 'bo@contoso.com' })]);
    expect(sent).toHaveLength(2);
  });
});

describe('the reporter', () => {
  const flow = [list(['A', 'B']), facts('confirm-delete'), list(['B'], 'deleted')];

  it('delivers in order, one at a time', async () => {
    const log: string[] = [];
    let inFlight = 0;
    const reporter = createReporter(
      async (m) => {
        expect(++inFlight).toBe(1);
        await new Promise((r) => setTimeout(r, 5));
        log.push(m.type);
        inFlight--;
        return { ok: true };
      },
      () => 'f',
    );
    for (const f of flow) reporter.report(f);
    await reporter.idle();
    expect(log).toEqual(['capture/list', 'capture/deleted', 'capture/list']);
  });

  it('retries while the background is not answering, and not a refusal', async () => {
    const attempts: string[] = [];
    let down = 2;
    const reporter = createReporter(
      async (m) => {
        attempts.push(m.type);
        if (m.type === 'capture/deleted') return { ok: false, error: { code: 'invalid-message' } };
        return down-- > 0 ? { ok: false, error: { code: 'internal' } } : { ok: true };
      },
      () => 'f',
      async () => {},
    );
    for (const f of flow) reporter.report(f);
    await reporter.idle();
    expect(attempts).toEqual(['capture/list', 'capture/list', 'capture/list', 'capture/deleted', 'capture/list']);
  });

  it('sends a list again at the next look when it could not be delivered', async () => {
    const sent: string[] = [];
    let up = false;
    const reporter = createReporter(
      async (m) => {
        sent.push(m.type);
        return up ? { ok: true } : { ok: false, error: { code: 'internal' } };
      },
      () => 'f',
      async () => {},
    );
    reporter.report(list(['A']));
    await reporter.idle();
    up = true;
    reporter.report(list(['A']));
    await reporter.idle();
    expect(sent).toEqual(['capture/list', 'capture/list', 'capture/list', 'capture/list', 'capture/list']);
  });
});

describe('nothing shaped like an app password is captured (issue #12)', () => {
  const CANARY = 'qzvxkwtrplmnbhgf';

  it('refuses a typed name shaped like one, and says so until the flow moves on', () => {
    const { sent, memory } = walk([facts('name', { typedName: 'Outlook' }), facts('name', { typedName: null, nameRefused: true }), facts('copy-password')]);
    expect(sent).toEqual([]);
    expect(memory.refused).toBe(true);
    expect(walk([facts('security-info', { appPasswordNames: [] })], memory).memory.refused).toBe(false);
  });

  it('keeps the name the user typed while a box they never typed into is on screen', () => {
    // The password drawn in an editable box after "Next" looks like the name step; its value is not read.
    const { sent } = walk([facts('name', { typedName: 'Outlook' }), facts('name', { typedName: null }), facts('copy-password')]);
    expect(sent).toEqual([{ type: 'capture/created', payload: { flowId: 'flow-1', name: 'Outlook', account: ADA } }]);
  });

  it('never sends a name, row or account shaped like one, even if a reader let it through', () => {
    const { sent } = walk([
      facts('name', { typedName: `My ${CANARY}` }),
      facts('copy-password', { account: `${CANARY}@contoso.com` }),
      list(['Teams', CANARY, `Your new app password: ${CANARY.match(/.{4}/g)!.join(' ')}`], 'created', { account: `${CANARY}@contoso.com` }),
    ]);
    expect(JSON.stringify(sent)).not.toContain(CANARY.slice(0, 8));
    expect(sent).toEqual([{ type: 'capture/list', payload: { account: '', names: ['Teams'], legacy: false } }]);
  });
});
