/**
 * What a figure says and what a number card may call it. A card shows a figure large, so it must
 * not pass a target, a rival's figure or a benchmark off as the speaker's result, and its label
 * must be words the source says, cut on word breaks (`全省地区生产总值`, not `业对全省…`).
 *
 * Roles come from cue words around the figure (a table, in order of precedence); labels are
 * verbatim spans of the sentence, trimmed only at their ends and checked against Chinese word
 * breaks from `Intl.Segmenter`.
 */
import type { FigureRole } from './outline.js';
import { wordBreaks } from './word-breaks.js';

interface RoleCue {
  readonly role: Exclude<FigureRole, 'result'>;
  /** Tested on the sentence text before the figure, within its clause. */
  readonly before?: RegExp;
  /** Tested on the text right after the figure. */
  readonly after?: RegExp;
  /** Tested on the sentence text before the figure (whole sentence, not only the clause). */
  readonly sentence?: RegExp;
}

/** Cues in order: the first that matches decides. A figure with none is a result. */
const ROLE_CUES: readonly RoleCue[] = [
  // `前10%`, `前100名`: a rank band, not an amount.
  { role: 'rank', before: /前$/ },
  { role: 'rank', after: /^\s*(?:之内|以内)?(?:的)?(?:群体|行列|位次)/ },
  // `从3.68万亿元增长到…`: the start value is what the result is compared with.
  { role: 'comparison', after: /^\s*(?:的)?(?:增长|增加|提高|提升|上升|下降|减少|降低|扩大|缩小)?(?:到|至)/ },
  // A figure the clause denies (`研发不是只出征2000人`, `并非……`): what is not the case, no result.
  { role: 'comparison', before: /(?:不是|并非|并不是|不只|不止|没有|未能|尚未)[^，。；、\d]{0,10}$/ },
  // A rival, a gap, a benchmark or an average.
  { role: 'comparison', before: /(?:超过|高于|低于|多于|少于|领先|落后|超出|远超|相当于|差距|相差|差)(?:了)?[^，。；、\d]{0,10}$/ },
  { role: 'comparison', before: /比[^，。；]{1,12}(?:多|少|高|低|快|慢|大|小)(?:了)?$/ },
  { role: 'comparison', before: /(?:平均|标准|均值|平均值|平均水平)(?:为|是|值|水平)?$/ },
  // `突破300亿元，达到310.5亿元`: a threshold passed, the figure reached follows it.
  { role: 'comparison', before: /(?:突破|超过)$/u, after: /^\s*[，,]\s*(?:达到了?|达|为)\s*[0-9０-９]/u },
  // `成为全国499个……先进基层党组织之一`: the figure counts the whole group the subject is one of.
  { role: 'comparison', after: /^[^，。；！？]*之一/ },
  // Targets and forecasts: a hedge after the figure, or a forward-looking word before it.
  { role: 'target', after: /^\s*(?:左右|以上|以内|以下|上下|之间)/ },
  { role: 'target', before: /预期|目标|力争|争取|确保|预计|计划/ },
  { role: 'target', sentence: /(?:预期|目标|计划|指标)[^，。；]{0,8}[：:]|(?:^|[，。；：\s])到20\d\d年|20\d\d年前/ },
  { role: 'plan', before: /(?:将|要|拟|需要|需|应|必须|计划|准备|打算)[^，。；]{0,16}$/ },
];

/** Section titles that look ahead: their figures are targets or plans unless a result cue says otherwise. */
const FORWARD_SECTION =
  /目标|任务|安排|部署|打算|展望|今后|下一步|努力方向|工作重点|重点工作|主要工作|总体要求|思路|举措|十五五|规划|20\d\d年(?:重点|主要)?工作$/;
/** Words that report something done, even in a forward-looking section. */
// `突破` is left out: in a plan (`产业规模突破100亿元。`) it is the aim, not the result.
const RESULT_CUE = /同比|比上年|较上年|已|累计|完成|实现了|达到了|创历史|过去|去年|上年/;

/** A title that looks back (`2025年工作回顾`) is never forward, whatever else it says. */
const BACKWARD_SECTION = /回顾|总结|成绩|成效|成就|进展/;

export function isForwardSection(title: string): boolean {
  return FORWARD_SECTION.test(title) && !BACKWARD_SECTION.test(title);
}

/** A part setting out the work ahead (`2026年重点工作`, `今后五年的主要任务`, `下一步工作打算`). */
const SETS_THE_WORK_AHEAD = /今后|下一步|(?:20\d\d|今|明)年(?:的)?(?:重点|主要)?(?:工作|任务)|工作安排|工作打算/u;

/**
 * Which of a report's parts look ahead: those whose titles do, and every part after one that does,
 * unless its title looks back. A government report's 全面加强政府自身建设 after its 2026年重点工作
 * sets this year's measures (`今年人均公用经费再降低10%`), which a deck review found as number cards.
 */
export function forwardSections(titles: readonly string[]): boolean[] {
  let ahead = false;
  return titles.map((title) => {
    const forward = isForwardSection(title) || (ahead && !BACKWARD_SECTION.test(title));
    // Only a part of the year's or the coming years' work carries over; `育人目标`, `聚焦中心任务` do not.
    ahead ||= forward && SETS_THE_WORK_AHEAD.test(title);
    return forward;
  });
}

/**
 * The role of the figure at `at`..`end` of `sentence`. `forward` is true in a section that looks
 * ahead (its figures are plans unless they say they are done).
 */
export function classifyFigure(sentence: string, at: number, end: number, forward: boolean): FigureRole {
  if (insideBrackets(sentence, at)) return 'comparison';
  // A figure in a question (`一人一天吃5美元的水果吃得完吗？`) is asked about, not reported.
  if (/[？?][”’」』）)]*\s*$/u.test(sentence)) return 'comparison';
  const clauseStart = lastBoundary(sentence, at) + 1;
  const before = sentence.slice(clauseStart, at);
  const after = sentence.slice(end);
  const sentenceBefore = sentence.slice(0, at);
  for (const cue of ROLE_CUES) {
    // A cue naming both sides needs both (`突破……，达到……`); one naming one side needs that side.
    if (cue.before !== undefined && cue.after !== undefined) {
      if (cue.before.test(before) && cue.after.test(after)) return cue.role;
      continue;
    }
    if (cue.before !== undefined && cue.before.test(before)) return cue.role;
    if (cue.after !== undefined && cue.after.test(after)) return cue.role;
    if (cue.sentence !== undefined && cue.sentence.test(sentenceBefore)) return cue.role;
  }
  if (forward && !RESULT_CUE.test(sentence.slice(clauseStart, end))) return 'plan';
  return 'result';
}

/** True when `at` lies inside （…） or (…): an aside, a benchmark or a rival's figure. */
function insideBrackets(text: string, at: number): boolean {
  let depth = 0;
  for (const char of text.slice(0, at)) {
    if (char === '（' || char === '(') depth += 1;
    else if ((char === '）' || char === ')') && depth > 0) depth -= 1;
  }
  return depth > 0;
}

const BOUNDARY = /[，。；：、！？,;:!?\n（）()“”]/;

function lastBoundary(text: string, before: number): number {
  for (let index = before - 1; index >= 0; index -= 1) if (BOUNDARY.test(text.charAt(index))) return index;
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Card labels

/** Longest card label; longer ones are cut at a join (`和`, `、`) or not used. */
export const MAX_CARD_LABEL = 16;
/** Words a label may lose at its start: connectives, time and place words that do not name a measure. */
const LEADING_TRIM =
  /^(?:[一二三四五六七八九十]是|以及|并且|而且|此外|另外|其中|同时|全年|今年|去年|当年|近五年来|近三年|五年来|过去五年|并|和|及|与|而|且|还|也|又|共|均|已|已经|累计)+/;
/** `…从2020年的` / `…增长到2025年的`: the year says when, the measure is before it. */
const TRAILING_YEAR = /\d{4}\s*年(?:底|末|初|度)?$/;
const LEADING_YEAR = /^(?:\d{4}\s*年(?:底|末|初|度)?的?|\d{4}\s*届)/;
/** Linking verbs and particles at the end: `生产总值达到` names the measure as `生产总值`. */
const TRAILING_TRIM =
  /(?:达到了|达到|达|为|是|突破|超过|约|近|共|累计|增加到|增至|提高到|提高至|提高了|又|提升到|提升至|升至|下降到|降至|实现|完成|占|由|从|的|分别为|分别|均|已有|共有|拥有|已|都|超|有|每年|全年|跨过|跨越|迈上|站上|首次|历史性|再次|连续)$/;
/**
 * A label must not start like these: a pronoun, a preposition, a verb that needs an object, the
 * tail of a date (`年`, `月`, but 年度 and 月度 open a measure: `年度任务完成率`), or 总
 * (`总产值`, `总投资`: a total whose owner stands in the clause before, `建筑业承压前行，总产值达……`,
 * reads on a card as the whole economy's).
 */
const BAD_START =
  /^(?:这|那|此|其|该|它|他|她|我|你|咱|大家|今天|在|对|把|将|向|从|由|给|让|使|被|以|于|有|要|是|为|等|年(?!度)|月(?!度)|日|届|前|后|中|里|枚|位|次|只|块|本|余|多|总)/;
/**
 * A label that says only how or on top of what (`通过竞赛 1人`, `加上原有名师工作室 9个`, a fifth deck
 * review): what the figure counts comes after it.
 */
const MEANS_ONLY = /^(?:加上|连同)|^通过\p{Script=Han}{1,3}$/u;
/** A label made only of a verb of change says nothing (`增长`). */
const BARE_CHANGE = /^(?:同比|环比|年均|比上年|较上年)?(?:增长|增加|提高|提升|下降|减少|降低|增幅|增速)$/;
/**
 * An action alone (`每年投入`, `新引进`): what was spent or brought in is named after the figure
 * (`每年投入20万元，面向全校立项`, `新引进20亿元以上项目64个`), so the words before it name nothing
 * (a third deck review: a card `20万元 每年投入`).
 */
const BARE_ACTION = /^(?:每年|累计|共计|共|全年|年均|先后|已|新|再)?(?:投入|投资|安排|新增|新建|建成|引进|培养|获批|资助|发放|拨付|争取|筹措|举办)$/u;

/** Where other figures of the sentence stand, so a label never reaches across one. */
export interface FigureSpan {
  readonly start: number;
  readonly end: number;
}

const LABEL_BOUNDARY = /[，。；：、！？,;:!?\n（）()]/;

/**
 * Word breaks of `sentence` from `from` to `to`, found by segmenting that stretch alone. A label
 * lies within its clause, and a clause ends at punctuation and a figure at a digit, where ICU's
 * dictionary breaks anyway, so these are the whole sentence's breaks there; segmenting only the
 * clause keeps a long sentence with one figure cheap.
 */
function breaksWithin(sentence: string, from: number, to: number): Set<number> {
  const breaks = new Set<number>();
  for (const offset of wordBreaks(sentence.slice(from, to))) breaks.add(from + offset);
  return breaks;
}

function clauseStartOf(text: string, at: number): number {
  for (let index = at - 1; index >= 0; index -= 1) if (LABEL_BOUNDARY.test(text.charAt(index))) return index + 1;
  return 0;
}

/** Longest label that names a whole 、 list before a figure (`国家级、省级一流课程`). */
const MAX_LISTED_LABEL = 14;

/**
 * Where the 、 list ends at `clauseStart` opens, when the words before the figure are its last item
 * and no item holds a figure of its own (`科技部、教育部、农业农村部等……团队35个`, not `新建学校5所、
 * 幼儿园10所`); null when they are no list's last item.
 */
function listOpening(sentence: string, clauseStart: number, others: readonly FigureSpan[]): number | null {
  if (sentence.charAt(clauseStart - 1) !== '、') return null;
  let start = clauseStart - 1;
  // Back over the list's items to the boundary before its first (a label boundary other than 、).
  while (start > 0 && !(LABEL_BOUNDARY.test(sentence.charAt(start - 1)) && sentence.charAt(start - 1) !== '、')) start -= 1;
  return others.some((other) => other.start >= start && other.end <= clauseStart) ? null : start;
}

/**
 * A verbatim label for the figure at `at`..`end` of `sentence`: the words of its clause before
 * it, trimmed at both ends (never inside), starting and ending on word breaks. When those words
 * are only a verb (`增长`, `提升至`), the words that open the clause before its first figure name it
 * (`可再生能源占电力装机比重由47.6%提升至73.4%`). '' when nothing names the figure alone: a
 * `分别` list, a figure followed by more values (`5.6％、7.5％`), a pronoun or a preposition.
 */
export function cardLabelFor(sentence: string, at: number, end: number, others: readonly FigureSpan[]): string {
  const rest = sentence.slice(end);
  if (/^\s*[、和及与]\s*[\d*＊×]/.test(rest)) return '';
  // `……、西北大学各1人`: a figure for each of a list is no one total; no card can say what it counts.
  if (/(?:各|均|每)\s*$/u.test(sentence.slice(0, at))) return '';
  // `国家50人集训队`: a count followed by a noun describes that noun; the words before do not name it.
  if (COUNT_UNIT_END.test(sentence.slice(at, end)) && /^[\u4e00-\u9fa5]/.test(rest) && !COUNT_FOLLOWER.test(rest)) return '';
  // `产值过50亿元的企业达到3家`: a figure before 的 sets a class or a bar (the firms above it), no amount of
  // its own; nor is a cap (`单项奖励工作经费最高2万元`) a result (a sixth deck review carded both).
  if (/^\s*(?:以上|以下|左右)?的/u.test(rest) || /(?:最高|最低|最多|最少|不超过|不低于|不少于|上限)\s*$/u.test(sentence.slice(0, at))) return '';
  const ownClause = clauseStartOf(sentence, at);
  // People counted after 有 (`现高三已有3人获北大保送资格`): the words before say only who they are; the
  // card is named by what they did, the rest of the clause, or not at all (`3人 现高三`, a tenth deck review).
  if (/^(?:万?人次?)$/u.test(sentence.slice(at, end).replace(/^[\d.,，*＊×\s]+/u, '')) && /有\s*$/u.test(sentence.slice(ownClause, at))) {
    const did = /^[\u4e00-\u9fa5][^，。；！？,;]*/u.exec(rest)?.[0] ?? '';
    return [...did].length >= 3 && [...did].length <= MAX_CARD_LABEL && !others.some((other) => other.start >= end && other.start < end + did.length)
      ? did
      : '';
  }
  const listed = listOpening(sentence, ownClause, others);
  // `国家级、省级一流课程71门`: the figure counts every item of the list before it, not the last.
  if (listed !== null && at - listed > MAX_LISTED_LABEL) return '';
  const clauseStart = listed ?? ownClause;
  const breaks = breaksWithin(sentence, clauseStart, at);
  const inClause = others.filter((other) => other.start >= clauseStart && other.end <= at);
  const afterLast = inClause.length === 0 ? clauseStart : Math.max(...inClause.map((other) => other.end));
  const beforeFirst = inClause.length === 0 ? at : Math.min(...inClause.map((other) => other.start));
  const cuts = new Set([...breaks, clauseStart, at, afterLast, beforeFirst]);
  const spans: Array<[number, number]> = [[afterLast, at]];
  if (beforeFirst > clauseStart && beforeFirst < at) spans.push([clauseStart, beforeFirst]);
  for (const [from, to] of spans) {
    const label = trimLabel(sentence, from, to, cuts);
    if (label !== '' && !linksOnly(label)) return /分别|前$/.test(label) || BARE_ACTION.test(label) ? '' : label;
  }
  return passedThreshold(sentence, clauseStart, at, others);
}

/**
 * `财政总收入突破300亿元，达到308.8亿元`: the figure reached is named by what passed the threshold in the
 * clause before, up to its 突破/超过. '' when the clause before is no such threshold.
 */
function passedThreshold(sentence: string, clauseStart: number, at: number, others: readonly FigureSpan[]): string {
  if (!/^\s*(?:达到了?|达|为)\s*$/u.test(sentence.slice(clauseStart, at)) || !/[，,]$/u.test(sentence.slice(0, clauseStart))) return '';
  const threshold = others.find((other) => other.end <= clauseStart - 1 && /^[^，。；0-9０-９]*$/u.test(sentence.slice(other.end, clauseStart - 1)));
  if (threshold === undefined) return '';
  const previous = clauseStartOf(sentence, threshold.start);
  const words = sentence.slice(previous, threshold.start);
  const passed = /^(.*?)(?:突破|超过)$/u.exec(words);
  if (passed === null) return '';
  const named = previous + (passed[1] ?? '').length;
  const label = trimLabel(sentence, previous, named, new Set([...breaksWithin(sentence, previous, threshold.start), previous, named]));
  return label !== '' && !linksOnly(label) && !BARE_ACTION.test(label) ? label : '';
}

/** A label of a verb of change or linking words alone (`增长`, `提升至`): it names nothing. */
function linksOnly(label: string): boolean {
  return BARE_CHANGE.test(label) || ONLY_LINKING.test(label);
}

const COUNT_UNIT_END = /(?:户|名|个|家|项|所|座|件|台|辆|套|场|批|支|条|类|篇|门|张|人|人次)$/;
/** What may follow a count in a clause whose words before it name it (`3人获得…`, `85人次，`). */
const COUNT_FOLLOWER = /^(?:均|都|已|获|参加|参与|入选|进入|被|在|次|以上|左右|次)/;
/** Endings that leave the label hanging (`在内`, `等`, `的`). */
const BAD_END = /(?:在内|之内|的|等|之|前|中)$/;

/** A label that is nothing but linking words (`提升至`, `达到`). */
const ONLY_LINKING =
  /^(?:达到了|达到|达|为|是|突破|超过|增加到|增至|提高到|提升到|提升至|下降到|降至|实现|完成|占|由|从|的|分别为|分别|增长到|增长|提高|提升)+$|^(?:增长|上升|下降|增加|减少|提高|降低|扩大|缩小|攀升|回落|跃升)(?:到|至|为)$/;

function trimLabel(sentence: string, start: number, end: number, cuts: ReadonlySet<number>): string {
  let from = start;
  let to = end;
  for (let changed = true; changed && from < to;) {
    changed = false;
    const text = sentence.slice(from, to);
    const lead = LEADING_TRIM.exec(text) ?? LEADING_YEAR.exec(text) ?? /^[\s“”"、]+/.exec(text);
    if (lead !== null && lead[0].length > 0 && lead[0].length < text.length && cuts.has(from + lead[0].length)) {
      from += lead[0].length;
      changed = true;
      continue;
    }
    const trail = TRAILING_TRIM.exec(text) ?? TRAILING_YEAR.exec(text) ?? /[\s“”"]+$/.exec(text);
    if (trail !== null && trail[0].length > 0 && trail[0].length < text.length && cuts.has(to - trail[0].length)) {
      to -= trail[0].length;
      changed = true;
    }
  }
  // Start and end on word breaks: a label never begins or ends inside a word (`业对全省`).
  if (!cuts.has(from) || !cuts.has(to)) return '';
  let label = sentence.slice(from, to).trim();
  if ([...label].length > MAX_CARD_LABEL) label = lastConjunct(sentence, from, to, cuts);
  const chars = [...label].length;
  if (
    chars < 3 ||
    chars > MAX_CARD_LABEL ||
    BAD_START.test(label) ||
    BAD_END.test(label) ||
    MEANS_ONLY.test(label) ||
    // A rate's unit (`元/月`), markup a web page left (`</script>`), a starting value (`……最低标准从每月
    // 88元提高到……`) or a per-head qualifier (`提高到每人`): the words do not name what the figure is.
    /[“”"‘’（）()《》<>/]|(?<![A-Za-z.])\d/.test(label) ||
    /从(?:每[年月人日天])?$|每[年月人日天]$/u.test(label)
  )
    return '';
  return label;
}

/** The last conjunct of a long label (`…和配套的现场处置方案` → `配套的现场处置方案`), or ''. */
function lastConjunct(sentence: string, from: number, to: number, cuts: ReadonlySet<number>): string {
  const text = sentence.slice(from, to);
  for (const match of text.matchAll(/以及|[和及与、]/g)) {
    const start = from + (match.index ?? 0) + match[0].length;
    const rest = sentence.slice(start, to);
    if (cuts.has(start) && [...rest].length >= 3 && [...rest].length <= MAX_CARD_LABEL) return rest;
  }
  return '';
}
