/**
 * What the popup's forms accept. The background validates again (the protocol's limits); these are
 * tighter, human-sized limits with messages the user can act on.
 */
import { MAX_NAME_LENGTH } from '../shared/record';
import { parseDateInput } from './format';

const MAX_USED_WHERE = 200;
export const MAX_NOTES = 2000;
const EARLIEST = Date.UTC(2000, 0, 1);

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

export interface RecordFields {
  name: string;
  account: string;
  usedWhere: string;
  notes: string;
  createdOn: string;
}

/** Returns message keys (translated by the caller) per field; empty when valid. */
export function checkRecordFields(fields: Partial<RecordFields>, now: number): FieldErrors<keyof RecordFields> {
  const errors: FieldErrors<keyof RecordFields> = {};
  if (fields.name !== undefined) {
    const name = fields.name.trim();
    if (!name) errors.name = 'popupErrorNameRequired';
    else if (name.length > MAX_NAME_LENGTH) errors.name = 'popupErrorTooLong';
  }
  if (fields.account !== undefined) {
    const account = fields.account.trim();
    // Microsoft 365 sign-in names are always user@domain.
    if (account && (account.length > 320 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(account))) errors.account = 'popupErrorAccount';
  }
  if (fields.usedWhere !== undefined && fields.usedWhere.trim().length > MAX_USED_WHERE) errors.usedWhere = 'popupErrorTooLong';
  if (fields.notes !== undefined && fields.notes.trim().length > MAX_NOTES) errors.notes = 'popupErrorTooLong';
  if (fields.createdOn) {
    const at = parseDateInput(fields.createdOn);
    if (at === null || at < EARLIEST || at > now) errors.createdOn = 'popupErrorDate';
  }
  return errors;
}
