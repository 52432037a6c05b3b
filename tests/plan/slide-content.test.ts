/**
 * What goes on the slides, on every dev text: cards that never pass a target or a rival's figure
 * off as a result, labels and bullets taken verbatim and whole, no front matter as content, the
 * closing by genre, the cover's speaker and date, cover titles broken between words, and the
 * user's own `- ` bullets shown exactly.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import type { Outline } from '../../src/parse/outline.js';
import { writeOutlineMarkdown } from '../../src/parse/write-outline-md.js';
import { wordBreaks } from '../../src/parse/word-breaks.js';
import type { DeckPlan, TextShape } from '../../src/plan/deck-plan.js';
import { CLOSING_BY_GENRE, detectGenre, type Genre } from '../../src/plan/genre.js';
import { planDeck } from '../../src/plan/plan-deck.js';
import { CORPUS_DIR, REPO_DIR, allReports, outlineOf, theme } from '../helpers/fixtures.js';
import { parseReport } from '../../src/parse/build-outline.js';
import { slideText } from '../helpers/plan-checks.js';
import { isClauseCompleteSpan, isWordBoundedSpan, normalizeSource, paragraphText, verbatimShare } from '../helpers/slide-spans.js';

const hasCorpus = existsSync(CORPUS_DIR);
if (!hasCorpus) console.warn(`跳过：没有找到开发语料 ${CORPUS_DIR}`);

/** The genre of each text, read by a person from its title, subtitle and salutation. */
const EXPECTED_GENRE: Readonly<Record<string, Genre>> = {
  seed: 'report',
  '01': 'pledge',
  '02': 'speech',
  '03': 'speech',
  '04': 'speech',
  '05': 'speech',
  '06': 'speech',
  '07': 'speech',
  '08': 'speech',
  '09': 'speech',
  '10': 'speech',
  '11': 'speech',
  '12': 'speech',
  '13': 'speech',
  '14': 'speech',
  '15': 'report',
  '16': 'speech',
  '17': 'government-report',
  '19': 'government-report',
  '21': 'government-report',
  '23': 'government-report',
};

/** Speaker and date on the cover where the source gives them in forms that used to be missed. */
const EXPECTED_COVER: Readonly<Record<string, readonly string[]>> = {
  '09': ['马校长'],
  '11': ['王  琛', '2020.6.20'],
  '13': ['绍兴一中党委书记、校长  王 琛', '1月13日'],
  '06': ['绍兴一中党委书记、校长 王琛', '2020.12.31'],
  '17': ['河北省人民政府省长 王正谱', '2026年1月26日'],
  '21': ['陕西省省长 赵刚', '2026年1月27日'],
};

const loaded = theme('party-red');
const reports = hasCorpus ? allReports() : [];
const keyOf = (name: string): string => (name === 'seed' ? 'seed' : name.slice(0, 2));

function texts(plan: DeckPlan, predicate: (shape: TextShape, kind: string) => boolean): string[] {
  return plan.slides.flatMap((slide) =>
    slide.shapes
      .filter((shape): shape is TextShape => shape.type === 'text' && predicate(shape, slide.kind))
      .flatMap((shape) => shape.paragraphs.map((_, index) => paragraphText(shape, index))),
  );
}

/** Number cards as (figure, label) pairs: each card draws its number, then its label. */
function cards(plan: DeckPlan): Array<{ figure: string; label: string }> {
  return plan.slides.flatMap((slide) => {
    const pairs: Array<{ figure: string; label: string }> = [];
    slide.shapes.forEach((shape, index) => {
      const next = slide.shapes[index + 1];
      if (shape.type === 'text' && shape.role === 'figure' && next?.type === 'text' && next.role === 'label') {
        pairs.push({ figure: paragraphText(shape, 0), label: paragraphText(next, 0).replace(/（待填）$/u, '') });
      }
    });
    return pairs;
  });
}

function frontMatterOf(outline: Outline): string[] {
  return [outline.speaker, outline.date, outline.salutation, ...outline.front].filter((line): line is string => line !== null && line.trim().length >= 2);
}

describe.skipIf(!hasCorpus).each(reports.map((report) => [report.name, report] as const))('slide content of %s', (name, report) => {
  const outline = outlineOf(report);
  const plan = planDeck(outline, loaded);
  const source = normalizeSource(report.text);

  it('detects the genre a reader would name', () => {
    expect(detectGenre(outline)).toBe(EXPECTED_GENRE[keyOf(name)]);
  });

  it('shows on number cards only results, labelled with verbatim words on word breaks', () => {
    for (const card of cards(plan)) {
      const figures = outline.figures.filter((figure) => figure.text === card.figure && figure.cardLabel === card.label);
      expect(figures.length, `${card.label} ${card.figure}`).toBeGreaterThan(0);
      // No card from a target, forecast, comparison, rank or plan sentence (a target may repeat a
      // result's words, `地区生产总值增长5%`; the card must stand for the result).
      expect(
        figures.some((figure) => figure.role === 'result'),
        `${card.label} ${card.figure}`,
      ).toBe(true);
      expect(isWordBoundedSpan(card.label, source), card.label).toBe(true);
    }
  });

  it('never labels a card with words that run into the figure of another clause or cut a word', () => {
    for (const figure of outline.figures.filter((candidate) => candidate.cardLabel !== '')) {
      expect(figure.sentence.includes(figure.cardLabel), figure.cardLabel).toBe(true);
      const at = figure.sentence.indexOf(figure.cardLabel);
      const breaks = wordBreaks(figure.sentence);
      expect(breaks.has(at) || /[，。；：、（）“”]/u.test(figure.sentence.charAt(at - 1)), figure.cardLabel).toBe(true);
    }
  });

  it('takes every bullet verbatim from the source, whole clauses only', () => {
    const bullets = texts(plan, (shape, kind) => shape.role === 'body' && kind !== 'cover' && kind !== 'closing');
    const cut = bullets.filter((bullet) => !isClauseCompleteSpan(bullet, source));
    expect(cut).toEqual([]);
  });

  it('shows no front matter (speaker, date, salutation, logistics) and no procedural formula as content', () => {
    const body = texts(plan, (shape, kind) => (shape.role === 'body' || shape.role === 'heading') && kind !== 'cover');
    for (const line of frontMatterOf(outline)) {
      expect(
        body.filter((paragraph) => paragraph.includes(line)),
        line,
      ).toEqual([]);
    }
    expect(body.filter((paragraph) => /请予审议|汇报如下|^[（(]\d{1,2}月\d{1,2}日/u.test(paragraph))).toEqual([]);
  });

  it('closes with the source closing line, else with the words of its genre', () => {
    const closing = plan.slides.at(-1);
    const genre = EXPECTED_GENRE[keyOf(name)] ?? 'report';
    const expected = outline.closing?.replace(/[。．.]$/u, '') ?? CLOSING_BY_GENRE[genre].line;
    expect(closing?.title).toBe(expected);
    if (outline.closing === null && genre !== 'report') expect(texts(plan, (_, kind) => kind === 'closing').join('')).not.toContain('汇报完毕');
  });

  it('puts the speaker and the date on the cover when the source has them', () => {
    const cover = texts(plan, (_, kind) => kind === 'cover').join('\n');
    // The cover closes letter-spacing (`王  琛` shows as 王琛): spacing is typography, not wording.
    const unspaced = (text: string): string => text.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '');
    for (const field of [outline.speaker, outline.date]) if (field !== null) expect(unspaced(cover)).toContain(unspaced(field.trim()));
    for (const field of EXPECTED_COVER[keyOf(name)] ?? []) expect(unspaced(cover)).toContain(unspaced(field));
    expect(outline.speaker ?? '').not.toMatch(/[《〈“]$/u);
  });

  it('breaks the titles of the cover, the dividers and the agenda between words only', () => {
    const titles = plan.slides.flatMap((slide) =>
      slide.shapes.filter(
        (shape): shape is TextShape =>
          shape.type === 'text' &&
          ((shape.role === 'title' && (slide.kind === 'cover' || slide.kind === 'divider')) || (shape.role === 'heading' && slide.kind === 'agenda')),
      ),
    );
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) {
      const lines = title.paragraphs.flatMap((paragraph) => paragraph.lines.map((line) => line.map((run) => run.text).join('')));
      const whole = lines.join('');
      const breaks = wordBreaks(whole);
      let at = 0;
      for (const line of lines.slice(0, -1)) {
        at += line.length;
        const next = whole.slice(at);
        expect(breaks.has(at) || /\s$/u.test(line) || /^\s/u.test(next), `${line} | ${next}`).toBe(true);
        expect(next, line).not.toMatch(/^[的之了，。、）》”]/u);
      }
    }
  });

  it('shows source wording only as whole clauses: at least 98 % of the paragraphs on its slides', () => {
    const { share, misses } = verbatimShare(plan, loaded, report.text);
    expect(share, misses.map((miss) => `${miss.slide} ${miss.kind}: ${miss.text}`).join('\n')).toBeGreaterThanOrEqual(0.98);
  });

  it('shows the bullets written under a point in the Markdown outline exactly, all of them', () => {
    const point = outline.sections.flatMap((section) => section.points)[0];
    if (point === undefined) return;
    const bullets = [
      '第一条手写要点',
      '第二条手写要点：含“引号”和数字12.5%',
      ...Array.from({ length: 9 }, (_, index) => `补充要点${index + 1}，写得稍长一些以占满版面的宽度和高度`),
    ];
    const markdown = writeOutlineMarkdown(outline).replace(
      `## ${point.heading}\n`,
      `## ${point.heading}\n${bullets.map((bullet) => `- ${bullet}`).join('\n')}\n`,
    );
    const edited = parseMarkdown(markdown);
    expect(edited.sections.flatMap((section) => section.points)[0]?.bullets).toEqual(bullets);
    const shown = texts(planDeck(edited, loaded), (shape) => shape.role === 'body');
    for (const bullet of bullets) expect(shown, bullet).toContain(bullet);
  });
});

describe('items whose whole text is their first sentence', () => {
  it('show the rest of that sentence beside the leading phrase their row heads with (dev 23: the figures of the 民生实事 list)', () => {
    const report = allReports().find((item) => item.name.startsWith('23-'));
    expect(report).toBeDefined();
    if (report === undefined) return;
    const plan = planDeck(outlineOf(report), theme('party-red'));
    const shown = plan.slides.map((_, index) => slideText(plan, index).replace(/\n/g, '')).join('');
    expect(shown).toContain('增补义务教育学位2万个');
  });
});

describe('a document passed on to a meeting', () => {
  it('has no overview of its preamble when it gives no figures, and closes with 谢谢 (unseen-12/08, a 主题教育 意见)', () => {
    const file = path.join(REPO_DIR, 'tests/fixtures/unseen-12/08-zhuti-jiaoyu-yijian-2023.txt');
    const plan = planDeck(parseReport(readFileSync(file, 'utf8')), theme('party-red'));
    expect(plan.slides.some((slide) => slide.kind === 'overview')).toBe(false);
    expect(slideText(plan, plan.slides.length - 1)).toBe('谢谢');
  });
});

describe('points whose whole text is one long sentence', () => {
  it('show the rest of the sentence under their heading (unseen-21/06, a dash list in a news summary)', () => {
    const file = path.join(REPO_DIR, 'tests/fixtures/unseen-21/06-nanligong-wenhua-yinling-xingdong-jishi-2019.txt');
    const plan = planDeck(parseReport(readFileSync(file, 'utf8')), theme('party-red'));
    const shown = plan.slides.map((_, index) => slideText(plan, index).replace(/\n/g, '')).join('');
    expect(shown).toContain('是南理工最响亮的文化品牌之一');
  });
});
