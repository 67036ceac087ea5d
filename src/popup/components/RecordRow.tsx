import { useEffect, useRef, useState } from 'preact/hooks';
import { memo } from 'preact/compat';
import { isolate, t } from '../../shared/i18n';
import type { AppPasswordRecord } from '../../shared/record';
import type { RecordView } from '../inventory-model';
import type { PopupData } from '../use-popup-data';
import { formatAgo, formatDate } from '../format';
import { EditRecordForm } from './EditRecordForm';
import { Icon } from './Icon';
import { RowMenu } from './RowMenu';

export type RowActions = Pick<PopupData, 'review' | 'update' | 'startGuide'> & { remove: (record: AppPasswordRecord) => Promise<boolean> };

interface Props {
  view: RecordView;
  now: number;
  actions: RowActions;
}

/** Rows re-render only when their own record or state changed, not when any other record did. */
const sameRow = (a: Props, b: Props) =>
  a.view.record === b.view.record && a.view.stale === b.view.stale && a.now === b.now && a.actions === b.actions;

/**
 * One app password on two lines: its name; its state, where it is used and its age. The likely
 * action of a row due for review ("Still needed") is a button on the row; every action is in the
 * row's menu. A review changes the row in place: the button gives way to a "Reviewed" mark of the
 * same place, and focus moves to the menu button, so nothing moves under the pointer.
 */
export const RecordRow = memo(function RecordRow({ view, now, actions }: Props) {
  const { record, stale } = view;
  const [editing, setEditing] = useState(false);
  const [reviewed, setReviewed] = useState(false);
  const [refocus, setRefocus] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!refocus || editing) return;
    menuButton.current?.focus();
    setRefocus(false);
  }, [refocus, editing, record]);

  const review = () => void actions.review(record).then((ok) => ok && (setReviewed(true), setRefocus(true)));
  const nameId = `name-${record.id}`;
  // The row shows only the short age ("4 mo. ago"); screen readers and the tooltip get the whole sentence.
  const created =
    record.createdAt !== null ? t('popupCreatedAgo', formatAgo(record.createdAt, now)) : t('popupSeenAgo', formatAgo(record.firstSeenAt, now));
  const createdShort = formatAgo(record.createdAt ?? record.firstSeenAt, now, 'short');
  const details = [
    record.createdAt !== null ? formatDate(record.createdAt) : null,
    record.lastReviewedAt !== null ? t('popupReviewedAgo', formatAgo(record.lastReviewedAt, now)) : t('popupNeverReviewed'),
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <li class={`record${stale ? ' is-stale' : ''}`} aria-labelledby={nameId} data-testid="record" data-record-id={record.id}>
      <div class="rec-text">
        <bdi id={nameId} class="name" title={record.name}>
          {record.name}
        </bdi>
        <div class="meta">
          <span class={`chip ${stale ? 'stale' : 'ok'}`} data-testid="state">
            {t(stale ? 'popupStateStale' : 'popupStateOk')}
          </span>
          <span class="facts" title={`${created} · ${details}`}>
            <span aria-hidden="true">{createdShort}</span>
            <span class="sr-only">{created}</span>
            <span class="sep" aria-hidden="true">
              ·
            </span>
            {record.usedWhere ? <bdi class="where">{record.usedWhere}</bdi> : <span class="where none">{t('popupUsedWhereUnknown')}</span>}
            <span class="sr-only"> · {details}</span>
          </span>
        </div>
        {record.notes && (
          <div class="notes" dir="auto" title={record.notes}>
            {record.notes}
          </div>
        )}
      </div>
      <div class="rec-actions">
        {stale ? (
          <button type="button" class="quick" aria-describedby={nameId} onClick={review}>
            {t('popupMarkReviewed')}
          </button>
        ) : (
          reviewed && (
            <span class="done">
              <Icon name="check" size={14} />
              {t('popupReviewedJustNow')}
            </span>
          )
        )}
        <RowMenu
          label={t('popupRowActions', isolate(record.name))}
          buttonRef={menuButton}
          items={[
            ...(stale ? [] : [{ key: 'review', label: t('popupMarkReviewed'), onSelect: review }]),
            { key: 'edit', label: t('popupEdit'), onSelect: () => setEditing(true) },
            {
              key: 'delete',
              label: t('popupDeleteInMicrosoft'),
              onSelect: () => void actions.startGuide({ kind: 'delete', name: record.name, ...(record.account && { account: record.account }) }),
            },
            { key: 'remove', label: t('popupRemoveRecord'), danger: true, onSelect: () => void actions.remove(record) },
          ]}
        />
      </div>
      {editing && (
        <EditRecordForm
          record={record}
          onSave={actions.update}
          onClose={() => {
            setEditing(false);
            setRefocus(true);
          }}
        />
      )}
    </li>
  );
}, sameRow);
