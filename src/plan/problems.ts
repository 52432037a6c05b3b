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
/**
 * The clause that names the problems (`……还存在不少矛盾和问题`). Not the principal contradiction of
 * the 基本国情 (`……之间的矛盾这一社会主要矛盾没有变`), which a congress report is clear-eyed about too.
 */
const NAMES_THEM = /问题|不足|差距|短板|困难|挑战|(?<!主要|之间的)矛盾/u;
/**
 * A clause naming the problems as a whole (`发展中还存在不少问题`, `老问题、新挑战仍然不少`, the
 * standing judgement `发展不平衡不充分的问题还比较突出`), as against one that names a problem
 * (`财政收支矛盾突出`).
 */
const NAMES_ALL =
  /不平衡不充分|(?:不少|一些|许多|诸多|很多|较多|一定的?|若干|存在的|这样那样的?)[^，,]{0,10}(?:问题|不足|差距|短板|困难|挑战|矛盾)|(?:问题|不足|差距|短板|困难|挑战|矛盾)[^，,]{0,4}(?:不少|较多|很多|并存|不容忽视)$/u;
/** A clause that says something is wrong (`经济总量不大`, `动力较弱`, `压力依然较大`, `存在诸多不确定性`). */
const SAYS_WRONG =
  /不(?:大|高|强|足|够|优|快|稳|牢|充分|平衡|协调|合理|确定)|薄弱|滞后|较弱|偏[低小弱少]|加大|较大|艰巨|突出|困难|压力|短板|风险|矛盾|问题|挑战|下行|放缓|下滑|下降/u;
/** A clause that says what is to be done (`我们还要加快补齐……短板`), not what is wrong. */
const ACTS = /要(?!求)|必须/u;
/** The clause the speaker sees or owns up with (`我们也清醒地看到`), when nothing follows it in the clause. */
const SEES = /(?:看到|认识到|意识到)$/u;
/** The words announcing the list at the start of its first member (`主要是经济运行面临……`). */
const ANNOUNCES_ITEM = /^(?:主要是|主要有|主要表现(?:在|为)|具体(?:是|表现在))[：:，,]?/u;
/** The speaker's resolve after the list (`我们一定正视问题……`): not one of the problems. */
const RESOLVES = /^(?:我们(?:一定|将|要|必须|会)|对此|对这些|对于这些|(?:这些|上述|以上)问题)/u;
/** A sentence that concedes before it turns to the problem, and the turn. */
const CONCEDES = /^(?:虽然|尽管|虽)/u;
const TURN = /^(?:但是|但|然而|可是)/u;
/** A clause giving the cause (`由于农牧业基础薄弱`, `受……影响`): the problem follows it. */
const CAUSE = /^(?:由于|因为|受)/u;
/** An example of the problem before it, not one of its own (`比如固定资产投资……增幅分别差3个百分点`). */
const EXAMPLE = /^(?:比如|例如|譬如)/u;
/** A time or a circumstance the next clause happens in (`去年四季度以来`, `受……的影响`). */
const FRAME = /^受(?:到)?[^，,]*(?:影响|调整|冲击|制约)$|以来$|(?:之下|情况下|形势下|背景下|来看)$/u;
/** A clause leaning on the one before it (`是前进中的问题`, `也取得了显著成效`): no item alone. */
const LEANS_BACK = /^(?:是|也|并且?|而且?|从而)/u;
/** The words singling out the gravest problem (`特别是大气污染防治形势依然严峻`): the problem is what follows. */
const SINGLES_OUT = /^(?:特别是|尤其是)/u;
/** As many as two columns take (a fifth deck review found the sixth and later problems left off); the layout drops what does not fit. */
const MAX_ITEMS = 8;
/** Fewer problems than this make a thin slide (a statement over one line): the paragraph stays in the notes. */
const MIN_ITEMS = 2;
const MAX_ITEM = 40;
/** Shorter than this is a frame (`新形势下`) or a tail (`等等`), not a problem. */
const MIN_ITEM = 5;
const MAX_STATEMENT = 60;

export interface Problems {
  /** The sentence that owns up to them, without the words announcing the list. */
  readonly statement: string;
  /** What they are, in the source's order: the list's members, or what follows the statement. */
  readonly items: readonly string[];
}

/** True for a paragraph that owns up to problems (`我们也清醒认识到，……`): where a part's results end. */
export function ownsProblems(paragraph: string): boolean {
  return OWNS_PROBLEMS.test(paragraph.trim());
}

/** The part's problems in its closing text `body`, or null when it owns up to none or names fewer than two. */
export function problemsOf(body: string): Problems | null {
  const found = body.split('\n').find(ownsProblems);
  if (found === undefined) return null;
  const paragraph = found.trim().replace(TIE, '');
  // Clear-eyed about something that is no problem (`必须清醒认识到，……基本国情没有变`).
  if (!NAMES_THEM.test(paragraph)) return null;
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
  const shown = items
    .map((item) => cleanSpan(item.replace(TIE, '').replace(ANNOUNCES_ITEM, '')))
    .flatMap(shortItem)
    .filter((item) => !RESOLVES.test(item))
    .slice(0, MAX_ITEMS);
  if (shown.length < MIN_ITEMS) return null;
  // A statement that is only the seeing (`我们也清醒认识到`) reads as a frame over nothing: it takes
  // the first problem with it, as the paragraph says them (a deck review, twice).
  const first = shown[0] ?? '';
  const joined = `${statement}，${first}`;
  if (SEES.test(statement) && shown.length > MIN_ITEMS && joined.length <= MAX_STATEMENT && paragraph.includes(joined)) {
    return { statement: joined, items: shown.slice(1) };
  }
  return { statement, items: shown };
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
 * A paragraph without a colon: the statement runs to the clause that names the problems as a whole
 * (`我们也清醒地看到，发展中还存在不少问题`); when the clause after what the speaker sees with names a
 * single problem (`我们也清醒认识到，我省发展不平衡不充分问题还较为突出，……`), the statement is the
 * seeing and that problem is the first item. The items are the clauses after the statement, then the
 * sentences after it (their clauses, when long: one sentence often lists them all).
 */
function withoutList(paragraph: string): [string, string[]] {
  const [first = paragraph, ...rest] = splitSentences(paragraph);
  const clauses = splitClauses(first);
  const naming = clauses.findIndex((clause) => NAMES_THEM.test(clause));
  const sees = clauses.findIndex((clause) => SEES.test(cleanSpan(clause)));
  const namingClause = cleanSpan(clauses[naming] ?? '');
  // Split after what the speaker sees only when every clause up to the first problem says what is
  // wrong: clauses between the two are often the setting (`我国是一个发展中大国，……`), not problems.
  const seesOne =
    sees !== -1 &&
    sees < naming &&
    !NAMES_ALL.test(namingClause) &&
    !ACTS.test(namingClause) &&
    clauses.slice(sees + 1, naming).every((clause) => SAYS_WRONG.test(clause));
  const end = seesOne ? sees + 1 : naming === -1 ? clauses.length : naming + 1;
  const head = clauses.slice(0, end).join('');
  // Sentences up to the speaker's resolve: each names a problem, or one or two list them all.
  const resolve = rest.findIndex((sentence) => RESOLVES.test(sentence));
  const listed = resolve === -1 ? rest : rest.slice(0, resolve);
  return [head, [...clauses.slice(end), ...(listed.length <= 2 ? listed.flatMap(clausesIfLong) : listed)]];
}

/** A sentence whole when short, else its clauses: a long sentence after the statement lists the problems. */
function clausesIfLong(sentence: string): string[] {
  return sentence.length > MAX_ITEM ? splitClauses(sentence) : [sentence];
}

/** Members of a list separated by ；, else its sentences and the clauses of long ones; a ； list ends with the sentence of its last member. */
function listItems(list: string): string[] {
  const bySemicolon = list.split(/[；;]/u);
  if (bySemicolon.length >= 2) {
    const last = bySemicolon[bySemicolon.length - 1] ?? '';
    return [...bySemicolon.slice(0, -1), splitSentences(last)[0] ?? last];
  }
  // Without ；, a long sentence is a list of clauses (`产业转型任务依然紧迫，创新能力不够强，……`).
  return splitSentences(list).flatMap(clausesIfLong);
}

/**
 * An item as shown: whole when short, else its first clause when that says something; in a sentence
 * that concedes first (`虽然我们……做了大量工作，但由于……，……有待进一步完善`) the first clause after
 * the turn that is not its cause. An example (`比如……`) or a frame (`去年四季度以来`) is no item.
 */
function shortItem(item: string): string[] {
  const clauses = splitClauses(item);
  const turn = CONCEDES.test(item) ? clauses.findIndex((clause) => TURN.test(clause)) : -1;
  const main = turn === -1 ? clauses : clauses.slice(turn).map((clause) => clause.replace(TURN, ''));
  const claim = CONCEDES.test(item) ? main.find((clause) => !CAUSE.test(clause)) : item;
  if (claim === undefined || (turn === -1 && CONCEDES.test(item))) return [];
  const shown = cleanSpan(claim.length <= MAX_ITEM ? claim : (splitClauses(claim)[0] ?? '')).replace(SINGLES_OUT, '');
  if (EXAMPLE.test(shown) || FRAME.test(shown) || LEANS_BACK.test(shown)) return [];
  return shown.length >= MIN_ITEM && shown.length <= MAX_ITEM ? [shown] : [];
}
