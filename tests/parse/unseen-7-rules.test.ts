/**
 * Rules added after unseen-7 was measured blind (0.9195 pooled): each has a stress fixture written
 * for its test and a check on the real text that showed it (unseen-7 is no longer blind for these).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/build-outline.js';
import type { Outline } from '../../src/parse/outline.js';
import { isQuotation } from '../../src/parse/shared-wording.js';
import { splitGluedHeadings } from '../../src/parse/unwrap-lines.js';
import { fixtureCase, outlineShape, textOf } from './corpus-helpers.js';

const shape = outlineShape;
const lines = textOf;
const realText = (prefix: string): Outline => parseReport(fixtureCase('unseen-7', prefix)?.text ?? '');

describe('a quoted name in a lead sentence', () => {
  it('is no quotation when a phrase of its own comes before it', () => {
    expect(isQuotation('坚定不移地推进“四大国家战略举措”。')).toBe(false);
    expect(isQuotation('深入开展“大学习大调研”。')).toBe(false);
  });

  it('is one after a verb of saying or a bare subject', () => {
    expect(isQuotation('总书记强调“空谈误国、实干兴邦”。')).toBe(true);
    expect(isQuotation('他说“我们一定能够做到”。')).toBe(true);
    expect(isQuotation('“绿水青山就是金山银山”。')).toBe(true);
  });

  it('keeps every lead of a series, quoted names and all (unseen-7/04, part 二)', () => {
    const points = shape(realText('04-'))[1]?.[1] ?? [];
    expect(points).toContain('坚定不移地开展“五水共治”');
    expect(points).toContain('坚定不移地推进“四大国家战略举措”');
  });
});

/** Stress fixture written for this test, shaped like unseen-7/04's 总体要求 part. */
describe('plain lead sentences after one-paragraph theme points', () => {
  const text = lines(
    '某省政府工作报告',
    '各位代表：',
    '现在，我代表省人民政府，向大会报告工作。',
    '一、今年工作总体要求',
    '今年工作要突出一条主线，守住两条底线。',
    '突出一条主线，就是突出转方式调结构，不断提高发展质量。',
    '坚定不移地推进产业升级。加快传统产业改造，培育新兴产业，壮大数字经济。',
    '坚定不移地推进创新驱动。加大研发投入，建设创新平台，引进高端人才。',
    '坚定不移地推进城乡统筹。优化空间布局，推进新型城镇化，建设美丽乡村。',
    '守住两条底线，就是把百姓增收和社会平安作为发展的底线。',
    '提高居民收入是民愿所盼。扩大就业，完善收入分配制度，增加财产性收入。',
    '保持社会稳定是民心所向。创新社会治理，化解矛盾纠纷，建设平安社会。',
    '推进生态文明是民意所指。治理水污染，整治大气环境，保护青山绿水。',
    '二、今年重点工作',
    '（一）扩大有效投资。推进重大项目建设，加快基础设施投资。',
    '（二）深化改革开放。优化营商环境，激发市场活力。',
  );

  it('makes both groups the part\u2019s points, in order', () => {
    expect(shape(parseReport(text))[0]).toEqual([
      '今年工作总体要求',
      [
        '坚定不移地推进产业升级',
        '坚定不移地推进创新驱动',
        '坚定不移地推进城乡统筹',
        '提高居民收入是民愿所盼',
        '保持社会稳定是民心所向',
        '推进生态文明是民意所指',
      ],
    ]);
  });

  it('finds all eight leads of the real part (unseen-7/04)', () => {
    const item = fixtureCase('unseen-7', '04-');
    expect(shape(realText('04-'))[1]?.[1]).toEqual(item?.expected.sections[1]?.points.map((point) => point.title));
  });
});

describe('a double dash written as two horizontal bars (U+2015)', () => {
  it('is a dash list mark like ——, dropped from the titles', () => {
    const outline = parseReport(
      lines(
        '某县工作报告',
        '一、过去五年的成就',
        '过去五年，全县上下团结一心，取得了显著成绩。',
        '――经济实力明显增强。全县生产总值年均增长9%，财政收入翻了一番。',
        '――基础设施显著改善。新建公路300公里，完成一批水利工程。',
        '――人民生活持续提高。城乡居民收入年均增长10%，社会保障更加完善。',
        '二、今后五年的任务',
        '（一）加快发展工业。正文。',
        '（二）加强农业基础。正文。',
      ),
    );
    expect(shape(outline)[0]?.[1]).toEqual(['经济实力明显增强', '基础设施显著改善', '人民生活持续提高']);
  });

  it('titles the real report\u2019s dash points without the bars (unseen-7/07)', () => {
    const titles = shape(realText('07-'))[0]?.[1] ?? [];
    expect(titles).toHaveLength(6);
    expect(titles.every((title) => !title.startsWith('―'))).toBe(true);
  });
});

describe('a numbered heading glued to the end of a paragraph', () => {
  it('is split onto a line of its own when it continues the numbering', () => {
    expect(splitGluedHeadings(['一、回顾', '正文。', '二、安排', '……提升应急救援能 三、加强政府自身建设', '正文。'])).toEqual([
      '一、回顾',
      '正文。',
      '二、安排',
      '……提升应急救援能',
      '三、加强政府自身建设',
      '正文。',
    ]);
  });

  it('is left alone when nothing numbered comes before it, or it does not come next', () => {
    expect(splitGluedHeadings(['我们要抓好 三、五件大事'])).toEqual(['我们要抓好 三、五件大事']);
    expect(splitGluedHeadings(['一、回顾', '正文写到这里 三、加强建设'])).toEqual(['一、回顾', '正文写到这里 三、加强建设']);
  });

  it('gives the real report its third part (unseen-7/08)', () => {
    const outline = realText('08-');
    expect(shape(outline)[2]).toEqual(['切实加强改革和政府自身建设', ['大力推进改革', '依法依规办事', '坚持勤政廉政']]);
  });
});
