/**
 * Text comparison that survives Microsoft's small wording changes: case, accents in some
 * translations, a leading "+", curly quotes, ellipses and spacing (Japanese labels are written both
 * with and without the space in "アプリ パスワード").
 */
export function normalise(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[+…:.!?"“”«»()。、・]/g, ' ')
    .replace(/\s+/g, '');
}

/**
 * Whether a visible text is one of the labels. Short labels ("OK", "Ja") must match exactly;
 * longer ones may sit inside a longer text, as in aria-label="Delete App password".
 */
export function matchesAny(text: string | null | undefined, labels: readonly string[]): boolean {
  const seen = normalise(text);
  if (!seen) return false;
  return labels.some((label) => {
    const wanted = normalise(label);
    return wanted !== '' && (seen === wanted || (wanted.length >= 6 && seen.includes(wanted)));
  });
}

/** Whether a sentence (an alert, a message bar) contains one of the phrases anywhere. */
export function mentionsAny(text: string | null | undefined, phrases: readonly string[]): boolean {
  const seen = normalise(text);
  return !!seen && phrases.some((p) => normalise(p) !== '' && seen.includes(normalise(p)));
}
