import { describe, expect, it } from 'vitest';
import { isClosingLine, readBackMatter } from '../../src/parse/back-matter.js';

describe('readBackMatter', () => {
  it('takes a thank-you last line as the closing', () => {
    expect(readBackMatter(['标题', '正文。', '发言完毕，谢谢大家！'], 1)).toEqual({ closing: '发言完毕，谢谢大家！', appendix: '', bodyEnd: 2 });
  });

  it('has no closing when the last line is a call to action', () => {
    expect(readBackMatter(['标题', '正文。', '同志们，让我们共同努力！'], 1).closing).toBeNull();
  });

  it('cuts off an appendix that starts with 附件', () => {
    const back = readBackMatter(['标题', '正文。', '谢谢！', '附件：名词解释', '1.甲：解释。'], 1);
    expect(back).toEqual({ closing: '谢谢！', appendix: '附件：名词解释\n1.甲：解释。', bodyEnd: 2 });
  });

  it('cuts off an unmarked list after the closing call to action', () => {
    // The body is most of a report; the list after the call is short (see the next test).
    const body = '过去一年，全市经济社会发展取得新成效，各项事业全面进步，人民生活持续改善。'.repeat(2);
    const back = readBackMatter(
      ['标题', body, body, '各位代表！让我们团结奋斗，为建设美好家园而努力奋斗！', '2026年民生实事', '1.办好教育。', '2.稳定就业。'],
      1,
    );
    expect(back.appendix).toBe('2026年民生实事\n1.办好教育。\n2.稳定就业。');
    expect(back.bodyEnd).toBe(4);
  });

  it('takes no unmarked appendix when what follows the call is most of the text', () => {
    const body = '过去一年，全市经济社会发展取得新成效，各项事业全面进步，人民生活持续改善。'.repeat(2);
    const paragraphs = ['标题', '正文。', '这些名字已经让我们完成了第一个蜕变，我们要为母校作出新的贡献。', '母校赋予我们担当', body, body, body];
    expect(readBackMatter(paragraphs, 1).bodyEnd).toBe(paragraphs.length);
  });
});

describe('isClosingLine', () => {
  it('accepts short closing lines only', () => {
    expect(isClosingLine('汇报完毕。')).toBe(true);
    expect(isClosingLine('以上汇报，不妥之处，请批评指正。')).toBe(true);
    expect(isClosingLine('我们要坚持学习。')).toBe(false);
  });

  it('knows the 述职 formulas that name what was said and ask for criticism', () => {
    expect(isClosingLine('以上是我的个人述职报告，恳请大家批评。')).toBe(true);
    expect(isClosingLine('以上就是我的述职汇报，敬请各位批评指正。')).toBe(true);
    expect(isClosingLine('以上是今年工作的主要成绩。')).toBe(false);
  });
});
