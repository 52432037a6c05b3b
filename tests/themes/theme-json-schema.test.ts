import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildThemeJsonSchema, formatThemeJsonSchema } from '../../src/themes/theme-json-schema.js';
import { REPO_THEMES_DIR } from './theme-test-files.js';

type Node = Record<string, unknown>;

function objectAt(node: unknown, ...keys: string[]): Node {
  let current = node;
  for (const key of keys) current = (current as Node)[key];
  return current as Node;
}

describe('themes/builtin/theme.schema.json', () => {
  it('is what `npm run schema` generates from the zod schema (run it after changing theme-schema.ts)', () => {
    expect(readFileSync(join(REPO_THEMES_DIR, 'theme.schema.json'), 'utf8')).toBe(formatThemeJsonSchema());
  });

  it('requires the full theme only when the file does not extend another', () => {
    const schema = buildThemeJsonSchema();
    expect(schema['if']).toEqual({ type: 'object', required: ['extends'] });
    expect(objectAt(schema, 'else')['required']).toEqual(expect.arrayContaining(['name', 'label', 'colors', 'fonts', 'sizes', 'spacing']));
    expect(JSON.stringify(schema['then'])).not.toContain('"required"');
    expect(objectAt(schema, 'then', 'properties', 'colors', 'properties', 'primary')['pattern']).toBe('^#?[0-9A-Fa-f]{6}$');
  });

  it('leaves defaulted keys optional and documents them in Chinese', () => {
    const full = objectAt(buildThemeJsonSchema(), 'else');
    const required = full['required'] as string[];
    for (const key of ['slide', 'decorations', 'badge', 'layouts', 'wording', 'footer', 'images', 'extends', '$schema']) {
      expect(required).not.toContain(key);
    }
    const colors = objectAt(full, 'properties', 'colors');
    expect(colors['required']).not.toContain('layouts');
    expect(objectAt(colors, 'properties', 'layouts')['description']).toMatch(/[\u4e00-\u9fff]/);
    expect(objectAt(full, 'properties', 'images', 'properties', 'logo')['description']).toContain('主题文件所在文件夹内');
    expect(objectAt(full, 'properties', 'sizes', 'properties', 'body')['description']).toContain('14');
  });
});
