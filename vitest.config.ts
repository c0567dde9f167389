import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/fixtures/**'],
    // Fixture builds and browser tests start Astro, pagefind and chromium: give them time.
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
