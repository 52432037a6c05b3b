// Where the time of one build goes, phase by phase, in one process (imports included):
//   node scripts/bench-phases.mjs seeds/sasac-organization-report.txt   (after npm run build)
import { readFileSync } from 'node:fs';
const t0 = performance.now();
const lap = (() => { let last = t0; return (label) => { const now = performance.now(); console.log(label.padEnd(28), (now - last).toFixed(0).padStart(5), 'ms'); last = now; }; })();
await import('@commander-js/extra-typings'); lap('import commander');
await import('zod'); lap('import zod');
const { loadTheme } = await import('../dist/themes/load-theme.js'); const { createThemeFiles } = await import('../dist/cli/io.js'); lap('import themes');
await import('iconv-lite'); lap('import iconv-lite');
const { readSource } = await import('../dist/parse/read-source.js'); lap('import parse');
const { planDeck } = await import('../dist/plan/plan-deck.js'); lap('import plan');
await import('jszip'); lap('import jszip');
await import('pptxgenjs'); lap('import pptxgenjs');
const { renderDeck } = await import('../dist/render/render-deck.js'); const { fixPackage } = await import('../dist/render/fix-package.js'); const { packageOptionsFor } = await import('../dist/build-deck.js'); lap('import render');
const theme = loadTheme('party-red', createThemeFiles(new URL('..', import.meta.url).pathname)).theme; lap('loadTheme');
const file = process.argv[2];
const { outline } = await readSource(readFileSync(file), file); lap('readSource');
const plan = planDeck(outline, theme, {}); lap('planDeck');
const raw = await renderDeck(plan); lap('renderDeck');
await fixPackage(raw, packageOptionsFor(theme, plan, new Date(0))); lap('fixPackage');
console.log('total', (performance.now() - t0).toFixed(0), 'ms; rss', (process.resourceUsage().maxRSS / 1024).toFixed(0), 'MB');
