/**
 * When shared wording is no sign of a parallel series. Theme sentences are found by shape
 * (`theme-sentences.ts`); these rules take out shapes that are common in plain prose:
 * - a shared opening that is only a pronoun (`我们党是……` / `我们必须……` / `我们要……`): the speaker
 *   says 我们 in every other sentence;
 * - a shared opening that also opens many other sentences of the same text (`毛主席是……` when the
 *   text is about him): the text's recurring subject, not a series;
 * - a quotation (`毛主席说：“……”`, `“……”`): the point is what follows it, not the words quoted;
 * - a sentence that opens by pointing back (`这是……`, `其……`, `它……`): it needs the one before;
 * - a sentence that argues (`我们不仅要有……，而且要有……`, `……，这是一句十分沉重的话`): a lead states
 *   a task or a result, an argument's clauses lean on one another.
 */

const PRONOUN_ONLY = /^(我们|咱们|你们|他们|她们|它们|大家|我|你|他|她|它|这|那|其|此)(党|的|都|也|就|要)?$/u;

/** True when the wording shared at the start of the series is only a pronoun. */
export function isPronounOnly(shared: string): boolean {
  return PRONOUN_ONLY.test(shared.replace(/[，、,\s]+$/u, ''));
}

/** True for a sentence that quotes someone (`……说：“……”`) or is mostly one quotation. */
export function isQuotation(sentence: string): boolean {
  if (/[：:][“"「『]/u.test(sentence)) return true;
  // A short name in quotes that its own predicate follows (`“一网通办”强力推进。`) is the subject.
  const namedFirst = QUOTED_NAME_FIRST.test(sentence);
  if (/^[“"「『]/u.test(sentence) && !namedFirst) return true;
  // Mostly one quotation: short terms in quotes (`惟“守正”方能“创新”。`) are the speaker's own words.
  const longest = Math.max(0, ...[...sentence.matchAll(/[“「『][^”」』]*[”」』]?/gu)].map((m) => m[0].length));
  if (longest * 2 <= sentence.length || namedFirst) return false;
  // A name in quotes after a phrase of its own (`坚定不移地推进“四大国家战略举措”。`) is no
  // quotation; words quoted after a verb of saying or a bare subject (`他说“……”`) are.
  const before = sentence.slice(0, sentence.search(/[“「『]/u));
  return before.length < MIN_OWN_PHRASE || SAYING.test(before);
}

/** A quoted name of up to 12 characters opening the sentence, then four or more of its own words. */
const QUOTED_NAME_FIRST = /^[“"「『][^”"」』]{1,12}[”"」』][^，。！？、；：,.!?;:\s“”"「」『』]{4}/u;

/** Characters before a quoted name that make a phrase of their own (`坚定不移地推进`). */
const MIN_OWN_PHRASE = 4;

/** A verb of saying just before the quotation marks. */
const SAYING = /(说|讲|道|云|曰|指出|强调|提出|认为|要求|告诫|号召|所言|有言|写到|提到)$/u;

/** True for a sentence that opens with a word pointing back to what was said before. */
export function pointsBack(sentence: string): boolean {
  return /^(这|那|此|其|它|该)/u.test(sentence) && !/^(这一|那一)[年天次]/u.test(sentence);
}

/** Words that open the later clause of an argument: a consequence, a contrast, a pointer back. */
const ARGUING_CLAUSE = /^(这|那|而且|而是|才|就是|但|却|所以|因此|因而|否则|也就是)/u;
/** Words that open the first half of a two-part argument (`只有……，才……`), after a subject of up to four characters. */
const ARGUING_OPENING = /^[^，,]{0,4}?(不仅|不但|只有|只要|如果|假如|虽然|尽管|因为|既然|无论|不管)/u;

/**
 * True for a sentence that argues rather than states: its first clause opens the first half of a
 * two-part argument, or a later clause goes on with a consequence, a contrast or a pointer back.
 */
export function argues(sentence: string): boolean {
  const clauses = sentence.split(/[，,；;]/u).map((clause) => clause.trim());
  return ARGUING_OPENING.test(clauses[0] ?? '') || clauses.slice(1).some((clause) => ARGUING_CLAUSE.test(clause));
}

/** Words announcing a list to come (`主要做了以下工作。`, `……有以下几个方面`): such a line leads into a series and is none of its members. */
export const ANNOUNCES_LIST = /以下|如下|下面/u;

/** How many sentences of `paragraphs` open with `shared`, leaving out the first sentence of each of `members`. */
function otherOpenings(shared: string, paragraphs: readonly string[], members: readonly number[]): number {
  const memberSet = new Set(members);
  let count = 0;
  paragraphs.forEach((paragraph, k) => {
    const sentences = paragraph.split(/(?<=[。！？!?])/u);
    sentences.forEach((sentence, s) => {
      if (s === 0 && memberSet.has(k)) return;
      if (sentence.trim().startsWith(shared)) count += 1;
    });
  });
  return count;
}

/** True when the shared opening is a pronoun or the text's recurring subject rather than a series mark. */
export function isCommonOpening(shared: string, paragraphs: readonly string[], members: readonly number[]): boolean {
  if (shared.length === 0) return false;
  return isPronounOnly(shared) || otherOpenings(shared, paragraphs, members) >= members.length;
}

/**
 * A turn of a dialogue written down (`问：……`, `答：……`, `主持人：……`): the questions an audience
 * asked before the speaker answers them are no series of the speaker's own parts, however alike
 * they open.
 */
export const DIALOGUE_TURN = /^\s*(?:问|答|提问|回答|主持人|记者)\s*[：:]/u;
