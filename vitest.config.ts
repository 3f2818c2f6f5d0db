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
    // The files of one worker share its loaded modules: importing the pipeline (unified, puppeteer,
    // sharp …) once per worker, not once per file, saves about a second a file. So no test may
    // leave global state behind: no vi.mock (a build without a browser is checked with
    // browserLaunches()), and a test that switches the language switches it back.
    isolate: false,
  },
});
