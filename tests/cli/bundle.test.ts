/**
 * The built program as `huibao` runs it: one bundled script with the V8 code cache the build wrote
 * (src/cli/bundle-loader.ts). A cache V8 refuses would still build decks, only slower, so this is
 * the test that notices.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_NAME, CODE_CACHE_NAME } from '../../src/cli/bundle-loader.js';
import { REPO_DIR } from '../helpers/fixtures.js';

const DIST_CLI = path.join(REPO_DIR, 'dist', 'cli');

function inFreshNode(script: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO_DIR, encoding: 'utf8' }).trim();
}

describe('the bundled program', () => {
  it('is there after npm run build, with its code cache', () => {
    expect(existsSync(path.join(DIST_CLI, BUNDLE_NAME))).toBe(true);
    expect(existsSync(path.join(DIST_CLI, CODE_CACHE_NAME))).toBe(true);
  });

  it('loads with the code cache accepted by this Node', () => {
    const loader = JSON.stringify(path.join(DIST_CLI, 'bundle-loader.js'));
    const result = inFreshNode(
      `const { loadBundle } = await import(${loader}); console.log(JSON.stringify(loadBundle(${JSON.stringify(DIST_CLI)}).cacheRejected));`,
    );
    expect(result).toBe('false');
  });

  it('has no import() left, which a script run with a code cache cannot do on Node 20', () => {
    const source = readFileSync(path.join(DIST_CLI, BUNDLE_NAME), 'utf8');
    expect(source).not.toMatch(/[^\w$.]import\s*\(\s*["'`]/u);
  });

  it('runs as the huibao command', () => {
    const help = execFileSync(process.execPath, [path.join(DIST_CLI, 'main.js'), '--help'], { encoding: 'utf8' });
    expect(help).toMatch(/build/u);
    expect(help).toMatch(/outline/u);
  });
});

describe('huibao serve as a real process', () => {
  it('carries the page in the bundle, serves it, and exits 0 on Ctrl-C (SIGINT)', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [path.join(DIST_CLI, 'main.js'), 'serve', '--port', '0'], { cwd: REPO_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8');
        const found = /^http:\/\/127\.0\.0\.1:\d+\/$/mu.exec(stdout);
        if (found !== null) resolve(found[0]);
      });
      child.once('exit', () => reject(new Error(`serve exited early: ${stderr}`)));
    });
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('补全隐去的数字');
    const script = await fetch(new URL('/app.js', url));
    expect(await script.text()).toContain('/api/preview');
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stderr).toContain('已停止');
  });
});
