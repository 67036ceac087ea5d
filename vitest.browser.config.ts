import { defineConfig } from 'vitest/config';

/** Browser tier: the built extension in Debian's Chromium. One browser at a time on a 2-core machine. */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The first storage.managed read after launch can take ~3 s, and the machine is shared.
    expect: { poll: { timeout: 10_000 } },
    globalSetup: ['test/browser/global-setup.ts'],
  },
});
