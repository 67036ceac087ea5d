/**
 * What the content script learns on Microsoft's page. Only names, the account and counts: there is
 * no field that could carry the password, unknown fields are refused, and any text shaped like an
 * app password is refused (capture/created, capture/deleted) or skipped (a row of capture/list).
 */
import * as v from 'valibot';
import { LIMIT_PER_ACCOUNT, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../record';
import { type Output, flag, list, notAppPassword, nullable, oneOf, shape, text, wholeNumber } from '../schema';
import { STEP_IDS } from '../steps';
import { fromContentScript } from './define';

const name = v.pipe(text({ min: 1, max: MAX_NAME_LENGTH }), notAppPassword);
const account = v.pipe(text({ max: 320 }), notAppPassword);
/**
 * Microsoft caps an account at 40 app passwords; a list far longer than that is not Microsoft's, so
 * it is refused rather than allowed to mark hundreds of records.
 */
const MAX_LIST_ROWS = LIMIT_PER_ACCOUNT * 5;

/**
 * The list's names are checked one by one by the background (capture/apply-capture.ts): a name
 * that is empty, too long or shaped like an app password is skipped and counted, never the whole
 * list, so one odd row cannot stop the rest being reconciled.
 */
const listedName = v.string('must be text');

const flowId = v.pipe(text({ min: 8, max: 100 }), notAppPassword);
const created = shape({ flowId, name, account });
/** The user's own words, typed into the panel's field: never text shaped like an app password. */
const usedWhere = shape({ flowId, usedWhere: v.pipe(text({ min: 1, max: MAX_TEXT_LENGTH }), notAppPassword) });
const deleted = shape({ name, account, remaining: wholeNumber({ min: 0, max: MAX_LIST_ROWS }) });
const listed = shape({ account, names: list(listedName, { max: MAX_LIST_ROWS }), legacy: v.boolean('must be true or false') });

/**
 * What a flow under way has seen so far (capture/capture-messages.ts `flowOf`): the step, the name
 * typed and the account then, whether a deletion was confirmed, and the rows before. Metadata only,
 * each text checked like any other capture.
 */
const flow = shape({
  step: oneOf(STEP_IDS),
  naming: nullable(shape({ name, account })),
  deleting: flag,
  list: nullable(shape({ account, names: list(name, { max: MAX_LIST_ROWS }) })),
});
/** The tenant a page is for (its `tenant` or `tenantId` parameter; "" for the browser's default). */
const tenant = text({ max: 200 });

export const captureMessages = {
  /**
   * The user named an app password and Microsoft showed it. `flowId` is made once per creation by
   * the content script and becomes the record's id, so a re-sent message never makes a second record.
   */
  'capture/created': fromContentScript(created),
  /**
   * A deletion done through the guide: after it, `remaining` rows named `name` are left on
   * Microsoft's list. Stating what is left (not "one fewer") makes a re-sent message change nothing.
   */
  'capture/deleted': fromContentScript(deleted),
  /** The App password rows on Microsoft's list: the truth the records are reconciled with. */
  'capture/list': fromContentScript(listed),
  /**
   * Flow memory, kept by the background per tab in storage.session: the legacy pages post back on
   * every step (each a new page and a new content script), and a reload must not lose a flow. `flow`
   * null: no flow under way (what was kept for this tab is dropped). A non-empty `account` is
   * remembered for the tenant for this browser session, for pages that do not show it.
   */
  'capture/flow-save': fromContentScript(shape({ tenant, account, flow: nullable(flow) })),
  /** What this tab's flow had seen before this page loaded, and the account last seen for the tenant. */
  'capture/flow-load': fromContentScript(shape({ tenant })),
  /**
   * "Where will you use it?", answered in the panel after a guided creation. The record is named by
   * the flow id of that page's own `capture/created`, never by anything read from the page, and
   * only a live record made by a guided creation can be changed this way.
   */
  'capture/used-where': fromContentScript(usedWhere),
};

export type SavedFlow = Output<typeof flow>;

export type CapturedCreation = Output<typeof created>;
export type CapturedDeletion = Output<typeof deleted>;
export type CapturedList = Output<typeof listed>;
export type UsedWhereAnswer = Output<typeof usedWhere>;

export interface ListReconciled {
  added: number;
  markedDeleted: number;
  /** Records marked "deleted elsewhere" moments ago whose row is back (the earlier list was misread). */
  restored: number;
  /** Rows left out because their name was empty, too long or shaped like an app password. */
  skipped: number;
  /** Rows not recorded because this page, or this account, is at its limit (tab-trust.ts). */
  refused: number;
}

export interface CaptureReplies {
  'capture/created': { id: string; isNew: boolean };
  'capture/deleted': { markedDeleted: number };
  'capture/list': ListReconciled;
  'capture/flow-save': null;
  'capture/flow-load': { flow: SavedFlow | null; account: string };
  'capture/used-where': null;
}
