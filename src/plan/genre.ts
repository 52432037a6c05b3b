/**
 * The kind of text a deck is made from, read from its title, subtitle, meeting and salutation.
 * It decides what a leader expects on the overview and the closing slide: a report to superiors
 * ends `汇报完毕，敬请批评指正`, a document passed on (意见, 方案, 工作要点) `谢谢`, a speech `谢谢大家`, a work report to a congress (a government's to
 * the people's congress, a party committee's to the party congress) with its title alone; a speech
 * has no 总体情况 slide.
 *
 * Computed in `plan` (not stored in the outline) so an edited outline, whose title the user may
 * change, always gets the genre its current words say.
 */
import type { Outline } from '../parse/outline.js';

/**
 * `unmarked`: no cue at all (`完整、准确、全面贯彻落实……的重要思想`, `……在五四运动中的表现及作用`). It may be a
 * report, an article or a talk; it gets a report's overview but not a report's `汇报完毕，敬请批评指正`,
 * which under an article or a talk reads as a mistake; a plain thanks fits them all.
 */
export type Genre = 'government-report' | 'pledge' | 'report' | 'document' | 'speech' | 'unmarked';

interface GenreCue {
  readonly genre: Genre;
  /** Tested on the title, subtitle, meeting and front lines together. */
  readonly heading?: RegExp;
  /** Tested on the salutation. */
  readonly salutation?: RegExp;
}

/** Cues in order of precedence: the first that matches decides. */
const GENRE_CUES: readonly GenreCue[] = [
  { genre: 'government-report', heading: /政府工作报告|人民代表大会.{0,12}(?:会议|大会)/ },
  // A work report to a congress (党代会, 纪委 to 党代会, 教代会, 职代会) is delivered for its
  // deliberation, like a government's to the 人代会: it does not end `汇报完毕，敬请批评指正`.
  { genre: 'government-report', heading: /(?:代表大会|党代会|人代会|教代会|职代会).{0,20}工作报告|工作报告.{0,20}(?:代表大会|党代会|人代会|教代会|职代会)/ },
  { genre: 'pledge', heading: /表态发言|表态/ },
  // A speech at a meeting is a speech whatever the meeting is called (`在……工作汇报会上的讲话`).
  { genre: 'speech', heading: /(?:会|会议|典礼|仪式)上的(?:讲话|致辞|讲稿)/ },
  { genre: 'report', heading: /汇报|述职|工作报告|情况报告|报告材料|总结报告|调研报告|工作总结|年度总结/ },
  { genre: 'speech', heading: /讲话|致辞|献词|贺词|发言|演讲|讲稿|动员|寄语|报告会|提纲/ },
  // A document passed on to a meeting (an 实施意见, a plan, 工作要点, an arrangement, a notice) is
  // no report to superiors: it does not end asking for their criticism. After the speech cue: a
  // speech at a 计划 or 规划 meeting is still a speech.
  { genre: 'document', heading: /(?:实施)?意见(?:[（(][^）)]{1,6}[）)])?$|方案|工作要点|工作安排|规划|计划|通知|办法|细则|纲要|指南/m },
  { genre: 'report', salutation: /各位领导|各位专家|尊敬的.{0,6}领导/ },
  { genre: 'speech', salutation: /同志们|同学们|老师们|朋友们|各位代表|各位家长|各位来宾|大家好/ },
];

/** The genre of a text; a text with no cue at all is `unmarked`. */
export function detectGenre(outline: Pick<Outline, 'title' | 'subtitle' | 'meeting' | 'front' | 'salutation'>): Genre {
  const heading = [outline.title, outline.subtitle ?? '', outline.meeting ?? '', ...outline.front].join('\n');
  const salutation = outline.salutation ?? '';
  for (const cue of GENRE_CUES) {
    if (cue.heading !== undefined && cue.heading.test(heading)) return cue.genre;
    if (cue.salutation !== undefined && cue.salutation.test(salutation)) return cue.genre;
  }
  return 'unmarked';
}

/** What the closing slide says when the source has no closing line of its own. */
export interface ClosingWords {
  /** The big line. */
  readonly line: string;
  readonly subline: string | null;
}

/** Closing words by genre, used when the theme keeps the default wording. */
export const CLOSING_BY_GENRE: Readonly<Record<Genre, ClosingWords>> = {
  // Its title again reads as the cover shown twice (a review of real decks); a plain thanks does not.
  'government-report': { line: '谢谢', subline: null },
  pledge: { line: '谢谢大家', subline: null },
  report: { line: '汇报完毕', subline: '敬请批评指正' },
  document: { line: '谢谢', subline: null },
  speech: { line: '谢谢大家', subline: null },
  unmarked: { line: '谢谢', subline: null },
};

/** Whether the genre gets an overview slide (a speech's opening is greetings, not a summary). */
export function hasOverview(genre: Genre): boolean {
  return genre === 'report' || genre === 'unmarked' || genre === 'document' || genre === 'government-report';
}
