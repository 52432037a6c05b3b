/**
 * Parallel theme sentences: reports without numbering often mark their themes by opening
 * several paragraphs (or several sentences of one paragraph) with sentences of the same shape —
 * `这一年，我们的……。` ×5, `——这是……的五年。` ×5, `以理论武装“铸魂”。 以党性教育“补钙”。`.
 * These are recognised by shape (shared aligned wording, similar length, same punctuation
 * skeleton), never by particular words.
 */

import { firstSentenceLength, splitSentenceSpans } from './split-sentences.js';
import { detectMarker } from './detect-markers.js';
import { isAsideLine } from './front-matter.js';
import { maskNumbers, sharesClauseRhythm } from './parallel-shape.js';
import { ANNOUNCES_LIST, DIALOGUE_TURN, argues, isCommonOpening, isPronounOnly, isQuotation, pointsBack } from './shared-wording.js';
import { DASH_OPENING } from './dashes.js';

export interface ThemeParagraph {
  /** Index into the paragraph list given. */
  readonly index: number;
  /** Length of the heading (the opening sentence, maybe shortened to match its siblings). */
  readonly headingLength: number;
}

const ADDRESS = /^(同志们|各位[\u4e00-\u9fa5]{1,4}?|老师们|同学们|朋友们|女士们|先生们)[，,！!：:、]/u;

/** True for paragraphs that open by addressing the audience (`各位代表！`, `同志们，`). */
export function startsWithAddress(paragraph: string): boolean {
  return ADDRESS.test(paragraph);
}

const PUNCT = /[，、；：,;:“”‘’《》（）()]/;

/** The sentence without its final punctuation. */
function core(sentence: string): string {
  return sentence.replace(/[。！？!?；;]+[”’」』）)】》]*$/, '').replace(/[。！？!?]+$/, '');
}

/** How many characters at the start all `texts` share. */
export function commonPrefixLength(texts: readonly string[]): number {
  const first = texts[0] ?? '';
  let n = 0;
  while (n < first.length && texts.every((t) => t.charAt(n) === first.charAt(n))) n += 1;
  return n;
}

function commonSuffixLength(texts: readonly string[]): number {
  const first = texts[0] ?? '';
  let n = 0;
  while (n < first.length && texts.every((t) => t.length > n && t.charAt(t.length - 1 - n) === first.charAt(first.length - 1 - n))) n += 1;
  return n;
}

/** Two or more identical characters at the same place near the start of every sentence. */
function hasAlignedWording(texts: readonly string[]): boolean {
  const first = texts[0] ?? '';
  for (let k = 0; k <= 8 && k + 2 <= first.length; k += 1) {
    const piece = first.slice(k, k + 2);
    if (/^[，、：；,;:\s]+$/.test(piece)) continue;
    if (texts.every((t) => t.slice(k, k + 2) === piece)) return true;
  }
  return false;
}

function punctuationSkeleton(text: string): string {
  return [...text].map((ch) => (PUNCT.test(ch) ? ch : '.')).join('');
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/**
 * True when the sentences read as a parallel series: shared wording at the same place (at least
 * two characters), or the same first character with the same length and punctuation skeleton.
 */
export function areParallel(sentences: readonly string[]): boolean {
  if (sentences.length < 2) return false;
  const texts = sentences.map((sentence) => maskNumbers(core(sentence)));
  const lengths = texts.map((t) => t.length);
  if (Math.min(...lengths) < 4) return false;
  const typical = median(lengths);
  // Long theme sentences (`全面践行……，实施了一系列……，……迈上新台阶。`) are parallel only when
  // they share a clear opening of their own; a dash that opens each (`——我们创立了……。`) is a list
  // mark of its own, however long the sentences run.
  if (typical > 40) {
    if (texts.every((text) => DASH_OPENING.test(text)) && commonPrefixLength(texts) >= 3) return true;
    return typical <= 80 && (commonPrefixLength(texts) >= 4 || sharesDefinitionShape(texts));
  }
  if (commonPrefixLength(texts) >= 2) return true;
  if (hasAlignedWording(texts)) return true;
  if (sharesClauseRhythm(texts)) return true;
  const similarLength = Math.max(...lengths) <= Math.min(...lengths) * 1.5;
  if (commonSuffixLength(texts) >= 2 && similarLength) return true;
  const sameSkeleton = texts.every((t) => punctuationSkeleton(t) === punctuationSkeleton(texts[0] ?? ''));
  return commonPrefixLength(texts) >= 1 && sameSkeleton && Math.max(...lengths) - Math.min(...lengths) <= 2;
}

/**
 * Sentences that each define a term the same way (`所谓“工作项目化”，就是……。` ×4): a shared
 * opening and a shared opening of the second clause, the term between them differing.
 */
function sharesDefinitionShape(texts: readonly string[]): boolean {
  const seconds = texts.map((text) => text.split(/[，,]/u)[1] ?? '');
  return commonPrefixLength(texts) >= 2 && commonPrefixLength(seconds) >= 2;
}

/** A paragraph that is one short sentence on its own line may be a heading line (`当以……之担当引领青春航向。`). */
const MAX_STANDALONE = 30;

/** The opening sentence of a paragraph, when it can be a theme sentence. */
function openingSentence(paragraph: string): string | null {
  if (detectMarker(paragraph) !== null) return null;
  const length = firstSentenceLength(paragraph);
  // A paragraph that is one sentence may still open a series (`——我们创立了……。` ×16,
  // `过去的五年，我们……。` ×6, some with no more to say): the series must then share clear wording
  // (see `findThemeParagraphGroups`).
  if (length >= paragraph.length && !/。[”’」』）)】》]*$/.test(paragraph)) return null;
  const sentence = paragraph.slice(0, length);
  if (!/[。！？!?][”’」』）)】》]*$/.test(sentence)) return null;
  // `各位代表！` on its own is no theme; `同学们，要做……的人。` is compared without the address.
  if (startsWithAddress(sentence) && addressLength(sentence) >= core(sentence).length) return null;
  return isQuotation(sentence.slice(addressLength(sentence))) ? null : sentence;
}

/** Length of a leading address (`同学们，`), 0 when there is none. */
function addressLength(text: string): number {
  return ADDRESS.exec(text)?.[0].length ?? 0;
}

/**
 * When one sentence of a series is far longer than its siblings, it carries body text too; keep
 * as many comma clauses as its siblings typically have.
 */
function shortenOutlier(sentence: string, siblingLengths: readonly number[], siblingClauses: readonly number[]): number {
  const typical = median(siblingLengths);
  if (core(sentence).length <= typical * 2 || typical === 0) return sentence.length;
  const clauses = Math.max(1, median(siblingClauses));
  let seen = 0;
  for (let i = 0; i < sentence.length; i += 1) {
    if (sentence.charAt(i) === '，' || sentence.charAt(i) === ',') {
      seen += 1;
      if (seen === clauses) return i;
    }
  }
  return sentence.length;
}

/** Opening words a one-sentence paragraph must share with a neighbour to join a series (`过去的五年，我们`). */
const MIN_BODILESS_PREFIX = 4;

/**
 * True when paragraph `k` opens with the same words (four or more) as the paragraph before or after
 * it, or with longer ones (`五年来，我们坚定不移……`) as a paragraph a few pages of sub-themes away.
 */
function opensLikeNeighbour(paragraphs: readonly string[], k: number): boolean {
  const own = paragraphs[k] ?? '';
  if ([paragraphs[k - 1], paragraphs[k + 1]].some((other) => other !== undefined && commonPrefixLength([own, other]) >= MIN_BODILESS_PREFIX)) return true;
  for (let other = Math.max(0, k - MAX_GAP_LONG_OPENING - 1); other <= Math.min(paragraphs.length - 1, k + MAX_GAP_LONG_OPENING + 1); other += 1) {
    const text = paragraphs[other] ?? '';
    const shared = commonPrefixLength([own, text]);
    // Series members share their opening and then say different things; a sentence repeated
    // nearly whole is a refrain of the body, not a series.
    if (other !== k && shared >= LONG_OPENING && shared * 2 < Math.min(own.length, text.length)) return true;
  }
  return false;
}

/**
 * Longest heading line without punctuation, whether it opens a series of theme paragraphs or a part
 * (`top-level/bare-headings.ts`): a theory article's parts run to forty characters and past (`以高远的
 * 政治站位，深刻阐明了树立和践行正确政绩观的价值立场和原则遵循`, 40; `深入贯彻习近平总书记关于党的自我革命的
 * 重要思想，推动解决大党独有难题不断取得进展和突破`, 43, read as a bullet of the part before it at 40);
 * they still end without a sentence's end, and a comma or colon at most.
 */
export const MAX_BARE_HEADING = 48;

/**
 * True for paragraph `k` when it is a heading line of its own without final punctuation, followed
 * by a longer paragraph of body text: no numbering mark, no address, no quotation, no aside.
 */
function isBareHeadingLine(paragraphs: readonly string[], k: number): boolean {
  const line = paragraphs[k] ?? '';
  const next = paragraphs[k + 1];
  return (
    line.length >= 4 &&
    line.length <= MAX_BARE_HEADING &&
    !/[。！？!?；;：:…”’」』）)]$/u.test(line) &&
    !/[。！？!?；;]/u.test(line) &&
    detectMarker(line) === null &&
    !startsWithAddress(line) &&
    !isAsideLine(line) &&
    !/^[“"「『（(]/u.test(line) &&
    !ANNOUNCES_LIST.test(line) &&
    next !== undefined &&
    next.length > line.length * 2
  );
}

/** At most this many body paragraphs may stand between two theme paragraphs of a series. */
const MAX_GAP = 6;
/**
 * Members sharing a long opening (`五年来，我们坚定不移……` ×7) may stand this far apart: each
 * carries a page of its own sub-themes, and wording that long is no accident.
 */
const MAX_GAP_LONG_OPENING = 12;
const LONG_OPENING = 6;
/** Paragraphs that may go on with one item of a dash list before the list resumes. */
const MAX_DASH_CONTINUATION = 1;

/**
 * Groups of three or more paragraphs that open with parallel theme sentences; members may be
 * separated by body paragraphs when their openings share at least two leading characters.
 */
export function findThemeParagraphGroups(paragraphs: readonly string[], minSize = 3): ThemeParagraph[][] {
  const isOneSentence = (k: number): boolean => openingSentence(paragraphs[k] ?? '')?.length === (paragraphs[k] ?? '').length;
  // A heading line on its own needs body text after it: a longer paragraph that is no heading line.
  const isStandalone = (k: number): boolean => isOneSentence(k) && (paragraphs[k] ?? '').length <= MAX_STANDALONE;
  const full = paragraphs.map((paragraph, k) => {
    // A heading line without punctuation (`五年来，国防和军队建设迈出新步伐`, bold in the source)
    // over its body opens a series like a sentence; the series must share clear wording (below).
    if (DIALOGUE_TURN.test(paragraph)) return null;
    if (isBareHeadingLine(paragraphs, k)) return paragraph;
    // A line announcing a list (`五年来，我们的主要工作体会有以下几个方面。`) leads into it; it is no member of a series.
    if (isStandalone(k) && ANNOUNCES_LIST.test(paragraph)) return null;
    // A paragraph of one long sentence joins a series only as a dash list item (`——我们……。`) or
    // opening with the words a neighbour opens with (`过去的五年，我们……。`); else it is body text.
    if (isOneSentence(k) && paragraph.length > MAX_STANDALONE) {
      return DASH_OPENING.test(paragraph) || opensLikeNeighbour(paragraphs, k) ? openingSentence(paragraph) : null;
    }
    if (!isStandalone(k) || DASH_OPENING.test(paragraph)) return openingSentence(paragraph);
    const next = paragraphs[k + 1];
    return next !== undefined && next.length > MAX_STANDALONE && !isStandalone(k + 1) ? openingSentence(paragraph) : null;
  });
  const skipped = full.map((sentence) => (sentence === null ? 0 : addressLength(sentence)));
  const openings = full.map((sentence, k) => (sentence === null ? null : sentence.slice(skipped[k] ?? 0)));
  const groups: ThemeParagraph[][] = [];
  let i = 0;
  while (i < paragraphs.length) {
    const first = openings[i];
    if (first === null || first === undefined) {
      i += 1;
      continue;
    }
    const members: number[] = [i];
    let consecutive = 1;
    let gap = 0;
    const maxGap = (): number =>
      members.length >= 2 && commonPrefixLength(members.map((k) => core(openings[k] ?? ''))) >= LONG_OPENING ? MAX_GAP_LONG_OPENING : MAX_GAP;
    for (let j = i + 1; j < paragraphs.length && gap <= maxGap(); j += 1) {
      // An aside in brackets (`（下转第二版）`, `（掌声）`) is not text between two members.
      if (isAsideLine(paragraphs[j] ?? '')) continue;
      const next = openings[j];
      // A dash marks each item of a list whatever the items say (`——将军工文化……纳入课程培养体系，……。`
      // ×4, one long sentence each): such paragraphs are a series without parallel wording.
      const allDashed = [...members, j].every((k) => DASH_OPENING.test(paragraphs[k] ?? ''));
      const fits =
        next !== null &&
        next !== undefined &&
        (allDashed || areParallelAllowingOutlier([...members, j].map((k) => openings[k] ?? ''))) &&
        !breaksSharedOpening(members, j, openings, gap);
      // A series that began one paragraph per theme does not resume after other paragraphs, unless
      // a dash marks every item: a paragraph going on with the last item (`——城乡面貌持续改善。……`,
      // then `成功申报……`) leaves the list open.
      const dashed = gap <= MAX_DASH_CONTINUATION && [...members, j].every((k) => DASH_OPENING.test(paragraphs[k] ?? ''));
      if (fits && gap > 0 && members.length >= 2 && consecutive === members.length && !dashed) break;
      if (fits) {
        members.push(j);
        if (gap === 0 && consecutive === members.length - 1) consecutive = members.length;
        gap = 0;
      } else {
        gap += 1;
      }
    }
    // Theme paragraphs separated by body paragraphs need clearly shared wording: opening words
    // (`这一年，……`) or a refrain at the end (`惟……者，方为“志士”。`).
    const cores = members.map((k) => core(openings[k] ?? ''));
    if (members.length > consecutive && commonPrefixLength(cores) < 2 && commonSuffixLength(cores) < 3) members.splice(consecutive);
    dropEchoes(members, openings, minSize);
    if (!sharesMoreThanCommonOpening(members, openings, paragraphs, members.length > consecutive)) members.splice(0);
    if (members.length >= minSize) {
      const sentences = members.map((k) => openings[k] ?? '');
      groups.push(
        members.map((index, n) => {
          const others = sentences.filter((_, m) => m !== n);
          const lengths = others.map((s) => core(s).length);
          const clauses = others.map((s) => core(s).split(/[，,]/).length);
          return { index, headingLength: (skipped[index] ?? 0) + shortenOutlier(sentences[n] ?? '', lengths, clauses) };
        }),
      );
      i = (members[members.length - 1] ?? i) + 1;
    } else {
      i += 1;
    }
  }
  return groups;
}

/**
 * True when paragraph `j`, after body text, would join members that share their opening words
 * (`这一年，我们……` ×7) without them (`五年来，我们……`, the next group): apart from one another,
 * members must share their openings (see the caller), so taking it would undo the whole series.
 */
function breaksSharedOpening(members: readonly number[], j: number, openings: readonly (string | null)[], gap: number): boolean {
  if (gap === 0 || members.length < 2) return false;
  const cores = members.map((k) => core(openings[k] ?? ''));
  return commonPrefixLength(cores) >= 2 && commonPrefixLength([...cores, core(openings[j] ?? '')]) < 2;
}

/**
 * A series whose shared opening is only a pronoun or the text's recurring subject
 * (`shared-wording.ts`) must still be parallel once that opening is taken away.
 */
function sharesMoreThanCommonOpening(
  members: readonly number[],
  openings: readonly (string | null)[],
  paragraphs: readonly string[],
  gapped: boolean,
): boolean {
  const cores = members.map((k) => core(openings[k] ?? ''));
  const shared = (cores[0] ?? '').slice(0, commonPrefixLength(cores));
  // A dash before the shared words (`——我们……`) marks the series whatever follows it.
  if (members.length < 2 || shared.length < 2 || DASH_OPENING.test(shared) || !isCommonOpening(shared, paragraphs, members)) return true;
  // Paragraphs apart from one another need clearly shared wording (see the caller); one after
  // another, the same clause rhythm (`我们……，……。` ×8) is parallel enough when each states a task
  // or a result, not when they argue (`我们不仅要有……，而且要有……。`, `我们只有……，才可能……。`).
  if (gapped) return false;
  const rest = cores.map((c) => c.slice(shared.length));
  const clauses = new Set(rest.map((c) => c.split(/[，,]/).length));
  return areParallel(rest) || (clauses.size === 1 && !cores.some(argues));
}

/**
 * An introductory or concluding sentence often echoes the series (`……极不平凡的五年。` before
 * `——这是……的五年。` ×5): drop an end member when the others share a clearly stronger opening.
 */
function dropEchoes(members: number[], openings: readonly (string | null)[], minSize: number): void {
  const prefixOf = (list: readonly number[]): number => commonPrefixLength(list.map((k) => core(openings[k] ?? '')));
  while (members.length > minSize) {
    const all = prefixOf(members);
    const withoutFirst = prefixOf(members.slice(1));
    const withoutLast = prefixOf(members.slice(0, -1));
    if (withoutFirst >= 2 && withoutFirst > all) members.shift();
    else if (withoutLast >= 2 && withoutLast > all) members.pop();
    else break;
  }
}

/** Parallel, allowing one sentence that runs on far longer than the others (it is shortened). */
function areParallelAllowingOutlier(sentences: readonly string[]): boolean {
  if (areParallel(sentences)) return true;
  if (sentences.length < 3) return false;
  const lengths = sentences.map((s) => core(s).length);
  const typical = median(lengths);
  const outliers = sentences.filter((s) => core(s).length > typical * 2);
  if (outliers.length !== 1) return false;
  // Compare the outlier by its opening only.
  const trimmed = sentences.map((s) => (core(s).length > typical * 2 ? s.slice(0, typical + 1) : s));
  return areParallel(trimmed);
}

export interface ThemeSentence {
  readonly start: number;
  readonly end: number;
}

/** A short clause pair `要聚焦学生，推进育人方式改革`: two phrases of 2–12 characters. */
function isClausePair(body: string): boolean {
  const halves = body.split(/[，,]/);
  return halves.length === 2 && halves.every((half) => half.length >= 2 && half.length <= 12) && !/[；;：:]/.test(body);
}

/** Openings of a short sentence that is the speaker talking rather than a task stated bare. */
const SPOKEN_OPENING = /^(?:要|应|必须|关于|对于|没有|不)/u;

/** A modal particle ending a sentence (`当工程师也很光荣嘛。`): the speaker talking, never a theme. */
const SPOKEN_ENDING = /[嘛吧呢啊呀啦哇哦]$/u;

/** Most sentences between two members of a series whose sentences share only their length. */
const MAX_LENGTH_ONLY_GAP = 8;

/**
 * Short sentences inside running text that form a parallel series (three or more, similar
 * length, a shared first/last character or opening pair), each followed by body text. Comma-free
 * sentences may share just a character; sentences of two short clauses
 * (`要聚焦学生，推进育人方式改革。`) must share their opening pair, since such clauses are common
 * in prose.
 */
export function findInlineThemeSentences(text: string, minCount = 3): ThemeSentence[] {
  const spans = splitSentenceSpans(text);
  const candidates = spans
    .map((span, position) => ({ span, position, body: core(span.text) }))
    .filter(
      ({ span, body }) => /。[”’」』）)】》]*$/.test(span.text) && body.length >= 4 && body.length <= 25 && (!/[，,；;：:]/.test(body) || isClausePair(body)),
    )
    .filter(({ body }) => detectMarker(body) === null && !pointsBack(body) && !isQuotation(body) && !SPOKEN_ENDING.test(body));
  if (candidates.length < minCount) return [];
  const keyed = new Map<string, typeof candidates>();
  for (const candidate of candidates) {
    const chars = [...candidate.body];
    const pair = /[，,]/.test(candidate.body);
    const keys = pair ? [`C${chars.slice(0, 2).join('')}`] : [`F${chars[0] ?? ''}`, `L${chars[chars.length - 1] ?? ''}`, `P${chars.slice(0, 2).join('')}`];
    // Very short sentences of (nearly) the same length read as a series even without shared words.
    // Only task phrases stated bare (`推进专业化整合。` `加快低效资产盘活。`): a sentence opening with a
    // modal, a topic preposition or a negation (`要开始狠抓管理。` `关于秘书的培训。`
    // `没有这个悟性。`) is the speaker talking, and length alone makes no series of those.
    if (!pair && chars.length <= 10 && !SPOKEN_OPENING.test(candidate.body)) keys.push(`N${chars.length}`, `N${chars.length + 1}`);
    // A shared pronoun (`我……。` `我……。`) is how people speak, not a series.
    for (const key of keys.filter((k) => !isPronounOnly(k.slice(1)))) keyed.set(key, [...(keyed.get(key) ?? []), candidate]);
  }
  const isSeries = (group: typeof candidates, key: string): boolean => {
    if (group.length < minCount) return false;
    const lengths = group.map((c) => c.body.length);
    if (Math.max(...lengths) > Math.min(...lengths) * 1.6) return false;
    // Each theme sentence must be followed by its own body text; sentences alike only in length
    // must also stand near one another (`目的就是争霸世界。` and `台湾一定要解放。` pages apart are
    // no series).
    for (let k = 1; k < group.length; k += 1) {
      const gap = (group[k]?.position ?? 0) - (group[k - 1]?.position ?? 0);
      if (gap < 2 || (key.startsWith('N') && gap > MAX_LENGTH_ONLY_GAP)) return false;
    }
    return (group[group.length - 1]?.position ?? 0) < spans.length - 1;
  };
  let best: typeof candidates = [];
  for (const [key, group] of keyed) if (group.length > best.length && isSeries(group, key)) best = group;
  if (best.length === 0) return [];
  return best.map((c) => ({ start: c.span.start, end: c.span.end }));
}

/** How long a plain lead sentence and each half of one with a comma may be. */
interface LeadLimits {
  readonly sentence: number;
  readonly half: number;
}

/** Leads that head parts, or any run when nothing says it sits inside a part. */
const SHORT_LEADS: LeadLimits = { sentence: 25, half: 12 };
/**
 * Leads inside a part: a review's results read longer there (`改革开放不断深入，社会主义市场经济体制初步建立。`,
 * `西部大开发取得重大进展，生态和基础设施建设步伐明显加快。`, older reports especially). At the top level the
 * same length lets a speech's ordinary opening sentences (`在座的各位都是秘书，从事着秘书的工作。`) pass
 * for its themes.
 */
const PART_LEADS: LeadLimits = { sentence: 34, half: 17 };

/**
 * Commas in a plain theme sentence (short, from three characters, `兜底线。`, a full sentence ending in `。`, at most two commas between
 * short phrases and no other inner punctuation: `聚焦主责主业，提升核心竞争力。`, `坚持管党治党，从严从实，
 * 切实加强党的自身建设。`), or -1 when it is not one.
 */
function plainThemeCommas(sentence: string, allowDun: boolean, limits: LeadLimits): number {
  const body = core(sentence);
  const dunAllowed = allowDun ? 1 : 0;
  if (
    !/。[”’」』）)】》]*$/.test(sentence) ||
    body.length < 3 ||
    body.length > limits.sentence ||
    /[；;：:]/.test(body) ||
    (body.match(/、/g) ?? []).length > dunAllowed
  )
    return -1;
  const commas = (body.match(/[，,]/g) ?? []).length;
  if (commas > 2 || argues(body)) return -1;
  // Each phrase of `聚焦……，提升……。` is short on its own.
  return commas >= 1 && body.split(/[，,]/).some((half) => half.length < 3 || half.length > limits.half) ? -1 : commas;
}

/**
 * Runs of three or more consecutive paragraphs that each open with a plain theme sentence (short,
 * followed by the paragraph's body), all with the same number of commas, when their wording is not
 * shared: `聚焦……布局。` `突出……竞争力。` `深化……活力。`, or `聚焦……，提升……。` `深化……，激发……。`.
 * The shape alone marks them; body paragraphs rarely open with such short sentences three times in
 * a row. `allowDun`: a lead may hold one 、 (see `findPlainThemeParagraphs`).
 */
function plainRuns(leads: readonly (string | null)[], minSize: number, allowDun: boolean, limits: LeadLimits): ThemeParagraph[][] {
  const groups: ThemeParagraph[][] = [];
  let run: ThemeParagraph[] = [];
  let runCommas = -1;
  const close = (): void => {
    if (run.length >= minSize) groups.push(run);
    run = [];
    runCommas = -1;
  };
  leads.forEach((sentence, index) => {
    const commas = sentence === null || addressLength(sentence) > 0 ? -1 : plainThemeCommas(sentence, allowDun, limits);
    if (commas !== runCommas) close();
    if (sentence === null || commas === -1) return;
    run.push({ index, headingLength: sentence.length });
    runCommas = commas;
  });
  close();
  return groups;
}

/**
 * A part's opening judgement of the time it reviews (`过去的五年极不寻常。` `过去五年是不平凡的五年。`
 * `这一年极不平凡。`), before leads that name what was done in it: the part's opening, not a lead.
 */
const TIME_JUDGEMENT = /^(?:过去的?|这|刚刚过去的)?[一二三四五六七八九十两几]+年(?:来|里|间|中)?|^过去的?[一二三四五六七八九十两]?年/u;
/** The same judgement at its end (`自治区九届人大一次会议以来的五年，是跨世纪的不平凡的五年。`). */
const JUDGED_YEARS = /是[^，。！？]{0,16}的[一二三四五六七八九十两几]+年[。！]/u;

/**
 * A part's opening judgement of its subject (`开放是高质量发展的必由之路。`, `让人民群众共享发展成果是高质量
 * 发展的根本目的。`) before leads that say what is to be done (`在融入上海中完善开放规则。`): a sentence
 * of the form `……是……`, when the leads after it are not.
 */
const JUDGES_SUBJECT = /^[^，。！？是]{2,24}是[^，。！？]{2,24}[。！]$/u;

function withoutOpeningJudgement(run: ThemeParagraph[], paragraphs: readonly string[], minSize: number): ThemeParagraph[] {
  const [first, ...rest] = run;
  const opens = (member: ThemeParagraph): boolean => {
    const paragraph = paragraphs[member.index] ?? '';
    const lead = paragraph.slice(0, member.headingLength);
    return TIME_JUDGEMENT.test(paragraph) || JUDGED_YEARS.test(lead) || JUDGES_SUBJECT.test(lead);
  };
  return first !== undefined && opens(first) && !rest.some(opens) && rest.length >= minSize ? rest : run;
}

/**
 * The runs of plain lead sentences (`plainRuns`). A lead with one 、 joining two short phrases (`要用心用情为群众办实事、
 * 解难题。`) counts only in a run whose leads all open alike (`要……。` ×3): otherwise a 、 marks a
 * list sentence, not a lead. A part's opening judgement of its years is left out of a run
 * (`withoutOpeningJudgement`).
 */
export function findPlainThemeParagraphs(paragraphs: readonly string[], minSize = 3, withinPart = false): ThemeParagraph[][] {
  const limits = withinPart ? PART_LEADS : SHORT_LEADS;
  return findLeadRuns(paragraphs, minSize, limits).map((run) => withoutOpeningJudgement(run, paragraphs, minSize));
}

function findLeadRuns(paragraphs: readonly string[], minSize: number, limits: LeadLimits): ThemeParagraph[][] {
  // Each lead sentence is followed by its paragraph's body; found once for both kinds of run.
  const leads = paragraphs.map((paragraph) => {
    const opening = openingSentence(paragraph);
    return opening !== null && opening.length < paragraph.length ? opening : null;
  });
  const strict = plainRuns(leads, minSize, false, limits).map((run) => withPairedNeighbours(run, leads, limits));
  const opensAlike = (run: readonly ThemeParagraph[]): boolean => new Set(run.map((member) => (paragraphs[member.index] ?? '').charAt(0))).size === 1;
  const loose = plainRuns(leads, minSize, true, limits).filter(
    (run) => opensAlike(run) && !strict.some((other) => other.length === run.length && other[0]?.index === run[0]?.index),
  );
  if (loose.length === 0) return strict;
  const within = (member: ThemeParagraph, run: readonly ThemeParagraph[]): boolean =>
    member.index >= (run[0]?.index ?? 0) && member.index <= (run[run.length - 1]?.index ?? -1);
  const kept = strict.filter((run) => !loose.some((wider) => run.some((member) => within(member, wider))));
  return [...kept, ...loose].sort((a, b) => (a[0]?.index ?? 0) - (b[0]?.index ?? 0));
}

/**
 * A run with the lead right before or after it that differs only by one 、 joining two halves that
 * open alike (`坚定拥护“两个确立”、坚决做到“两个维护”。` before `把……。` `推动……。` `健全……。`):
 * a pair of parallel phrases is one lead, where a 、 elsewhere marks a list sentence.
 */
function withPairedNeighbours(run: ThemeParagraph[], leads: readonly (string | null)[], limits: LeadLimits): ThemeParagraph[] {
  const first = run[0];
  const last = run[run.length - 1];
  if (first === undefined || last === undefined) return run;
  const commas = plainThemeCommas(leads[first.index] ?? '', false, limits);
  const pairs = (index: number): boolean => {
    const sentence = leads[index];
    if (sentence === null || sentence === undefined || addressLength(sentence) > 0 || plainThemeCommas(sentence, true, limits) !== commas) return false;
    const halves = core(sentence).split('、');
    return halves.length === 2 && halves.every((half) => half.length >= 4) && halves[0]?.charAt(0) === halves[1]?.charAt(0);
  };
  const before = pairs(first.index - 1) ? [{ index: first.index - 1, headingLength: leads[first.index - 1]?.length ?? 0 }] : [];
  const after = pairs(last.index + 1) ? [{ index: last.index + 1, headingLength: leads[last.index + 1]?.length ?? 0 }] : [];
  return [...before, ...run, ...after];
}

/** Longest lead sentence of a loose run (`进一步加强学习，全面提高政府工作人员的政治觉悟和理论素养。`). */
const MAX_LOOSE_LEAD = 32;
/** A loose lead's paragraph is at least this many times as long as the lead: the body follows it. */
const LOOSE_BODY_RATIO = 3;

/**
 * What `我` names when it is a body, not the speaker: `我省`, `我国`, `我校`, `我公司`, `我镇`… A
 * report speaks of its own province or company this way.
 */
const OWN_BODY = '国|省|市|区|县|州|镇|乡|村|旗|校|院|局|委|部|厅|行|司|所|军|党|公司|单位|企业';

/** The speaker telling what they did (`我在……讲话，……`, `我这次在……`): an anecdote, not a lead. */
const SPEAKER_NARRATES = new RegExp(`^我(?!们|${OWN_BODY})`, 'u');

/** True when the paragraph opens with a short lead sentence of a loose run (see `findLooseLeadRun`). */
function opensWithLooseLead(paragraph: string): boolean {
  const sentence = openingSentence(paragraph);
  if (sentence === null || startsWithAddress(paragraph) || paragraph.length < sentence.length * LOOSE_BODY_RATIO) return false;
  // A question (`为什么我们要强调……呢？`) opens an argument; a lead states.
  if (/[？?][”’」』）)]*$/u.test(sentence)) return false;
  const body = core(sentence);
  return (
    body.length >= 4 &&
    body.length <= MAX_LOOSE_LEAD &&
    !/[；;：:]/u.test(body) &&
    (body.match(/[，,]/gu) ?? []).length <= 2 &&
    (body.match(/、/gu) ?? []).length <= 1 &&
    !pointsBack(body) &&
    !argues(body) &&
    !SPEAKER_NARRATES.test(body) &&
    !SPEAKER_TALKS.test(body)
  );
}

/**
 * The speaker talking to the room (`现在你们也是高处不胜寒。` `我一直讲的一个观点是做多连接，撑大管道。`):
 * a loose lead states a task without a person (`大力加强廉政建设，从严治政。`); `我省`, `我国` are bodies
 * (`OWN_BODY`) and `自我` no person (`勇于自我革命，从严治党。`).
 */
const SPEAKER_TALKS = new RegExp(`你|(?<!自)我(?!${OWN_BODY})`, 'u');

/**
 * The paragraphs that end a part each opening with a short lead sentence whose shapes differ
 * (`大力加强廉政建设，从严治政。` `加快政府决策的民主化与科学化。` `推进新一轮市级政府机构改革。`), as a
 * government report's part on the government itself often ends. Looser than `plainRuns` (clauses
 * of any length, one lead of three clauses, one member between two leads opening with a long
 * sentence), so the run must reach the end of the part (an address to the audience after it aside)
 * and the caller takes it only when the part shows no other structure. Empty when there is none.
 */
export function findLooseLeadRun(paragraphs: readonly string[], minSize = 3): ThemeParagraph[] {
  let end = paragraphs.length;
  while (end > 0 && (startsWithAddress(paragraphs[end - 1] ?? '') || /^让我们/u.test(paragraphs[end - 1] ?? ''))) end -= 1;
  const members: number[] = [];
  let longOpening = false;
  for (let k = end - 1; k >= 0; k -= 1) {
    const paragraph = paragraphs[k] ?? '';
    if (opensWithLooseLead(paragraph)) {
      members.unshift(k);
      continue;
    }
    // One member may open with a long sentence when leads stand on both sides of it.
    const between = members.length > 0 && k > 0 && opensWithLooseLead(paragraphs[k - 1] ?? '');
    if (!longOpening && between && openingSentence(paragraph) !== null && !startsWithAddress(paragraph)) {
      longOpening = true;
      members.unshift(k);
      continue;
    }
    break;
  }
  if (members.length < minSize || !opensWithLooseLead(paragraphs[members[0] ?? 0] ?? '')) return [];
  // Leads are mostly a phrase or two (`牢固树立群众观点，全心全意为人民服务。`); several sentences of
  // three clauses in a row are prose (`列宁多次指出，帝国主义就是侵略，就是战争。`).
  const threeClauses = members.filter((k) => (core(openingSentence(paragraphs[k] ?? '') ?? '').match(/[，,]/gu) ?? []).length >= 2);
  if (threeClauses.length > 1) return [];
  return members.map((index) => ({ index, headingLength: openingSentence(paragraphs[index] ?? '')?.length ?? 0 }));
}

/** A sparse lead's paragraph is at least this many times as long as the lead. */
const SPARSE_BODY_RATIO = 4;
/** Most body paragraphs between two sparse leads (a lead's own further paragraphs). */
const SPARSE_MAX_GAP = 2;

/** True when the paragraph opens with a short lead of one clause (`保持适当的经济增长速度。`) over a long body. */
function opensWithSparseLead(paragraph: string): boolean {
  const sentence = openingSentence(paragraph);
  if (sentence === null || startsWithAddress(paragraph) || paragraph.length < sentence.length * SPARSE_BODY_RATIO) return false;
  const body = core(sentence);
  return plainThemeCommas(sentence, false, SHORT_LEADS) === 0 && !pointsBack(body) && !SPEAKER_NARRATES.test(body) && !isPronounOnly(body.slice(0, 2));
}

/**
 * Leads the source set in bold, with a paragraph or two of body after each (`保持适当的经济增长速度。
 * ……` `固定资产投资要量力而行，……` `坚决控制物价上涨幅度。……`): plain text keeps only their shape, a
 * first sentence of one short clause over a long paragraph (the body paragraphs between them open
 * otherwise, or they would be leads too). Taken only as a part's last resort, from its first
 * paragraphs, and only in a part of at least two paragraphs a lead (their bodies). Shape cannot
 * tell a lead from a short judgement opening prose (`过去一年极不平凡。` `成绩来之不易。`): a speech
 * part of such paragraphs with nothing else in it gets them as points.
 */
export function findSparseLeads(paragraphs: readonly string[], minSize = 3): ThemeParagraph[] {
  const members: number[] = [];
  for (let k = 0; k < paragraphs.length; k += 1) {
    if (!opensWithSparseLead(paragraphs[k] ?? '')) continue;
    const last = members[members.length - 1];
    if (last === undefined ? k > SPARSE_MAX_GAP : k - last - 1 > SPARSE_MAX_GAP) break;
    members.push(k);
  }
  if (members.length < minSize || paragraphs.length < members.length * 2) return [];
  return members.map((index) => ({ index, headingLength: openingSentence(paragraphs[index] ?? '')?.length ?? 0 }));
}
