/**
 * What the list area shows in the few milliseconds before the records arrive: the shape of rows,
 * without a word, so nothing reads "Loading…" on every open and nothing jumps when the rows come.
 */
export function Skeleton() {
  return (
    <div class="skeleton" aria-hidden="true" data-testid="skeleton">
      {Array.from({ length: 8 }, (_, i) => (
        <div class="skeleton-row" key={i}>
          <span class="sk-bar" style={{ width: `${45 + ((i * 37) % 40)}%` }} />
          <span class="sk-bar short" style={{ width: `${25 + ((i * 23) % 30)}%` }} />
        </div>
      ))}
    </div>
  );
}
