import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A folder per run, where the sample is built once for the tests that read it (test/global-setup.ts).
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Browser tests start Chromium; two cores are plenty for two files at once.
    maxWorkers: 2,
  },
});
