import { describe, expect, it } from 'vitest';
import { normalizeText, splitParagraphs, stripWhitespace } from '../../src/parse/normalize-text.js';

describe('normalizeText', () => {
  it('turns CRLF, CR and vertical-tab soft breaks into line feeds', () => {
    expect(normalizeText('甲\r\n乙\r丙\u000B丁')).toBe('甲\n乙\n丙\n丁');
  });

  it('turns full-width and no-break spaces into ordinary spaces and drops BOM and control characters', () => {
    expect(normalizeText('\uFEFF\u3000\u3000正文\u00A0内容\u0007')).toBe('  正文 内容');
  });

  it('keeps tabs, which mark table cells', () => {
    expect(normalizeText('指标\t目标')).toBe('指标\t目标');
  });
});

describe('splitParagraphs', () => {
  it('trims indentation and drops empty lines but keeps inner spacing', () => {
    expect(splitParagraphs('\u3000\u3000第一段。\r\n\r\n  走 向 远 方  \n')).toEqual(['第一段。', '走 向 远 方']);
  });
});

describe('stripWhitespace', () => {
  it('removes all whitespace', () => {
    expect(stripWhitespace(' 王  琛\n')).toBe('王琛');
  });
});
