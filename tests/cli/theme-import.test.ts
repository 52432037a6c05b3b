/** `huibao theme import`: a unit's template becomes a theme file whose colours and pictures reach the deck. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { SEED_FILE } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';
import { buildTemplate, makePng, OFFICE_COLORS } from '../themes/template-test-files.js';

describe('huibao theme import', () => {
  it('writes a theme that extends the closest built-in, with its pictures, and builds with it', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'huibao-import-'));
    const template = await buildTemplate({
      colors: { ...OFFICE_COLORS, accent1: 'A31F24', accent2: 'D4A017' },
      major: { latin: 'Georgia', ea: '华文中宋' },
      minor: { latin: 'Arial', ea: '微软雅黑' },
      background: { image: makePng(160, 90, [250, 246, 238]), mime: 'image/png' },
      pictures: [{ bytes: makePng(200, 60, [163, 31, 36]), mime: 'image/png', x: 0.3, y: 0.2, w: 1.6, h: 0.48 }],
    });
    writeFileSync(path.join(work, '单位模板.pptx'), template);

    const imported = await runCli(['theme', 'import', '单位模板.pptx', '--name', 'unit'], work);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain('party-red');
    const theme = JSON.parse(readFileSync(path.join(work, 'themes', 'unit.json'), 'utf8')) as {
      extends: string;
      colors: { primary: string };
      images: { logo?: string; background?: string };
    };
    expect(theme.extends).toBe('builtin:party-red');
    expect(theme.colors.primary.toUpperCase()).toContain('A31F24');
    expect(existsSync(path.join(work, 'themes', 'theme.schema.json'))).toBe(true);
    for (const image of [theme.images.logo, theme.images.background]) {
      expect(image).toBeDefined();
      expect(existsSync(path.join(work, 'themes', image ?? 'missing'))).toBe(true);
    }

    const build = await runCli(['build', SEED_FILE, '-t', 'unit', '-o', 'deck.pptx'], work);
    expect(build.code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(path.join(work, 'deck.pptx')));
    expect(Object.keys(zip.files).filter((name) => name.startsWith('ppt/media/')).length).toBeGreaterThanOrEqual(2);
    expect(await zip.file('ppt/theme/theme1.xml')?.async('string')).toContain('A31F24');

    expect((await runCli(['theme', 'import', '单位模板.pptx', '--name', 'unit'], work)).code).toBe(1);
  });

  it('explains in Chinese when the file is not a PowerPoint template', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'huibao-import-'));
    writeFileSync(path.join(work, 'notes.pptx'), 'not a zip');
    const result = await runCli(['theme', 'import', 'notes.pptx'], work);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/错误/u);
    expect(existsSync(path.join(work, 'themes', 'notes.json'))).toBe(false);
  });
});
