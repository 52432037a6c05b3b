/**
 * Titles for enumerations that have no heading of their own (`……提三点希望：一是要……`): the
 * shortest phrase of the sentence that introduces the group, taken verbatim.
 */

import { parseChineseNumeral } from './detect-markers.js';
import { wordBreaks } from './word-breaks.js';
import { splitSentences } from './split-sentences.js';
import { pointsBack } from './shared-wording.js';

/** A count of items: `三点`, `以下四个`, `4点`, `几个方面`. */
const COUNT = /(以下|如下|[一二三四五六七八九十两几\d]+)(个|点|项|条|方面|种|件|大|方面)/;
/** Two-character verbs that often introduce a count (`强调几点`, `提出三项`). */
const VERBS2 = new Set([
  '强调',
  '提出',
  '谈谈',
  '讲讲',
  '交流',
  '突出',
  '抓好',
  '做好',
  '把握',
  '明确',
  '树立',
  '强化',
  '坚持',
  '落实',
  '推进',
  '实现',
  '完成',
  '念好',
  '汇报',
  '报告',
  '部署',
]);
const SUBJECT = /^(我们|我|大家|咱们|各位|全体|全市|全省)/;
/** A count phrase with no content of its own (`有以下几个方面`, `如下三点`). */
const FORMULA = /^(主要)?有?(以下|如下|下面)?[一二三四五六七八九十两几\d]*(个|点|项|条|方面|个方面)+$/;

/** The phrase starting at the verb of a clause that contains a count. */
function phraseAtCount(clause: string, at: number): string {
  const want = clause.lastIndexOf('要', at);
  if (want >= 0 && at - want <= 12) return clause.slice(want + 1);
  let verbEnd = at;
  if (verbEnd > 1 && '了好出'.includes(clause.charAt(verbEnd - 1))) verbEnd -= 1;
  let start = Math.max(0, VERBS2.has(clause.slice(verbEnd - 2, verbEnd)) ? verbEnd - 2 : verbEnd - 1);
  // Never start inside a word (`回顾四个多月` must not lose its 回).
  const breaks = wordBreaks(clause);
  while (start > 0 && !breaks.has(start)) start -= 1;
  // An adverb of sequence stays with its verb (`再强调四点意见`, `还要提几点希望`).
  if (start > 0 && '再还又'.includes(clause.charAt(start - 1))) start -= 1;
  // A count that ends the clause has no noun of its own (`我强调几点`): without its speaker the
  // phrase is a bare fragment (`强调几点`), so the speaker stays.
  const countEnd = at + (COUNT.exec(clause.slice(at))?.[0].length ?? 0);
  const before = clause.slice(0, start);
  if (countEnd === clause.length && before !== '' && before.replace(SUBJECT, '') === '') return clause;
  return clause.slice(start);
}

/** Adverbial clauses that set the scene before the main clause (`在……下`, `通过……`, `随着……`). */
const ADVERBIAL = /^(在|通过|随着|经过|根据|按照|依据|为了|为|面对|围绕|对照|回顾|截至|自|从|当前|目前|近年来|过去|今年|去年|作为)/;

/** A word that only places the clause in the talk (`在此希望你们`, `借此`): it names nothing. */
const FILLER = /^(?:在此|借此|特此|于此)/u;

/** The phrase a clause names: after its `要` (the task), else without its subject or a copula ending it. */
function phraseOfClause(clause: string): string {
  // `总的思路是，……`: the clause names its subject; what it is follows the comma.
  const subject = /^(.{4,})(?<!求)是$/u.exec(clause);
  if (subject !== null) return subject[1] ?? clause;
  const want = clause.lastIndexOf('要');
  if (want >= 0 && clause.length - want - 1 >= 4) return withoutCasualVerb(clause.slice(want + 1));
  const withoutSubject = clause.replace(FILLER, '').replace(SUBJECT, '');
  return withoutCasualVerb(withoutSubject.length >= 4 ? withoutSubject : clause);
}

/** `介绍一下`, `谈一下`: a casual verb before what the group is about, which names it alone (`学校工作思路`). */
function withoutCasualVerb(phrase: string): string {
  const rest = phrase.replace(/^\p{Script=Han}{1,2}一下/u, '');
  return rest.length >= 4 ? rest : phrase;
}

/**
 * Picks the phrase of the lead-in paragraph that names the group that follows it:
 * - a clause opening with the words all the group's items open with (`seriesOpening`) names it;
 * - a lead-in ending in a colon names the group in its last clause (`我们着力“十抓”推进工作：`);
 * - else a clause with a count (`树立以下四个教育理念`);
 * - else a task (`……要努力建设人民满意的政府。`) is named after its `要`, in the last clause;
 * - else the lead-in states a result with 了, named by the clause with 取得了 or else the last
 *   such clause, after the clauses that set the scene (`在……督导下，……，主题教育取得了明显成效，……。`);
 * - else the clause echoing the items' opening words (`争做新时代的奋斗者`), else its first main clause.
 */
export function titleFromLeadIn(leadIn: string, seriesOpening = '', items: readonly string[] = []): string {
  const named = clauseOpeningSeries(leadIn, seriesOpening);
  if (named !== null) return named;
  const sentences = splitSentences(leadIn);
  // A closing sentence that points back (`这是……的重要遵循。`) comments on the one before it, which names the theme;
  // one that counts (`这里，我强调几点。`) points ahead, to the group.
  const closing = sentences[sentences.length - 1] ?? '';
  const commentsBack = pointsBack(closing) && !COUNT.test(unquoted(closing));
  const lastIndex = sentences.length >= 2 && commentsBack ? sentences.length - 2 : sentences.length - 1;
  const last = sentences[lastIndex] ?? leadIn;
  const clauses = last
    .replace(/[。！？!?；;：:]+$/, '')
    .split(/[，,；;：:。！？!?]/)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
  const lastClause = clauses[clauses.length - 1] ?? last;
  const introduces = /[：:]\s*$/.test(last);
  const countAt = (clause: string): number | null => COUNT.exec(unquoted(clause))?.index ?? null;
  if (introduces && lastClause.replace(SUBJECT, '').length >= 4) {
    const at = countAt(lastClause);
    return at === null ? phraseOfClause(lastClause) : phraseAtCount(lastClause, at);
  }
  const counted = [...clauses].reverse().find((c) => COUNT.test(unquoted(c)));
  if (counted !== undefined) {
    const phrase = phraseAtCount(counted, countAt(counted) ?? 0);
    // `主要有以下几个方面` names nothing: the clause before it says what the parts are about.
    const before = clauses[clauses.indexOf(counted) - 1];
    if (FORMULA.test(phrase) && before !== undefined) return phraseOfClause(before);
    return phrase;
  }
  if (introduces) return phraseOfClause(lastClause);
  if (TASK.test(last)) return phraseOfClause(taskClause(clauses) ?? lastClause);
  // A clause that is mostly a quoted name (`做到“两个维护”`) is no title when a fuller one follows.
  const mains = clauses.flatMap(coordinatedResults).filter((c) => !ADVERBIAL.test(c) && unquoted(c).replace(SUBJECT, '').replace(/＿/g, '').length >= 4);
  // A lead-in that names the items one by one before they come names their group there, not in its result.
  const preview = previewOfItems(leadIn, items);
  if (preview !== null) return preview;
  const result = resultClause(mains);
  if (result !== undefined) return withoutConjunction(phraseOfClause(result));
  return clauseEchoingSeries(leadIn, seriesOpening) ?? withoutConjunction(phraseOfClause(mains[0] ?? lastClause));
}

/** The verb official texts state an overall result with (`取得了明显成效`, `取得了重大成果`). */
const RESULT_VERB = /取得了/;

/**
 * The clause of a lead-in that states the result the group details. Results are stated with 了;
 * when several are (`达到了预期目的，取得了重大成果`), the one with 取得了 sums them up, else the
 * last, where such sentences build to (`进行了新探索、积累了新经验`).
 */
function resultClause(mains: readonly string[]): string | undefined {
  const results = mains.filter((c) => c.includes('了'));
  return results.find((c) => RESULT_VERB.test(c)) ?? results[results.length - 1];
}

/** Results stated side by side in one clause (`进行了新探索、积累了新经验`) are clauses of their own. */
function coordinatedResults(clause: string): string[] {
  const parts = clause.split('、');
  return parts.length >= 2 && parts.every((part) => part.includes('了') && part.length >= 4) ? parts : [clause];
}

/** Shortest shared opening of a group's items that can name it (`新时代中国青年要`). */
const MIN_SERIES_OPENING = 4;

/**
 * A clause of the lead-in that opens with the words every item opens with names the group they
 * share (`新时代中国青年要继续发扬五四精神，……` before `新时代中国青年要树立远大理想。` ×6).
 */
function clauseOpeningSeries(leadIn: string, opening: string): string | null {
  if (opening.length < MIN_SERIES_OPENING) return null;
  const clauses = leadIn.split(/[，,；;：:。！？!?]/).map((c) => c.trim());
  return clauses.find((c) => c.startsWith(opening)) ?? null;
}

/**
 * A lead-in clause that names the items one by one, in their order (`成为“拼”出来、“闯”出来、“干”出来的
 * 精神丰碑` before three items on how the spirit was `“拼”出来` / `“闯”出来` / `“干”出来`): from the
 * first item's words on, it is the group's title. Each item is known by wording no other item has;
 * `items` are the items' first sentences.
 */
function previewOfItems(leadIn: string, items: readonly string[]): string | null {
  if (items.length < MIN_PREVIEWED_ITEMS) return null;
  const pieces = items.map(bigrams);
  const own = pieces.map((mine, i) => [...mine].filter((piece) => pieces.every((other, j) => j === i || !other.has(piece))));
  for (const clause of leadIn.split(/[，,；;：:。！？!?]/).map((c) => c.trim())) {
    const at = own.map((mine) => Math.min(...mine.map((piece) => clause.indexOf(piece)).filter((index) => index >= 0)));
    if (!at.every((index, i) => Number.isFinite(index) && (i === 0 || index > (at[i - 1] ?? 0)))) continue;
    const breaks = wordBreaks(clause);
    let start = at[0] ?? 0;
    while (start > 0 && !breaks.has(start)) start -= 1;
    const phrase = clause.slice(start);
    if (phrase.length >= 4) return phrase;
  }
  return null;
}

/** Fewest items a lead-in must name one by one to be their title. */
const MIN_PREVIEWED_ITEMS = 3;

/** Two-character pieces of a text, for how much wording two texts share. */
function bigrams(text: string): Set<string> {
  const pieces = new Set<string>();
  for (let i = 0; i + 2 <= text.length; i += 1) pieces.add(text.slice(i, i + 2));
  return pieces;
}

/** Pieces of wording a lead-in clause must share with the items' opening to name their group. */
const MIN_SHARED_BIGRAMS = 3;

/**
 * A lead-in that states no result: the clause that shares most wording with the items' opening names their
 * group (`争做新时代的奋斗者` before `做新时代奋斗者要……。` ×3): a speaker announces a series in
 * the words its items then repeat.
 */
function clauseEchoingSeries(leadIn: string, opening: string): string | null {
  if (opening.length < MIN_SERIES_OPENING) return null;
  const wanted = bigrams(opening);
  let best: { clause: string; shared: number } | null = null;
  for (const clause of leadIn.split(/[，,；;：:。！？!?]/).map((c) => c.trim())) {
    const shared = [...bigrams(clause)].filter((piece) => wanted.has(piece)).length;
    if (shared >= MIN_SHARED_BIGRAMS && (best === null || shared > best.shared)) best = { clause, shared };
  }
  return best === null ? null : phraseOfClause(best.clause);
}

/** A sentence that sets a task (`要……`, `必须……`) names it in its last clause. */
const TASK = /要|必须|务必|应当/;
/** A clause saying what a task is for (`让这个宝贵精神财富……`, `使……`). */
const PURPOSE = /^(让|使|从而|进而|以便)/;

/**
 * The clause that sets the task when clauses saying what it is for follow it (`务必要传承好弘扬好
 * “川农大精神”，让……赓续绵延，绽放出……`); null when the task ends the sentence.
 */
function taskClause(clauses: readonly string[]): string | null {
  const purpose = clauses.findIndex((clause, i) => i > 0 && PURPOSE.test(clause));
  if (purpose === -1) return null;
  const task = clauses
    .slice(0, purpose)
    .reverse()
    .find((clause) => TASK.test(clause));
  return task !== undefined && phraseOfClause(task).length >= 4 ? task : null;
}

/**
 * The clause with quoted names blanked out, length kept: a count inside quotation marks is part
 * of a name (`“两个维护”`, `“四个意识”`), not the number of parts that follow.
 */
function unquoted(clause: string): string {
  return clause.replace(/“[^”]*”|「[^」]*」/g, (quote) => '＿'.repeat(quote.length));
}

/** A conjunction opening a condition (`只有不忘走过的路，才能……`) belongs to the sentence, not to its theme. */
const CONJUNCTION = /^(只有|只要|如果|因为|虽然|既然|无论|不管|即使|尽管)/;

function withoutConjunction(phrase: string): string {
  const rest = phrase.replace(CONJUNCTION, '');
  return rest.length >= 4 ? rest : phrase;
}

/**
 * A counted phrase naming one group (`五大突破`, `六项翻番`, `三个转变`): a count, its measure word, and
 * a short name, up to the next 、，。 or 和.
 */
const COUNTED_PHRASE = /([一二三四五六七八九十两]{1,3})(大|项|个|条|种|方面)([^、，。；：,;:和及与！？“”]{1,8})(?=[、，。；,;和及与]|$)/gu;

/**
 * The names a lead-in gives several groups at once (`其主要成绩可以概括为五大突破、六项翻番。` before
 * a group of five items and one of six), one per group in order, when it names two or more groups
 * by count and the counts are those of the groups that follow it (`counts`, the item count of this
 * group and of each group right after it). Null when the lead-in does not name them so.
 */
export function titlesFromCountedLeadIn(leadIn: string, counts: readonly number[]): string[] | null {
  const phrases = [...leadIn.matchAll(COUNTED_PHRASE)];
  if (phrases.length < 2 || phrases.length > counts.length) return null;
  const matches = phrases.every((phrase, k) => parseChineseNumeral((phrase[1] ?? '').replace('两', '二')) === counts[k]);
  return matches ? phrases.map((phrase) => phrase[0]) : null;
}
