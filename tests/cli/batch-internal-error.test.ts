/**
 * Issue 12, item 1: a fault of huibao's own while building one report of a batch (here forced by
 * replacing the pipeline for one file) is reported with that file and its reason in the summary;
 * the batch goes on and exits 1.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SEED_FILE } from '../helpers/fixtures.js';
import { runWith } from './harness.js';

vi.mock('../../src/build-deck.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/build-deck.js')>();
  return {
    ...original,
    buildDeck: (request: Parameters<typeof original.buildDeck>[0]) => {
      if (request.fileName.endsWith('boom.txt')) throw new TypeError('Cannot read properties of undefined');
      return original.buildDeck(request);
    },
  };
});

describe('an internal error in one report of a batch', () => {
  it('is a failed row naming the file and the reason; the next report is still built', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'huibao-internal-'));
    for (const name of ['a.txt', 'boom.txt', 'c.txt']) writeFileSync(path.join(work, name), readFileSync(SEED_FILE));
    const result = await runWith(['build', 'a.txt', 'boom.txt', 'c.txt', '-o', 'decks'], work);
    expect(result.code).toBe(1);
    expect(existsSync(path.join(work, 'decks', 'a.pptx'))).toBe(true);
    expect(existsSync(path.join(work, 'decks', 'c.pptx'))).toBe(true);
    expect(existsSync(path.join(work, 'decks', 'boom.pptx'))).toBe(false);
    expect(result.stderr).toContain('huibao 内部错误（boom.txt）：Cannot read properties of undefined');
    expect(result.stderr).toContain('  boom.txt：内部错误：Cannot read properties of undefined');
    expect(result.stderr).toContain('完成 2 份，失败 1 份');
  });
});
