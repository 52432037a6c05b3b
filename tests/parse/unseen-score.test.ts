/**
 * Real texts that were not in the dev corpus (`tests/fixtures/unseen/` and `unseen-2/`, sources in
 * their READMEs). Their answers were written before the parser first ran on them. Blind, the parser
 * scored a pooled F1 of 0.775 on the first set (0.670 hard-wrapped) and, after rules learnt from
 * the first, 0.707 on the second (0.707 hard-wrapped). Their failures then shaped general rules, so
 * these scores are regression guards, no longer measures of generalisation. After the rules for
 * nested numbering, shared wording, clause rhythm, tail groups and group titles (which read
 * unseen/03 and unseen-2/04, 09–13), both sets pooled score 0.941 (354/378/374), hard-wrapped the
 * same; the guard sits just below.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/build-outline.js';
import { f1, loadCaseFolder, hardWrap, outlineTables, outlineText, scoreOutline, tableLines, withoutTableLines, type CorpusCase } from './corpus-helpers.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

const cases: CorpusCase[] = ['unseen', 'unseen-2'].flatMap((folder) => loadCaseFolder(path.join(fixtures, folder), `${folder}/`));

/** Pooled section+point F1 of a set of texts, as given and hard-wrapped at 36 characters. */
function pooledF1(items: readonly CorpusCase[]): { plain: number; wrapped: number } {
  const pooled = { plain: { matched: 0, predicted: 0, expected: 0 }, wrapped: { matched: 0, predicted: 0, expected: 0 } };
  for (const item of items) {
    for (const [key, text] of [
      ['plain', item.text],
      ['wrapped', hardWrap(item.text, 36)],
    ] as const) {
      const score = scoreOutline(parseReport(text), item.expected);
      pooled[key].matched += score.matched;
      pooled[key].predicted += score.predicted;
      pooled[key].expected += score.expected;
    }
  }
  return { plain: f1(pooled.plain).f1, wrapped: f1(pooled.wrapped).f1 };
}

/**
 * The tests every measured set gets: its size, its pooled F1 as given and hard-wrapped, and every
 * character of each text in one field of the outline. Invisible format and control characters
 * (U+200C in a web page, a stray DEL in a speech) are dropped when a text is read, so they are left
 * out of the comparison.
 */
function describeMeasuredSet(
  title: string,
  folder: string,
  expected: {
    readonly count: number;
    readonly countWord: string;
    readonly atLeast: number;
    readonly verb: 'keeps' | 'scores';
    /** How far below the plain figure the hard-wrapped one may lie: 0.03 unless a set's note says why not. */
    readonly wrappedWithin?: number;
  },
): void {
  const within = expected.wrappedWithin ?? 0.03;
  const cases = loadCaseFolder(path.join(fixtures, folder), `${folder}/`);
  describe(title, () => {
    it(`has the ${expected.countWord} texts`, () => {
      expect(cases.length).toBe(expected.count);
    });

    it(`${expected.verb} a pooled F1 of at least ${expected.atLeast}, hard-wrapped within ${within} of it`, () => {
      const { plain, wrapped } = pooledF1(cases);
      expect(plain).toBeGreaterThanOrEqual(expected.atLeast);
      expect(wrapped).toBeGreaterThanOrEqual(plain - within);
    });

    it.each(cases.map((item) => [item.name, item] as const))('%s: every character in one field', (_name, item) => {
      const squeeze = (text: string): string => text.replace(/[\s\p{Cf}\p{Cc}]+/gu, '');
      expect(squeeze(outlineText(parseReport(item.text)))).toBe(squeeze(withoutTableLines(item.text)));
    });
  });
}

describe('unseen real texts', () => {
  it('has the twenty-six texts', () => {
    expect(cases.length).toBe(26);
  });

  it('keeps a pooled F1 of at least 0.94, as given and hard-wrapped at 36 characters', () => {
    const { plain, wrapped } = pooledF1(cases);
    expect(plain).toBeGreaterThanOrEqual(0.94);
    expect(wrapped).toBeGreaterThanOrEqual(plain - 0.03);
  });

  it.each(cases.map((item) => [item.name, item] as const))('%s: title and every character in one field', (_name, item) => {
    const outline = parseReport(item.text);
    expect(outline.title.replace(/\s+/g, ' ')).toBe(item.expected.title.replace(/\s+/g, ' '));
    const squeeze = (s: string): string => s.replace(/\s+/g, '');
    expect(squeeze(outlineText(outline))).toBe(squeeze(withoutTableLines(item.text)));
    expect(squeeze(outlineTables(outline))).toBe(squeeze(tableLines(item.text)));
  });
});

/**
 * The third set (`tests/fixtures/unseen-3/`, 8 real 述职述廉 / 党风廉政 / 工作报告 / 纪委 / 政府工作报告
 * texts, sources in its README) was annotated by hand and committed before the parser first ran on
 * it; no rule has been written or changed while looking at it. Its first measurement, on main at
 * 45b5c2d, was a pooled F1 of 0.985 as given and 0.985 hard-wrapped at 36 characters; after the
 * rules for labels, tail groups, nesting and shared wording (written without it), 1.000 both. It stays a
 * measure of how the parser generalises only while no rule is shaped by its failures: when one is,
 * say so here and find a fourth set. (Closing lines are not scored; the 述职 closing formula in
 * back-matter.ts was added after seeing unseen-3/02's closing missed.)
 */
const blind: CorpusCase[] = loadCaseFolder(path.join(fixtures, 'unseen-3'), 'unseen-3/');

describe('blind real texts (unseen-3)', () => {
  it('has the eight texts', () => {
    expect(blind.length).toBe(8);
  });

  it('scores a pooled F1 of at least 0.95, hard-wrapped within 0.03 of it', () => {
    const { plain, wrapped } = pooledF1(blind);
    expect(plain).toBeGreaterThanOrEqual(0.95);
    expect(wrapped).toBeGreaterThanOrEqual(plain - 0.03);
  });

  it.each(blind.map((item) => [item.name, item] as const))('%s: every character in one field', (_name, item) => {
    const squeeze = (s: string): string => s.replace(/\s+/g, '');
    expect(squeeze(outlineText(parseReport(item.text)))).toBe(squeeze(withoutTableLines(item.text)));
  });
});

/**
 * The fourth set (`tests/fixtures/unseen-4/`, 8 real 述职 / 工作会议讲话 / 校长讲话 / 纪委 / 政府工作报告
 * texts, sources in its README), annotated by hand and committed before the parser first ran on it.
 * Its first measurement, on main at 9a9fec0 (and unchanged by the rules for —— sub-headings, groups
 * after numbered points, standalone item lines and tail groups, written at the same time without
 * it), was a pooled F1 of 0.747 as given and 0.738 hard-wrapped at 36 characters. Most of the loss
 * is in titles, not structure: 03 finds every part and point but titles its three headingless
 * groups with other phrases of their lead-ins than the annotator chose (0 of 21 matched, as a point
 * counts only under a matching part); 06 takes a deeper 一是 level for part 二's points and titled
 * `一是教学质量方面：……` items by their whole first sentence; 07 misses a last part only the opening
 * announces. After seeing 06, items opening with a `××方面：` label are headed by the label
 * (enumerations.ts): 0.773 (0.764 hard-wrapped). After seeing 03 and 06: a headingless group's
 * lead-in is titled by its 取得了 result or else its last one, and a closing `这里，我强调几点。`
 * points ahead (group-title.ts); 首先是／其次是 paragraphs are points over a later 一是 run, which
 * then details the last of them (segments.ts, build-outline.ts): 0.996 (0.987 hard-wrapped). It is
 * no longer blind for those rules; 07's part announced only in the opening is still missed.
 */
const fourth: CorpusCase[] = loadCaseFolder(path.join(fixtures, 'unseen-4'), 'unseen-4/');

describe('real texts measured blind once (unseen-4)', () => {
  it('has the eight texts', () => {
    expect(fourth.length).toBe(8);
  });

  it('keeps a pooled F1 of at least 0.99, hard-wrapped within 0.03 of it', () => {
    const { plain, wrapped } = pooledF1(fourth);
    expect(plain).toBeGreaterThanOrEqual(0.99);
    expect(wrapped).toBeGreaterThanOrEqual(plain - 0.03);
  });

  it.each(fourth.map((item) => [item.name, item] as const))('%s: every character in one field', (_name, item) => {
    const squeeze = (s: string): string => s.replace(/\s+/g, '');
    expect(squeeze(outlineText(parseReport(item.text)))).toBe(squeeze(withoutTableLines(item.text)));
  });
});

/**
 * The fifth set (`tests/fixtures/unseen-5/`, 10 real 述职 / 工作会议讲话 / 校长讲话 / 纪委 / 政府工作报告
 * texts, sources in its README), annotated by hand and committed before the parser first ran on it.
 * Its first measurement, on main at ba4ea45 (the same at 2280a63, before the rules unseen-4 shaped),
 * was a pooled F1 of 0.845 as given and 0.836 hard-wrapped at 36 characters. After seeing it: two
 * headingless theme series are titled by the lead-in clause that echoes their items (group-title.ts),
 * long sentences defining terms alike (`所谓“……”，就是……`) are parallel (theme-sentences.ts), a
 * wrapped line repeating the opening of a paragraph that ended at the width starts the next one
 * (unwrap-lines.ts), and titles compare without invisible format characters (corpus-helpers.ts):
 * 0.926 (0.905 hard-wrapped); then a lead may hold one 、 in a run opening alike (04), `最后，……
 * 再强调四点意见。一要……` is a part of its own (tail-groups.ts, 02), an adverb 再 stays with its
 * verb in a group title: 0.954 (0.934 hard-wrapped). It is no longer blind for those rules. Still
 * missed: 03's two groups in a transcribed speech (subjective titles).
 */
describeMeasuredSet('real texts measured blind once (unseen-5)', 'unseen-5', { count: 10, countWord: 'ten', atLeast: 0.95, verb: 'keeps' });

/**
 * The sixth set (`tests/fixtures/unseen-6/`, 9 real texts: a school staff-meeting speech, a 述职述廉,
 * an opening-ceremony speech, a commemorative speech, the 二十大 (spoken transcript) and 十大 reports,
 * the 2020 State Council and two city government reports; sources in its README), annotated by hand
 * and committed before the parser first ran on it. Its first measurement, on main at b5d0d92 (after
 * the rules unseen-5 shaped), was a pooled F1 of 0.812 as given and 0.808 hard-wrapped at 36
 * characters. After seeing it: dash list items that are whole paragraphs (theme-sentences.ts, 05),
 * `第一项措施：` marks (detect-markers.ts, 01), inline sentences alike only in length must stand near
 * one another (06), a casual `介绍一下` leaves a group title (03): 0.969 (0.965 hard-wrapped); then
 * one-sentence paragraphs opening like a neighbour (`过去的五年，我们……。`) join a series (09): 0.988
 * (0.985). It is no longer blind for those rules. Still missed: two of 07's points.
 */
describeMeasuredSet('real texts measured blind once (unseen-6)', 'unseen-6', { count: 9, countWord: 'nine', atLeast: 0.98, verb: 'keeps' });

/**
 * The seventh set (`tests/fixtures/unseen-7/`, 8 real texts: a 2019 述职, a 2022 开学典礼讲话, a school
 * party committee's 2010 工作思路, and government reports of 浙江 2014, 辽源 2014, 南昌 2002, 海南 1996
 * (九五 plan) and 鸡西 2014; sources in its README), annotated by hand and committed before the parser
 * first ran on it. Its first measurement, on main at 75e835a (after the rules unseen-4, -5 and -6
 * shaped), was a pooled F1 of 0.9195 (120 matched of 126 found, 135 expected) as given and the same
 * hard-wrapped at 36 characters. After seeing it: a quoted name after a phrase of its own is no
 * quotation (shared-wording.ts, 04), plain lead sentences after one-paragraph theme points are more
 * points (groups-after-marks.ts, 04), `――` (U+2015) is a dash (dashes.ts, 07), a numbered heading
 * glued to a paragraph's end is split off (unwrap-lines.ts, 08; 08's expected title was corrected to
 * that heading, see its README): 0.993 (0.993 hard-wrapped). It is no longer blind for those rules;
 * unseen-8 took its place.
 */
describeMeasuredSet('real texts measured blind once (unseen-7)', 'unseen-7', { count: 8, countWord: 'eight', atLeast: 0.99, verb: 'keeps' });

/**
 * The eighth set (`tests/fixtures/unseen-8/`, 8 real texts: government work reports of the State
 * Council 1985, 山东 1995, 厦门 2000, 长沙 2005, 青海 2013, 延边州 2016 and 铁岭 2021, and the 中央纪委
 * report of 2022; sources in its README), annotated by hand and committed before the parser first
 * ran on it. Its first measurement, on main at 8e70b9b (after unseen-7's rules), was a pooled F1 of
 * 0.841 (146 matched of 174 found, 173 expected), the same hard-wrapped at 36 characters. After
 * seeing it: a closing run of short leads of differing shapes is a part's points when nothing else
 * is (theme-sentences.ts, 02 and 03), dash headings on lines of their own and run-in headings set
 * apart by a space are labels (label-paragraphs.ts, 07 and 03), a quoted name opening a lead is its
 * subject (shared-wording.ts, 07): 0.958 (0.958). It is no longer blind for those rules. Still
 * missed, both judgement calls the README records: 02's dash list of yearly targets (taken as
 * points) and 01's `1984年，……` paragraphs of figures.
 */
describeMeasuredSet('real texts measured blind once (unseen-8)', 'unseen-8', { count: 8, countWord: 'eight', atLeast: 0.95, verb: 'keeps' });

/**
 * The ninth set (`tests/fixtures/unseen-9/`, 5 real texts: a Party branch's 党史学习教育 summary, a
 * 党务工作者's 先进事迹, a school's 党风行风建设工作思路, and the 说明 on the 2021 historical resolution
 * and on the 1998 State Council restructuring; sources in its README; a sixth, the same file as
 * unseen-8/08, was dropped before measuring), annotated by hand and committed before the parser
 * first ran on it. Its first measurement, on main at 29f23d0 (after unseen-8's rules), was a pooled
 * F1 of 0.700 (42 matched of 58 found, 62 expected), the same hard-wrapped. After seeing it: a
 * column tab spelled out letter by letter (`人|物|名|片`) is never a heading (never-heading.ts, 02),
 * `第三，` after `首先，` `其次，` continues their run (segments.ts, 06): 0.850 (0.850). It is no longer
 * blind for those rules. Still missed, judgement calls: 05 keeps `第一部分` in seven point titles
 * and counts no `党中央认为，……` paragraphs.
 */
describeMeasuredSet('real texts measured blind once (unseen-9)', 'unseen-9', { count: 5, countWord: 'five', atLeast: 0.845, verb: 'keeps' });

/**
 * The tenth set (`tests/fixtures/unseen-10/`, 8 real 2026 provincial government work reports: 天津,
 * 江苏, 新疆, 广东, 贵州, 宁夏, 四川, 青海, from the dataset dev 17–24 came from, other provinces;
 * sources in its README), annotated by hand and committed before the parser first ran on it. Its
 * first measurement, on main at 9658562 (after unseen-9's rules), was a pooled F1 of 0.921 (228
 * matched of 252 found, 243 expected) and 0.919 hard-wrapped. After seeing it: theme paragraphs
 * after an address that ends the numbered points are more points (groups-after-marks.ts, 01), short
 * lines of their own ahead of theme paragraphs are the first group (build-outline.ts, 08), a
 * glossary after a closing call that addresses the audience is the appendix (back-matter.ts, 07):
 * 0.990 (0.988). It is no longer blind for those rules.
 */
describeMeasuredSet('real texts measured blind once (unseen-10)', 'unseen-10', { count: 8, countWord: 'eight', atLeast: 0.985, verb: 'keeps' });

/**
 * The eleventh set (`tests/fixtures/unseen-11/`, 7 real texts: a school's 年度亮点, 工作要点, a Youth
 * League plan, an education bureau Party committee's 工作思路, the Tsinghua centenary speech, a
 * principal's ten-point talk, a Nankai opening-ceremony speech; sources in its README), annotated by
 * hand and committed before the parser first ran on it. Its first measurement, on main at 9658562,
 * was a pooled F1 of 0.832 (62 matched of 76 found, 73 expected), the same hard-wrapped. After
 * seeing it: short terms in quotes are no quotation (`惟“守正”方能“创新”。`, shared-wording.ts, 07), a
 * `关于××：` topic label is a numbered paragraph's heading (segments.ts, 06): 0.932 (0.932). It is no
 * longer blind for those rules. Later, from 05's miss: a lead-in clause that is just the opening
 * all the items share names their group (group-title.ts): 1.000 (1.000).
 */
describeMeasuredSet('real texts measured blind once (unseen-11)', 'unseen-11', { count: 7, countWord: 'seven', atLeast: 0.995, verb: 'keeps' });

/**
 * The thirteenth set (`tests/fixtures/unseen-13/`, 8 real 2026 provincial government work reports:
 * 北京, 浙江, 山东, 江西, 湖北, 辽宁, 黑龙江, 海南; sources in its README), annotated by hand and
 * committed before the parser first ran on it. Its first measurement, on main at 065149a (after
 * unseen-10's and -11's rules), was a pooled F1 of 0.823 (205 matched of 241 found, 257 expected)
 * and 0.819 hard-wrapped; one text (06) scored 0, its last two parts taken for an appendix. After
 * seeing it: a heading that continues the numbering never starts an appendix (back-matter.ts, 06),
 * a series of theme paragraphs keeps its members when a paragraph of the next series would join it
 * without their opening words, and members sharing a long opening may stand further apart
 * (theme-sentences.ts, 08): 0.968 (0.960). It is no longer blind for those rules. Still missed:
 * 03's and 02's dash lists of five-year results, judgement calls its README records.
 */
describeMeasuredSet('real texts measured blind once (unseen-13)', 'unseen-13', { count: 8, countWord: 'eight', atLeast: 0.96, verb: 'keeps' });

/**
 * The twelfth set (`tests/fixtures/unseen-12/`, 8 real texts from the school site dev 01–16 came
 * from, pages no earlier set used: a teaching-management 工作思路, a city party secretary's keynote,
 * a Party-building article, a 千万工程 experience report, the 二十届一中全会 speech, a flag-ceremony
 * talk, a graduate's experience talk, a 主题教育 guidance; sources in its README), annotated by hand
 * and committed before the parser first ran on it. Its first measurement, on main at 28b1c53 (after
 * unseen-13's rules), was a pooled F1 of 0.850 (82 matched of 97 found, 96 expected), the same
 * hard-wrapped. It was kept untuned for a session, then tuned (it is the set most like the texts
 * the parser is judged on): numbered paragraphs that each hold their whole text, with another
 * enumeration after them, are one of two headingless groups (score-top-level.ts, 05); `所谓精读，
 * 首先……` before `其次，` opens the run and `最后，预祝……` closes the talk (segments.ts, 06); a title
 * set in two lines straight above the text is joined (front-matter.ts, 04); in a talk with no
 * structure, a welcome and a closing call are no parts (fallback.ts, 02): 0.995 (0.995). It is no
 * longer blind for those rules. Still missed: 07's topic opened by `另外讲一讲`.
 * Since a text without structure has no sections in its outline (its pages are the plan's,
 * paragraph-pages.ts), 02's four paragraph themes, which the paragraphs fallback used to give as
 * parts, are no longer found: 0.973.
 */
describeMeasuredSet('real texts measured blind once (unseen-12)', 'unseen-12', { count: 8, countWord: 'eight', atLeast: 0.97, verb: 'keeps' });

/**
 * The fourteenth set (`tests/fixtures/unseen-14/`, the last 7 provinces' 2026 government work
 * reports in the dataset dev 17–24 came from: 上海, 安徽, 山西, 广西, 湖南, 福建, 重庆; sources in its
 * README), annotated by hand and committed before the parser first ran on it. Its first
 * measurement, on main at 725c4b3 (after unseen-13's rules), was a pooled F1 of 0.988 (241 matched
 * of 241 found, 247 expected), the same hard-wrapped. No rule has been written or changed while
 * looking at it; say so here when that happens.
 */
describeMeasuredSet('blind real texts (unseen-14)', 'unseen-14', { count: 7, countWord: 'seven', atLeast: 0.985, verb: 'scores' });

/**
 * The fifteenth set (`tests/fixtures/unseen-15/`, 6 real speeches from other sites: a university's
 * anniversary forum, a commemoration and awards meeting and a branch secretary's experience talk
 * there, a graduation alumni talk, two company work-meeting speeches; sources in its README),
 * annotated by hand and committed before the parser first ran on it. Its first measurement, on
 * main at 725c4b3, was a pooled F1 of 0.615 (24 matched of 41 found, 37 expected), the same
 * hard-wrapped. After seeing it: a 让我们 sentence in the middle of a speech is no closing call
 * that starts an appendix (back-matter.ts, 04), `衷心感谢大家` closes a speech: 0.703 (0.703). It
 * is no longer blind for those rules. Later, from 01's miss: a lead-in clause naming the items one
 * by one titles their group, and a task clause followed by clauses of purpose names it rather than
 * the last clause (group-title.ts): 1.000 (1.000).
 */
describeMeasuredSet('real texts measured blind once (unseen-15)', 'unseen-15', { count: 6, countWord: 'six', atLeast: 0.995, verb: 'keeps' });

/**
 * The sixteenth set (`tests/fixtures/unseen-16/`, 6 real city and prefecture government work
 * reports of 2016–2024: 昆明, 襄阳, 黔东南州, 洛阳, 林芝, 赤峰; sources in its README), annotated by hand
 * and committed before the parser first ran on it. Its first measurement, on main at d622110, was a
 * pooled F1 of 0.974 (166 matched of 169 found, 172 expected), the same hard-wrapped. It was kept
 * untuned until a review of its decks found the points its slides lost: a dash list goes on after
 * a paragraph that continues one item (theme-sentences.ts, 02 and 06), a numbered heading glued
 * to the paragraph before it after a colon or a sentence's end is split off (unwrap-lines.ts,
 * 02): 1.000 (1.000). It is no longer blind for those rules.
 */
describeMeasuredSet('real texts measured blind once (unseen-16)', 'unseen-16', { count: 6, countWord: 'six', atLeast: 0.995, verb: 'keeps' });

/**
 * The seventeenth set (`tests/fixtures/unseen-17/`, 7 real texts from unused pages of the school
 * site dev 01–16 came from: a provincial Party congress report, a Party-building plan, a school
 * five-year plan, a bureau's work arrangement, a Party branch's year summary, two meeting speeches;
 * sources in its README), annotated by hand and committed before the parser first ran on it. Its
 * first measurement, on main at 5baad84 (and the same at 49a9387, before unseen-12's rules), was a
 * pooled F1 of 0.774 (84 matched of 104 found, 113 expected), the same hard-wrapped; 03 scored 0
 * (its contents page read as the parts, `§1.` kept in the titles, a cover date read as a part).
 * After seeing it: a contents page at the top is opening text (build-outline.ts), `§1.` numbers
 * parts, a year-and-month line is never a heading nor the text after one (03); `总的思路是，` names
 * its subject (06); a title set in three lines is joined (01): 0.954 (0.954). It is no longer
 * blind for those rules. Still missed: 01's enumerations inside paragraphs beside numbered points
 * (a doubt its README records; counting them the same way in government reports would add points
 * their annotators left out in seven other texts).
 */
describeMeasuredSet('real texts measured blind once (unseen-17)', 'unseen-17', { count: 7, countWord: 'seven', atLeast: 0.95, verb: 'keeps' });

/**
 * The eighteenth set (`tests/fixtures/unseen-18/`, 8 real texts from university news sites and a
 * company: a seminar speech, a Party worker's experience talk, a Party committee plenary speech, a
 * principal's seminar speech, a graduation speech, a university's 工作要点, two company meeting
 * speeches; sources in its README), annotated by hand and committed before the parser first ran on
 * it. Its first measurement, on main at c2b3503 (after unseen-12's and -17's rules), was a pooled
 * F1 of 0.827 (43 matched of 52 found, 52 expected), the same hard-wrapped: seven texts whole, and
 * 06 (工作要点 whose items chain tasks with `；` before their first `。`) 2 of 11, its titles cut
 * at the first `；` where the annotator cut at the `。`. Cutting there too was tried and left
 * out: the titles ran to 178 characters and every task went from the slides into the dividers.
 * No rule has been written while looking at it; say so here when that happens.
 */
describeMeasuredSet('blind real texts (unseen-18)', 'unseen-18', { count: 8, countWord: 'eight', atLeast: 0.82, verb: 'scores' });

/**
 * The nineteenth set (`tests/fixtures/unseen-19/`, 8 real texts from university sites, recovered
 * from the history of two mirrors: a Party committee's 巡视整改 progress report, three five-year or
 * year work summaries, a student Party-building experience summary, a Party secretary's article, a
 * graduation speech, a student's 挂职 summary; sources in its README), annotated by hand and
 * committed before the parser first ran on it. Its first measurement, on main at 1b87a01, was a
 * pooled F1 of 0.511 (45 matched of 86 found, 90 expected), 0.500 hard-wrapped: work summaries
 * whose parts are unnumbered heading lines with a comma in them (02, 05) and groups of 一是 under
 * short parallel lines (08) lost their parts. After seeing it: a heading line may hold one comma
 * (bare-headings.ts, 02 and 05); runs of 一是 that each follow a member of a parallel series are
 * groups headed by those lines (numbered-headings.ts, 08); two lead-sentence paragraphs are a
 * part's points when a sibling part gives its points as lead sentences (build-outline.ts, 02 and
 * 03): 0.834 (0.824); paragraphs on the documents a part revised (`《……办法》：……`) are its points
 * above their numbered changes (label-paragraphs.ts, 04): 0.941 (0.930). It is no longer blind for
 * those rules. Still missed: 04's third part, a single such paragraph before 一是……八是; 06's last
 * two lead sentences after a closer-knit series of three.
 */
describeMeasuredSet('real texts measured blind once (unseen-19)', 'unseen-19', { count: 8, countWord: 'eight', atLeast: 0.935, verb: 'keeps' });

/**
 * The twentieth set (`tests/fixtures/unseen-20/`, 8 real unit work summaries and exchange
 * materials from university sites: 学风, 本科教学 and 大学文化 summaries, a graduate Party-building
 * experience, a ten-year 党建 summary, three colleges' exchange materials; sources in its README),
 * annotated by hand and committed before the parser first ran on it. Its first measurement, on
 * main at bbdb9b8 (after unseen-19's rules), was a pooled F1 of 0.807 (44 matched of 52 found, 57
 * expected), the same hard-wrapped; the code this session started from (49a9387) scores it 0.574,
 * so the rules written from other texts since then carried over. 01 scored 0: its heading lines
 * join two halves with a colon (`追溯初心：构建好学体系`). After seeing it: a heading line may hold
 * one colon inside it (bare-headings.ts, 01). It is no longer blind for that rule. Still missed:
 * 05's second part, where the annotator took two lead sentences and the parser the three shorter
 * leads under the second (a doubt its README records).
 */
describeMeasuredSet('real texts measured blind once (unseen-20)', 'unseen-20', { count: 8, countWord: 'eight', atLeast: 0.95, verb: 'keeps' });

/**
 * The twenty-first set (`tests/fixtures/unseen-21/`, 6 real texts: a procuratorate's experience
 * paper from a database dump, four company speeches, a university culture-work summary; sources
 * in its README), annotated by hand and committed before the parser first ran on it. Its first
 * measurement, on main at 81dacd3 (after every rule of this session), was a pooled F1 of 0.810
 * (49 matched of 65 found, 56 expected), the same hard-wrapped; the session's starting code
 * (49a9387) scores it 0.767. Too many points: the sibling lead-sentence rule (from unseen-19) took
 * two paragraphs of a speech opening `我们要……`/`当我们……` for points. After seeing it: such leads
 * must be short and not the speaker talking (build-outline.ts, 04): 0.838 (0.838); heading lines
 * written alike (`精神铸魂，涵育师生员工品行` ×3) are the parts among picture captions left in the text
 * (bare-headings.ts, 06), and dash items of one long sentence each are a series without parallel
 * wording (theme-sentences.ts, 06): 0.918 (0.918). Later, from 03 and 04: paragraphs opening
 * with an argument (`我们不仅……，而且……`, `……，这是……`) or the speaker's anecdote (`我这次在……`) are
 * no series of leads (shared-wording.ts, theme-sentences.ts): 1.000 (1.000). It is no longer blind
 * for those rules.
 */
describeMeasuredSet('real texts measured blind once (unseen-21)', 'unseen-21', { count: 6, countWord: 'six', atLeast: 0.995, verb: 'keeps' });

/**
 * The twenty-second set (`tests/fixtures/unseen-22/`, 6 real work summaries and exchange pieces
 * from university sites, units no earlier set used; sources in its README), annotated by hand and
 * committed before the parser first ran on it. Its first measurement, on main at 3f61abf (every
 * rule of this session), was a pooled F1 of 0.759 (44 matched of 58 found, 58 expected), 0.748
 * hard-wrapped; the session's starting code (49a9387) scores the same. Five texts are whole or
 * nearly; 06 scores 0 with its structure right (two headingless 一是 groups) because the group
 * titles the annotator chose (`五大突破`, `六项翻番`) are not the parser's (`成绩可以概括为五大突破、
 * 六项翻番`, `合作院校数量翻番`), so no point counts. After seeing it: a lead-in naming two or more
 * groups by count names each group that follows when the counts agree (group-title.ts, 06): 0.983
 * (0.974). It is no longer blind for that rule. Since a text without structure has no sections in
 * its outline (its pages are the plan's, paragraph-pages.ts), 05's three paragraph themes, which the
 * paragraphs fallback used to give as parts, are no longer found: 0.927.
 */
describeMeasuredSet('real texts measured blind once (unseen-22)', 'unseen-22', { count: 6, countWord: 'six', atLeast: 0.92, verb: 'keeps' });

/**
 * The twenty-third set (`tests/fixtures/unseen-23/`, 8 real provincial government work reports of
 * 2025 from a .docx collection no earlier set used; sources in its README), annotated by hand and
 * committed before the parser first ran on it. Its first measurement, on main at e883fb5, was a
 * pooled F1 of 1.000 (171 matched of 171 found, 171 expected), 0.997 hard-wrapped; the session's
 * starting code (8ae1b2d) scores the same. No rule has been written while looking at it.
 */
describeMeasuredSet('blind real texts (unseen-23)', 'unseen-23', { count: 8, countWord: 'eight', atLeast: 0.995, verb: 'scores' });

/**
 * The twenty-fifth set (`tests/fixtures/unseen-25/`, 8 more provincial 2025 government work reports
 * from the same collection, other provinces; sources in its README), annotated by hand and
 * committed before the parser first ran on it. Its first measurement, on main at e883fb5, was a
 * pooled F1 of 0.958 (193 matched of 204 found, 199 expected), 0.955 hard-wrapped; the session's
 * starting code (8ae1b2d) scores the same. Two misses: 08's second group of the review (`一年来，
 * 着重抓了以下工作：` then 一是……六是, after （一）……（六） one paragraph each) was taken for the last
 * point's items, and 03's list of ten 民生实事 (`1.医疗卫生方面。……`) after the last point became a
 * part of its own, which its annotator leaves out (its README). After seeing 08: a run of another
 * numbering after strongly numbered points that cannot own it is a second group of the part's
 * points (build-outline.ts, groups-after-marks.ts): 0.973 (0.971). It is no longer blind for that
 * rule; 03's list is left as it is (a part of ten projects reads well on slides).
 */
describeMeasuredSet('real texts measured blind once (unseen-25)', 'unseen-25', { count: 8, countWord: 'eight', atLeast: 0.97, verb: 'keeps' });

/**
 * The twenty-sixth set (`tests/fixtures/unseen-26/`, 8 provincial 2025 government work reports
 * from the same collection as unseen-23 and -25, the provinces neither used; sources in its
 * README), annotated by hand and committed before the parser first ran on it. Its first
 * measurement, on main at a959416, was a pooled F1 of 1.000 (186 of 186 found, 186 expected), the
 * same hard-wrapped, and the same on the session's starting code (8ae1b2d). No rule has been
 * written while looking at it.
 */
describeMeasuredSet('blind real texts (unseen-26)', 'unseen-26', { count: 8, countWord: 'eight', atLeast: 0.995, verb: 'scores' });

/**
 * The twenty-seventh set (`tests/fixtures/unseen-27/`, the collection's last 7 provincial 2025
 * reports; sources in its README), annotated by hand and committed before the parser first ran on
 * it. Its first measurement, on main at a959416, was a pooled F1 of 0.963 (158 matched of 164
 * found, 164 expected), the same hard-wrapped and on the session's starting code (8ae1b2d). Its one
 * miss: 05's third part has its heading in two paragraphs of the .docx (`三、持续提升政府` /
 * `治理效能和服务水平`), and the second half, as a line of its own, takes the part's place. After
 * seeing it: a numbered heading of six or more characters is joined with the short line under it
 * when that line is the only one of its kind before the next heading (unwrap-lines.ts): 1.000
 * (1.000). It is no longer blind for that rule.
 */
describeMeasuredSet('real texts measured blind once (unseen-27)', 'unseen-27', { count: 7, countWord: 'seven', atLeast: 0.995, verb: 'keeps' });

/**
 * The twenty-eighth set (`tests/fixtures/unseen-28/`, 8 company speeches of 1996–2018 from a
 * repository no earlier set used, none of them in the earlier sets of the same speaker; sources in
 * its README), annotated by hand and committed before the parser first ran on it. Its first
 * measurement, on main at a959416, was a pooled F1 of 0.890 (69 matched of 86 found, 69
 * expected), 0.886 hard-wrapped, the same on the session's starting code (8ae1b2d): every expected
 * title found, 17 more. 04 has no structure (its annotator gives it no part), so the parts the
 * fallback makes for a deck all count against it; 02's four `96年我们……` paragraphs are a series
 * its annotator did not count. After seeing 03: paragraphs apart from one another that open only
 * with `我们要` are no series, a sentence ending on a spoken particle (`……嘛。`) is no theme inside
 * a paragraph, a question is no lead of a loose run (shared-wording.ts, theme-sentences.ts), and a
 * hard-wrapped line that opens with `一、` inside a sentence goes on with it unless the mark goes on
 * with its numbering (unwrap-lines.ts): 0.926 (0.926); numbers written with the closing bracket
 * only (`4)、`) are the `（1）` level (detect-markers.ts, 06): 0.932 (0.932). It is no longer blind
 * for those rules. Left: 04 and 02 as above.
 */
describeMeasuredSet('real texts measured blind once (unseen-28)', 'unseen-28', { count: 8, countWord: 'eight', atLeast: 0.93, verb: 'keeps' });

/**
 * The twenty-ninth set (`tests/fixtures/unseen-29/`, 8 more company meeting speeches from the
 * repository unseen-28 came from, none used before, 7 with visible structure; sources in its
 * README), annotated by hand and committed before the parser first ran on it. Its first
 * measurement, on main at 576d20e (with unseen-28's rules), was a pooled F1 of 0.656 (60 matched
 * of 82 found, 101 expected), the same hard-wrapped; the session's starting code (8ae1b2d) scores
 * the same (0.652 hard-wrapped). 06 scored 0: its parts are numbered `1、` with `（1）` points under
 * each, but a first part whose number was lost opens with a `（1）……（7）` run, which became the
 * parts. After seeing it: a kind that starts again at 1 under most marks of a stronger kind is its
 * sub-points (segments.ts), and a one-sentence line before the first such run heads a first part
 * (numbered-headings.ts, 06); one numbered group the speaker asks of the audience at the end
 * (`在此希望你们：` 1、……4、) is a part of its own (tail-groups.ts, 02), its title without `在此`
 * (group-title.ts): 0.966 (0.966). It is no longer blind for those rules. Left: 04 has no
 * structure (as unseen-28/04), 02's two `还要` sentences the annotator counts as points.
 */
describeMeasuredSet('real texts measured blind once (unseen-29)', 'unseen-29', { count: 8, countWord: 'eight', atLeast: 0.96, verb: 'keeps' });

/**
 * The thirtieth set (`tests/fixtures/unseen-30/`, 8 national government work reports of 1993–2024
 * from a Wikisource collection no earlier set used; sources in its README), annotated by hand and
 * committed before the parser first ran on it. Its first measurement, on main at 7e51af8, was a
 * pooled F1 of 0.876 (180 matched of 191 found, 220 expected), 0.873 hard-wrapped; the session's
 * starting code (8ae1b2d) scores 0.859 (0.856). Mostly missed second groups of a review: bold
 * result lines without punctuation (`五年来，外交工作开创新局面` ×8, 03), lessons after long numbered
 * points (`主要体会是：` 第一……第六, 04), result-lead paragraphs of differing shapes (02, left: without
 * the bold there is nothing to tell them from prose). After seeing 03 and 04: heading lines without
 * punctuation that open alike are a series, a line announcing a list is none of one
 * (theme-sentences.ts), and a numbered run after a lessons lead-in is a group of the part
 * (build-outline.ts): 0.913 (0.910). It is no longer blind for those rules. Left besides 02: 07
 * and 08's 政府自身建设 paragraphs that the annotator sets apart as a part, 07's `过去五年，……`
 * paragraphs on other work, 01's lead sentences. Later, leads the source set in bold found by their
 * shape as a part's last resort (`findSparseLeads`, from unseen-36/05) also read 1998's four
 * statements on foreign affairs (`中俄关系继续发展。……`) as points, which the annotator does not
 * count: 0.904 (0.902), for nine leads found right in unseen-34/01 and unseen-36/05.
 */
describeMeasuredSet('real texts measured blind once (unseen-30)', 'unseen-30', { count: 8, countWord: 'eight', atLeast: 0.9, verb: 'keeps' });

/**
 * The thirty-first set (`tests/fixtures/unseen-31/`, 8 more company meeting speeches from the
 * repository unseen-28 and -29 came from, none used before, all with visible structure; sources in
 * its README), annotated by hand and committed before the parser first ran on it. Its first
 * measurement, on main at 7e51af8 (with the rules unseen-28 and -29 shaped), was a pooled F1 of
 * 0.865 (48 matched of 57 found, 54 expected), the same hard-wrapped and on the session's starting
 * code (8ae1b2d). 01 scores 0: its points are counted `第二点，`……`最后一点，` with the first left
 * unmarked (`做一个秘书，首先要……`). After seeing 02: short sentences alike only in length are no
 * series when they open like the speaker talking (`要开始狠抓管理。` `关于秘书的培训。`,
 * theme-sentences.ts): 0.889 (0.889). It is no longer blind for that rule; 01 is left.
 */
describeMeasuredSet('real texts measured blind once (unseen-31)', 'unseen-31', { count: 8, countWord: 'eight', atLeast: 0.885, verb: 'keeps' });

/**
 * The thirty-second set (`tests/fixtures/unseen-32/`, 8 more national government work reports,
 * years no set used, from the collection unseen-30 came from; sources in its README), annotated by
 * hand and committed before the parser first ran on it. Its first measurement, on main at 963f13a
 * (with the rules unseen-30 shaped), was a pooled F1 of 0.873 (196 matched of 212 found, 237
 * expected), 0.871 hard-wrapped; the session's starting code (8ae1b2d) scores 0.863 (0.860). After
 * seeing 02: a list mark of three dashes (`———抗击非典……`) leaves no dash in the titles
 * (detect-markers.ts): 0.904 (0.902). It is no longer blind for that rule. Left: lead sentences of
 * a review before its （一） points when their shapes differ (04), 1997's bold lead sentences (01),
 * 2014's 政府自身建设 paragraphs set apart by the annotator (07), 2013's policy paragraphs (06).
 */
describeMeasuredSet('real texts measured blind once (unseen-32)', 'unseen-32', { count: 8, countWord: 'eight', atLeast: 0.9, verb: 'keeps' });

/**
 * The thirty-third set (`tests/fixtures/unseen-33/`, 6 more company meeting speeches from the
 * repository unseen-28, -29 and -31 came from, none used before; sources in its README), annotated
 * by hand and committed before the parser first ran on it. Its first measurement, on main at
 * 8a2abcf (with every rule of this session), was a pooled F1 of 0.893 (46 matched of 55 found, 48
 * expected), the same hard-wrapped and on the session's starting code (8ae1b2d). Rules written
 * since from its misses: an inline enumeration run ends before an item inside a later paragraph
 * (01), and `第二，` right after `首先，` continues the run (06): 0.931 (47/53/48). It is no longer
 * blind for those rules. Left: the last paragraphs of a speech's first part opening with short
 * sentences (04), an inline `第一……第二……` inside a paragraph the annotator did not count (05).
 */
describeMeasuredSet('real texts measured blind once (unseen-33)', 'unseen-33', { count: 6, countWord: 'six', atLeast: 0.925, verb: 'keeps' });

/**
 * The thirty-fourth set (`tests/fixtures/unseen-34/`, 6 more national government work reports of
 * 2000, 2002, 2010, 2019, 2022 and 2025 from the collection unseen-30 and -32 came from; sources
 * in its README), annotated by hand and committed before the parser first ran on it. Its first
 * measurement, on main at ea7cb07, was a pooled F1 of 0.690 (128 matched of 183 found, 188
 * expected), 0.692 hard-wrapped, the same on the session's starting code (8ae1b2d). 2000 and 2002
 * (0.36, 0.60) give their points as bold lead sentences with no numbering, which plain text does not
 * mark. Rule written since from its misses: lessons after a lessons lead-in (`有以下几点体会：`) are
 * the part's points also when they are paragraphs opening alike without numbers (2010): 0.707
 * (133/188/188), 0.709 hard-wrapped. It is no longer blind for that rule. Left: the bold leads of
 * 2000 and 2002, 2019's policy paragraphs the annotator did not count and its title for the part on
 * the government itself.
 */
describeMeasuredSet('real texts measured blind once (unseen-34)', 'unseen-34', { count: 6, countWord: 'six', atLeast: 0.7, verb: 'keeps' });

/**
 * The thirty-fifth set (`tests/fixtures/unseen-35/`, 8 more company speeches, 1996–2018, from the
 * repository unseen-28, -29, -31 and -33 came from, none used before; sources in its README),
 * annotated by hand and committed before the parser first ran on it. Its first measurement, on main
 * at d79ca63, was a pooled F1 of 0.796 (41 matched of 59 found, 44 expected), the same hard-wrapped
 * and on the session's starting code (92ad770). Rules written since from its misses: the audience's
 * questions written down (`问：……`) are no series of parts, and `第一个问题是……` `第二是……` are
 * numbering marks (01): 0.907 (44/53/44). It is no longer blind for those rules. Left: two speeches
 * with no structure given paragraph parts (02, 04), four points the annotator did not count (03).
 */
describeMeasuredSet('real texts measured blind once (unseen-35)', 'unseen-35', { count: 8, countWord: 'eight', atLeast: 0.9, verb: 'keeps' });

/**
 * The thirty-sixth set (`tests/fixtures/unseen-36/`, 7 national government work reports of 1980,
 * 1984, 1992, 1994, 1995, 1999 and 2001, years no set had used, from the collection unseen-30, -32
 * and -34 came from; sources in its README), annotated by hand and committed before the parser
 * first ran on it. Its first measurement, on main at d79ca63 (with the rules from unseen-33 and
 * -34), was a pooled F1 of 0.740 (138 matched of 169 found, 204 expected), 0.748 hard-wrapped; the
 * same on the session's starting code (92ad770). Most of the points it misses are lead sentences
 * with no numbering that the source set in bold. No rule has been written while looking at it.
 */
describeMeasuredSet('blind real texts (unseen-36)', 'unseen-36', { count: 7, countWord: 'seven', atLeast: 0.735, verb: 'scores' });

/**
 * The thirty-seventh set (`tests/fixtures/unseen-37/`, 8 city government work reports, 2012–2024,
 * from the repository's folder of other cities, none used before; sources in its README), annotated
 * by hand and committed before the parser first ran on it. Its first measurement, on main at
 * 2e9bc45 (with this session's rules), was a pooled F1 of 0.855 (180 matched of 217 found, 204
 * expected), 0.854 hard-wrapped; the same on the session's starting code (92ad770). Seven texts
 * scored 0.98–1.0; 天水 2018 scored 0: its review of lead sentences under one heading line and its
 * numbered tasks under another lost both heading lines to the numbering. Rule written since: a run
 * of plain lead paragraphs left in a candidate's opening counts as an enumeration left out
 * (numbered-headings.ts): 0.998 (0.993). It is no longer blind for that rule.
 */
describeMeasuredSet('real texts measured blind once (unseen-37)', 'unseen-37', { count: 8, countWord: 'eight', atLeast: 0.99, verb: 'keeps' });

/**
 * The thirty-eighth set (`tests/fixtures/unseen-38/`, 8 provincial government work reports of
 * 2005–2023 from the same repository's provincial folder, none used before; sources in its README),
 * annotated by hand and committed before the parser first ran on it. Its first measurement, on main
 * at 2e9bc45, was a pooled F1 of 0.920 (190 matched of 202 found, 211 expected), 0.927
 * hard-wrapped; the same on the session's starting code (92ad770). Rules written since from its
 * misses: a numbered heading with its paragraph glued on after a space is split (01), and a run of
 * plain lead paragraphs before a part's `一是……` points is a group of its points too (08; it also
 * found three more points in unseen-32/04 and unseen-34/02): 0.952 (0.945). It is no longer blind
 * for those rules. Left: 04's `“十一五”时期，是……的五年` ×5, 07's part title chosen by hand.
 */
describeMeasuredSet('real texts measured blind once (unseen-38)', 'unseen-38', { count: 8, countWord: 'eight', atLeast: 0.945, verb: 'keeps' });

/**
 * Three more sets of government work reports from the same repository, none of their files used
 * before (sources in their READMEs), each annotated by hand and committed before the parser first
 * ran on it, and measured once on main at 9f856a2 (with this session's rules up to 571dd31):
 * - unseen-39, 8 reports of major cities (2006–2024): 0.951 (203 matched of 218 found, 209
 *   expected), the same hard-wrapped and on the session's starting code (92ad770);
 * - unseen-40, 8 more city reports (2014–2024): 0.857 (153/180/177), 0.860 hard-wrapped; 0.812 on
 *   the starting code. Seven texts score 0.93–1.0; 常德 2019 scores 0;
 * - unseen-41, 8 more provincial reports (2004–2022): 0.942 (229/244/242), 0.936 hard-wrapped; the
 *   same on the starting code.
 * Rule written since from unseen-40/05: one numbering kind at both levels (`一、` `二、`, then
 * `一、……九、` inside the second part, then `三、`) is read as parts counted around whole inner runs
 * (outer-numbering.ts): unseen-40 0.992 (0.989). unseen-40 is no longer blind for that rule. From
 * unseen-39/03: a run of lead paragraphs outweighs an enumeration inside one paragraph after them
 * (`强化服务职能。` ×4, then `……办好十方面实事。一是……`): unseen-39 0.983 (0.983); no longer blind
 * for that rule.
 */
describeMeasuredSet('real texts measured blind once (unseen-39)', 'unseen-39', { count: 8, countWord: 'eight', atLeast: 0.97, verb: 'keeps' });
describeMeasuredSet('real texts measured blind once (unseen-40)', 'unseen-40', { count: 8, countWord: 'eight', atLeast: 0.985, verb: 'keeps' });
describeMeasuredSet('real texts measured blind once (unseen-41)', 'unseen-41', { count: 8, countWord: 'eight', atLeast: 0.935, verb: 'keeps' });

/**
 * Three more sets from the same three folders (city, major-city and provincial reports), none of
 * their files or places used before (sources in their READMEs), each annotated by hand and
 * committed before the parser first ran on it, and measured once on main at 74f9c2a (with this
 * session's rules up to 5a3bee6):
 * - unseen-42, 8 city reports (2014–2024): 0.989 (187 matched of 187 found, 191 expected), 0.973
 *   hard-wrapped; 0.965 (0.951) on the session's starting code (92ad770);
 * - unseen-43, 8 major-city reports (2005–2022): 0.958 (239/247/252), 0.954 hard-wrapped; the same
 *   on the starting code;
 * - unseen-44, 8 provincial reports (2003–2024): 0.938 (212/229/223), 0.933 hard-wrapped; 0.924
 *   (0.919) on the starting code.
 * Rules written since from their misses: lessons after a lessons lead-in count after an address to
 * the audience too, and `启迪` leads them in like `体会` (unseen-43/03); a run of plain lead
 * paragraphs before paragraphs that open alike is a group of the part's points too (unseen-41/07,
 * which makes unseen-41 0.953 (0.947); it also found unseen-30/01's four results). The sets are no
 * longer blind for the rules named here; their guards keep the first figures.
 */
describeMeasuredSet('real texts measured blind once (unseen-42)', 'unseen-42', { count: 8, countWord: 'eight', atLeast: 0.985, verb: 'keeps' });
describeMeasuredSet('real texts measured blind once (unseen-43)', 'unseen-43', { count: 8, countWord: 'eight', atLeast: 0.955, verb: 'keeps' });
describeMeasuredSet('real texts measured blind once (unseen-44)', 'unseen-44', { count: 8, countWord: 'eight', atLeast: 0.935, verb: 'keeps' });

/**
 * The forty-fifth set (`tests/fixtures/unseen-45/`, 8 company meeting speeches, 2008–2018, from the
 * repository unseen-15, -18 and -21 came from, none used before and none sharing a paragraph with an
 * earlier text; sources in its README), annotated by hand and committed before the parser first ran
 * on it, and measured once on main at the merge of h45 (with this session's rules up to 499f983): a
 * pooled F1 of 0.854 (44 matched of 57 found, 46 expected), the same on the session's starting code
 * (92ad770). Hard-wrapped it scores 0.757: 08's second heading is exactly as long as a wrapped line
 * (36 characters) and ends without punctuation, so the first line of the next paragraph reads as
 * the rest of it, and its three points with it. Rule written since from 05 and 07: a closing run of
 * loose leads holds no sentence the speaker says to the room (`现在你们也是高处不胜寒。`), which also
 * cleared unseen-33/04's and unseen-35/03's: 0.926 (0.821). Then, from 08: in hard-wrapped text a
 * numbered heading exactly as long as a line, with no sentence in it, stands alone before a full
 * line when the heading of its kind before it did (unwrap-lines.ts): 0.926 (0.905). It is no
 * longer blind for those rules.
 */
describeMeasuredSet('real texts measured blind once (unseen-45)', 'unseen-45', {
  count: 8,
  countWord: 'eight',
  atLeast: 0.92,
  verb: 'keeps',
  wrappedWithin: 0.12,
});

/**
 * The forty-sixth set (`tests/fixtures/unseen-46/`, 7 short speeches by an insurer's leaders at its
 * 2013 sales summit, 685–3,215 characters, from a repository no set had used; sources in its
 * README), annotated by hand and committed before the parser first ran on it, and measured once on
 * main at its merge (with this session's rules up to 939e5d0): a pooled F1 of 0.514 (9 matched of
 * 25 found, 10 expected), the same hard-wrapped and on the session's starting code (92ad770). Four
 * of the seven have no structure at all, and the parser's paragraph parts (16 of them) count as
 * found. Since then a post ending in 总裁 names the speaker (05–07 had none on their covers). No
 * rule of structure has been written while looking at it. Since a text without structure has no
 * sections in its outline (its pages are the plan's, paragraph-pages.ts; a choice made after
 * unseen-51 and -52, where seven texts of fifteen have no structure): 0.750 (9/14/10), the same
 * hard-wrapped. It is no longer blind for that choice. Then two paragraphs opening alike count as
 * parts only when each opens with a whole sentence (06's `2012年已然过去。` / `2012年`): 0.818.
 */
describeMeasuredSet('real texts measured blind once (unseen-46)', 'unseen-46', { count: 7, countWord: 'seven', atLeast: 0.81, verb: 'keeps' });

/**
 * Two more sets, each annotated by hand and committed before the parser first ran on it, measured
 * once on main at 719b3fa (with this session's rules up to a9eb0b0):
 * - unseen-47 (`tests/fixtures/unseen-47/`, from the school site of unseen–unseen-12: four 述职
 *   reports no set had taken from its pages of several leaders' reports, a 2022 speech and three
 *   党建 theory articles reprinted for weekly study): 0.533 (53 matched of 97 found, 102 expected),
 *   0.535 hard-wrapped, the same on the session's starting code (92ad770). The 述职 reports score
 *   1.0; the speech and two articles 0;
 * - unseen-48 (8 more city reports, 2014–2023, of the three provinces no city set had covered):
 *   0.974 (186/193/189), the same hard-wrapped and on the starting code.
 * Rule written since from unseen-47/08: heading lines without a sentence's end may run to forty
 * characters, as a theory article's do (bare-headings.ts): unseen-47 0.835 (0.829). It is no
 * longer blind for that rule. From a deck review of unseen-47/07, such lines may run to 48
 * (theme-sentences.ts MAX_BARE_HEADING): unseen-47 0.870 (0.864); with a lead whose 、 pairs two
 * phrases that open alike joining the run beside it (theme-sentences.ts withPairedNeighbours),
 * 0.875 (0.870). No other scored text changes with either.
 */
describeMeasuredSet('real texts measured blind once (unseen-47)', 'unseen-47', { count: 8, countWord: 'eight', atLeast: 0.86, verb: 'keeps' });
describeMeasuredSet('blind real texts (unseen-48)', 'unseen-48', { count: 8, countWord: 'eight', atLeast: 0.97, verb: 'scores' });

/**
 * The fiftieth set (`tests/fixtures/unseen-50/`, 8 more provincial reports, 2005–2023, none of their
 * province–year pairs used before; sources in its README), annotated by hand and committed before
 * the parser first ran on it, measured once on main at its merge (with this session's rules up to
 * d38efdb): 0.969 (204 matched of 212 found, 209 expected), 0.967 hard-wrapped, the same on the
 * session's starting code (92ad770). No rule has been written while looking at it.
 */
describeMeasuredSet('blind real texts (unseen-50)', 'unseen-50', { count: 8, countWord: 'eight', atLeast: 0.965, verb: 'scores' });

/**
 * The forty-ninth set (`tests/fixtures/unseen-49/`, 7 work summaries, 党建 summaries, a department's
 * report and an experience report from two universities' mirrored sites, none used before; sources
 * in its README), annotated by hand and committed before the parser first ran on it, measured once
 * on main at its merge (with this session's rules up to d5b9b38): 0.706 (36 matched of 44 found, 58
 * expected), the same hard-wrapped and on the session's starting code (92ad770). Rule written since
 * from 03: `一问：……？` `二问：……？` are numbering marks (detect-markers.ts): 0.883 (0.883). It is no
 * longer blind for that rule. Left: 01's nine `针对……问题，` paragraphs the annotator cut at their
 * first full stop (titles of 69–166 characters), 04's paragraph parts.
 */
describeMeasuredSet('real texts measured blind once (unseen-49)', 'unseen-49', { count: 7, countWord: 'seven', atLeast: 0.88, verb: 'keeps' });

/**
 * Two more sets, each annotated by hand and committed before the parser first ran on it, measured
 * once on main at their merges (no rule of this session written yet; the same on its starting code
 * 37042fd):
 * - unseen-51 (`tests/fixtures/unseen-51/`, the school site of unseen–unseen-12 once more: a 述职
 *   report, four short speeches to the school, a student's speech, two national leaders' speeches
 *   reprinted for weekly study): 0.545 (21 matched of 47 found, 30 expected), 0.538 hard-wrapped.
 *   Three of the seven have no structure at all, and the parser's paragraph parts (19) count as found;
 * - unseen-52 (`tests/fixtures/unseen-52/`, eight party-meeting texts of 1945–1987 from lawtext/cpc:
 *   opening and closing addresses, an explanation of a draft, the 九大 report, the 中顾委's report):
 *   0.430 (17/48/31), 0.447 hard-wrapped. Four have no structure (19 paragraph parts found); the
 *   中顾委 report heads its parts with lines that are only a numeral (`一`), which no rule read.
 * Rule written since from unseen-52/08: a line that is only a numeral is a heading of the `一、` kind
 * (detect-markers.ts): unseen-52 0.707 (0.734). Then a choice: a text in which the parser finds no
 * structure has no sections in its outline, its whole body the opening (the deck still pages its
 * paragraphs: src/plan/paragraph-pages.ts), instead of parts made up from paragraphs: unseen-51
 * 0.808 (21/22/30, the same hard-wrapped), unseen-52 0.829 (29/39/31; 0.866 hard-wrapped). Then
 * two paragraphs that open alike are parts only when each opens with a whole sentence, not when
 * one is cut at a comma to match the other (theme-paragraphs.ts; 52/02 `这个决议不但是……的` /
 * `这个决议有两个问题：做不做`): unseen-51 0.800 (20/20/30; 02's 18岁 pair, one of its three themes,
 * is lost), unseen-52 0.921 (29/32/31; 0.892 hard-wrapped). Both sets are no longer blind for these.
 */
describeMeasuredSet('real texts measured blind once (unseen-51)', 'unseen-51', { count: 7, countWord: 'seven', atLeast: 0.79, verb: 'keeps' });
describeMeasuredSet('real texts measured blind once (unseen-52)', 'unseen-52', { count: 8, countWord: 'eight', atLeast: 0.9, verb: 'keeps' });

/**
 * Two more sets of government work reports from lawtext/gov, each annotated by hand and committed
 * before the parser first ran on it, measured once on main at their merges (with this session's
 * rules up to c3d9fb9; the same on its starting code 37042fd):
 * - unseen-53 (`tests/fixtures/unseen-53/`, 8 city reports of 2014–2024 from eight provinces, no city
 *   used before): 0.993 (216 matched of 216 found, 219 expected), 0.991 hard-wrapped;
 * - unseen-54 (`tests/fixtures/unseen-54/`, 8 provincial reports of 2003–2024, no province–year pair
 *   used before): 0.935 (209/220/227), the same hard-wrapped.
 * Rule written since from unseen-54/01 and /02: inside a part, plain lead sentences may run longer
 * (to 34 characters, halves to 17: `改革开放不断深入，社会主义市场经济体制初步建立。`), as older reviews'
 * do; at the top level the old limits stay, since a speech's ordinary sentences would pass; and a
 * lead judging the years (`……以来的五年，是跨世纪的不平凡的五年。`) opens the run, no lead of it
 * (theme-sentences.ts): unseen-54 0.958 (0.958). It is no longer blind for these.
 */
describeMeasuredSet('blind real texts (unseen-53)', 'unseen-53', { count: 8, countWord: 'eight', atLeast: 0.99, verb: 'scores' });
describeMeasuredSet('real texts measured blind once (unseen-54)', 'unseen-54', { count: 8, countWord: 'eight', atLeast: 0.95, verb: 'keeps' });

/**
 * The fifty-fifth set (`tests/fixtures/unseen-55/`, 6 speeches from the school site of unseen–
 * unseen-12: four pages earlier sets had only looked at, two more; sources in its README),
 * annotated by hand and committed before the parser first ran on it, measured once on main at its
 * merge (with this session's rules up to 80c0fc6): 0.538 (7 matched of 9 found, 17 expected), the
 * same hard-wrapped; on the session's starting code (37042fd) 0.378 (7/20/17; 0.359 hard-wrapped),
 * where its texts without structure got parts made up from paragraphs. Left: 02's three hopes
 * (`一是要……二是要……三是要……` inside one paragraph, after another inline run reviewing the year) are
 * its parts by the annotator's reading, and the parser finds no structure; 06 is a teacher's talk of
 * seven portraits, found as two. Rule written since from 05: `首先我想讲的是……` is the mark of a first
 * item, before `第二个方面是……` (detect-markers.ts): 0.692 (9/9/17, the same hard-wrapped). It is no
 * longer blind for that rule.
 */
describeMeasuredSet('real texts measured blind once (unseen-55)', 'unseen-55', { count: 6, countWord: 'six', atLeast: 0.69, verb: 'keeps' });

/**
 * The fifty-sixth set (`tests/fixtures/unseen-56/`, 6 political reports read at party congresses,
 * 1977–2017, from lawtext/cpc; sources in its README), annotated by hand and committed before the
 * parser first ran on it, measured once on main at its merge (the parser unchanged since this
 * session's starting code 10d28f7): 0.929 (263 matched of 277 found, 289 expected), 0.926
 * hard-wrapped. Its misses: 1982's parts without numbering groups (02: 0.667) and 2017's unnumbered
 * lead paragraphs (06: 0.920). Rule written since from 06: a group of leads that share wording
 * inside a longer run of plain leads that goes on after it is part of that run (build-outline.ts
 * pointsAroundThemes): 0.942 (270/284/289; 0.939 hard-wrapped). It is no longer blind for that rule.
 */
describeMeasuredSet('blind real texts (unseen-56)', 'unseen-56', { count: 6, countWord: 'six', atLeast: 0.92, verb: 'scores' });

/**
 * The fifty-seventh set (`tests/fixtures/unseen-57/`, the 1997 and 2012 party-congress reports from
 * lawtext/cpc): a second helper, briefed alike, picked seven such reports, five of them those of
 * unseen-56; its annotations of those five agree with unseen-56's title for title (218 of 218), and
 * its two other texts are this set. Measured once on main at its merge (parser unchanged since
 * 10d28f7): 0.933 (119 matched of 125 found, 130 expected), 0.921 hard-wrapped. With the rule
 * written from unseen-56/06 (above): 0.938 (120/126/130; 0.925 hard-wrapped).
 */
describeMeasuredSet('blind real texts (unseen-57)', 'unseen-57', { count: 2, countWord: 'two', atLeast: 0.92, verb: 'scores' });
