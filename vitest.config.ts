import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    // Property tests play hundreds of whole games: on a shared two-core machine they can
    // take many seconds. Speed is measured by `npm run bench`, never by a test's clock.
    testTimeout: 60_000,
  },
});
