/**
 * Plain heading lines and `……——` lead-ins side by side: the dash lines are the level below. The
 * texts here are stress fixtures written for these tests; the real text is in
 * `failure-kinds.test.ts` (国资国企综述).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/build-outline.js';
import { endsInDash, plainOverDash } from '../../src/parse/top-level/heading-shapes.js';

const body = (n: number): string => `围绕中心工作，细化任务分工，压实工作责任，${'加强督促检查，'.repeat(n)}确保各项部署落到实处。`;
const shape = (text: string): [string, string[]][] => parseReport(text).sections.map((s) => [s.title, s.points.map((p) => p.title)]);

describe('plainOverDash', () => {
  const paras = ['稳住经济大盘', body(1), '产业结构持续优化——', body(2), '深化重点改革', '营商环境不断改善——', body(3)];

  it('keeps the plain lines when every dash line follows one', () => {
    expect(endsInDash(paras[2] ?? '')).toBe(true);
    expect(plainOverDash(paras, [0, 2, 4, 5])).toEqual([0, 4]);
  });

  it('leaves lines of one shape, a dash line first, or a single plain line alone', () => {
    expect(plainOverDash(paras, [0, 4])).toBeNull();
    expect(plainOverDash(paras, [2, 5])).toBeNull();
    expect(plainOverDash(paras, [2, 4, 5])).toBeNull();
    expect(plainOverDash(paras, [0, 2, 5])).toBeNull();
  });
});

describe('dash sub-headings under plain heading lines', () => {
  it('are the points of the plain heading before them, after its opening paragraphs', () => {
    const text = [
      '某集团年度工作综述',
      '今年以来，集团上下团结一心，各项工作取得新进展。',
      '稳住经营大盘',
      body(1),
      body(2),
      '深化改革攻坚',
      body(1),
      '治理体系不断完善——',
      body(2),
      '布局结构持续优化——',
      body(3),
      '激发创新活力',
      body(2),
      '研发投入稳步增长——',
      body(1),
      '成果转化明显加快——',
      body(2),
    ].join('\n');
    expect(shape(text)).toEqual([
      ['稳住经营大盘', []],
      ['深化改革攻坚', ['治理体系不断完善', '布局结构持续优化']],
      ['激发创新活力', ['研发投入稳步增长', '成果转化明显加快']],
    ]);
  });

  it('stay the parts where no plain heading line stands above them', () => {
    const text = [
      '某局年度工作总结',
      '今年以来，我局各项工作取得新进展，现总结如下。',
      '坚持党建引领——',
      body(1),
      '聚焦主责主业——',
      body(2),
      '强化作风建设——',
      body(3),
    ].join('\n');
    expect(shape(text).map(([title]) => title)).toEqual(['坚持党建引领', '聚焦主责主业', '强化作风建设']);
  });
});
