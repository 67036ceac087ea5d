/**
 * What the content script learns on Microsoft's page. Only names, the account and counts: there is
 * no field that could carry the password, unknown fields are refused, and any text shaped like an
 * app password is refused (capture/created, capture/deleted) or skipped (a row of capture/list).
 */
import * as v from 'valibot';
import { LIMIT_PER_ACCOUNT, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../record';
import { type Output, list, notAppPassword, shape, text, wholeNumber } from '../schema';
import { fromContentScript } from './define';

const name = v.pipe(text({ min: 1, max: MAX_NAME_LENGTH }), notAppPassword);
const account = v.pipe(text({ max: 320 }), notAppPassword);
/**
 * Microsoft caps an account at 40 app passwords; a list far longer than that is not Microsoft's, so
 * it is refused rather than allowed to mark hundreds of records.
 */
export const MAX_LIST_ROWS = LIMIT_PER_ACCOUNT * 5;

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
   * "Where will you use it?", answered in the panel after a guided creation. The record is named by
   * the flow id of that page's own `capture/created`, never by anything read from the page, and
   * only a live record made by a guided creation can be changed this way.
   */
  'capture/used-where': fromContentScript(usedWhere),
};

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
}

export interface CaptureReplies {
  'capture/created': { id: string; isNew: boolean };
  'capture/deleted': { markedDeleted: number };
  'capture/list': ListReconciled;
  'capture/used-where': null;
}
