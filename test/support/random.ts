/**
 * Seeded randomness for property-based tests: a failure prints its seed, and FUZZ_SEED=<seed>
 * replays it exactly. FUZZ_RUNS sets how many cases (CI runs more than a developer's default).
 */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.CI ? 5000 : 1000));
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

export type Random = ReturnType<typeof createRandom>;

export function createRandom(seed: number) {
  let state = seed >>> 0 || 1;
  const next = () => {
    // mulberry32: small, fast, good enough to explore inputs.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
  const HOSTILE = [
    '<img src=x onerror=alert(1)>',
    '"><script>alert(1)</script>',
    "'; DROP TABLE records; --",
    '\u202Egnp.exe',
    'a\u200Bb\u200Dc\uFEFF',
    '🔑🧑🏽‍💻',
    '=HYPERLINK("http://x")',
    '__proto__',
    'constructor',
    '',
    '   ',
    '\n\r\t',
    'x'.repeat(10_000),
  ];
  const string = (): string =>
    next() < 0.4 ? pick(HOSTILE) : Array.from({ length: int(0, 40) }, () => String.fromCodePoint(int(0x20, 0x2fff))).join('');
  const value = (depth = 0): unknown => {
    const kind = int(0, depth > 2 ? 5 : 7);
    switch (kind) {
      case 0:
        return string();
      case 1:
        return pick([0, -1, 1.5, NaN, Infinity, 2 ** 53, -0, 90, 7, 731]);
      case 2:
        return pick([true, false]);
      case 3:
        return null;
      case 4:
        return undefined;
      case 5:
        return pick([1700000000000, Date.now(), -5]);
      case 6:
        return Array.from({ length: int(0, 4) }, () => value(depth + 1));
      default:
        return Object.fromEntries(Array.from({ length: int(0, 5) }, () => [pick(['name', 'id', 'url', 'step', string()]), value(depth + 1)]));
    }
  };
  return { next, int, pick, string, value };
}
