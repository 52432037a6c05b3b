/**
 * Key figures for number cards: numbers with a unit (`12.5%`, `1.2万亿元`, `558人`) and masked
 * placeholders (`*户`, `*%`, `××个`, `XX万元`) that must be filled in before the meeting.
 * Years, dates, ordinals (`第3`), counts inside formulas (`4+N`, `14+1`) and ranges of ages are
 * left out: they make poor cards.
 */

import type { Figure } from './outline.js';
import { splitSentenceSpans } from './split-sentences.js';

const UNITS = [
  '个百分点', '万亿元', '亿美元', '万美元', '亿元', '万元', '千元', '元',
  '万千瓦时', '亿千瓦时', '万千瓦', '千瓦', '万亿', '亿',
  '万人次', '人次', '万人', '万户', '万名', '万个', '万家', '万套', '万辆', '万件',
  '万平方米', '平方米', '平方公里', '万亩', '亩', '万吨', '吨', '公里', '千米',
  '%', '％', '‰', '倍', '人', '户', '个', '项', '家', '所', '座', '名', '件', '台', '辆', '套', '场', '批', '支', '条', '类', '篇', '门', '张',
];
const UNIT_PATTERN = UNITS.map((u) => u.replace(/[%]/g, '\\$&')).join('|');
const NUMBER = String.raw`\d+(?:[,，]\d{3})*(?:\.\d+)?`;
const MASK = String.raw`[*＊]+|[×xX]{1,3}|[XＸ]{2}`;
const FIGURE = new RegExp(`(${NUMBER}|${MASK})\\s*(${UNIT_PATTERN})`, 'g');

const LABEL_TRIM = /(达到|达|为|是|突破|超过|超|约|近|共|累计|增加到|增至|提高到|提升到|下降到|降至|实现|完成|占)$/;

function isMasked(value: string): boolean {
  return /^([*＊]+|[×xX]{1,3}|[XＸ]{2})$/.test(value);
}

const BOUNDARY_CHARS = ['，', '。', '；', '：', '、', '！', '？', '（', '(', ',', ';', ':', '\n'];
const WEAK_LABEL = /^(增长|增加|提高|提升|下降|减少|增长到|增加到|提高到|达到|分别|分别为|分别增长|其中)?$/;

/** Words only: drops figures, years, leading fillers and linking verbs. */
function cleanLabel(raw: string): string {
  let last = 0;
  for (const match of raw.matchAll(new RegExp(FIGURE.source, 'g'))) last = (match.index ?? 0) + match[0].length;
  let label = raw.slice(last).replace(/^[\d.%％,，\s]+/, '');
  label = label.replace(/^(其中|全年|全市|全省|今年|去年|同时|并|和|及|与)/, '');
  // Years and linking particles say when, not what.
  label = label.replace(/\d{4}\s*年(?:底|末|初)?的?/g, '').replace(/[由从的比较]+$/, '');
  const trimmed = label.replace(LABEL_TRIM, '');
  return (trimmed.length < 2 ? label : trimmed).replace(/[及和与并]$/, '').trim();
}

/**
 * A short label: the words of the same clause just before the figure; when those are only a verb
 * (`增长到`), the words that open the clause (`地区生产总值由…增长到…`).
 */
export function labelBefore(text: string, at: number): string {
  const clauseStart = Math.max(...BOUNDARY_CHARS.map((p) => text.lastIndexOf(p, at - 1))) + 1;
  let label = cleanLabel(text.slice(clauseStart, at));
  if (WEAK_LABEL.test(label)) {
    const clause = text.slice(clauseStart, at);
    const firstFigure = clause.search(new RegExp(FIGURE.source));
    if (firstFigure > 0) {
      const subject = cleanLabel(clause.slice(0, firstFigure));
      if (subject.length >= 2) label = subject;
    }
  }
  return [...label].slice(-6).join('');
}

export interface FigureSource {
  readonly text: string;
  readonly where: 'opening' | number;
}

/** Finds figures in each source text, in order. */
export function findFigures(sources: readonly FigureSource[]): Figure[] {
  const figures: Figure[] = [];
  for (const source of sources) {
    for (const span of splitSentenceSpans(source.text)) {
      const sentence = span.text;
      for (const match of sentence.matchAll(FIGURE)) {
        const at = match.index ?? 0;
        const value = (match[1] ?? '').replace(/[,，]/g, ',');
        const unit = match[2] ?? '';
        const before = sentence.charAt(at - 1);
        const after = sentence.charAt(at + match[0].length);
        // Parts of formulas (4+N, 14+1), ordinals (第3个), ranges (2～3岁) and longer numbers.
        if (/[+＋第～~\-—\d.]/.test(before) || /^[+＋]/.test(after)) continue;
        const masked = isMasked(value);
        if (!masked && /^[xX×]/.test(value)) continue;
        figures.push({
          text: match[0],
          value,
          unit,
          label: labelBefore(sentence, at),
          sentence,
          masked,
          where: source.where,
        });
      }
    }
  }
  return figures;
}

const STRONG_UNIT = /(%|％|‰|亿|万|元|个百分点|倍)/;
const GROWTH = /(增长|增加|提高|提升|下降|减少|同比|环比|年均|突破|达到)/;

/** How useful a figure is for a number card: 0 best. */
function figureTier(figure: Figure): number {
  const strong = STRONG_UNIT.test(figure.unit);
  const growth = GROWTH.test(figure.label);
  if (strong && growth) return 0;
  if (strong) return 1;
  if (growth) return 2;
  return 3;
}

/**
 * Orders figures for number cards: amounts and percentages (especially growth) first, bare
 * counts (`6个`, `3人`) last; document order within a tier.
 */
export function rankFigures(figures: readonly Figure[]): Figure[] {
  return figures
    .map((figure, index) => ({ figure, index, tier: figureTier(figure) }))
    .sort((a, b) => a.tier - b.tier || a.index - b.index)
    .map((entry) => entry.figure);
}

/** Chinese warning text listing masked figures, or null when there are none. */
export function describeMaskedFigures(figures: readonly Figure[]): string | null {
  const masked = figures.filter((f) => f.masked);
  if (masked.length === 0) return null;
  const listed = masked.slice(0, 8).map((f) => `“${f.label}${f.text}”`).join('、');
  const more = masked.length > 8 ? `等${masked.length}处` : '';
  return `文稿中有${masked.length}处数字被隐去（${listed}${more}），上会前请补全实际数字。`;
}
