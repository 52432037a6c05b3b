/**
 * Rules added after unseen-9 was measured blind (0.700 pooled): each has a stress fixture written for
 * its test and a check on the real text that showed it (unseen-9 is no longer blind for these).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/build-outline.js';
import { isNeverHeading } from '../../src/parse/top-level/never-heading.js';
import { type CorpusCase, fixtureCase, outlineShape, textOf } from './corpus-helpers.js';

const shape = outlineShape;
const lines = textOf;
const realCase = (prefix: string): CorpusCase | undefined => fixtureCase('unseen-9', prefix);
const BODY = '这一工作要进一步统一思想，明确责任，细化措施，确保各项任务落到实处，取得实效。';

describe('a column tab spelled out with a bar between every character', () => {
  it('is never a heading; the same words written plainly may be', () => {
    expect(isNeverHeading('人|物|名|片')).toBe(true);
    expect(isNeverHeading('人·物·感·言')).toBe(true);
    expect(isNeverHeading('人物名片')).toBe(false);
    expect(isNeverHeading('党建|工作')).toBe(false);
  });

  it('does not push the numbered parts down a level (unseen-9/02)', () => {
    const item = realCase('02-');
    const outline = parseReport(item?.text ?? '');
    expect(outline.sections.map((section) => section.title)).toEqual(item?.expected.sections.map((section) => section.title));
  });
});

describe('首先，其次， then 第三，', () => {
  it('is one run of three points', () => {
    const outline = parseReport(
      lines(
        '关于机构改革方案的说明',
        '一、改革的必要性',
        '改革开放以来，机构改革取得了积极进展，但是还存在不少问题。',
        `首先，机构设置不适应市场经济的要求。${BODY}`,
        `其次，机构职能交叉重复。${BODY}`,
        `第三，机构重叠庞大、人浮于事的现象严重。${BODY}`,
        '二、改革的原则',
        `（一）转变政府职能。${BODY}`,
        `（二）精兵简政。${BODY}`,
      ),
    );
    expect(shape(outline)[0]?.[1]).toEqual(['机构设置不适应市场经济的要求', '机构职能交叉重复', '机构重叠庞大、人浮于事的现象严重']);
  });

  it('gives the real report\u2019s first part its three points (unseen-9/06)', () => {
    const item = realCase('06-');
    expect(shape(parseReport(item?.text ?? ''))[0]?.[1]).toEqual(item?.expected.sections[0]?.points.map((point) => point.title));
  });
});
