import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport, titleFromHeading } from '../../src/parse/build-outline.js';
import { InputError } from '../../src/errors.js';
import { outlineShape, textOf } from './corpus-helpers.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seed = readFileSync(path.join(repoRoot, 'seeds/sasac-organization-report.txt'), 'utf8');

const shape = outlineShape;
const lines = textOf;

describe('parseReport', () => {
  it('gives the same outline whatever the line ends, indentation and BOM', () => {
    const messy = `\uFEFF${seed
      .split('\n')
      .map((line) => `\u3000\u3000${line}`)
      .join('\r\n')}`;
    const plain = parseReport(seed);
    const parsed = parseReport(messy);
    expect(shape(parsed)).toEqual(shape(plain));
    expect(parsed.closing).toBe(plain.closing);
    expect(parsed.salutation).toBe(plain.salutation);
  });

  it('treats U+000B soft breaks and CR line ends as paragraph breaks', () => {
    const parsed = parseReport(seed.replace(/\n/g, '\r').replace('同志们：\r', '同志们：\u000B'));
    expect(shape(parsed)).toEqual(shape(parseReport(seed)));
  });

  it('uses （一） as the top level when a report starts there, with 1. as points', () => {
    const outline = parseReport(
      lines(
        '关于某某工作情况的汇报',
        '各位领导：',
        '现将有关情况汇报如下。',
        '（一）坚持党建引领。今年以来，我们狠抓党建。',
        '1.强化理论学习。组织学习12次。',
        '2.抓好班子建设。调整干部3人。',
        '（二）推动改革发展。营业收入增长12.5%。',
        '1.深化改革。完成改革任务5项。',
        '2.加快创新。研发投入增长*%。',
        '汇报完毕，谢谢！',
      ),
    );
    expect(shape(outline)).toEqual([
      ['坚持党建引领', ['强化理论学习', '抓好班子建设']],
      ['推动改革发展', ['深化改革', '加快创新']],
    ]);
    expect(outline.closing).toBe('汇报完毕，谢谢！');
    expect(outline.warnings.map((w) => w.code)).toContain('masked-figures');
    expect(outline.figures.some((f) => f.masked && f.where === 1)).toBe(true);
  });

  it('keeps deeper levels (（1）) in the body text', () => {
    const outline = parseReport(
      lines(
        '讲话',
        '同志们：',
        '下面我讲两点意见。',
        '1.提高认识。要认识到重要性。',
        '（1）认识一。内容。',
        '（2）认识二。内容。',
        '2.狠抓落实。要抓好落实。',
        '（1）落实一。内容。',
        '（2）落实二。内容。',
        '同志们，让我们共同努力！',
      ),
    );
    expect(shape(outline)).toEqual([
      ['提高认识', ['认识一', '认识二']],
      ['狠抓落实', ['落实一', '落实二']],
    ]);
    expect(outline.ending).toBe('同志们，让我们共同努力！');
  });

  it('makes one section per 一是 paragraph when they are the only structure', () => {
    const outline = parseReport(
      lines('表态发言', '各位领导：', '我表三点态。', '一是讲政治。内容。', '二是敢担当。内容。', '三是重落实。内容。', '最后，请领导放心。'),
    );
    expect(shape(outline)).toEqual([
      ['讲政治', []],
      ['敢担当', []],
      ['重落实', []],
    ]);
    expect(outline.sections[0]?.heading).toBe('一是讲政治。');
    expect(outline.sections[0]?.lead).toBe('内容。');
    expect(outline.ending).toBe('最后，请领导放心。');
  });

  it('turns headingless enumeration groups into sections titled from their lead-in', () => {
    const outline = parseReport(
      lines(
        '讲话',
        '同志们：',
        '开场。',
        '过去一年，我们做了三件事：',
        '一是抓学习。学习很重要。',
        '二是抓队伍。队伍很重要。',
        '下一步，要着力“三抓”推进工作：',
        '一抓统筹。统筹内容。',
        '二抓落实。落实内容。',
        '同志们，让我们共同努力！',
      ),
    );
    expect(shape(outline)).toEqual([
      ['做了三件事', ['抓学习', '抓队伍']],
      ['着力“三抓”推进工作', ['抓统筹', '抓落实']],
    ]);
    expect(outline.sections[0]?.heading).toBe('');
    expect(outline.sections[0]?.lead).toBe('过去一年，我们做了三件事：');
    expect(outline.opening).toBe('开场。');
  });

  it('adds a headingless group after the last section as one more section', () => {
    const outline = parseReport(
      lines(
        '讲话',
        '同志们：',
        '开场。',
        '一、回顾',
        '回顾内容。',
        '二、安排',
        '安排内容。',
        '同志们，我向大家提两点希望：',
        '一是要加强学习。学习内容。',
        '二是要改进作风。作风内容。',
      ),
    );
    expect(shape(outline)).toEqual([
      ['回顾', []],
      ['安排', []],
      ['提两点希望', ['要加强学习', '要改进作风']],
    ]);
  });

  it('reads unnumbered heading lines above numbered ones', () => {
    const outline = parseReport(
      lines(
        '工作报告',
        '各位代表：',
        '现在报告工作。',
        '过去五年工作回顾',
        '五年来，我们砥砺奋进。',
        '今后五年主要任务',
        '一、建设现代产业。内容。',
        '（一）发展制造业。内容。',
        '（二）发展服务业。内容。',
        '二、推进乡村振兴。内容。',
        '今年重点工作',
        '今年要重点抓好工作。',
      ),
    );
    expect(shape(outline)).toEqual([
      ['过去五年工作回顾', []],
      ['今后五年主要任务', ['建设现代产业', '推进乡村振兴']],
      ['今年重点工作', []],
    ]);
  });

  it('takes parallel theme paragraphs and then an enumeration under one heading as points', () => {
    const outline = parseReport(
      lines(
        '报告',
        '各位代表：',
        '一、回顾',
        '这一年，经济运行稳中向好。内容。',
        '这一年，改革开放全面深化。内容。',
        '这一年，民生福祉持续增进。内容。',
        '主要做了以下工作：',
        '一是稳增长。内容。',
        '二是促改革。内容。',
        '二、安排',
        '安排内容。',
      ),
    );
    expect(shape(outline)[0]).toEqual(['回顾', ['这一年，经济运行稳中向好', '这一年，改革开放全面深化', '这一年，民生福祉持续增进', '稳增长', '促改革']]);
  });

  it('reads flattened reports from parallel theme sentences', () => {
    const outline = parseReport(
      lines(
        '新年献词',
        '开场白，回首过去。',
        '这一年，我们的教学业绩创造新辉煌。内容一。',
        '这一年，我们的队伍建设实现新提升。内容二。',
        '这一年，我们的学生素养呈现新风采。内容三。',
        '祝大家新年快乐！',
      ),
    );
    expect(outline.sections.map((s) => s.title)).toEqual([
      '这一年，我们的教学业绩创造新辉煌',
      '这一年，我们的队伍建设实现新提升',
      '这一年，我们的学生素养呈现新风采',
    ]);
    expect(outline.ending).toBe('祝大家新年快乐！');
  });

  it('reads past a skipped number in a heading series', () => {
    const outline = parseReport(lines('讲话', '同志们：', '开场。', '一、甲方面', '内容。', '二、乙方面', '内容。', '四、丙方面', '内容。'));
    expect(outline.sections.map((s) => s.title)).toEqual(['甲方面', '乙方面', '丙方面']);
  });

  it('takes the longest series when numbered headings restart without lead-ins', () => {
    const outline = parseReport(
      lines('讲话', '同志们：', '开场。', '一、甲方面', '内容。', '二、乙方面', '内容。', '三、丙方面', '内容。', '一、附带事项一', '二、附带事项二'),
    );
    expect(outline.sections.map((s) => s.title)).toEqual(['甲方面', '乙方面', '丙方面']);
  });

  it('keeps an enumeration under the theme paragraph it follows', () => {
    const outline = parseReport(
      lines(
        '新年献词',
        '开场白，回首过去。',
        '这一年，我们的教学业绩创造新辉煌。内容一。',
        '一是高考成绩优异。内容。',
        '二是竞赛成绩突出。内容。',
        '这一年，我们的队伍建设实现新提升。内容二。',
        '这一年，我们的学生素养呈现新风采。内容三。',
        '祝大家新年快乐！',
      ),
    );
    expect(shape(outline)).toEqual([
      ['这一年，我们的教学业绩创造新辉煌', ['高考成绩优异', '竞赛成绩突出']],
      ['这一年，我们的队伍建设实现新提升', []],
      ['这一年，我们的学生素养呈现新风采', []],
    ]);
  });

  it('keeps tab-separated rows as tables', () => {
    const outline = parseReport(
      lines('报告', '各位领导：', '开场。', '一、主要指标', '指标如下。', '指标\t目标\t完成', '收入\t100亿元\t105亿元', '二、下步打算', '打算内容。'),
    );
    expect(outline.sections[0]?.tables).toEqual([
      {
        rows: [
          ['指标', '目标', '完成'],
          ['收入', '100亿元', '105亿元'],
        ],
      },
    ]);
    expect(outline.sections[0]?.lead).toBe('指标如下。');
  });

  it('keeps appendices out of the sections', () => {
    const outline = parseReport(
      lines('报告', '各位代表：', '开场。', '一、回顾', '内容。', '二、安排', '内容。', '附件：名词解释', '1.甲：解释。', '2.乙：解释。'),
    );
    expect(outline.sections).toHaveLength(2);
    expect(outline.appendix).toBe('附件：名词解释\n1.甲：解释。\n2.乙：解释。');
  });

  it('warns, and claims no parts, when there is no structure: the whole body is the opening', () => {
    const outline = parseReport(lines('一篇随笔', '今天天气很好，我们去了公园。', '公园里有很多人，大家都很开心。', '后来下雨了，我们就回家了。'));
    expect(outline.warnings.map((w) => w.code)).toContain('no-structure');
    expect(outline.sections).toEqual([]);
    expect(outline.opening).toBe('今天天气很好，我们去了公园。\n公园里有很多人，大家都很开心。\n后来下雨了，我们就回家了。');
  });

  it('rejects empty text with an InputError', () => {
    expect(() => parseReport(' \r\n\u3000\n')).toThrow(InputError);
  });
});

describe('titleFromHeading (re-exported)', () => {
  it('strips marks and final punctuation', () => {
    expect(titleFromHeading('（二）充分挖掘内需潜力，推动经济稳定增长。')).toBe('充分挖掘内需潜力，推动经济稳定增长');
  });
});
