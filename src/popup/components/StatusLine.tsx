/**
 * Both regions exist from the first render: a live region added at the moment of the change is
 * not announced by most screen readers.
 */
export function StatusLine({ notice, error }: { notice: string; error: string | null }) {
  return (
    <>
      <p class="notice" role="status" aria-live="polite" data-testid="notice">
        {notice}
      </p>
      <p class="error" role="alert">
        {error ?? ''}
      </p>
    </>
  );
}
