/**
 * Native tables for tab-separated tables in the source. Column widths follow the text; the
 * largest size at which every row fits wins; rows that do not fit at the minimum size continue
 * on a （续） slide with the header repeated.
 */
import type { Table } from '../../parse/outline.js';
import type { Box, Shape, TableShape } from '../deck-plan.js';
import { breakText } from '../break-lines.js';
import { measureWidth } from '../measure-text.js';
import { backgroundUnder, quotedParagraph, readableOn, stylesOn, type ComposeContext } from '../compose-context.js';
import { leadPhrase } from '../condense.js';
import { fitTextBox, toFont } from '../text-box.js';

const CELL_INSET: readonly [number, number, number, number] = [4, 6, 4, 6];
const LINE_HEIGHT = 1.25;
/** No column narrower than this many characters at the chosen size. */
const MIN_COLUMN_EM = 3;

function columnCount(table: Table): number {
  return Math.max(...table.rows.map((row) => row.length), 1);
}

/**
 * The table's cells, every row as wide as the widest. A row short of cells below a body row lost
 * its leading cells to a merge with the rows above (a category spanning several rows in Word
 * comes out as text only on its first row: `元培课程 ⇥ 立身课程 ⇥ ……` then `立行课程 ⇥ ……`), so its
 * cells keep to the right; below the header nothing merges and a short row keeps to the left.
 */
function cellsOf(table: Table): string[][] {
  const count = columnCount(table);
  return table.rows.map((row, index) => {
    const cells = row.map((cell) => cell.trim());
    const missing = Array.from({ length: count - cells.length }, () => '');
    return index >= 2 ? [...missing, ...cells] : [...cells, ...missing];
  });
}

/** Widths proportional to each column's widest cell, never below MIN_COLUMN_EM, summing to `total`. */
export function columnWidths(cells: readonly (readonly string[])[], size: number, total: number): number[] {
  const count = cells[0]?.length ?? 1;
  const padding = CELL_INSET[1] + CELL_INSET[3];
  const natural = Array.from(
    { length: count },
    (_, column) => Math.max(MIN_COLUMN_EM * size, ...cells.map((row) => measureWidth(row[column] ?? '', size))) + padding,
  );
  const sum = natural.reduce((a, b) => a + b, 0);
  if (sum <= total) {
    const extra = (total - sum) / count;
    return natural.map((width) => width + extra);
  }
  // Too wide: keep narrow columns whole and let the wide ones share what is left.
  const share = total / count;
  const narrow = natural.filter((width) => width <= share);
  const wideTotal = total - narrow.reduce((a, b) => a + b, 0);
  const wideNatural = natural.filter((width) => width > share).reduce((a, b) => a + b, 0);
  return natural.map((width) => (width <= share ? width : (width / wideNatural) * wideTotal));
}

interface WrappedTable {
  readonly rows: string[][];
  readonly heights: number[];
  readonly widths: number[];
}

/** `cells` wrapped at `size` into columns of `widths` (by default, widths that suit these cells). */
function wrapTable(cells: readonly (readonly string[])[], size: number, width: number, widths = columnWidths(cells, size, width)): WrappedTable {
  const inner = widths.map((w) => w - CELL_INSET[1] - CELL_INSET[3]);
  const rows = cells.map((row) => row.map((cell, column) => breakText(cell, inner[column] ?? 0, size)));
  const heights = rows.map((row) => Math.max(1, ...row.map((lines) => lines.length)) * size * LINE_HEIGHT + CELL_INSET[0] + CELL_INSET[2]);
  return { rows: rows.map((row) => row.map((lines) => lines.join('\n'))), heights, widths };
}

function tableShape(context: ComposeContext, box: Box, wrapped: WrappedTable, size: number): TableShape {
  const { colors, fonts } = context.theme;
  return {
    type: 'table',
    box: { ...box, h: wrapped.heights.reduce((a, b) => a + b, 0) },
    rows: wrapped.rows,
    font: toFont(fonts.body),
    size,
    colWidths: wrapped.widths,
    rowHeights: wrapped.heights,
    cellInset: CELL_INSET,
    lineHeight: Math.round(size * LINE_HEIGHT * 100) / 100,
    headerFill: colors.primary,
    headerColor: readableOn(colors.primary, [colors.onPrimary, colors.background, colors.text], 4.5),
    bodyColor: readableOn(colors.background, [colors.text, colors.onPrimary], 4.5),
    borderColor: colors.muted,
    stripeFill: colors.surface,
    bodyFill: colors.background,
  };
}

/**
 * The table as one or more slides' table shapes inside `box`: the largest body size at which all
 * rows fit, else the minimum size with the rows split (header repeated on each part). Null when a
 * row (with the header) is taller than a slide even at the minimum size: such "tables" are prose
 * with tabs in it, and are better shown as text.
 */
export function composeTables(context: ComposeContext, table: Table, box: Box): TableShape[] | null {
  const cells = cellsOf(table);
  const { min, max } = context.theme.sizes.body;
  for (let size = max; size >= min; size -= 1) {
    const wrapped = wrapTable(cells, size, box.w);
    if (wrapped.heights.reduce((a, b) => a + b, 0) <= box.h) return [tableShape(context, box, wrapped, size)];
  }
  const wrapped = wrapTable(cells, min, box.w);
  const [header, ...body] = cells;
  const [headerHeight = 0, ...bodyHeights] = wrapped.heights;
  if (body.length === 0 || bodyHeights.some((height) => headerHeight + height > box.h)) return null;
  // As many parts as filling each slide needs, then the rows shared evenly among them: a （续）
  // slide with one row under the header looked empty (a deck review).
  const greedy = splitRows(bodyHeights, box.h - headerHeight, Infinity, Infinity);
  const share = bodyHeights.reduce((sum, height) => sum + height, 0) / greedy.length;
  const even = splitRows(bodyHeights, box.h - headerHeight, share, greedy.length);
  // The whole table's column widths on every part: the row heights measured above stay true, and
  // the columns do not jump from one （续） slide to the next.
  return (even.length > greedy.length ? greedy : even).map(([start, end]) =>
    tableShape(context, box, wrapTable([header ?? [], continuedRow(body, start), ...body.slice(start + 1, end)], min, box.w, wrapped.widths), min),
  );
}

/**
 * The row `start` of `body` as a part's first: a cell left empty by a merge with the rows above
 * (`元培课程` spanning three rows) shows the text it is merged with, as Word repeats a merged cell
 * split across pages; a table's first row is as it is.
 */
function continuedRow(body: readonly (readonly string[])[], start: number): string[] {
  const row = body[start] ?? [];
  let filling = start > 0;
  return row.map((cell, column) => {
    filling &&= cell === '';
    if (!filling) return cell;
    for (let above = start - 1; above >= 0; above -= 1) {
      const text = body[above]?.[column] ?? '';
      if (text !== '') return text;
    }
    return cell;
  });
}

/**
 * Row ranges `[start, end)` of consecutive rows whose heights fit `room`, a part taking the next row
 * while at least half of it falls within `share`, the `parts`-th taking the rest (a part always
 * takes at least one row).
 */
function splitRows(heights: readonly number[], room: number, share: number, parts: number): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  while (start < heights.length) {
    let used = 0;
    let end = start;
    // The last part takes what is left, as far as it fits.
    const goal = ranges.length >= parts - 1 ? Infinity : share;
    while (end < heights.length && used + (heights[end] ?? 0) <= room && (end === start || used + (heights[end] ?? 0) / 2 <= goal)) {
      used += heights[end] ?? 0;
      end += 1;
    }
    ranges.push([start, Math.max(end, start + 1)]);
    start = Math.max(end, start + 1);
  }
  return ranges;
}

/** The body of each table slide: an optional caption (the section's lead) above the table; null when the table cannot be a table. */
export function composeTablePages(context: ComposeContext, table: Table, caption: string): Shape[][] | null {
  const { theme, geometry } = context;
  const body = geometry.body;
  const phrase = caption.trim() === '' ? null : leadPhrase(caption, 60);
  const captionShape =
    phrase === null
      ? null
      : fitTextBox({
          role: 'body',
          box: { ...body, h: 40 },
          paragraphs: [quotedParagraph(phrase, stylesOn(context, backgroundUnder(context, 'content', body)))],
          font: theme.fonts.body,
          range: theme.sizes.body,
          lineHeight: theme.spacing.lineHeight,
          maxLines: 1,
        });
  const top = captionShape === null ? body.y : body.y + 40 + 12;
  const area: Box = { ...body, y: top, h: body.y + body.h - top };
  // A short table sits in the upper middle of the free area rather than hugging the title.
  const tables = composeTables(context, table, area);
  if (tables === null) return null;
  return tables.map((shape, index) => {
    const placed: TableShape = { ...shape, box: { ...shape.box, y: area.y + Math.max(0, area.h - shape.box.h) * 0.3 } };
    return index === 0 && captionShape !== null ? [captionShape, placed] : [placed];
  });
}
