/**
 * Issue 12, item 2: what a file holds compressed or implies is bounded by one resource budget; the
 * first limit passed stops the read with a Chinese message that names the limit, exit 1, and
 * nothing is written.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeEach, describe, expect, it } from 'vitest';
import { SEED_FILE } from '../helpers/fixtures.js';
import { buildTemplate, makePng, OFFICE_COLORS } from '../themes/template-test-files.js';
import { expectCleanFailure, runWith, snapshotTree } from './harness.js';
import { deeplyNestedParagraph, docxWithBody, docxWithLongParagraph, numberedParagraph, numberingParts, paragraph } from './hostile-files.js';

const MB = 1024 * 1024;

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'huibao-budget-'));
});

async function expectLimit(args: readonly string[], mentions: readonly string[]): Promise<string> {
  const before = snapshotTree(work);
  const result = await runWith(args, work);
  expectCleanFailure(result);
  for (const text of mentions) expect(result.stderr).toContain(text);
  expect(result.stderr).toContain('安全上限');
  expect(snapshotTree(work)).toEqual(before);
  return result.stderr;
}

describe('the resource budget of a .docx', () => {
  it('stops a small file that inflates past the limit before inflating it', async () => {
    const docx = docxWithLongParagraph(130 * MB);
    expect(docx.byteLength).toBeLessThan(2 * MB);
    writeFileSync(path.join(work, 'bomb.docx'), docx);
    await expectLimit(['build', 'bomb.docx'], ['bomb.docx', '解压后的内容大小', '128 MB', 'word/document.xml']);
  });

  it('stops list numbering that starts at a billion (written as letters it would spell gigabytes)', async () => {
    const docx = await docxWithBody(numberedParagraph('第一项') + numberedParagraph('第二项'), numberingParts('lowerLetter', 1_000_000_000));
    expect(docx.byteLength).toBeLessThan(2000);
    writeFileSync(path.join(work, 'numbers.docx'), docx);
    await expectLimit(['build', 'numbers.docx'], ['numbers.docx', '自动编号的数值', '1,000,000,000', '32,767']);
  });

  it('stops XML nested deeper than the limit instead of overflowing the stack', async () => {
    writeFileSync(path.join(work, 'deep.docx'), await docxWithBody(paragraph('标题') + deeplyNestedParagraph(200_000)));
    await expectLimit(['outline', 'deep.docx'], ['deep.docx', '嵌套层数', '256 层']);
  });
});

describe('the resource budget of a template and a theme', () => {
  it('imports a template without a picture past the size limit, and says why', async () => {
    const hugeLogo = Buffer.concat([makePng(200, 60), Buffer.alloc(21 * MB)]);
    const template = await buildTemplate({
      colors: OFFICE_COLORS,
      major: { latin: 'Georgia', ea: '黑体' },
      minor: { latin: 'Arial', ea: '微软雅黑' },
      pictures: [{ bytes: hugeLogo, mime: 'image/png', x: 0.3, y: 0.2, w: 1.6, h: 0.48 }],
    });
    // Deflated, the 21 MB picture takes a few kilobytes of the template file.
    const packed = await (await JSZip.loadAsync(template)).generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(packed.byteLength).toBeLessThan(MB);
    writeFileSync(path.join(work, 'logo-bomb.pptx'), packed);
    const result = await runWith(['theme', 'import', 'logo-bomb.pptx', '--name', 'unit'], work);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('图片文件大小');
    expect(result.stderr).toContain('20 MB');
    const theme = JSON.parse(readFileSync(path.join(work, 'themes', 'unit.json'), 'utf8')) as { images?: { logo?: string } };
    expect(theme.images?.logo).toBeUndefined();
    expect(readdirSync(path.join(work, 'themes')).sort()).toEqual(['theme.schema.json', 'unit.json']);
  });

  it('refuses a template whose font name is millions of characters long, writing nothing', async () => {
    const template = await buildTemplate({
      colors: OFFICE_COLORS,
      major: { latin: 'F'.repeat(2_000_000), ea: '黑体' },
      minor: { latin: 'Arial', ea: '微软雅黑' },
    });
    writeFileSync(path.join(work, 'font-bomb.pptx'), template);
    await expectLimit(['theme', 'import', 'font-bomb.pptx', '--name', 'unit'], ['font-bomb.pptx', '字体名称长度', '2000000 个字符', '64 个字符']);
    expect(existsSync(path.join(work, 'themes'))).toBe(false);
  });

  it('refuses a theme file whose font name passes the limit, naming the key', async () => {
    mkdirSync(path.join(work, 'themes'));
    writeFileSync(
      path.join(work, 'themes', 'long.json'),
      JSON.stringify({ name: 'long', label: '长', extends: 'party-red', fonts: { body: { eastAsian: '宋'.repeat(65), latin: 'Arial' } } }),
    );
    writeFileSync(path.join(work, 'a.txt'), readFileSync(SEED_FILE));
    const before = snapshotTree(work);
    const result = await runWith(['build', 'a.txt', '-t', 'long'], work);
    expectCleanFailure(result);
    expect(result.stderr).toContain('fonts.body.eastAsian');
    expect(result.stderr).toContain('字体名称长度为 65 个字符，超过安全上限 64 个字符');
    expect(snapshotTree(work)).toEqual(before);
  });
});
