import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/parse/normalize-text.js';
import { findWrapWidth, joinStrayBreaks, unwrapLines } from '../../src/parse/unwrap-lines.js';
import { hardWrap, loadCorpus } from './corpus-helpers.js';

const corpus = loadCorpus();

describe('unwrapLines', () => {
  it.each(corpus.map((item) => [item.name, item.text] as const))('%s: leaves text with one paragraph a line as it is', (_name, text) => {
    const lines = text.split(/\r?\n/);
    expect(findWrapWidth(lines.map((line) => line.trim()).filter((line) => line !== ''))).toBeNull();
    expect(unwrapLines(lines)).toEqual(splitParagraphs(text));
  });

  it('gives back nearly every paragraph of the real reports when they are cut at 36 characters', () => {
    let kept = 0;
    let total = 0;
    for (const item of corpus) {
      const original = new Set(splitParagraphs(item.text));
      const rejoined = unwrapLines(hardWrap(item.text, 36).split('\n'));
      total += original.size;
      kept += rejoined.filter((paragraph) => original.has(paragraph)).length;
    }
    // Only paragraphs that end exactly at the cut and are followed by a plain sentence stay joined.
    expect(kept / total).toBeGreaterThan(0.97);
  });

  it('keeps a short heading line between cut lines on its own', () => {
    const body = '我们坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，推动高质量发展。'.repeat(3);
    const text = ['“十四五”时期工作回顾', ...hardWrap(body, 20).split('\n'), '二、2026年工作安排', ...hardWrap(body, 20).split('\n')].join('\n');
    const paragraphs = unwrapLines(text.split('\n'));
    expect(paragraphs).toEqual(['“十四五”时期工作回顾', body, '二、2026年工作安排', body]);
  });

  it('starts a paragraph at an indented line when the text indents its paragraphs (a PDF copy)', () => {
    const first = '全年地区生产总值增长百分之五点二，规模以上工业增加值增长百分之六，固定资产投资平稳增长。';
    const lines = ['　　' + first.slice(0, 20), first.slice(20, 40), first.slice(40), '　　' + first.slice(0, 20), first.slice(20, 40), first.slice(40)];
    const width = findWrapWidth(lines.map((line) => line.trim()));
    expect(width?.width).toBe(20);
    expect(unwrapLines(lines.concat(lines))).toEqual([first, first, first, first]);
  });
});

describe('joinStrayBreaks', () => {
  it('joins a paragraph broken inside a sentence', () => {
    expect(joinStrayBreaks(['以更高格局视野推进人才强企。牢固树立人才是第一资源的理念，', '盘活人才存量。'])).toEqual([
      '以更高格局视野推进人才强企。牢固树立人才是第一资源的理念，盘活人才存量。',
    ]);
    expect(joinStrayBreaks(['始终把党的政治建设摆在首位。坚持以习近平新时代中国特色社会主义思想为指', '导，推动工作。'])).toHaveLength(1);
    expect(joinStrayBreaks(['以更高政治站位把准前进方', '向。始终把党的政治建设摆在首位。'])).toHaveLength(1);
    expect(joinStrayBreaks(['盘活人才“存量”', '、加快人才“增量”。'])).toHaveLength(1);
    expect(joinStrayBreaks(['与爸爸妈妈、', '老师们交流分享。'])).toHaveLength(1);
  });

  it('never joins a title, a heading, a name, a finished paragraph, or a line a mark opens', () => {
    const kept = [
      '市国资委在全市组织工作会议上的汇报发言材料',
      '绍兴一中党委书记、校长  王 琛',
      '一、以更高政治站位把准前进方向',
      '全年完成了各项任务。',
      '同志们，今年的工作很重要，',
      '一是加强党的建设。',
      '加强党的建设；',
      '推进改革发展；',
    ];
    expect(joinStrayBreaks(kept)).toEqual(kept);
  });
});
