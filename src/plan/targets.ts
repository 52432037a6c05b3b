/**
 * The targets a part sets in its opening paragraph (`今年经济社会发展的主要预期目标是：地区生产总值增长
 * 5.5%左右；……`). Nearly every government work report states them before its tasks; a deck that
 * shows the tasks alone leaves out the figures the meeting will be held to (a deck review: a divider
 * showed the first target only). Pure functions; every span is verbatim from the source.
 */
import { splitSentences } from '../parse/split-sentences.js';
import { cleanSpan, splitClauses } from './condense.js';

/** The words that announce the targets, up to the colon before their list. */
const ANNOUNCES = /(?:主要)?(?:预期)?目标(?:是|为)\s*[：:]/u;
/** Words before the statement that only lead into it (`建议`, `综合考虑……`), not part of what it names. */
const LEADS_IN = /^(?:建议|提出|确定)/u;
/** A sentence that sets a figure (`城镇新增就业40万人以上。`): the list goes on. */
const SETS_FIGURE = /[0-9０-９%％]/u;
/** Not a target but the wish to beat one (`在实际工作中努力争取更好结果`, `力争……`), or a part of the one before (`其中……`). */
const ASPIRES = /^(?:在实际工作中|力争|力求|争取|努力|其中)/u;
/** A date the targets are for (`到2020年`) or a condition on them (`在坚持高质量发展的前提下`), no target of its own. */
const FRAME_ONLY = /^到\s*\d{4}\s*年(?:底|末)?$|(?:前提下|基础上|情况下)$/u;
/** As many as a slide may show; the layout drops what does not fit at the body's size (the notes keep all). */
const MAX_ITEMS = 9;
const MAX_ITEM = 40;
const MIN_ITEM = 4;
/** Fewer targets than this are no list: the divider's lead shows them. */
const MIN_ITEMS = 2;

export interface Targets {
  /** What the targets are for (`今年经济社会发展的主要预期目标`), without the verb announcing them. */
  readonly statement: string;
  /** The targets, in the source's order. */
  readonly items: readonly string[];
}

/** A clause that says more of the subject before it (`年均增长10%`, `分别增长6%和7%`, `人均2.5万元`): no target alone. */
const LEANS_ON_SUBJECT = /^(?:分别|年均|人均|均|同比|比上年|增长|下降|提高|其中)/u;

/**
 * A member of a `；` list that is too long for one line and sets a figure in each of its clauses
 * (`地区生产总值增长7%左右，规上工业增加值增长9%左右，……增长5%左右`) is several targets: its clauses.
 * Otherwise it stays whole, to be cut to its first clause (`进出口量稳质升，……稳步增长`).
 */
function figuresApart(member: string): string[] {
  const clauses = splitClauses(member);
  const apart = clauses.every((clause, index) => SETS_FIGURE.test(clause) && (index === 0 || !LEANS_ON_SUBJECT.test(clause)));
  return member.length > MAX_ITEM && clauses.length >= MIN_ITEMS && apart ? clauses : [member];
}

/** The targets announced in a part's lead `text`, or null when it announces none or fewer than two. */
export function targetsOf(text: string): Targets | null {
  const paragraph = text.split('\n').find((line) => ANNOUNCES.test(line));
  if (paragraph === undefined) return null;
  const match = ANNOUNCES.exec(paragraph);
  if (match === null) return null;
  const head = paragraph.slice(0, match.index + match[0].length);
  // The statement is the clause that announces them (`综合考虑各方面因素，建议……目标为：` keeps the last).
  const clauses = splitClauses(head);
  const statement = cleanSpan(
    (clauses[clauses.length - 1] ?? head)
      .replace(/\s*[：:]$/u, '')
      .replace(/(?:是|为)$/u, '')
      .replace(LEADS_IN, ''),
  );
  // The list runs to the end of its sentence, and on through the sentences after it that set figures.
  // Sentences end at 。！？ only: ； separates the targets of one sentence.
  const [first = '', ...after] = splitSentences(paragraph.slice(match.index + match[0].length));
  const more = after.findIndex((sentence) => !SETS_FIGURE.test(sentence));
  const sentences = [first, ...(more === -1 ? after : after.slice(0, more))];
  const members = sentences.flatMap((list) => (list.includes('；') || list.includes(';') ? list.split(/[；;]/u).flatMap(figuresApart) : splitClauses(list)));
  const items = members
    .map((member) => cleanSpan(member))
    .filter((member) => !ASPIRES.test(member) && !FRAME_ONLY.test(member))
    .map((member) => (member.length <= MAX_ITEM ? member : cleanSpan(splitClauses(member)[0] ?? '')))
    .filter((member) => member.length >= MIN_ITEM && member.length <= MAX_ITEM)
    .slice(0, MAX_ITEMS);
  return statement.length < MIN_ITEM || items.length < MIN_ITEMS ? null : { statement, items };
}
