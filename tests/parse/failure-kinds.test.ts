/**
 * Each kind of failure seen on real reports nobody tuned for, checked on a real text that shows it
 * (dev corpus, `loadCorpus`); where the kind needs a source error the text does not have, the real
 * text is altered in one place, as said in the test.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/build-outline.js';
import type { Outline } from '../../src/parse/outline.js';
import { readBackMatter } from '../../src/parse/back-matter.js';
import { readFrontMatter } from '../../src/parse/front-matter.js';
import { splitParagraphs } from '../../src/parse/normalize-text.js';
import { scoreTopLevels } from '../../src/parse/top-level/choose-top-level.js';
import { loadCorpus } from './corpus-helpers.js';

const corpus = loadCorpus();
const dev = (prefix: string): string => {
  const item = corpus.find((c) => c.name.startsWith(prefix));
  if (item === undefined) throw new Error(`no corpus text ${prefix}`);
  return item.text;
};
const titles = (outline: Outline): string[] => outline.sections.map((s) => s.title);

describe('failure kinds on real reports', () => {
  it('an inline 附： note in the middle does not turn the rest into the appendix (dev 15)', () => {
    const outline = parseReport(dev('15-'));
    expect(outline.appendix).toBe('');
    expect(titles(outline)).toEqual(['学校及现代化发展简况', '办学理念和育人目标', '学校特色亮点', '学生、教师和学校发展', '办学成果', '努力方向']);
  });

  it('a signature line, an ellipsis line and bracketed logistics are never sections (dev 13)', () => {
    const outline = parseReport(dev('13-'));
    expect(outline.speaker).toBe('绍兴一中党委书记、校长  王 琛');
    expect(outline.front).toContain('（1月13日下午4点，行政楼会议室四）');
    expect(titles(outline).some((t) => /王|…/.test(t))).toBe(false);
  });

  it('groups without headings (一抓…, 一是…, 一要…) are three sections titled from their lead-ins (dev 13)', () => {
    const outline = parseReport(dev('13-'));
    expect(titles(outline)).toEqual(['着力“十抓”推进工作', '主题教育取得了明显成效', '持续念好“六字真经”']);
    expect(outline.sections.map((s) => s.points.length)).toEqual([10, 5, 6]);
  });

  it('lead sentences of two short clauses inside a paragraph are points (dev 16, part 3)', () => {
    const third = parseReport(dev('16-')).sections[2];
    expect(third?.points.map((p) => p.title)).toEqual(['要聚焦学生，推进育人方式改革', '要聚焦教师，推进管理制度改革', '要聚焦学校，推进办学体制机制改革']);
  });

  it('a heading numbered twice by mistake keeps every part (dev 15 with 四、 written as 三、)', () => {
    const text = dev('15-').replace('\n四、学生、教师和学校发展', '\n三、学生、教师和学校发展');
    const outline = parseReport(text);
    expect(titles(outline)).toEqual(['学校及现代化发展简况', '办学理念和育人目标', '学校特色亮点', '学生、教师和学校发展', '办学成果', '努力方向']);
    expect(outline.warnings.map((w) => w.code)).toContain('numbering-jumps');
  });

  it('the third level: a （一） keeps its 1./一是 items, verbatim (dev 07)', () => {
    const outline = parseReport(dev('07-'));
    const first = outline.sections[0]?.points[0];
    expect(first?.items.map((i) => i.title)).toEqual([
      '高考成绩走有全省前列',
      '技能竞赛走在全省前列',
      '学科竞赛走在全省前列',
      '优质教育资源覆盖率走在全省前列',
    ]);
    for (const item of first?.items ?? []) expect(dev('07-')).toContain(item.heading);
  });

  it('a dash series of results before numbered headings stays as points (dev 23 shape: —— then 一、)', () => {
    // dev 17/19/21/23 have sections mixing theme series with other items; all their points are found.
    for (const prefix of ['17-', '19-', '21-', '23-']) {
      const item = corpus.find((c) => c.name.startsWith(prefix));
      const outline = parseReport(item?.text ?? '');
      const got = outline.sections.flatMap((s) => s.points.map((p) => p.title));
      const want = item?.expected.sections.flatMap((s) => s.points.map((p) => p.title)) ?? [];
      expect(got).toEqual(want);
    }
  });
});

describe('the top level is chosen by weighed reasons', () => {
  it('explains why a misnumbered report keeps every heading (dev 15 with 四、 written as 三、)', () => {
    const text = dev('15-').replace('\n四、学生、教师和学校发展', '\n三、学生、教师和学校发展');
    const paras = splitParagraphs(text);
    const front = readFrontMatter(paras);
    const back = readBackMatter(paras, front.bodyStart);
    const [best, ...others] = scoreTopLevels(paras, front.bodyStart, back.bodyEnd);
    expect(best?.candidate.strategy).toBe('numbered-as-written');
    expect(best?.reasons.map((r) => r.reason)).toEqual(expect.arrayContaining(['keeps every heading of its kind', 'count 6 as announced']));
    const counted = others.find((item) => item.candidate.strategy === 'numbered-headings');
    expect(counted?.reasons.map((r) => r.reason)).toContain('count 5, 6 announced');
    expect((best?.total ?? 0) > (counted?.total ?? 0)).toBe(true);
  });
});
