/** Batches: progress on a terminal only, go on past a failing file, a summary table, exit 1 on any failure. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { batchTable, displayWidth } from '../../src/cli/messages.js';
import { CORPUS_DIR, SEED_FILE } from '../helpers/fixtures.js';
import { makeDocx } from '../helpers/make-docx.js';
import { runWith } from './harness.js';

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'huibao-batch-'));
  writeFileSync(path.join(work, 'a.txt'), readFileSync(SEED_FILE));
  writeFileSync(path.join(work, 'c.txt'), readFileSync(path.join(CORPUS_DIR, '01-shuji-xiaozhang-biaotai-fayan.txt')));
  writeFileSync(path.join(work, 'b.txt'), '');
});

/** The table rows after the header and the rule, split into columns. */
function tableRows(stderr: string): string[][] {
  const lines = stderr.split('\n');
  const header = lines.findIndex((line) => line.startsWith('文件') && line.includes('状态'));
  expect(header).toBeGreaterThan(-1);
  return lines
    .slice(header + 2)
    .filter((line) => /(成功|失败)$/u.test(line))
    .map((line) => line.trim().split(/\s{2,}/u));
}

describe('huibao build with several reports', () => {
  it('builds the good files, reports the bad one, prints a table and exits 1', async () => {
    const result = await runWith(['build', 'a.txt', 'b.txt', 'c.txt', '-o', 'decks/'], work);
    expect(result.code).toBe(1);
    expect(readdirSync(path.join(work, 'decks')).sort()).toEqual(['a.pptx', 'c.pptx']);
    expect(result.stderr).toContain('b.txt');
    expect(result.stderr).toContain('是空的');
    const rows = tableRows(result.stderr);
    expect(rows.map((row) => [row[0], row[4]])).toEqual([
      ['a.txt', '成功'],
      ['b.txt', '失败'],
      ['c.txt', '成功'],
    ]);
    expect(Number(rows[0]?.[1])).toBeGreaterThan(5);
    expect(rows[1]?.[1]).toBe('-');
    for (const row of rows) expect(Number(row[3])).toBeGreaterThanOrEqual(0);
    expect(result.stderr).toContain('失败 1 份');
    // Not a terminal: no progress lines.
    expect(result.stderr).not.toContain('正在生成');
  });

  it('shows a progress line per file on a terminal and exits 0 when all succeed', async () => {
    const result = await runWith(['build', 'a.txt', 'c.txt', '-o', 'decks'], work, { isTTY: true });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('[1/2] 正在生成 a.txt');
    expect(result.stderr).toContain('[2/2] 正在生成 c.txt');
    expect(result.stderr).toContain('全部完成：共 2 份');
  });

  it('builds a folder, and a missing file among explicit ones is one failed row', async () => {
    mkdirSync(path.join(work, 'reports'));
    writeFileSync(path.join(work, 'reports', 'x.txt'), readFileSync(SEED_FILE));
    writeFileSync(path.join(work, 'reports', 'y.md'), readFileSync(path.join(CORPUS_DIR, '01-shuji-xiaozhang-biaotai-fayan.txt')));
    const folder = await runWith(['build', 'reports'], work);
    expect(folder.code).toBe(0);
    expect(existsSync(path.join(work, 'reports', 'x.pptx'))).toBe(true);
    expect(existsSync(path.join(work, 'reports', 'y.pptx'))).toBe(true);
    const missing = await runWith(['build', 'a.txt', 'gone.txt', '-o', 'out'], work);
    expect(missing.code).toBe(1);
    expect(tableRows(missing.stderr).map((row) => row[4])).toEqual(['成功', '失败']);
  });

  it('refuses two inputs that would write the same deck before building either', async () => {
    mkdirSync(path.join(work, 'other'));
    writeFileSync(path.join(work, 'other', 'a.txt'), readFileSync(SEED_FILE));
    const result = await runWith(['build', 'a.txt', 'other/a.txt', '-o', 'decks'], work);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('同一个文件');
    expect(existsSync(path.join(work, 'decks'))).toBe(false);
  });
});

describe('inputs of one batch that share a name (a.txt and a.docx)', () => {
  it('get decks named after their source, beside them and in an output folder', async () => {
    const lines = readFileSync(SEED_FILE, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '');
    writeFileSync(path.join(work, 'a.docx'), await makeDocx(lines.map((text) => ({ text }))));
    const beside = await runWith(['build', 'a.txt', 'a.docx', 'c.txt'], work);
    expect(beside.code, beside.stderr).toBe(0);
    expect(
      readdirSync(work)
        .filter((name) => name.endsWith('.pptx'))
        .sort(),
    ).toEqual(['a(docx).pptx', 'a(txt).pptx', 'c.pptx']);

    const folder = await runWith(['build', '.', '-o', 'decks'], work);
    expect(folder.code, folder.stderr).toBe(1);
    expect(folder.stderr).toContain('a(txt).pptx');
    expect(readdirSync(path.join(work, 'decks')).sort()).toEqual(['a(docx).pptx', 'a(txt).pptx', 'c.pptx']);
  });
});

describe('batchTable', () => {
  it('aligns columns by display width, CJK counting double', () => {
    expect(displayWidth('汇报a')).toBe(5);
    const table = batchTable([
      { file: '长文件名讲话稿.txt', slides: 12, warnings: 1, milliseconds: 1234.4, ok: true },
      { file: 'b.txt', slides: null, warnings: 0, milliseconds: 3, ok: false },
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    const statusColumn = lines.filter((line) => !line.startsWith('-')).map((line) => displayWidth(line.slice(0, line.search(/(状态|成功|失败)$/u))));
    expect(new Set(statusColumn).size).toBe(1);
    expect(lines[2]).toContain('1234');
  });
});
