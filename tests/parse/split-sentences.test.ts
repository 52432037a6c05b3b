import { describe, expect, it } from 'vitest';
import { endsWithTerminator, firstSentenceLength, splitSentenceSpans, splitSentences } from '../../src/parse/split-sentences.js';

describe('splitSentences', () => {
  it('splits on 。！？ and keeps closing quotes with their sentence', () => {
    expect(splitSentences('他说：“好。”我们走吧！真的？')).toEqual(['他说：“好。”', '我们走吧！', '真的？']);
  });

  it('treats a line break as a sentence end', () => {
    expect(splitSentences('标题\n正文。')).toEqual(['标题', '正文。']);
  });

  it('reports offsets that point back into the text', () => {
    const text = '甲。 乙！';
    for (const span of splitSentenceSpans(text)) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});

describe('firstSentenceLength', () => {
  it('returns the length of the first sentence including its terminator', () => {
    expect(firstSentenceLength('一是抓学习。学习很重要。')).toBe(6);
  });

  it('can also stop at a semicolon', () => {
    expect(firstSentenceLength('一是抓学习；二是抓队伍。', '；')).toBe(6);
  });

  it('returns the whole length when there is no terminator', () => {
    expect(firstSentenceLength('一、工作回顾')).toBe(6);
  });
});

describe('endsWithTerminator', () => {
  it('recognises sentence-final punctuation, also before a closing quote', () => {
    expect(endsWithTerminator('好。”')).toBe(true);
    expect(endsWithTerminator('工作回顾')).toBe(false);
  });
});
