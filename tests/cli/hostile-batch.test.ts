/**
 * Issue 12, item 1: one bad file never stops a batch. A hostile .docx, a dangling symlink and a
 * symlink loop in the folder are each a failed row named with its reason; the other reports are
 * built; exit code 1.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { SEED_FILE } from '../helpers/fixtures.js';
import { runWith } from './harness.js';
import { deeplyNestedParagraph, docxWithBody, paragraph } from './hostile-files.js';

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'huibao-hostile-batch-'));
});

describe('a batch with hostile files in its folder', () => {
  it('builds every good report and names each bad one with its reason', async () => {
    const folder = path.join(work, '材料');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'a.txt'), readFileSync(SEED_FILE));
    writeFileSync(path.join(folder, 'deep.docx'), await docxWithBody(paragraph('标题') + deeplyNestedParagraph(200_000)));
    symlinkSync('不存在的文稿.txt', path.join(folder, 'dangling.txt'));
    symlinkSync('loop-b.txt', path.join(folder, 'loop-a.txt'));
    symlinkSync('loop-a.txt', path.join(folder, 'loop-b.txt'));
    writeFileSync(path.join(folder, 'z.txt'), readFileSync(SEED_FILE));

    const result = await runWith(['build', '材料', '-o', 'decks'], work);

    expect(result.code).toBe(1);
    expect(existsSync(path.join(work, 'decks', 'a.pptx'))).toBe(true);
    expect(existsSync(path.join(work, 'decks', 'z.pptx'))).toBe(true);
    expect(existsSync(path.join(work, 'decks', 'deep.pptx'))).toBe(false);
    const summary = result.stderr.slice(result.stderr.indexOf('失败的文稿：'));
    for (const name of ['deep.docx', 'dangling.txt', 'loop-a.txt', 'loop-b.txt']) expect(summary).toMatch(new RegExp(`${name}：\\S`, 'u'));
    expect(summary).not.toMatch(/[/\\]a\.txt：/u);
    expect(summary).toContain('符号链接');
    expect(result.stderr).toContain('完成 2 份，失败 4 份');
    expect(result.stderr).not.toMatch(/\n\s+at /u);
  });
});
