import { describe, expect, it } from 'vitest';
import { describeMaskedFigures, findFigures, findOutlineFigures, hasNamingLabel, labelBefore, rankFigures } from '../../src/parse/find-figures.js';
import { parseReport } from '../../src/parse/build-outline.js';

const texts = (text: string): string[] => findFigures([{ text, where: 'opening' }]).map((f) => f.text);

describe('findFigures', () => {
  // A card showed `50%` for `提升超50%` (a review of decks from 2026 government reports).
  it('keeps the bound or estimate the source writes next to a figure', () => {
    const texts = findFigures([{ text: '京津城际全天运能提升超50%，地区生产总值增长5%左右，投资9800亿元以上，覆盖近10万人。', where: 0 }]).map(
      (figure) => figure.text,
    );
    expect(texts).toEqual(['超50%', '5%左右', '9800亿元以上', '近10万人']);
  });

  it('takes no number glued to a Latin letter: a code or a misread digit (`增长I4.8％`, unseen-8/03)', () => {
    expect(findFigures([{ text: '全市国内生产总值比上年增长I4.8％，财政收入增长12%。', where: 0 }]).map((figure) => figure.text)).toEqual(['12%']);
  });

  it('finds numbers with units and keeps their sentence and place', () => {
    const [figure] = findFigures([{ text: '开头。全年营业收入增长12.5%，利润创新高。', where: 2 }]);
    expect(figure).toEqual({
      text: '12.5%',
      value: '12.5',
      unit: '%',
      label: '营业收入增长',
      sentence: '全年营业收入增长12.5%，利润创新高。',
      role: 'result',
      cardLabel: '营业收入增长',
      masked: false,
      where: 2,
    });
  });

  it('gives no card to a figure for each of a list or per head (`……西北大学各1人`, `按照人均2万元`)', () => {
    const cards = findFigures([{ text: '考取山东大学、四川大学、西北大学各1人，按照人均2万元标准发放补助，录取率达到86%。', where: 'opening' }]);
    expect(cards.filter((figure) => figure.cardLabel !== '').map((figure) => figure.text)).toEqual(['86%']);
  });

  it('keeps the measure written after 亿 or 万 (`130亿斤`, `65亿吨`, `1.7亿立方米`)', () => {
    expect(texts('粮食产量达到130亿斤，煤炭产量65亿吨，天然气产量1.7亿立方米。')).toEqual(['130亿斤', '65亿吨', '1.7亿立方米']);
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
    expect(found[1]?.label).toBe('监管企业利润同比增长');
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

describe('card labels', () => {
  it('are never a bare verb of change (`上升到`), which names nothing', () => {
    const text = '我校最近四年高考第一批上线率已从45％、60.1％、67％上升到68.1％，创造了新的辉煌。';
    for (const figure of findFigures([{ text, where: 'opening' }])) expect(figure.cardLabel, figure.text).not.toMatch(/^(?:上升|下降|增加|减少)(?:到|至)$/u);
  });

  // Labels real government reports gave once divider cards had room for them (unseen sets): the
  // sentences are written for this test in their shape.
  it('name what the figure is, not a starting value, a per-head qualifier, a rate unit or markup', () => {
    const labels = (text: string): string[] => findFigures([{ text, where: 'opening' }]).map((figure) => figure.cardLabel);
    expect(labels('城乡居民基础养老金最低标准从每月88元提高到100元。')[0]).toBe('');
    expect(labels('城市低保标准提高到每人每月620元。')).toEqual(['']);
    expect(labels('特困人员基本生活平均标准提高至1061元。')).toEqual(['特困人员基本生活平均标准']);
    expect(labels('</script>同比增长15%。')).toEqual(['']);
  });

  // A ninth deck review (held-out/h07, a 副主任述职): `年度任务完成率达到75%` made no card, and the
  // overview showed `5篇 撰写心得体会` instead.
  it('may open on 年度 or 月度, never on the tail of a date', () => {
    const labels = (text: string): string[] => findFigures([{ text, where: 'opening' }]).map((figure) => figure.cardLabel);
    expect(labels('建立工作机制，年度任务完成率达到75%。')).toEqual(['年度任务完成率']);
    expect(labels('月度用电量达到30亿千瓦时。')).toEqual(['月度用电量']);
    for (const label of labels('2023年新增就业岗位1.2万个，5月新开工项目30个。')) expect(label).not.toMatch(/^[年月]/u);
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

describe('labels of count figures', () => {
  const labelOf = (text: string, figure: string): string => labelBefore(text, text.indexOf(figure));

  it('names the counted noun after the figure when the words before end in a conjunction', () => {
    expect(labelOf('市国资委党委及*户监管企业党委第一时间召开专题党委会', '*户')).toBe('监管企业党委');
  });

  it('names the counted noun when nothing names it before (其中, clause start, 共, 对)', () => {
    expect(labelOf('其中*户监管企业利润同比增长*%', '*户')).toBe('监管企业');
    expect(labelOf('同比增长8.7%；3家企业入选省级“科改企业”', '3家')).toBe('企业');
    expect(labelOf('全市共有12个项目开工建设', '12个')).toBe('项目');
    expect(labelOf('对5个软弱涣散党组织进行整顿提升', '5个')).toBe('软弱涣散党组织');
  });

  it('keeps the words before when they name the count', () => {
    expect(labelOf('全集团基层党组织达到58个', '58个')).toBe('全集团基层党组织');
    expect(labelOf('新增市场主体*户', '*户')).toBe('新增市场主体');
  });

  it('gives a change with no subject the measure of the clause before it', () => {
    expect(labelOf('资产总额达到*亿元，同比增长8.7%', '8.7%')).toBe('资产总额同比增长');
    // Too long for a card: `同比` goes before any word is cut.
    expect(labelOf('市属监管企业资产总额达到*亿元，同比增长8.7%', '8.7%')).toBe('市属监管企业资产总额增长');
    expect(labelOf('会议开得很好，同比增长8.7%', '8.7%')).toBe('同比增长');
  });

  it('drops leading connectives and keeps whole conjuncts when shortening', () => {
    expect(labelOf('并且完成投资300亿元', '300亿元')).toBe('完成投资');
    expect(labelOf('修订综合应急预案和专项预案以及配套的现场处置方案14项', '14项')).toBe('配套的现场处置方案');
    expect(labelOf('年内实现在建重点工程和燃气场站接入率100%', '100%')).toBe('燃气场站接入率');
  });
});

describe('rankFigures and labels', () => {
  it('puts figures with a naming label before pronoun, verb and one-character labels', () => {
    const found = findFigures([{ text: '这16个字很重要。今天我把这8个字送给大家。利润增长3%。营业收入达到12亿元。', where: 'opening' }]);
    const ranked = rankFigures(found);
    expect(ranked.slice(0, 2).map((f) => f.text)).toEqual(['3%', '12亿元']);
    expect(ranked.slice(2).every((f) => !hasNamingLabel(f))).toBe(true);
  });

  it('judges labels by what they name', () => {
    const figure = (label: string) => ({
      text: '5%',
      value: '5',
      unit: '%',
      label,
      sentence: '',
      role: 'result' as const,
      cardLabel: label,
      masked: false,
      where: 'opening' as const,
    });
    expect(['增长', '这', '今天我把这', '我要送给同学们', '', '占'].map((l) => hasNamingLabel(figure(l)))).toEqual([false, false, false, false, false, false]);
    expect(['利润同比增长', '研发投入强度', '企业'].map((l) => hasNamingLabel(figure(l)))).toEqual([true, true, true]);
  });
});

describe('findOutlineFigures', () => {
  it('is what parseReport uses, so the Markdown reader cannot drift from it', () => {
    const outline = parseReport(
      '某公司工作汇报\n各位领导：\n全年营业收入增长12%，其中*户企业利润增长*%。\n一、经营情况\n实现利润3.5亿元，同比增长8%。\n二、改革情况\n完成改革任务12项。\n',
    );
    expect(findOutlineFigures(outline.opening, outline.sections)).toEqual(outline.figures);
    expect(outline.figures.map((f) => f.where)).toContain(1);
    expect(outline.warnings.some((w) => w.code === 'masked-figures')).toBe(true);
  });
});
