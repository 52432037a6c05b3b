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

/** Split `text` into plain and quoted spans; quoted spans take `emphasis`. */
export function emphasizeQuotes(text: string, plain: RunStyle, emphasis: RunStyle): StyledSpan[] {
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
  return text === '' ? [] : [{ text, style }];
}
