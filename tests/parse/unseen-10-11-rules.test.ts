/**
 * Rules added after unseen-10 (0.921) and unseen-11 (0.832) were measured blind: each has a stress
 * fixture written for its test and a check on the real text that showed it (those sets are no
 * longer blind for these rules).
 */
import { describe, expect, it } from 'vitest';
import { readBackMatter } from '../../src/parse/back-matter.js';
import { parseReport } from '../../src/parse/build-outline.js';
import { isQuotation } from '../../src/parse/shared-wording.js';
import { type CorpusCase, fixtureCase, outlineShape, textOf } from './corpus-helpers.js';

const shape = outlineShape;
const lines = textOf;
const realCase = (folder: string, prefix: string): { text: string; expected: CorpusCase['expected'] | undefined } => {
  const item = fixtureCase(folder, prefix);
  return { text: item?.text ?? '', expected: item?.expected };
};
const BODY = '全年新增就业12万人，居民收入稳步增长，各项事业取得新的进展，人民群众获得感持续增强，社会大局保持和谐稳定。';

describe('a group of theme paragraphs after an address that ends the numbered points', () => {
  it('is more of the part\u2019s points', () => {
    const outline = parseReport(
      lines(
        '某市政府工作报告',
        '一、过去一年和五年工作回顾',
        '过去一年，我们主要做了以下工作。',
        '（一）经济运行稳中有进',
        BODY,
        BODY,
        '（二）民生福祉持续增进',
        BODY,
        BODY,
        '各位代表！五年来，面对复杂形势，我们迎难而上，取得了来之不易的成绩。',
        `五年来，综合实力明显增强。${BODY}`,
        `五年来，改革开放纵深推进。${BODY}`,
        `五年来，民生保障扎实有力。${BODY}`,
        '二、今年工作安排',
        `（一）扩大有效需求。${BODY}`,
        `（二）深化改革开放。${BODY}`,
      ),
    );
    expect(shape(outline)[0]?.[1]).toEqual([
      '经济运行稳中有进',
      '民生福祉持续增进',
      '五年来，综合实力明显增强',
      '五年来，改革开放纵深推进',
      '五年来，民生保障扎实有力',
    ]);
  });

  it('gives the real report\u2019s review its six 五年来 points (unseen-10/01)', () => {
    const { text, expected } = realCase('unseen-10', '01-');
    expect(shape(parseReport(text))[0]?.[1]).toEqual(expected?.sections[0]?.points.map((point) => point.title));
  });
});

describe('short lines of their own ahead of a group of theme paragraphs', () => {
  it('are the part\u2019s first group of points (unseen-10/08)', () => {
    const { text, expected } = realCase('unseen-10', '08-');
    expect(shape(parseReport(text))[0]?.[1]).toEqual(expected?.sections[0]?.points.map((point) => point.title));
  });
});

describe('a glossary after the closing call', () => {
  it('is the appendix when the call is an address ending on 奋斗！', () => {
    const paragraphs = [
      '某省政府工作报告',
      `一、工作回顾`,
      BODY,
      '各位代表！新征程催人奋进。我们要扛牢责任、攻坚克难，为谱写新篇章不懈奋斗！',
      '名词解释',
      '1.“两重”：是指国家重大战略实施和重点领域安全能力建设。',
      '2.“两新”：是指大规模设备更新和消费品以旧换新。',
    ];
    const back = readBackMatter(paragraphs, 1);
    expect(back.bodyEnd).toBe(4);
    expect(back.appendix.startsWith('名词解释')).toBe(true);
  });

  it('adds no part to the real report (unseen-10/07)', () => {
    const { text, expected } = realCase('unseen-10', '07-');
    expect(parseReport(text).sections.map((section) => section.title)).toEqual(expected?.sections.map((section) => section.title));
  });
});

describe('short terms in quotes', () => {
  it('are the speaker\u2019s own words; one long quotation is not', () => {
    expect(isQuotation('惟“守正”方能“创新”。')).toBe(false);
    expect(isQuotation('他说“我们一定能够做到”。')).toBe(true);
  });

  it('let a series of 惟“……”方能“……”。 be the speech\u2019s parts (unseen-11/07)', () => {
    const { text, expected } = realCase('unseen-11', '07-');
    expect(parseReport(text).sections.map((section) => section.title)).toEqual(expected?.sections.map((section) => section.title));
  });
});

describe('a topic label before a colon in a numbered paragraph', () => {
  it('is the heading (`第七，关于灵魂境界：……`)', () => {
    const outline = parseReport(lines('校长的几点思考', `第一，关于教育公平：${BODY}`, `第二，关于教育均衡：${BODY}`, `第三，关于儿童：${BODY}`));
    expect(outline.sections.map((section) => section.title)).toEqual(['关于教育公平', '关于教育均衡', '关于儿童']);
  });

  it('titles the real talk\u2019s last four parts (unseen-11/06)', () => {
    const { text, expected } = realCase('unseen-11', '06-');
    expect(parseReport(text).sections.map((section) => section.title)).toEqual(expected?.sections.map((section) => section.title));
  });
});
