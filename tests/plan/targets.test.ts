/**
 * The targets a part's lead sets get a slide before its points. Unit cases are paragraphs written
 * for these tests in the shape of real ones; the last test plans a real report (dev 21).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/build-outline.js';
import { planDeck } from '../../src/plan/plan-deck.js';
import { targetsOf } from '../../src/plan/targets.js';
import { theme } from '../helpers/fixtures.js';
import { slideText } from '../helpers/plan-checks.js';
import { fixtureCase, textOf } from '../parse/corpus-helpers.js';

const BODY = '这项工作涉及面广、政策性强，各级各部门要统一思想、压实责任，确保各项任务落到实处、见到实效。';

describe('targetsOf', () => {
  it('reads the statement and the targets after its colon, through the sentences that set figures', () => {
    expect(
      targetsOf(
        '今年政府工作的总体要求是：坚持稳中求进工作总基调。综合考虑各方面因素，建议今年全市经济社会发展的主要预期目标为：地区生产总值增长6%左右，在实际工作中努力争取更好结果；一般公共预算收入增长5%；城乡居民收入增长与经济增长同步。城镇新增就业3万人以上。实现上述目标，必须付出艰苦努力。',
      ),
    ).toEqual({
      statement: '今年全市经济社会发展的主要预期目标',
      items: ['地区生产总值增长6%左右，在实际工作中努力争取更好结果', '一般公共预算收入增长5%', '城乡居民收入增长与经济增长同步', '城镇新增就业3万人以上'],
    });
  });

  it('leaves out the wish to beat a target, a part of one and a condition on them', () => {
    expect(
      targetsOf(
        '今年经济社会发展主要预期目标是：在坚持高质量发展的前提下，地区生产总值增长5.5%左右，力争更好结果，其中一二三产增加值分别增长3.5%、6%、5%左右，居民消费价格涨幅2%左右。',
      )?.items,
    ).toEqual(['地区生产总值增长5.5%左右', '居民消费价格涨幅2%左右']);
  });

  // A third deck review (unseen-48/06, 日照 2021): of five targets set in one clause each before a
  // `；`, the slide showed the first alone.
  it('takes each clause of a long `；` member that sets a figure as a target, not the first clause alone', () => {
    expect(
      targetsOf(
        '主要预期目标是：地区生产总值增长7%左右，规上工业增加值增长9%左右，一般公共预算收入增长6%左右，固定资产投资增长6%左右；进出口量稳质升，城乡居民人均可支配收入稳步增长；全面完成节能减排约束性指标。',
      )?.items,
    ).toEqual([
      '地区生产总值增长7%左右',
      '规上工业增加值增长9%左右',
      '一般公共预算收入增长6%左右',
      '固定资产投资增长6%左右',
      '进出口量稳质升，城乡居民人均可支配收入稳步增长',
      '全面完成节能减排约束性指标',
    ]);
  });

  it('keeps a figure that says more of the subject before it with that subject (stress fixture written for this test)', () => {
    expect(
      targetsOf('主要目标是：国内生产总值达到1799亿元，年均增长10%，人均2.5万元，年均增长9%；地方财政收入97亿元，年均增长10%；城乡居民收入与经济增长大体同步。')
        ?.items,
    ).toEqual(['国内生产总值达到1799亿元，年均增长10%，人均2.5万元，年均增长9%', '地方财政收入97亿元，年均增长10%', '城乡居民收入与经济增长大体同步']);
  });

  it('shows all five figures the real report sets before its first `；` (unseen-48/06)', () => {
    const sections = parseReport(fixtureCase('unseen-48', '06-')?.text ?? '').sections;
    const items = sections.flatMap((part) => targetsOf(part.lead)?.items ?? []);
    for (const target of ['地区生产总值增长7%左右', '规上工业增加值增长9%左右', '社会消费品零售总额增长5%左右']) expect(items).toContain(target);
  });

  it('finds none where no targets are announced, or only one', () => {
    expect(targetsOf('今年是实施“十五五”规划的开局之年，做好政府工作意义重大。')).toBeNull();
    expect(targetsOf('今年的主要预期目标是：地区生产总值增长6%左右。')).toBeNull();
  });
});

describe('a part whose lead sets the year`s targets', () => {
  const report = textOf(
    '政府工作报告',
    '一、过去一年工作回顾',
    `过去一年，我们统筹推进各项工作，取得了来之不易的成绩。${BODY}`,
    `（一）经济运行稳中向好。${BODY}`,
    `（二）改革开放持续深化。${BODY}`,
    '二、今年的工作安排',
    '今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%；城镇新增就业3万人以上。',
    `（一）扩大有效需求。${BODY}`,
    `（二）深化改革开放。${BODY}`,
  );

  it('shows them on a slide after the divider, before the points, and its lead once in the notes (stress fixture written for this test)', () => {
    const plan = planDeck(parseReport(report), theme('party-red'));
    const divider = plan.slides.findIndex((slide) => slide.kind === 'divider' && slide.title === '今年的工作安排');
    const next = slideText(plan, divider + 1);
    expect(next).toContain('今年经济社会发展的主要预期目标');
    for (const target of ['地区生产总值增长6%左右', '一般公共预算收入增长5%', '城镇新增就业3万人以上']) expect(next).toContain(target);
    expect(slideText(plan, divider + 2)).toContain('扩大有效需求');
    // The divider does not show the first target again, cut from the rest.
    expect(slideText(plan, divider)).not.toContain('地区生产总值增长6%左右');
    const notes = plan.slides.map((slide) => slide.notes).join('\n');
    expect(notes.split('主要预期目标是').length - 1).toBe(1);
  });

  it('shows the targets of dev 21 before its 2026 tasks', () => {
    const plan = planDeck(parseReport(fixtureCase('corpus/dev', '21-')?.text ?? ''), theme('party-red'));
    const texts = plan.slides.map((_, index) => slideText(plan, index));
    const page = texts.findIndex((text) => text.includes('主要预期目标') && text.includes('城镇新增就业40万人以上'));
    expect(page).toBeGreaterThan(0);
    expect(plan.slides[page - 1]?.kind).toBe('divider');
  });
});

// A fourth deck review (unseen-43/08, 西安 2022): the slide showed seven of ten targets; 119 of 210
// targets slides over the fixture texts dropped some.
describe('a long list of targets', () => {
  it('goes in two columns before any target is dropped (unseen-43/08)', () => {
    const outline = parseReport(fixtureCase('unseen-43', '08-')?.text ?? '');
    const targets = outline.sections.map((part) => targetsOf(part.lead)).find((found) => found !== null);
    expect(targets?.items.length ?? 0).toBeGreaterThanOrEqual(8);
    const plan = planDeck(outline, theme('party-red'));
    const index = plan.slides.findIndex((_, at) => slideText(plan, at).includes(targets?.statement ?? '—'));
    const lists = (plan.slides[index]?.shapes ?? []).filter((shape) => shape.type === 'text' && shape.role === 'body');
    expect(lists).toHaveLength(2);
    const shown = slideText(plan, index);
    for (const target of targets?.items ?? []) expect(shown.replace(/\s+/gu, '')).toContain(target.replace(/\s+/gu, ''));
  });
});
