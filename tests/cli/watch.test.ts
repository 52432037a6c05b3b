/** `build --watch`: rebuilds on changes of the report and the theme, survives errors, stops on abort with 0. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_DIR, SEED_FILE } from '../helpers/fixtures.js';
import { runWith } from './harness.js';

async function waitFor(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe('huibao build --watch', () => {
  it('rebuilds on report and theme changes, reports errors and keeps watching, exits 0 when stopped', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'huibao-watch-'));
    const seed = readFileSync(SEED_FILE, 'utf8');
    writeFileSync(path.join(work, 'seed.txt'), seed);
    expect((await runWith(['theme', 'init', 'mine'], work)).code).toBe(0);
    const controller = new AbortController();
    let stderr = '';
    const running = runWith(['build', 'seed.txt', '-t', 'mine', '--watch'], work, { signal: controller.signal, onStderr: (text) => (stderr += text) });

    await waitFor(() => stderr.includes('正在监视'), 'the first build');
    expect(stderr).toContain('已生成：seed.pptx');

    writeFileSync(path.join(work, 'seed.txt'), `${seed}\n三、新增一节\n新增的内容在这里。\n`);
    await waitFor(() => count(stderr, '已重新生成') === 1, 'a rebuild after the report changed');
    const times = [...stderr.matchAll(/已重新生成：seed\.pptx（\d+ 页，(\d+) ms）/gu)].map((match) => Number(match[1]));
    expect(times).toHaveLength(1);
    expect(times[0]).toBeLessThan(1000);

    writeFileSync(path.join(work, 'seed.txt'), '');
    await waitFor(() => stderr.includes('是空的'), 'the error of an empty report');

    writeFileSync(path.join(work, 'seed.txt'), seed);
    await waitFor(() => count(stderr, '已重新生成') === 2, 'a rebuild after the report was restored');

    const themeFile = path.join(work, 'themes', 'mine.json');
    const theme = JSON.parse(readFileSync(themeFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(themeFile, JSON.stringify({ ...theme, label: '我的主题二' }, null, 2));
    await waitFor(() => count(stderr, '已重新生成') === 3, 'a rebuild after the theme changed');

    controller.abort();
    const result = await running;
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('已停止监视');
  });

  it('refuses --watch for more than one report with a usage error', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'huibao-watch-'));
    writeFileSync(path.join(work, 'a.txt'), readFileSync(SEED_FILE));
    writeFileSync(path.join(work, 'b.txt'), readFileSync(SEED_FILE));
    const result = await runWith(['build', 'a.txt', 'b.txt', '--watch'], work, { signal: new AbortController().signal });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--watch 只能用于单个文稿');
  });
});

const BUILT_CLI = path.join(REPO_DIR, 'dist', 'cli', 'main.js');

describe.runIf(existsSync(BUILT_CLI))('the built command under Ctrl-C', () => {
  it('stops watching and exits 0 on SIGINT', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'huibao-sigint-'));
    writeFileSync(path.join(work, 'seed.txt'), readFileSync(SEED_FILE));
    const child = spawn(process.execPath, [BUILT_CLI, 'build', 'seed.txt', '--watch'], { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await waitFor(() => stderr.includes('正在监视'), 'the watch to start');
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stderr).toContain('已停止监视');
  });
});
