/**
 * Applies what the content script saw on Microsoft's page to the records. Each call is one
 * transaction that reads the account's records and writes the result, so two tabs reporting at
 * once, or a message re-sent after the worker restarted, neither lose nor double anything.
 *
 * What one page may do is bounded by its trust (tab-trust.ts): one account per page, so many new
 * records a minute per tab and in all per page, and never more live records for an account than
 * Microsoft allows.
 */
import { looksLikeAppPassword } from '../../shared/app-password-shape';
import type { CapturedCreation, CapturedDeletion, CapturedList, ListReconciled } from '../../shared/messages/capture';
import { APP_PASSWORD_LIMIT } from '../../shared/microsoft';
import { type AppPasswordRecord, MAX_NAME_LENGTH, newRecord } from '../../shared/record';
import { ExpectedError } from '../errors';
import { recordsChanged } from '../inventory/records-changed';
import { newRecordId } from '../inventory/records-store';
import { writeEach, writeRecords } from '../inventory/transaction';
import { planGuidedDelete, planListReconcile } from './reconcile';
import { type PageRef, type PageTrust, type Trust, accountFor, withPageTrust } from './tab-trust';

/**
 * A row another tab found on the list this recently, with no creation time, is the app password
 * this tab has just created, reported late: the creation takes it over rather than adding a second
 * record the next list would mark deleted (issue #16 item 9). Creating one takes well under this.
 */
const CREATION_MEETS_LIST_MS = 10 * 60 * 1000;

/** Trust for a call that did not come from a page (the tests' direct calls): no page limits. */
const UNTRACKED: Trust = { account: null, pending: [], added: 0, addBudget: Infinity };

type Outcome<T> = { result: T; trust: PageTrust; added: number };

function withTrust<T>(from: PageRef | null, now: number, work: (trust: Trust) => Promise<Outcome<T>>): Promise<T> {
  return from ? withPageTrust(from, now, work) : work(UNTRACKED).then((outcome) => outcome.result);
}

const pageTrust = ({ account, pending, added }: Trust, changes: Partial<PageTrust> = {}): PageTrust => ({ account, pending, added, ...changes });
const liveCount = (records: readonly AppPasswordRecord[]) => records.filter((r) => r.deletedAt === null).length;

export async function captureCreated(input: CapturedCreation, now = Date.now(), from: PageRef | null = null): Promise<{ id: string; isNew: boolean }> {
  return withTrust(from, now, async (trust) => {
    const account = accountFor(trust, input.account);
    const record = newRecord({ id: input.flowId, name: input.name, account, source: 'guided', createdAt: now }, now);
    const outcome = await writeRecords(async (store) => {
      // The flow id is the record id: the same creation reported twice finds its record and stops.
      if (await store.getKey(input.flowId)) return { isNew: false, added: 0 };
      const ofAccount = await store.index('account').getAll(account);
      const found = ofAccount
        .filter((r) => r.name === input.name && r.deletedAt === null && r.createdAt === null && r.source !== 'guided' && now - r.firstSeenAt <= CREATION_MEETS_LIST_MS)
        .sort((a, b) => b.firstSeenAt - a.firstSeenAt)[0];
      if (found) {
        // Taken over under the flow id (so a re-sent report still finds it), keeping what the user added since.
        await store.delete(found.id);
        await store.add({ ...found, id: record.id, createdAt: now, source: 'guided', updatedAt: now });
        return { isNew: true, added: 0 };
      }
      if (trust.addBudget < 1) throw new ExpectedError('capture-limit', 'This page has added as many records as one page may; nothing more is recorded from it for now.');
      if (account !== '' && liveCount(ofAccount) >= APP_PASSWORD_LIMIT)
        throw new ExpectedError('capture-limit', `This account already has ${APP_PASSWORD_LIMIT} app passwords recorded, as many as Microsoft allows.`);
      await store.add(record);
      return { isNew: true, added: 1 };
    });
    if (outcome.isNew) recordsChanged();
    const pending = account === '' && outcome.added ? [...trust.pending, record.id] : trust.pending;
    return { result: { id: record.id, isNew: outcome.isNew }, trust: pageTrust(trust, { account: account || trust.account, pending }), added: outcome.added };
  });
}

export async function captureDeleted(input: CapturedDeletion, now = Date.now(), from: PageRef | null = null): Promise<{ markedDeleted: number }> {
  return withTrust(from, now, async (trust) => {
    const account = accountFor(trust, input.account);
    const changes = await writeRecords(async (store) => {
      const same = await store.index('account-name').getAll([account, input.name]);
      const planned = planGuidedDelete(same, { ...input, account }, now);
      await writeEach(planned, (record) => store.put(record));
      return planned;
    });
    // A deletion through the guide clears its stale count from the badge at once.
    if (changes.length) recordsChanged();
    return { result: { markedDeleted: changes.length }, trust: pageTrust(trust, { account: account || trust.account }), added: 0 };
  });
}

/** A row name a record may hold: not empty, not longer than a record's name, not shaped like an app password. */
function isRecordableName(name: string): boolean {
  return name.length > 0 && name.length <= MAX_NAME_LENGTH && !looksLikeAppPassword(name);
}

/**
 * Rows whose name no record may hold are left out and counted, and the rest reconciled: one odd row
 * must not stop the whole list (it would be re-sent and refused on every page change). Such a row
 * matches no record, so leaving it out marks nothing deleted. The name itself is never logged.
 *
 * A list with its account claims the records seen without one ("", the header not drawn yet) before
 * adding any, and this page's own such records it does not need are merged away (issue #16 item 1).
 */
export async function captureList(input: CapturedList, now = Date.now(), from: PageRef | null = null): Promise<ListReconciled> {
  return withTrust(from, now, async (trust) => {
    const account = accountFor(trust, input.account);
    const names = input.names.filter(isRecordableName);
    const skipped = input.names.length - names.length;
    if (skipped) console.warn(`App Password Guide: ${skipped} row(s) of Microsoft's list were left out: empty, too long or shaped like an app password.`);
    const pending = new Set(trust.pending);
    const plan = await writeRecords(async (store) => {
      const mine = await store.index('account').getAll(account);
      const unassigned = account === '' ? [] : await store.index('account').getAll('');
      const planned = planListReconcile(mine, { ...input, account, names }, now, newRecordId, {
        unassigned,
        pending,
        maxAdds: trust.addBudget,
        accountLimit: account === '' ? undefined : APP_PASSWORD_LIMIT,
      });
      await writeEach(planned.add, (r) => store.add(r));
      await writeEach(planned.change, (r) => store.put(r));
      await writeEach(planned.remove, (id) => store.delete(id));
      return planned;
    });
    if (plan.add.length || plan.change.length || plan.remove.length) recordsChanged();
    if (plan.refused) console.warn(`App Password Guide: ${plan.refused} row(s) of Microsoft's list were not recorded: over the limit for one page or one account.`);
    const markedDeleted = plan.change.filter((r) => r.deletedAt !== null).length;
    // Once the page has its account, its pending records have been claimed or merged away.
    const stillPending = account === '' ? [...trust.pending, ...plan.add.map((r) => r.id)] : [];
    return {
      result: { added: plan.add.length, markedDeleted, restored: plan.change.length - markedDeleted, skipped, refused: plan.refused },
      trust: pageTrust(trust, { account: account || trust.account, pending: stillPending }),
      added: plan.add.length,
    };
  });
}
