import { defineConfig } from 'vitest/config';

/**
 * `npm run test:fast` (`--mode fast`): the inner loop, without LibreOffice and without packing and
 * installing the package; `npm test` runs everything, as CI does.
 */
const SLOW_TESTS = ['tests/render/corpus-decks.test.ts', 'tests/render/seed-deck.test.ts', 'tests/cli/preview.test.ts', 'tests/package/**/*.test.ts'];

export default defineConfig(({ mode }) => ({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: mode === 'fast' ? SLOW_TESTS : [],
    // tests/helpers/deckcheck.ts skips LibreOffice in the fast tier even where a test file is not excluded.
    env: mode === 'fast' ? { HUIBAO_TEST_TIER: 'fast' } : {},
    testTimeout: 300_000,
    hookTimeout: 120_000,
    // Render tests start LibreOffice per deck; two at a time suits a two-core machine.
    maxConcurrency: 2,
  },
}));
