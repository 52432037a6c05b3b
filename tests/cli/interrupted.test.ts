/**
 * Issue 12, item 7: Ctrl-C or SIGTERM during `--pdf` removes the throw-away folder (a copy of the
 * deck and a LibreOffice profile) and stops LibreOffice with everything it started; a build killed
 * outright leaves a temporary file that the next build in that folder removes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_DIR, SEED_FILE } from '../helpers/fixtures.js';
import { runWith } from './harness.js';

const BUILT_CLI = path.join(REPO_DIR, 'dist', 'cli', 'main.js');
const started: number[] = [];

/** Gone, or a zombie nobody reaps (a container's init may not): either way no longer running. */
function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    return /^\d+ \(.*\) Z/u.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}

afterEach(() => {
  for (const pid of started.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone, as it should be.
    }
  }
});

/** A stand-in for LibreOffice that, like soffice, starts a helper process and waits for it. */
function fakeSoffice(work: string): string {
  const script = path.join(work, 'fake-soffice');
  writeFileSync(script, '#!/bin/sh\necho $$ > "$HUIBAO_TEST_PIDS/soffice.pid"\nsleep 300 &\necho $! > "$HUIBAO_TEST_PIDS/helper.pid"\nwait\n');
  chmodSync(script, 0o755);
  return script;
}

describe.skipIf(!existsSync(BUILT_CLI) || process.platform === 'win32')('interrupting build --pdf', { timeout: 60_000 }, () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('%s removes the temp folder and stops LibreOffice and its helper', async (signal, code) => {
    const work = mkdtempSync(path.join(tmpdir(), 'huibao-interrupt-'));
    const temp = path.join(work, 'tmp');
    const pids = path.join(work, 'pids');
    mkdirSync(temp);
    mkdirSync(pids);
    writeFileSync(path.join(work, 'a.txt'), readFileSync(SEED_FILE));
    const env = { ...process.env, TMPDIR: temp, HUIBAO_SOFFICE: fakeSoffice(work), HUIBAO_TEST_PIDS: pids };
    const child = spawn(process.execPath, [BUILT_CLI, 'build', 'a.txt', '--pdf', '-o', 'deck.pptx'], { cwd: work, env, stdio: 'ignore' });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (exitCode, exitSignal) => resolve({ code: exitCode, signal: exitSignal })),
    );

    expect(await waitFor(() => existsSync(path.join(pids, 'helper.pid')), 30_000)).toBe(true);
    const office = Number(readFileSync(path.join(pids, 'soffice.pid'), 'utf8'));
    const helper = Number(readFileSync(path.join(pids, 'helper.pid'), 'utf8'));
    started.push(office, helper);
    expect(readdirSync(temp).some((name) => name.startsWith('huibao-office-'))).toBe(true);

    child.kill(signal);
    const ended = await exited;

    expect(ended.code).toBe(code);
    expect(readdirSync(temp)).toEqual([]);
    expect(await waitFor(() => isGone(office) && isGone(helper), 5_000)).toBe(true);
    expect(readdirSync(work).filter((name) => name.endsWith('.pptx') || name.endsWith('.pdf') || name.includes('.tmp-'))).toEqual([]);
  });
});

describe('temporary files of a killed build', () => {
  it('are removed by the next build in that folder when their process is gone; a live one stays', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'huibao-stale-'));
    writeFileSync(path.join(work, 'a.txt'), readFileSync(SEED_FILE));
    const finished = spawnSync(process.execPath, ['-e', '0']).pid;
    const stale = `.deck.pptx.tmp-${finished}-0123abcd`;
    const live = `.deck.pptx.tmp-${process.pid}-89abcdef`;
    const unrelated = '.deck.pptx.tmp-notes';
    for (const name of [stale, live, unrelated]) writeFileSync(path.join(work, name), 'half a deck');
    const result = await runWith(['build', 'a.txt', '-o', 'deck.pptx'], work);
    expect(result.code).toBe(0);
    const left = readdirSync(work);
    expect(left).not.toContain(stale);
    expect(left).toContain(live);
    expect(left).toContain(unrelated);
    expect(left).toContain('deck.pptx');
  });
});
