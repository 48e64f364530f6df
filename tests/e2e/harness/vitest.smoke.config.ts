import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

// Runs only the harness smoke test, independent of the project's vite.config.ts (whose root is
// src/ui) and of any vitest projects set-up:
//   npx vitest run --config tests/e2e/harness/vitest.smoke.config.ts
export default defineConfig({
  root: resolve(import.meta.dirname, '../../..'),
  test: {
    include: ['tests/e2e/harness.smoke.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
