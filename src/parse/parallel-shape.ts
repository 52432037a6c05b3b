/**
 * Two more shapes of parallel theme sentences, beside shared wording (`theme-sentences.ts`):
 * - numbers of different length at the same place are the same wording (`100年前，……` /
 *   `70年前，……`): a number is compared as a number, not digit by digit;
 * - the same clause rhythm: three or more comma clauses where every clause after the first has the
 *   same short length in every sentence (`100年前，五四肇基，宏业始创。` / `抗战八年，烽火淬砺，刚毅坚卓。`),
 *   the four-character phrases a speech uses for the stages of a history.
 */

/** The text with each run of digits (and a decimal part) written as one `#`. */
export function maskNumbers(text: string): string {
  return text.replace(/[0-9０-９]+(?:[.．][0-9０-９]+)?/gu, '#');
}

/** Longest length a clause of the shared rhythm may have. */
const MAX_RHYTHM_CLAUSE = 8;

/** True when every sentence has the same clause rhythm after its first clause (see above). */
export function sharesClauseRhythm(texts: readonly string[]): boolean {
  if (texts.length < 2) return false;
  const clauses = texts.map((text) => text.split(/[，,]/u));
  const first = clauses[0] ?? [];
  if (first.length < 3) return false;
  const rhythm = first.slice(1).map((clause) => clause.length);
  if (rhythm.some((n) => n < 2 || n > MAX_RHYTHM_CLAUSE)) return false;
  return clauses.every(
    (list) => list.length === first.length && list.slice(1).every((clause, i) => clause.length === rhythm[i] && !/[、；;：:]/u.test(clause)),
  );
}
