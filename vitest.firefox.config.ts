import { defineConfig } from 'vitest/config';

/**
 * Firefox tier: the Firefox build (dist/firefox) in Debian's Firefox ESR, driven by puppeteer-core
 * over WebDriver BiDi, walking the same journeys as the Chromium tier. One browser at a time on a
 * 2-core machine.
 */
export default defineConfig({
  test: {
    include: ['test/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 10_000 } },
    globalSetup: ['test/firefox/global-setup.ts'],
  },
});
