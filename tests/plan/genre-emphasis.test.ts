import { describe, expect, it } from 'vitest';
import type { Run, Shape, TextShape } from '../../src/plan/deck-plan.js';
import { restrainEmphasis } from '../../src/plan/emphasis.js';
import { CLOSING_BY_GENRE, detectGenre, hasOverview } from '../../src/plan/genre.js';
import { cleanSpan, pickKeyPhrases, standsAlone } from '../../src/plan/condense.js';
import { titleLines } from '../../src/plan/title-lines.js';
import { wordBreaks } from '../../src/parse/word-breaks.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import { writeOutlineMarkdown } from '../../src/parse/write-outline-md.js';

const heading = (title: string, subtitle: string | null = null, salutation: string | null = null) => ({
  title,
  subtitle,
  meeting: null,
  front: [],
  salutation,
});

describe('detectGenre', () => {
  it('takes a text with no cue for none of them, closing it with a plain thanks, and a 工作总结 for a report', () => {
    expect(detectGenre(heading('完整、准确、全面贯彻落实关于做好新时代党的统一战线工作的重要思想'))).toBe('unmarked');
    expect(detectGenre(heading('绍兴一中校友在五四运动中的表现及作用'))).toBe('unmarked');
    expect(CLOSING_BY_GENRE.unmarked.line).toBe('谢谢');
    expect(hasOverview('unmarked')).toBe(true);
    expect(detectGenre(heading('某某公司2023年度工作总结'))).toBe('report');
    expect(detectGenre(heading('在主题教育总结大会上的讲话'))).toBe('speech');
  });

  it('tells government work reports, pledges, reports and speeches apart', () => {
    expect(detectGenre(heading('2026年河北省政府工作报告'))).toBe('government-report');
    expect(detectGenre(heading('中共中央纪律检查委员会向党的第十六次全国代表大会的工作报告'))).toBe('government-report');
    expect(detectGenre(heading('九届二次教代会学校工作报告'))).toBe('government-report');
    expect(detectGenre(heading('2021年度班子及个人述职述廉报告'))).toBe('report');
    expect(detectGenre(heading('书记校长读书会表态发言稿'))).toBe('pledge');
    expect(detectGenre(heading('博雅通达  求真力行', '——绍兴市第一中学创建省现代化学校工作汇报'))).toBe('report');
    expect(detectGenre(heading('走 向 远 方', '——在2020届高三学生毕业典礼上的讲话'))).toBe('speech');
    expect(detectGenre(heading('关于今年工作的几点思考', null, '同志们：'))).toBe('speech');
    expect(detectGenre(heading('关于今年工作的几点思考', null, '尊敬的各位领导：'))).toBe('report');
    expect(detectGenre(heading('关于深化“先锋工程”建设的实施意见（讨论稿）'))).toBe('document');
    expect(detectGenre(heading('全市教育系统学年结束及暑假工作安排'))).toBe('document');
    expect(detectGenre(heading('绍兴一中 五年发展规划'))).toBe('document');
    expect(detectGenre(heading('关于五年发展规划实施情况的汇报'))).toBe('report');
    expect(detectGenre(heading('在全市教育工作会议上的讲话', null, '同志们：'))).toBe('speech');
    expect(detectGenre(heading('在全市发展规划工作会议上的讲话'))).toBe('speech');
  });

  it('takes a speech at a meeting named for reports (`工作汇报会`, `述职会`) for a speech (unseen-29/02)', () => {
    expect(detectGenre(heading('培训——通向华为明天的重要阶梯', '——任正非在人力资源部培训工作汇报会上的讲话'))).toBe('speech');
    expect(detectGenre(heading('在地区部年中述职会议上的讲话'))).toBe('speech');
    expect(detectGenre(heading('在全市工作会议上的汇报发言'))).toBe('report');
  });
});

const run = (text: string, color: string, bold: boolean): Run => ({ text, color, bold });

function body(paragraphs: Run[][], bullet: boolean): TextShape {
  return {
    type: 'text',
    role: 'body',
    box: { x: 0, y: 0, w: 100, h: 100 },
    paragraphs: paragraphs.map((line) => ({ lines: [line], spaceBefore: 0, bullet: bullet ? { code: '25A0', indent: 10 } : null })),
    font: { eastAsian: 'SimHei', latin: 'Arial' },
    size: 18,
    lineHeight: 1.3,
    align: 'left',
    valign: 'top',
    inset: [0, 0, 0, 0],
  };
}

describe('restrainEmphasis', () => {
  const plain = (text: string) => run(text, '333333', false);
  const red = (text: string) => run(text, 'C00000', true);

  it('keeps at most three highlights on a slide, the first ones', () => {
    const shapes: Shape[] = [
      body(
        [
          [plain('坚持'), red('“一”'), plain('和'), red('“二”')],
          [plain('推进'), red('“三”'), red('“四”'), plain('。')],
        ],
        false,
      ),
    ];
    const runs = (restrainEmphasis(shapes)[0] as TextShape).paragraphs.flatMap((paragraph) => paragraph.lines.flat());
    expect(runs.filter((each) => each.bold).map((each) => each.text)).toEqual(['“一”', '“二”', '“三”']);
  });

  it('never starts a bulleted paragraph with a highlight, so every marker has one colour', () => {
    const shapes: Shape[] = [body([[plain('推进改革')], [red('“铸魂”'), plain('工程')]], true)];
    const second = (restrainEmphasis(shapes)[0] as TextShape).paragraphs[1];
    expect(second?.lines[0]?.[0]).toEqual(plain('“铸魂”'));
  });
});

describe('titleLines', () => {
  // Titles of real school posts (unseen-12/07, unseen-51/04, unseen-55/05): a ninth deck review found
  // `我的一中故事|第十七届 / 校团学联主席团成员任宇颖` on a cover.
  it('parts the lines at a bar between a column’s name and a title or byline, and keeps a one-line title whole', () => {
    expect(titleLines('我的一中故事|第十七届校团学联主席团成员任宇颖', 2)).toEqual(['我的一中故事', '第十七届校团学联主席团成员任宇颖']);
    expect(titleLines('博雅论坛（教师篇）｜金秋竞赛收获丰，全校同心创辉煌', 3)).toEqual(['博雅论坛（教师篇）', '金秋竞赛收获丰，', '全校同心创辉煌']);
    expect(titleLines('我的一中故事|张懿雯在新高一衔接教育上的发言', 1)).toEqual(['我的一中故事|张懿雯在新高一衔接教育上的发言']);
  });

  it('breaks where the author left a space, else between words, never inside one', () => {
    expect(titleLines('竖直脊梁  立定脚跟  心怀梦想  勇敢前行', 2)).toEqual(['竖直脊梁  立定脚跟', '心怀梦想  勇敢前行']);
    for (const title of [
      '在全市教育系统年度工作会议上的讲话',
      '不忘初心担使命 传承博雅谱新篇 奋力开创绍兴一中高水平发展新局面',
      '在2010级新生军训开营式上的讲话',
    ]) {
      for (const count of [2, 3]) {
        const lines = titleLines(title, count);
        const joined = lines.join('');
        const breaks = wordBreaks(joined);
        let at = 0;
        for (const line of lines.slice(0, -1)) {
          at += line.length;
          expect(breaks.has(at), `${lines.join(' / ')}`).toBe(true);
        }
        expect(lines.join(' / ')).not.toMatch(/工作 \/ 会议|新 \/ 生|奋 \/ 力/u);
      }
    }
  });

  it('keeps a short quoted term, a number and its unit, and a pair of one-character words together', () => {
    // Stress fixtures: titles of the kind lead-ins give (`……念好“六字真经”`, `着力“十抓”……`).
    for (const count of [2, 3]) {
      for (const title of ['我们着力“十抓”推进工作', '坚持以“三个代表”重要思想为指导', '学习贯彻《中国共产党章程》的体会']) {
        const lines = titleLines(title, count);
        expect(lines.join(''), title).toBe(title);
        for (const line of lines) expect((line.match(/[“《]/gu) ?? []).length, lines.join(' / ')).toBe((line.match(/[”》]/gu) ?? []).length);
      }
    }
    expect(titleLines('我们还要持续念好“六字真经”', 2).join(' / ')).not.toMatch(/念 \/ 好/u);
    for (const count of [2, 3]) expect(titleLines('在纪念五四运动100周年大会上的讲话', count).join(' / ')).toContain('100周年');
  });
});

describe('bullets that stand alone', () => {
  it('leave an address to the audience out, never a pronoun subject', () => {
    expect(cleanSpan('同学们：科学的高台积于知识的垒土。')).toBe('科学的高台积于知识的垒土');
    expect(cleanSpan('老师们、同学们，新的学期开始了')).toBe('新的学期开始了');
    expect(cleanSpan('我们，始终坚持人民至上')).toBe('我们，始终坚持人民至上');
    expect(cleanSpan('同志们：好')).toBe('同志们：好');
  });

  it('rejects fragments that lean on their neighbours', () => {
    for (const fragment of [
      '它的要求是“永无止境”',
      '……”是的',
      '在某某国际会议上',
      '得益于……办学理念',
      '其中3家企业入选',
      '现在，我代表省人民政府向大会报告工作，请予审议',
      // Stress fixtures in the shape of real misses: a lead-in without what it introduces, a print
      // note, a role without its predicate, a condition without its result.
      '习近平总书记指出',
      '党风廉政建设和反腐败斗争的实践证明',
      '“七个走在前列”是',
      '（下转第二版）（上接第一版）',
      '作为一名共产党员，尤其是作为基层党务干部',
      '只要青年都勇挑重担、勇克难关、勇斗风险',
      // From a review of decks (unseen-19/05, unseen-35/05, unseen-3/02): a group named in the
      // sentence before, a turn of a story, a concession, an aside.
      '他们熟悉低年级学生的心理状况',
      '然后学员听课交了钱',
      '当然，你们不要收那么贵',
      '另外，如果你让我做教师，我可能也不行',
      '甚至为了一团和气，还有附和的行为',
    ]) {
      expect(standsAlone(fragment), fragment).toBe(false);
    }
    expect(standsAlone('坚持以人民为中心的发展思想')).toBe(true);
    expect(standsAlone('作为一线教师，我始终坚持立德树人')).toBe(true);
    expect(standsAlone('只要青年勇挑重担，就一定能够成长成才')).toBe(true);
    expect(standsAlone('对党员干部严格要求')).toBe(true);
  });

  it('never falls back on a concession or a cause cut from its main clause', () => {
    // Stress fixtures in the shape of 述职 self-criticism: the point is in the clause after 但/因而.
    for (const text of [
      '虽然意识到加强理论学习的重要性，但常常会以工作忙、事情多为借口，没能抽出更多的时间来静心学习，对工作用得上的知识学得多一些，系统学习不够。',
      '由于对加强党性修养和党性锻炼重视不够，因而在考虑问题中习惯于本位主义、实用主义，站在全局的角度上想问题不够，在思想上也有松懈。',
    ]) {
      const phrases = pickKeyPhrases(text, { count: 1, maxChars: 20 });
      for (const phrase of phrases) expect(phrase, text).not.toMatch(/^(?:虽然|由于|但|因而)/u);
    }
  });

  it('keeps a parallel run together', () => {
    const phrases = pickKeyPhrases('我们要以德凝聚人心，以情凝聚人心，以诚凝聚人心，让每一位老师都有归属感和成就感，共同推动学校发展。', {
      count: 2,
      maxChars: 30,
    });
    expect(phrases.some((phrase) => phrase.includes('以德凝聚人心，以情凝聚人心，以诚凝聚人心'))).toBe(true);
    // A run that opens with a lead-in is still a run: no bullet stops after its first member.
    const led = pickKeyPhrases('面对很多困难和挑战，我们始终坚持以德凝聚人心，以情凝聚人心，以诚凝聚人心，终于渡过了难关。', { count: 2, maxChars: 30 });
    expect(led.some((phrase) => phrase.endsWith('以德凝聚人心') || phrase.endsWith('以情凝聚人心'))).toBe(false);
    expect(led.some((phrase) => phrase.includes('以德凝聚人心，以情凝聚人心，以诚凝聚人心'))).toBe(true);
  });

  it('leaves out front matter lines of an opening', () => {
    expect(pickKeyPhrases('王  琛  2020.6.20\n（1月13日下午4点，行政楼会议室四）\n学校今年的工作取得了明显成效。', { count: 3, maxChars: 40 })).toEqual([
      '学校今年的工作取得了明显成效',
    ]);
  });
});

describe('the editable outline', () => {
  const markdown = [
    '---',
    'huibao-outline: 2',
    'title: 测试汇报',
    'figures:',
    '  - 总体情况 | 全年营业收入 | 12.5亿元',
    '  - 第1部分 | 新建学校 | 3所',
    '---',
    '# 一、工作回顾',
    '## （一）抓党建',
    '- 手写要点一',
    '- 手写要点二',
    '正文第一段。',
    '\\- 以连字符开头的正文',
  ].join('\n');

  it('reads hand-written bullets and the figures block', () => {
    const outline = parseMarkdown(markdown);
    const point = outline.sections[0]?.points[0];
    expect(point?.bullets).toEqual(['手写要点一', '手写要点二']);
    expect(point?.body).toBe('正文第一段。\n- 以连字符开头的正文');
    expect(outline.cards).toEqual([
      { where: 'overview', label: '全年营业收入', text: '12.5亿元' },
      { where: 0, label: '新建学校', text: '3所' },
    ]);
  });

  it('writes them back so that they read the same', () => {
    const outline = parseMarkdown(markdown);
    expect(parseMarkdown(writeOutlineMarkdown(outline))).toEqual(outline);
  });

  it('offers the automatic cards commented out, and reads nothing from them', () => {
    const outline = parseMarkdown(markdown.replace(/figures:\n.*\n.*\n/u, ''));
    const written = writeOutlineMarkdown(outline, { automaticCards: [{ where: 'overview', label: '全年营业收入', text: '12.5亿元' }] });
    expect(written).toContain('# figures:\n#   - 总体情况 | 全年营业收入 | 12.5亿元');
    expect(parseMarkdown(written).cards).toBeUndefined();
    expect(parseMarkdown(written.replace('# figures:\n#   - ', 'figures:\n  - ')).cards).toEqual([
      { where: 'overview', label: '全年营业收入', text: '12.5亿元' },
    ]);
  });
});
