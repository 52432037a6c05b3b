import { describe, expect, it } from 'vitest';
import { buildRuns, detectMarker, parseChineseNumeral, titleFromHeading, type MarkedItem } from '../../src/parse/detect-markers.js';

describe('parseChineseNumeral', () => {
  it('reads one to ninety-nine', () => {
    expect(['一', '九', '十', '十一', '二十', '九十九'].map(parseChineseNumeral)).toEqual([1, 9, 10, 11, 20, 99]);
  });

  it('rejects what is not a numeral', () => {
    expect(parseChineseNumeral('百')).toBeNull();
    expect(parseChineseNumeral('')).toBeNull();
  });
});

describe('detectMarker', () => {
  it.each([
    ['一、工作回顾', 'cn-dun', 1, '一、'],
    ['（三）坚持改革。正文', 'cn-paren', 3, '（三）'],
    ['(2)加强管理', 'ar-paren', 2, '(2)'],
    ['1.关于孩子的成长。', 'ar-dot', 1, '1.'],
    ['2、要有干劲。', 'ar-dot', 2, '2、'],
    ['3．管理体系。', 'ar-dot', 3, '3．'],
    ['１２．全角数字。', 'ar-dot', 12, '１２．'],
    ['其二，要抓落实。', 'ordinal', 2, '其二，'],
    ['②加强领导', 'circled', 2, '②'],
    ['第二，要突出重点抓落实。', 'ordinal', 2, '第二，'],
    ['我的第二点想法是：要实干。', 'ordinal', 2, '我的第二点想法是：'],
    ['第一部分 工作回顾', 'part', 1, '第一部分 '],
    ['第三阶段为高二学年。', 'stage', 3, ''],
    ['一是传承博雅。', 'yishi', 1, '一是'],
    ['二是要树立理念。', 'yishi', 2, '二是'],
    ['三要强化意识。', 'yishi', 3, '三'],
    ['十抓考核。', 'yishi', 10, '十'],
    ['其次，要压实责任。', 'sequence', 2, '其次，'],
    ['其次是环境改变对孩子的影响。', 'sequence', 2, '其次是'],
    // unseen-6/01 (seen while writing the rule): `第X项措施：` heads each measure.
    ['第一项措施：评优评先，树立榜样。', 'ordinal', 1, '第一项措施：'],
    ['第二点意见：要实干。', 'ordinal', 2, '第二点意见：'],
  ])('%s → %s', (text, kind, ordinal, mark) => {
    expect(detectMarker(text)).toEqual({ kind, ordinal, mark });
  });

  it.each(['2020.12.31', '1.2万亿元的投资', '一要素市场', '首先请允许我', '一方面', '工作回顾', '最后是我。', '第一项工作是调研。'])(
    'finds no mark in %s',
    (text) => {
      expect(detectMarker(text)).toBeNull();
    },
  );
});

describe('buildRuns', () => {
  const item = (at: number, ordinal: number): MarkedItem => ({ at, marker: { kind: 'cn-dun', ordinal, mark: '' } });

  it('keeps series that count from one and drops stray numbers', () => {
    const runs = buildRuns([item(1, 1), item(3, 2), item(5, 5), item(7, 3), item(9, 1), item(10, 2)]);
    expect(runs.map((run) => run.map((i) => i.at))).toEqual([
      [1, 3, 7],
      [9, 10],
    ]);
  });

  it('drops single items', () => {
    expect(buildRuns([item(1, 1), item(4, 3)])).toEqual([]);
  });
});

describe('titleFromHeading', () => {
  it.each([
    ['一、“十四五”时期经济社会发展回顾', '“十四五”时期经济社会发展回顾'],
    ['（一）努力在推进创新驱动发展中闯出新路子。', '努力在推进创新驱动发展中闯出新路子'],
    ['二是要树立教育以育人为本的理念。', '要树立教育以育人为本的理念'],
    ['一要强化资金保障。', '要强化资金保障'],
    ['——这是追赶进位、综合实力快速跃升的五年。', '这是追赶进位、综合实力快速跃升的五年'],
    ['以理论武装“铸魂”。', '以理论武装“铸魂”'],
    ['第一阶段为高考后（约半个月）。', '第一阶段为高考后（约半个月）'],
  ])('%s → %s', (heading, title) => {
    expect(titleFromHeading(heading)).toBe(title);
  });
});
