/**
 * What a slide says, checked against its source: every paragraph of source wording on a slide must
 * be a verbatim span that starts and ends at clause boundaries (no cut inside a clause), and every
 * card label a verbatim span on word breaks. Used by tests and by scripts/verbatim-share.ts.
 */
import { wordBreaks } from '../../src/parse/word-breaks.js';
import type { DeckPlan, TextShape } from '../../src/plan/deck-plan.js';
import type { Theme } from '../../src/themes/theme-schema.js';

/** Characters a clause-complete span may start after or end before. */
const BOUNDARY = /[，。；：！？、,;:!?\n“”"‘’（）()《》【】—…\s·]/u;

/** The source as spans are looked up in: whitespace inside lines and note marks (`［2］`) dropped, line ends kept. */
export function normalizeSource(text: string): string {
  return text
    .replace(/[^\S\n]+/gu, '')
    .replace(/\r/gu, '')
    .replace(/[［[]\d{1,3}[］\]]/gu, '');
}

function compact(text: string): string {
  return text.replace(/\s+/gu, '');
}

/**
 * Numbering and enumeration marks end where a heading's words begin (`一是`, `二要`, `1.`, `（一）`,
 * `第一，`): a title taken after one starts at a clause boundary.
 */
const MARKER_BEFORE =
  /(?:^|[\n，。；：！？])(?:[一二三四五六七八九十]+[是要抓]|第[一二三四五六七八九十]+[，、]?|\d+[.、．]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、)$/u;

/** `特别是就业形势总体稳定…`, `尤其要…`: a slide shows the case singled out without the words that single it out (condense.ts). */
const SINGLED_OUT_BEFORE = /(?:^|[\n，。；：！？])(?:特别是|尤其是|特别|尤其)$/u;

/** `一要强化…`, `一抓组织领导…`: the numeral is the mark, the heading keeps its 要/抓. */
const BARE_NUMERAL_BEFORE = /(?:^|[\n，。；：！？])[一二三四五六七八九十]+$/u;

/** True when `span` occurs in `source` with a clause boundary (or the text's edge) on both sides. */
export function isClauseCompleteSpan(span: string, source: string): boolean {
  const needle = compact(span);
  if (needle === '') return true;
  for (let at = source.indexOf(needle); at >= 0; at = source.indexOf(needle, at + 1)) {
    const before = at === 0 ? '\n' : source.charAt(at - 1);
    const end = at + needle.length;
    const after = end >= source.length ? '\n' : source.charAt(end);
    const lead = source.slice(Math.max(0, at - 8), at);
    const startsClean =
      BOUNDARY.test(before) ||
      BOUNDARY.test(needle.charAt(0)) ||
      MARKER_BEFORE.test(lead) ||
      (BARE_NUMERAL_BEFORE.test(lead) && /^[要是抓]/u.test(needle)) ||
      (SINGLED_OUT_BEFORE.test(lead) && (!/(?:特别|尤其)$/u.test(lead) || needle.startsWith('要')));
    const endsClean = BOUNDARY.test(after) || BOUNDARY.test(needle.charAt(needle.length - 1));
    if (startsClean && endsClean) return true;
  }
  return false;
}

/** True when `label` occurs in `source` starting and ending on word breaks (or clause boundaries). */
export function isWordBoundedSpan(label: string, source: string): boolean {
  const needle = compact(label);
  for (let at = source.indexOf(needle); at >= 0; at = source.indexOf(needle, at + 1)) {
    const from = Math.max(0, at - 30);
    const window = source.slice(from, at + needle.length + 30);
    const breaks = wordBreaks(window);
    const start = at - from;
    const end = start + needle.length;
    const okStart = breaks.has(start) || BOUNDARY.test(window.charAt(start - 1));
    const okEnd = breaks.has(end) || BOUNDARY.test(window.charAt(end));
    if (okStart && okEnd) return true;
  }
  return false;
}

export function paragraphText(shape: TextShape, index: number): string {
  return (shape.paragraphs[index]?.lines ?? []).map((line) => line.map((run) => run.text).join('')).join('');
}

export interface SlideParagraph {
  readonly slide: number;
  readonly kind: string;
  readonly role: TextShape['role'];
  readonly text: string;
}

/**
 * The paragraphs of a deck that carry source wording: body, headings, titles and card labels,
 * without the theme's fixed words (目录, 总体情况, 第一部分, closing words, （续）, 待填 marks) and
 * without numbers. A title or an agenda entry set on several lines counts as one paragraph.
 */
export function sourceParagraphs(plan: DeckPlan, theme: Theme): SlideParagraph[] {
  const { wording } = theme;
  const fixed = new Set([wording.agenda, wording.overview, wording.closing, wording.closingSub, wording.coverNote, '谢谢大家', '汇报完毕', '敬请批评指正']);
  const paragraphs: SlideParagraph[] = [];
  plan.slides.forEach((slide, slideIndex) => {
    if (slide.kind === 'closing') return;
    for (const shape of slide.shapes) {
      if (shape.type !== 'text' || shape.role === 'footer' || shape.role === 'number' || shape.role === 'figure') continue;
      const texts =
        shape.role === 'title' || (shape.role === 'heading' && slide.kind === 'agenda')
          ? [shape.paragraphs.map((_, index) => paragraphText(shape, index)).join('')]
          : shape.paragraphs.map((_, index) => paragraphText(shape, index));
      for (const raw of texts) {
        const text = raw
          .replace(new RegExp(`${escape(wording.continued)}$`, 'u'), '')
          .replace(new RegExp(`（${escape(wording.masked)}）$`, 'u'), '')
          .trim();
        if (text === '' || fixed.has(text) || /^第[一二三四五六七八九十]+部分$/u.test(text)) continue;
        paragraphs.push({ slide: slideIndex + 1, kind: slide.kind, role: shape.role, text });
      }
    }
  });
  return paragraphs;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Share of a deck's source paragraphs that are clause-complete verbatim spans, and the misses. */
export function verbatimShare(plan: DeckPlan, theme: Theme, source: string): { share: number; total: number; misses: SlideParagraph[] } {
  const normalized = normalizeSource(source);
  // The cover's title may stand on two source lines; its speaker, meeting and date are fields read
  // from the front matter (`市国资委在全市组织工作会议上的…`), so they are checked on word breaks.
  const oneLine = normalized.replace(/\n/gu, '');
  const paragraphs = sourceParagraphs(plan, theme);
  // A heading the source wrapped over two lines (`……搞好党风和` / `廉政建设`) is one span of `oneLine`.
  const clauseComplete = (text: string): boolean => isClauseCompleteSpan(text, normalized) || isClauseCompleteSpan(text, oneLine);
  const misses = paragraphs.filter((paragraph) => {
    if (paragraph.kind === 'cover') return !isWordBoundedSpan(paragraph.text, oneLine) && !clauseComplete(paragraph.text);
    return !(paragraph.role === 'label' ? isWordBoundedSpan(paragraph.text, normalized) : clauseComplete(paragraph.text));
  });
  return { share: paragraphs.length === 0 ? 1 : 1 - misses.length / paragraphs.length, total: paragraphs.length, misses };
}
