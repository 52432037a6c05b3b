/**
 * Issue 12, item 6: a theme file saved as GBK is refused (themes must be UTF-8) instead of writing
 * mojibake footers; RTF and HTML files are refused with a Chinese message instead of putting their
 * markup on the slides, whatever their extension.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeEach, describe, expect, it } from 'vitest';
import { SEED_FILE } from '../helpers/fixtures.js';
import { expectCleanFailure, expectRefused as expectRefusedIn, runWith } from './harness.js';

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'huibao-foreign-'));
  writeFileSync(path.join(work, 'a.txt'), readFileSync(SEED_FILE));
});

async function expectRefused(args: readonly string[], mentions: readonly string[]): Promise<void> {
  await expectRefusedIn(work, args, mentions);
}

const SPEECH = readFileSync(SEED_FILE, 'utf8').split('\n').slice(0, 12).join('\n');

describe('a theme file not in UTF-8', () => {
  it('is refused, naming the file and the encoding', async () => {
    mkdirSync(path.join(work, 'themes'));
    const theme = JSON.stringify({ name: 'gbk', label: '本单位', extends: 'party-red', footer: { text: '某某市国资委办公室' } });
    writeFileSync(path.join(work, 'themes', 'gbk.json'), iconv.encode(theme, 'gbk'));
    await expectRefused(['build', 'a.txt', '-t', 'gbk', '-o', 'deck.pptx'], ['gbk.json', 'UTF-8']);
  });
});

describe('documents that are not plain text', () => {
  const rtf = `{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\n\\f0\\fs24 ${SPEECH.replace(/\n/gu, '\\par\n')}}`;
  const html = `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><style>p{margin:0}</style></head><body>${SPEECH.split('\n')
    .map((line) => `<p>${line}</p>`)
    .join('\n')}</body></html>`;

  it.each([
    ['讲话.rtf', rtf, 'RTF'],
    ['讲话-rtf.txt', rtf, 'RTF'],
    ['讲话.html', html, 'HTML'],
    ['讲话-html.txt', html, 'HTML'],
  ])('%s is refused, not built as text', async (name, content, what) => {
    writeFileSync(path.join(work, name), content);
    await expectRefused(['build', name, '-o', 'deck.pptx'], [name]);
    const outline = await runWith(['outline', name], work);
    expectCleanFailure(outline);
    if (!name.endsWith('.html') && !name.endsWith('.rtf')) expect(outline.stderr).toContain(what);
  });
});
