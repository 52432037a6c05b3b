import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/parse/find-figures.js';
import { forwardSections } from '../../src/parse/figure-roles.js';
import { parseReport } from '../../src/parse/build-outline.js';
import { fixtureCase } from './corpus-helpers.js';

const figureIn = (text: string, figure: string, forward = false) => findFigures([{ text, where: 0, forward }]).find((found) => found.text === figure);

describe('figure roles', () => {
  it('reads a hedged or announced figure as a target, not a result', () => {
    expect(figureIn('今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。', '5.5%左右')?.role).toBe('target');
    expect(figureIn('力争全年新增就业10万人。', '10万人')?.role).toBe('target');
    expect(figureIn('到2030年，研发投入强度达到3%。', '3%')?.role).toBe('target');
  });

  // A fifth deck review (unseen-53/07) found a card `300亿元 一般公共预算收入` where the report said
  // 突破300亿元，达到310.5亿元.
  it('reads a threshold passed before the figure reached as no result, and a growth rate before its level as one', () => {
    expect(figureIn('一般公共预算收入突破300亿元，达到310.5亿元。', '300亿元')?.role).toBe('comparison');
    expect(figureIn('国内生产总值比上年增长9.1%，达到11.67万亿元。', '9.1%')?.role).toBe('result');
    expect(figureIn('规模以上工业企业突破1000户。', '1000户')?.role).toBe('result');
    // The figure reached is named by what passed the threshold.
    expect(figureIn('一般公共预算收入突破300亿元，达到310.5亿元。', '310.5亿元')?.cardLabel).toBe('一般公共预算收入');
    expect(figureIn('规模以上工业企业突破1000户，达1097户，净增144户。', '1097户')?.cardLabel).toBe('规模以上工业企业');
  });

  it('reads a rival, a gap, an average or a start value as a comparison', () => {
    expect(figureIn('嘉兴年财政总收入已经超过我们100亿元。', '100亿元')?.role).toBe('comparison');
    expect(figureIn('全省平均为27.1%。', '27.1%')?.role).toBe('comparison');
    expect(figureIn('生产总值从3.68万亿元增长到4.93万亿元。', '3.68万亿元')?.role).toBe('comparison');
    expect(figureIn('生产总值从3.68万亿元增长到4.93万亿元。', '4.93万亿元')?.role).toBe('result');
    expect(figureIn('上半年GDP增长7.3%（绍兴增长6.8%）。', '6.8%')?.role).toBe('comparison');
  });

  it('reads a figure the clause denies as no result (unseen-28/08: `研发不是只出征2000人`)', () => {
    expect(figureIn('研发不是只出征2000人，我希望将来可能有20000人走出去。', '2000人')?.role).toBe('comparison');
    expect(figureIn('全年并非只新建学校10所，还改扩建了一批。', '10所')?.role).toBe('comparison');
    expect(figureIn('全年新建学校10所，不是小数目。', '10所')?.role).toBe('result');
  });

  it('reads a figure in a question as no result (unseen-31/04: `一人一天吃5美元的水果吃得完吗？`)', () => {
    expect(figureIn('一人一天吃5美元的水果吃得完吗？', '5美元')?.role).toBe('comparison');
    expect(figureIn('市场占有率什么时候能达到20%？', '20%')?.role).toBe('comparison');
  });

  it('keeps a currency other than yuan with the figure (unseen-30/04: `2.17万亿美元` beside 万亿元 cards)', () => {
    expect(figureIn('进出口总额达到2.17万亿美元，年均增长24.9%。', '2.17万亿美元')?.role).toBe('result');
    expect(figureIn('推动公司达到400亿美金的销售规模。', '400亿美金')).toBeDefined();
  });

  it('reads a top band as a rank and a figure of a task as a plan', () => {
    expect(figureIn('只是你现在处在成绩前10%的群体中。', '10%')?.role).toBe('rank');
    expect(figureIn('我们将新建学校10所。', '10所')?.role).toBe('plan');
    expect(figureIn('新建学校10所。', '10所', true)?.role).toBe('plan');
    expect(figureIn('去年已新建学校10所。', '10所', true)?.role).toBe('result');
  });

  // A deck review (unseen-19/03): `499个` carded as the school's result.
  it('reads the size of a group the subject is one of as no result (`成为全国499个……之一`)', () => {
    expect(figureIn('研究所党委成为全国499个先进基层党组织之一。', '499个')?.role).toBe('comparison');
    expect(figureIn('学校成为全国仅有的6所获得全部荣誉的高校之一。', '6所')?.role).toBe('comparison');
    expect(figureIn('学校获评全国先进基层党组织1个，是全省唯一。', '1个')?.role).toBe('result');
  });

  it('reads an achieved figure as a result', () => {
    expect(figureIn('全省生产总值增长5.6%，一般公共预算收入增长2%。', '5.6%')?.role).toBe('result');
  });
});

describe('figures written with spaces between thousands', () => {
  // A real report (unseen-5/10) wrote its GDP `2 311.43亿元`; the overview missed it.
  it('are whole figures', () => {
    expect(figureIn('全年完成地区生产总值2 311.43亿元，增长10.5%。', '2 311.43亿元')).toBeDefined();
    expect(figureIn('城镇居民人均可支配收入22 587元。', '22 587元')?.cardLabel).toBe('城镇居民人均可支配收入');
  });
});

describe('card labels', () => {
  it('start and end on word breaks, never inside a word', () => {
    expect(figureIn('工业投资连续54个月保持两位数增长，工业对全省经济增长的贡献率达到36.1%。', '36.1%')?.cardLabel).toBe('工业对全省经济增长的贡献率');
  });

  it('name the measure from the clause opening when only a verb precedes the figure', () => {
    expect(figureIn('可再生能源占电力装机比重由47.6%提升至73.4%。', '73.4%')?.cardLabel).toBe('可再生能源占电力装机比重');
    expect(figureIn('全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元。', '4.93万亿元')?.cardLabel).toBe('全省生产总值');
  });

  it('are left empty when the words do not name the figure alone', () => {
    expect(figureIn('工业、制造业投资分别增长9.4％、8.1％。', '9.4％')?.cardLabel).toBe('');
    expect(figureIn('国内游客人次、总花费增长5.6％、7.5％。', '5.6％')?.cardLabel).toBe('');
    expect(figureIn('获金牌3人均进入了国家50人集训队。', '50人')?.cardLabel).toBe('');
    expect(figureIn('今天我把这16个字送给大家。', '16个')?.cardLabel).toBe('');
    // A third deck review found a card `20万元 每年投入`: what the money went to follows the figure.
    expect(figureIn('每年投入20万元，面向全校立项10个。', '20万元')?.cardLabel).toBe('');
    expect(figureIn('新引进20亿元以上项目64个。', '64个')?.cardLabel).toBe('');
    // A fifth review: cards `9个 加上原有名师工作室`, `1人 通过竞赛`.
    expect(figureIn('新建名师工作室3个，加上原有名师工作室共达到9个。', '9个')?.cardLabel).toBe('');
    expect(figureIn('通过竞赛1人获得保送北大资格。', '1人')?.cardLabel).toBe('');
    expect(figureIn('通过政府采购节约资金3.8亿元。', '3.8亿元')?.cardLabel).toBe('通过政府采购节约资金');
    // A real report's overview showed `5700亿元 总产值`: the construction industry's, named in the clause before.
    expect(figureIn('建筑业承压前行，总产值达5700亿元。', '5700亿元')?.cardLabel).toBe('');
    expect(figureIn('全市建筑业总产值达5700亿元。', '5700亿元')?.cardLabel).toBe('全市建筑业总产值');
    // A sixth review: `50亿元 产值过` (a bar firms pass) and `2万元 单项奖励工作经费最高` (a cap).
    expect(figureIn('产值过50亿元的企业达到3家。', '50亿元')?.cardLabel).toBe('');
    expect(figureIn('设立总规模500亿元的产业基金。', '500亿元')?.cardLabel).toBe('');
    expect(figureIn('单项奖励工作经费最高2万元。', '2万元')?.cardLabel).toBe('');
    expect(figureIn('全市生产总值达到3000亿元。', '3000亿元')?.cardLabel).toBe('全市生产总值');
  });

  // The same review: `1188人 增长至`, where the count before the linking verb names what grew.
  it('name what grew when only the verb stands between the figures (`……通过人数从376人增长至1188人`)', () => {
    expect(figureIn('综合素质A级证书通过人数从376人增长至1188人。', '1188人')?.cardLabel).toBe('综合素质A级证书通过人数');
  });

  // A deck review found `71门 省级一流课程` where the source counts `国家级、省级一流课程71门` (unseen-49/07),
  // and `755万件 举报电话` counts letters, visits and calls.
  it('name every item of a 、 list the figure counts, or nothing when that is too long', () => {
    expect(figureIn('获批国家级、省级一流课程71门。', '71门')?.cardLabel).toBe('获批国家级、省级一流课程');
    expect(figureIn('各级纪检机关共受理群众来信来访、举报电话755万件。', '755万件')?.cardLabel).toBe('');
    expect(figureIn('新建学校5所、幼儿园10所。', '10所')?.cardLabel).toBe('幼儿园');
  });

  // A tenth deck review: `3人 现高三` carded `因竞赛成绩优异，现高三已有3人获北大保送资格` (sentence of dev 15).
  it('name people counted after 有 by what they did, not by who they are', () => {
    expect(figureIn('因竞赛成绩优异，现高三已有3人获北大保送资格，3人获清北强基破格入围资格。', '3人')?.cardLabel).toBe('获北大保送资格');
    expect(figureIn('全校共有1200人参加了这次活动，累计服务时长超过一万小时。', '1200人')?.cardLabel).toBe('参加了这次活动');
    expect(figureIn('今年学校已有8人，其中4人为博士。', '8人')?.cardLabel).toBe('');
  });

  it('are verbatim spans of their sentence', () => {
    const found = findFigures([{ text: '2020届高考一段录取率86%，2名学生总分达到700分及以上。', where: 0 }]);
    for (const figure of found) if (figure.cardLabel !== '') expect(figure.sentence).toContain(figure.cardLabel);
    expect(found[0]?.cardLabel).toBe('高考一段录取率');
  });
});

// Third and fourth deck reviews (unseen-48/06): 今年人均公用经费再降低10%, 会议费、培训费压减30% in a
// government report's 全面加强政府自身建设, after its 2021年重点工作, were number cards on its divider.
describe('parts that look ahead', () => {
  it('are those whose titles do, and the parts after the year`s or the coming years` work, unless they look back', () => {
    expect(forwardSections(['2025年工作回顾', '2026年重点工作', '全面加强政府自身建设'])).toEqual([false, true, true]);
    expect(forwardSections(['“十四五”时期发展成就', '今后五年的主要任务', '过去五年工作回顾'])).toEqual([false, true, false]);
    // A school's 育人目标 or a party branch's 中心任务 carries nothing over.
    expect(forwardSections(['办学理念和育人目标', '学校特色亮点', '聚焦中心任务，推动融合发展', '压实管党责任'])).toEqual([true, false, true, false]);
  });

  it('give the real report`s measures for this year no number cards (unseen-48/06)', () => {
    const outline = parseReport(fixtureCase('unseen-48', '06-')?.text ?? '');
    const measures = outline.figures.filter((figure) => figure.sentence.includes('人均公用经费再降低'));
    expect(measures.length).toBeGreaterThan(0);
    for (const figure of measures) expect(figure.role).not.toBe('result');
  });
});
