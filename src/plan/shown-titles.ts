/**
 * Titles as slides show them, verbatim but not always whole or alone: the report's title on the
 * cover and the closing slide (below), and section titles. A group without a heading is titled by
 * the parser with the phrase of its lead-in that names it (`树立以下四个教育理念`, from `……关键是要树立以下四个教育
 * 理念，……`): right for the outline, but on a slide a phrase cut out of the middle of a clause reads
 * as a fragment. When the whole clause around the phrase is still title-sized, the slides show the
 * clause (`关键是要树立以下四个教育理念`), verbatim; a longer clause keeps the phrase.
 */
import type { Outline, Section } from '../parse/outline.js';
import { DOUBLE_DASH } from '../parse/dashes.js';
import { isSpeakerLine } from '../parse/front-matter.js';

/** Marks that end a clause: a title may start after one and end before one. Never 、 or brackets. */
const CLAUSE_END = /[，。；：！？,;:!?\n]/u;

/**
 * The longest clause shown as a title. A title bar holds about 30 characters on two lines at the
 * title size; the agenda and the divider wrap the same. Longer clauses (`我向各位……教育局长提三点
 * 希望`) carry addressees and asides that do not belong in a title.
 */
export const MAX_CLAUSE_TITLE = 30;

/** The clause of `text` that contains `phrase`, or null when `phrase` is not in `text`. */
export function clauseAround(text: string, phrase: string): string | null {
  const at = text.indexOf(phrase);
  if (phrase === '' || at < 0) return null;
  let start = at;
  while (start > 0 && !CLAUSE_END.test(text.charAt(start - 1))) start -= 1;
  let end = at + phrase.length;
  while (end < text.length && !CLAUSE_END.test(text.charAt(end))) end += 1;
  return text.slice(start, end).trim();
}

/** A heading that is a numeral and nothing else (`一`, `十二`): older documents head their parts so. */
const NUMERAL_ONLY = /^[一二三四五六七八九十]{1,3}$/u;
const SENTENCE_END = /[。！？!?]/u;

/**
 * The words a part headed by a bare numeral is shown under: its first sentence when title-sized,
 * else that sentence's first clause (`中央顾问委员会的工作取得了一定的成绩`), verbatim; null when
 * neither is (the numeral stays). A divider or agenda entry reading only `二` says nothing.
 * `whole` tells whether the words are the whole sentence.
 */
function openingWords(lead: string): { words: string; whole: boolean; end: number } | null {
  const line = lead.split('\n')[0] ?? '';
  const stop = line.search(SENTENCE_END);
  const sentence = (stop === -1 ? line : line.slice(0, stop)).trim();
  const end = stop === -1 ? line.length : stop + 1;
  if (sentence.length >= 4 && [...sentence].length <= MAX_CLAUSE_TITLE) return { words: sentence, whole: true, end };
  const clause = sentence.split(CLAUSE_END)[0]?.trim() ?? '';
  return clause.length >= 4 && [...clause].length <= MAX_CLAUSE_TITLE ? { words: clause, whole: false, end } : null;
}

/**
 * A part headed by a bare numeral, titled by its first sentence: the sentence moves from the lead
 * to the heading (`一` + line break + the sentence), so that the slides do not show it twice, as
 * title and again as the first words of the text; the notes still hold it once, in order.
 */
function numeralSection(section: Section): Section {
  const opening = openingWords(section.lead);
  if (opening === null) return section;
  if (!opening.whole) return { ...section, title: opening.words };
  const lead = section.lead.slice(opening.end).replace(/^\n/u, '');
  return { ...section, title: opening.words, heading: `${section.heading}\n${section.lead.slice(0, opening.end)}`, lead };
}

/** The title a section's slides show (see the file comment). */
export function shownSectionTitle(section: Section): string {
  if (NUMERAL_ONLY.test(section.title)) return numeralSection(section).title;
  // A numbered or standalone heading is a whole line already; only titles taken from a lead-in move.
  if (section.heading.trim() !== '') return section.title;
  const clause = clauseAround(section.lead, section.title);
  if (clause === null || clause === section.title || [...clause].length > MAX_CLAUSE_TITLE) return section.title;
  return clause;
}

/** The outline with each section's title as shown on slides; the outline itself is unchanged. */
export function withShownTitles(outline: Outline): Outline {
  const shown = outline.sections.map((section) => {
    if (NUMERAL_ONLY.test(section.title)) return numeralSection(section);
    const title = announcedTheme(section) ?? shownSectionTitle(section);
    return title === section.title ? section : { ...section, title };
  });
  const sections = withoutSharedLeadIn(shown);
  return sections.every((section, index) => section === outline.sections[index]) ? outline : { ...outline, sections };
}

/** A title that only announces what follows (`我强调几点`, `讲三点意见`): it names no theme. */
const ANNOUNCES = /^(?:我|下面|这里)?(?:再|还)?(?:强调|讲|提|谈|说)(?:一下)?[一二三四五六七八九十两几\d]+(?:点|条)(?:意见|要求|希望|体会|看法)?$/u;

/**
 * For a part titled by an announcement (`这里，我强调几点。` gave `我强调几点`), the refrain all its
 * points open with (`第一，不忘初心、牢记使命，必须……`, `第二，不忘初心、牢记使命，必须……`): what
 * the points are about, shown on the agenda, the divider and every title bar (an eighth deck review
 * found `我强调几点（续）` on six slides). Null when the title says more or the points share no clause.
 */
function announcedTheme(section: Section): string | null {
  if (!ANNOUNCES.test(section.title) || section.points.length < 2) return null;
  const shared = sharedOpening(section.points.map((point) => point.title));
  return [...shared].length >= 4 ? shared : null;
}

/** Fewest parts whose titles open alike before the shared words are left off. */
const MIN_SHARING = 3;
/** Shared words this long fill the title bar's first line and more: every part would read the same there. */
const MIN_SHARED = 15;

/**
 * Parts titled by parallel sentences that all open with the same clauses (`辛亥革命110年来的历史启示我们，
 * 实现中华民族伟大复兴，必须……` ×5): the slides show each after those clauses, verbatim, since the
 * 目录, the dividers and the title bars cut to the first clause would read the same five times.
 */
function withoutSharedLeadIn(sections: readonly Section[]): Section[] {
  if (sections.length < MIN_SHARING) return [...sections];
  const shared = sharedClauses(sections.map((section) => section.title));
  // Short shared words (`这一年，`, `做新时代的追梦人，`) leave each title its own on the slides.
  if ([...shared].length < MIN_SHARED) return [...sections];
  const rests = sections.map((section) => section.title.slice(shared.length).trim());
  if (rests.some((rest) => [...rest].length < 4)) return [...sections];
  return sections.map((section, index) => ({ ...section, title: rests[index] ?? section.title }));
}

/** The whole clauses every title opens with, without the mark that ends them (`不忘初心、牢记使命`); '' when none. */
export function sharedOpening(titles: readonly string[]): string {
  return sharedClauses(titles).replace(/[，,；;：:]$/u, '');
}

/** The longest run of whole clauses every title opens with, its last clause mark included; '' when none. */
function sharedClauses(titles: readonly string[]): string {
  const [first = '', ...rest] = titles;
  let shared = '';
  for (let end = 0; end < first.length; end += 1) {
    if (!/[，,；;：:]/u.test(first.charAt(end))) continue;
    const prefix = first.slice(0, end + 1);
    if (rest.every((title) => title.startsWith(prefix))) shared = prefix;
    else break;
  }
  return shared;
}

/** A bracketed note at the end of a title: `（2022年1月23日 张子建）`. */
const TRAILING_NOTE = /\s*[（(]([^（）()]{2,40})[）)]\s*$/u;
const DATE = /(?:\d{4}|[〇零一二三四五六七八九○]{4})年[\d一二三四五六七八九十]{1,3}月(?:[\d一二三四五六七八九十]{1,3}日)?/gu;

/**
 * The report's title as the cover and the closing slide show it: without a bracketed date and
 * speaker at its end (`鹰潭市政府工作报告（2022年1月23日 张子建）`), which the cover's byline shows
 * already. Anything else in brackets (`（征求意见稿）`, `（2021—2025年）`) stays.
 */
export function shownDeckTitle(outline: Pick<Outline, 'title' | 'speaker' | 'front' | 'subtitle'>): string {
  const match = TRAILING_NOTE.exec(outline.title);
  if (match === null || match.index === 0) return outline.title;
  const note = (match[1] ?? '').replace(DATE, ' ').trim();
  if (note === (match[1] ?? '').trim()) return outline.title;
  const byline = [outline.speaker ?? '', outline.subtitle ?? '', ...outline.front].join('\n');
  const namesOnly = note.split(/\s+/u).every((word) => word === '' || (/^\p{Script=Han}{2,4}$/u.test(word) && byline.includes(word)));
  return namesOnly ? outline.title.slice(0, match.index) : outline.title;
}

const SUBTITLE_DASH = new RegExp(`\\s*(?:${DOUBLE_DASH}|—|―)`, 'u');

/**
 * A title line that carries its own subtitle (`爱国奋斗百年辉煌  公能日新再踏征程 ——某某在……上的讲话`),
 * split where the dash begins, so the cover sets the subtitle smaller below the title as it does
 * a subtitle on a line of its own. Null when the line has no such dash.
 */
export function splitTitleLine(title: string): { main: string; sub: string } | null {
  const at = title.search(SUBTITLE_DASH);
  if (at < 4) return null;
  const main = title.slice(0, at).trim();
  const sub = title.slice(at).trim();
  return [...sub].length > 4 ? { main, sub } : null;
}

/** A unit, not a person, before a title's colon (`农发院：`, `组织部：`). */
const UNIT_END = /(?:院|所|局|处|部|委|办|厅|站|队|司|社|会|中心|组|室|馆|校|系)$/u;

/**
 * A title a paper opens with who speaks (`李洪波：科学谋划 党建联建……`, `刘彭芝校长：我心目中的完美教育`),
 * split at the colon so the cover shows the words as its title and the person in its byline (a third
 * deck review: the name stood in the title). The outline keeps the title line as the text has it.
 * Null when what precedes the colon is no person's name (`启航新征程：……`, `农发院：……`).
 */
export function speakerBeforeTitle(title: string): { speaker: string; title: string } | null {
  const match = /^([^：:，。、\s]{2,10})[：:]\s*(\S.{5,})$/u.exec(title.trim());
  if (match === null) return null;
  const speaker = match[1] ?? '';
  return isSpeakerLine(speaker) && !UNIT_END.test(speaker) ? { speaker, title: (match[2] ?? '').trim() } : null;
}

/**
 * A title that opens with the speaker's name and says where they speak (`刘希平在……会议上的讲话`,
 * `胡锦涛在……大会上的讲话`): the cover shows `在……上的讲话` as its title and the name in its byline,
 * as printed covers do (a sixth deck review: the name stood in the title and no byline named the
 * speaker). Null unless the title starts with exactly the outline's speaker and then 在.
 */
export function speakerOpensTitle(title: string, speaker: string | null): { speaker: string; title: string } | null {
  const name = speaker?.trim() ?? '';
  // Only a name, maybe with its post (`沈江峰校长`): a speaker read with more in it is no name to split at.
  if (!/^[\p{Script=Han}·]{2,8}$/u.test(name) || !title.startsWith(`${name}在`)) return null;
  const rest = title.slice(name.length);
  return /(?:讲话|发言|致辞|演讲|报告)$/u.test(rest) && [...rest].length >= 8 ? { speaker: name, title: rest } : null;
}

const HAN = /^\p{Script=Han}$/u;
/** Letter-spaced titles are set in four-character phrases (`提 振 精 神 只 争 朝 夕`): a run of 8 or 12 parts in fours. */
const PHRASE = 4;

/**
 * A cover line as it reads without the spaces that stretch it to a width (`盛 阅 春`, `王  琛`,
 * `弘 扬“四气” 提 振 精 神`): letter-spaced characters join, as do a lone one and the word after it
 * (`弘 扬“四气”`); a gap wider than the letter-spacing still parts two phrases, with one space
 * (`只 争 朝 夕     狠 抓 落 实` → `只争朝夕 狠抓落实`), and so does the end of a four-character phrase
 * in a run of two or three (two title lines joined: `提 振 精 神 只 争 朝 夕` → `提振精神 只争朝夕`). Lines
 * without single spaced-out characters are returned as they are. Spacing is typography, not
 * wording: the outline keeps the line as typed.
 */
export function withoutLetterSpacing(line: string): string {
  const tokens = line.trim().split(/(\s+)/u);
  const words = tokens.filter((_, index) => index % 2 === 0);
  const gaps = tokens.filter((_, index) => index % 2 === 1).map((gap) => gap.length);
  const single = (index: number): boolean => HAN.test(words[index] ?? '');
  // Spaced out: two single characters side by side, or one set apart by a wide gap (`蒋  明（……）`).
  const spacedOut = gaps.some((gap, index) => single(index) && (single(index + 1) || gap >= 2));
  if (!spacedOut) return line;
  // The letter-spacing is the narrowest gap between two single characters (else beside one); a wider one parts phrases.
  const between = gaps.filter((_, index) => single(index) && single(index + 1));
  const beside = gaps.filter((_, index) => single(index) || single(index + 1));
  const spacing = Math.min(...(between.length > 0 ? between : beside));
  // Which gaps close up: after a single character, when the next is one too or it stands alone.
  const segments: string[][] = [];
  words.forEach((word, index) => {
    const gap = gaps[index - 1] ?? Infinity;
    const joins = gap <= spacing && single(index - 1) && (single(index) || (!single(index - 2) && /^\p{Script=Han}/u.test(word)));
    if (joins) segments[segments.length - 1]?.push(word);
    else segments.push([word]);
  });
  const phrases = (segment: readonly string[]): string =>
    segment.length > PHRASE && segment.length % PHRASE === 0 && segment.every((word) => HAN.test(word))
      ? Array.from({ length: segment.length / PHRASE }, (_, at) => segment.slice(at * PHRASE, (at + 1) * PHRASE).join('')).join(' ')
      : segment.join('');
  return segments.map(phrases).join(' ');
}
