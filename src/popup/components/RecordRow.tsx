import { useEffect, useRef, useState } from 'preact/hooks';
import { memo } from 'preact/compat';
import { t } from '../../shared/i18n';
import type { RecordView } from '../inventory-model';
import type { PopupData } from '../use-popup-data';
import { formatAgo, formatDate } from '../format';
import { EditRecordForm } from './EditRecordForm';
import { ConfirmRemove } from './ConfirmRemove';

interface Props {
  view: RecordView;
  now: number;
  actions: Pick<PopupData, 'review' | 'update' | 'remove' | 'startGuide'>;
}

type Mode = 'view' | 'edit' | 'confirm';
type FocusTarget = 'review' | 'edit' | 'remove';

/** Rows re-render only when their own record or state changed, not when any other record did. */
const sameRow = (a: Props, b: Props) =>
  a.view.record === b.view.record && a.view.stale === b.view.stale && a.now === b.now && a.actions === b.actions;

/** One app password. */
export const RecordRow = memo(function RecordRow({ view, now, actions }: Props) {
  const { record, stale } = view;
  const [mode, setMode] = useState<Mode>('view');
  // After a form closes or the row moves (a review re-sorts the list), focus goes back to the
  // button the user pressed, so keyboard users never lose their place.
  const [focusAfter, setFocusAfter] = useState<FocusTarget | null>(null);
  const buttons = { review: useRef<HTMLButtonElement>(null), edit: useRef<HTMLButtonElement>(null), remove: useRef<HTMLButtonElement>(null) };
  useEffect(() => {
    if (mode !== 'view' || !focusAfter) return;
    buttons[focusAfter].current?.focus();
    setFocusAfter(null);
  }, [mode, focusAfter, record]);

  const close = (target: FocusTarget) => {
    setMode('view');
    setFocusAfter(target);
  };
  const nameId = `name-${record.id}`;

  return (
    <li class={`record${stale ? ' is-stale' : ''}`} aria-labelledby={nameId} data-testid="record" data-record-id={record.id}>
      <div class="record-head">
        <bdi id={nameId} class="name">
          {record.name}
        </bdi>
        <span class={`state ${stale ? 'stale' : 'ok'}`} data-testid="state">
          {t(stale ? 'popupStateStale' : 'popupStateOk')}
        </span>
      </div>
      <dl class="facts">
        <dt>{t('popupUsedWhereLabel')}</dt>
        <dd>{record.usedWhere ? <bdi>{record.usedWhere}</bdi> : t('popupNotSaid')}</dd>
        <dt>{t('popupAgeLabel')}</dt>
        <dd>
          {record.createdAt !== null
            ? <time dateTime={new Date(record.createdAt).toISOString()} title={formatDate(record.createdAt)}>{formatAgo(record.createdAt, now)}</time>
            : t('popupFirstSeen', formatAgo(record.firstSeenAt, now))}
        </dd>
        <dt>{t('popupLastReviewedLabel')}</dt>
        <dd>{record.lastReviewedAt !== null ? formatAgo(record.lastReviewedAt, now) : t('popupNever')}</dd>
        {record.notes && (
          <>
            <dt>{t('popupNotesLabel')}</dt>
            <dd class="notes" dir="auto">{record.notes}</dd>
          </>
        )}
      </dl>
      {mode === 'edit' && <EditRecordForm record={record} onSave={actions.update} onClose={() => close('edit')} />}
      {mode === 'confirm' && (
        <ConfirmRemove
          record={record}
          onCancel={() => close('remove')}
          onConfirm={() => void actions.remove(record).then((removed) => !removed && close('remove'))}
        />
      )}
      {mode === 'view' && (
        <div class="row-actions">
          <button
            type="button"
            ref={buttons.review}
            aria-describedby={nameId}
            onClick={() => void actions.review(record).then((ok) => ok && setFocusAfter('review'))}
          >
            {t('popupMarkReviewed')}
          </button>
          <button type="button" ref={buttons.edit} aria-describedby={nameId} onClick={() => setMode('edit')}>
            {t('popupEdit')}
          </button>
          <button
            type="button"
            aria-describedby={nameId}
            onClick={() => void actions.startGuide({ kind: 'delete', name: record.name, ...(record.account && { account: record.account }) })}
          >
            {t('popupDeleteInMicrosoft')}
          </button>
          <button type="button" ref={buttons.remove} aria-describedby={nameId} onClick={() => setMode('confirm')}>
            {t('popupRemoveRecord')}
          </button>
        </div>
      )}
    </li>
  );
}, sameRow);
