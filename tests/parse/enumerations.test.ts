import { describe, expect, it } from 'vitest';
import { findFirstInlineEnumeration, findInlineEnumerations, findInlineHeadingEnd } from '../../src/parse/enumerations.js';

describe('findInlineEnumerations', () => {
  it('finds 一是…二是…三是 inside a paragraph and cuts titles at 。！？；', () => {
    const text = '要抓好三件事。一是着力补短板。补短板内容。二是全力促均衡；均衡内容。三是努力提质量！质量内容。';
    const run = findFirstInlineEnumeration(text);
    expect(run.map((item) => item.title)).toEqual(['着力补短板', '全力促均衡', '努力提质量']);
    const first = run[0];
    expect(first === undefined ? '' : text.slice(first.start, first.headingEnd)).toBe('一是着力补短板。');
  });

  it('keeps 要 of 一要 in the title', () => {
    expect(findFirstInlineEnumeration('保障如下：一要强化资金保障。内容。二要保障教师权益。内容。').map((i) => i.title)).toEqual([
      '要强化资金保障',
      '要保障教师权益',
    ]);
  });

  it('heads an item that opens with a ××方面： label by the label (stress fixture)', () => {
    const text = '近一年的工作情况：一是教学质量方面：高考成绩再创新高，其中两人获满分。二是队伍建设方面：引进特级教师三人。三是管理方面：创建现代化学校。';
    expect(findFirstInlineEnumeration(text).map((item) => item.title)).toEqual(['教学质量方面', '队伍建设方面', '管理方面']);
    // `一方面` of running prose is no label.
    expect(findFirstInlineEnumeration('主要是：一是一方面：内容较多。二是另一方面：内容较少。').map((item) => item.title)).toEqual([
      '一方面：内容较多',
      '另一方面：内容较少',
    ]);
  });

  it('needs a series counting from one', () => {
    expect(findInlineEnumerations('内容。二是加强领导。内容。三是完善制度。')).toEqual([]);
  });

  it('ignores numerals in the middle of a clause', () => {
    expect(findInlineEnumerations('我们坚持一是一、二是二的原则。')).toEqual([]);
  });
});

describe('findInlineHeadingEnd', () => {
  it('includes closing quotes after the terminator', () => {
    const text = '一是说“好。”后文';
    expect(text.slice(0, findInlineHeadingEnd(text, 0))).toBe('一是说“好。”');
  });
});
