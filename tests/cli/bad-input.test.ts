/**
 * Issue 7: every kind of bad input or output ends with a Chinese message that names the file and
 * says what to do, exit code 1, no stack trace, and nothing written.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/build-outline.js';
import { SEED_FILE } from '../helpers/fixtures.js';
import { expectRefused as expectRefusedIn, runWith, snapshotTree } from './harness.js';

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'huibao-bad-'));
  writeFileSync(path.join(work, 'seed.txt'), readFileSync(SEED_FILE));
});

const PNG_BYTES = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);

/** Runs a failing command and checks the failure is clean and left the folder as it was. */
async function expectRefused(args: readonly string[], mentions: readonly string[]): Promise<string> {
  const stderr = await expectRefusedIn(work, args, mentions);
  expect(snapshotTree(work).join('\n')).not.toContain('.tmp-');
  return stderr;
}

describe('bad input files', () => {
  it('a missing file', async () => {
    await expectRefused(['build', '不存在.txt'], ['找不到文件', '不存在.txt']);
  });

  it('a folder given where one file is expected', async () => {
    mkdirSync(path.join(work, '材料'));
    await expectRefused(['outline', '材料'], ['是一个文件夹', '材料']);
  });

  it('a folder to build that holds no report', async () => {
    mkdirSync(path.join(work, 'empty-folder'));
    writeFileSync(path.join(work, 'empty-folder', 'notes.pdf'), 'x');
    await expectRefused(['build', 'empty-folder', '-o', 'decks'], ['没有可用的文稿', 'empty-folder']);
  });

  it('an empty file and a blank file', async () => {
    writeFileSync(path.join(work, 'empty.txt'), '');
    writeFileSync(path.join(work, 'blank.txt'), '  \n\n\t \r\n');
    await expectRefused(['build', 'empty.txt'], ['空的', 'empty.txt']);
    await expectRefused(['build', 'blank.txt'], ['blank.txt', '没有文字']);
  });

  it('an image saved as .txt', async () => {
    writeFileSync(path.join(work, 'scan.txt'), PNG_BYTES);
    await expectRefused(['build', 'scan.txt'], ['PNG', 'scan.txt']);
  });

  it('undecodable text: damaged UTF-16 and random bytes', async () => {
    writeFileSync(path.join(work, 'broken.txt'), Uint8Array.from([0xff, 0xfe, 0xff, 0xd8, 0x00, 0x01, 0x02, 0x67]));
    const random = Uint8Array.from({ length: 4000 }, (_, index) => (index * 7919 + 13) % 251);
    writeFileSync(path.join(work, 'random.txt'), random);
    await expectRefused(['build', 'broken.txt'], ['broken.txt', '编码']);
    await expectRefused(['build', 'random.txt'], ['random.txt']);
  });

  it('a deck or an old Word file given as the report', async () => {
    writeFileSync(path.join(work, 'deck.pptx'), Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    writeFileSync(path.join(work, 'old.doc'), Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    await expectRefused(['build', 'deck.pptx'], ['deck.pptx', '是演示文稿', 'huibao preview']);
    await expectRefused(['build', 'old.doc'], ['old.doc', '另存为 .docx']);
  });

  it('a file too large for a report names the limit', async () => {
    writeFileSync(path.join(work, 'huge.txt'), '');
    truncateSync(path.join(work, 'huge.txt'), 21 * 1024 * 1024);
    await expectRefused(['build', 'huge.txt'], ['huge.txt', '太大', '20 MB']);
  });

  it('a text with no recognisable structure still builds, with a warning', async () => {
    const text = ['今天天气很好，我们去公园散步。', '公园里有很多人在锻炼身体，也有人在下棋。', '傍晚我们回家吃饭，饭后又读了一会儿书。'].join('\n');
    expect(parseReport(text).warnings.map((warning) => warning.code)).toContain('no-structure');
    writeFileSync(path.join(work, 'plain.txt'), text);
    const result = await runWith(['build', 'plain.txt'], work);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('没有找到文稿的层次结构');
    expect(readFileSync(path.join(work, 'plain.pptx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('shows the stack only with --debug', async () => {
    const result = await runWith(['build', '不存在.txt', '--debug'], work);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\n\s+at /u);
  });
});

describe('bad output locations', () => {
  it('an output folder whose parent is missing', async () => {
    await expectRefused(['build', 'seed.txt', '-o', path.join('a', 'b', 'deck.pptx')], ['不存在', path.join('a', 'b')]);
  });

  it('an output location under a file', async () => {
    writeFileSync(path.join(work, 'file.txt'), 'x');
    await expectRefused(['build', 'seed.txt', '-o', path.join('file.txt', 'deck.pptx')], ['是一个文件', 'file.txt']);
  });

  it('an output path that is a folder', async () => {
    mkdirSync(path.join(work, 'decks', 'seed.pptx'), { recursive: true });
    await expectRefused(['build', 'seed.txt', '-o', 'decks/'], ['是一个文件夹', 'seed.pptx']);
  });

  it('an output path that is the input itself, or not a .pptx', async () => {
    await expectRefused(['build', 'seed.txt', '-o', 'seed.txt'], ['就是输入文稿', 'seed.txt']);
    await expectRefused(['build', 'seed.txt', '-o', 'seed.doc'], ['.pptx', 'seed.doc']);
  });

  it.skipIf(process.getuid?.() === 0)('an output folder without write permission', async () => {
    mkdirSync(path.join(work, 'locked'));
    chmodSync(path.join(work, 'locked'), 0o555);
    try {
      await expectRefused(['build', 'seed.txt', '-o', 'locked/'], ['没有权限', 'locked']);
    } finally {
      chmodSync(path.join(work, 'locked'), 0o755);
    }
  });

  it('checks the output before reading the report, so the first error is the output one', async () => {
    writeFileSync(path.join(work, 'scan.txt'), PNG_BYTES);
    const stderr = await expectRefused(['build', 'scan.txt', '-o', path.join('x', 'y', 'deck.pptx')], ['不存在']);
    expect(stderr).not.toContain('PNG');
  });

  it('an unknown theme', async () => {
    await expectRefused(['build', 'seed.txt', '-t', 'no-such-theme'], ['no-such-theme']);
  });
});
