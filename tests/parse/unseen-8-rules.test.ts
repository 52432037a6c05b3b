/**
 * Rules added after unseen-8 was measured blind (0.841 pooled): each has a stress fixture written for
 * its test and a check on the real text that showed it (unseen-8 is no longer blind for these).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/build-outline.js';
import { readLabel } from '../../src/parse/label-paragraphs.js';
import { isQuotation } from '../../src/parse/shared-wording.js';
import { findLooseLeadRun } from '../../src/parse/theme-sentences.js';
import { type CorpusCase, fixtureCase, outlineShape, textOf } from './corpus-helpers.js';

const shape = outlineShape;
const lines = textOf;
const realCase = (prefix: string): CorpusCase | undefined => fixtureCase('unseen-8', prefix);
const realShape = (prefix: string): [string, string[]][] => shape(parseReport(realCase(prefix)?.text ?? ''));
const expectedPoints = (prefix: string, section: number): string[] | undefined => realCase(prefix)?.expected.sections[section]?.points.map((p) => p.title);

const BODY = '要进一步统一思想，明确责任，细化措施，确保各项工作落到实处，取得实效，让人民群众满意。';

describe('a closing run of short leads of differing shapes', () => {
  const part = [
    '面对新的形势和任务，各级政府要切实加强自身建设，努力建设人民满意的政府。',
    `大力加强廉政建设，从严治政。${BODY}`,
    `加快政府决策的民主化与科学化。${BODY}`,
    `认真贯彻依法行政的决定，实施依法行政五年规划和年度计划，努力提高依法行政水平，促进依法治市。${BODY}`,
    `推进新一轮政府机构改革。${BODY}`,
    `实施行政审批制度改革。${BODY}`,
    '各位代表，让我们团结一心，开拓进取，为实现今年的目标任务而努力奋斗！',
  ];

  it('ends the part, an address after it aside, and may hold one long opening between two leads', () => {
    expect(findLooseLeadRun(part).map((member) => member.index)).toEqual([1, 2, 3, 4, 5]);
  });

  it('is not found when it does not reach the end, or when several openings run to three clauses', () => {
    expect(
      findLooseLeadRun([
        ...part.slice(0, 6),
        `今年的任务十分繁重，困难和挑战很多，但只要我们坚定信心、迎难而上、扎实工作，就一定能够完成全年的目标任务。${BODY}`,
      ]),
    ).toEqual([]);
    const prose = [`列宁多次指出，帝国主义就是侵略，就是战争。${BODY}`, `在当前大好形势下，把我们的事情办好，十分重要。${BODY}`, `台湾是祖国神圣领土。${BODY}`];
    expect(findLooseLeadRun(prose)).toEqual([]);
  });

  it('is a part\u2019s points when the part has no other structure', () => {
    const outline = parseReport(lines('某市政府工作报告', '一、过去一年的工作', `我们做了大量工作。${BODY}`, '二、努力建设人民满意的政府', ...part));
    expect(shape(outline)[1]?.[1]).toEqual([
      '大力加强廉政建设，从严治政',
      '加快政府决策的民主化与科学化',
      '认真贯彻依法行政的决定，实施依法行政五年规划和年度计划，努力提高依法行政水平，促进依法治市',
      '推进新一轮政府机构改革',
      '实施行政审批制度改革',
    ]);
  });

  it('gives the real reports\u2019 last parts the points the annotators found (unseen-8/02, /03)', () => {
    expect(realShape('02-')[2]?.[1]).toEqual(expectedPoints('02-', 2));
    expect(realShape('03-')[2]?.[1]).toEqual(expectedPoints('03-', 2));
  });
});

describe('dash headings on lines of their own', () => {
  it('are read as labels, a dash-list sentence is not', () => {
    expect(readLabel('——疫情防控取得阶段性胜利')).toEqual({ kind: 'dash-heading', length: 13 });
    expect(readLabel('――工业经济发展活力增强')).toEqual({ kind: 'dash-heading', length: 12 });
    expect(readLabel('——保持经济持续快速健康发展。计划安排国内生产总值增长10%。')).toBeNull();
  });

  it('are the part\u2019s points over the lead paragraphs under them (unseen-8/07)', () => {
    const outline = parseReport(realCase('07-')?.text ?? '');
    expect(shape(outline)[0]?.[1]).toEqual(expectedPoints('07-', 0));
    expect(outline.sections[0]?.points[1]?.items.map((item) => item.title)).toEqual([
      '项目支撑能力明显提升',
      '市场主体发展活力增强',
      '科技创新步伐加快',
      '开发区发展步入新阶段',
    ]);
  });
});

describe('run-in headings set apart by a space', () => {
  it('are labels when prose follows, not a name line or a figure', () => {
    expect(readLabel(`对外经贸水平提高 ${BODY}`)).toEqual({ kind: 'spaced', length: 8 });
    expect(readLabel('市长 李豆罗')).toBeNull();
    expect(readLabel(`投资突破 400亿元。${BODY}`)).toBeNull();
  });

  it('make a part\u2019s points when three or more open its paragraphs', () => {
    const outline = parseReport(
      lines(
        '某市政府工作报告',
        '一、过去一年工作回顾',
        '一年来，全市经济社会在以下几个方面取得了新的进展。',
        `高新技术产业迅速发展 ${BODY}`,
        `对外经贸水平提高 ${BODY}`,
        `各项改革继续深化 ${BODY}`,
        '二、今年主要工作',
        `（一）加快结构调整。${BODY}`,
        `（二）扩大对外开放。${BODY}`,
      ),
    );
    expect(shape(outline)[0]?.[1]).toEqual(['高新技术产业迅速发展', '对外经贸水平提高', '各项改革继续深化']);
  });

  it('find eight of the real report\u2019s ten (two have no space; unseen-8/03)', () => {
    const found = realShape('03-')[0]?.[1] ?? [];
    expect(found).toHaveLength(8);
    expect(expectedPoints('03-', 0)).toEqual(expect.arrayContaining(found));
  });
});

describe('a quoted name opening a lead sentence', () => {
  it('is its subject, not a quotation, when its own predicate follows', () => {
    expect(isQuotation('“一网通办”强力推进。')).toBe(false);
    expect(isQuotation('“放管服”改革深入推进。')).toBe(false);
    expect(isQuotation('“绿水青山就是金山银山”，这是我们的发展理念。')).toBe(true);
  });
});
