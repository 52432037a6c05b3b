import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseReport } from '../../src/parse/build-outline.js';
import { readSource } from '../../src/parse/read-source.js';
import { writeOutlineMarkdown } from '../../src/parse/write-outline-md.js';
import { makeDocx, numberLikeWord } from '../helpers/make-docx.js';

const seed = readFileSync(fileURLToPath(new URL('../../seeds/sasac-organization-report.txt', import.meta.url)), 'utf8');
const expected = parseReport(seed);

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  return endian === 'le' ? new Uint8Array([0xff, 0xfe, ...le]) : new Uint8Array([0xfe, 0xff, ...Buffer.from(le).swap16()]);
}

async function expectInputError(run: Promise<unknown>, pattern: RegExp, file: string): Promise<void> {
  const error: unknown = await run.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).message).toMatch(pattern);
  expect((error as InputError).message).toContain(file);
}

describe('readSource: text encodings give the same outline', () => {
  it('reads UTF-8 text', async () => {
    const result = await readSource(new TextEncoder().encode(seed), 'seed.txt');
    expect(result).toEqual({ outline: expected, format: 'text', encoding: 'utf-8' });
  });

  it('reads UTF-8 with BOM and CRLF', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(seed.replace(/\n/g, '\r\n'))]);
    const result = await readSource(bytes, 'seed.txt');
    expect(result.outline).toStrictEqual(expected);
    expect(result.encoding).toBe('utf-8');
  });

  it.each(['le', 'be'] as const)('reads UTF-16 %s with BOM', async (endian) => {
    const result = await readSource(utf16(seed, endian), 'seed.txt');
    expect(result.outline).toStrictEqual(expected);
    expect(result.encoding).toBe(`utf-16${endian}`);
  });

  it('reads GB18030 and adds an encoding-guessed warning naming the encoding and the file', async () => {
    const result = await readSource(new Uint8Array(iconv.encode(seed, 'gb18030')), '汇报.txt');
    expect(result.encoding).toBe('gb18030');
    const { warnings, ...rest } = result.outline;
    const { warnings: expectedWarnings, ...expectedRest } = expected;
    expect(rest).toStrictEqual(expectedRest);
    expect(warnings.slice(0, -1)).toStrictEqual(expectedWarnings);
    expect(warnings.at(-1)?.code).toBe('encoding-guessed');
    expect(warnings.at(-1)?.message).toMatch(/汇报\.txt.*GB18030/);
  });
});

describe('readSource: file types', () => {
  it('reads .docx with automatic numbering through the text parser', async () => {
    const { blocks, numbering } = numberLikeWord(seed.split('\n').filter((line) => line.trim() !== ''));
    const result = await readSource(await makeDocx(blocks, numbering), '汇报.docx');
    expect(result.format).toBe('docx');
    expect(result.encoding).toBeNull();
    expect(result.outline.sections.map((s) => s.title)).toEqual(expected.sections.map((s) => s.title));
  });

  it('recognises a .docx saved with a .txt name by its zip signature', async () => {
    const { blocks, numbering } = numberLikeWord(seed.split('\n').filter((line) => line.trim() !== ''));
    const result = await readSource(await makeDocx(blocks, numbering), '汇报.txt');
    expect(result.format).toBe('docx');
    expect(result.outline.sections.map((s) => s.title)).toEqual(expected.sections.map((s) => s.title));
  });

  it('reads .md and .markdown with the Markdown parser', async () => {
    const markdown = '工作汇报\n\n# 一、加强党的建设\n\n## （一）强化理论武装\n\n内容。\n\n# 二、推动高质量发展\n\n内容。\n';
    for (const name of ['a.md', 'a.MARKDOWN']) {
      const result = await readSource(new TextEncoder().encode(markdown), name);
      expect(result.format).toBe('markdown');
      expect(result.outline.sections.map((s) => [s.title, s.points.map((p) => p.title)])).toEqual([
        ['加强党的建设', ['强化理论武装']],
        ['推动高质量发展', []],
      ]);
    }
  });

  it('reads an editable outline back even when saved as .txt, and replaces a stale encoding warning', async () => {
    const guessed = (await readSource(new Uint8Array(iconv.encode(seed, 'gb18030')), '汇报.txt')).outline;
    const markdown = writeOutlineMarkdown(guessed);
    const asUtf8 = await readSource(new TextEncoder().encode(markdown), '提纲.txt');
    expect(asUtf8.format).toBe('markdown');
    expect(asUtf8.outline).toStrictEqual(expected);
    const asGbk = await readSource(new Uint8Array(iconv.encode(markdown, 'gb18030')), '提纲.md');
    expect(asGbk.outline.warnings.filter((w) => w.code === 'encoding-guessed')).toHaveLength(1);
    expect(asGbk.outline.warnings.at(-1)?.message).toContain('提纲.md');
  });
});

describe('readSource: errors', () => {
  it('rejects empty and blank files', async () => {
    await expectInputError(readSource(new Uint8Array(), '空.txt'), /空的/, '空.txt');
    await expectInputError(readSource(new TextEncoder().encode('\n  \r\n\u3000'), '空白.md'), /只有空格或空行/, '空白.md');
  });

  it('rejects binary data and PNG bytes', async () => {
    const binary = new Uint8Array(512).map((_, i) => (i * 131 + 7) % 256);
    await expectInputError(readSource(binary, '数据.txt'), /二进制/, '数据.txt');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await expectInputError(readSource(png, '截图.txt'), /图片文件/, '截图.txt');
  });

  it('rejects a zip that is not a Word document, by name or by signature', async () => {
    const zip = new JSZip();
    zip.file('ppt/presentation.xml', '<p:presentation/>');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expectInputError(readSource(bytes, '材料.docx'), /不是 Word 文档/, '材料.docx');
    await expectInputError(readSource(bytes, '材料.txt'), /不是 Word 文档/, '材料.txt');
  });

  it('rejects a .docx that is not a zip at all', async () => {
    await expectInputError(readSource(new TextEncoder().encode('一、甲'), '假的.docx'), /损坏|不是 \.docx/, '假的.docx');
  });
});
