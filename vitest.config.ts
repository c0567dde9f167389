import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure modules: functions called in the test's own process, no build, no command.
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          globalSetup: ['test/temp-dir-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Our commands run as a user runs them (`npm run check`, `import`, `digest`, ...): a child
        // process over temporary content folders and git repositories. Starting one takes seconds
        // on a busy 2-core machine: the default 5 s is too tight.
        test: {
          name: 'cli',
          include: ['test/cli/**/*.test.ts'],
          globalSetup: ['test/temp-dir-setup.ts'],
          testTimeout: 60_000,
          // A `beforeAll` that runs commands (public-diff's runs two) needs the same room.
          hookTimeout: 60_000,
        },
      },
      {
        // Built-site assertions and browser tests, over one shared build of the example content.
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          globalSetup: ['test/temp-dir-setup.ts', 'test/global-setup.ts'],
          // Fixture builds and browser tests start Astro, pagefind and chromium.
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
