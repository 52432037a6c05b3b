import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseReport } from '../../src/parse/build-outline.js';
import { formatNumber } from '../../src/parse/docx-numbering.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import { readDocx } from '../../src/parse/read-docx.js';
import type { Outline } from '../../src/parse/outline.js';
import { makeDocx, numberLikeWord, type DocxBlockSpec, type NumberingSpec } from '../helpers/make-docx.js';

const corpusDir = fileURLToPath(new URL('../fixtures/corpus/dev', import.meta.url));
const seed = readFileSync(fileURLToPath(new URL('../../seeds/sasac-organization-report.txt', import.meta.url)), 'utf8');
const reports: [string, string][] = [
  ['seed', seed],
  ...readdirSync(corpusDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name): [string, string] => [name, readFileSync(`${corpusDir}/${name}`, 'utf8')]),
];

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function paragraphs(text: string): string[] {
  return text === '' ? [] : text.split('\n');
}

/** A Word document laid out from an outline: Title, Heading 1 per section, Heading 2 per point. */
function styledBlocks(outline: Outline): DocxBlockSpec[] {
  return [
    { text: outline.title, style: 'Title' },
    ...outline.front.map((text) => ({ text })),
    ...(outline.salutation === null ? [] : [{ text: outline.salutation }]),
    ...paragraphs(outline.opening).map((text) => ({ text })),
    ...outline.sections.flatMap((section) => [
      { text: section.heading, style: 'Heading1' },
      ...paragraphs(section.lead).map((text) => ({ text })),
      ...section.points.flatMap((point) => [{ text: point.heading, style: 'Heading2' }, ...paragraphs(point.body).map((text) => ({ text }))]),
      ...paragraphs(section.body).map((text) => ({ text })),
    ]),
    ...paragraphs(outline.ending).map((text) => ({ text })),
    ...(outline.closing === null ? [] : [{ text: outline.closing }]),
  ];
}

function titles(outline: Outline): { title: string; points: string[] }[] {
  return outline.sections.map((section) => ({ title: section.title, points: section.points.map((point) => point.title) }));
}

async function expectInputError(run: Promise<unknown>, pattern: RegExp): Promise<void> {
  const error: unknown = await run.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).message).toMatch(pattern);
}

describe('readDocx with heading styles', () => {
  const withHeadings = reports.filter(([, text]) => {
    const outline = parseReport(text);
    return outline.sections.length >= 2 && outline.sections.every((s) => s.heading.trim() !== '' && s.points.every((p) => p.heading.trim() !== ''));
  });

  it('has reports to test with', () => {
    expect(withHeadings.length).toBeGreaterThanOrEqual(5);
  });

  it.each(withHeadings)('%s: Heading 1/2 give the same sections and points as the text', async (_name, text) => {
    const expected = parseReport(text);
    const docx = await readDocx(await makeDocx(styledBlocks(expected)), 'report.docx');
    // Headings all on one level and numbered 一、 go to the text parser (it can find points below them).
    const oneNumberedLevel = expected.sections.every((s) => s.points.length === 0 && /^[一二三四五六七八九十]+、/.test(s.heading));
    expect(docx.format).toBe(oneNumberedLevel ? 'text' : 'markdown');
    const outline = oneNumberedLevel ? parseReport(docx.text) : parseMarkdown(docx.text);
    expect(titles(outline)).toEqual(titles(expected));
    expect(outline.title).toBe(expected.title);
    expect(outline.salutation).toBe(expected.salutation);
  });

  const numberedTopLevel = reports.filter(([, text]) => {
    const outline = parseReport(text);
    const all = lines(text);
    return (
      outline.sections.some((s) => s.points.length > 0) &&
      outline.sections.every((s) => /^[一二三四五六七八九十]+、/.test(s.heading) && all.includes(s.heading))
    );
  });

  it('has reports with whole-line 一、 headings to test with', () => {
    expect(numberedTopLevel.length).toBeGreaterThanOrEqual(1);
  });

  it.each(numberedTopLevel)('%s: one level of numbered Heading 1 goes to the text parser, which also finds the points', async (_name, text) => {
    const expected = parseReport(text);
    const headings = new Set(expected.sections.map((s) => s.heading));
    const blocks = lines(text).map((line) => (headings.has(line) ? { text: line, style: 'Heading1' } : { text: line }));
    const docx = await readDocx(await makeDocx(blocks), 'report.docx');
    expect(docx.format).toBe('text');
    expect(titles(parseReport(docx.text))).toEqual(titles(expected));
  });

  it('treats a custom style with an outline level, and a direct outline level, as headings', async () => {
    const docx = await readDocx(
      await makeDocx([
        { text: '工作汇报' },
        { text: '一、抓党建', style: 'Topic' },
        { text: '党建正文。' },
        { text: '促发展', outlineLevel: 0 },
        { text: '发展正文。' },
      ]),
      'a.docx',
    );
    expect(docx.format).toBe('markdown');
    expect(docx.text).toBe('工作汇报\n\n# 一、抓党建\n\n党建正文。\n\n# 促发展\n\n发展正文。\n');
  });

  it('reads WPS heading names (标题 1/2), numbering set in a style, and an outline level 9 override', async () => {
    const numbering: NumberingSpec = {
      abstracts: new Map([[1, [{ format: 'chineseCounting', text: '%1、' }]]]),
      nums: new Map([[9, { abstractId: 1 }]]),
    };
    const docx = await readDocx(
      await makeDocx(
        [
          { text: '工作汇报', style: 'Title' },
          { text: '加强党的建设', style: 'Chapter' },
          { text: '强化理论武装', style: '2' },
          { text: '只是正文', style: 'PlainChild' },
          { text: '推动高质量发展', style: 'Chapter' },
          { text: '附：说明', style: '1' },
        ],
        numbering,
      ),
      'a.docx',
    );
    expect(docx.text).toBe('工作汇报\n\n# 一、加强党的建设\n\n## 强化理论武装\n\n只是正文\n\n# 二、推动高质量发展\n\n# 附：说明\n');
  });

  it('finds the level of style-numbered headings through the list level tied to the style', async () => {
    const numbering: NumberingSpec = {
      abstracts: new Map([
        [
          3,
          [
            { format: 'chineseCounting', text: '%1、', style: 'ListHeading1' },
            { format: 'chineseCounting', text: '（%2）', style: 'ListHeading2' },
          ],
        ],
      ]),
      nums: new Map([[7, { abstractId: 3 }]]),
    };
    const docx = await readDocx(
      await makeDocx(
        [
          { text: '工作汇报' },
          { text: '加强党的建设', style: 'ListHeading1' },
          { text: '强化理论武装', style: 'ListHeading2' },
          { text: '建强基层组织', style: 'ListHeading2' },
          { text: '推动高质量发展', style: 'ListHeading1' },
          { text: '深化改革', style: 'ListHeading2' },
        ],
        numbering,
      ),
      'a.docx',
    );
    const outline = parseMarkdown(docx.text);
    expect(outline.sections.map((s) => [s.heading, s.points.map((p) => p.heading)])).toEqual([
      ['一、加强党的建设', ['（一）强化理论武装', '（二）建强基层组织']],
      ['二、推动高质量发展', ['（一）深化改革']],
    ]);
    expect(titles(outline)).toEqual([
      { title: '加强党的建设', points: ['强化理论武装', '建强基层组织'] },
      { title: '推动高质量发展', points: ['深化改革'] },
    ]);
  });

  it('keeps a document whose only heading is the title on the text path', async () => {
    const docx = await readDocx(await makeDocx([{ text: '工作汇报', style: 'Heading1' }, { text: '一、抓党建' }, { text: '二、促发展' }]), 'a.docx');
    expect(docx.format).toBe('text');
    expect(docx.text).toBe('工作汇报\n一、抓党建\n二、促发展\n');
  });
});

describe('readDocx with automatic numbering', () => {
  it.each(reports)('%s: rebuilt markers give back the text and the same outline titles', async (_name, text) => {
    const original = lines(text);
    const { blocks, numbering } = numberLikeWord(original);
    const numbered = blocks.filter((block) => block.numbering !== undefined).length;
    const docx = await readDocx(await makeDocx(blocks, numbering), 'report.docx');
    expect(docx.format).toBe('text');
    expect(lines(docx.text)).toEqual(original);
    expect(titles(parseReport(docx.text))).toEqual(titles(parseReport(text)));
    // The markers really were moved out of the text into numbering.xml.
    if (/^(一、|（一）)/m.test(text)) expect(numbered).toBeGreaterThan(0);
  });

  it('numbers a two-level list 一、（一） and restarts the second level under each first-level item', async () => {
    const numbering: NumberingSpec = {
      abstracts: new Map([
        [
          1,
          [
            { format: 'chineseCounting', text: '%1、' },
            { format: 'chineseCounting', text: '（%2）' },
          ],
        ],
      ]),
      nums: new Map([[5, { abstractId: 1 }]]),
    };
    const item = (text: string, level: number): DocxBlockSpec => ({ text, numbering: { numId: 5, level } });
    const docx = await readDocx(
      await makeDocx([{ text: '标题' }, item('甲', 0), item('子', 1), item('丑', 1), item('乙', 0), item('寅', 1)], numbering),
      'a.docx',
    );
    expect(docx.text).toBe('标题\n一、甲\n（一）子\n（二）丑\n二、乙\n（一）寅\n');
  });

  it('formats Word number formats', () => {
    expect([1, 10, 11, 20, 21, 99, 100, 101, 110].map((n) => formatNumber(n, 'chineseCounting'))).toEqual([
      '一',
      '十',
      '十一',
      '二十',
      '二十一',
      '九十九',
      '一百',
      '一百零一',
      '一百一十',
    ]);
    expect(formatNumber(3, 'chineseCountingThousand')).toBe('三');
    expect(formatNumber(2, 'ideographTraditional')).toBe('乙');
    expect([1, 20, 21].map((n) => formatNumber(n, 'decimalEnclosedCircle'))).toEqual(['①', '⑳', '㉑']);
    expect(formatNumber(12, 'decimal')).toBe('12');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
  });
});

describe('readDocx text details', () => {
  it('keeps soft line breaks and tabs, ignores tab stops, and turns tables into tab lines', async () => {
    const docx = await readDocx(
      await makeDocx([
        { text: '第一行\n第二行' },
        { text: '名称\t数值' },
        {
          table: [
            ['指标', '完成'],
            ['收入', '12%'],
          ],
        },
      ]),
      'a.docx',
    );
    expect(docx.text).toBe('第一行\n第二行\n名称\t数值\n指标\t完成\n收入\t12%\n');
    expect(docx.blocks[0]).toMatchObject({ kind: 'paragraph', text: '第一行\n第二行', marker: '' });
    expect(docx.blocks[2]).toEqual({
      kind: 'table',
      rows: [
        ['指标', '完成'],
        ['收入', '12%'],
      ],
    });
  });

  it('writes tables as pipe tables and escapes look-alike lines on the Markdown path', async () => {
    const docx = await readDocx(
      await makeDocx([
        { text: '报告' },
        { text: '加强党的建设', style: 'Heading1' },
        { text: '# 不是标题' },
        {
          table: [
            ['指标', '完成|率'],
            ['收入', '12%'],
          ],
        },
        { text: '推动高质量发展', style: 'Heading1' },
      ]),
      'a.docx',
    );
    expect(docx.format).toBe('markdown');
    const outline = parseMarkdown(docx.text);
    expect(outline.sections.map((s) => s.heading)).toEqual(['加强党的建设', '推动高质量发展']);
    expect(outline.sections[0]?.lead).toBe('# 不是标题');
    expect(outline.sections[0]?.tables).toEqual([
      {
        rows: [
          ['指标', '完成|率'],
          ['收入', '12%'],
        ],
      },
    ]);
  });

  it('skips a table of contents (content control and toc styles)', async () => {
    const zip = await JSZip.loadAsync(await makeDocx([{ text: 'x' }]));
    const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    zip.file('word/styles.xml', styles.replace('</w:styles>', '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style></w:styles>'));
    zip.file(
      'word/document.xml',
      `<?xml version="1.0"?><w:document xmlns:w="${w}"><w:body>` +
        `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>` +
        `<w:p><w:r><w:t>一、总体要求	1</w:t></w:r></w:p></w:sdtContent></w:sdt>` +
        `<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:r><w:t>二、主要任务	2</w:t></w:r></w:p>` +
        `<w:sdt><w:sdtContent><w:p><w:r><w:t>正文</w:t></w:r></w:p></w:sdtContent></w:sdt></w:body></w:document>`,
    );
    const docx = await readDocx(await zip.generateAsync({ type: 'uint8array' }), 'a.docx');
    expect(docx.text).toBe('正文\n');
  });

  it('reads XML entities and skips deleted text, field codes and hidden text', async () => {
    const zip = await JSZip.loadAsync(await makeDocx([{ text: 'x' }]));
    const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    zip.file(
      'word/document.xml',
      `<?xml version="1.0"?><w:document xmlns:w="${w}"><w:body><w:p><w:r><w:t>A&amp;B &lt;C&gt; &#x4E00;</w:t></w:r>` +
        `<w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del><w:r><w:instrText> PAGE </w:instrText></w:r>` +
        `<w:ins><w:r><w:t>插入的</w:t></w:r></w:ins><w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink>` +
        `<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>显示的</w:t></w:r></w:p></w:body></w:document>`,
    );
    const docx = await readDocx(await zip.generateAsync({ type: 'uint8array' }), 'a.docx');
    expect(docx.text).toBe('A&B <C> 一插入的链接显示的\n');
  });
});

describe('readDocx errors', () => {
  it('rejects bytes that are not a zip', async () => {
    await expectInputError(readDocx(new TextEncoder().encode('只是文字'), '稿子.docx'), /稿子\.docx.*损坏|不是 \.docx/);
  });

  it('rejects a zip without a Word document inside', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    await expectInputError(readDocx(await zip.generateAsync({ type: 'uint8array' }), '稿子.docx'), /不是 Word 文档/);
  });

  it('rejects a document with broken XML', async () => {
    const zip = await JSZip.loadAsync(await makeDocx([{ text: 'x' }]));
    zip.file('word/document.xml', '<w:document><w:body><w:p></w:body>');
    await expectInputError(readDocx(await zip.generateAsync({ type: 'uint8array' }), '稿子.docx'), /内部格式有误/);
  });

  it('rejects a document without any text', async () => {
    await expectInputError(readDocx(await makeDocx([{ text: '  ' }]), '稿子.docx'), /没有文字/);
  });
});
