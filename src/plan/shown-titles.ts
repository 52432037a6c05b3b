/**
 * Section titles as slides show them. A group without a heading is titled by the parser with the
 * phrase of its lead-in that names it (`树立以下四个教育理念`, from `……关键是要树立以下四个教育
 * 理念，……`): right for the outline, but on a slide a phrase cut out of the middle of a clause reads
 * as a fragment. When the whole clause around the phrase is still title-sized, the slides show the
 * clause (`关键是要树立以下四个教育理念`), verbatim; a longer clause keeps the phrase.
 */
import type { Outline, Section } from '../parse/outline.js';

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

/** The title a section's slides show (see the file comment). */
export function shownSectionTitle(section: Section): string {
  // A numbered or standalone heading is a whole line already; only titles taken from a lead-in move.
  if (section.heading.trim() !== '') return section.title;
  const clause = clauseAround(section.lead, section.title);
  if (clause === null || clause === section.title || [...clause].length > MAX_CLAUSE_TITLE) return section.title;
  return clause;
}

/** The outline with each section's title as shown on slides; the outline itself is unchanged. */
export function withShownTitles(outline: Outline): Outline {
  const sections = outline.sections.map((section) => {
    const title = shownSectionTitle(section);
    return title === section.title ? section : { ...section, title };
  });
  return sections.every((section, index) => section === outline.sections[index]) ? outline : { ...outline, sections };
}
