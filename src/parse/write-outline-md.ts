/**
 * Outline → editable Markdown (format described in `markdown-outline-format.ts`). Reading the result
 * with `parseMarkdown` gives back the same outline, deep-equal; the tests check this on every
 * corpus report.
 */
import { titleFromHeading } from './build-outline.js';
import { escapeMarkdownLine, formatPipeTableRow } from './markdown-escape.js';
import {
  EDITING_NOTE,
  FORMAT_KEY,
  formatInlineValue,
  formatMarker,
} from './markdown-outline-format.js';
import { OUTLINE_VERSION, type Outline, type OutlineWarning, type Point, type Section, type Table } from './outline.js';

export function writeOutlineMarkdown(outline: Outline): string {
  const blocks: string[] = [writeHeader(outline), EDITING_NOTE];
  blocks.push(...writeParagraphs(outline.opening));
  outline.sections.forEach((section) => blocks.push(...writeSection(section)));
  if (outline.ending !== '') blocks.push(formatMarker('ending'), ...writeParagraphs(outline.ending));
  if (outline.appendix !== '') blocks.push(formatMarker('appendix'), ...writeParagraphs(outline.appendix));
  return `${blocks.join('\n\n')}\n`;
}

function writeHeader(outline: Outline): string {
  const value = (text: string | null): string => (text === null ? '' : ` ${formatInlineValue(text, true)}`);
  const lines = [
    '---',
    `${FORMAT_KEY}: ${OUTLINE_VERSION}`,
    `title:${value(outline.title)}`,
    `subtitle:${value(outline.subtitle)}`,
    `speaker:${value(outline.speaker)}`,
    `meeting:${value(outline.meeting)}`,
    `date:${value(outline.date)}`,
    `salutation:${value(outline.salutation)}`,
    ...writeList('front', outline.front.map((line) => formatInlineValue(line, true))),
    `closing:${value(outline.closing)}`,
    ...writeList('warnings', outline.warnings.map(formatWarning)),
    '---',
  ];
  return lines.join('\n');
}

function writeList(key: string, items: readonly string[]): string[] {
  return items.length === 0 ? [`${key}: []`] : [`${key}:`, ...items.map((item) => `  - ${item}`)];
}

function formatWarning(warning: OutlineWarning): string {
  const code = /^[A-Za-z0-9_.-]+$/.test(warning.code) ? warning.code : JSON.stringify(warning.code);
  return `${code}: ${formatInlineValue(warning.message, true)}`;
}

function writeSection(section: Section): string[] {
  const blocks = [...writeHeading('#', section), ...writeParagraphs(section.lead)];
  section.points.forEach((point) => blocks.push(...writePoint(point)));
  if (section.body !== '') blocks.push(formatMarker('sectionBody'), ...writeParagraphs(section.body));
  section.tables.forEach((table) => blocks.push(writeTable(table)));
  return blocks;
}

function writePoint(point: Point): string[] {
  const blocks = [...writeHeading('##', point), ...writeParagraphs(point.body)];
  point.items.forEach((item) => blocks.push(...writeHeading('###', item), ...writeParagraphs(item.body)));
  return blocks;
}

/** The heading verbatim; the title only when it is not what the heading gives (e.g. a group's lead-in). */
function writeHeading(hashes: '#' | '##' | '###', item: { readonly heading: string; readonly title: string }): string[] {
  // A headingless group (its title comes from the sentence that introduces it) is a bare `#`.
  const line = item.heading === '' ? hashes : `${hashes} ${formatInlineValue(item.heading, false)}`;
  if (item.title === titleFromHeading(item.heading)) return [line];
  return [`${line}\n${formatMarker('title', formatInlineValue(item.title, false))}`];
}

/** One paragraph a line; an empty paragraph (two line breaks in a row) gets a marker so it survives. */
function writeParagraphs(text: string): string[] {
  if (text === '') return [];
  return text.split('\n').map((paragraph) => (paragraph === '' ? formatMarker('emptyParagraph') : escapeMarkdownLine(paragraph)));
}

function writeTable(table: Table): string {
  return table.rows.map((row, index) => formatPipeTableRow(row, index === 0)).join('\n');
}
