/**
 * Escaping shared by everything that writes Markdown for `parseMarkdown` to read back (the
 * editable outline, .docx converted to Markdown). Text lines are written verbatim; only a line that
 * would otherwise read as structure gets one leading backslash, which the reader removes again.
 */

/** Lines starting like these would read as a heading, table row, comment, front matter, escape or hand-written bullet. */
const STRUCTURAL_START = /^(#|\||\\|<!--|---|-\s)/;

export function escapeMarkdownLine(line: string): string {
  return STRUCTURAL_START.test(line) || (line !== '' && line.trim() === '') ? `\\${line}` : line;
}

/** Removes the backslash `escapeMarkdownLine` added (CommonMark: a backslash before punctuation or space). */
export function unescapeMarkdownLine(line: string): string {
  return /^\\[\s!-/:-@[-`{-~]/.test(line) ? line.slice(1) : line;
}

const SEPARATOR_CELL = /^\s*:?-+:?\s*$/;

/** `| a | b |`; the first row of a table also gets the `| --- |` line Markdown needs. */
export function formatPipeTableRow(cells: readonly string[], withSeparator: boolean): string {
  const row = cells.length === 0 ? '|' : `| ${cells.map(escapeTableCell).join(' | ')} |`;
  if (!withSeparator || cells.length === 0) return row;
  return `${row}\n|${cells.map(() => ' --- ').join('|')}|`;
}

/**
 * Cell escapes: `\|`, `\\`, `\n` for a line break, and a backslash before a leading or trailing
 * blank so cell padding can be trimmed on reading without losing the cell's own spaces.
 */
function escapeTableCell(cell: string): string {
  const body = cell.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '\\n');
  const leading = /^\s+/.exec(body)?.[0] ?? '';
  const rest = body.slice(leading.length);
  const trailing = /\s+$/.exec(rest)?.[0] ?? '';
  const middle = rest.slice(0, rest.length - trailing.length);
  const escapeBlanks = (blanks: string): string => [...blanks].map((char) => `\\${char}`).join('');
  const escaped = `${escapeBlanks(leading)}${middle}${escapeBlanks(trailing)}`;
  return SEPARATOR_CELL.test(escaped) ? `\\${escaped}` : escaped;
}

export function isPipeTableLine(line: string): boolean {
  return line.startsWith('|');
}

export function isPipeTableSeparator(line: string): boolean {
  const cells = splitPipeRow(line);
  return cells !== null && cells.length > 0 && cells.every((cell) => !cell.escapedAt.some(Boolean) && SEPARATOR_CELL.test(cell.raw));
}

/** Reads one `| a | b |` row back into cell texts (trimmed of unescaped padding). */
export function parsePipeTableRow(line: string): string[] {
  return (splitPipeRow(line) ?? []).map(readCell);
}

interface RawCell {
  readonly raw: string;
  /** Per character: true when it came from a backslash escape (so it is never trimmed). */
  readonly escapedAt: readonly boolean[];
  readonly chars: readonly string[];
}

function splitPipeRow(line: string): RawCell[] | null {
  if (!line.startsWith('|')) return null;
  const cells: RawCell[] = [];
  let chars: string[] = [];
  let escapedAt: boolean[] = [];
  let raw = '';
  const chars0 = [...line.slice(1)];
  for (let index = 0; index < chars0.length; index += 1) {
    const char = chars0[index] ?? '';
    if (char === '\\' && index + 1 < chars0.length) {
      const next = chars0[index + 1] ?? '';
      chars.push(next === 'n' ? '\n' : next);
      escapedAt.push(true);
      raw += char + next;
      index += 1;
    } else if (char === '|') {
      cells.push({ raw, escapedAt, chars });
      chars = [];
      escapedAt = [];
      raw = '';
    } else {
      chars.push(char);
      escapedAt.push(false);
      raw += char;
    }
  }
  // Text after the last pipe is a cell only when the row does not end with `|`.
  if (raw.trim() !== '' || chars.length > 0) cells.push({ raw, escapedAt, chars });
  return cells;
}

function readCell(cell: RawCell): string {
  let start = 0;
  let end = cell.chars.length;
  while (start < end && !cell.escapedAt[start] && /\s/.test(cell.chars[start] ?? '')) start += 1;
  while (end > start && !cell.escapedAt[end - 1] && /\s/.test(cell.chars[end - 1] ?? '')) end -= 1;
  return cell.chars.slice(start, end).join('');
}
