/**
 * Condensing a body into a few key phrases for the slide. Faithful by construction: every phrase
 * is a verbatim span of the source (a whole short sentence, or a clause), never reworded; the
 * full text goes to the notes. Phrases are chosen by rule: quoted terms, figures and the verbs
 * that open measures score; connectives that need their previous sentence do not.
 */

const SENTENCE_END = new Set(['。', '！', '？', '；', '\n']);
const CLAUSE_END = new Set(['，', '：', '；', '。', '！', '？', '\n']);
const ENUMERATION_COMMA = new Set(['、']);
const OPENERS: Record<string, string> = { '“': '”', '‘': '’', '（': '）', '《': '》', '「': '」', '『': '』', '【': '】', '(': ')' };
const CLOSERS = new Set(Object.values(OPENERS));
const TRAILING_PUNCTUATION = /[，。！？；：、,.;:!?\s]+$/u;
const LEADING_PUNCTUATION = /^[，。！？；：、,.;:!?\s]+/u;

/** Verbs that open a measure in Chinese reports; a clause starting with one is a good bullet. */
const MEASURE_VERBS =
  /^(坚持|推进|推动|完善|健全|实施|加强|深化|建立|建设|强化|打造|开展|落实|提升|构建|加快|优化|发挥|严格|全面|持续|大力|着力|积极|深入|扎实|加大|聚焦|围绕|培育|促进|保障|巩固|统筹|用好|抓好|做好|形成|实现|锻造|探索)/u;
/** Openers that lean on the previous sentence: a bullet starting with one reads as a fragment. */
const CONNECTIVES = /^(但|而|并|且|同时|其中|因此|所以|这|此外|也|还|又|即|从而|进而|以及|和|与|及)/u;
const FIGURE = /[0-9０-９*＊×]+(\.[0-9]+)?\s*(%|％|亿|万|个|户|项|家|人|元|倍|千|百)/u;

/** Split at top-level separators only: a comma inside “…” or （…） does not end a clause. */
function splitTopLevel(text: string, separators: ReadonlySet<string>): string[] {
  const parts: string[] = [];
  const stack: string[] = [];
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    const opener = OPENERS[char];
    if (opener !== undefined) {
      stack.push(opener);
    } else if (CLOSERS.has(char) && stack[stack.length - 1] === char) {
      stack.pop();
    } else if (stack.length === 0 && separators.has(char)) {
      parts.push(text.slice(start, index + 1));
      start = index + 1;
    }
  }
  if (start < text.length) parts.push(text.slice(start));
  // An unclosed bracket in the source would swallow the rest of the text: split naively then.
  if (stack.length > 0) return splitNaively(text, separators);
  return parts.filter((part) => part.trim() !== '');
}

function splitNaively(text: string, separators: ReadonlySet<string>): string[] {
  const parts: string[] = [];
  let start = 0;
  [...text].forEach((char, index, chars) => {
    if (separators.has(char)) {
      parts.push(chars.slice(start, index + 1).join(''));
      start = index + 1;
    }
  });
  const rest = [...text].slice(start).join('');
  if (rest !== '') parts.push(rest);
  return parts.filter((part) => part.trim() !== '');
}

export function splitSentences(text: string): string[] {
  return splitTopLevel(text, SENTENCE_END);
}

export function splitClauses(sentence: string): string[] {
  return splitTopLevel(sentence, CLAUSE_END);
}

/** A span as it should appear on a slide: trimmed, without the punctuation that ended it. */
export function cleanSpan(span: string): string {
  return span.replace(TRAILING_PUNCTUATION, '').replace(LEADING_PUNCTUATION, '').trim();
}

function isBalanced(text: string): boolean {
  const stack: string[] = [];
  for (const char of text) {
    const opener = OPENERS[char];
    if (opener !== undefined) stack.push(opener);
    else if (CLOSERS.has(char)) {
      if (stack.pop() !== char) return false;
    }
  }
  return stack.length === 0;
}

interface Candidate {
  readonly text: string;
  readonly order: number;
  readonly score: number;
}

/** Formulaic openers of a speech (我代表……, 向大会报告工作) carry no content worth a bullet. */
const FORMULAIC = /^(我代表|现在|下面|首先|今天|同志们|各位|请予|向大会|根据会议安排|现将)/u;

function scoreSpan(text: string, isFirstSentence: boolean, isWholeSentence: boolean): number {
  let score = 0;
  // Longer spans say more; very short ones read as fragments on a slide.
  if (text.length >= 14) score += 1;
  if (text.length < 10) score -= 2;
  if (FORMULAIC.test(text)) score -= 3;
  if (text.includes('“')) score += 3;
  if (FIGURE.test(text)) score += 2;
  if (MEASURE_VERBS.test(text)) score += 2;
  if (isFirstSentence) score += 1;
  if (isWholeSentence) score += 1;
  if (CONNECTIVES.test(text)) score -= 3;
  return score;
}

export interface CondenseOptions {
  /** How many phrases at most. */
  readonly count: number;
  /** Longest phrase, in characters. */
  readonly maxChars: number;
  /** Shortest phrase worth showing, in characters. */
  readonly minChars?: number;
}

function candidatesOf(text: string, options: CondenseOptions): Candidate[] {
  const minChars = options.minChars ?? 6;
  const candidates: Candidate[] = [];
  let order = 0;
  splitSentences(text).forEach((sentence, sentenceIndex) => {
    const whole = cleanSpan(sentence);
    const fits = (span: string): boolean => span.length >= minChars && span.length <= options.maxChars && isBalanced(span);
    if (fits(whole)) {
      candidates.push({ text: whole, order: order++, score: scoreSpan(whole, sentenceIndex === 0, true) });
      return;
    }
    for (const clause of splitClauses(sentence)) {
      const span = cleanSpan(clause);
      if (fits(span)) candidates.push({ text: span, order: order++, score: scoreSpan(span, sentenceIndex === 0, false) });
      else order++;
    }
  });
  return candidates;
}

/**
 * Up to `count` verbatim phrases from `text`, in source order. Falls back to the opening
 * characters of the text when no clause is short enough, so a slide never goes empty.
 */
export function pickKeyPhrases(text: string, options: CondenseOptions): string[] {
  const unique = new Map<string, Candidate>();
  for (const candidate of candidatesOf(text, options)) {
    if (!unique.has(candidate.text)) unique.set(candidate.text, candidate);
  }
  const all = [...unique.values()];
  // Fragments and formulae only when the text offers nothing better.
  const worthy = all.some((candidate) => candidate.score >= 0) ? all.filter((candidate) => candidate.score >= 0) : all;
  const chosen = worthy
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, options.count)
    .sort((a, b) => a.order - b.order)
    .map((candidate) => candidate.text);
  if (chosen.length > 0 || text.trim() === '') return chosen;
  return [leadPhrase(text, options.maxChars)];
}

/**
 * The lead phrase of a text for a heading-sized slot: the whole text when short, else its first
 * clause, else its first `maxChars` characters.
 */
export function leadPhrase(text: string, maxChars: number): string {
  const whole = cleanSpan(text);
  if (whole.length <= maxChars) return whole;
  const firstSentence = cleanSpan(splitSentences(text)[0] ?? text);
  if (firstSentence.length <= maxChars) return firstSentence;
  const firstClause = cleanSpan(splitClauses(text)[0] ?? text);
  if (firstClause.length <= maxChars && firstClause.length > 0) return firstClause;
  // A long run of 、-joined items: its first item still reads as a phrase; a cut mid-item does not.
  const firstItem = cleanSpan(splitTopLevel(firstClause, ENUMERATION_COMMA)[0] ?? firstClause);
  if (firstItem.length <= maxChars && firstItem.length >= Math.min(6, maxChars)) return firstItem;
  return [...whole].slice(0, maxChars).join('');
}
