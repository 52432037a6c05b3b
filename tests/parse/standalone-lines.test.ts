/**
 * Standalone lead lines as a point's items, on real texts (`tests/fixtures/kinds/README.md`,
 * `tests/fixtures/unseen*`); where a case needs a shape the text does not have, the real text is
 * altered in one place, as said in the test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/build-outline.js';
import { splitParagraphs } from '../../src/parse/normalize-text.js';
import { findStandaloneLeadLines } from '../../src/parse/standalone-lines.js';
import { corpusRoot } from './corpus-helpers.js';

const fixture = (folder: string, name: string): string => readFileSync(path.resolve(corpusRoot, '..', folder, `${name}.txt`), 'utf8');
const shanxi = fixture('kinds', 'shanxi-zhengfu-gongzuo-baogao-2008');
/** The paragraphs from the one that starts with `first` up to (not including) the one that starts with `end`. */
const between = (text: string, first: string, end: string): string[] => {
  const paras = splitParagraphs(text);
  const from = paras.findIndex((p) => p.startsWith(first));
  const to = paras.findIndex((p, k) => k > from && p.startsWith(end));
  if (from === -1 || to === -1) throw new Error(`no paragraphs ${first} … ${end}`);
  return paras.slice(from, to);
};

describe('standalone lead lines', () => {
  it('are the items of every point written that way, with or without a comma (山西 2008, part 1)', () => {
    const points = parseReport(shanxi).sections[0]?.points ?? [];
    expect(points.map((p) => p.items.map((i) => i.title))).toEqual([
      ['经济结构调整深入推进', '生态环境保护得到加强', '基础设施明显改善'],
      ['支农惠农政策得到全面落实，农业结构进一步优化', '社会主义新农村建设稳步推进，扶贫工作成效明显'],
      ['社会各项事业加快发展', '人民生活质量明显改善'],
      ['各项改革积极推进', '对外开放进一步扩大', '争取国家政策支持取得重大进展'],
      // （五） is one paragraph: nothing to take.
      [],
    ]);
    // The line stays verbatim in the item's heading; its body is the paragraph after it.
    const first = points[0]?.items[0];
    expect(first?.heading).toBe('经济结构调整深入推进。');
    expect(shanxi).toContain(`${first?.heading ?? '?'}\n${first?.body ?? '?'}`);
  });

  it('outrank an inline 一是……五是 inside one of their bodies (山西 2008, part 2 （七）)', () => {
    const point = parseReport(shanxi).sections[1]?.points[6];
    expect(point?.items.map((i) => i.title)).toEqual(['继续深化各项改革', '进一步扩大开放', '大力推进人才强省', '积极推动科技创新']);
  });

  it('a closing short line with no body after it is no item (山西 2008 （一） without the last body paragraph)', () => {
    const body = between(shanxi, '全面加强农田水利基本建设', '（二）')[0] ?? '';
    const text = shanxi.replace(`${body}\n`, '');
    expect(text).not.toBe(shanxi);
    const first = parseReport(text).sections[0]?.points[0];
    expect(first?.items.map((i) => i.title)).toEqual(['经济结构调整深入推进', '生态环境保护得到加强']);
    expect(first?.items[1]?.body.endsWith('基础设施明显改善。')).toBe(true);
  });

  it('one short line alone is no run (山西 2008 （三） with its second line joined to the paragraph before)', () => {
    const text = shanxi.replace(/\n人民生活质量明显改善。\n/u, '人民生活质量明显改善。');
    expect(text).not.toBe(shanxi);
    expect(parseReport(text).sections[0]?.points[2]?.items).toEqual([]);
  });

  it('one-sentence paragraphs in running prose are no run (国资国企综述, part 1; 抚顺 2020, part 3; 南开 2019 opening)', () => {
    // `75年长歌奋进，……。` and `75年风雨兼程，……。` stand alone, but the paragraphs after them are
    // hardly longer: prose, not a sub-theme and its body.
    expect(findStandaloneLeadLines(between(fixture('kinds', 'guozi-guoqi-fazhan-chengjiu-zongshu-2024'), '2024年7月，', '激发科技创新活力'))).toEqual([]);
    expect(findStandaloneLeadLines(between(fixture('unseen', '05-fushun-zhengfu-gongzuo-baogao-2020'), '新时代、新使命', '各位代表'))).toEqual([]);
    expect(findStandaloneLeadLines(between(fixture('unseen-2', '11-nankai-bainian-jinian-dahui-jianghua-2019'), '今天，', '抗战八年'))).toEqual([]);
  });
});
