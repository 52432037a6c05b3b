/**
 * Front matter: title (one or two lines), subtitle `——在……上的讲话`, date, speaker lines and
 * the salutation, plus speaker/meeting/date read from those lines or from a title shaped
 * `X在Y上的Z`.
 */

import { detectMarker } from './detect-markers.js';
import type { Outline } from './outline.js';
import { DOUBLE_DASH } from './dashes.js';

/** The outline's front-matter fields, and where the body starts. */
export interface FrontMatter extends Pick<Outline, 'title' | 'front' | 'subtitle' | 'speaker' | 'meeting' | 'date' | 'salutation'> {
  /** Index of the first paragraph after the front matter and salutation. */
  readonly bodyStart: number;
}

const DATE =
  /(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九十]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2})/;
const ROLE =
  /(书记|总理|省长|市长|县长|区长|州长|旗长|乡长|镇长|主席|主任|局长|厅长|部长|校长|院长|行长|社长|检察长|总经理|总裁|总监|董事长|经理|委员|常委|秘书长|处长|科长|所长|会长|理事长|同志)/;
const SALUTATION_WORDS = /(同志们|代表|领导|来宾|嘉宾|老师|同学|家长|朋友|大家好|各位|女士|先生|校友|职工)/;
const TERMINAL = /[。！？；!?;]/;

/** A document's file label or number line (`……会议文件（二）`, `〔2023〕5号`, `内部资料`). */
export function isFileLabel(line: string): boolean {
  return (
    line.length <= 40 &&
    (/(文件|材料|资料)\s*[（(][一二三四五六七八九十\d]+[）)]$/.test(line) ||
      /〔\d{4}〕\s*\d+\s*号/.test(line) ||
      /^(内部资料|内部材料|秘密|机密|绝密)/.test(line))
  );
}

const SUBTITLE_DASH = new RegExp(`^(?:${DOUBLE_DASH}|—|―|--)`, 'u');

/** `——在……上的讲话` and similar subtitle lines. */
export function isSubtitleLine(line: string): boolean {
  return SUBTITLE_DASH.test(line);
}

/** A year and month alone (`2010年1月`, `（二〇二四年一月）`, `2011.2.`): the date of a document's cover page or signature. */
const MONTH_LINE = /^[（(]?(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月|\d{4}[.．]\d{1,2}[.．]?)[）)]?$/u;

export function isMonthLine(line: string): boolean {
  return MONTH_LINE.test(line.trim());
}

/** An organisation's name alone on a line (`绍兴市第一中学`, `中共绍兴一中委员会`): a cover or signature line. */
const ORGANISATION_LINE =
  /^[^\s，。；：！？、,.;:!?]{2,18}(?:中学|小学|大学|学院|学校|[一二三四五六七八九十]中|委员会|党委|党组|党支部|总支|局|厅|委|办公室|政府|公司|集团|研究院|医院)$/u;

export function isOrganisationLine(line: string): boolean {
  return ORGANISATION_LINE.test(line.trim());
}

/** A date whose 日 was left off (`2021年1月18`): at a signature's end it is still the date. */
const DAY_WITHOUT_RI = /^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}$/u;

/**
 * The signature a document ends with (`中共绍兴一中委员会` / `2010年6月13日`) in `paragraphs[from,
 * to)`: who issued it and when, for a cover that has neither; null when the text ends otherwise.
 */
export function readSignature(paragraphs: readonly string[], from: number, to: number): { speaker: string | null; date: string } | null {
  const last = (paragraphs[to - 1] ?? '').trim();
  if (to - 1 < from || !(isDateLine(last) || isMonthLine(last) || DAY_WITHOUT_RI.test(last))) return null;
  const before = (paragraphs[to - 2] ?? '').trim();
  const signed = to - 2 >= from && (isOrganisationLine(before) || (isSpeakerLine(before) && before.length <= 12));
  return { speaker: signed ? before : null, date: last.replace(/^[（(]|[）)]$/gu, '').replace(/(?<=\d)[.．]$/u, '') };
}

/** A line holding only a date, optionally in brackets. */
export function isDateLine(line: string): boolean {
  const bare = line.replace(/^[（(]|[）)]$/g, '').trim();
  const match = DATE.exec(bare);
  return match !== null && bare.length <= match[0].length + 2;
}

/**
 * A short line naming the speaker (`陈国阳`, `省长 赵刚`, `绍兴一中党委书记、校长  王 琛`), maybe
 * with the date after the name (`王 琛 2020.6.20`). Names are often spaced out to line up.
 */
export function isSpeakerLine(line: string): boolean {
  const withoutDate = line.replace(DATE, '').trim();
  if (withoutDate.length === 0 || withoutDate.length > 30 || TERMINAL.test(withoutDate) || /[，,：:]/.test(withoutDate)) return false;
  const squeezed = withoutDate.replace(/\s+/g, '');
  if (/^[\u4e00-\u9fa5·]{2,4}$/.test(squeezed)) return !LABEL_WORD.test(squeezed);
  if (NAME_THEN_ROLE.test(squeezed)) return true;
  if (isUnitThenName(withoutDate)) return true;
  return ROLE.test(squeezed) && /[\u4e00-\u9fa5]{2,4}$/.test(squeezed);
}

/** A unit, a space, then a name (`绍兴一中 张叠`, `市教育局  李 明`): a byline without a post. */
function isUnitThenName(line: string): boolean {
  const match = /^(\S{2,18})\s+([\u4e00-\u9fa5·](?:\s?[\u4e00-\u9fa5·]){1,3})$/u.exec(line);
  return match !== null && isOrganisationLine(match[1] ?? '');
}

/** Words a short label ends with (`支部名片`, `学校简介`, `基本情况`): a column label, not a name. */
const LABEL_WORD = /(?:名片|简介|概况|情况|介绍|前言|引言|目录|附件|说明|摘要|要点|按语|导读|背景|简历|事迹|材料)$/u;

/**
 * A name with its post in brackets after it (`蒋  明（党委委员、副校长）`), maybe numbered as one of
 * several 述职 on one page (`2.蒋  明（……）`).
 */
const NAME_THEN_ROLE = new RegExp(`^(?:\\d{1,2}[.．、])?[\\u4e00-\\u9fa5·]{2,4}[（(][^（）()]*${ROLE.source}[）)]$`, 'u');

/**
 * A line wholly in brackets that is no numbering mark: a byline (`（……理论学习中心组）`), meeting
 * logistics (`（1月13日下午4点，行政楼会议室四）`) or a source note. It frames the text; it is
 * never a part of it.
 */
export function isBracketNoteLine(line: string): boolean {
  return line.length <= 60 && /^[（(【[][^（）()【】[\]]+[）)】\]]$/.test(line) && detectMarker(line) === null;
}

/**
 * A line of notes in brackets only, one or several (`（下转第二版）（上接第一版）`, `（掌声）`): a print or
 * stage note beside the text, never a statement of it.
 */
export function isAsideLine(line: string): boolean {
  return /^(?:[（(][^（）()]*[）)]\s*)+$/u.test(line);
}

/** A speaker and a date on one line (`王  琛  2020.6.20`, `王琛 2020年6月20日`). */
export function isSpeakerDateLine(line: string): boolean {
  const date = DATE.exec(line);
  if (date === null) return false;
  const rest = `${line.slice(0, date.index)} ${line.slice(date.index + date[0].length)}`.replace(/[（）()]/g, '').trim();
  return rest !== '' && isSpeakerLine(rest);
}

/** Meeting logistics in brackets: `（1月13日下午4点，行政楼会议室四）`, `（2018年9月3日）`. */
export function isLogisticsLine(line: string): boolean {
  if (line.length > 40 || !/^[（(][^（）()]*[）)]$/.test(line)) return false;
  return /\d{1,2}\s*月\s*\d{1,2}\s*日|[上下]午|\d\s*[点时:：]|会议室|礼堂|会场|大厅|地点/.test(line);
}

/** A month-and-day date without a year (`1月13日`), as logistics lines give it. */
const MONTH_DAY = /\d{1,2}\s*月\s*\d{1,2}\s*日/;

/** `2026年1月27日在……会议上 陕西省省长 赵刚` — date, meeting and speaker on one line. */
function isOccasionLine(line: string): boolean {
  // A paper's line may close on who delivered it (`……会议上河北省人民政府省长王正谱作政府工作报告。`).
  const body = line.replace(DELIVERED, '');
  return line.length <= 80 && !TERMINAL.test(body) && /在.+(会议|大会|典礼|仪式|会|论坛|活动)上/.test(body);
}

/** How a newspaper's occasion line may end: who delivered the report (`作政府工作报告。`). */
const DELIVERED = /(?:同志)?(?:作|做)(?:了)?(?:政府)?(?:工作)?报告。?$/u;

/** The speaker a newspaper names after the meeting (`……会议上河北省人民政府省长王正谱作政府工作报告。`). */
function speakerAfterMeeting(line: string): string | null {
  if (!DELIVERED.test(line)) return null;
  const after = /上\s*([^上]+)$/u.exec(line.replace(DELIVERED, ''));
  const speaker = after?.[1]?.trim() ?? '';
  return isSpeakerLine(speaker) ? speaker : null;
}

/**
 * The body a written report is addressed to, on its own line under the title (`市国资委党委：`,
 * `县委、县政府：`): a 公文's 主送机关, which a ninth deck review found as the overview's first bullet.
 */
const ADDRESSEE = /^[\p{Script=Han}、]{1,24}(?:党委|党组|党工委|委员会|人民政府|政府|办公厅|办公室|领导小组|局|厅|委|部|集团|公司)[：:]$/u;

export function isSalutationLine(line: string): boolean {
  return line.length <= 40 && !/[。？?]/.test(line) && /[：:！!，,]$/.test(line) && (SALUTATION_WORDS.test(line) || ADDRESSEE.test(line));
}

/** Longest line that reads as a note of where the text was published. */
const MAX_SOURCE_LINE = 40;

/**
 * A newspaper's or site's note of where the text came from (`来源：重庆日报`, `来源：大众新闻客户端`,
 * `责任编辑：……`), as a text copied from a paper or a page keeps it under the title.
 */
export function isSourceLine(line: string): boolean {
  return line.length <= MAX_SOURCE_LINE && /^(?:来源|稿件来源|信息来源|资料来源|责任编辑|编辑|发布时间|发布日期)\s*[：:]\s*\S/u.test(line);
}

function isFrontLine(line: string): boolean {
  if (detectMarker(line) !== null && !DATE.test(line) && !NAME_THEN_ROLE.test(line.replace(/\s+/g, ''))) return false;
  return (
    isSourceLine(line) ||
    isSubtitleLine(line) ||
    isDateLine(line) ||
    isMonthLine(line) ||
    isSpeakerLine(line) ||
    isOccasionLine(line) ||
    isBracketNoteLine(line) ||
    isSpeakerDateLine(line) ||
    isLogisticsLine(line)
  );
}

/** Longest line that carries on a title (a congress report's third line runs to 33). */
const MAX_TITLE_PIECE = 40;

/** A line that may carry on a title: short, unpunctuated, not front matter, a salutation or a numbered heading. */
function isTitlePiece(line: string): boolean {
  if (line.length > MAX_TITLE_PIECE || DATE.test(line) || /[。！？；：，,:;!?]/.test(line)) return false;
  return !isFrontLine(line) && !isSalutationLine(line) && detectMarker(line) === null;
}

/** Most lines after the first a title may be set in (`忠实践行“八八战略”` / `坚决做到“两个维护”` / `在……先行`). */
const MAX_TITLE_PIECES = 2;

/**
 * How many lines after the first carry on the title: pieces followed by front matter or a
 * salutation, or one long piece with the text right below it. 0 when the title is one line.
 */
function titleContinuations(paragraphs: readonly string[]): number {
  for (let pieces = MAX_TITLE_PIECES; pieces >= 1; pieces -= 1) {
    const lines = paragraphs.slice(1, 1 + pieces);
    if (lines.length === pieces && lines.every(isTitlePiece) && isTitleContinuation(lines[pieces - 1] ?? '', paragraphs[1 + pieces])) {
      if (pieces === 1 || isFrontLine(paragraphs[1 + pieces] ?? '') || isSalutationLine(paragraphs[1 + pieces] ?? '')) return pieces;
    }
  }
  return 0;
}

/** A last title line: short, unpunctuated, and followed by front matter or a salutation. */
function isTitleContinuation(line: string, next: string | undefined): boolean {
  if (next === undefined || !isTitlePiece(line)) return false;
  if (isFrontLine(next) || isSalutationLine(next)) return true;
  // A title set in two lines straight above the text (`总结推广浙江“千万工程”经验` /
  // `推动学习贯彻……走深走实`): the second half is as long as a title, never as short as a heading.
  return line.length >= MIN_SECOND_TITLE_LINE && next.length > 60 && /[。！？]/u.test(next) && detectMarker(next) === null;
}

/** Shortest second line of a two-line title with the text right below it. */
const MIN_SECOND_TITLE_LINE = 16;

/** Splits `X在Y上的Z` into speaker X (null when empty) and meeting Y (a meeting-like name). */
export function readOccasion(text: string): { speaker: string | null; meeting: string | null } {
  // `……在X会议上的讲话`; a paper may drop the 上 (`龚正市长在上海市……会议的政府工作报告`).
  const match = /^(.*?)在(.+?)上(?:的|所作|作|\s|$)/.exec(text) ?? /^(.*?)在(.+?(?:会议|大会))的/.exec(text);
  if (match === null) return { speaker: null, meeting: null };
  const meeting = (match[2] ?? '').trim();
  if (!/(会|会议|议|典礼|仪式|论坛|班|活动|式|节)$/.test(meeting)) return { speaker: null, meeting: null };
  // `马校长《在……上的讲话》`: the book-title marks belong to the title, not to the speaker.
  const speaker = (match[1] ?? '')
    .replace(/^[—\-－─\s]+/, '')
    .replace(DATE, '')
    .replace(/[《〈“"]+$/, '')
    .trim();
  return { speaker: speaker.length > 0 && speaker.length <= 20 ? speaker : null, meeting };
}

/** A salutation at `index`, possibly over two lines (`尊敬的各位领导，` / `同志们：`). */
function readSalutation(paragraphs: readonly string[], index: number): { salutation: string | null; bodyStart: number } {
  let salutation: string | null = null;
  let at = index;
  while (at < paragraphs.length && isSalutationLine(paragraphs[at] ?? '') && (salutation === null || !/[：:]$/.test(salutation))) {
    const line = paragraphs[at] ?? '';
    salutation = salutation === null ? line : `${salutation}\n${line}`;
    at += 1;
  }
  return { salutation, bodyStart: at };
}

/** Reads the front matter of a report given as trimmed, non-empty paragraphs. */
export function readFrontMatter(paragraphs: readonly string[]): FrontMatter {
  const first = paragraphs[0] ?? '';
  // Text that starts with the salutation or with running prose has no title line. Official titles
  // can run long (关于……的汇报材料（送审稿）) but carry no clause punctuation; prose does.
  const prose = first.length > 100 || (first.length > 60 && /[，,；;。]/u.test(first));
  if (isSalutationLine(first) || prose || /[。！？!?]./.test(first)) {
    return { title: '', front: [], subtitle: null, speaker: null, meeting: null, date: null, ...readSalutation(paragraphs, 0) };
  }
  // A file label above the title (`市十三届人大六次会议文件（二）`, `某政发〔2023〕5号`) is front matter.
  const labelled = isFileLabel(first) && paragraphs.length > 2 && (paragraphs[1] ?? '').length <= 60 && !/[。！？!?]/.test(paragraphs[1] ?? '');
  if (labelled) {
    const rest = readFrontMatter(paragraphs.slice(1));
    return { ...rest, front: [first, ...rest.front], bodyStart: rest.bodyStart + 1 };
  }
  const pieces = titleContinuations(paragraphs);
  const title = paragraphs.slice(0, 1 + pieces).join(' ');
  let index = 1 + pieces;
  const front: string[] = [];
  while (index < paragraphs.length && front.length < 5) {
    const line = paragraphs[index] ?? '';
    // A paper may set the title again under its source note (`2025年湖南省政府工作报告` / `来源：……` / `政府工作报告`).
    const repeatsTitle = front.length > 0 && line.length >= 4 && title.replace(/\s+/gu, '').includes(line.replace(/\s+/gu, ''));
    if (isSalutationLine(line) || (!isFrontLine(line) && !repeatsTitle)) break;
    front.push(line);
    index += 1;
  }
  const greeting = readSalutation(paragraphs, index);
  const salutation = greeting.salutation;
  index = greeting.bodyStart;

  const subtitle = front.find(isSubtitleLine) ?? null;
  let speaker: string | null = null;
  let meeting: string | null = null;
  let date: string | null = null;
  for (const line of front) {
    const found = DATE.exec(line) ?? (isLogisticsLine(line) ? MONTH_DAY.exec(line) : null);
    if (date === null && found !== null) date = found[0];
    // A 述职 or a plan may be dated by its month alone under the author (`2026年2月`).
    if (date === null && isMonthLine(line)) date = line.trim().replace(/^[（(]|[）)]$/gu, '');
    // A line in brackets is a note (`（1992年10月9日……全体会议通过）`, `（2021年2月）`), never a speaker.
    const bracketed = /^[（(]/.test(line);
    if (isSpeakerDateLine(line) && !isOccasionLine(line) && !isSubtitleLine(line) && !bracketed) {
      if (speaker === null) speaker = line.replace(DATE, '').trim();
      continue;
    }
    if (isLogisticsLine(line)) continue;
    if (isSubtitleLine(line) || isOccasionLine(line)) {
      // The meeting ends where the speaker a paper names after it begins (`……会议上河北省人民政府省长……`).
      const spoken = speakerAfterMeeting(line);
      const occasion = readOccasion((spoken === null ? line : line.slice(0, line.lastIndexOf(spoken))).replace(/^[—\-－─]+/, ''));
      if (meeting === null && occasion.meeting !== null) meeting = occasion.meeting;
      const after = /上\s+(.+)$/.exec(line);
      if (speaker === null && after?.[1] !== undefined && isSpeakerLine(after[1])) speaker = after[1].trim();
      // Who spoke may stand between the date and the meeting (`——2025年1月16日省长 李乐成在……上的讲话`)
      // or close the line (`……会议上……省长王正谱作政府工作报告。`).
      if (speaker === null && occasion.speaker !== null && isSpeakerLine(occasion.speaker)) speaker = occasion.speaker;
      if (speaker === null) speaker = spoken;
    } else if (speaker === null && isSpeakerLine(line) && !isDateLine(line) && !bracketed) {
      // Without the number a page gave it as one of several 述职 (`2.蒋  明（……）`).
      speaker = line
        .replace(DATE, '')
        .replace(/^\d{1,2}[.．、]/u, '')
        .trim();
    }
  }
  const fromTitle = readOccasion(title);
  if (speaker === null) speaker = fromTitle.speaker;
  if (meeting === null) meeting = fromTitle.meeting;
  return { title, front, subtitle, speaker, meeting, date, salutation, bodyStart: index };
}
