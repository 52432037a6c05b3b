/**
 * A numbered group, then a parallel unnumbered group in the same part (`（一）……` one paragraph
 * each for the year, a transition, then `这五年，我们……。` ×3): both are the part's points, and the
 * part's closing text stays its body. Alike paragraphs the last point may own stay its text. The
 * short texts are stress fixtures written for these tests; the real text is in failure-kinds (莆田).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/build-outline.js';

const body = '要细化目标任务，压实工作责任，加强督促检查，确保各项部署落到实处、取得实效，让群众有更多获得感。';
const fiveYears = [
  '这五年，我们坚持创新驱动，综合实力跃上新台阶。' + body,
  '这五年，我们坚持改革开放，发展活力充分迸发。加快建设开放高地。' + body,
  '这五年，我们坚持人民至上，民生福祉持续增进。新增就业逐年增加，社会保障更加健全。' + body,
];
const yearTitles = ['稳增长', '促改革', '惠民生'];
const fiveYearTitles = [
  '这五年，我们坚持创新驱动，综合实力跃上新台阶',
  '这五年，我们坚持改革开放，发展活力充分迸发',
  '这五年，我们坚持人民至上，民生福祉持续增进',
];

const report = (...part1: string[]): string =>
  [
    '某市政府工作报告',
    '各位代表：',
    '现在，我代表市人民政府，向大会报告工作，请予审议。',
    '一、过去一年和五年工作回顾',
    '一年来，我们统筹发展和安全，经济社会发展取得新成效。',
    ...part1,
    '二、今年主要任务',
    '（一）抓项目。' + body,
    '（二）优服务。' + body,
  ].join('\n');

const part1 = (text: string): { points: string[]; body: string; lastItems: string[] } => {
  const section = parseReport(text).sections[0];
  const points = section?.points ?? [];
  return { points: points.map((p) => p.title), body: section?.body ?? '', lastItems: points[points.length - 1]?.items.map((item) => item.title) ?? [] };
};

describe('a numbered group, then a parallel unnumbered group in one part (stress fixture)', () => {
  it('keeps both groups as points, in order, and the part’s closing text as its body', () => {
    const closing = '各位代表！五年的成就来之不易。我们也清醒地认识到，发展中还有不少困难和问题。';
    const { points, body: partBody } = part1(
      report('（一）稳增长。' + body, '（二）促改革。' + body, '（三）惠民生。' + body, '各位代表！回眸五年，我们用实干推动发展。', ...fiveYears, closing),
    );
    expect(points).toEqual([...yearTitles, ...fiveYearTitles]);
    expect(partBody).toBe(closing);
  });

  it('leaves alike paragraphs right after the last point as text, not points', () => {
    const { points } = part1(report('（一）稳增长。' + body, '（二）促改革。' + body, '（三）惠民生。' + body, ...fiveYears));
    expect(points).toEqual(yearTitles);
  });

  it('leaves alike paragraphs to a last point that introduces them with a colon', () => {
    const { points } = part1(
      report('（一）稳增长。' + body, '（二）促改革。' + body, '（三）惠民生。主要做法有：', '回眸五年，我们用实干推动发展。', ...fiveYears),
    );
    expect(points).toEqual(yearTitles);
  });

  it('leaves alike paragraphs to a last point whose heading is a line of its own', () => {
    const { points, lastItems } = part1(report('（一）稳增长', body, '（二）促改革', body, '（三）惠民生', body, ...fiveYears));
    expect(points).toEqual(yearTitles);
    expect(lastItems).toEqual(fiveYearTitles);
  });

  it('needs the later group to share its opening words, not only a shape', () => {
    const shaped = ['创新动能更加强劲。' + body, '改革活力更加彰显。加快建设开放高地。' + body, '民生福祉更加殷实。新增就业逐年增加。' + body];
    const { points } = part1(report('（一）稳增长。' + body, '（二）促改革。' + body, '（三）惠民生。' + body, '回眸五年，我们用实干推动发展。', ...shaped));
    expect(points).toEqual(yearTitles);
  });

  it('leaves alike paragraphs after numbered lines that are headings only', () => {
    const { points } = part1(report('（一）稳增长', '（二）促改革', '（三）惠民生', '回眸五年，我们用实干推动发展。', ...fiveYears));
    expect(points).toEqual(yearTitles);
  });
});
