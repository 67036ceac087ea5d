import { type Check, array, boolean, integer, object, string } from '../validate';
import { LIMIT_PER_ACCOUNT, MAX_NAME_LENGTH } from '../record';

const name = string({ min: 1, max: MAX_NAME_LENGTH });
const account = string({ max: 320 });
/**
 * Microsoft caps an account at 40 app passwords; a list far longer than that is not Microsoft's, so
 * it is refused rather than allowed to mark hundreds of records.
 */
const MAX_LIST_ROWS = LIMIT_PER_ACCOUNT * 5;

/**
 * What the content script learns on Microsoft's page. Only names, the account and counts: there is
 * no field that could carry the password, and `object` rejects any field not listed here.
 */
export const capturePayloads = {
  'capture/created': object({ flowId: string({ min: 8, max: 100 }), name, account }),
  'capture/deleted': object({ name, account, remaining: integer({ min: 0, max: MAX_LIST_ROWS }) }),
  'capture/list': object({ account, names: array(name, { max: MAX_LIST_ROWS }), legacy: boolean }),
} satisfies Record<string, Check<unknown>>;

export interface ListReconciled {
  added: number;
  markedDeleted: number;
  /** Records marked "deleted elsewhere" moments ago whose row is back (the earlier list was misread). */
  restored: number;
}

export interface CaptureMessages {
  /**
   * The user named an app password and Microsoft showed it. `flowId` is made once per creation by
   * the content script and becomes the record's id, so a re-sent message never makes a second record.
   */
  'capture/created': { payload: { flowId: string; name: string; account: string }; reply: { id: string; isNew: boolean } };
  /**
   * A deletion done through the guide: after it, `remaining` rows named `name` are left on
   * Microsoft's list. Stating what is left (not "one fewer") makes a re-sent message change nothing.
   */
  'capture/deleted': { payload: { name: string; account: string; remaining: number }; reply: { markedDeleted: number } };
  /** The App password rows on Microsoft's list: the truth the records are reconciled with. */
  'capture/list': { payload: { account: string; names: string[]; legacy: boolean }; reply: ListReconciled };
}
