import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The sample's PDFs, built once for every test that reads them (test/global-setup.ts).
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Browser tests start Chromium; two cores are plenty for two files at once.
    maxWorkers: 2,
  },
});
