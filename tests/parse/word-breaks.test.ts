/** Word breaks for titles and labels; found by a review of decks from real reports (`现代 / 化建设`). */
import { describe, expect, it } from 'vitest';
import { wordBreaks } from '../../src/parse/word-breaks.js';

const words = (text: string): string[] => {
  const breaks = [...wordBreaks(text)].sort((a, b) => a - b);
  return breaks.slice(1).map((end, index) => text.slice(breaks[index] ?? 0, end));
};

describe('wordBreaks', () => {
  it('keeps a suffix with the word it makes (现代化, 紧迫性, 信息化)', () => {
    expect(words('社会主义现代化建设')).toContain('现代化');
    expect(words('增强重要性和紧迫性')).toContain('紧迫性');
    expect(words('全面推进信息化')).toContain('信息化');
  });

  it('still breaks before a word that starts with the same character (化解, 化工)', () => {
    expect(words('持续化解风险')).toEqual(['持续', '化解', '风险']);
    expect(words('化工产业')).toEqual(['化工', '产业']);
  });

  it('keeps a congress or plenum named by its number whole (`十七大`, `十九届`, `六中全会`)', () => {
    const text = '认真贯彻落实党的十七大和十九届六中全会精神';
    const breaks = wordBreaks(text);
    for (const term of ['十七大', '十九届', '六中全会']) {
      const at = text.indexOf(term);
      for (let k = at + 1; k < at + term.length; k += 1) expect(breaks.has(k)).toBe(false);
    }
  });
});
