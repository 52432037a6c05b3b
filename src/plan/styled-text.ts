/**
 * Turning source strings into styled spans. Quoted terms (“…”) are what a Chinese report
 * stresses, so they are set in the accent colour.
 */
import type { Span } from './break-lines.js';

export interface RunStyle {
  readonly color: string;
  readonly bold: boolean;
}

export type StyledSpan = Span<RunStyle>;
export type StyledParagraph = readonly StyledSpan[];

const QUOTED = /“[^“”]*”/g;

/**
 * Spaces a source carries beside its figures (`60  万元`, `2020 年`, `增长 5%`) or before a Chinese
 * punctuation mark (`160 个 ，`), typed or left by copying out of a PDF: on a slide they show as gaps
 * inside a phrase (an eighth deck review), as do digits spaced one by one. Between Chinese words
 * they stay: there they part phrases (`竖直脊梁  立定脚跟`) or a title from a name (`省长 胡玉亭`);
 * so do spaces beside a Latin word (`5G 网络`). The notes keep the source as it is.
 */
const GAP =
  /(?<=\d)[ \u00a0\u3000]+(?=\p{Script=Han})|(?<=[\p{Script=Han}”）》])[ \u00a0\u3000]+(?=\d(?![\d.,]*[A-Za-z]))|[ \u00a0\u3000]+(?=[，。、；：？！）》”])|(?<=[（《“])[ \u00a0\u3000]+/gu;

/** Digits spaced out one by one (`1 9 9 8 年`, `从4 0 个`), as some PDFs set figures. */
const SPACED_DIGITS = /(?<![\d.])\d(?: \d)+(?![\d.])/gu;

/** `text` as a slide shows it: the gaps above closed, digits spaced one by one joined. */
export function closeUpGaps(text: string): string {
  if (!text.includes(' ') && !text.includes('\u3000') && !text.includes('\u00a0')) return text;
  return text.replace(SPACED_DIGITS, (digits) => digits.replace(/ /gu, '')).replace(GAP, '');
}

/** Split `text` into plain and quoted spans; quoted spans take `emphasis`. */
export function emphasizeQuotes(source: string, plain: RunStyle, emphasis: RunStyle): StyledSpan[] {
  const text = closeUpGaps(source);
  const spans: StyledSpan[] = [];
  let last = 0;
  for (const match of text.matchAll(QUOTED)) {
    const start = match.index;
    if (start > last) spans.push({ text: text.slice(last, start), style: plain });
    spans.push({ text: match[0], style: emphasis });
    last = start + match[0].length;
  }
  if (last < text.length) spans.push({ text: text.slice(last), style: plain });
  return spans;
}

export function plainSpans(text: string, style: RunStyle): StyledSpan[] {
  return text === '' ? [] : [{ text: closeUpGaps(text), style }];
}
