/**
 * Parallel openings told by numbers of different length (`100年前，` / `70年前，`) and by clause
 * rhythm (`抗战八年，烽火淬砺，刚毅坚卓。`); a group's heading line standing before its lead-in; a
 * conditional conjunction left out of a group title. The short texts are stress fixtures written
 * for these tests; the last test runs on a real text (tests/fixtures/unseen-2/11, read while
 * designing these rules, so no longer blind for them).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/build-outline.js';
import { titleFromLeadIn } from '../../src/parse/group-title.js';
import { maskNumbers, sharesClauseRhythm } from '../../src/parse/parallel-shape.js';
import { areParallel, findThemeParagraphGroups } from '../../src/parse/theme-sentences.js';
import { loadCaseFolder } from './corpus-helpers.js';

const body = '学校在艰难中起步，在奋斗中成长，培养了一大批国家建设急需的优秀人才，赢得了社会的广泛赞誉。';

describe('numbers as numbers', () => {
  it('masks digit runs of any length', () => {
    expect(maskNumbers('100年前，学校创办')).toBe(maskNumbers('70年前，学校复校'.replace('复校', '创办')));
    expect(maskNumbers('增长3.5%')).toBe('增长#%');
  });

  it('reads openings that differ only in the length of a number as shared wording', () => {
    expect(areParallel(['100年前，我们在这里创办了学校。', '70年前，我们在这里迎来了解放。'])).toBe(true);
  });
});

describe('clause rhythm', () => {
  it('finds the same short clauses after a first clause of any length', () => {
    expect(sharesClauseRhythm(['建校之初，筚路蓝缕，艰苦创业', '新中国成立，革故鼎新，求索图强', '进入新时代，接续奋进，再启新程'])).toBe(true);
  });

  it('does not take clauses of different lengths or too few clauses', () => {
    expect(sharesClauseRhythm(['建校之初，筚路蓝缕，艰苦创业', '新中国成立，革故鼎新，努力求索图强'])).toBe(false);
    expect(sharesClauseRhythm(['建校之初，筚路蓝缕', '新中国成立，革故鼎新'])).toBe(false);
  });

  it('makes a theme series of paragraphs with that rhythm', () => {
    const paragraphs = ['建校之初，筚路蓝缕，艰苦创业。' + body, '抗战八年，烽火淬砺，刚毅坚卓。' + body, '新中国成立，革故鼎新，求索图强。' + body];
    expect(findThemeParagraphGroups(paragraphs).map((group) => group.length)).toEqual([3]);
  });
});

describe('group headings and titles (stress fixture)', () => {
  it('leaves a conditional conjunction out of a title', () => {
    expect(titleFromLeadIn('只有不忘走过的路，才能更好地开辟未来。')).toBe('不忘走过的路');
  });

  it('takes a short line of its own before a lead-in as the group heading', () => {
    const text = [
      '建校百年纪念大会讲话',
      '同志们：',
      '今天我们在这里隆重集会，庆祝学校建校一百周年。',
      '只有不忘走过的路，才能更好地开辟未来。',
      '建校之初，筚路蓝缕，艰苦创业。' + body,
      '抗战八年，烽火淬砺，刚毅坚卓。' + body,
      '新中国成立，革故鼎新，求索图强。' + body,
      '百年再出发，奋进新征程。',
      '站在新的历史起点上，全体师生要牢记嘱托，以更加优异的成绩回报社会，向着建设一流大学的目标奋勇前进。',
      '展望新百年，我们要不忘初心，为国育才。' + body,
      '展望新百年，我们要牢记使命，争做标杆。' + body,
      '展望新百年，我们要面向未来，勇于担当。' + body,
      '谢谢大家！',
    ].join('\n');
    const outline = parseReport(text);
    expect(outline.sections.map((s) => [s.title, s.points.length])).toEqual([
      ['不忘走过的路', 3],
      ['百年再出发，奋进新征程', 3],
    ]);
  });
});

describe('a real speech told in four-character stages', () => {
  it('finds the stage series and the heading line of the third group (unseen-2/11)', () => {
    const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/unseen-2');
    const item = loadCaseFolder(fixtures).find((c) => c.name.startsWith('11-'));
    const outline = parseReport(item?.text ?? '');
    expect(outline.sections.map((s) => s.points.length)).toEqual([5, 4, 4]);
    expect(outline.sections[0]?.title).toBe('不忘走过的路');
    expect(outline.sections[2]?.title).toBe('爱国奋斗百年辉煌，公能日新再踏征程');
  });
});
