import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Spec loading and property tests compile many validators; give them room on a shared machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
