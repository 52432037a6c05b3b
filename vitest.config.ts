import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const PART_COLLECTOR = fileURLToPath(new URL('./src/render/part-collector.ts', import.meta.url));

export default defineConfig({
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
    testTimeout: 300_000,
    hookTimeout: 120_000,
    // Render tests start LibreOffice per deck; two at a time suits a two-core machine.
    maxConcurrency: 2,
    // Processed by vite, so that the plugin above sees its imports.
    server: { deps: { inline: ['pptxgenjs'] } },
  },
});
