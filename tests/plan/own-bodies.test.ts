/**
 * A slide shows what its point says: the text the outline adds after the last of a run of
 * one-paragraph points (a transition, a review of the part, the speaker's closing) stays in the
 * notes and off that point's slide. Found by a review of decks from real reports (unseen-7, -8).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/build-outline.js';
import type { DeckPlan } from '../../src/plan/deck-plan.js';
import { ownBodies } from '../../src/plan/own-bodies.js';
import { planDeck } from '../../src/plan/plan-deck.js';
import { fixtureCase } from '../parse/corpus-helpers.js';
import { theme } from '../helpers/fixtures.js';

/** All text on each slide, line breaks and spaces removed. */
const slideText = (plan: DeckPlan): string[] =>
  plan.slides.map((slide) =>
    [...JSON.stringify(slide.shapes).matchAll(/"text":"((?:[^"\\]|\\.)*)"/gu)]
      .map((m) => m[1] ?? '')
      .join('')
      .replace(/\\n|\s/gu, ''),
  );
const notesText = (plan: DeckPlan): string => plan.slides.map((slide) => slide.notes).join('\n');

describe('ownBodies', () => {
  const run = [
    { heading: '——经济实力明显增强。', body: '生产总值增长9%。' },
    { heading: '——基础设施显著改善。', body: '新建公路300公里。' },
    { heading: '——人民生活持续提高。', body: '居民收入增长10%。\n全面完成今年的各项任务，需要我们付出艰苦努力。' },
    { heading: '（一）扩大有效投资', body: '推进重大项目。\n加快基础设施投资。' },
    { heading: '（二）深化改革开放', body: '优化营商环境。\n激发市场活力。' },
  ];

  it('cuts the last of a run of one-paragraph members to its own paragraph', () => {
    expect(ownBodies(run)).toEqual([
      '生产总值增长9%。',
      '新建公路300公里。',
      '居民收入增长10%。',
      '推进重大项目。\n加快基础设施投资。',
      '优化营商环境。\n激发市场活力。',
    ]);
  });

  it('leaves runs alone whose members take several paragraphs, or that are too short to show a pattern', () => {
    expect(ownBodies(run.slice(3))).toEqual(run.slice(3).map((member) => member.body));
    expect(ownBodies(run.slice(1, 3))).toEqual(run.slice(1, 3).map((member) => member.body));
  });

  it('never cuts a member with items of its own, nor counts it as one paragraph', () => {
    const withItems = run.slice(0, 3).map((member, index) => (index === 0 ? { ...member, items: [1, 2] } : member));
    expect(ownBodies(withItems)).toEqual(withItems.map((member) => member.body));
  });
});

describe('on a real report (unseen-8/02, 山东 1995)', () => {
  const item = fixtureCase('unseen-8', '02-');
  const plan = planDeck(parseReport(item?.text ?? ''), theme('party-red'));

  it('shows the last target\u2019s own text, not the transition after the list', () => {
    const slide = slideText(plan).find((text) => text.includes('提高人民生活水平和质量'));
    expect(slide).toBeDefined();
    expect(slide).not.toContain('全面完成今年的各项任务');
    expect(slide).toContain('全省城镇居民人均生活费收入');
  });

  it('keeps the transition in the notes', () => {
    expect(notesText(plan)).toContain('全面完成今年的各项任务，促进改革开放和现代化建设取得新的进展');
  });
});
