/** Word breaks for titles and labels; found by a review of decks from real reports (`现代 / 化建设`). */
import { describe, expect, it } from 'vitest';
import { insideSetTerms, lineBreaks, wordBreaks } from '../../src/parse/word-breaks.js';

const pieces = (text: string, found: ReadonlySet<number>): string[] => {
  const breaks = [...found].sort((a, b) => a - b);
  return breaks.slice(1).map((end, index) => text.slice(breaks[index] ?? 0, end));
};
const words = (text: string): string[] => pieces(text, wordBreaks(text));
const lineUnits = (text: string): string[] => pieces(text, lineBreaks(text));

describe('wordBreaks', () => {
  it('keeps a suffix with the word it makes (现代化, 紧迫性, 信息化)', () => {
    expect(words('社会主义现代化建设')).toContain('现代化');
    expect(words('增强重要性和紧迫性')).toContain('紧迫性');
    expect(words('全面推进信息化')).toContain('信息化');
  });

  // ICU gives `增强|核心|竞争|力|和|创新|能力`, `提升|影响|力`, `着|力|解决`.
  it('keeps 力 with the word it closes (竞争力, 影响力, 着力) and leaves 力量 and 能力 alone', () => {
    expect(words('增强核心竞争力和创新能力')).toEqual(['增强', '核心', '竞争力', '和', '创新', '能力']);
    expect(words('提升影响力')).toContain('影响力');
    expect(words('着力解决')).toEqual(['着力', '解决']);
    expect(words('集中力量')).toEqual(['集中', '力量']);
  });

  // A ninth deck review found `工作责任 / 制`, `任期 / 制`, `少先队 / 员`: ICU gives `责任|制`, `少先队|员`.
  it('keeps 制 and 员 with the word they close (责任制, 任期制, 少先队员, 公务员) and leaves 制度 and 员工 alone', () => {
    expect(words('落实安全生产责任制')).toContain('责任制');
    expect(words('推行经理层成员任期制')).toContain('任期制');
    expect(words('从少先队员到共青团员')).toEqual(expect.arrayContaining(['少先队员', '共青团员']));
    expect(words('完善规章制度')).toContain('制度');
    expect(words('关心一线员工')).toContain('员工');
  });

  it('still breaks before a word that starts with the same character (化解, 化工)', () => {
    expect(words('持续化解风险')).toEqual(['持续', '化解', '风险']);
    expect(words('化工产业')).toEqual(['化工', '产业']);
  });

  // A third deck review found a divider broken `十九届 / 六中全会`.
  it('keeps a congress or plenum named by its number whole (`十七大`, `十九届六中全会`)', () => {
    const text = '认真贯彻落实党的十七大和十九届六中全会精神';
    const breaks = wordBreaks(text);
    for (const term of ['十七大', '十九届六中全会']) {
      const at = text.indexOf(term);
      for (let k = at + 1; k < at + term.length; k += 1) expect(breaks.has(k)).toBe(false);
    }
  });

  // A fourth deck review found `131/场` and `665/所` on slides.
  it('keeps a number with the measure word that counts it (131场, 665所, 20座)', () => {
    for (const [text, term] of [
      ['举办招商活动131场', '131场'],
      ['新建改扩建中小学665所', '665所'],
      ['建成污水处理厂20座', '20座'],
    ] as const) {
      const at = text.indexOf(term);
      for (let k = at + 1; k < at + term.length; k += 1) expect(wordBreaks(text).has(k), text).toBe(false);
    }
  });
});

/**
 * Where a line may break. Phrases written for this test, except the first three, which ICU splits
 * into lone characters in real report titles (`践|行`, `习|近平`).
 */
describe('lineBreaks', () => {
  it('keeps lone characters ICU could not join together (践行), and breaks at the run edges', () => {
    expect(lineUnits('坚持以人民为中心践行新发展理念')).toEqual(['坚持', '以', '人民', '为', '中心', '践行新', '发展', '理念']);
    expect(lineUnits('全面践行习近平生态文明思想')).not.toContain('践');
    expect(lineUnits('压紧压实两个责任')).toEqual(['压紧', '压实两个', '责任']);
  });

  it('keeps `常态化` whole although the suffix repair made `态化` a word of its own', () => {
    const text = '着力抓好常态化工作';
    expect(lineBreaks(text).has(text.indexOf('态'))).toBe(false);
  });

  it('still breaks beside a particle, a join or a preposition between lone characters', () => {
    const text = '推动发展的新阶段';
    expect(lineBreaks(text).has(text.indexOf('新'))).toBe(true);
    const joined = '竞争力和创新';
    expect(lineBreaks(joined).has(joined.indexOf('和') + 1)).toBe(true);
  });

  it('only ever removes word breaks, and keeps both ends of every text', () => {
    for (const text of ['坚持以人民为中心践行新发展理念', '聚力攻坚', '一二三四五', '抓实抓细', 'GDP增长5%', '']) {
      const words = wordBreaks(text);
      const lines = lineBreaks(text);
      for (const at of lines) expect(words.has(at)).toBe(true);
      expect(lines.has(0)).toBe(true);
      expect(lines.has(text.length)).toBe(true);
    }
  });
});

describe('set terms (set-terms.ts)', () => {
  it('mark the inside of a term the dictionary splits, not a term that is the tail of another word', () => {
    expect([...insideSetTerms('推动高质量发展')]).toEqual([3, 4]);
    expect([...insideSetTerms('坚持和发展中国特色社会主义')].sort((a, b) => a - b)).toEqual([6, 7, 8, 10, 11, 12]);
    expect([...insideSetTerms('推动提高质量效益')]).toEqual([]);
    expect(lineBreaks('推动提高质量效益').has(4)).toBe(true);
    // 健全覆盖城乡 is 健全|覆盖: no 全覆盖 there.
    expect([...insideSetTerms('健全覆盖城乡的基本医疗卫生制度')]).toEqual([]);
  });

  // A fourth deck review found 目录 and divider lines broken 全面/从严治党, 产教/融合, 新/格局.
  it('keep the terms of party building and reform whole (从严治党, 产教融合, 新格局, 主体责任)', () => {
    for (const [text, term] of [
      ['坚定不移推进全面从严治党', '从严治党'],
      ['深化产教融合', '产教融合'],
      ['加快构建新发展格局和开放新格局', '新格局'],
      ['落实全面从严治党主体责任', '主体责任'],
      // A fifth review found a divider broken 理论联系 / 实际.
      ['发扬理论联系实际的优良作风', '理论联系实际'],
      ['开展批评和自我批评', '批评和自我批评'],
      ['深化党支部标准化、规范化建设', '党支部'],
      // A ninth review found `学习贯彻习 / 近平总书记重要讲话` on two decks: ICU gives `习|近平`.
      ['集团党委把学习贯彻习近平总书记重要讲话作为第一议题', '习近平'],
      // The tenth and eleventh reviews found `在全市国资系统安全 / 生产工作会议上的讲话` on a cover and a divider.
      ['在全市国资系统安全生产工作会议上的讲话', '安全生产'],
      ['学习《未成年人保护法》', '未成年人'],
      // The eleventh found a cover broken `……落实全面 / 从严治党主体责任……`: the 提法 is one term, 全面 and all.
      ['关于2023年度落实全面从严治党主体责任情况的报告', '全面从严治党'],
      ['进一步全面深化改革', '全面深化改革'],
      ['推进全面依法治国', '全面依法治国'],
      // The twelfth found `全 / 覆盖`, `对 / 标对表`, `传染 / 病`, `考核相 / 结合`.
      ['实现设区市全覆盖', '全覆盖'],
      ['带动教职工党员对标对表“四有”好老师标准', '对标对表'],
      ['加强传染病防控', '传染病'],
      ['定性和定量考核相结合', '相结合'],
    ] as const) {
      const at = text.lastIndexOf(term);
      for (let k = at + 1; k < at + term.length; k += 1) expect(lineBreaks(text).has(k), `${text} ${k}`).toBe(false);
    }
  });
});
