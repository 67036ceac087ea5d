import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Unit tier: pure code against fixtures and fakes, no browser. */
export default defineConfig({
  resolve: {
    alias: { 'webextension-polyfill': fileURLToPath(new URL('./test/fakes/browser.ts', import.meta.url)) },
  },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['test/setup-unit.ts'],
    // No unit test measures time: replays of every replica screen can exceed 5 s on a loaded 2-core
    // machine, and a timeout there would be a failure about the machine, not the code.
    testTimeout: 60_000,
  },
});
