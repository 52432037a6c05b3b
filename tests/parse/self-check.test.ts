import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/build-outline.js';
import { announcedCount, checkOutline } from '../../src/parse/self-check.js';
import type { Outline, Section } from '../../src/parse/outline.js';
import { fixtureCase, loadCorpus } from './corpus-helpers.js';

const corpus = loadCorpus();
const doubts = (outline: Outline): string[] => outline.warnings.filter((w) => w.code !== 'masked-figures').map((w) => w.code);
const dev = (prefix: string): string => corpus.find((item) => item.name.startsWith(prefix))?.text ?? '';

describe('announcedCount', () => {
  it.each([
    ['下面，我讲五点意见。', 5],
    ['下面我从学校及现代化发展简况、特色亮点六个方面，就创建情况作一汇报。', 6],
    ['现将有关情况汇报如下：', null],
    ['我们分为三个部分来谈。今年要抓好两件事。', 3],
    ['下面，我讲三方面内容，一是……', 3],
  ])('%s → %s', (opening, count) => {
    expect(announcedCount(opening)).toBe(count);
  });
});

describe('self-check on real reports', () => {
  it.each(corpus.map((item) => [item.name, item.text] as const))('%s: raises no doubt about the outline the corpus expects', (_name, text) => {
    expect(doubts(parseReport(text))).toEqual([]);
  });

  it('warns when the opening announces more parts than were found (dev 16 with one numbering mark lost)', () => {
    const text = dev('16-').replace('\n3．持续深化教育改革。', '\n持续深化教育改革。');
    const outline = parseReport(text);
    expect(outline.sections.length).not.toBe(5);
    const warning = outline.warnings.find((w) => w.code === 'count-mismatch');
    expect(warning?.message).toMatch(/5 个方面.*huibao outline/u);
  });

  it('warns when a part carries a signature as its title (dev 13 without its front lines)', () => {
    // The speaker line moved below the salutation, as it is in some copies.
    const text = dev('13-').replace('绍兴一中党委书记、校长  王 琛\n同志们：\n', '同志们：\n绍兴一中党委书记、校长  王 琛\n');
    const outline = parseReport(text);
    const odd = outline.sections.some((s) => s.title.includes('王 琛'));
    expect(odd ? doubts(outline) : ['odd-title']).toContain('odd-title');
  });
});

function section(title: string, heading: string, lead: string): Section {
  return { title, heading, lead, points: [], body: '', tables: [] };
}

function outline(sections: Section[], extra: Partial<Outline> = {}): Outline {
  return {
    version: 2,
    title: '某单位工作汇报',
    front: [],
    subtitle: null,
    speaker: null,
    meeting: null,
    date: null,
    salutation: null,
    opening: '现将有关情况汇报如下：',
    figures: [],
    sections,
    closing: null,
    ending: '',
    appendix: '',
    warnings: [],
    ...extra,
  };
}

describe('checkOutline (stress fixtures written for this test)', () => {
  const body = '坚持稳中求进，推动各项工作取得新成效。'.repeat(5);

  it('flags numbering that jumps', () => {
    const o = outline([
      section('加强组织建设', '一、加强组织建设', body),
      section('深化改革创新', '三、深化改革创新', body),
      section('推进作风建设', '二、推进作风建设', body),
    ]);
    expect(checkOutline(o).map((w) => w.code)).toContain('numbering-jumps');
  });

  it('flags an appendix that holds a large share of the text', () => {
    const o = outline([section('甲', '一、甲', body), section('乙', '二、乙', body)], { appendix: body.repeat(4) });
    expect(checkOutline(o).map((w) => w.code)).toContain('large-appendix');
  });

  it('flags one part holding most of the text', () => {
    const o = outline([section('甲', '一、甲', body.repeat(12)), section('乙', '二、乙', body), section('丙', '丙', body)]);
    expect(checkOutline(o).map((w) => w.code)).toContain('one-section-holds-most');
  });

  // A fourth deck review (unseen-9/03): a plan numbered 一、二、三 whose 三、工作措施 is four fifths of it
  // was warned about as parts run together.
  it('trusts parts numbered 一、二、三 in order unless a later number opens a line inside the large one', () => {
    const numbered = (last: string): Outline =>
      outline([section('指导思想', '一、指导思想', body), section('工作重点', '二、工作重点', body), section('工作措施', '三、工作措施', last)]);
    expect(checkOutline(numbered(body.repeat(12))).map((w) => w.code)).not.toContain('one-section-holds-most');
    expect(checkOutline(numbered(`${body.repeat(6)}\n四、保障机制\n${body.repeat(6)}`)).map((w) => w.code)).toContain('one-section-holds-most');
    expect(parseReport(fixtureCase('unseen-9', '03-')?.text ?? '').warnings.map((w) => w.code)).not.toContain('one-section-holds-most');
  });

  it('flags a date or a spaced-out name as a title, not a short real title', () => {
    expect(checkOutline(outline([section('2020年6月20日', '', body), section('结语', '', body)])).map((w) => w.code)).toEqual(['odd-title']);
    expect(checkOutline(outline([section('王 琛', '', body), section('工作回顾', '', body)])).map((w) => w.code)).toEqual(['odd-title']);
    expect(checkOutline(outline([section('结语', '', body), section('工作回顾', '', body)]))).toEqual([]);
  });
});
