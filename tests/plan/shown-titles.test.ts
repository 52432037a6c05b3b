/**
 * Section titles on slides: a title the parser took out of a lead-in is shown as its whole clause
 * when that stays title-sized. The sentences are stress fixtures in the shape of real lead-ins.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/build-outline.js';
import type { Outline, Section } from '../../src/parse/outline.js';
import {
  clauseAround,
  MAX_CLAUSE_TITLE,
  shownDeckTitle,
  shownSectionTitle,
  speakerBeforeTitle,
  speakerOpensTitle,
  splitTitleLine,
  withoutLetterSpacing,
  withShownTitles,
} from '../../src/plan/shown-titles.js';
import { planDeck } from '../../src/plan/plan-deck.js';
import { theme } from '../helpers/fixtures.js';
import { fixtureCase, textOf } from '../parse/corpus-helpers.js';

function section(title: string, heading: string, lead: string): Section {
  return { title, heading, lead, points: [], body: '', tables: [] };
}

describe('shownSectionTitle', () => {
  it('shows the whole clause around a phrase taken from a lead-in', () => {
    const lead = '在这一背景下，学校如何在原有的基础上发展得更好，关键是要树立以下四个教育理念，促进学校持续健康发展。';
    expect(shownSectionTitle(section('树立以下四个教育理念', '', lead))).toBe('关键是要树立以下四个教育理念');
    expect(shownSectionTitle(section('着力“十抓”推进工作', '', '回顾四个多月的工作，我们着力“十抓”推进工作：'))).toBe('我们着力“十抓”推进工作');
  });

  it('never extends across 、 or brackets, only to real clause marks', () => {
    expect(clauseAround('守初心、担使命、找差距、抓落实', '担使命')).toBe('守初心、担使命、找差距、抓落实');
    expect(clauseAround('甲。乙（丙）丁，戊', '丁')).toBe('乙（丙）丁');
  });

  it('keeps the phrase when the clause is too long for a title or the title is a heading of its own', () => {
    const lead = '在此，我向各位机关处室长、市属学校校长书记、各县（市、区）教育局长提三点希望：';
    expect([...(clauseAround(lead, '提三点希望') ?? '')].length).toBeGreaterThan(MAX_CLAUSE_TITLE);
    expect(shownSectionTitle(section('提三点希望', '', lead))).toBe('提三点希望');
    expect(shownSectionTitle(section('全面从严治党', '一、全面从严治党', '我们要坚持全面从严治党，'))).toBe('全面从严治党');
    expect(shownSectionTitle(section('手写的标题', '', '原文里没有这几个字。'))).toBe('手写的标题');
  });
});

describe('shownDeckTitle', () => {
  const front = { speaker: '某某市人民政府市长 张三', subtitle: '——2022年1月23日在某某市第十届人民代表大会第二次会议上', front: [] };

  it('drops a bracketed date and speaker the byline shows already', () => {
    expect(shownDeckTitle({ ...front, title: '某某市政府工作报告（2022年1月23日 张三）' })).toBe('某某市政府工作报告');
    expect(shownDeckTitle({ ...front, title: '某某市政府工作报告 （2022年1月23日）' })).toBe('某某市政府工作报告');
  });

  it('keeps any other bracket, and a name the byline does not have', () => {
    expect(shownDeckTitle({ ...front, title: '某某市国民经济和社会发展第十四个五年规划纲要（2021—2025年）' })).toContain('（2021—2025年）');
    expect(shownDeckTitle({ ...front, title: '关于加强基层党建工作的意见（征求意见稿）' })).toContain('（征求意见稿）');
    expect(shownDeckTitle({ ...front, title: '某某市政府工作报告（2022年1月23日 李四）' })).toContain('李四');
  });
});

describe('splitTitleLine', () => {
  it('splits a title line that carries its subtitle after a dash', () => {
    expect(splitTitleLine('爱国奋斗百年辉煌  公能日新再踏征程 ——某某校长在建校100周年纪念大会上的讲话')).toEqual({
      main: '爱国奋斗百年辉煌  公能日新再踏征程',
      sub: '——某某校长在建校100周年纪念大会上的讲话',
    });
  });

  it('leaves a title without such a dash, or with a dash too early or a tail too short, whole', () => {
    expect(splitTitleLine('在全市教育工作会议上的讲话')).toBeNull();
    expect(splitTitleLine('——在全市教育工作会议上的讲话')).toBeNull();
    expect(splitTitleLine('改革开放四十年——回顾')).toBeNull();
  });
});

// A third deck review (unseen-49/04): the cover read 李洪波：科学谋划 党建联建……, the speaker in the title.
describe('speakerBeforeTitle', () => {
  it('splits a person named before a title`s colon from the title', () => {
    expect(speakerBeforeTitle('李洪波：科学谋划 党建联建 挂图作战')).toEqual({ speaker: '李洪波', title: '科学谋划 党建联建 挂图作战' });
    expect(speakerBeforeTitle('刘彭芝校长：我心目中的完美教育')).toEqual({ speaker: '刘彭芝校长', title: '我心目中的完美教育' });
  });

  it('leaves a title whose colon follows no person`s name whole', () => {
    for (const title of ['启航新征程：追梦报国，奋进拼搏！', '农发院：聚焦精准扶贫聚焦农业农村现代化', '组织部：把党旗插到最需要的地方去', '关于：说明'])
      expect(speakerBeforeTitle(title), title).toBeNull();
  });

  it('shows the real paper`s title on its cover without the speaker, who is in the byline (unseen-49/04)', () => {
    const plan = planDeck(parseReport(fixtureCase('unseen-49', '04-')?.text ?? ''), theme('party-red'));
    const cover = plan.slides[0];
    const texts = (cover?.shapes ?? []).flatMap((shape) =>
      shape.type === 'text'
        ? [{ role: shape.role, text: shape.paragraphs.map((p) => p.lines.map((l) => l.map((r) => r.text).join('')).join('')).join('') }]
        : [],
    );
    expect(
      texts
        .filter((t) => t.role === 'title')
        .map((t) => t.text)
        .join(''),
    ).not.toContain('李洪波');
    expect(texts.some((t) => t.role !== 'title' && t.text.includes('李洪波'))).toBe(true);
  });
});

const coverTexts = (plan: ReturnType<typeof planDeck>): { role: string; text: string }[] =>
  (plan.slides[0]?.shapes ?? []).flatMap((shape) =>
    shape.type === 'text' ? [{ role: shape.role, text: shape.paragraphs.map((p) => p.lines.map((l) => l.map((r) => r.text).join('')).join('')).join('') }] : [],
  );

// A sixth deck review (unseen-5/03): the cover read 刘希平在……会议上的讲话 and no byline named the speaker.
describe('speakerOpensTitle', () => {
  it('splits the speaker`s name off a title that says where they speak', () => {
    expect(speakerOpensTitle('胡锦涛在庆祝清华大学建校100周年大会上的讲话', '胡锦涛')).toEqual({
      speaker: '胡锦涛',
      title: '在庆祝清华大学建校100周年大会上的讲话',
    });
    expect(speakerOpensTitle('沈江峰校长在毕业典礼上的讲话', '沈江峰校长')?.title).toBe('在毕业典礼上的讲话');
  });

  it('leaves titles that do not open with exactly a name and 在 as they are', () => {
    expect(speakerOpensTitle('在全市教育工作会议上的讲话', '刘某')).toBeNull();
    expect(speakerOpensTitle('刘某在会上', '刘某')).toBeNull();
    expect(speakerOpensTitle('刘某同志在全市教育工作会议上的讲话', '刘某')).toBeNull();
    // A speaker read with the title in it is no name (unseen-12/02's `拥抱大湾区 发展大绍兴 ——马卫光`).
    expect(speakerOpensTitle('拥抱大湾区 ——马卫光在首届绍兴发展大会上的主旨演讲', '拥抱大湾区 ——马卫光')).toBeNull();
  });

  it('gives the real speech`s cover the place as title and the name as byline (unseen-5/03)', () => {
    const texts = coverTexts(planDeck(parseReport(fixtureCase('unseen-5', '03-')?.text ?? ''), theme('party-red')));
    const title = texts
      .filter((t) => t.role === 'title')
      .map((t) => t.text)
      .join('');
    expect(title.startsWith('在省“领雁工程”')).toBe(true);
    expect(texts.some((t) => t.role !== 'title' && t.text.includes('刘希平'))).toBe(true);
  });
});

// The same review (unseen-5/02): a cover set 弘 扬“四气” 提 振 精 神 and 盛 阅 春, as the Word file spaced them.
describe('withoutLetterSpacing', () => {
  it('closes letter-spacing and keeps the gaps that part phrases', () => {
    expect(withoutLetterSpacing('盛 阅 春')).toBe('盛阅春');
    expect(withoutLetterSpacing('王  琛')).toBe('王琛');
    expect(withoutLetterSpacing('绍兴一中党委书记、校长  王 琛')).toBe('绍兴一中党委书记、校长 王琛');
    expect(withoutLetterSpacing('蒋  明（党委委员、副校长）')).toBe('蒋明（党委委员、副校长）');
    expect(withoutLetterSpacing('省 长 信长星')).toBe('省长 信长星');
    expect(withoutLetterSpacing('只 争 朝 夕     狠 抓 落 实')).toBe('只争朝夕 狠抓落实');
    // Two spaced title lines joined by one space: the four-character phrases stay apart.
    expect(withoutLetterSpacing('弘 扬“四气” 提 振 精 神 只 争 朝 夕')).toBe('弘扬“四气” 提振精神 只争朝夕');
  });

  it('leaves lines that are not spaced out as they are', () => {
    for (const line of ['市长  张晓容', '绍兴一中 张叠', '聚焦学风建设   引领学生全面发展', 'Digital Transformation 2026：集团 AI 与 ESG 工作汇报', 'A B C'])
      expect(withoutLetterSpacing(line), line).toBe(line);
  });

  it('sets the real speech`s cover without the spacing (unseen-5/02)', () => {
    const texts = coverTexts(planDeck(parseReport(fixtureCase('unseen-5', '02-')?.text ?? ''), theme('party-red')));
    const title = texts.find((t) => t.role === 'title')?.text ?? '';
    expect(title.replace(/\s+/gu, '')).toBe('弘扬“四气”提振精神只争朝夕狠抓落实');
    expect(title).not.toMatch(/\p{Script=Han} \p{Script=Han} /u);
    expect(texts.some((t) => t.text.includes('盛阅春'))).toBe(true);
  });
});

// A deck review (unseen-6/04): five parts titled by parallel sentences opening with the same two
// clauses read the same on the 目录, the dividers and the title bars.
describe('parts whose titles open with the same long clauses', () => {
  const outlineOf = (titles: readonly string[]): Outline => ({
    ...parseReport(textOf('讲话', ...titles.map((title, index) => `${'一二三四五'.charAt(index)}、${title}`))),
  });

  it('are shown by what each says after them, verbatim (stress fixture written for this test)', () => {
    const titles = [
      '历史启示我们，实现中华民族伟大复兴，必须坚持党的领导',
      '历史启示我们，实现中华民族伟大复兴，道路是最根本的问题',
      '历史启示我们，实现中华民族伟大复兴，必须依靠人民',
    ];
    expect(withShownTitles(outlineOf(titles)).sections.map((part) => part.title)).toEqual(['必须坚持党的领导', '道路是最根本的问题', '必须依靠人民']);
  });

  it('keep their titles when the shared words are short (这一年，……)', () => {
    const titles = ['这一年，我们的学校发展迈上新台阶', '这一年，我们的教学业绩创造新辉煌', '这一年，我们的队伍建设实现新提升'];
    expect(withShownTitles(outlineOf(titles)).sections.map((part) => part.title)).toEqual(titles);
  });

  it('tells the five parts of the real speech apart (unseen-6/04)', () => {
    const shown = withShownTitles(parseReport(fixtureCase('unseen-6', '04-')?.text ?? '')).sections.map((part) => part.title);
    expect(new Set(shown.map((title) => title.slice(0, 12))).size).toBe(shown.length);
    expect(shown.every((title) => !title.startsWith('辛亥革命110年来'))).toBe(true);
  });
});

// An eighth deck review: `我强调几点（续）` on six title bars of a real speech (unseen-4/03), its part titled by
// the announcement that led into its points (`第一，不忘初心、牢记使命，必须……`).
describe('a part titled by an announcement (`我强调几点`)', () => {
  const withPoints = (title: string, points: readonly string[]): Section => ({
    ...section(title, '', ''),
    points: points.map((point) => ({ title: point, heading: `${point}。`, body: '', items: [] })),
  });

  it('shows the refrain its points open with (stress fixture written for this test)', () => {
    const part = withPoints('我强调几点', ['不忘初心、牢记使命，必须常抓不懈', '不忘初心、牢记使命，必须统一思想', '不忘初心、牢记使命，必须勇于自我革命']);
    const outline = { ...parseReport(textOf('讲话', '一、总结')), sections: [part] };
    expect(withShownTitles(outline).sections[0]?.title).toBe('不忘初心、牢记使命');
  });

  it('keeps it when the points share no clause, and a title that says more keeps its own', () => {
    const outline = { ...parseReport(textOf('讲话', '一、总结')), sections: [withPoints('提三点希望', ['要树立大局意识', '要树立责任意识'])] };
    expect(withShownTitles(outline).sections[0]?.title).toBe('提三点希望');
    const named = { ...outline, sections: [withPoints('坚持不忘初心、牢记使命', ['不忘初心、牢记使命，必须常抓不懈', '不忘初心、牢记使命，必须统一思想'])] };
    expect(withShownTitles(named).sections[0]?.title).toBe('坚持不忘初心、牢记使命');
  });

  it('titles the real speech’s third part by its refrain on every slide, its points by what follows it', () => {
    const plan = planDeck(parseReport(fixtureCase('unseen-4', '03-')?.text ?? ''), theme('party-red'));
    expect(plan.slides.some((slide) => slide.title.startsWith('我强调几点'))).toBe(false);
    expect(plan.slides.filter((slide) => slide.title.startsWith('不忘初心、牢记使命')).length).toBeGreaterThan(1);
    // Nor does a point's heading on a slide of its own repeat the title bar above it.
    for (const slide of plan.slides.filter((each) => each.kind === 'content')) {
      const headings = slide.shapes.flatMap((shape) =>
        shape.type === 'text' && shape.role === 'heading'
          ? [shape.paragraphs[0]?.lines.map((line) => line.map((run) => run.text).join('')).join('') ?? '']
          : [],
      );
      expect(headings).not.toContain(slide.title.replace(/（续）$/u, ''));
    }
  });
});
