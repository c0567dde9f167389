import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure modules: fast, no build needed. Some run a command (`npm run check`, ...) in a child
        // process, which takes seconds on a busy 2-core machine: the default 5 s is too tight.
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        // Built-site assertions and browser tests, over one shared build of the example content.
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          // Fixture builds and browser tests start Astro, pagefind and chromium.
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
