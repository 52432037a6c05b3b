/**
 * Sentence splitting for Chinese prose. A sentence ends at 。！？ (and their ASCII forms) plus
 * any closing quotes/brackets that follow, or at a line break.
 */

export interface SentenceSpan {
  readonly text: string;
  /** Offset of the first character in the source string. */
  readonly start: number;
  /** Offset just past the last character (terminator and closing quotes included). */
  readonly end: number;
}

const TERMINATORS = '。！？!?';
const CLOSERS = '”’」』）)】》';

function codeUnitsOf(text: string): ReadonlySet<number> {
  const units = new Set<number>();
  for (let index = 0; index < text.length; index += 1) units.add(text.charCodeAt(index));
  return units;
}

const CLOSER_UNITS = codeUnitsOf(CLOSERS);
/** Terminator code units by the extra terminators asked for (callers use one or two sets). */
const terminatorUnits = new Map<string, ReadonlySet<number>>();

function terminatorsWith(extra: string): ReadonlySet<number> {
  let units = terminatorUnits.get(extra);
  if (units === undefined) {
    units = codeUnitsOf(TERMINATORS + extra);
    terminatorUnits.set(extra, units);
  }
  return units;
}

const LINE_FEED = 0x0a;
const NOT_SPACE = /\S/u;

/** Splits text into sentences with their offsets; line breaks end a sentence too. */
export function splitSentenceSpans(text: string, extraTerminators = ''): SentenceSpan[] {
  return collectSentenceSpans(text, extraTerminators, Number.POSITIVE_INFINITY);
}

/**
 * The first `limit` sentences of splitSentenceSpans, without reading past them. Characters are
 * compared as UTF-16 code units (charCodeAt), which is what matching one-character strings from
 * charAt did, without a new string for each Chinese character: parsing reads every paragraph
 * here several times.
 */
function collectSentenceSpans(text: string, extraTerminators: string, limit: number): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const terminators = terminatorsWith(extraTerminators);
  let start = 0;
  let i = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    // trim() and \s take the same characters for white space.
    const trimmed = raw.trim();
    if (trimmed.length > 0) {
      const lead = raw.search(NOT_SPACE);
      spans.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    }
    start = end;
  };
  while (i < text.length && spans.length < limit) {
    const unit = text.charCodeAt(i);
    if (unit === LINE_FEED) {
      push(i);
      start = i + 1;
      i += 1;
      continue;
    }
    if (terminators.has(unit)) {
      let end = i + 1;
      while (end < text.length && (terminators.has(text.charCodeAt(end)) || CLOSER_UNITS.has(text.charCodeAt(end)))) end += 1;
      push(end);
      i = end;
      continue;
    }
    i += 1;
  }
  if (spans.length < limit) push(text.length);
  return spans;
}

/** Plain sentence texts. */
export function splitSentences(text: string): string[] {
  return splitSentenceSpans(text).map((span) => span.text);
}

/**
 * Length of the first sentence of `text` (terminator and closing quotes included), or the whole
 * length when there is no terminator. `extra` adds terminators such as `；`.
 */
export function firstSentenceLength(text: string, extra = ''): number {
  // Asked of every paragraph and every item while parsing; splitting whole long paragraphs to
  // keep their first sentence was ~70 ms of a 100× seed build (--cpu-prof).
  const lineEnd = text.indexOf('\n');
  const first = collectSentenceSpans(lineEnd === -1 ? text : text.slice(0, lineEnd), extra, 1)[0];
  return first === undefined ? text.length : first.end;
}

/** True when the text ends with sentence-final punctuation. */
export function endsWithTerminator(text: string): boolean {
  return /[。！？!?][”’」』）)】》]*$/.test(text);
}
