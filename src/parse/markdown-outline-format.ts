import type { FigureCard } from './outline.js';

/**
 * The editable outline format: the vocabulary shared by `writeOutlineMarkdown` and
 * `parseMarkdown`. A Markdown file a person can fix by hand, that reads back into the same outline.
 *
 * ```
 * ---
 * huibao-outline: 2          ← recognises the format (1, before items, reads the same)
 * title: …                   ← header values: raw text, or a JSON string when raw would be ambiguous
 * subtitle:                  ← empty = null
 * front:
 *   - …
 * warnings:
 *   - code: message
 * figures:                   ← optional: exactly these number cards (place | label | figure);
 *   - 总体情况 | 标签 | 12.5%     written commented out (`# `) with huibao's own choice
 * ---
 * opening paragraphs, one per line
 * # section heading          ← verbatim heading (numbering mark and punctuation kept)
 * <!-- 标题：… -->            ← only when the title is not what the heading gives
 * lead paragraphs
 * ## point heading
 * - bullet                   ← optional: the point's exact bullets on the slide (written by hand)
 * point body
 * ### item heading           ← third level: an item of the point (1./（1）/一是 under a （一）)
 * item body
 * <!-- 本部分其余内容 -->      ← the section's own text after its points
 * | table | row |
 * <!-- 结尾 -->  ending  <!-- 附件 -->  appendix
 * ```
 *
 * Figures are not stored: `parseMarkdown` finds them again in the text. Warnings are carried in the
 * header, except `masked-figures`, which is recomputed with the figures.
 */

export const FORMAT_KEY = 'huibao-outline';
/** The header list of number cards chosen by hand. */
export const FIGURES_KEY = 'figures';

const OVERVIEW_PLACE = '总体情况';

/** `总体情况 | 全省地区生产总值 | 4.93万亿元`, `第2部分 | 新聘中高级教师 | 15人`. */
export function formatCard(card: FigureCard): string {
  const place = card.where === 'overview' ? OVERVIEW_PLACE : `第${card.where + 1}部分`;
  return `${place} | ${card.label} | ${card.text}`;
}

export function parseCard(value: string): FigureCard | null {
  const parts = value.split(/\s*[|｜]\s*/).map((part) => part.trim());
  if (parts.length !== 3) return null;
  const [place = '', label = '', text = ''] = parts;
  if (text === '') return null;
  if (place === OVERVIEW_PLACE) return { where: 'overview', label, text };
  const section = /^第\s*(\d+)\s*部分$/.exec(place);
  if (section === null || Number(section[1]) < 1) return null;
  return { where: Number(section[1]) - 1, label, text };
}

export const MARKERS = {
  title: '标题',
  sectionBody: '本部分其余内容',
  ending: '结尾',
  appendix: '附件',
  emptyParagraph: '空行',
} as const;

export type MarkerName = keyof typeof MARKERS;

export const EDITING_NOTE =
  '<!-- 这是 huibao 生成的可编辑提纲。“# ”开头的行是主题，“## ”开头的行是要点，其下各行是正文（一行一段）；' +
  '可直接修改文字、增删主题和要点，保存后用 huibao 重新生成幻灯片。 -->';

/** `<!-- 标题：… -->`; the value is written with `formatInlineValue`. */
export function formatMarker(name: MarkerName, value?: string): string {
  return value === undefined ? `<!-- ${MARKERS[name]} -->` : `<!-- ${MARKERS[name]}：${value} -->`;
}

const MARKER_LINE = /^<!--\s*(\S+?)(?:[：:]\s?([\s\S]*?))?\s*-->$/;

export function readMarker(line: string): { name: MarkerName; value: string | undefined } | null {
  const match = MARKER_LINE.exec(line);
  if (match === null) return null;
  const label = match[1] ?? '';
  const name = (Object.keys(MARKERS) as MarkerName[]).find((key) => MARKERS[key] === label);
  return name === undefined ? null : { name, value: match[2] };
}

/**
 * Raw text when it reads back unchanged, else a JSON string. Raw fails on line breaks, edge blanks
 * (editors strip them), a leading quote (would read as JSON), and, when `yamlSafe`, on what YAML
 * would read as something else, so the header stays valid YAML for other tools.
 */
export function formatInlineValue(value: string, yamlSafe: boolean): string {
  const ambiguous =
    value === '' ||
    /[\r\n\u2028\u2029]/.test(value) ||
    value !== value.trim() ||
    value.startsWith('"') ||
    value.includes('-->') ||
    (yamlSafe &&
      (/^[-?:,[\]{}#&*!|>'%@`]/.test(value) ||
        /: |\s#|:$/.test(value) ||
        /^(null|~|true|false|yes|no|on|off)$/i.test(value) ||
        YAML_NUMBER_OR_DATE.test(value)));
  return ambiguous ? JSON.stringify(value) : value;
}

const YAML_NUMBER_OR_DATE = /^([-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?|\d{4}-\d\d?-\d\d?.*)$/;

/** Reads a value written by `formatInlineValue`; null when it is not valid JSON. */
export function readInlineValue(raw: string): string | null {
  const trimmed = raw.trim();
  if (!trimmed.startsWith('"')) return trimmed;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    return typeof parsed === 'string' ? parsed : null;
  } catch {
    return null;
  }
}
