import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // CLI tests start real processes; give them room on a 2-core machine.
    testTimeout: 30000,
  },
});
