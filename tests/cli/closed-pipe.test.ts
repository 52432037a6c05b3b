/**
 * Issue 12, item 5: when the reader of huibao's output goes away (`huibao outline x.txt | head -1`,
 * `huibao build … 2>&1 | head -1`), the rest of the output is dropped quietly: no stack trace, and
 * the exit code is the one the work earned (0 once the deck is written).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_DIR, SEED_FILE } from '../helpers/fixtures.js';

const TSX_LOADER = path.join(REPO_DIR, 'node_modules', 'tsx', 'dist', 'loader.mjs');
const SOURCE_CLI = path.join(REPO_DIR, 'src', 'cli', 'main.ts');
const BUILT_CLI = path.join(REPO_DIR, 'dist', 'cli', 'main.js');

interface Ended {
  readonly code: number | null;
  readonly stderr: string;
}

/**
 * Runs huibao with its stdout closed by the reader, as `| head -1` does once it has its line; the
 * reader here is gone before huibao writes anything, so every write meets the closed pipe, which
 * makes the test deterministic. With `closeStderr` stderr is closed too (`2>&1 | head -1`).
 */
function runClosingPipe(nodeArgs: readonly string[], cwd: string, closeStderr: boolean): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.destroy();
    if (closeStderr) child.stderr.destroy();
    else child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('output to a reader that has gone', { timeout: 60_000 }, () => {
  it('outline | head -1: quiet, exit 0', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'huibao-pipe-'));
    writeFileSync(path.join(work, 'long.txt'), readFileSync(SEED_FILE, 'utf8').repeat(12));
    const ended = await runClosingPipe(['--import', TSX_LOADER, SOURCE_CLI, 'outline', 'long.txt'], work, false);
    expect(ended.stderr).not.toMatch(/EPIPE|\n\s+at /u);
    expect(ended.code).toBe(0);
  });

  it.skipIf(!existsSync(BUILT_CLI))('build 2>&1 | head -1: the deck is written and the exit code is 0', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'huibao-pipe-'));
    writeFileSync(path.join(work, 'a.txt'), readFileSync(SEED_FILE));
    const ended = await runClosingPipe([BUILT_CLI, 'build', 'a.txt', '-o', 'deck.pptx'], work, true);
    expect(existsSync(path.join(work, 'deck.pptx'))).toBe(true);
    expect(ended.code).toBe(0);
  });
});
