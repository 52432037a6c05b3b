/**
 * Issue 12, item 9: what the user caused is said in Chinese as the user's to fix (a stray NUL byte
 * is no binary file; usage and --figures JSON errors; a name too long; deep JSON), control
 * sequences from a report never reach the terminal raw, and a huge report's warnings are summed up.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatError, MAX_LISTED } from '../../src/cli/messages.js';
import { SEED_FILE } from '../helpers/fixtures.js';
import { expectRefused as expectRefusedIn, runWith } from './harness.js';

let work: string;
const seed = readFileSync(SEED_FILE, 'utf8');
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'huibao-user-side-'));
  writeFileSync(path.join(work, 'a.txt'), seed);
});

async function expectRefused(args: readonly string[], mentions: readonly string[]): Promise<string> {
  const stderr = await expectRefusedIn(work, args, mentions);
  expect(stderr).not.toContain('内部错误');
  return stderr;
}

describe('a stray NUL byte', () => {
  it('in a 5,000-character report does not make it binary', async () => {
    const text = seed.slice(0, 5000);
    writeFileSync(path.join(work, 'nul.txt'), `${text.slice(0, 2500)}\u0000${text.slice(2500)}`);
    const result = await runWith(['build', 'nul.txt', '-o', 'deck.pptx'], work);
    expect(result.stderr).not.toContain('二进制');
    expect(result.code).toBe(0);
  });
});

describe('usage errors in Chinese', () => {
  it.each([
    [
      ['build', '--them', 'x', 'a.txt'],
      ['不认识的选项“--them”', '您是不是想写 --theme？'],
    ],
    [['frob'], ['没有“frob”这个命令']],
    [['build'], ['缺少参数 <inputs>']],
    [['build', 'a.txt', '-o'], ['选项 -o, --output <path> 后面缺少值']],
    [['outline', 'a.txt', '-f', 'xml'], ['“xml”不在可选范围内，可选：json, md']],
    [['outline', 'a.txt', 'b.txt'], ['参数太多：outline 命令需要 1 个参数，实际给了 2 个']],
  ])('%j', async (args, mentions) => {
    const result = await runWith(args, work);
    expect(result.code).toBe(2);
    expect(result.stderr.startsWith('错误：')).toBe(true);
    expect(result.stderr).not.toMatch(/error:|Did you mean|Expected/u);
    for (const text of mentions) expect(result.stderr).toContain(text);
  });
});

describe('--figures files the user wrote', () => {
  it('a JSON syntax error names the line and column in Chinese', async () => {
    writeFileSync(path.join(work, 'figures.json'), '{\n  "户数": 12,\n  "增长率": 8.5,\n}\n');
    const stderr = await expectRefused(['build', 'a.txt', '--figures', 'figures.json'], ['figures.json', '不是有效的 JSON', '第 4 行']);
    expect(stderr).not.toMatch(/Unexpected|Expected|position/u);
  });

  it('JSON nested past the limit is the file’s problem', async () => {
    writeFileSync(path.join(work, 'deep.json'), `{"户数": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    await expectRefused(['build', 'a.txt', '--figures', 'deep.json'], ['deep.json', '嵌套超过 64 层']);
  });
});

describe('causes on the user’s side', () => {
  it('a theme file nested 100,000 deep is a theme error, not a stack overflow', async () => {
    mkdirSync(path.join(work, 'themes'));
    writeFileSync(
      path.join(work, 'themes', 'deep.json'),
      `{"name": "deep", "label": "深", "extends": "party-red", "colors": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    );
    await expectRefused(['build', 'a.txt', '-t', 'deep'], ['deep.json', '嵌套超过 64 层']);
  });

  it('a system error from the user’s machine that no stage caught is still the user’s (EPERM)', () => {
    const error = Object.assign(new Error("EPERM: operation not permitted, open '/srv/共享/汇报.pptx'"), { code: 'EPERM', path: '/srv/共享/汇报.pptx' });
    const message = formatError(error, false);
    expect(message).toMatch(/^错误：“\/srv\/共享\/汇报\.pptx”：操作不被允许/u);
    expect(message).toContain('处理办法：');
    expect(message).not.toContain('内部错误');
    expect(formatError(new TypeError('x is undefined'), false)).toContain('内部错误');
  });

  it('an output name longer than the file system takes', async () => {
    await expectRefused(['build', 'a.txt', '-o', `${'汇'.repeat(90)}.pptx`], ['文件名', '太长']);
  });
});

describe('control sequences from a report', () => {
  it('never reach the terminal raw', async () => {
    const name = 'esc\u001b]0;pwned\u0007.txt';
    writeFileSync(path.join(work, name), `\u001b[2J\u001b[31m${seed.slice(0, 3000)}`);
    const built = await runWith(['build', name, '-o', 'deck.pptx'], work);
    const outline = await runWith(['outline', name, '--format', 'md'], work);
    for (const output of [built.stderr, outline.stdout, outline.stderr]) expect(output).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u);
    expect(built.stderr).toContain('esc␛]0;pwned␇.txt');
  });
});

describe('a very large report', () => {
  it('lists at most a screenful of masked figures and sums up the rest', async () => {
    writeFileSync(path.join(work, 'long.txt'), seed.repeat(12));
    const result = await runWith(['outline', 'long.txt'], work);
    expect(result.code).toBe(0);
    const built = await runWith(['build', 'long.txt', '-o', 'deck.pptx'], work);
    expect(built.code).toBe(0);
    const listed = built.stderr.split('\n').filter((line) => /^ {2}\d+\. /u.test(line));
    expect(listed.length).toBe(MAX_LISTED);
    expect(built.stderr).toMatch(/另有 \d+ 处未列出/u);
    expect(built.stderr.split('\n').length).toBeLessThan(MAX_LISTED * 3);
  });
});
