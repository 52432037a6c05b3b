/**
 * Outline → editable Markdown (format described in `markdown-outline-format.ts`). Reading the result
 * with `parseMarkdown` gives back the same outline, deep-equal; the tests check this on every
 * corpus report.
 */
import { titleFromHeading } from './build-outline.js';
import { escapeMarkdownLine, formatPipeTableRow } from './markdown-escape.js';
import { EDITING_NOTE, FIGURES_KEY, FORMAT_KEY, formatCard, formatInlineValue, formatMarker } from './markdown-outline-format.js';
import { OUTLINE_VERSION, type FigureCard, type Outline, type OutlineWarning, type Point, type Section, type Table } from './outline.js';

export interface OutlineMarkdownOptions {
  /**
   * The number cards huibao would show, written commented out in the header so the user can
   * uncomment and edit them. Ignored when the outline has its own cards.
   */
  readonly automaticCards?: readonly FigureCard[];
}

export function writeOutlineMarkdown(outline: Outline, options: OutlineMarkdownOptions = {}): string {
  const blocks: string[] = [writeHeader(outline, options), EDITING_NOTE];
  blocks.push(...writeParagraphs(outline.opening));
  outline.sections.forEach((section) => blocks.push(...writeSection(section)));
  if (outline.ending !== '') blocks.push(formatMarker('ending'), ...writeParagraphs(outline.ending));
  if (outline.appendix !== '') blocks.push(formatMarker('appendix'), ...writeParagraphs(outline.appendix));
  return `${blocks.join('\n\n')}\n`;
}

function writeHeader(outline: Outline, options: OutlineMarkdownOptions): string {
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
    ...writeList(
      'front',
      outline.front.map((line) => formatInlineValue(line, true)),
    ),
    `closing:${value(outline.closing)}`,
    ...writeList('warnings', outline.warnings.map(formatWarning)),
    ...writeCards(outline.cards, options.automaticCards),
    '---',
  ];
  return lines.join('\n');
}

function writeList(key: string, items: readonly string[]): string[] {
  return items.length === 0 ? [`${key}: []`] : [`${key}:`, ...items.map((item) => `  - ${item}`)];
}

/** The hand-chosen cards as a live block; else huibao's own choice, commented out, to start from. */
function writeCards(cards: readonly FigureCard[] | undefined, automatic: readonly FigureCard[] | undefined): string[] {
  const items = (list: readonly FigureCard[]): string[] => list.map((card) => formatInlineValue(formatCard(card), true));
  if (cards !== undefined) return writeList(FIGURES_KEY, items(cards));
  if (automatic === undefined) return [];
  return [CARDS_NOTE, ...writeList(FIGURES_KEY, items(automatic)).map((line) => `# ${line}`)];
}

const CARDS_NOTE =
  '# 数字卡片：去掉下面各行开头的“# ”即按此显示（删去一行＝不显示该卡片，可改标签，可加行；每行写“位置 | 标签 | 数字”，位置为“总体情况”或“第1部分”等）';

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
  const bullets = (point.bullets ?? []).map((bullet) => `- ${bullet}`);
  const blocks = [...writeHeading('##', point), ...(bullets.length === 0 ? [] : [bullets.join('\n')]), ...writeParagraphs(point.body)];
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
