/**
 * Rules added after unseen-15 was measured blind (0.615 pooled): each has a stress fixture written
 * for its test and a check on the real text that showed it (unseen-15 is no longer blind for these).
 */
import { describe, expect, it } from 'vitest';
import { isClosingLine, readBackMatter } from '../../src/parse/back-matter.js';
import { parseReport } from '../../src/parse/build-outline.js';
import { fixtureCase } from './corpus-helpers.js';

const BODY = '那段日子里，老师们的关怀、同学们的陪伴，让我在困难面前从未退缩，也让我懂得了坚持的意义和求索的快乐。';

describe('a sentence with 让我们 in the middle of a speech', () => {
  it('is no closing call: the heading lines after it are no appendix', () => {
    const paragraphs = [
      '在毕业典礼上的发言',
      '尊敬的各位老师、亲爱的同学们：',
      '母校赋予我们勇气之“易”',
      `${BODY}这些光辉的名字已经让我们完成了第一个蜕变，我们也因母校而更加勇敢自信。`,
      '母校赋予我们担当之“易”',
      BODY,
      BODY,
      '母校赋予我们求新之“易”',
      BODY,
      BODY,
      '衷心感谢大家，与大家共勉！',
    ];
    expect(readBackMatter(paragraphs, 1).bodyEnd).toBe(paragraphs.length - 1);
  });

  it('leaves the real speech its three parts (unseen-15/04)', () => {
    const item = fixtureCase('unseen-15', '04-');
    const outline = parseReport(item?.text ?? '');
    expect(outline.sections.map((section) => section.title)).toEqual(item?.expected.sections.map((section) => section.title));
    expect(outline.closing).toBe(item?.expected.closing);
  });
});

describe('a thanks line', () => {
  it('closes a speech when it thanks everyone (`衷心感谢大家，与大家共勉！`)', () => {
    expect(isClosingLine('衷心感谢大家，与大家共勉！')).toBe(true);
    expect(isClosingLine('感谢各位的聆听。')).toBe(true);
  });
});
