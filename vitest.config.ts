import { defineConfig } from 'vitest/config';

/**
 * `npm run test:fast` (`--mode fast`): the inner loop, without LibreOffice and without packing and
 * installing the package; `npm test` runs everything, as CI does.
 */
const SLOW_TESTS = ['tests/render/corpus-decks.test.ts', 'tests/render/seed-deck.test.ts', 'tests/cli/preview.test.ts', 'tests/package/**/*.test.ts'];
/** Files that mock modules: without isolation (below) a mock could reach other files, so the inner loop leaves them to npm test. */
const MOCKING_TESTS = ['tests/cli/batch-internal-error.test.ts'];

export default defineConfig(({ mode }) => ({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: mode === 'fast' ? [...SLOW_TESTS, ...MOCKING_TESTS] : [],
    // tests/helpers/deckcheck.ts skips LibreOffice in the fast tier even where a test file is not excluded.
    env: mode === 'fast' ? { HUIBAO_TEST_TIER: 'fast' } : {},
    // The inner loop reuses each worker's module cache across files (loading the pipeline once per
    // worker, not once per file); npm test keeps every file isolated.
    isolate: mode !== 'fast',
    testTimeout: 300_000,
    hookTimeout: 120_000,
    // Render tests start LibreOffice per deck; two at a time suits a two-core machine.
    maxConcurrency: 2,
  },
}));
