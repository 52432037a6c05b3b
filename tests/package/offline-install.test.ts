/**
 * The package as an intranet PC gets it: `npm pack`, then `npm install -g huibao-x.y.z.tgz
 * --offline` into an empty prefix (no registry, no cache), then `huibao build 报告.txt` from
 * another folder. The tarball has no runtime dependencies: the bundle carries everything.
 * Slow (packs and installs), so `npm run test:fast` leaves it out.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_DIR, SEED_FILE } from '../helpers/fixtures.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const root = mkdtempSync(path.join(tmpdir(), 'huibao-offline-'));
const prefix = path.join(root, 'prefix');
const home = path.join(root, 'home');
const packageDir = path.join(prefix, 'lib', 'node_modules', 'huibao');
const bin = path.join(prefix, 'bin', 'huibao');
/** No registry reachable and an empty cache: what an intranet PC has. */
const offlineEnv = {
  ...process.env,
  HOME: home,
  npm_config_cache: path.join(root, 'npm-cache'),
  npm_config_registry: 'http://127.0.0.1:9/',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

function huibao(args: readonly string[], cwd: string): { stdout: string; stderr: string } {
  let stderr = '';
  try {
    const stdout = execFileSync(bin, args, { cwd, env: { PATH: process.env['PATH'] ?? '', HOME: home }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { stdout, stderr };
  } catch (error) {
    const output = (error as { stderr?: unknown }).stderr;
    stderr = typeof output === 'string' ? output : '';
    throw new Error(`huibao ${args.join(' ')} failed: ${stderr}`);
  }
}

describe.skipIf(process.platform === 'win32')('the offline package', () => {
  let tarball = '';
  beforeAll(() => {
    mkdirSync(home);
    const packed = execFileSync(npm, ['pack', '--pack-destination', root, '--json'], {
      cwd: REPO_DIR,
      env: offlineEnv,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const [info] = JSON.parse(packed.slice(packed.indexOf('['))) as { filename: string }[];
    tarball = path.join(root, info?.filename ?? 'missing.tgz');
    execFileSync(npm, ['install', '-g', tarball, '--offline', '--prefix', prefix], { cwd: root, env: offlineEnv, stdio: 'ignore' });
  }, 240_000);

  it('installs from the tarball alone, with no runtime dependencies', () => {
    expect(existsSync(tarball)).toBe(true);
    const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(existsSync(path.join(packageDir, 'node_modules'))).toBe(false);
    expect(
      readdirSync(path.join(packageDir, 'themes', 'builtin'))
        .filter((name) => name.endsWith('.json'))
        .sort(),
    ).toEqual(['dark.json', 'gov-blue.json', 'minimal.json', 'party-red.json', 'theme.schema.json']);
    expect(existsSync(path.join(packageDir, 'src'))).toBe(false);
  });

  it('builds a report from another folder, with a theme of that folder listed as the folder’s, not 内置', () => {
    const work = path.join(root, '汇报材料');
    mkdirSync(path.join(work, 'themes'), { recursive: true });
    copyFileSync(SEED_FILE, path.join(work, '报告.txt'));
    writeFileSync(
      path.join(work, 'themes', 'my-unit.json'),
      JSON.stringify({ name: 'my-unit', label: '本单位', extends: 'party-red', footer: { text: '某某市国资委办公室' } }),
    );

    const built = huibao(['build', '报告.txt'], work);
    expect(built.stdout).toBe('');
    expect(readFileSync(path.join(work, '报告.pptx')).subarray(0, 2).toString()).toBe('PK');

    const themes = huibao(['themes'], work)
      .stdout.trim()
      .split('\n')
      .map((line) => line.split('\t'));
    expect(themes.find((row) => row[0] === 'my-unit')?.[2]).toBe('当前文件夹');
    expect(themes.filter((row) => row[2] === '内置').map((row) => row[0])).toEqual(['dark', 'gov-blue', 'minimal', 'party-red']);
    huibao(['build', '报告.txt', '-t', '本单位', '-o', '本单位.pptx'], work);
    expect(existsSync(path.join(work, '本单位.pptx'))).toBe(true);
  });
});
