/**
 * Key figures for number cards: numbers with a unit (`12.5%`, `1.2万亿元`, `558人`) and masked
 * placeholders (`*户`, `*%`, `××个`, `XX万元`) that must be filled in before the meeting.
 * Years, dates, ordinals (`第3`), counts inside formulas (`4+N`, `14+1`) and ranges of ages are
 * left out: they make poor cards.
 */

import { cardLabelFor, classifyFigure, forwardSections } from './figure-roles.js';
import type { Figure, Section } from './outline.js';
import { splitSentenceSpans } from './split-sentences.js';

const UNITS = [
  '个百分点',
  '万亿元',
  // Other currencies keep their name: `2.17万亿美元` beside `万亿元` cards must not read as yuan.
  '万亿美元',
  '亿美元',
  '万美元',
  '亿美金',
  '万美金',
  '亿港元',
  '亿欧元',
  '美元',
  '美金',
  '亿元',
  '万元',
  '千元',
  '元',
  '万千瓦时',
  '亿千瓦时',
  '万千瓦',
  '千瓦',
  // Measures written after 亿/万 (`130亿斤`, `2.1亿吨`) keep their unit: without it the card reads `130亿`.
  '亿人次',
  '亿公斤',
  '万公斤',
  '亿斤',
  '万斤',
  '亿吨',
  '亿立方米',
  '万立方米',
  '万标箱',
  '万亿',
  '亿',
  '万人次',
  '人次',
  '万人',
  '万户',
  '万名',
  '万个',
  '万家',
  '万套',
  '万辆',
  '万件',
  '万平方米',
  '平方米',
  '平方公里',
  '万亩',
  '亩',
  '万吨',
  '吨',
  '公里',
  '千米',
  '%',
  '％',
  '‰',
  '倍',
  '人',
  '户',
  '个',
  '项',
  '家',
  '所',
  '座',
  '名',
  '件',
  '台',
  '辆',
  '套',
  '场',
  '批',
  '支',
  '条',
  '类',
  '篇',
  '门',
  '张',
];
const UNIT_PATTERN = UNITS.map((u) => u.replace(/[%]/g, '\\$&')).join('|');
// Thousands may be grouped with a comma or, as many government reports write them, a space (`2 311.43亿元`).
// A number glued to a Latin letter is a code or a misread character (`增长I4.8％` for 14.8 %), not a figure to show.
const NUMBER = String.raw`(?<![A-Za-z])\d+(?:[,，]\d{3}| \d{3}(?!\d))*(?:\.\d+)?`;
const MASK = String.raw`[*＊]+|[×xX]{1,3}|[XＸ]{2}`;
const FIGURE = new RegExp(`(${NUMBER}|${MASK})\\s*(${UNIT_PATTERN})`, 'g');

const LABEL_TRIM = /(达到|达|为|是|突破|超过|超|约|近|共|累计|增加到|增至|提高到|提升到|下降到|降至|实现|完成|占)$/;

function isMasked(value: string): boolean {
  return /^([*＊]+|[×xX]{1,3}|[XＸ]{2})$/.test(value);
}

const BOUNDARY_CHARS = ['，', '。', '；', '：', '、', '！', '？', '（', '(', ',', ';', ':', '\n'];
const WEAK_LABEL = /^(增长|增加|提高|提升|下降|减少|增长到|增加到|提高到|达到|分别|分别为|分别增长|其中)?$/;

/** Connectives and fillers that open a clause without naming anything (`并`, `其中`, `同时`). */
const LEADING_FILLER = /^(?:以及|并且|而且|此外|另外|其中|同时|全年|全市|全省|今年|去年|并|和|及|与|而|且|还|也|又)+/;
/** Joins inside a label: a label cut short keeps the whole last conjunct (`专项预案`), not half a word. */
const CONJUNCTION = /以及|[和及与]/g;
const MAX_LABEL = 12;
/** Words a long label can lose without changing what it names (`分别`, `较上年`). */
const DROPPABLE = /分别|同比|环比|较上年|比上年|比去年/g;

/** Words only: drops figures, years, leading fillers and linking verbs. */
function cleanLabel(raw: string): string {
  let last = 0;
  for (const match of raw.matchAll(new RegExp(FIGURE.source, 'g'))) last = (match.index ?? 0) + match[0].length;
  let label = raw.slice(last).replace(/^[\d.%％,，\s]+/, '');
  label = label.replace(LEADING_FILLER, '');
  // Years and linking particles say when, not what.
  label = label.replace(/\d{4}\s*年(?:底|末|初)?的?/g, '').replace(/[由从的比较]+$/, '');
  const trimmed = label.replace(LABEL_TRIM, '');
  return (trimmed.length < 2 ? label : trimmed).replace(/[及和与并]$/, '').trim();
}

/** Action verbs that open a long label (`建设现代农业产业园`): dropped first when it must be cut. */
const LEADING_VERB = /^(?:建设|完成|实现|开展|推进|组织|举办|累计|共计|全面|持续)/;

/**
 * Shortens a label to MAX_LABEL characters, preferring to start at a conjunct or after an opening
 * verb over cutting a word in half.
 */
function shortenLabel(label: string): string {
  if ([...label].length <= MAX_LABEL) return label;
  const lean = label.replace(DROPPABLE, '');
  if ([...lean].length <= MAX_LABEL && [...lean].length >= 2) return lean;
  const chars = [...lean];
  for (const match of lean.matchAll(CONJUNCTION)) {
    const rest = lean.slice((match.index ?? 0) + match[0].length);
    if ([...rest].length >= 2 && [...rest].length <= MAX_LABEL) return rest;
  }
  const withoutVerb = lean.replace(LEADING_VERB, '');
  if ([...withoutVerb].length <= MAX_LABEL) return withoutVerb;
  return chars.slice(-MAX_LABEL).join('');
}

/** A change with no subject (`同比增长`): it is about the measure of the clause before. */
const BARE_CHANGE = /^(?:同比|环比|年均|比上年|较上年|比去年)?(?:增长|增加|提高|提升|下降|减少|降低)$/;

/** The label of the last figure in the clause that ends just before `clauseStart`, or ''. */
function previousClauseLabel(text: string, clauseStart: number): string {
  const end = clauseStart - 1;
  if (end <= 0 || !/[，,；;]/.test(text.charAt(end))) return '';
  const start = Math.max(...BOUNDARY_CHARS.map((p) => text.lastIndexOf(p, end - 1))) + 1;
  const clause = text.slice(start, end);
  const matches = [...clause.matchAll(new RegExp(FIGURE.source, 'g'))];
  const last = matches[matches.length - 1];
  if (last === undefined) return '';
  const label = cleanLabel(clause.slice(0, last.index ?? 0));
  return label.length >= 2 && !BARE_CHANGE.test(label) ? label : '';
}

/**
 * Count units that come before the counted noun (`12个项目`, `3家企业`, `*户监管企业`): for these,
 * the noun after the figure is what is counted.
 */
const COUNT_UNIT = /^万?(户|名|个|家|项|所|座|件|台|辆|套|场|批|支|条|类|篇|门|张)$/;
/**
 * Words that end a lead-in without naming the count: conjunctions (`市国资委党委及`), `其中`, `共`,
 * `有`, prepositions (`对`) and demonstratives (`今天我把这`).
 */
const LEADS_INTO_NOUN = /(及|和|与|、|其中|共|有|对|向|把|将|这|那|此|该|各)$/;
/**
 * Where the counted noun phrase ends: the verb, adverb, preposition or conjunction that follows it
 * (single characters only when they rarely occur inside nouns).
 */
const NOUN_PHRASE_END =
  /第一时间|召开|实现|完成|入选|获得|获评|开展|达到|同比|环比|增长|下降|提高|提升|全部|均|已|都|共|被|在|是|的|进行|参与|作为|签订|通过|成为|纳入|列入|建成|开工|投产|落地|实行|挂牌|按期|分别|正在|利润|营业|收入|要|将|很|更|最|就|才|再|也|还|又|把|让|使|给|送|向|从|到|于|和|与|及/;

/** The counted noun right after a count figure (`监管企业党委` in `*户监管企业党委第一时间召开`). */
function nounAfter(text: string, end: number): string {
  const rest = text.slice(end);
  const clauseEnd = Math.min(...BOUNDARY_CHARS.map((p) => rest.indexOf(p)).filter((i) => i >= 0), rest.length);
  const clause = rest.slice(0, clauseEnd).replace(/^[\s“”"]+/, '');
  const stop = clause.search(NOUN_PHRASE_END);
  const noun = (stop === -1 ? clause : clause.slice(0, stop)).replace(/[“”"‘’（）()]/g, '');
  return [...noun].slice(0, MAX_LABEL).join('');
}

/**
 * A short label for the figure at `at`: the words of the same clause just before it; when those
 * are only a verb (`增长到`), the words that open the clause (`地区生产总值由…增长到…`); for a
 * count unit whose lead-in names nothing (`市国资委党委及*户监管企业`, `其中3家企业`), the counted
 * noun after it (`监管企业`).
 */
export function labelBefore(text: string, at: number): string {
  const clauseStart = Math.max(...BOUNDARY_CHARS.map((p) => text.lastIndexOf(p, at - 1))) + 1;
  const raw = text.slice(clauseStart, at);
  let label = cleanLabel(raw);
  if (WEAK_LABEL.test(label)) {
    const firstFigure = raw.search(new RegExp(FIGURE.source));
    if (firstFigure > 0) {
      const subject = cleanLabel(raw.slice(0, firstFigure));
      if (subject.length >= 2) label = subject;
    }
  }
  if (BARE_CHANGE.test(label)) {
    // `资产总额达到*亿元，同比增长8.7%`: the growth is the asset total's.
    const subject = previousClauseLabel(text, clauseStart);
    if (subject !== '') label = `${subject}${label}`;
  }
  const figure = new RegExp(`^(?:${FIGURE.source})`).exec(text.slice(at));
  if (figure !== null && COUNT_UNIT.test(figure[2] ?? '') && (label.length < 2 || LEADS_INTO_NOUN.test(raw.trim()))) {
    const noun = nounAfter(text, at + figure[0].length);
    if ([...noun].length >= 2) return noun;
  }
  return shortenLabel(label);
}

export interface FigureSource {
  readonly text: string;
  readonly where: 'opening' | number;
  /** True for a section that looks ahead (tasks, targets): its figures are plans unless done. */
  readonly forward?: boolean;
}

/** A bound or an estimate written next to a figure: dropped, `提升超50%` would show as exactly 50 %. */
const QUALIFIER_BEFORE = /(?:超过|超|逾|将近|接近|近|约|不足|不到)$/u;
const QUALIFIER_AFTER = /^(?:以上|以下|左右|多|余)/u;

/** The figure as the source qualifies it (`超50%`, `5%左右`, `9800亿元以上`): still a verbatim span. */
function qualified(sentence: string, at: number, figure: string): string {
  const before = QUALIFIER_BEFORE.exec(sentence.slice(Math.max(0, at - 2), at))?.[0] ?? '';
  const after = QUALIFIER_AFTER.exec(sentence.slice(at + figure.length))?.[0] ?? '';
  return `${before}${figure}${after}`;
}

/** Finds figures in each source text, in order. */
export function findFigures(sources: readonly FigureSource[]): Figure[] {
  const figures: Figure[] = [];
  for (const source of sources) {
    for (const span of splitSentenceSpans(source.text)) {
      const sentence = span.text;
      const spans = [...sentence.matchAll(FIGURE)].map((found) => ({ start: found.index ?? 0, end: (found.index ?? 0) + found[0].length }));
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
          text: masked ? match[0] : qualified(sentence, at, match[0]),
          value,
          unit,
          label: labelBefore(sentence, at),
          sentence,
          role: classifyFigure(sentence, at, at + match[0].length, source.forward === true),
          cardLabel: cardLabelFor(sentence, at, at + match[0].length, spans),
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

const PRONOUN_START = /^(这|那|此|其|该|今天|我|你|他|她|它|咱|大家)/;
const BARE_VERB = /^(同比|环比|年均|较上年|比上年|增长|增加|提高|提升|下降|减少|达到|达|实现|完成|超过|突破|占|为|是|有|共|约|近|分别|其中|做了|做)+$/;

/**
 * True when the label names what is measured: two characters or more, not a bare verb (`增长`)
 * and not led by a pronoun (`这`, `今天我把这`). Cards with such labels say nothing on their own.
 */
export function hasNamingLabel(figure: Figure): boolean {
  const label = figure.label;
  return [...label].length >= 2 && !BARE_VERB.test(label) && !PRONOUN_START.test(label);
}

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
 * Orders figures for number cards: figures whose label names the measure before those whose
 * label does not (`这`, `增长`); within each, amounts and percentages (especially growth) first,
 * bare counts (`6个`, `3人`) last; document order within a tier.
 */
export function rankFigures(figures: readonly Figure[]): Figure[] {
  return figures
    .map((figure, index) => ({ figure, index, tier: figureTier(figure) + (hasNamingLabel(figure) ? 0 : 10) }))
    .sort((a, b) => a.tier - b.tier || a.index - b.index)
    .map((entry) => entry.figure);
}

/** Chinese warning text listing masked figures, or null when there are none. */
export function describeMaskedFigures(figures: readonly Figure[]): string | null {
  const masked = figures.filter((f) => f.masked);
  if (masked.length === 0) return null;
  const listed = masked
    .slice(0, 8)
    .map((f) => `“${f.label}${f.text}”`)
    .join('、');
  const more = masked.length > 8 ? `等${masked.length}处` : '';
  return `文稿中有${masked.length}处数字被隐去（${listed}${more}），上会前请补全实际数字。`;
}

/**
 * The figures of an outline, ranked for number cards: from the opening and from each section's
 * heading, lead, points and body, in that order. Both `parseReport` and the Markdown reader use
 * this, so an outline and its Markdown round trip always agree on their figures.
 */
export function findOutlineFigures(opening: string, sections: readonly Section[]): Figure[] {
  const sources: FigureSource[] = [{ text: opening, where: 'opening' }];
  const forward = forwardSections(sections.map((section) => section.title));
  sections.forEach((section, index) => {
    const pointText = section.points.map((point) => `${point.heading}\n${point.body}`).join('\n');
    sources.push({ text: [section.heading, section.lead, pointText, section.body].join('\n'), where: index, forward: forward[index] === true });
  });
  return rankFigures(findFigures(sources));
}
