/**
 * Where themes come from: `./themes` of the working folder, the user's folder, the department's
 * shared folders (HUIBAO_THEMES) and the built-ins, each listed with its origin; `theme init` and
 * `theme import` write to the user's folder and build on a built-in; `-t` takes a Chinese label.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { userThemesDir } from '../../src/cli/theme-locations.js';
import { SEED_FILE } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';
import { buildTemplate, makePng, OFFICE_COLORS } from '../themes/template-test-files.js';

function setUp(): { work: string; user: string; shared: string; env: Record<string, string> } {
  const root = mkdtempSync(path.join(tmpdir(), 'huibao-theme-places-'));
  const work = path.join(root, 'work');
  const user = path.join(root, 'user-themes');
  const shared = path.join(root, 'department');
  mkdirSync(work);
  mkdirSync(shared);
  return { work, user, shared, env: { HUIBAO_USER_THEMES: user, HUIBAO_THEMES: shared } };
}

function writeTheme(dir: string, name: string, data: Record<string, unknown>): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${name}.json`), JSON.stringify({ name, ...data }));
}

/** `huibao themes` lines as [name, label, origin]. */
function listing(stdout: string): string[][] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => line.split('\t').slice(0, 3));
}

describe('theme folders', () => {
  it('lists built-ins as 内置 and every other theme with the folder it came from', async () => {
    const { work, user, shared, env } = setUp();
    writeTheme(path.join(work, 'themes'), 'here', { label: '本处', extends: 'gov-blue' });
    writeTheme(user, 'mine', { label: '我的', extends: 'party-red' });
    writeTheme(shared, 'unit', { label: '本单位', extends: 'dark' });
    const result = await runCli(['themes'], work, env);
    expect(result.code, result.stderr).toBe(0);
    const rows = listing(result.stdout);
    expect(rows.filter((row) => row[2] === '内置').map((row) => row[0])).toEqual(['dark', 'gov-blue', 'minimal', 'party-red']);
    expect(rows.filter((row) => row[2] !== '内置')).toEqual([
      ['here', '本处', '当前文件夹'],
      ['mine', '我的', '用户主题'],
      ['unit', '本单位', '部门共享'],
    ]);
  });

  it('builds with a theme from each folder, and takes a Chinese label for -t', async () => {
    const { work, user, shared, env } = setUp();
    writeTheme(user, 'mine', { label: '我的', extends: 'party-red' });
    writeTheme(shared, 'unit', { label: '本单位', extends: 'dark' });
    for (const ref of ['mine', 'unit', '本单位', '党政红', '政务蓝']) {
      const result = await runCli(['build', SEED_FILE, '-t', ref, '-o', `${ref}.pptx`], work, env);
      expect(result.code, `${ref}: ${result.stderr}`).toBe(0);
      expect(existsSync(path.join(work, `${ref}.pptx`))).toBe(true);
    }
    const unknown = await runCli(['build', SEED_FILE, '-t', '不存在的主题', '-o', 'x.pptx'], work, env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('找不到主题');
  });

  it('theme init writes to the user folder, on the built-in even when ./themes has a theme of that name', async () => {
    const { work, user, env } = setUp();
    writeTheme(path.join(work, 'themes'), 'party-red', { label: '别家红', extends: 'party-red', footer: { text: '别的单位办公室' } });
    const init = await runCli(['theme', 'init', 'my-unit', '--from', '党政红'], work, env);
    expect(init.code, init.stderr).toBe(0);
    const written = JSON.parse(readFileSync(path.join(user, 'my-unit.json'), 'utf8')) as { extends: string; footer: { text: string } };
    expect(written.extends).toBe('builtin:party-red');
    expect(written.footer.text).toBe('');
    expect(existsSync(path.join(user, 'theme.schema.json'))).toBe(true);
    expect(existsSync(path.join(work, 'themes', 'my-unit.json'))).toBe(false);

    const refused = await runCli(['theme', 'init', 'other', '--from', './themes/party-red.json'], work, env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('只能基于内置主题');
  });

  it('theme import writes to the user folder and takes nothing from a user theme named like the base', async () => {
    const { work, user, env } = setUp();
    writeTheme(path.join(work, 'themes'), 'party-red', { label: '别家红', extends: 'party-red', footer: { text: '别的单位办公室' } });
    const template = await buildTemplate({
      colors: { ...OFFICE_COLORS, accent1: 'A31F24', accent2: 'D4A017' },
      major: { latin: 'Georgia', ea: '华文中宋' },
      minor: { latin: 'Arial', ea: '微软雅黑' },
      background: { image: makePng(160, 90, [250, 246, 238]), mime: 'image/png' },
      pictures: [],
    });
    writeFileSync(path.join(work, '单位模板.pptx'), template);
    const imported = await runCli(['theme', 'import', '单位模板.pptx', '--name', 'unit'], work, env);
    expect(imported.code, imported.stderr).toBe(0);
    expect(existsSync(path.join(user, 'unit.json'))).toBe(true);
    const list = await runCli(['themes'], work, env);
    expect(listing(list.stdout)).toContainEqual(['unit', expect.any(String) as string, '用户主题']);
    const { loadTheme } = await import('../../src/themes/load-theme.js');
    const { createThemeFiles } = await import('../../src/cli/io.js');
    const loaded = loadTheme('unit', createThemeFiles(work, env));
    expect(loaded.theme.footer.text).not.toContain('别的单位');
    expect(loaded.chain.some((file) => file.startsWith(path.join(work, 'themes')))).toBe(false);
  });
});

describe('the user theme folder', () => {
  it('is %APPDATA%\\huibao\\themes on Windows and ~/.config/huibao/themes elsewhere', () => {
    expect(userThemesDir({ APPDATA: 'C:\\Users\\me\\AppData\\Roaming' }, 'win32')).toBe(path.join('C:\\Users\\me\\AppData\\Roaming', 'huibao', 'themes'));
    expect(userThemesDir({ HOME: '/home/me' }, 'linux')).toBe(path.join('/home/me', '.config', 'huibao', 'themes'));
    expect(userThemesDir({ HOME: '/home/me', XDG_CONFIG_HOME: '/home/me/.cfg' }, 'linux')).toBe(path.join('/home/me/.cfg', 'huibao', 'themes'));
    expect(userThemesDir({}, 'linux')).toBeUndefined();
  });
});
