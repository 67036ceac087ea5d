/**
 * Tells every open popup (and the same page open in a tab) that the records changed, so each reads
 * them again from the database and two open popups never disagree. Nothing but the fact crosses:
 * the popup reads the records itself.
 */
import { RECORDS_CHANGED_CHANNEL } from '../../shared/stored';
import { onRecordsChanged } from './records-changed';

export function announceRecordChanges(): void {
  if (typeof BroadcastChannel !== 'function') return;
  onRecordsChanged(() => {
    const channel = new BroadcastChannel(RECORDS_CHANGED_CHANNEL);
    channel.postMessage(null);
    channel.close();
  });
}
