/**
 * Lines that are never a section or a point, wherever they stand: a signature or date line, an
 * ellipsis or other line without words, a bracketed note (byline, meeting logistics, source), a
 * picture caption, a table's title, a column tab spelled out letter by letter. They frame or decorate the text; taking one for a heading invents a part.
 */

import { isBracketNoteLine, isDateLine, isMonthLine, isSpeakerLine } from '../front-matter.js';

/** `图为……`, `……摄`, `（图片来源：……）`, `来源：……`, `责任编辑：……`. */
const CAPTION = /^(图为|图片|来源[：:]|资料来源|责任编辑|编辑[：:]|审核[：:])|(摄|供图|制图)$/u;

/** A table's own title on the line above it (`绍兴一中课程设置表`); not numbered, not `……代表`, `为人师表`. */
const TABLE_TITLE = /^(?![（(]?[一二三四五六七八九十\d])[^，。；：:！？、\s]{2,30}(?<![代发师仪])表$/u;

/**
 * A web page's column tab spelled out with a bar or dot between every character (`人|物|名|片`,
 * `人·物·感·言`): decoration. Spaces between characters are left alone: titles are set that way
 * (`走 向 远 方`).
 */
const SPELLED_OUT = /^(?:[^\s|｜·•][|｜·•]){2,}[^\s|｜·•]$/u;

export function isNeverHeading(line: string): boolean {
  const trimmed = line.trim();
  if (!/[\p{Script=Han}A-Za-z]/u.test(trimmed) || SPELLED_OUT.test(trimmed)) return true;
  return (
    isDateLine(trimmed) ||
    isMonthLine(trimmed) ||
    isBracketNoteLine(trimmed) ||
    CAPTION.test(trimmed) ||
    TABLE_TITLE.test(trimmed) ||
    (isSpeakerLine(trimmed) && /\s|书记|长|主任|主席/u.test(trimmed))
  );
}
