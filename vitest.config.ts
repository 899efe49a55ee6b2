import { defineConfig } from 'vitest/config';
import SharedDataSkips from './tests/helpers/skip-reporter.js';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    reporters: ['default', new SharedDataSkips()],
  },
});
