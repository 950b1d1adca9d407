import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Unit tests run on the pipeline alone; e2e tests run Chromium against the built site in dist/. */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    reporters: ['default', ['json', { outputFile: '.test-results.json' }]],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
