import { describe, expect, it } from 'vitest';
import { describeMaskedFigures, findFigures, labelBefore, rankFigures } from '../../src/parse/find-figures.js';

const texts = (text: string): string[] => findFigures([{ text, where: 'opening' }]).map((f) => f.text);

describe('findFigures', () => {
  it('finds numbers with units and keeps their sentence and place', () => {
    const [figure] = findFigures([{ text: '开头。全年营业收入增长12.5%，利润创新高。', where: 2 }]);
    expect(figure).toEqual({
      text: '12.5%',
      value: '12.5',
      unit: '%',
      label: '营业收入增长',
      sentence: '全年营业收入增长12.5%，利润创新高。',
      masked: false,
      where: 2,
    });
  });

  it('reads amounts with compound units', () => {
    expect(texts('完成投资1.2万亿元，新增就业44.1万人，提高0.7个百分点。')).toEqual(['1.2万亿元', '44.1万人', '0.7个百分点']);
  });

  it('marks masked figures', () => {
    const found = findFigures([{ text: '其中*户监管企业利润同比增长*%，完成××个项目。', where: 'opening' }]);
    expect(found.map((f) => [f.text, f.masked])).toEqual([
      ['*户', true],
      ['*%', true],
      ['××个', true],
    ]);
    expect(found[1]?.label).toBe('利润同比增长');
  });

  it('leaves out years, dates, formulas and ordinals', () => {
    expect(texts('2021年3月5日，健全“4+N”清单，落实“14+1”链条，第3个项目开工。')).toEqual([]);
  });
});

describe('labelBefore', () => {
  it('drops linking verbs so the label names the measure', () => {
    const text = '全省地区生产总值达到13697.5亿元';
    expect(labelBefore(text, text.indexOf('1'))).toBe('地区生产总值');
  });
});

describe('rankFigures', () => {
  it('puts growth percentages and amounts before bare counts', () => {
    const found = findFigures([{ text: '我们做了6个方面工作，投资增长8.5%，完成投资300亿元。', where: 'opening' }]);
    expect(rankFigures(found).map((f) => f.text)).toEqual(['8.5%', '300亿元', '6个']);
  });
});

describe('describeMaskedFigures', () => {
  it('lists masked figures in a Chinese message', () => {
    const message = describeMaskedFigures(findFigures([{ text: '利润增长*%。', where: 0 }]));
    expect(message).toContain('*%');
    expect(message).toContain('补全');
  });

  it('is null when nothing is masked', () => {
    expect(describeMaskedFigures(findFigures([{ text: '利润增长5%。', where: 0 }]))).toBeNull();
  });
});

describe('labelBefore with years', () => {
  it('drops the year from a from-to phrase', () => {
    const text = '地区生产总值由2020年的3.68万亿元增加到4.93万亿元';
    expect(labelBefore(text, text.indexOf('3.68'))).toBe('地区生产总值');
  });
});
