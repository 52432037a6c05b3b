/**
 * Lines that are never a section or a point, wherever they stand: a signature or date line, an
 * ellipsis or other line without words, a bracketed note (byline, meeting logistics, source), a
 * picture caption. They frame or decorate the text; taking one for a heading invents a part.
 */

import { isBracketNoteLine, isDateLine, isSpeakerLine } from '../front-matter.js';

/** `图为……`, `……摄`, `（图片来源：……）`, `来源：……`, `责任编辑：……`. */
const CAPTION = /^(图为|图片|来源[：:]|资料来源|责任编辑|编辑[：:]|审核[：:])|(摄|供图|制图)$/u;

export function isNeverHeading(line: string): boolean {
  const trimmed = line.trim();
  if (!/[\p{Script=Han}A-Za-z]/u.test(trimmed)) return true;
  return isDateLine(trimmed) || isBracketNoteLine(trimmed) || CAPTION.test(trimmed) || (isSpeakerLine(trimmed) && /\s|书记|长|主任|主席/u.test(trimmed));
}
