/**
 * Titles for enumerations that have no heading of their own (`……提三点希望：一是要……`): the
 * shortest phrase of the sentence that introduces the group, taken verbatim.
 */

import { wordBreaks } from './word-breaks.js';
import { splitSentences } from './split-sentences.js';

/** A count of items: `三点`, `以下四个`, `4点`, `几个方面`. */
const COUNT = /(以下|如下|[一二三四五六七八九十两几\d]+)(个|点|项|条|方面|种|件|大|方面)/;
/** Two-character verbs that often introduce a count (`强调几点`, `提出三项`). */
const VERBS2 = new Set(['强调', '提出', '谈谈', '讲讲', '交流', '突出', '抓好', '做好', '把握', '明确', '树立', '强化', '坚持', '落实', '推进', '实现', '完成', '念好', '汇报', '报告', '部署']);
const SUBJECT = /^(我们|我|大家|咱们|各位|全体|全市|全省)/;

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
  return clause.slice(start);
}

/** Picks the phrase of the lead-in paragraph that names the group that follows it. */
export function titleFromLeadIn(leadIn: string): string {
  const sentences = splitSentences(leadIn);
  const last = sentences[sentences.length - 1] ?? leadIn;
  const clauses = last
    .replace(/[。！？!?；;：:]+$/, '')
    .split(/[，,；;：:。！？!?]/)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
  const counted = [...clauses].reverse().find((c) => COUNT.test(c));
  if (counted !== undefined) {
    const at = COUNT.exec(counted)?.index ?? 0;
    return phraseAtCount(counted, at);
  }
  const clause = clauses[clauses.length - 1] ?? last;
  const want = clause.lastIndexOf('要');
  if (want >= 0 && clause.length - want - 1 >= 4) return clause.slice(want + 1);
  const withoutSubject = clause.replace(SUBJECT, '');
  return withoutSubject.length >= 4 ? withoutSubject : clause;
}
