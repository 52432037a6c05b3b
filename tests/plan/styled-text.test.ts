/**
 * Source strings as slide spans: gaps a PDF or a typist left beside figures close up, spaces that
 * part phrases stay. Phrases written for this test, after an eighth deck review (`60  万元`, `2020  年`).
 */
import { describe, expect, it } from 'vitest';
import { closeUpGaps, emphasizeQuotes, plainSpans } from '../../src/plan/styled-text.js';

const plain = { color: '000000', bold: false };
const emphasis = { color: 'C00000', bold: true };

describe('closeUpGaps', () => {
  it('closes gaps beside figures and before Chinese punctuation', () => {
    expect(closeUpGaps('累计投入60  万元')).toBe('累计投入60万元');
    expect(closeUpGaps('2020  年开始，每年投入 20 万元')).toBe('2020年开始，每年投入20万元');
    expect(closeUpGaps('合作项目 160 个 ，全市')).toBe('合作项目160个，全市');
    expect(closeUpGaps('关于1 9 9 8 年政府工作的建议')).toBe('关于1998年政府工作的建议');
  });

  it('keeps spaces that part phrases or a title from a name, and beside Latin words', () => {
    expect(closeUpGaps('竖直脊梁  立定脚跟')).toBe('竖直脊梁  立定脚跟');
    expect(closeUpGaps('省长 胡玉亭')).toBe('省长 胡玉亭');
    expect(closeUpGaps('推进 5G 网络建设')).toBe('推进 5G 网络建设');
    expect(closeUpGaps('2019 2020')).toBe('2019 2020');
  });

  it('applies to every span made from a source string', () => {
    expect(emphasizeQuotes('实施“双万计划” 48 个专业', plain, emphasis).map((span) => span.text)).toEqual(['实施', '“双万计划”', '48个专业']);
    expect(plainSpans('增长 8.7 %', plain).map((span) => span.text)).toEqual(['增长8.7 %']);
  });
});
