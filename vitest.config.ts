import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const PART_COLLECTOR = fileURLToPath(new URL('./src/render/part-collector.ts', import.meta.url));

/**
 * `npm run test:fast` (`--mode fast`): the inner loop, without LibreOffice and without packing and
 * installing the package; `npm test` runs everything, as CI does.
 */
const SLOW_TESTS = ['tests/render/corpus-decks.test.ts', 'tests/render/seed-deck.test.ts', 'tests/cli/preview.test.ts', 'tests/package/**/*.test.ts'];

export default defineConfig(({ mode }) => ({
  plugins: [
    {
      // pptxgenjs writes through part-collector.ts instead of JSZip, as in the bundle (scripts/bundle.mjs).
      name: 'part-collector',
      enforce: 'pre',
      resolveId(source, importer) {
        return source === 'jszip' && importer !== undefined && /[\\/]node_modules[\\/]pptxgenjs[\\/]/.test(importer) ? PART_COLLECTOR : null;
      },
    },
  ],
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: mode === 'fast' ? SLOW_TESTS : [],
    // tests/helpers/deckcheck.ts skips LibreOffice in the fast tier even where a test file is not excluded.
    env: mode === 'fast' ? { HUIBAO_TEST_TIER: 'fast' } : {},
    testTimeout: 300_000,
    hookTimeout: 120_000,
    // Render tests start LibreOffice per deck; two at a time suits a two-core machine.
    maxConcurrency: 2,
    // Processed by vite, so that the plugin above sees its imports.
    server: { deps: { inline: ['pptxgenjs'] } },
  },
}));
