/**
 * The paragraph after a part's points that owns up to its problems (`我们也清醒认识到，……还存在不少
 * 困难和问题，主要是：……；……`, `在充分肯定成绩的同时，也要清醒的认识到存在的问题……`). A review part of
 * nearly every government work report and 工作总结 ends with one; a deck of its results alone says
 * only half of what the part says. Pure functions; every span is verbatim from the source.
 */
import { cleanSpan, leadPhrase, splitClauses, splitSentences } from './condense.js';

const OWNS_PROBLEMS = /^[^。！？]{0,40}(?:清醒(?:地|的)?(?:看到|认识到|认识)|(?:存在|面临|还有)(?:的|着)?[^。！？]{0,24}(?:问题|不足|差距|短板|困难))/u;
/** A connective or a frame that ties the paragraph to the results before it (`同时，`, `在肯定成绩的同时，`). */
const TIE = /^(?:(?:同时|但是|但|然而|当然|各位代表)[，,]\s*|[^，。；！？]{0,20}的同时[，,]\s*)+/u;
/** The words that announce the list (`，主要是`, `。主要表现在`): the list follows; they are not the statement. */
const ANNOUNCES = /[，,。]\s*(?:主要是|主要有|主要表现(?:在|为)?|具体(?:是|表现在)|从总体看|(?:比较|最为|尤为)?突出的是|主要体现(?:在|为))$/u;
/** An opening that leans on the frame dropped before it (`也要清醒认识到`): the statement starts after it. */
const LEANS = /^也(?=要|应|必须|清醒)/u;
/** The clause that names the problems (`……还存在不少矛盾和问题`). */
const NAMES_THEM = /问题|不足|差距|短板|困难|挑战|矛盾/u;
/** The speaker's resolve after the list (`我们一定正视问题……`): not one of the problems. */
const RESOLVES = /^(?:我们(?:一定|将|要|必须|会)|对此|对这些|对于这些)/u;
const MAX_ITEMS = 5;
const MAX_ITEM = 40;
const MAX_STATEMENT = 60;

export interface Problems {
  /** The sentence that owns up to them, without the words announcing the list. */
  readonly statement: string;
  /** What they are, in the source's order: the list's members, or what follows the statement. */
  readonly items: readonly string[];
}

/** The part's problems in its closing text `body`, or null when it owns up to none. */
export function problemsOf(body: string): Problems | null {
  const found = body.split('\n').find((line) => OWNS_PROBLEMS.test(line.trim()));
  if (found === undefined) return null;
  const paragraph = found.trim().replace(TIE, '');
  // A half-width colon (`……困难和问题:调结构……`) does not end a clause; it still opens the list.
  const fullWidth = firstColon(paragraph);
  const colon = fullWidth === -1 ? paragraph.slice(0, 80).indexOf(':') : fullWidth;
  const [head, items] = colon === -1 ? withoutList(paragraph) : [paragraph.slice(0, colon), listItems(paragraph.slice(colon + 1))];
  const whole = cleanSpan(
    head
      .replace(/[：:]$/u, '')
      .replace(ANNOUNCES, '')
      .replace(LEANS, ''),
  );
  const statement = whole.length <= MAX_STATEMENT ? whole : leadPhrase(whole, MAX_STATEMENT);
  if (statement.length < 4) return null;
  return {
    statement,
    items: items
      .map((item) => cleanSpan(item.replace(TIE, '')))
      .flatMap(shortItem)
      .filter((item) => !RESOLVES.test(item))
      .slice(0, MAX_ITEMS),
  };
}

/** The first colon outside quotes and brackets, or -1. */
function firstColon(text: string): number {
  let at = 0;
  for (const clause of splitClauses(text)) {
    at += clause.length;
    if (/[：:]$/u.test(clause)) return at - 1;
  }
  return -1;
}

/**
 * A paragraph without a colon: the statement runs to the clause that names the problems; the items
 * are the sentences after it, or else the clauses after it in its own sentence.
 */
function withoutList(paragraph: string): [string, string[]] {
  const [first = paragraph, ...rest] = splitSentences(paragraph);
  const clauses = splitClauses(first);
  const naming = clauses.findIndex((clause) => NAMES_THEM.test(clause));
  const end = naming === -1 ? clauses.length : naming + 1;
  const head = clauses.slice(0, end).join('');
  return [head, rest.length > 0 ? rest : clauses.slice(end)];
}

/** Members of a list separated by ；, else its sentences and the clauses of long ones; a ； list ends with the sentence of its last member. */
function listItems(list: string): string[] {
  const bySemicolon = list.split(/[；;]/u);
  if (bySemicolon.length >= 2) {
    const last = bySemicolon[bySemicolon.length - 1] ?? '';
    return [...bySemicolon.slice(0, -1), splitSentences(last)[0] ?? last];
  }
  // Without ；, a long sentence is a list of clauses (`产业转型任务依然紧迫，创新能力不够强，……`).
  return splitSentences(list).flatMap((sentence) => (sentence.length > MAX_ITEM ? splitClauses(sentence) : [sentence]));
}

/** An item as shown: whole when short, else its first clause when that says something. */
function shortItem(item: string): string[] {
  const shown = item.length <= MAX_ITEM ? item : cleanSpan(splitClauses(item)[0] ?? '');
  return shown.length >= 4 && shown.length <= MAX_ITEM ? [shown] : [];
}
