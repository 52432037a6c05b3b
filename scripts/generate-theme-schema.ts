/**
 * Writes themes/builtin/theme.schema.json from the zod theme schema. Run after changing
 * src/themes/theme-schema.ts: `npm run schema`. A test fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatThemeJsonSchema } from '../src/themes/theme-json-schema.js';

const target = fileURLToPath(new URL('../themes/builtin/theme.schema.json', import.meta.url));
writeFileSync(target, formatThemeJsonSchema(), 'utf8');
process.stdout.write(`已生成 ${target}\n`);
