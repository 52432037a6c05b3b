/**
 * Markdown → Outline. Two kinds of input:
 *
 * 1. The editable outline written by `writeOutlineMarkdown` (recognised by its `huibao-outline:`
 *    header): read back exactly, so outline → Markdown → outline is lossless.
 * 2. Any other Markdown (see `parseGeneralMarkdown`).
 */
import { InputError } from '../errors.js';
import { parseReport, titleFromHeading } from './build-outline.js';
import { readFrontMatter } from './front-matter.js';
import { isPipeTableLine, isPipeTableSeparator, parsePipeTableRow, unescapeMarkdownLine } from './markdown-escape.js';
import { findOutlineFigures, updateMaskedWarning } from './markdown-figures.js';
import { FIGURES_KEY, FORMAT_KEY, parseCard, readInlineValue, readMarker, type MarkerName } from './markdown-outline-format.js';
import { OUTLINE_VERSION, type FigureCard, type Item, type Outline, type OutlineWarning, type Point, type Section, type Table } from './outline.js';

export function parseMarkdown(text: string): Outline {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const header = findHeader(lines);
  if (header !== null && header.values.has(FORMAT_KEY)) return parseOutlineMarkdown(lines, header);
  return parseGeneralMarkdown(header === null ? lines : lines.slice(header.end + 1), header);
}

// ---------------------------------------------------------------------------------------------
// Header block (`---` … `---`)

interface HeaderItem {
  /** The item as written after `- `, unparsed (a warning item is `code: message`). */
  readonly raw: string;
  readonly line: number;
}

interface Header {
  readonly values: ReadonlyMap<string, string | null>;
  readonly lists: ReadonlyMap<string, readonly HeaderItem[]>;
  /** Index of the closing `---` line. */
  readonly end: number;
}

function findHeader(lines: readonly string[]): Header | null {
  if (lines[0]?.trimEnd() !== '---') return null;
  const end = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (end < 0) return null;
  const values = new Map<string, string | null>();
  const lists = new Map<string, HeaderItem[]>();
  let currentList: HeaderItem[] | null = null;
  for (let index = 1; index < end; index += 1) {
    const line = lines[index] ?? '';
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const item = /^\s+-(?:\s(.*))?$/.exec(line);
    if (item !== null && currentList !== null) {
      currentList.push({ raw: item[1] ?? '', line: index });
      continue;
    }
    const entry = /^([A-Za-z][\w-]*):(?:\s(.*))?$/.exec(line);
    if (entry === null) continue;
    const key = entry[1] ?? '';
    const raw = (entry[2] ?? '').trim();
    currentList = [];
    lists.set(key, currentList);
    values.set(key, raw === '' || raw === '[]' ? null : readHeaderValue(raw, index));
  }
  return { values, lists, end };
}

function readHeaderValue(raw: string, index: number): string | null {
  if (raw.trim() === '') return null;
  const value = readInlineValue(raw);
  if (value === null) throw formatError(index, `引号内的文字格式不对：${raw.trim()}`);
  return value;
}

function formatError(index: number, what: string): InputError {
  return new InputError(`提纲文件第 ${index + 1} 行有误：${what}`, {
    hint: '带英文双引号的值要按 JSON 字符串书写（如 "文字"，其中的引号写作 \\"）；也可以去掉引号直接写文字。',
  });
}

// ---------------------------------------------------------------------------------------------
// The editable outline format

type Region = 'opening' | 'lead' | 'point' | 'item' | 'sectionBody' | 'ending' | 'appendix';

interface SectionDraft {
  heading: string;
  title: string | null;
  lead: string[];
  points: PointDraft[];
  body: string[];
  tables: Table[];
}

interface PointDraft {
  heading: string;
  title: string | null;
  body: string[];
  items: ItemDraft[];
  /** `- ` lines right under the point: the user's exact bullets. */
  bullets: string[] | null;
}

interface ItemDraft {
  heading: string;
  title: string | null;
  body: string[];
}

/** Version 1 outlines had no `###` items; they read the same way. */
const READABLE_VERSIONS: ReadonlySet<string> = new Set(['1', String(OUTLINE_VERSION)]);

function parseOutlineMarkdown(lines: readonly string[], header: Header): Outline {
  const version = header.values.get(FORMAT_KEY) ?? null;
  if (version === null || !READABLE_VERSIONS.has(version)) {
    throw new InputError(`提纲文件的版本“${version ?? ''}”不受支持（当前版本为 ${OUTLINE_VERSION}）。`, {
      hint: `请把第二行改为“${FORMAT_KEY}: ${OUTLINE_VERSION}”，或用当前版本的 huibao 重新生成提纲。`,
    });
  }
  const body = new OutlineBodyReader();
  for (let index = header.end + 1; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line.startsWith('<!--') && readMarker(line) === null) index = skipComment(lines, index);
    else body.readLine(line, index);
  }
  body.finish();

  const sections = body.sections.map(buildSection);
  const opening = body.opening.join('\n');
  const figures = findOutlineFigures(opening, sections);
  const text = (key: string): string | null => header.values.get(key) ?? null;
  return {
    version: OUTLINE_VERSION,
    title: text('title') ?? '',
    front: (header.lists.get('front') ?? []).map((item) => readHeaderValue(item.raw, item.line) ?? ''),
    subtitle: text('subtitle'),
    speaker: text('speaker'),
    meeting: text('meeting'),
    date: text('date'),
    salutation: text('salutation'),
    opening,
    figures,
    sections,
    closing: text('closing'),
    ending: body.ending.join('\n'),
    appendix: body.appendix.join('\n'),
    warnings: updateMaskedWarning(readWarnings(header.lists.get('warnings') ?? []), figures),
    ...(header.lists.has(FIGURES_KEY) ? { cards: readCards(header.lists.get(FIGURES_KEY) ?? []) } : {}),
  };
}

/** `位置 | 标签 | 数字` items of the `figures:` block; see `formatCard`. */
function readCards(items: readonly HeaderItem[]): FigureCard[] {
  return items.flatMap(({ raw, line }) => {
    const value = readHeaderValue(raw, line) ?? '';
    if (value.trim() === '') return [];
    const card = parseCard(value);
    if (card === null) throw formatError(line, `数字卡片应写作“位置 | 标签 | 数字”（位置为“总体情况”或“第1部分”等），当前为：${value}`);
    return [card];
  });
}

/** Reads the lines after the header: which region a line belongs to is decided by headings and markers. */
class OutlineBodyReader {
  readonly opening: string[] = [];
  readonly ending: string[] = [];
  readonly appendix: string[] = [];
  readonly sections: SectionDraft[] = [];
  private region: Region = 'opening';
  private table: string[] | null = null;

  readLine(line: string, index: number): void {
    if (isPipeTableLine(line) && this.section !== undefined && this.region !== 'ending' && this.region !== 'appendix') {
      (this.table ??= []).push(line);
      return;
    }
    this.finish();
    if (line.trim() === '') return;
    const heading = readHeadingLine(line, index);
    const marker = line.startsWith('<!--') ? readMarker(line) : null;
    if (heading?.level === 1) {
      this.sections.push({ heading: heading.text, title: null, lead: [], points: [], body: [], tables: [] });
      this.region = 'lead';
    } else if (heading?.level === 2 && this.section !== undefined) {
      this.section.points.push({ heading: heading.text, title: null, body: [], items: [], bullets: null });
      this.region = 'point';
    } else if (this.region === 'point' && HAND_BULLET.test(line) && this.section?.points.at(-1) !== undefined) {
      const point = this.section.points.at(-1) as PointDraft;
      (point.bullets ??= []).push(line.replace(HAND_BULLET, '').trim());
    } else if (heading?.level === 3 && this.section?.points.at(-1) !== undefined && this.region !== 'sectionBody') {
      this.section.points.at(-1)?.items.push({ heading: heading.text, title: null, body: [] });
      this.region = 'item';
    } else if (marker !== null) {
      this.readMarker(marker.name, marker.value, index);
    } else {
      this.addParagraph(heading === null ? unescapeMarkdownLine(line) : heading.text);
    }
  }

  /** Closes a pending table. */
  finish(): void {
    if (this.table !== null) this.section?.tables.push(readTable(this.table));
    this.table = null;
  }

  private get section(): SectionDraft | undefined {
    return this.sections.at(-1);
  }

  private readMarker(name: MarkerName, value: string | undefined, index: number): void {
    switch (name) {
      case 'title': {
        const title = readInlineValue(value ?? '');
        if (title === null) throw formatError(index, `标题的引号格式不对：${value ?? ''}`);
        const point = this.section?.points.at(-1);
        const target = this.region === 'item' ? point?.items.at(-1) : this.region === 'point' ? point : this.section;
        if (target !== undefined) target.title = title;
        break;
      }
      case 'sectionBody':
        if (this.section !== undefined) this.region = 'sectionBody';
        break;
      case 'ending':
      case 'appendix':
        this.region = name;
        break;
      case 'emptyParagraph':
        this.addParagraph('');
        break;
    }
  }

  private addParagraph(paragraph: string): void {
    this.targetList().push(paragraph);
  }

  private targetList(): string[] {
    const section = this.section;
    if (this.region === 'ending') return this.ending;
    if (this.region === 'appendix') return this.appendix;
    if (this.region === 'opening' || section === undefined) return this.opening;
    if (this.region === 'item') return section.points.at(-1)?.items.at(-1)?.body ?? section.lead;
    if (this.region === 'point') return section.points.at(-1)?.body ?? section.lead;
    return this.region === 'sectionBody' ? section.body : section.lead;
  }
}

/** A hand-written bullet under a point: `- 文字` (a body line starting so is written escaped). */
const HAND_BULLET = /^[-*+][ \t]+/;

/** `# x` / `## x`; deeper headings come back as their text. JSON-quoted headings are unquoted. */
function readHeadingLine(line: string, index: number): { level: number; text: string } | null {
  const match = /^(#{1,6})(?:[ \t](.*))?$/.exec(line);
  if (match === null) return null;
  const raw = match[2] ?? '';
  const text = raw.startsWith('"') ? readInlineValue(raw) : raw;
  if (text === null) throw formatError(index, `标题的引号格式不对：${raw}`);
  return { level: (match[1] ?? '').length, text };
}

function skipComment(lines: readonly string[], index: number): number {
  let end = index;
  while (end < lines.length && !(lines[end] ?? '').includes('-->')) end += 1;
  return Math.min(end, lines.length - 1);
}

function readTable(lines: readonly string[]): Table {
  const rows = lines.filter((line, index) => !(index === 1 && isPipeTableSeparator(line))).map(parsePipeTableRow);
  return { rows };
}

function buildSection(draft: SectionDraft): Section {
  return {
    title: draft.title ?? titleFromHeading(draft.heading),
    heading: draft.heading,
    lead: draft.lead.join('\n'),
    points: draft.points.map(buildPoint),
    body: draft.body.join('\n'),
    tables: draft.tables,
  };
}

function buildPoint(draft: PointDraft): Point {
  const point: Point = { ...buildItem(draft), items: draft.items.map(buildItem) };
  const bullets = draft.bullets?.filter((bullet) => bullet !== '');
  return bullets === undefined || bullets.length === 0 ? point : { ...point, bullets };
}

function buildItem(draft: ItemDraft): Item {
  return { title: draft.title ?? titleFromHeading(draft.heading), heading: draft.heading, body: draft.body.join('\n') };
}

/** `code: message` items; a code that is not a plain word is JSON-quoted, like the message may be. */
function readWarnings(items: readonly HeaderItem[]): OutlineWarning[] {
  return items.map(({ raw, line }) => {
    const match = /^("(?:[^"\\]|\\.)*"|[^:"]*):(?:\s(.*))?$/.exec(raw.trim());
    if (match === null) return { code: 'note', message: readHeaderValue(raw, line) ?? '' };
    const code = readHeaderValue(match[1] ?? '', line) ?? '';
    return { code, message: readHeaderValue(match[2] ?? '', line) ?? '' };
  });
}

// ---------------------------------------------------------------------------------------------
// General Markdown

/**
 * Any other Markdown. Decisions:
 * - Each non-blank line is a paragraph (Chinese reports are not hard-wrapped); `**bold**` marks are
 *   dropped, a leading backslash escape is removed, HTML comments are skipped.
 * - Section level: `#`, points `##`. When the file has a single `#` at its top and `##` headings
 *   below, that `#` is the title and the levels shift down by one (`##` sections, `###` points).
 *   A first `#` that is followed by more `#`, has no points and no numbering mark is the title too.
 * - Otherwise the title is a YAML `title:`, else the first line before the first section heading.
 *   Lines between the title and the first section go through the text parser's front-matter reader
 *   (subtitle, date, speaker, salutation); the rest is the opening.
 * - Deeper headings become body paragraphs; pipe tables become the section's tables.
 * - A short thank-you as the very last line is the closing.
 * - Without any `#`/`##` heading (or with only a `#` title on the first line) the Markdown is plain
 *   text to the text parser.
 */
function parseGeneralMarkdown(lines: readonly string[], header: Header | null): Outline {
  const items = readMarkdownItems(lines);
  const headings = items.filter((item): item is HeadingItem => item.kind === 'heading');
  const topLevels = headings.filter((item) => item.level <= 2);
  const lone = topLevels.length === 1 ? topLevels[0] : undefined;
  const onlyTitleHeading = lone !== undefined && items[0] === lone && lone.level === 1 && !NUMBERING_MARK.test(lone.text);
  if (topLevels.length === 0 || onlyTitleHeading) {
    const yamlTitle = header?.values.get('title') ?? null;
    const text = items.map(itemText).join('\n');
    return parseReport(yamlTitle === null ? text : `${yamlTitle}\n${text}`);
  }
  const { sectionLevel, titleLine } = chooseLevels(items, headings);
  const start = titleLine === null ? 0 : 1;
  const found = items.findIndex((item, index) => index >= start && item.kind === 'heading' && item.level === sectionLevel);
  const firstSection = found < 0 ? items.length : found;
  const preamble = items.slice(start, firstSection).map(itemText);
  const yamlTitle = header?.values.get('title') ?? null;
  const givenTitle = titleLine ?? yamlTitle;
  const frontInput = givenTitle === null ? preamble : [givenTitle, ...preamble];
  const front = frontInput.length === 0 ? null : readFrontMatter(frontInput.map((line) => line.trim()));
  const opening = front === null ? [] : frontInput.slice(front.bodyStart);

  const sections: SectionDraft[] = [];
  for (const item of items.slice(firstSection)) {
    const section = sections.at(-1);
    if (item.kind === 'heading' && item.level === sectionLevel) {
      sections.push({ heading: item.text, title: null, lead: [], points: [], body: [], tables: [] });
    } else if (item.kind === 'heading' && item.level === sectionLevel + 1 && section !== undefined) {
      section.points.push({ heading: item.text, title: null, body: [], items: [], bullets: null });
    } else if (item.kind === 'heading' && item.level === sectionLevel + 2 && section?.points.at(-1) !== undefined) {
      section.points.at(-1)?.items.push({ heading: item.text, title: null, body: [] });
    } else if (item.kind === 'table' && section !== undefined) {
      section.tables.push(readTable(item.lines));
    } else if (section !== undefined) {
      const point = section.points.at(-1);
      (point?.items.at(-1)?.body ?? point?.body ?? section.lead).push(itemText(item));
    }
  }
  const closing = takeClosingLine(sections);
  const built = sections.map(buildSection);
  const openingText = opening.join('\n');
  const figures = findOutlineFigures(openingText, built);
  return {
    version: OUTLINE_VERSION,
    title: front?.title ?? '',
    front: front?.front ?? [],
    subtitle: front?.subtitle ?? null,
    speaker: front?.speaker ?? null,
    meeting: front?.meeting ?? null,
    date: front?.date ?? null,
    salutation: front?.salutation ?? null,
    opening: openingText,
    figures,
    sections: built,
    closing,
    ending: '',
    appendix: '',
    warnings: updateMaskedWarning(front === null || front.title === '' ? [NO_TITLE_WARNING] : [], figures),
  };
}

const NO_TITLE_WARNING: OutlineWarning = {
  code: 'no-title',
  message: '没有找到文稿标题：请在第一个“# ”标题之前加一行标题（或在开头写“# 标题”）。',
};

/** Which heading level makes sections (points are one deeper), and whether the first `#` is the title. */
function chooseLevels(items: readonly MarkdownItem[], headings: readonly HeadingItem[]): { sectionLevel: number; titleLine: string | null } {
  const levelOneCount = headings.filter((item) => item.level === 1).length;
  const first = items[0];
  const startsWithLevelOne = first?.kind === 'heading' && first.level === 1;
  if (startsWithLevelOne && levelOneCount === 1 && headings.some((item) => item.level === 2)) {
    return { sectionLevel: 2, titleLine: first.text };
  }
  if (levelOneCount === 0) return { sectionLevel: 2, titleLine: null };
  if (startsWithLevelOne && levelOneCount > 1 && looksLikeTitle(items)) return { sectionLevel: 1, titleLine: first.text };
  return { sectionLevel: 1, titleLine: null };
}

interface HeadingItem {
  readonly kind: 'heading';
  readonly level: number;
  readonly text: string;
}

type MarkdownItem = HeadingItem | { readonly kind: 'text'; readonly text: string } | { readonly kind: 'table'; readonly lines: readonly string[] };

function readMarkdownItems(lines: readonly string[]): MarkdownItem[] {
  const items: MarkdownItem[] = [];
  let inComment = false;
  let table: string[] | null = null;
  for (const line of lines) {
    if (inComment) {
      inComment = !line.includes('-->');
      continue;
    }
    if (isPipeTableLine(line.trimStart())) {
      (table ??= []).push(line.trimStart());
      continue;
    }
    if (table !== null) items.push({ kind: 'table', lines: table });
    table = null;
    if (line.trim() === '') continue;
    if (line.trimStart().startsWith('<!--')) {
      inComment = !line.includes('-->');
      continue;
    }
    if (THEMATIC_BREAK.test(line)) continue;
    const heading = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (heading !== null) {
      items.push({ kind: 'heading', level: (heading[1] ?? '').length, text: stripInlineMarks(heading[2] ?? '') });
    } else {
      items.push({ kind: 'text', text: stripInlineMarks(unescapeMarkdownLine(line.trim().replace(BLOCK_PREFIX, ''))) });
    }
  }
  if (table !== null) items.push({ kind: 'table', lines: table });
  return items;
}

const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** Quote marks and bullets are layout, not wording; `1.` stays, it is the report's own numbering. */
const BLOCK_PREFIX = /^(?:>[ \t]?)*(?:[-*+][ \t]+)?/;

function stripInlineMarks(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/__(.+?)__/g, '$1');
}

function itemText(item: MarkdownItem): string {
  return item.kind === 'table' ? item.lines.map((line) => parsePipeTableRow(line).join('\t')).join('\n') : item.text;
}

const NUMBERING_MARK =
  /^\s*(第[一二三四五六七八九十百\d]+[部分章节条篇]?|[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|[①-⑳])/;

/** The first `#` is the document's title when nothing under it makes it a section. */
function looksLikeTitle(items: readonly MarkdownItem[]): boolean {
  const first = items[0];
  if (first?.kind !== 'heading' || NUMBERING_MARK.test(first.text)) return false;
  const next = items.findIndex((item, index) => index > 0 && item.kind === 'heading' && item.level <= 2);
  return next > 0 && (items[next] as HeadingItem).level === 1;
}

const CLOSING_LINE = /^(谢谢|谢谢大家|谢谢各位|发言完毕|汇报完毕|讲话完毕|我的发言完了|以上|完毕)/;

function takeClosingLine(sections: SectionDraft[]): string | null {
  const last = sections.at(-1);
  if (last === undefined) return null;
  const list = last.points.at(-1)?.body ?? last.lead;
  const line = list.at(-1);
  if (line === undefined || line.length > 30 || !(CLOSING_LINE.test(line.trim()) || /谢谢[大家各位！!。]*$/.test(line.trim()))) return null;
  list.pop();
  return line;
}
