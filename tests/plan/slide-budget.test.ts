/**
 * Decks sized to the report: content slides shared by weight, the third level on slides, notes
 * that hold the speech once, agenda links, numbering after the source, and --detail.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTLINE_VERSION, type Item, type Outline, type Point, type Section } from '../../src/parse/outline.js';
import { planDeck } from '../../src/plan/plan-deck.js';
import { parseReport } from '../../src/parse/build-outline.js';
import type { DeckPlan } from '../../src/plan/deck-plan.js';
import { allocateSlides, parseDetailLevel, type SectionMeasure } from '../../src/plan/slide-budget.js';
import { splitLead } from '../../src/plan/paginate.js';
import { shownSectionTitle } from '../../src/plan/shown-titles.js';
import type { Theme } from '../../src/themes/theme-schema.js';
import { allReports, outlineOf, seedReport, sourceSentences, theme } from '../helpers/fixtures.js';
import { layoutViolations, slideText } from '../helpers/plan-checks.js';
import { paragraphText } from '../helpers/slide-spans.js';

const base = theme('party-red');
const squeeze = (text: string): string => text.replace(/\s+/gu, '');

/** Content slides per section, counted from the slides themselves (divider to divider). */
function contentSlidesPerSection(plan: DeckPlan): number[] {
  const counts: number[] = [];
  for (const slide of plan.slides) {
    if (slide.kind === 'divider') counts.push(0);
    // Pages of a long ending (section 结束) belong to no part and to no part's budget.
    else if (slide.kind === 'content' && counts.length > 0 && slide.section !== '结束') counts[counts.length - 1] = (counts[counts.length - 1] ?? 0) + 1;
  }
  return counts;
}

function sectionCharacters(section: Section): number {
  const items = (point: Point): string => point.items.map((item) => item.heading + item.body).join('');
  return squeeze(section.heading + section.lead + section.points.map((point) => point.heading + point.body + items(point)).join('') + section.body).length;
}

/** Non-overlapping occurrences of `needle` in `haystack`. */
function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

const reports = allReports().filter((report) => outlineOf(report).sections.length >= 2);

describe.each(reports.map((report) => [report.name, report] as const))('%s', (_, report) => {
  const outline = outlineOf(report);
  const plan = planDeck(outline, base);

  it('gives every section holding 15 % or more of the text at least 0.7× its share of the content slides', () => {
    const counts = contentSlidesPerSection(plan);
    expect(counts).toHaveLength(outline.sections.length);
    const slides = counts.reduce((sum, count) => sum + count, 0);
    const characters = outline.sections.map(sectionCharacters);
    const total = characters.reduce((sum, count) => sum + count, 0);
    const short = outline.sections.flatMap((section, index) => {
      const share = (characters[index] ?? 0) / total;
      const got = (counts[index] ?? 0) / slides;
      return share >= 0.15 && got < 0.7 * share ? [`${section.title}: ${Math.round(share * 100)}% of the text, ${Math.round(got * 100)}% of the slides`] : [];
    });
    expect(short).toEqual([]);
  });

  it('records why each section got its slides, matching the slides', () => {
    expect(plan.budget.sections.map((section) => section.slides)).toEqual(contentSlidesPerSection(plan));
    for (const section of plan.budget.sections) expect(section.reason).toMatch(/占各部分正文的 \d+%/u);
  });

  it('carries every source sentence in the notes exactly as often as the source has it', () => {
    const notes = squeeze(plan.slides.map((slide) => slide.notes).join('\n'));
    const source = squeeze(report.text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/gu, ''));
    const wrong = [...new Set(sourceSentences(report.text))].filter((sentence) => occurrences(notes, sentence) !== occurrences(source, sentence));
    expect(wrong).toEqual([]);
  });

  it('has a title on every slide and agenda entries that link to their dividers', () => {
    for (const slide of plan.slides) expect(slide.shapes.filter((shape) => shape.type === 'text' && shape.role === 'title').length).toBeGreaterThanOrEqual(1);
    const links = plan.slides.flatMap((slide) =>
      slide.kind === 'agenda' ? slide.shapes.flatMap((shape) => (shape.type === 'shape' && shape.link !== undefined ? [shape.link.slide] : [])) : [],
    );
    const dividers = plan.slides.flatMap((slide, index) => (slide.kind === 'divider' ? [index + 1] : []));
    expect(links).toEqual(dividers);
    dividers.forEach((number, index) => expect(plan.slides[number - 1]?.title).toBe(shownSectionTitle(outline.sections[index] as Section)));
  });
});

describe('the seed', () => {
  it('stays at 12 slides with one content slide per part at every detail level but full', () => {
    const outline = outlineOf(seedReport());
    expect(planDeck(outline, base).slides).toHaveLength(12);
    expect(planDeck(outline, base, { detail: 'brief' }).slides).toHaveLength(12);
  });
});

describe('deck length', () => {
  const long = allReports().filter((report) => squeeze(report.text).length >= 12_000 && outlineOf(report).sections.length >= 3);

  it.each(long.map((report) => [report.name, report] as const))('%s: a long work report gets 20–35 slides, brief fewer, full more', (_, report) => {
    const outline = outlineOf(report);
    const lengths = (['brief', 'standard', 'full'] as const).map((detail) => planDeck(outline, base, { detail }).slides.length);
    expect(lengths[1]).toBeGreaterThanOrEqual(20);
    expect(lengths[1]).toBeLessThanOrEqual(35);
    expect(lengths[0]).toBeLessThan(lengths[1] as number);
    expect(lengths[2]).toBeGreaterThanOrEqual(lengths[1] as number);
  });

  it('reads the detail level in English and Chinese', () => {
    expect(['brief', '简要', '标准', 'full', '详细', 'x'].map(parseDetailLevel)).toEqual(['brief', 'brief', 'standard', 'full', 'full', null]);
  });

  it('shares slides the D\u2019Hondt way and never gives a section more than it can fill', () => {
    const measure = (characters: number, minSlides: number, maxSlides: number): SectionMeasure => ({
      title: '',
      characters,
      points: 1,
      items: 0,
      minSlides,
      maxSlides,
    });
    const budget = allocateSlides([measure(6000, 1, 10), measure(3000, 1, 10), measure(600, 1, 2)], 'standard');
    expect(budget.sections.map((section) => section.slides)).toEqual([7, 4, 1]);
    const capped = allocateSlides([measure(9000, 1, 3), measure(600, 1, 8)], 'standard');
    expect(capped.sections.map((section) => [section.slides, section.mode])).toEqual([
      [3, 'expanded'],
      [1, 'compact'],
    ]);
  });
});

describe('splitting a lead without points', () => {
  it('cuts between paragraphs, else between sentences, and loses nothing', () => {
    const lead = '第一段讲成绩。成绩很大。\n第二段讲问题。问题不少。\n第三段讲打算。';
    expect(splitLead(lead, 3)).toEqual(['第一段讲成绩。成绩很大。', '第二段讲问题。问题不少。', '第三段讲打算。']);
    const one = '一句讲成绩。一句讲问题。一句讲打算。一句讲要求。';
    const runs = splitLead(one, 2);
    expect(runs).toHaveLength(2);
    expect(runs.join('')).toBe(one);
  });
});

function item(index: number): Item {
  return {
    title: `抓好第${index + 1}项具体措施`,
    heading: `${index + 1}.抓好第${index + 1}项具体措施。`,
    body: [
      `围绕目标任务细化分工，完善“${index + 1}+N”推进机制，确保年内见到实效，群众满意度提高${index + 2}个百分点。`,
      '健全责任链条，压实属地责任和部门监管责任，建立定期调度、跟踪问效、考核评价的工作闭环。',
      '加强要素保障，统筹用地、用能、资金等资源向重点项目倾斜，推动形成更多实物工作量。',
    ].join(''),
  };
}

function pointWithItems(index: number, items: number): Point {
  return {
    title: `扎实推进第${index + 1}方面重点工作`,
    heading: `（${['一', '二', '三', '四', '五', '六'][index] ?? '七'}）扎实推进第${index + 1}方面重点工作。`,
    body: '坚持问题导向和目标导向相统一，统筹发展和安全。',
    items: Array.from({ length: items }, (_, itemIndex) => item(itemIndex)),
  };
}

function workReport(pointsPerSection: readonly number[], items: number): Outline {
  const numerals = ['一', '二', '三', '四'];
  return {
    version: OUTLINE_VERSION,
    title: '某省政府工作报告',
    front: [],
    subtitle: null,
    speaker: null,
    meeting: null,
    date: null,
    salutation: '各位代表：',
    opening: '现在，我代表省人民政府，向大会报告工作。',
    figures: [],
    sections: pointsPerSection.map((points, sectionIndex) => ({
      title: `第${sectionIndex + 1}部分工作`,
      heading: `${numerals[sectionIndex] ?? '五'}、第${sectionIndex + 1}部分工作`,
      lead: '',
      points: Array.from({ length: points }, (_, index) => pointWithItems(index, sectionIndex === 0 ? items : 0)),
      body: '',
      tables: [],
    })),
    closing: null,
    ending: '',
    appendix: '',
    warnings: [],
  };
}

describe('the third level on slides', () => {
  const outline = workReport([6, 2, 2], 4);
  const plan = planDeck(outline, base, { detail: 'full' });

  it('gives a big section\u2019s points their own slides, their items in rows under them', () => {
    const itemSlides = plan.slides.filter((slide) => slide.layout === 'point-items');
    expect(itemSlides.length).toBeGreaterThanOrEqual(6);
    const text = squeeze(plan.slides.map((_, index) => slideText(plan, index)).join('\n'));
    for (let index = 0; index < 4; index += 1) expect(text).toContain(squeeze(item(index).title));
    expect(layoutViolations(plan, 14)).toEqual([]);
  });

  it('continues a point with many items over slides, each item\u2019s text in the notes once', () => {
    const many = planDeck(workReport([2, 1], 14), base, { detail: 'full' });
    const first = many.slides.filter((slide) => slide.layout === 'point-items' && slide.notes.includes('扎实推进第1方面重点工作'));
    expect(first.length).toBeGreaterThanOrEqual(1);
    const notes = many.slides.map((slide) => slide.notes).join('\n');
    // Both points of the first part have the same fourteen items (and the second part has none).
    for (let index = 0; index < 14; index += 1) expect(occurrences(notes, `\n${item(index).heading}`)).toBe(2);
    expect(occurrences(notes, '（二）扎实推进第2方面重点工作。')).toBe(1);
    expect(many.slides.filter((slide) => slide.layout === 'point-items').length).toBeGreaterThan(2);
    expect(layoutViolations(many, 14)).toEqual([]);
  });

  it('numbers a point shown on slides of its own as the cards do; a point alone is not numbered', () => {
    const numbers = (deck: typeof plan, layout: string): string[] =>
      deck.slides
        .filter((slide) => slide.layout === layout)
        .flatMap((slide) => slide.shapes.flatMap((shape) => (shape.type === 'text' && shape.role === 'number' ? [paragraphText(shape, 0)] : [])));
    expect(new Set(numbers(plan, 'point-items'))).toEqual(new Set(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）']));
    expect(layoutViolations(plan, 14)).toEqual([]);
    const lone = planDeck(workReport([1, 1], 3), base, { detail: 'full' });
    expect(lone.slides.some((slide) => slide.layout === 'point-items' || slide.layout === 'statement')).toBe(true);
    expect(numbers(lone, 'point-items')).toEqual([]);
    expect(numbers(lone, 'statement')).toEqual([]);
  });

  it('numbers parts and points after the source (一、 → 一, （一） → 一), or 01 with numbering "arabic"', () => {
    const divider = plan.slides.find((slide) => slide.kind === 'divider');
    expect(divider === undefined ? '' : slideText(plan, plan.slides.indexOf(divider))).toContain('一');
    const arabic: Theme = { ...base, numbering: 'arabic' };
    const numbered = planDeck(outline, arabic);
    const agenda = slideText(numbered, 1);
    expect(agenda).toContain('01');
    expect(slideText(planDeck(outline, base), 1)).not.toContain('01');
  });
});

describe('a section lead spread over several slides', () => {
  // Found by the property test (tests/fixtures/regressions/README.md): a signature line inside a
  // long lead made a run that shows nothing on a slide, and its words fell out of the notes.
  it('keeps a line that shows nothing on a slide in the notes', () => {
    const text = readFileSync(new URL('../fixtures/regressions/signature-line-in-long-lead.txt', import.meta.url), 'utf8');
    const plan = planDeck(parseReport(text), theme('party-red'));
    expect(plan.slides.map((slide) => slide.notes).join('\n')).toContain('陈国阳');
  });
});
