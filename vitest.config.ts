import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 120_000,
    // Render tests start LibreOffice per deck; two at a time suits a two-core machine.
    maxConcurrency: 2,
  },
});
