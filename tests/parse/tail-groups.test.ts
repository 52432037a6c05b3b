/**
 * The ending after the last numbered part: an address followed by plain lead sentences
 * (`各位代表！……打造人民满意政府。` then `强化政治引领。……` ×5) is one more section, titled from the
 * address's lead-in (a quoted name such as `“两个维护”` is no count and no title). The short texts
 * are stress fixtures written for these tests; the last test runs on a real text
 * (tests/fixtures/unseen-2/04, read while designing this rule, so no longer blind for it).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/build-outline.js';
import { titleFromLeadIn } from '../../src/parse/group-title.js';
import { loadCaseFolder } from './corpus-helpers.js';

const body = '要细化目标任务，压实工作责任，加强督促检查，确保各项部署落到实处、取得实效，让群众有更多获得感。';

describe('titles from a lead-in', () => {
  it('reads a count inside quotation marks as part of a name', () => {
    expect(titleFromLeadIn('做到“两个维护”，打造人民满意政府。')).toBe('打造人民满意政府');
  });

  it('names a task set with 必须 by its last clause', () => {
    expect(titleFromLeadIn('新征程上，必须坚持人民至上，建设法治政府。')).toBe('建设法治政府');
  });
});

describe('lead sentences after the last numbered part (stress fixture)', () => {
  const report = [
    '某市政府工作报告',
    '各位代表：',
    '现在，我代表市人民政府，向大会报告工作，请予审议。',
    '一、过去一年工作回顾',
    body,
    '二、今年主要任务',
    '（一）稳增长。' + body,
    '（二）促改革。' + body,
    '各位代表！任重千钧，惟有担当。做到“两个维护”，打造人民满意政府。',
    // Bodies of different lengths: lines of one length would read as a hard-wrapped paragraph.
    '强化政治引领。' + body,
    '树牢法治理念。坚持依法行政。' + body,
    '提升履职能力。加强学习培训，提高专业素养。' + body,
    '各位代表！让我们团结一心，奋力谱写新篇章！',
  ].join('\n');

  it('become one more section, not the last part’s text', () => {
    const outline = parseReport(report);
    expect(outline.sections.map((s) => [s.title, s.points.map((p) => p.title)])).toEqual([
      ['过去一年工作回顾', []],
      ['今年主要任务', ['稳增长', '促改革']],
      ['打造人民满意政府', ['强化政治引领', '树牢法治理念', '提升履职能力']],
    ]);
    expect(outline.ending).toMatch(/^各位代表！让我们/);
  });
});

describe('a real work report ending with the government’s own tasks', () => {
  it('keeps them as a third section (unseen-2/04)', () => {
    const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/unseen-2');
    const item = loadCaseFolder(fixtures).find((c) => c.name.startsWith('04-'));
    const outline = parseReport(item?.text ?? '');
    expect(outline.sections.map((s) => s.title)).toEqual(['2021年工作回顾', '2022年工作总体要求和目标任务', '打造人民满意政府']);
    expect(outline.sections[2]?.points).toHaveLength(5);
  });
});

describe('unheaded numbered groups after colon lead-ins at the end (stress fixture)', () => {
  const text = (...tail: string[]): string =>
    [
      '某局年度工作总结',
      '今年以来，我局各项工作取得新进展，现总结如下。',
      '一、主要工作',
      '（一）抓党建。' + body,
      '（二）抓业务。' + body,
      '二、明年打算',
      '（一）强基础。' + body,
      '（二）促发展。' + body,
      ...tail,
    ].join('\n');

  it('are parts of their own, titled from their lead-ins, not the last part’s text', () => {
    const outline = parseReport(
      text(
        '回顾一年来的工作，我们取得了一些成绩：',
        '1.班子团结有力。' + body,
        '2.制度更加健全。制度执行有力。' + body,
        '3.作风明显转变。' + body,
        '同时也存在一些不足：',
        '1.学习不够深入。' + body,
        '2.创新意识不强。改进还不够快。' + body,
        '3.落实不够到位。' + body,
      ),
    );
    expect(outline.sections.map((s) => [s.title, s.points.length])).toEqual([
      ['主要工作', 2],
      ['明年打算', 2],
      ['取得了一些成绩', 3],
      ['同时也存在一些不足', 3],
    ]);
    expect(outline.sections[1]?.points[1]?.body).toBe(body);
  });

  it('one such group stays in the last part: numbering that does not start again may be its items', () => {
    const outline = parseReport(text('主要措施有：', '1.完善制度。' + body, '2.强化考核。考核结果公开。' + body));
    expect(outline.sections.map((s) => s.title)).toEqual(['主要工作', '明年打算']);
  });
});

describe('colon groups that are all the last part numbers (stress fixture)', () => {
  // The review has points; the tasks are given after colon lead-ins, as in 大连 2004 and 吉林 2020
  // (tests/fixtures/kinds).
  const report = (...last: string[]): string =>
    [
      '某市政府工作报告',
      '各位代表：',
      '现在，我代表市人民政府，向大会报告工作，请予审议。',
      '一、过去一年工作回顾',
      '过去一年，政府工作主要体现在以下三个方面：',
      '1.经济稳步增长。' + body,
      '2.改革持续深化。' + body,
      '3.民生不断改善。' + body,
      '二、今年主要任务',
      '今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。',
      ...last,
      '各位代表！让我们团结一心，奋力谱写新篇章！',
    ].join('\n');
  const groups = [
    '今年要把握好以下几个关键问题：',
    '1.抢抓发展机遇。' + body,
    '2.增强自主增长能力。' + body,
    '要重点做好以下工作：',
    '1.壮大实体经济。' + body,
    '2.扩大对外开放。' + body,
    '3.办好民生实事。' + body,
  ];

  it('are the last part’s own when they are all it numbers', () => {
    const outline = parseReport(report(...groups));
    expect(outline.sections.map((s) => s.title)).toEqual(['过去一年工作回顾', '今年主要任务']);
  });

  it('end the body as parts of their own where no part has points', () => {
    const plain = [
      '某局年度工作总结',
      '今年以来，我局各项工作取得新进展，现总结如下。',
      '一、抓党建',
      body,
      '二、抓业务',
      body,
      '回顾一年来的工作，我们取得了一些成绩：',
      '1.班子团结有力。' + body,
      '2.制度更加健全。制度执行有力。' + body,
      '3.作风明显转变。' + body,
      '同时也存在一些不足：',
      '1.学习不够深入。' + body,
      '2.创新意识不强。改进还不够快。' + body,
      '3.落实不够到位。' + body,
    ].join('\n');
    expect(parseReport(plain).sections.map((s) => s.title)).toEqual(['抓党建', '抓业务', '取得了一些成绩', '同时也存在一些不足']);
  });

  it('numbered otherwise than the earlier parts’ points they end the body, even after a last part without points', () => {
    const text = [
      '某局年度工作总结',
      '今年以来，我局各项工作取得新进展，现总结如下。',
      '一、主要工作',
      '（一）抓党建。' + body,
      '（二）抓业务。' + body,
      '二、队伍建设',
      body,
      '回顾一年来的工作，我们取得了一些成绩：',
      '1.班子团结有力。' + body,
      '2.制度更加健全。制度执行有力。' + body,
      '同时也存在一些不足：',
      '1.学习不够深入。' + body,
      '2.创新意识不强。改进还不够快。' + body,
    ].join('\n');
    expect(parseReport(text).sections.map((s) => s.title)).toEqual(['主要工作', '队伍建设', '取得了一些成绩', '同时也存在一些不足']);
  });

  it('after the last part’s own points they still end the body as parts of their own', () => {
    const outline = parseReport(report('（一）稳增长。' + body, '（二）促改革。' + body, ...groups));
    expect(outline.sections.map((s) => s.title)).toEqual(['过去一年工作回顾', '今年主要任务', '把握好以下几个关键问题', '重点做好以下工作']);
  });
});

describe('an unnumbered heading line after the last numbered point (stress fixture)', () => {
  const report = (last: string): string =>
    [
      '某市政府工作报告',
      '各位代表：',
      '现在，我代表市人民政府，向大会报告工作，请予审议。',
      '一、过去一年工作回顾',
      body,
      '二、今年主要任务',
      '（一）稳增长',
      body,
      '（二）促改革',
      '深化重点领域改革。' + body,
      '（三）惠民生',
      '办好民生实事。' + body,
      last,
      '加快建设法治政府。' + body,
      '各位代表！让我们团结一心，奋力谱写新篇章！',
    ].join('\n');

  it('is one more point when the numbered points are heading lines of their own', () => {
    expect(parseReport(report('加强政府自身建设')).sections[1]?.points.map((p) => p.title)).toEqual(['稳增长', '促改革', '惠民生', '加强政府自身建设']);
  });

  it('a sentence there is the last point’s text, not a point', () => {
    expect(parseReport(report('同时，我们将大力加强政府自身建设。')).sections[1]?.points.map((p) => p.title)).toEqual(['稳增长', '促改革', '惠民生']);
  });
});

/**
 * A stress fixture (written for this test) for a rule a real speech showed (tests/fixtures/unseen-5/02,
 * read while designing it, so no longer blind for it): `最后，……再强调四点意见。一要……` after the
 * last part's points is the speaker's last matter, a part of its own.
 */
describe('the last matter', () => {
  const report = (closing: string): string =>
    [
      '在全市工作会议上的讲话',
      '同志们：',
      '今天我讲两个问题。',
      '一、统一思想',
      '一是要提高认识。正文。',
      '二是要加强领导。正文。',
      '二、狠抓落实',
      '一是要明确责任。正文。',
      '二是要强化督查。正文。',
      closing,
      '同志们！让我们团结一心，努力工作，再创佳绩！',
    ].join('\n');

  it('is a part of its own when its items match the count it announces', () => {
    const outline = parseReport(report('最后，我就做好节前工作再强调三点意见。一要保平安。守住安全底线。二要优供应。保障市场供应。三要促和谐。化解矛盾纠纷。'));
    expect(outline.sections.map((section) => [section.title, section.points.map((point) => point.title)])).toEqual([
      ['统一思想', ['要提高认识', '要加强领导']],
      ['狠抓落实', ['要明确责任', '要强化督查']],
      ['再强调三点意见', ['要保平安', '要优供应', '要促和谐']],
    ]);
  });

  it('stays in the last part when the count does not match', () => {
    const outline = parseReport(report('最后，我就做好节前工作再强调四点意见。一要保平安。守住安全底线。二要优供应。保障市场供应。三要促和谐。化解矛盾纠纷。'));
    expect(outline.sections).toHaveLength(2);
  });
});
