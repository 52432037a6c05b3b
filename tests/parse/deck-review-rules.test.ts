/**
 * Rules from a deck review of texts nobody had reviewed (unseen-53/05 among them): a stress fixture
 * written for each test and a check on the real text that showed it.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/build-outline.js';
import { fixtureCase, textOf } from './corpus-helpers.js';

const BODY = '这项工作涉及面广、政策性强，各级各部门要统一思想、压实责任，确保各项任务落到实处、见到实效。';

describe('a point whose items are plain leads', () => {
  const report = textOf(
    '政府工作报告',
    '一、今年的主要任务',
    `今年是实施规划的关键之年，重点抓好以下工作。${BODY}`,
    '（一）打造高层次的开放格局',
    `开放是高质量发展的必由之路。${BODY}`,
    `在融入都市圈中完善开放规则。${BODY}`,
    `在参与“一带一路”中拓宽开放渠道。${BODY}`,
    `在加强区域协作中丰富开放内涵。${BODY}`,
    '（二）打造高品质的民生服务',
    `让人民群众共享发展成果是高质量发展的根本目的。${BODY}`,
    `兜底线。${BODY}`,
    `强保障。${BODY}`,
    `提品质。${BODY}`,
    `保平安。${BODY}`,
    '二、加强政府自身建设',
    `各级政府要切实转变作风。${BODY}`,
  );

  it('leaves the opening judgement of the point out of its items, and takes leads of three characters (stress fixture written for this test)', () => {
    const [first, second] = parseReport(report).sections[0]?.points ?? [];
    expect(first?.items.map((item) => item.title)).toEqual(['在融入都市圈中完善开放规则', '在参与“一带一路”中拓宽开放渠道', '在加强区域协作中丰富开放内涵']);
    expect(second?.items.map((item) => item.title)).toEqual(['兜底线', '强保障', '提品质', '保平安']);
  });

  it('gives the real report’s last task its four items (unseen-53/05)', () => {
    const outline = parseReport(fixtureCase('unseen-53', '05-')?.text ?? '');
    const task = outline.sections.flatMap((section) => section.points).find((point) => point.title === '打造高品质的民生服务');
    expect(task?.items.map((item) => item.title)).toEqual(['兜底线', '强保障', '提品质', '保平安']);
  });
});

// The same review (unseen-3/05): a report signed after its attachment's name had no unit or date on its cover.
describe('a signature after the name of an attachment', () => {
  it('names who issued the text and when, a date without its 日 too (stress fixture written for this test)', () => {
    const outline = parseReport(
      textOf(
        '2020年度党风廉政建设情况分析会情况报告',
        `一、基本情况。${BODY}`,
        `二、存在问题。${BODY}`,
        `三、下步打算。${BODY}`,
        '附：《2021年度廉洁风险防控清单》',
        '中共某某市第一中学委员会',
        '2021年1月18',
      ),
    );
    expect([outline.speaker, outline.date]).toEqual(['中共某某市第一中学委员会', '2021年1月18']);
  });

  it('reads the real report`s signature (unseen-3/05)', () => {
    const outline = parseReport(fixtureCase('unseen-3', '05-')?.text ?? '');
    expect(outline.speaker).toBe('中共绍兴市第一中学委员会');
    expect(outline.date).toBe('2021年1月18');
  });
});

// A deck review (dev 15): a table's title line above it became an item and a bullet.
describe('the title line of a table', () => {
  it('heads no item in the real report (dev 15)', () => {
    const outline = parseReport(fixtureCase('corpus/dev', '15-')?.text ?? '');
    const titles = outline.sections.flatMap((section) => section.points.flatMap((point) => [point.title, ...point.items.map((item) => item.title)]));
    expect(titles).not.toContain('绍兴一中课程设置表');
  });
});

// A second deck review (unseen-16/02): the first of four items (`坚定政治站位。` before three `坚持……。`)
// was lost, since a run of leads widened a group sharing wording only when it went on after it.
describe('a lead that says what is done ahead of items sharing their wording', () => {
  it('is an item too (stress fixture written for this test)', () => {
    const outline = parseReport(
      textOf(
        '政府工作报告',
        '一、今年的主要任务',
        `今年是实施规划的关键之年，重点抓好以下工作。${BODY}`,
        '（一）扩大有效需求',
        `扩大有效需求是今年的首要任务。${BODY}`,
        '（二）切实加强政府自身建设',
        `坚定政治站位。${BODY}`,
        `坚持依法行政。${BODY}`,
        `坚持务实担当。${BODY}`,
        `坚持从严治政。${BODY}`,
        '二、扎实办好民生实事',
        `今年继续办好十件民生实事。${BODY}`,
      ),
    );
    const point = outline.sections[0]?.points.find((candidate) => candidate.title === '切实加强政府自身建设');
    expect(point?.items.map((item) => item.title)).toEqual(['坚定政治站位', '坚持依法行政', '坚持务实担当', '坚持从严治政']);
  });

  it('is an item of the real report (unseen-16/02)', () => {
    const outline = parseReport(fixtureCase('unseen-16', '02-')?.text ?? '');
    const point = outline.sections.flatMap((section) => section.points).find((candidate) => candidate.title === '切实加强政府自身建设');
    expect(point?.items.map((item) => item.title)[0]).toBe('坚定政治站位');
  });
});

// A second deck review (unseen-5/02): a point's `首先，……其次，……第三，……` kept only its first two items.
describe('a 首先 … 其次 run that goes on in ordinals', () => {
  it('keeps 第三 as its third item (stress fixture written for this test)', () => {
    const outline = parseReport(
      textOf(
        '讲话',
        '一、关于作风建设',
        `三是要在优作风上走前列。作风建设就要更进一步。首先，要担当在前压实领导责任。${BODY}其次，要昂扬向上保持干事激情。${BODY}第三，要深挖细纠反“四风”保落实。${BODY}`,
        `四是要在守底线上不逾规。${BODY}`,
        '二、关于当前工作',
        `要抓好当前各项工作。${BODY}`,
      ),
    );
    const items = outline.sections.flatMap((section) => section.points).find((point) => point.title.startsWith('要在优作风上'))?.items;
    expect(items?.map((item) => item.title)).toEqual(['要担当在前压实领导责任', '要昂扬向上保持干事激情', '要深挖细纠反“四风”保落实']);
  });

  it('keeps it in the real speech (unseen-5/02)', () => {
    const outline = parseReport(fixtureCase('unseen-5', '02-')?.text ?? '');
    const items = outline.sections.flatMap((section) => section.points).flatMap((point) => point.items.map((item) => item.title));
    expect(items).toContain('要深挖细纠反“四风”保落实');
  });
});

// A fifth deck review (unseen-11/01): a year in review closed with a verse (岁末回首 / 我们梳理一年的工作 /
// 总结过去，展望将来 / …… / 阔步前行……), and its lines were shown as bullets of the last part.
describe('a closing verse after the last part', () => {
  const body = '我们坚持立德树人，全面提升教育教学质量，各项工作取得新成效。';

  it('ends the body, not the last part (stress fixture written for this test)', () => {
    const outline = parseReport(
      textOf(
        '学校年度工作总结',
        '一、党建引领',
        body,
        '二、教学质量',
        body,
        '三、校园建设',
        body,
        '岁末回首',
        '我们梳理一年的工作',
        '总结过去，展望将来',
        '阔步前行……',
      ),
    );
    expect(outline.sections.map((section) => section.title)).toEqual(['党建引领', '教学质量', '校园建设']);
    expect(outline.sections[2]?.lead).not.toContain('岁末回首');
    expect(outline.ending).toContain('阔步前行');
  });

  it('leaves a last part ending on a short list of its own lines alone when fewer than three', () => {
    const outline = parseReport(textOf('学校年度工作总结', '一、党建引领', body, '二、教学质量', body, '三、校园建设', body, '新建风雨连廊', '改造学生食堂'));
    expect(outline.sections[2]?.lead).toContain('改造学生食堂');
  });

  it('goes to the ending of the real review (unseen-11/01)', () => {
    const outline = parseReport(fixtureCase('unseen-11', '01-')?.text ?? '');
    expect(outline.ending).toContain('阔步前行');
    const last = outline.sections[outline.sections.length - 1];
    expect(JSON.stringify(last)).not.toContain('阔步前行');
  });
});
