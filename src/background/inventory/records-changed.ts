/**
 * "Records changed": every write to the records store calls recordsChanged(), so that whatever
 * depends on the records (the badge) is recomputed right after a review or delete, whichever
 * message or capture path caused it. Listeners are registered at worker start.
 */
type Listener = () => void | Promise<void>;

const listeners = new Set<Listener>();

export function onRecordsChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function recordsChanged(): void {
  for (const listener of listeners) {
    Promise.resolve()
      .then(listener)
      .catch((error) => console.error('App Password Guide: reacting to a records change failed', error));
  }
}
