/**
 * Condensing a body into a few key phrases for the slide. Faithful by construction: every phrase
 * is a verbatim span of the source (a whole short sentence, or a clause), never reworded; the
 * full text goes to the notes. Phrases are chosen by rule: quoted terms, figures and the verbs
 * that open measures score; connectives that need their previous sentence do not.
 */

import { isAsideLine, isDateLine, isOrganisationLine, isSalutationLine, isSpeakerDateLine, isSpeakerLine } from '../parse/front-matter.js';
import { wordBreaks } from '../parse/word-breaks.js';
import { isNeverHeading } from '../parse/top-level/never-heading.js';

// A half-width semicolon separates a list's members as the full-width one does (sources typed in a hurry mix them).
const SENTENCE_END = new Set(['。', '！', '？', '；', ';', '\n']);
const CLAUSE_END = new Set(['，', '：', '；', ';', '。', '！', '？', '\n']);
const ENUMERATION_COMMA = new Set(['、']);
const OPENERS: Record<string, string> = { '“': '”', '‘': '’', '（': '）', '《': '》', '「': '」', '『': '』', '【': '】', '(': ')' };
const CLOSERS = new Set(Object.values(OPENERS));
const TRAILING_PUNCTUATION = /[，。！？；：、,.;:!?\s]+$/u;
const LEADING_PUNCTUATION = /^[，。！？；：、,.;:!?\s]+/u;

/** Verbs that open a measure in Chinese reports; a clause starting with one is a good bullet. */
const MEASURE_VERBS =
  /^(坚持|推进|推动|完善|健全|实施|加强|深化|建立|建设|强化|打造|开展|落实|提升|构建|加快|优化|发挥|严格|全面|持续|大力|着力|积极|深入|扎实|加大|聚焦|围绕|培育|促进|保障|巩固|统筹|用好|抓好|做好|形成|实现|锻造|探索)/u;
/**
 * Openers that lean on what came before: a bullet starting with one cannot stand alone on a
 * slide (`它的要求是……`, `……”是的`, `得益于……`, `其中`, `但`, `则`, `更不能……`, `特别是……`, `是……的五年`,
 * `才有了……`, `期间，……`, `在这方面，……`, `在这其中，……`).
 */
const DEPENDENT_START =
  /^(?:这|那|其|它|此|该|上述|他们|她们|甚至|另外|然后|比方|当然|况且|何况|加之|否则|不然|反之|接着|随后|不过|可是|只是|却|对此|为此|因此|因而|于是|以致|以至于|致使|所以|期间|在这方面|在此方面|在这一点上|在这其中|在其中|但|而|并|且|同时|其中|此外|也|还|又|即|从而|进而|以及|和|与|及|得益于|由于|因为|如果|虽然|尽管|不仅|既|是的|是|就是|才(?=有|是|能|可|会|得|算|真正|让|使)|比如|例如|譬如|然而|可见|总之|换言之|则|更(?:不|要|应|是|需|须|为)|特别是|尤其是|特别要|尤其要|…|”|’|」|』|）|\))/u;
/** An adverbial alone (`在……国际会议上`) says where, not what. */
const ADVERBIAL_ONLY =
  /^(?:但|而|却)?(?:(?:在|从|于|当|随着|通过|经过|对于|关于|围绕)[^，。；]*(?:上|中|下|里|时|前|后|方面|期间|以来|至今|之际|过程中|年间|时刻|时候)|(?:面对|面临|随着|为了|为)[^，。；]*)$/u;
/**
 * A clause that introduces what follows it (`习近平总书记指出`, `实践证明`, `“七个走在前列”是`):
 * on a slide without the quotation or the list it says nothing.
 */
const INTRODUCES_END = /(?:指出|强调|表明|证明|认为|说过|说|如下|以下|是|有|看到|认识到|意识到|体会到|感到|深知|坚信|相信)$/u;
/** A time alone (`这五年`, `一年来`, `2020年`, `近年来`, `仅去年一年`, `在2024年暑假`, `下一步`): when, not what. */
const TIME_ONLY =
  /^(?:仅仅|仅|只|光|单)?(?:(?:这|那|过去的?|近|今后|未来)?[一二三四五六七八九十两几\d]*(?:年|个月)(?:来|以来|里|间|中)?|(?:这|那)(?:些)?年|(?:今年|去年|明年|前年)(?:一年|全年|以来)?|当前|目前|近年来|多年来|长期以来|下一步|下步|下一阶段|下阶段|接下来|今后|此后|(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:上午|下午|晚上|以来|来)?|(?:在|于)?(?:\d{4}年|今年|去年|明年)?(?:的)?(?:暑假|寒假|假期|上半年|下半年|年初|年中|年底|年末|学期初|学期末)(?:期间|里|中)?)$/u;

/** Quarters and halves of years, joined (`在2010年第四季度和2011年第三季度`): when, not what. */
const PERIODS_ONLY =
  /^(?:在|于)?(?:\d{4}年)?(?:第[一二三四1-4]季度|[上下]半年)(?:(?:和|、|及|至|到)(?:\d{4}年)?(?:第[一二三四1-4]季度|[上下]半年))*(?:期间|里|中|内)?$/u;

/** True for a clause that only says when or where (`这五年`, `7月26日`, `在新的起点上`). */
export function setsTheScene(clause: string): boolean {
  return TIME_ONLY.test(clause) || ADVERBIAL_ONLY.test(clause) || PERIODS_ONLY.test(clause);
}

/** Words that end a clause saying after or during what (`……以来`, `……初期`). */
const WHEN_ENDS = '以后|之后|以来|期间|之际|时期|伊始|之初|初期|前夕';

/** A clause that only says after or during what (`抗日战争胜利后`, `新中国成立以来`, `建校伊始`). */
const WHEN_ONLY = new RegExp(`^[^，,；;：:]*(?:${WHEN_ENDS}|后|时)$`, 'u');

/** A bullet that says only when (`新中国成立初期`, `“十五”时期`, `2023 年度`); not `……落后`, `……时`, which end words and clauses too. */
const WHEN_ALONE = new RegExp(`^(?:[^，,；;：:]*(?:${WHEN_ENDS})|(?:\\d{4}\\s*|本|上一?|今|去)年度)$`, 'u');

/**
 * True for a title that says only when or where (`抗日战争胜利后`, `这五年`): nothing of the slide.
 * Wider than `setsTheScene`, which bullets use: a bullet may end after `……以后` in a clause of its own.
 */
export function saysOnlyWhen(title: string): boolean {
  return WHEN_ONLY.test(title) || setsTheScene(title);
}

/**
 * A clause that frames the main clause still to come: the standard it follows, the ground it stands
 * on, the means it uses (`按照精简、统一和效能的原则`, `围绕解决……热点、难点问题`, `紧紧围绕学校中心工作`,
 * `从……出发`, `以强烈的事业心和责任感`, a short `面向24个本科生学院`). A bullet never ends on one; the
 * point is in what follows (a sixth deck review: a 述职 stopped at `……，紧紧围绕学校中心工作`).
 */
const FRAME_CLAUSE =
  /^(?:(?:要|必须|应当|应该|继续|进一步|重点|主要|紧紧|紧密|始终|牢牢|全力)?(?:按照|根据|依据|依照|遵照|本着|对照|围绕|立足|依托|借助|借力|凭借|针对|通过|经过|结合|对于)[^，。；]*|面向[^，。；]{1,10}|从[^，。；]*出发|以[^，。；为]*|以[^，。；]*为[^，。；]{1,6}|经(?![济营历验常费典过纬])[^，。；]{1,12}(?:研究|决定|同意|批准|审议|讨论|审定)(?:决定|同意|通过)?)$/u;

/** True for a clause that only frames the main one or sets its scene (`根据《……》`, `这五年`). */
function framesOnly(clause: string): boolean {
  const text = cleanSpan(clause);
  return FRAME_CLAUSE.test(text) || setsTheScene(text);
}

/** True when every clause of the span only frames or sets the scene (`本年度，根据学校实际情况变化`). */
function onlyFrames(span: string): boolean {
  return splitClauses(span).every((clause) => cleanSpan(clause) === '' || framesOnly(clause));
}

/** Words that point at what comes before or after the span, not on the slide with it. */
const POINTS_AWAY =
  /上述|以上(?:这|那|几|所述|种种)|(?:以下|如下|下面)(?:几|[一二三四五六七八九十两\d]|工作|目标|主要|突出|重点|方面|任务|措施|要求|内容|意见|建议)/u;

/** A role alone (`作为一名共产党员，尤其是作为基层党务干部`): the subject without what it does. */
const ROLE_ONLY = /^作为[^，。；！？]*(?:，(?:尤其是|特别是)?作为[^，。；！？]*)*$/u;
/** Openers of a condition whose result comes in a later clause. */
const CONDITION_START = /^(?:只要|只有|一旦|即使|哪怕|无论|不管|不论)/u;
/**
 * A supposition (`如果没有党中央权威和集中统一领导`) whose result follows: a cut after it leaves the
 * condition alone. A span opening on one may still stand (`假如你们……，……是可以去的`).
 */
const SUPPOSES = /^(?:如果|假如|假若|倘若|要是)/u;
/** Formulas of procedure and courtesy: never a key statement. */
const FORMULAIC =
  /^(?:我代表|我谨代表|现在|下面|首先|今天|同志们|各位|请予|请各位|请允许|向大会|根据会议安排|现将|以上|谢谢|再次感谢|非常荣幸|大家好|早上好|上午好|下午好|晚上好|刚才)|请予审议|汇报如下|报告如下|各项议程|作一汇报|作一交流|作一表态|提出(?:宝贵|批评)?意见|表示热烈|表示衷心|致以|谢谢|(?:鼓掌|掌声)$/u;
/**
 * The guidance a 党建 report's sentence opens on, its subject before it or not (`集团党委坚持以习近平新时代中国特色
 * 社会主义思想为指导`, `集团公司深入贯彻……重要论述`, `深入贯彻党的二十大精神`, `深入贯彻党的教育方针`, `认真落实
 * 市国资委党委年度工作要点`): the same in every report, so never its point. A ninth deck review found two
 * overviews opening on it while what the unit did followed. The 中央八项规定 are rules of conduct, not
 * guidance: keeping them is a measure of its own. Guidance too are the 思想 studied (`深入学习贯彻习近平法治思想`,
 * `深入学习……重要论述`: a twelfth review found one shown where the hours of study were dropped), the
 * leadership worked under (`在校长、书记的直接领导下`), the 要求 kept to (`紧扣……要求与……部署`), which an
 * eleventh review found heading a 述职's overview, and the 总要求 carried out; not where they are a
 * principle or a directive (`必须在……领导下`, `坚持在……领导下`, `要以……为指导`), nor a named policy's 要求
 * (`严格落实过紧日子要求`).
 */
const GUIDANCE =
  /(?:^(?:(?!要|须|应|坚持)[^，。；]){0,8}?|坚持|始终)以[^，。；]*为(?:指导|指引|统领|根本遵循)$|^[^，。；]{0,8}?(?:深入|全面|认真|坚决)?(?:学习(?:宣传)?(?:贯彻|落实)?|(?:宣传)?(?:贯彻|落实)|(?:牢牢)?把握)(?:落实)?(?![^，。；]*八项规定)[^，。；]*(?:精神|部署|工作要点|工作要求|指示|重要理念|重要论述|教育方针|思想|(?:指示|总|重要|重大)要求)$|^(?:(?!要|须|应|使|让|能|坚持)[^，。；]){0,8}?(?:在[^，。；]*(?:领导|指导|关心|支持|帮助|监督)下|(?:紧扣|紧紧围绕|围绕)[^，。；]*(?:要求|部署))$/u;

/** Words one of which every GUIDANCE or POSTS clause holds. */
const MAY_GUIDE = /为(?:指导|指引|统领|根本遵循)|贯彻|落实|学习|把握|担任|分管|调任|兼任|(?:领导|指导|关心|支持|帮助|监督)下|紧扣|围绕/u;

/**
 * The posts a 述职 opens on (`2025年，我在绍兴一中担任党委委员、纪委书记、副校长、年管会主任等职`, `本人分管学校后勤、
 * 财务、信息化等工作`, `本人调任绍兴一中党委委员、副校长`): who reports, not what was done (a tenth deck review found
 * one heading an overview, a twelfth an overview of nothing else).
 */
const POSTS =
  /^(?:(?:本人|我)[^，。；]{0,16}?)?(?:担任|分管|调任|兼任)[^，。；]*(?:等职|职务|一职|等工作|委员|书记|校长|主任|部长|院长|局长|处长|经理|董事长|主席)$/u;

/**
 * A span that only names guidance or the speaker's posts and sets the scene (`2025年，学校坚持以……为指导，深入
 * 贯彻党的教育方针`): no point at all.
 */
function onlyGuidance(span: string): boolean {
  // Most spans name neither: the words every such clause holds rule them out before any split.
  if (!MAY_GUIDE.test(span)) return false;
  const clauses = splitClauses(span)
    .map(cleanSpan)
    .filter((clause) => clause !== '');
  const setup = (clause: string): boolean => GUIDANCE.test(clause) || POSTS.test(clause);
  return clauses.some(setup) && clauses.every((clause) => setup(clause) || setsTheScene(clause));
}

/**
 * How many clauses a sentence opens with that only set the scene or name its guidance (`今年以来，集团党委坚持以
 * ……为指导，深入贯彻……精神，`), when one names it and a clause follows that says what was done; else 0.
 */
function guidanceEnd(clauses: readonly string[]): number {
  let end = 0;
  let guided = false;
  while (end < clauses.length - 1) {
    const clause = cleanSpan(clauses[end] ?? '');
    if (GUIDANCE.test(clause)) guided = true;
    else if (!setsTheScene(clause)) break;
    end += 1;
  }
  return guided ? end : 0;
}

/**
 * A clause that opens on the change or the comparison (`较上年提高0.6个百分点`, `年均增长11.9%`, `其中……`), or
 * names a bare quantity before it (`面积超过5000万亩`, `总产量达到853.2亿斤`): whose it is, is named in a
 * clause before it, when (`去年又减少281人`) or not.
 */
const NAMES_NO_MEASURE =
  /^(?:\d{4}年|去年|今年|全年|当年|年内|[上下]半年)?(?:又|再|还|也)?(?:[^，,]{1,5}率|较|比|同比|环比|年均|平均增长|分别|增长|提高|提升|下降|减少|增加|其中|占|达到|达|为|是|超过|突破|累计|合计|共计|约|\p{Script=Han}{0,2}[量积额值数入模](?:占|超过|达到|达|为|突破|增至|增长|增加|提高|提升|下降|减少|稳定在|保持在)[0-9０-９])/u;
/** Sentences with a figure that make a paragraph one that counts results. */
const COUNTING_PARAGRAPH = 3;
const FIGURE = /[0-9０-９*＊×]+(\.[0-9]+)?\s*(%|％|亿|万|个|户|项|家|人|元|倍|千|百)/u;
/**
 * A count of what was done (`检查3次`, `查处问题2起`, `改造42公里`, `选拔任用中层干部23名`): a result as much as
 * money and shares are; an ordinal or a rank (`第3次`, `前100名`) is not. Wider than FIGURE, which weighs
 * every candidate: a count of things is a result where a clause states it, not a reason to prefer any
 * sentence holding one.
 */
const COUNT =
  /(?<![第前0-9０-９.])[0-9０-９*＊×]+(\.[0-9]+)?\s*(%|％|亿|万|个|户|项|家|人|元|倍|千|百|名|次|场|起|篇|件|条|支|所|座|台|辆|套|批|类|组|份|公里|千米|米|吨|亩|天)/u;

/** Whether `char` after `before` ends a part: a half-width `;` after a letter or digit ends an entity (`&lt;`), not a clause. */
function separates(char: string, before: string, separators: ReadonlySet<string>): boolean {
  return separators.has(char) && !(char === ';' && /[A-Za-z0-9]/u.test(before));
}

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
    } else if (stack.length === 0 && separates(char, text[index - 1] ?? '', separators)) {
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
    if (separates(char, chars[index - 1] ?? '', separators)) {
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

/**
 * An address to the audience at the start of a sentence (`同学们：`, `老师们、同学们，`): spoken, not
 * part of the statement a slide shows. Pronouns (`我们，`) are not addresses.
 */
const LEADING_ADDRESS = /^(?:(?:亲爱的|尊敬的)?(?!我们|你们|他们|她们|它们|咱们)\p{Script=Han}{1,4}们[、，,]?)+[：:，,]\s*/u;

/** A sentence that only addresses the audience (`共青团员们、青年朋友们、同志们！`, `各位代表！`). */
export const ADDRESS_ONLY = /^(?:(?:亲爱的|尊敬的)?(?:各位\p{Script=Han}{1,4}|(?!我们|你们|他们|她们|它们|咱们)\p{Script=Han}{1,6}们)[、，,]?)+[！!：:，,]?$/u;

/** A reference to a note at the end of the report (`四大主导产业［2］`): the note is not on the slide. */
const NOTE_MARK = /[［[]\d{1,3}[］\]]/gu;

/**
 * The mark of an item in a list below the outline's levels (`（1）`, `(2)`, `3.`, `1、`, `①`, `⑴`, `二是`,
 * `第三，`, `——`, `一方面，`): a slide shows one or two items of such a list, and `（1）` alone promises a `（2）` it
 * does not show. Not a figure (`1.5万`) or a range (`第一、二季度`, `一是一、二是二`).
 */
const LIST_MARK =
  /^(?:[—―]{1,2}(?=\p{Script=Han})|[（(][0-9０-９]{1,2}[）)]|[0-9０-９]{1,2}[.．、）)](?![0-9０-９])|[①-⑳⑴-⒇]|[一二三四五六七八九十]是(?=[^，,：:一二三四五六七八九十])|第[一二三四五六七八九十]{1,2}(?:[，,]|、(?![一二三四五六七八九十第]))|另?一方面[，,])\s*/u;

/**
 * The words that single a case out of the sentence before (`特别是就业形势总体稳定……`, `尤其要……`):
 * on a slide the case stands alone, so they go (`要` stays: `特别要强化……` shows `要强化……`).
 */
const SINGLES_OUT = /^(?:特别是|尤其是|特别(?=要)|尤其(?=要))\s*/u;

/** A stage note a transcript opens a sentence with (`（热烈鼓掌）`, `（长时间的热烈的鼓掌）`, `（笑声）`): not said. */
const STAGE_NOTE = /^[（(][^（）()]{0,12}(?:鼓掌|掌声|笑声|笑)[^（）()]{0,4}[）)]\s*/u;

/** A span as it should appear on a slide: trimmed, without the punctuation that ended it, an address, note marks, a list mark or 特别是. */
export function cleanSpan(span: string): string {
  const trimmed = span.replace(NOTE_MARK, '').replace(TRAILING_PUNCTUATION, '').replace(LEADING_PUNCTUATION, '').trim();
  const statement = trimmed.replace(STAGE_NOTE, '').replace(LEADING_ADDRESS, '').replace(LIST_MARK, '').replace(SINGLES_OUT, '');
  return statement.length >= 4 ? statement : trimmed;
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

/** A clause end that frames a main clause still to come (`在……的同时`, `……以后`, `……过程中`). */
const FRAME_END =
  /(?:的同时|之际|之时|的时候|以后|之后|(?<![最落前今然背身午之以])后|以来|过程中|期间|(?<!(?:建立|放|摆|立|是)在[^，。；]*)(?:基础上|前提下)|所[^，。；的]{1,6}的|(?:对于?|就)[^，。；]{1,16}(?:而言|来说|来讲))$/u;
/**
 * A clause that turns against the one before (`重视学习……，但在学习时间的安排上……不够`): the point is in
 * the turn, and a bullet cut before it says the opposite (a 述职's shortcoming read as a strength).
 */
const TURNS = /^(?:但是|但|然而|可是|却|不过(?![度分于问时])|只是)/u;
/**
 * 越 that pairs one degree with another (`党的组织规模越庞大，……越复杂`, `越是长期执政`), not a word
 * holding 越 (超越, 卓越, 跨越, 越来越): the first halves name conditions, the point is the last 越.
 */
const CORRELATIVE_YUE = /(?<![超卓跨优逾穿飞翻激清攀来])越(?!来越|南|剧|野|过|位|轨|境|级|冬|狱)/u;
/** A denial whose correction is still to come (`不是为了斗争而斗争，也不是……`, then `而是……`). */
const DENIES = /不是/u;
const CORRECTS = /^而是/u;
/** A clause opening that resumes the list the clause before named (`……的改变，这些都将……`). */
const RESUMES = /^这些/u;

/**
 * A frame named inside a clause after its subject (`学校按照“……”思路`, `具体指根据……改革要求`, `我校作为……学校代表`):
 * the clause says by what or as what, and what is done comes after it. `有所作为`, `把……作为` are no such frame.
 */
const EMBEDDED_FRAME =
  /(?:按照|根据|依据|依照|遵照|本着)[^，。；]*(?:思路|要求|原则|精神|部署|方针|规定|标准|安排|指示|意见|理念|思想|方向|布局)$|^[^，。；以]{1,6}以[^，。；]{1,12}为(?:导向|重点|核心|主线|抓手|引领|目标|中心|基础|载体|依托|契机|突破口)$/u;
/** A subject and the role it acts in (`我国作为全球第二大经济体`): 作为 as a word, not in 工作为, 不作为 or 新作为. */
const SUBJECT_AS = /^([^，。；把将以被视列不有对]{1,8})(?<![新敢善])作为(?![用、])[^，。；了]+$/u;
/** The role's clause says something of its own (`企业作为创新主体的地位更加突出`). */
const HAS_PREDICATE = /的[^，。；]*(?:更加|不断|日益|明显|显著|进一步|逐步)/u;

/**
 * A subject and the ground or means it acts on (`学校依托“……”`, `学校基于……育人模式`, `“一志”为学校借力……研究院`):
 * what it does comes in a later clause.
 */
const SUBJECT_ON_GROUND =
  /^[^，。；]{1,12}(?:依托|基于|立足|借力|借助|依靠|秉承)[^，。；]*(?:”|模式|平台|资源|优势|载体|基础|机制|理念|思路|要求|任务|目标|契机|研究院|中心|项目)$/u;

function namesFrameAfterSubject(clause: string): boolean {
  // A quotation's own commas are no clause ends (`按照“党建管向，行政管人，专业管事”思路`).
  const plain = clause.replace(/“[^”]*”/gu, '“”');
  if (EMBEDDED_FRAME.test(plain) || SUBJECT_ON_GROUND.test(plain)) return true;
  const subject = SUBJECT_AS.exec(clause)?.[1];
  if (subject === undefined || HAS_PREDICATE.test(clause)) return false;
  const breaks = wordBreaks(clause);
  return breaks.has(subject.length) && breaks.has(subject.length + 2);
}
/**
 * The verb of a 把 clause, in the clause after it (`把提高党的执政能力……，落实到引领中国发展进步……上来`):
 * cut between them, one bullet has the object without its verb and the other the verb without its object.
 */
const DISPOSAL_COMPLEMENT = '(?:落实|贯穿|体现|融入|融合|转化|转变|推向|用|放|摆|变成|建成|打造|纳入|列入)(?:到|于|在|为|成|进)';
const DISPOSAL_VERB = new RegExp(`^(?:${DISPOSAL_COMPLEMENT}|作为)`, 'u');
/** A 把 clause still waiting for its verb: no complement after the 把 yet (`把提高党的执政能力`, not `把……贯穿到……`). */
const OPEN_DISPOSAL = new RegExp(`[把将](?![^，。；]*${DISPOSAL_COMPLEMENT})[^，。；]*$`, 'u');

/** True when `clause` is the verb of the 把 clause before it: it has no object of its own. */
function completesDisposal(previous: string, clause: string): boolean {
  return OPEN_DISPOSAL.test(cleanSpan(previous)) && DISPOSAL_VERB.test(cleanSpan(clause));
}

/** A 在 frame still open (`在取得……成果`): it closes at a later clause (`……的同时`, `……过程中`). */
const OPENS_FRAME = /^(?:早|正|就)?在|^当(?![前地好年日天家然])/u;
const CLOSES_FRAME = /(?:的同时|之际|之时|的时候|(?<![同及按适准实小])时|以后|之后|以来|过程中|期间|基础上|前提下|条件下|背景下|形势下)$/u;

/**
 * True when a clause is the first half of a pair the next clause goes on with: a 越……越……
 * (`党的组织规模越庞大，党面临的形势任务越复杂`, then `越要……`) or a 不是 before its 而是.
 */
function owesOtherHalf(last: string, next: string): boolean {
  return (CORRELATIVE_YUE.test(last) && CORRELATIVE_YUE.test(next)) || (DENIES.test(last) && CORRECTS.test(next.trim()));
}

/**
 * True when a sentence cut after `last` leaves it hanging: a frame without its main clause
 * (`在大力倡导……的同时`, `按照……的原则`), an introduction without its quotation (`正如……所讲到的`), or a subject the
 * next clause resumes with 这些 (`……科学技术的革新，这些都将使……`). `rest` is what follows `next` in the sentence.
 */
function leavesDangling(last: string, next: string, rest: readonly string[] = []): boolean {
  const text = cleanSpan(last);
  return (
    FRAME_END.test(text) ||
    (next.trim() !== '' && (FRAME_CLAUSE.test(text) || namesFrameAfterSubject(text))) ||
    (OPENS_FRAME.test(text) && !ADVERBIAL_ONLY.test(text) && [next, ...rest].slice(0, 3).some((clause) => CLOSES_FRAME.test(cleanSpan(clause)))) ||
    RESUMES.test(next.trim()) ||
    completesDisposal(last, next) ||
    (OPENS_CORRELATIVE.test(text) && next.trim() !== '') ||
    // A condition (`无论是对外开放，还是对内开放`, `只要……`) whose result is still to come.
    (CONDITION_START.test(text) && next.trim() !== '' && !/[就才都也便]/u.test(text)) ||
    (SUPPOSES.test(text) && next.trim() !== '') ||
    [next, ...rest].some((clause) => TURNS.test(clause.trim())) ||
    owesOtherHalf(text, next) ||
    isSubjectOfNext(text, next.trim()) ||
    JUDGES_TOPIC.test(next.trim())
  );
}

/**
 * A clause that says what the clauses before it amount to (`……学院党委如何充分发挥政治核心作用，……，是实践
 * 探索的重要命题`, `……，关键在党`): they are its subject, and a bullet cut before it names the subject and
 * leaves out what is said of it (a sixth deck review). 是否 asks; 是以 is classical `therefore`; 就是/也是/正是
 * mostly follow a statement of their own (`我们在这里隆重集会，……，就是要……`) and are left out.
 */
const JUDGEMENT = /^(?:都|均|则|仍|无疑|必然)?是(?![否以])/u;

function judgesWhatCameBefore(clause: string): boolean {
  const text = clause.trim();
  return JUDGES_TOPIC.test(text) || JUDGEMENT.test(text);
}

/** A question asked inside a sentence (`学院党委如何充分发挥……`): its answer or judgement comes later. */
const EMBEDDED_QUESTION = /如何|怎样|怎么|为何|为什么|能否|能不能|可否/u;

/**
 * True when the clauses before a cut ask what a later clause judges (`……学院党委如何充分发挥政治核心作用，
 * 紧密融合党建和业务工作，……，是实践探索的重要命题`): cut there, a bullet asks and never says.
 */
function subjectOfLaterJudgement(before: readonly string[], after: readonly string[]): boolean {
  return after.some(judgesWhatCameBefore) && before.some((clause) => EMBEDDED_QUESTION.test(clause));
}

/**
 * A clause that opens a judgement: JUDGEMENT's, or a second one after it (`……，这无疑是……的又一张靓丽名片，
 * 也是学校持之以恒推进组织工作改革创新，实施“四大品牌计划”结出的硕果`: an eleventh deck review found a divider cut
 * after 改革创新). Not 还是 (`不管是……，还是……`), 就是 (`有一点不同，就是……`), nor 是要, 是为了, 是把, which open a
 * purpose or a measure, not a noun.
 */
const OPENS_JUDGEMENT = new RegExp(`${JUDGEMENT.source}|^(?:也|又|更)是(?![否以要为把让])`, 'u');

/**
 * True when a cut after `before` falls inside a judgement whose noun is still to come (`如何将这项工作走深走实，
 * 是关系学院……，能否突破……，走出“舒适圈”，……，落实新一轮“双一流”建设目标的关键点`): a clause opened `是……` and
 * no clause since has ended on its noun, while a later one does. Cut there, one bullet stops inside the
 * judgement and a clause from its end (`落实……的关键点`) reads as a measure it is not.
 */
function insideJudgement(before: readonly string[], after: readonly string[]): boolean {
  const endsOnNoun = (clause: string): boolean => NOMINAL_END.test(cleanSpan(clause));
  const opened = before.findIndex((clause, index) => index > 0 && OPENS_JUDGEMENT.test(clause.trim()));
  // A judgement that names its noun in its own clause (`是……的重要目标和战略举措`) is whole; one judgement of
  // several (`是改革开放40周年、……，也是……的关键一年`) is a member of a list, each whole.
  if (opened === -1 || before.slice(opened).some((clause) => clause.includes('的') || endsOnNoun(clause))) return false;
  return !after.some((clause) => /^(?:也|还|又|更|同时)?是/u.test(clause.trim())) && after.some(endsOnNoun);
}

/**
 * A clause that opens a pair whose second half comes in a later clause (`很多培训机构不仅缺乏经验，也缺乏……`,
 * `既要……，又要……`, `一方面……`): cut after it, a bullet promises the half it does not show (a sixth deck
 * review). A 不仅 answered in its own clause (`不仅……也……`) closes there.
 */
const OPENS_CORRELATIVE =
  /(?:不仅|不但|不只|不光)(?![^，。；]*(?:而且|并且|也|还|更))|既(?=要|是|能|讲|重|抓|注重|强调|坚持|需要|包括)(?![^，。；]*[又也])|^一方面/u;

/**
 * A clause that judges the topic the clauses before it set (`全面建设社会主义现代化国家、全面推进中华民族伟大
 * 复兴，关键在党`): cut before it, a bullet names the topic and leaves out what is said of it.
 */
const JUDGES_TOPIC = /^(?:关键|根本|核心|重点|前提|基础|要害|目的|出发点|落脚点|重中之重)(?:在于|在|是)/u;
/** Longest judgement that is too short to stand without its topic (`关键在党`). */
const SHORT_JUDGEMENT = 8;

/** A clause ending in a noun phrase (`……变革的深入推进`, `……等国家战略`). */
const NOMINAL_END = /(?:的[^，。；的了]{1,6}|等[^，。；了]{0,6})$/u;
/**
 * A clause opening with its predicate, its subject the clause before (`正深刻改变着……`, `给予了……`);
 * 让 and 把 are left out: they as often open a clause of their own with its subject left unsaid.
 */
const PREDICATE_START = /^(?:正在|正|已经|已|将|必将|都将|也将|给予|使|能够)/u;

/**
 * True when `last` is the subject of the clause after it (`当前，新一轮科技革命和产业变革的深入推进，
 * 正深刻改变着……`): a noun phrase that opens no measure, and a next clause that opens with its
 * predicate. Cut there, a bullet names a subject and says nothing of it.
 */
function isSubjectOfNext(last: string, next: string): boolean {
  return NOMINAL_END.test(last) && !/[了着]/u.test(last) && !MEASURE_VERBS.test(last) && PREDICATE_START.test(next);
}

/**
 * A span ending on 的 outside a `是……的` judgement (`……采纳合理的，消除误解的`, `按时录入本校教师的`): a
 * modifier cut from the noun it describes. `成绩是显著的`, `……才走上通信产业的` say something; those
 * say nothing yet.
 */
function endsOnModifier(span: string): boolean {
  return /(?<!目)的$/u.test(span) && !/是|得|才/u.test(span);
}

/**
 * True when the span reads as a statement of its own on a slide. One that goes on from the heading
 * shown above it (`leansOnHeading`) may open on the 是 that judges it (`是南理工最响亮的文化品牌之一`).
 */
export function standsAlone(span: string, leansOnHeading = false): boolean {
  if ((DEPENDENT_START.test(span) && !(leansOnHeading && JUDGEMENT.test(span))) || ADVERBIAL_ONLY.test(span) || FORMULAIC.test(span)) return false;
  if (INTRODUCES_END.test(span) || FRAME_END.test(span) || isAsideLine(span) || ROLE_ONLY.test(span) || onlyFrames(span)) return false;
  // A short judgement alone (`关键在党`) says nothing without the topic it judges.
  if (endsOnModifier(span) || (JUDGES_TOPIC.test(span) && span.length <= SHORT_JUDGEMENT)) return false;
  // A clause alone that says only after or during what: when, not what. `……是……的关键时期` and
  // `当今世界正处在……的历史时期` judge a time and say something.
  if (WHEN_ALONE.test(span) && !/是|处[在于]/u.test(span)) return false;
  // A span pointing at text the slide does not show (`实现上述目标，重点从以下几个方面把握`), or ending on the
  // subject of a list still to come (`在这五年里，我们：`).
  if (POINTS_AWAY.test(span) || /[，,](?:我们|我|你们|他们|大家|咱们|全市|全省|全县)$/u.test(span)) return false;
  // A span saying it is the same as something before (`我们的事业同样如此`) says nothing without it.
  if (/(?:同样|也是|亦是|莫不|无不|正是|更要|也要|更是|正因为?)如此/u.test(span)) return false;
  // A body set up `由……` whose name is still to come (`成立由校长、书记为组长，党委副书记为副组长`): the
  // 领导小组 it sets up follows after the members (a fourth deck review).
  if (/(?:成立|组建|建立)了?由(?![^。；]*的)/u.test(span)) return false;
  // A condition without its result (`只要青年都勇挑重担`): the point is in the clause that follows.
  if (CONDITION_START.test(span) && !/[，,][^，,]*[就才都也便]/u.test(span)) return false;
  // Elided text (`得益于……办学理念`) and a bare quotation say nothing without their context.
  if (span.includes('…') || /^[“「『][^”」』]*[”」』]$/u.test(span)) return false;
  return isBalanced(span);
}

/** Clauses `start` up to (not including) `end` of a sentence. */
interface ClauseRun {
  readonly start: number;
  readonly end: number;
}

/** A run of three or more clauses built alike (`以德凝聚人心，以情凝聚人心，以诚凝聚人心`), by clause index. */
function parallelRun(clauses: readonly string[]): ClauseRun | null {
  const spans = clauses.map(cleanSpan);
  for (let start = 0; start < spans.length; start += 1) {
    let end = start + 1;
    while (end < spans.length && isParallel(spans[end - 1] ?? '', spans[end] ?? '', end - 1 === start)) end += 1;
    if (end - start >= 3) return { start, end };
  }
  return null;
}

/**
 * Two clauses built alike: both short, about as long, sharing their opening character or their
 * last two. The first clause of a run may carry a lead-in (`我们始终坚持以德凝聚人心`): its tail counts.
 */
function isParallel(a: string, b: string, aLeads: boolean): boolean {
  const left = aLeads && a.length > b.length ? a.slice(a.length - b.length) : a;
  if (left.length > 16 || b.length > 16 || Math.abs(left.length - b.length) > 3 || b.length < 2) return false;
  return left.charAt(0) === b.charAt(0) || left.slice(-2) === b.slice(-2);
}

function scoreSpan(text: string, isLead: boolean, isWholeSentence: boolean, demands = false, outcomes = false): number {
  let score = 0;
  // Longer spans say more; very short ones read as fragments on a slide.
  if (text.length >= 12) score += 1;
  if (text.length < 8) score -= 2;
  // A paragraph's lead sentence (主题句) carries its gist.
  if (isLead) score += 3;
  if (isWholeSentence) score += 1;
  if (MEASURE_VERBS.test(text)) score += 2;
  else if (demands && DEMAND.test(text)) score += 2;
  if (FIGURE.test(text)) score += 1;
  // An outcome (`期末总成绩跃升至普通班前茅`, `斩获……一等奖`) is what a report's paragraph comes to: a tenth deck
  // review found a 述职 showing a class's low start and the measures taken, and never where the class ended.
  if (outcomes && OUTCOME.test(text)) score += 2;
  // A likeness (`压力就像琴弦，……`) illustrates the point; it is not the point.
  if (LIKENESS.test(text)) score -= 2;
  // A saying quoted to make the point is not the point (`九层之台，起于累土`, `正如狄更斯所说，……`).
  if (isSaying(text)) score -= 5;
  return score;
}

/**
 * A demand, after a subject of a few characters at most: 要 (not 要素, 要点, 要害, 要是, nor 要我 `wanting me`),
 * 必须, 务必, 应当; not one reported (`丁耘说要……`) or asked about (`为什么要闭卷考试`).
 */
const DEMAND = /^(?![^，。；]*(?:什么|怎么|为何))\p{Script=Han}{0,8}?(?<![说讲想需])(?:必须|务必|一定要|应当|要(?![素点害是我你他她快]))/u;
/** A simile (`就像`, `好比`, `犹如`): an illustration. */
const LIKENESS = /就像|好比|犹如|如同|恰似|宛如|好像/u;

/**
 * A saying introduced as one (`俗话说，……`, `正如狄更斯所说，……`, `牛顿曾经说过：……`, `正所谓“……”`), or a
 * quotation then whose words they were (`“……！”这是我校引进人才……的肺腑之言`); not the speaker's
 * own (`我说过，……`, `我常说，……`), which is the point, nor 总书记's, which a 党政 deck shows as guidance.
 */
const QUOTES_SAYING =
  /^(?:正所谓|“[^“”]{4,}[。！？]?”[，,]?这是|正如(?![^，。：]*总书记)[^，。：]{0,16}(?:所说|所言|说的|讲的|所讲|指出的)|俗话说|俗话讲|俗语说|古人云|古语说|古语讲|古人说|古人讲|常言道|常言说|老话说|老话讲|有句(?:老)?话(?:说|讲|叫)|(?!我)[^，。：]{1,12}(?:曾经)?说过[：:，,]|[^，。：]{1,8}说得好)/u;

function isSaying(text: string): boolean {
  return QUOTES_SAYING.test(text) || isClassicalCouplet(text);
}

/**
 * Two four-character clauses in the classical style: a proverb or a maxim (`九层之台，起于累土`,
 * `凡是过往，皆为序章`, `不拒众流，方为江海`, `使命如炬，初心如磐`, `初心易得，始终难守`, `千秋基业，人才为本`),
 * marked by a classical particle, a second clause opening on 皆/方/惟/乃/则/亦 (what follows from the
 * first), a likeness (`如炬`), an easy-hard pair, or an ending that names what matters most (`为本`,
 * `为要`). Not the paired tasks a report heads its points with (`转变职能，提高效率`).
 */
function isClassicalCouplet(text: string): boolean {
  const match = /^(\p{Script=Han}{4})[，,](\p{Script=Han}{4})$/u.exec(text);
  if (match === null) return false;
  const [, first = '', second = ''] = match;
  return (
    /[之于而者其乎兮矣惟唯]/u.test(text) ||
    /^[皆方乃则亦]/u.test(second) ||
    /如\p{Script=Han}$/u.test(first) ||
    (/易/u.test(first) && /难/u.test(second)) ||
    /为[本要先]$/u.test(second)
  );
}

export interface CondenseOptions {
  /** How many phrases at most. */
  readonly count: number;
  /** Longest phrase, in characters. */
  readonly maxChars: number;
  /** Shortest phrase worth showing, in characters. */
  readonly minChars?: number;
  /**
   * Only statements that stand alone, possibly none (overview, divider lead). Otherwise a text
   * with none still gives its lead phrase, so a content slide never goes empty.
   */
  readonly strict?: boolean;
  /**
   * The text goes on from a heading the slide shows right above it (the rest of a one-sentence point's
   * title): its first sentence may open on the 是 that judges the heading (`是……`).
   */
  readonly afterHeading?: boolean;
  /**
   * The text is a speech's or a pledge's: what the speaker asks for (`我们要把表扬当作激励语`, `各级各部门要
   * 紧盯清单内容`) is its point, more than the setting and the stories around it. Not for reports, where
   * a generic 要…… would push out the concrete measures and targets beside it.
   */
  readonly demands?: boolean;
  /**
   * The text reports what was achieved (a 述职, a 工作总结, a 汇报): an outcome (`跃升至普通班前茅`, `斩获……一等奖`)
   * outranks the measures beside it. Not for a government work report, where nearly every sentence
   * states one and its figures say more.
   */
  readonly outcomes?: boolean;
}

interface Candidate {
  readonly text: string;
  readonly order: number;
  readonly score: number;
}

/**
 * Candidate bullets, each a clause-complete verbatim span: a whole sentence; else the longest run
 * of its opening clauses that fits (the first clause carries the subject); a parallel run kept
 * whole; later clauses only when they open with a measure verb (they then stand alone).
 */
function candidatesOf(text: string, options: CondenseOptions): Candidate[] {
  const minChars = options.minChars ?? 6;
  const candidates: Candidate[] = [];
  const asks = options.demands === true;
  const reports = options.outcomes === true;
  let order = 0;
  text.split('\n').forEach((paragraph, paragraphIndex) => {
    if (isFrontMatterLine(paragraph.trim())) return;
    const first = candidates.length;
    const sentences = splitSentences(paragraph);
    sentences.forEach((sentence, sentenceIndex) => {
      const isLead = sentenceIndex === 0;
      const leans = options.afterHeading === true && paragraphIndex === 0 && isLead;
      const fits = (span: string): boolean => span.length >= minChars && span.length <= options.maxChars && standsAlone(span, leans) && !onlyGuidance(span);
      // A question waits for its answer (`担当是什么？`); it is no key statement, nor is an address
      // to the audience standing as a sentence (`老师们、同学们、同志们、朋友们！`).
      if (/[？?]\s*$/u.test(sentence) || ADDRESS_ONLY.test(sentence.trim())) return;
      const whole = cleanSpan(sentence);
      const clauses = splitClauses(sentence);
      // A sentence opening on its guidance is shown from past it, however short (guidanceEnd).
      if (fits(whole) && guidanceEnd(clauses) === 0) {
        candidates.push({ text: whole, order: order++, score: scoreSpan(whole, isLead, true, asks, reports) });
        return;
      }
      const run = parallelRun(clauses);
      // A run is shown whole, but not where the sentence still owes what the run leads to (`不是……，也不是……`
      // before its `而是……`).
      if (run !== null && !owesOtherHalf(cleanSpan(clauses[run.end - 1] ?? ''), clauses[run.end] ?? '')) {
        const joined = cleanSpan(clauses.slice(run.start, run.end).join(''));
        if (fits(joined)) candidates.push({ text: joined, order: order++, score: scoreSpan(joined, isLead, false, asks, reports) + 3 });
      }
      const from = guidanceEnd(clauses);
      const cut = longestPrefix(clauses, from, run, options.maxChars);
      // A sentence too long to show whole is shown whole but for the time or circumstances it opens on (`下一步，`): `集团党委
      // 将完善考核评价办法，把……与领导班子综合考评和薪酬挂钩`, not `下一步，集团党委将完善考核评价办法` (an eleventh
      // deck review). Only whole: cut short again, what follows the scene may be its subject alone.
      const scene = from === 0 && cut.end < clauses.length ? sceneEnd(clauses) : 0;
      const past = scene > 0 ? longestPrefix(clauses, scene, run, options.maxChars) : null;
      const shown = past !== null && past.end === clauses.length && fits(past.text) ? past : cut;
      const prefix = shown.text;
      // Past its guidance a sentence's opening is no longer its lead: what follows is weighed as a later clause is.
      const prefixShown = prefix !== '' && fits(prefix);
      if (prefixShown)
        candidates.push({ text: prefix, order: order++, score: scoreSpan(prefix, isLead && from === 0, false, asks, reports) - (from > 0 ? 1 : 0) });
      clauses.slice(1).forEach((clause, index) => {
        const span = cleanSpan(clause);
        const judged =
          JUDGES_TOPIC.test((clauses[index + 2] ?? '').trim()) ||
          subjectOfLaterJudgement(clauses.slice(0, index + 2), clauses.slice(index + 2)) ||
          insideJudgement(clauses.slice(0, index + 1), clauses.slice(index + 1));
        const dangles = leavesDangling(clause, clauses[index + 2] ?? '', clauses.slice(index + 3)) || completesDisposal(clauses[index] ?? '', span);
        // A clause that states a result with a count (`……，有序压降融资成本，平均融资成本下降0.42个百分点`,
        // `……，查处违反中央八项规定精神问题2起`) is a candidate of its own: the eighth and ninth deck reviews found
        // results dropped while the measures before them showed.
        const result = COUNT.test(span) && span.length >= 8 && !NAMES_NO_MEASURE.test(span);
        // In a report, so is a clause stating an outcome (`……，在2019年度家长满意率测评中食堂指标位列市直学校第一名`):
        // a twelfth deck review found it dropped for `严格把好“五关”`.
        // Not one demanded (`均要求入选……计划`): that is no outcome yet; nor one the sentence's opening already shows
        // with its subject (`经过20年的建设与发展，教师队伍总量稳步增长，学历、年龄和学缘结构得到明显改善`); nor an award
        // whose winner an earlier clause names (`动物医学院党委……，入选全省首批高校标杆院系培育单位`): alone, a thirteenth
        // deck review found it read as the whole school's.
        const outcome =
          reports &&
          OUTCOME.test(span) &&
          span.length >= 8 &&
          !NAMES_NO_MEASURE.test(span) &&
          !DEMAND.test(span) &&
          !AWARD_FIRST.test(span) &&
          !(prefixShown && index + 1 < shown.end);
        if ((MEASURE_VERBS.test(span) || result || outcome) && fits(span) && !/[：:]$/u.test(clause.trim()) && !judged && !dangles && !GUIDANCE.test(span)) {
          // An outcome clause weighs as the outcome a long sentence ends on does (resultTail): it is what the sentence comes to.
          candidates.push({ text: span, order: order++, score: scoreSpan(span, false, false, asks, reports) + (outcome && !result ? 2 : -1) });
        }
      });
      // The results a long sentence ends on after its measures (`……，统筹发展和安全，全年未发生较大及以上生产
      // 安全事故，一般事故起数同比下降40%，安全生产形势总体平稳`): a ninth deck review found a 工作总结's
      // overview showing the measures and slogans before them and never the year's outcome.
      const outcome = resultTail(clauses);
      if (outcome !== null && fits(outcome)) candidates.push({ text: outcome, order: order++, score: scoreSpan(outcome, false, false, asks, reports) + 2 });
      // The first member of a list a colon opens (`……取得了不错的成绩：浙江省艺术节乐器类一等奖……；`),
      // a candidate like the members after it, which `；` makes sentences of their own (a third deck
      // review found a 述职's provincial award, first in its list, left out while the others showed).
      const colon = clauses.findIndex((clause) => /[：:]$/u.test(clause.trim()));
      if (colon > 0 && /[；;]$/u.test(sentence.trim())) {
        const member = cleanSpan(clauses.slice(colon + 1).join(''));
        if (fits(member)) candidates.push({ text: member, order: order++, score: scoreSpan(member, false, true, asks, reports) });
      }
    });
    // A paragraph that counts what was done (`论文数从328人次增长至923人次……获奖超过1.25万人次……就业率长期保持
    // 在95%以上`) is where a part's results are: its figures outrank the lead sentences around it (a sixth deck
    // review found a 工作总结's results part showing its closing slogans and none of its figures).
    if (sentences.filter((sentence) => FIGURE.test(sentence)).length >= COUNTING_PARAGRAPH) {
      for (let index = first; index < candidates.length; index += 1) {
        const candidate = candidates[index];
        if (candidate !== undefined && FIGURE.test(candidate.text)) candidates[index] = { ...candidate, score: candidate.score + 2 };
      }
    }
  });
  return candidates;
}

/**
 * The longest run of `clauses` from `from` that ends where a sentence may be cut (not on a colon, a time, a
 * frame left open or inside a judgement or a parallel run) and is at most `maxChars` long; `end` is the
 * index of the clause after it (text '' and end `from` when there is none).
 */
function longestPrefix(clauses: readonly string[], from: number, run: ClauseRun | null, maxChars: number): { text: string; end: number } {
  let best = { text: '', end: from };
  for (let count = from + 1; count <= clauses.length; count += 1) {
    // Never end inside a parallel run: its members belong together.
    if (run !== null && count > run.start && count < run.end) continue;
    const longer = cleanSpan(clauses.slice(from, count).join(''));
    if (longer.length > maxChars) break;
    // A clause ending in a colon announces what follows; a trailing adverbial (`在此基础上`) leads into it.
    const last = cleanSpan(clauses[count - 1] ?? '');
    if (
      !/[：:]$/u.test((clauses[count - 1] ?? '').trim()) &&
      !setsTheScene(last) &&
      !/^在此基础上|^为此|^对此/u.test(last) &&
      !leavesDangling(last, clauses[count] ?? '', clauses.slice(count + 1)) &&
      !subjectOfLaterJudgement(clauses.slice(0, count), clauses.slice(count)) &&
      !insideJudgement(clauses.slice(0, count), clauses.slice(count))
    ) {
      best = { text: longer, end: count };
    }
  }
  return best;
}

/**
 * The circumstances a sentence may open on (`面对复杂严峻的形势`, `在财政收支压力加大情况下`, `在……的同时`, `为了……`):
 * not `在……中` or `在……上`, which as often name the contest or the group the sentence is about (`在全省中职教师
 * 技能大赛中`, `在DeepSeek主要团队成员中`).
 */
const CIRCUMSTANCE =
  /^(?:(?:面对|面临|随着|为了|为)[^，。；]*|(?:在|从|当)[^，。；]*(?:情况下|形势下|背景下|条件下|前提下|基础上|过程中|的同时|之际|时刻|时候|以来|至今|期间))$/u;

/** How many clauses a sentence opens with that only say when or under what circumstances, a clause after them; 0 when none. */
function sceneEnd(clauses: readonly string[]): number {
  let end = 0;
  const scene = (clause: string): boolean => TIME_ONLY.test(clause) || PERIODS_ONLY.test(clause) || CIRCUMSTANCE.test(clause);
  while (end < clauses.length - 1 && scene(cleanSpan(clauses[end] ?? ''))) end += 1;
  return end;
}

/** A clause opening on an award, its winner named before it (`先后入选……`, `荣获……`, `斩获……一等奖`). */
const AWARD_FIRST = /^(?:先后|均|还|也|并|又|再|已)?(?:荣获|获评|斩获|摘得|夺得|入选|获得|获)/u;

/** A clause that states an outcome (`全年未发生较大及以上生产安全事故`, `安全生产形势总体平稳`, `位居全省第一`). */
const OUTCOME =
  /未发生|零事故|零伤亡|总体平稳|平稳有序|稳中向好|持续向好|(?:明显|显著|大幅|持续)(?:提升|提高|改善|增强|下降|减少|增长)|(?:位居|位列)(?![^，。；]*倒数)|获评|荣获|斩获|摘得|夺得|入选|首次|跃升|名列前茅|前茅|创历史新高|创新高|圆满完成|全面完成|超额完成/u;

/**
 * The clauses a long sentence ends on that state its outcome, from the first that does, after at
 * least two clauses of measures, to the end: two clauses or more, the first and the last each an
 * outcome or a figure, and one of them an outcome in words (a run of figures alone is what
 * `result` candidates and a counting paragraph already offer). The first names what it measures
 * (not `同比增加59个`). Null when the sentence ends otherwise.
 */
function resultTail(clauses: readonly string[]): string | null {
  const states = (clause: string): boolean => OUTCOME.test(clause) || COUNT.test(clause);
  const last = cleanSpan(clauses[clauses.length - 1] ?? '');
  if (clauses.length < 4 || !states(last)) return null;
  for (let from = 2; from <= clauses.length - 2; from += 1) {
    const clause = cleanSpan(clauses[from] ?? '');
    if (!states(clause) || /[：:]$/u.test((clauses[from] ?? '').trim())) continue;
    if (NAMES_NO_MEASURE.test(clause) || !(OUTCOME.test(clause) || OUTCOME.test(last))) return null;
    return cleanSpan(clauses.slice(from).join(''));
  }
  return null;
}

/** Front matter that reached a body (a speaker and date line, meeting logistics in brackets). */
function isFrontMatterLine(line: string): boolean {
  if (line === '') return true;
  // A line that is never a heading (a column tab `人|物|名|片`, a caption, a date) is no statement
  // either; nor is a `附：……` note naming an attachment.
  if (isNeverHeading(line) || /^附[：:]/u.test(line)) return true;
  if (/^[（(][^（）()]*[）)]$/u.test(line) && /\d|月|日|时|点|会议室|地点/u.test(line)) return true;
  // The body's own cover or signature: an organisation's name alone (`绍兴市第一中学`, `某某局党委`).
  if (isOrganisationLine(line)) return true;
  return line.length <= 40 && !/[，。；！？]/u.test(line) && (isSpeakerLine(line) || isDateLine(line) || isSpeakerDateLine(line) || isSalutationLine(line));
}

/**
 * Phrases already picked, by options and text. The planner composes a section in several layouts
 * and page splits and asks for the same point's phrases in each (10× the seed: 161 calls, 144 repeats;
 * 349 → 345 ms, median of 21 runs). Bounded, oldest out first, so `serve` or `--watch` cannot grow it.
 */
const pickedPhrases = new Map<string, readonly string[]>();
const PICKED_PHRASES_LIMIT = 4096;

/**
 * Up to `count` verbatim phrases from `text`, in source order: lead sentences and measures first,
 * never a fragment that leans on its neighbour, never front matter or a formula. When nothing
 * qualifies, the opening clause-complete span that fits; nothing for an empty text.
 */
export function pickKeyPhrases(text: string, options: CondenseOptions): string[] {
  // Every field of CondenseOptions, then the text.
  const key = `${options.count}|${options.maxChars}|${options.minChars ?? ''}|${options.strict === true}|${options.afterHeading === true}|${options.demands === true}|${options.outcomes === true}|${text}`;
  const cached = pickedPhrases.get(key);
  if (cached !== undefined) return [...cached];
  const phrases = choosePhrases(text, options);
  if (pickedPhrases.size >= PICKED_PHRASES_LIMIT) pickedPhrases.delete(pickedPhrases.keys().next().value ?? '');
  pickedPhrases.set(key, phrases);
  return [...phrases];
}

function choosePhrases(text: string, options: CondenseOptions): string[] {
  const unique = new Map<string, Candidate>();
  // Where a span stands in the text: two spans sharing a clause (`坚持……，全年未发生……下降40%` and `全年未发生……
  // 下降40%，安全生产形势总体平稳`) would show it twice (an eleventh deck review), though neither holds the other.
  const ranges = new Map<string, readonly [number, number]>();
  const rangeOf = (span: string): readonly [number, number] => {
    const known = ranges.get(span);
    if (known !== undefined) return known;
    const at = text.indexOf(span);
    const range: readonly [number, number] = at === -1 ? [-1, -1] : [at, at + span.length];
    ranges.set(span, range);
    return range;
  };
  const overlap = (a: Candidate, b: Candidate): boolean => {
    if (a.text.includes(b.text) || b.text.includes(a.text)) return true;
    const [aStart, aEnd] = rangeOf(a.text);
    const [bStart, bEnd] = rangeOf(b.text);
    return aStart !== -1 && bStart !== -1 && aStart < bEnd && bStart < aEnd;
  };
  for (const candidate of candidatesOf(text, options)) {
    const others = [...unique.values()].filter((other) => overlap(other, candidate));
    // Of overlapping spans keep the better one.
    if (others.every((other) => candidate.score > other.score)) {
      for (const other of others) unique.delete(other.text);
      unique.set(candidate.text, candidate);
    }
  }
  // A saying is shown only when nothing else stands alone: what the speaker asks for comes first.
  const pool = [...unique.values()];
  const own = pool.filter((candidate) => !isSaying(candidate.text));
  // Where only standing statements may be shown (a divider's lead, the overview), a saying never is:
  // a divider showing only `凡是过往，皆为序章` says nothing of its part (a deck review).
  const chosen = (own.length > 0 || options.strict === true ? own : pool)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, options.count)
    .sort((a, b) => a.order - b.order)
    .map((candidate) => candidate.text);
  if (chosen.length > 0 || options.strict === true || text.trim() === '' || text.split('\n').every((line) => isFrontMatterLine(line.trim()))) return chosen;
  // Nothing scored: the first clause that stands alone, else the lead phrase unless it is a
  // dependent fragment (`虽然意识到……的重要性` without its 但 says the opposite of the point).
  const standing = splitSentences(text)
    .flatMap((sentence) => {
      const clauses = splitClauses(sentence);
      return clauses.map((clause, index) => ({
        clause: cleanSpan(clause),
        dangles: leavesDangling(clause, clauses[index + 1] ?? '', clauses.slice(index + 2)) || completesDisposal(clauses[index - 1] ?? '', clause),
      }));
    })
    .find(({ clause, dangles }) => clause.length >= 4 && clause.length <= options.maxChars && standsAlone(clause) && !dangles);
  if (standing !== undefined) return [standing.clause];
  const turn = turnOfLead(text, options.maxChars);
  if (turn !== null) return turn.length >= 4 ? [turn] : [];
  const lead = leadPhrase(text, options.maxChars);
  return DEPENDENT_START.test(lead) || FRAME_END.test(lead) ? [] : [lead];
}

/**
 * When the first sentence of `text` turns (`重视学习……，认真参加中心组学习，但在学习时间的安排上，还存在
 * 挤占、压缩的情况`) and its lead phrase stops before the turn, the turn is the point: it is shown
 * from there, without its 但. Null when the sentence does not turn, its lead phrase keeps the turn, or
 * the turn leans on more than its 但.
 */
function turnOfLead(text: string, maxChars: number): string | null {
  const sentence = splitSentences(text.trim())[0] ?? '';
  const clauses = splitClauses(sentence);
  const turn = clauses.findIndex((clause, index) => index > 0 && TURNS.test(clause.trim()));
  if (turn === -1 || leadPhrase(text, maxChars).includes(cleanSpan(clauses[turn] ?? ''))) return null;
  // The turn's own word (`但`, `但是`) goes: the clause after it says the point without it.
  const shown = leadPhrase(clauses.slice(turn).join('').trim().replace(TURNS, '').trimStart(), maxChars);
  // A turn that leans on more than its 但 (`但也增加了……`) cannot stand alone either.
  return DEPENDENT_START.test(shown) ? null : shown;
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
  const clauses = splitClauses(text);
  const firstClause = cleanSpan(clauses[0] ?? text);
  // A first clause that only says when or where (`这五年`, `在新的起点上`) or by what standard
  // (`根据《……计划》`) names nothing on its own: it is shown with the clause it frames, or that
  // clause alone when both are too long.
  if (framesOnly(clauses[0] ?? '') && clauses.length > 1) {
    // Several frames may come first (`以……为总抓手，结合……规划，全面提升……`): up to the first clause that says what.
    let main = 1;
    while (main < clauses.length - 1 && framesOnly(clauses[main] ?? '')) main += 1;
    const withFrames = cleanSpan(clauses.slice(0, main + 1).join(''));
    if (withFrames.length <= maxChars) return withFrames;
    const next = cleanSpan(clauses[main] ?? '');
    return next.length >= 4 && next.length <= maxChars ? next : cutAtWordBreak(whole, maxChars);
  }
  if (firstClause.length <= maxChars && firstClause.length > 0) return firstClause;
  // A long run of 、-joined items: its first item still reads as a phrase; a cut mid-item does not.
  const firstItem = cleanSpan(splitTopLevel(firstClause, ENUMERATION_COMMA)[0] ?? firstClause);
  if (firstItem.length <= maxChars && firstItem.length >= Math.min(6, maxChars)) return firstItem;
  return cutAtWordBreak(whole, maxChars);
}

/**
 * The first `maxChars` characters of `text`, ending before a 、 of a list when one falls in the
 * second half (the list stays a run of whole items), else on a word break (never inside a word).
 */
function cutAtWordBreak(text: string, maxChars: number): string {
  const chars = [...text];
  const limit = chars.slice(0, maxChars).join('').length;
  const itemEnd = text.lastIndexOf('、', limit);
  const breaks = [...wordBreaks(text)].filter((at) => at <= limit && at > 0);
  const best = Math.max(...breaks, 0);
  const end = itemEnd > limit / 2 ? itemEnd : best > limit / 2 ? best : limit;
  // Never inside a quotation or a title (`组织学习“满广志`, a fifth deck review): before it opens.
  const open = openQuoteBefore(text, end);
  return text.slice(0, open > limit / 3 ? open : end);
}

/** Where a quotation or title mark still open at `end` opens, or -1. */
function openQuoteBefore(text: string, end: number): number {
  const head = text.slice(0, end);
  for (const [opener, closer] of [
    ['“', '”'],
    ['《', '》'],
  ] as const) {
    const at = head.lastIndexOf(opener);
    if (at !== -1 && head.indexOf(closer, at) === -1) return at;
  }
  return -1;
}
