import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The e2e suites start servers on loopback; a generous timeout absorbs a busy shared machine.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
