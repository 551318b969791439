import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'cli', include: ['tests/cli/**/*.test.ts'], testTimeout: 30_000 } },
      {
        extends: true,
        test: {
          name: 'sites',
          // Each test builds a throwaway copy of the project; two builds at a time fit two cores.
          include: ['tests/sites/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          maxConcurrency: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: [
            'tests/support/build-site.ts',
            'tests/support/build-sub-path-site.ts',
            'tests/support/pictures-site.ts',
          ],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: [
            'tests/support/build-site.ts',
            'tests/support/build-sub-path-site.ts',
            'tests/support/pictures-site.ts',
          ],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // One Chromium at a time: two cores are shared with the static server.
          fileParallelism: false,
        },
      },
    ],
  },
});
