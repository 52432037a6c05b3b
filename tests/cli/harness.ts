/** Runs the CLI in-process with the optional parts of the environment (TTY, interrupt signal) set. */
import { readdirSync, statSync } from 'node:fs';
import { expect } from 'vitest';
import path from 'node:path';
import { run } from '../../src/cli/run.js';
import type { CliEnvironment } from '../../src/cli/program.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunExtras {
  readonly env?: Record<string, string | undefined>;
  readonly isTTY?: boolean;
  readonly signal?: AbortSignal;
  /** Sees stderr as it is written (for the watch test). */
  readonly onStderr?: (text: string) => void;
}

export async function runWith(args: readonly string[], cwd: string, extras: RunExtras = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const signal = extras.signal;
  const environment: CliEnvironment = {
    cwd,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
      extras.onStderr?.(text);
    },
    env: extras.env ?? { PATH: process.env['PATH'] },
    now: () => new Date('2026-11-27T00:00:00Z'),
    isTTY: extras.isTTY ?? false,
    ...(signal === undefined ? {} : { interrupt: () => signal }),
  };
  const code = await run(args, environment);
  return { code, stdout, stderr };
}

/** Every path under `root` with its size, so a test can assert that nothing was added or changed. */
export function snapshotTree(root: string): string[] {
  const entries: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      const stats = statSync(file);
      entries.push(`${path.relative(root, file)}${stats.isDirectory() ? '/' : `:${stats.size}`}`);
      if (stats.isDirectory()) walk(file);
    }
  };
  walk(root);
  return entries;
}

export function expectCleanFailure(result: CliRun): void {
  if (result.code !== 1) throw new Error(`expected exit 1, got ${result.code}: ${result.stderr}`);
  if (!result.stderr.startsWith('错误：')) throw new Error(`expected a Chinese error, got: ${result.stderr}`);
  if (!result.stderr.includes('处理办法：')) throw new Error(`expected a hint, got: ${result.stderr}`);
  if (/\n\s+at /u.test(result.stderr)) throw new Error(`stack trace shown: ${result.stderr}`);
}

/**
 * Runs huibao in `work` and checks it refuses as a user error should: exit 1, a Chinese message
 * that names each of `mentions`, and nothing written or left behind. Gives back stderr.
 */
export async function expectRefused(work: string, args: readonly string[], mentions: readonly string[]): Promise<string> {
  const before = snapshotTree(work);
  const result = await runWith(args, work);
  expectCleanFailure(result);
  for (const text of mentions) expect(result.stderr).toContain(text);
  expect(snapshotTree(work)).toEqual(before);
  return result.stderr;
}
