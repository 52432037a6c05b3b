/**
 * The JSON Schema editors use to check and complete theme files, generated from the zod schema
 * (input side, so keys with defaults are optional). A file with `extends` only lists the keys it
 * changes, so for it every key is optional; the merged result is checked by the loader.
 */
import { z } from 'zod';
import { themeSchema } from './theme-schema.js';

type JsonObject = Record<string, unknown>;

export function buildThemeJsonSchema(): JsonObject {
  // draft-07: the newest draft that VS Code and JetBrains editors support fully.
  const { $schema: dialect, ...full } = z.toJSONSchema(themeSchema, { io: 'input', target: 'draft-7' }) as JsonObject;
  return {
    $schema: dialect,
    title: 'huibao 主题文件',
    description: '汇报（huibao）的主题：颜色、字体、字号、装饰和固定用语。写了 extends 的文件只需列出要修改的键。',
    if: { type: 'object', required: ['extends'] },
    then: dropRequired(full),
    else: full,
  };
}

/** The schema file's text as committed in `themes/builtin/theme.schema.json`. */
export function formatThemeJsonSchema(): string {
  return `${JSON.stringify(buildThemeJsonSchema(), null, 2)}\n`;
}

/** A copy of `node` where no object requires any key (schema keywords only, not property names). */
function dropRequired(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(dropRequired);
  if (typeof node !== 'object' || node === null) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'required' && Array.isArray(value)) continue;
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, dropRequired(child)]));
    } else {
      out[key] = dropRequired(value);
    }
  }
  return out;
}
