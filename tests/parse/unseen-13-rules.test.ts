/**
 * Rules added after unseen-13 was measured blind (0.823 pooled): each has a stress fixture written
 * for its test and a check on the real text that showed it (unseen-13 is no longer blind for these).
 */
import { describe, expect, it } from 'vitest';
import { readBackMatter } from '../../src/parse/back-matter.js';
import { parseReport } from '../../src/parse/build-outline.js';
import { findThemeParagraphGroups } from '../../src/parse/theme-sentences.js';
import { type CorpusCase, fixtureCase, outlineShape } from './corpus-helpers.js';

const shape = outlineShape;
const realCase = (prefix: string): CorpusCase | undefined => fixtureCase('unseen-13', prefix);
const BODY = '全年新增就业12万人，居民收入稳步增长，各项事业取得新的进展，人民群众获得感持续增强，社会大局保持和谐稳定。';

describe('a heading that continues the numbering after a thanks paragraph', () => {
  it('is more of the body, not the start of an appendix', () => {
    const paragraphs = [
      '某省政府工作报告',
      '一、过去一年工作回顾',
      BODY,
      '回顾奋斗的历程，成绩让我们倍感振奋，经验让我们倍加珍惜。在此，我代表省人民政府，向为全省发展作出贡献的各界人士，表示衷心感谢！',
      '二、今年工作安排',
      BODY,
      '各位代表！让我们团结一心、砥砺前行。在新征程上勇于争先，奋力谱写新篇章！',
    ];
    expect(readBackMatter(paragraphs, 1).bodyEnd).toBe(paragraphs.length);
  });

  it('keeps the real report\u2019s three parts (unseen-13/06)', () => {
    const item = realCase('06-');
    expect(parseReport(item?.text ?? '').sections.map((section) => section.title)).toEqual(item?.expected.sections.map((section) => section.title));
  });
});

describe('two series of theme paragraphs one after the other', () => {
  const paragraphs = [
    '刚刚过去的一年，是极不平凡的一年。',
    '这一年，我们攻坚克难，经济运行稳中向好。',
    BODY,
    '这一年，我们改革创新，发展动能持续增强。',
    BODY,
    '这一年，我们用心用情，民生福祉不断改善。',
    BODY,
    '各位代表！五年来，我们走过了极不平凡的历程。',
    '五年来，我们坚定不移推进改革开放，发展活力竞相迸发。',
    BODY,
  ];

  it('keeps the first whole when a member of the second would join it without its opening words', () => {
    expect(findThemeParagraphGroups(paragraphs).map((group) => group.map((member) => member.index))).toEqual([[1, 3, 5]]);
  });

  it('gives the real report both series, the second far apart (unseen-13/08)', () => {
    const item = realCase('08-');
    const points = shape(parseReport(item?.text ?? ''))[0]?.[1] ?? [];
    expect(points.filter((title) => title.startsWith('这一年，我们'))).toHaveLength(7);
    expect(points.filter((title) => title.startsWith('五年来，我们坚定不移'))).toHaveLength(7);
  });
});
