/**
 * Unnumbered sub-heading labels: `××方面：` opening a paragraph, a line of its own ending in `——`.
 * All texts here are stress fixtures written for these tests (no dev or unseen text has such
 * labels at the start of a paragraph).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/build-outline.js';
import { findLabelCuts, readLabel } from '../../src/parse/label-paragraphs.js';

const body = (n: number): string => `围绕中心工作，细化任务分工，压实工作责任，${'加强督促检查，'.repeat(n)}确保各项部署落到实处。`;
const shape = (text: string): [string, string[]][] => parseReport(text).sections.map((s) => [s.title, s.points.map((p) => p.title)]);

describe('readLabel', () => {
  it('reads a 方面： label and a dash line', () => {
    expect(readLabel('思想建设方面：加强理论学习。')).toEqual({ kind: 'aspect', length: 7 });
    expect(readLabel('坚持党建引领——')).toEqual({ kind: 'dash', length: 8 });
  });

  it('leaves prose alone: 一方面/另一方面/这方面, a long clause, a dash inside a sentence', () => {
    expect(readLabel('一方面：要加强学习。')).toBeNull();
    expect(readLabel('另一方面：要改进作风。')).toBeNull();
    expect(readLabel('这方面：我们做得还不够。')).toBeNull();
    expect(readLabel('我们在加强和改进思想政治工作的许多方面，都取得了进展。')).toBeNull();
    expect(readLabel('——坚持党建引领。')).toBeNull();
  });

  it('needs two labels of one kind, and a body after each dash line', () => {
    const paras = ['思想建设方面：' + body(1), body(2)];
    expect(findLabelCuts(paras, [0, 1])).toEqual([]);
    expect(findLabelCuts(['坚持党建引领——', '聚焦主责主业——', body(1)], [0, 1, 2])).toEqual([]);
  });
});

describe('labels as points (stress fixtures)', () => {
  it('方面： labels under numbered parts', () => {
    const text = [
      '某局年度工作总结',
      '今年以来，我局各项工作取得新进展，现总结如下。',
      '一、主要工作',
      '思想建设方面：' + body(1),
      '组织建设方面：' + body(2),
      '作风建设方面：' + body(3),
      '二、存在问题',
      '理论学习方面：' + body(1),
      '工作落实方面：' + body(2),
    ].join('\n');
    expect(shape(text)).toEqual([
      ['主要工作', ['思想建设方面', '组织建设方面', '作风建设方面']],
      ['存在问题', ['理论学习方面', '工作落实方面']],
    ]);
  });

  it('lines ending in —— with their body after them, after the part’s own lead', () => {
    const text = [
      '某局年度工作总结',
      '今年以来，我局各项工作取得新进展，现总结如下。',
      '一、主要工作',
      body(2),
      '坚持党建引领——',
      body(1),
      '聚焦主责主业——',
      body(2),
      '强化作风建设——',
      body(3),
      '二、明年打算',
      body(1),
      body(2),
    ].join('\n');
    expect(shape(text)).toEqual([
      ['主要工作', ['坚持党建引领', '聚焦主责主业', '强化作风建设']],
      ['明年打算', []],
    ]);
    expect(parseReport(text).sections[0]?.points[0]?.body).toBe(body(1));
  });

  it('labels as the top level of a report without numbering', () => {
    const text = [
      '某支部年度工作总结',
      '今年以来，支部各项工作取得新进展，现总结如下。',
      '思想建设方面：' + body(1),
      body(2),
      '组织建设方面：' + body(3),
      body(1),
      '作风建设方面：' + body(2),
    ].join('\n');
    expect(shape(text).map(([title]) => title)).toEqual(['思想建设方面', '组织建设方面', '作风建设方面']);
  });
});
