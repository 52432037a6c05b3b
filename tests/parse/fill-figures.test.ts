import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/build-outline.js';
import { fillFigures, numberMaskedFigures, parseAssignment } from '../../src/parse/fill-figures.js';
import type { Outline } from '../../src/parse/outline.js';
import { outlineOf, seedReport } from '../helpers/fixtures.js';

/** Every text field of an outline, joined: what slides and notes are made from. */
function allText(outline: Outline): string {
  return JSON.stringify({ ...outline, figures: [], warnings: [] });
}

const REPORT = [
  '关于全区经济工作的报告',
  '同志们：',
  '今年以来，全区生产总值同比增长*%，新增市场主体*户。',
  '一、主要成效',
  '（一）产业升级。规上工业增加值增长×%，培育专精特新企业*家。',
  '（二）民生改善。城镇新增就业*人，居民收入增长*%。',
  '二、下一步工作',
  '（一）抓项目。全年计划新开工项目*个。',
  '（二）优环境。持续优化营商环境。',
].join('\n');

describe('numberMaskedFigures', () => {
  it('numbers the masked figures in reading order, not in card ranking order', () => {
    const outline = parseReport(REPORT);
    const numbered = numberMaskedFigures(outline);
    expect(numbered.map((entry) => entry.figure.text)).toEqual(['*%', '*户', '×%', '*家', '*人', '*%', '*个']);
    expect(numbered.map((entry) => entry.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('fillFigures', () => {
  it('fills by number and by label, in every text field, and recomputes figures and the warning', () => {
    const outline = parseReport(REPORT);
    const result = fillFigures(outline, [
      { key: '1', value: '6.5' },
      { key: '就业', value: '1,200' },
      { key: '开工项目', value: '35个' },
    ]);
    expect(result.unmatched).toEqual([]);
    expect(result.filled.map((entry) => [entry.number, entry.text])).toEqual([
      [1, '6.5%'],
      [5, '1,200人'],
      [7, '35个'],
    ]);
    expect(result.outline.opening).toContain('生产总值同比增长6.5%');
    const text = allText(result.outline);
    expect(text).toContain('城镇新增就业1,200人');
    expect(text).toContain('新开工项目35个');
    expect(text).not.toContain('增长*%，新增');
    expect(result.outline.figures.filter((figure) => figure.masked)).toHaveLength(4);
    expect(result.outline.figures.some((figure) => figure.text === '6.5%' && !figure.masked)).toBe(true);
    const warning = result.outline.warnings.find((entry) => entry.code === 'masked-figures');
    expect(warning?.message).toContain('4处');
    expect(result.remaining.map((entry) => entry.number)).toEqual([2, 3, 4, 6]);
  });

  it('maps 率 to a percentage and 数 to a unit, and a repeated key fills the next match', () => {
    const outline = parseReport(REPORT);
    const result = fillFigures(outline, [
      { key: '增长率', value: '7' },
      { key: '增长率', value: '8' },
      { key: '户数', value: '120' },
    ]);
    expect(result.filled.map((entry) => [entry.number, entry.text])).toEqual([
      [1, '7%'],
      [2, '120户'],
      [3, '8%'],
    ]);
  });

  it('fills the seed in notes and slides alike and removes the warning when all are filled', () => {
    const outline = outlineOf(seedReport());
    const result = fillFigures(outline, [
      { key: '户数', value: '12' },
      { key: '户数', value: '9' },
      { key: '增长率', value: '8.5' },
    ]);
    expect(result.unmatched).toEqual([]);
    expect(result.remaining).toEqual([]);
    expect(result.outline.opening).toContain('市国资委党委及12户监管企业党委');
    expect(result.outline.opening).toContain('其中9户监管企业利润同比增长8.5%');
    expect(result.outline.figures.some((figure) => figure.masked)).toBe(false);
    expect(result.outline.warnings.some((warning) => warning.code === 'masked-figures')).toBe(false);
    // Nothing else changed.
    expect(allText(result.outline).replace('12户', '*户').replace('9户', '*户').replace('8.5%', '*%')).toBe(allText(outline));
  });

  it('reports what matched nothing and leaves the outline untouched then', () => {
    const outline = parseReport(REPORT);
    const result = fillFigures(outline, [
      { key: '财政收入', value: '3' },
      { key: '99', value: '1' },
    ]);
    expect(result.unmatched.map((entry) => entry.key)).toEqual(['财政收入', '99']);
    expect(result.outline).toBe(outline);
    expect(result.remaining).toHaveLength(7);
  });

  it('refuses a value that is not a number', () => {
    expect(() => fillFigures(parseReport(REPORT), [{ key: '1', value: '很多' }])).toThrow(/不是数字/u);
  });

  it('fills a figure inside a heading in the heading and the title', () => {
    const outline = parseReport(['标题', '一、新增就业*人', '具体做法如下。', '二、稳定物价', '物价总体平稳。'].join('\n'));
    const numbered = numberMaskedFigures(outline);
    expect(numbered).toHaveLength(1);
    const result = fillFigures(outline, [{ key: '1', value: '300' }]);
    expect(result.outline.sections[0]?.heading).toContain('300人');
    expect(result.outline.sections[0]?.title).toBe('新增就业300人');
  });
});

describe('parseAssignment', () => {
  it('splits at the first = (ASCII or full width) and refuses empty sides', () => {
    expect(parseAssignment('户数=12')).toEqual({ key: '户数', value: '12' });
    expect(parseAssignment(' 增长率 ＝ 8.5 ')).toEqual({ key: '增长率', value: '8.5' });
    expect(parseAssignment('=12')).toBeNull();
    expect(parseAssignment('户数=')).toBeNull();
    expect(parseAssignment('户数')).toBeNull();
  });
});
