/**
 * Speaker notes: the source's own wording, each piece on exactly one slide, so the speaker can
 * read the speech while the slides show the condensed points. Nothing here is reworded.
 */
import type { Outline, Point, Section, Table } from '../parse/outline.js';

/** The pieces that say something, one after another: the notes of a slide made of several sources. */
export function joinNotes(parts: readonly (string | null)[]): string {
  return parts.filter((part): part is string => part !== null && part.trim() !== '').join('\n');
}

export function tableText(table: Table): string {
  return table.rows.map((row) => row.join('\t')).join('\n');
}

export function coverNotes(outline: Outline): string {
  return joinNotes([outline.title, ...outline.front, outline.salutation]);
}

export function openingNotes(outline: Outline): string {
  return joinNotes([outline.opening]);
}

export function dividerNotes(section: Section): string {
  return joinNotes([section.heading, section.lead]);
}

/**
 * The part of a point one slide stands for: its heading and text when the slide starts the point
 * (`firstItem` 0), then `itemCount` of its items from `firstItem`. A point spread over slides thus
 * has its text in the notes once, in order.
 */
export function pointRunNotes(point: Point, firstItem: number, itemCount: number): string {
  const items = point.items.slice(firstItem, firstItem + itemCount).map((item) => joinNotes([item.heading, item.body]));
  return joinNotes([...(firstItem === 0 ? [point.heading, point.body] : []), ...items]);
}

export function closingNotes(outline: Outline): string {
  return joinNotes([outline.ending, outline.closing, outline.appendix]);
}
