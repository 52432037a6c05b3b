/**
 * Content layouts: each takes one section's points and returns the body shapes, or null when the
 * points do not fit at the theme's minimum sizes (the planner then tries the next layout or
 * continues on a （续） slide). Boxes are computed from the geometry, never from the report.
 */
import type { Box, Shape, TextShape } from '../deck-plan.js';
import { cleanSpan, leadPhrase, pickKeyPhrases, setsTheScene, splitClauses, standsAlone, type CondenseOptions } from '../condense.js';
import {
  backgroundUnder,
  numberBadge,
  phraseLeaning,
  quotedParagraph,
  readableOn,
  rect,
  stylesOn,
  type ComposeContext,
  type TextStyles,
} from '../compose-context.js';
import { commonPrefixLength } from '../../parse/theme-sentences.js';
import { splitColumns } from '../geometry.js';
import { sharedOpening } from '../shown-titles.js';
import { fitTextBox, usedHeight, type TextBoxRequest } from '../text-box.js';
import type { Bullet } from '../deck-plan.js';
import type { ContentPoint, ContentSource } from './content-source.js';
import { fitUniformly } from './fit-row.js';
import { shiftShapes } from './shift.js';
import type { SizeRange, Theme } from '../../themes/theme-schema.js';

/** Longest heading shown on a slide before it is cut back to its lead clause. */
const HEADING_MAX_CHARS = 40;
const SQUARE_BULLET = '25A0';
/** Items one point-items slide shows (paginate.ts ITEMS_PER_SLIDE counts slides with it). */
export const ITEM_ROWS_MAX = 5;

function bulletFor(context: ComposeContext): Bullet {
  return { code: SQUARE_BULLET, indent: Math.round(context.theme.sizes.body.max * 1.1) };
}

function headingText(point: ContentPoint): string {
  return leadPhrase(point.title, HEADING_MAX_CHARS);
}

/** The first clause of a title, when it names something on its own (four characters or more, not just a time or place). */
function firstClauseOf(title: string): string | null {
  const clauses = splitClauses(title);
  const first = cleanSpan(clauses[0] ?? '');
  return clauses.length > 1 && first.length >= 4 && !setsTheScene(first) ? first : null;
}

/** Characters at the start that siblings' titles must share to be cut alike (`所谓“`, `必须坚持`). */
const MIN_SHARED_TITLE_OPENING = 2;

/**
 * The headings of points shown side by side, cut alike: when one is too long and shows only its
 * first clause (`所谓“项目目标化”`), a sibling that fits whole shows its first clause too
 * (`所谓“工作项目化”`, not the whole `所谓“工作项目化”，就是……机制`): parallel points read parallel.
 * Only titles written alike (sharing their opening words) are cut alike.
 */
function siblingHeadings(points: readonly ContentPoint[]): string[] {
  const headings = cutAlike(points);
  // Titles that open alike and differ only after (`这一重大命题的提出，体现了……`), cut to their lead, read
  // the same or say only what they share: an eighth deck review found four cards headed `这一重大命题的提出`.
  // They show what differs.
  const titles = points.map((point) => cleanSpan(point.title));
  const opening = sharedOpening(titles);
  if (opening === '' || (new Set(headings).size === headings.length && !headings.includes(opening))) return headings;
  const rests = titles.map((title) => leadAfter(title, opening));
  // What differs may lean on the opening (`……，是以邓小平同志为核心的……`): then the headings stay as they were.
  return rests.every((rest) => standsAlone(rest)) ? rests : headings;
}

function cutAlike(points: readonly ContentPoint[]): string[] {
  const whole = points.map(headingText);
  const cutToClause = points.some((point, index) => whole[index] !== cleanSpan(point.title) && whole[index] === firstClauseOf(point.title));
  if (!cutToClause || commonPrefixLength(points.map((point) => point.title)) < MIN_SHARED_TITLE_OPENING) return whole;
  return points.map((point, index) => firstClauseOf(point.title) ?? (whole[index] as string));
}

/** Width kept at the left of a panel for a point's number (`十二`, `12` at the number size). */
const PANEL_NUMBER_W = 72;

/**
 * A point's number at the left of the panel that shows its heading on a slide of its own, written
 * as the cards and rows around it write theirs (`三`, `3`, `03`): the slide says where it stands
 * in the part. Null when the point has no number (alone in its section) or it does not fit.
 */
/** Room for a panel's number: wider for a bracketed one (`（一）`, `（十二）`); none without a number. */
function panelNumberWidth(label: string): number {
  return label === '' ? 0 : Math.max(PANEL_NUMBER_W, [...label].length * PANEL_NUMBER_CHAR_W + 16);
}

/** Width a full-width character of a panel number takes at its smallest size (18 pt). */
const PANEL_NUMBER_CHAR_W = 26;

function panelNumber(context: ComposeContext, label: string, box: Box): TextShape | null {
  if (label === '') return null;
  const { colors } = context.theme;
  return fitTextBox({
    role: 'number',
    box,
    paragraphs: [[{ text: label, style: { color: readableOn(colors.surface, [colors.accent, colors.primary], 3), bold: true } }]],
    font: context.theme.fonts.title,
    range: { min: 18, max: 28 },
    lineHeight: 1.1,
    valign: 'middle',
    maxLines: 1,
  });
}

/** The point's bullets: the user's own when written (all of them), else key phrases of its body. */
function phrasesOf(context: ComposeContext, point: ContentPoint, options: CondenseOptions): readonly string[] {
  // A point whose whole text is one long sentence (`——每年开学典礼后，校长都会……，增强学生……。`) has
  // no body: its heading shows the sentence's start, its phrases come from the rest.
  const rest = point.body.trim() === '';
  return point.bullets ?? pickKeyPhrases(rest ? restOfTitle(point.title) : point.body, { ...options, afterHeading: rest, ...phraseLeaning(context) });
}

/** What a title says beyond the leading phrase a heading shows of it; '' when the heading shows it all. */
function restOfTitle(title: string): string {
  const shown = leadPhrase(title, HEADING_MAX_CHARS);
  return title.startsWith(shown) ? title.slice(shown.length).replace(/^[，,；;：:、\s]+/u, '') : '';
}

function phraseParagraphs(phrases: readonly string[], styles: TextStyles) {
  return phrases.map((phrase) => quotedParagraph(phrase, styles));
}

/**
 * The sizes of bullets under `headings`: never larger than the headings (a deck review: whole-sentence
 * card headings in small bold over larger bullets read upside down), nor below the body's minimum.
 */
function bodyRangeUnder(theme: Theme, headings: readonly TextShape[]): SizeRange {
  const heading = Math.min(...headings.map((shape) => shape.size));
  return { min: theme.sizes.body.min, max: Math.max(theme.sizes.body.min, Math.min(theme.sizes.body.max, heading)) };
}

/** A row's key phrases beside its heading (rows and point-items): centred, bulleted when there are several. */
function rowPhrasesRequest(
  context: ComposeContext,
  box: Box,
  picked: readonly string[],
  styles: TextStyles,
  range: SizeRange = context.theme.sizes.body,
): TextBoxRequest {
  const { theme } = context;
  return {
    role: 'body',
    box,
    paragraphs: phraseParagraphs(picked, styles),
    font: theme.fonts.body,
    range,
    lineHeight: theme.spacing.lineHeight,
    paragraphGap: 0.3,
    valign: 'middle',
    bullet: picked.length > 1 ? bulletFor(context) : null,
  };
}

/**
 * What a point shows under its heading: the user's bullets when the outline gives them, else its
 * items' titles when it has items (the third level is what the speaker walks through), else key
 * phrases of its text.
 */
function pointPhrases(context: ComposeContext, point: ContentPoint, count: number, maxChars: number, everyItemUpTo = count): readonly string[] {
  // The user's own bullets (editable outline) win; then the point's items; then key phrases.
  if (point.bullets === undefined && point.items.length > 0) {
    // A point's items are a list the speaker walks through: where a layout has room for a short
    // list, all of them, not the first three of 一是……四是 (the layout is refused when they do not fit).
    const shown = point.items.length <= everyItemUpTo ? point.items : point.items.slice(0, count);
    return shown.map((item) => leadPhrase(item.title, maxChars));
  }
  return phrasesOf(context, point, { count, maxChars });
}

/** Most items a card or a statement lists in full under its point. */
const ITEMS_LISTED_IN_FULL = 5;

/** Cards in a row: number, heading, a short rule and two or three key phrases per card. */
export function composeCards(context: ComposeContext, source: ContentSource): Shape[] | null {
  const { theme, geometry } = context;
  const body = geometry.body;
  const columns = splitColumns(body, source.points.length, theme.spacing.gap);
  const pad = 16;
  const stripe = 6;
  const numberH = 36;
  const styles = stylesOn(context, theme.colors.surface);
  const headingTop = body.y + stripe + 10 + numberH;
  const headingMaxH = 3 * theme.sizes.heading.max * 1.25 + 8;
  const headingTexts = siblingHeadings(source.points);
  const headings = fitUniformly(
    columns.map((column, index): TextBoxRequest => ({
      role: 'heading',
      box: { x: column.x + pad, y: headingTop, w: column.w - 2 * pad, h: headingMaxH },
      paragraphs: [quotedParagraph(headingTexts[index] ?? '', { ...styles, plain: styles.strong })],
      font: theme.fonts.title,
      range: theme.sizes.heading,
      lineHeight: 1.25,
      maxLines: 3,
    })),
  );
  if (headings === null) return null;
  const headingH = Math.max(...headings.map(usedHeight));
  const ruleY = headingTop + headingH + 6;
  const phrasesTop = ruleY + 3 + 12;
  const phrasesMaxH = body.y + body.h - pad - phrasesTop;
  const bullet = bulletFor(context);
  const phrases = fitUniformly(
    columns.map((column, index): TextBoxRequest => ({
      role: 'body',
      box: { x: column.x + pad, y: phrasesTop, w: column.w - 2 * pad, h: phrasesMaxH },
      paragraphs: phraseParagraphs(pointPhrases(context, source.points[index] as ContentPoint, 3, 36, ITEMS_LISTED_IN_FULL), styles),
      font: theme.fonts.body,
      range: bodyRangeUnder(theme, headings),
      lineHeight: theme.spacing.lineHeight,
      paragraphGap: 0.5,
      bullet,
    })),
  );
  if (phrases === null) return null;
  const contentH = phrasesTop - body.y + Math.max(...phrases.map(usedHeight)) + pad;
  const cardH = Math.min(body.h, Math.max(contentH, body.h * 0.62));
  const numberColor = readableOn(theme.colors.surface, [theme.colors.accent, theme.colors.primary], 3);
  const shapes: Shape[] = [];
  columns.forEach((column, index) => {
    const card: Box = { x: column.x, y: body.y, w: column.w, h: cardH };
    shapes.push(rect(card, theme.colors.surface));
    shapes.push(rect({ x: column.x, y: body.y, w: column.w, h: stripe }, theme.colors.primary));
    const number = fitTextBox({
      role: 'number',
      box: { x: column.x + pad, y: body.y + stripe + 8, w: 80, h: numberH },
      paragraphs: [[{ text: (source.points[index] as ContentPoint).label, style: { color: numberColor, bold: true } }]],
      font: theme.fonts.title,
      range: { min: 20, max: 28 },
      lineHeight: 1.1,
      valign: 'middle',
      maxLines: 1,
    });
    if (number !== null) shapes.push(number);
    const heading = headings[index] as TextShape;
    shapes.push({ ...heading, box: { ...heading.box, h: headingH } });
    shapes.push(rect({ x: column.x + pad + 4, y: ruleY, w: 32, h: 3 }, theme.colors.accent));
    const phrase = phrases[index] as TextShape;
    shapes.push({ ...phrase, box: { ...phrase.box, h: body.y + cardH - pad - phrasesTop } });
  });
  return shiftShapes(shapes, 0, (body.h - cardH) / 2);
}

/**
 * What a matrix cell tries, in order: three phrases two sizes above the body's minimum, else two
 * phrases at any size the theme allows. Three sentence bullets at the minimum fill a cell edge to
 * edge; two read from the back of the room.
 */
const MATRIX_TRIES = [
  { phrases: 3, aboveMin: 2 },
  { phrases: 2, aboveMin: 0 },
] as const;

/**
 * Four points as a two-by-two matrix (DECK-CONVENTIONS: "a matrix for four"). Four cards side by
 * side leave 8–10 characters a line, and sentence bullets came out ragged at the body's minimum
 * with words split (`实事求 / 是`), which deck reviews found on six decks of eight; a cell half the
 * slide wide sets them 20–26 characters a line. Each cell: its number beside its heading, a rule,
 * two or three key phrases (MATRIX_TRIES).
 */
export function composeMatrix(context: ComposeContext, source: ContentSource): Shape[] | null {
  if (source.points.length !== 4) return null;
  for (const { phrases, aboveMin } of MATRIX_TRIES) {
    const shapes = composeMatrixWith(context, source, phrases, aboveMin);
    if (shapes !== null) return shapes;
  }
  return null;
}

function composeMatrixWith(context: ComposeContext, source: ContentSource, phraseCount: number, aboveMin: number): Shape[] | null {
  const { theme, geometry } = context;
  const body = geometry.body;
  const columns = splitColumns(body, 2, theme.spacing.gap);
  // Rows closer than the columns, and the coloured stripe down the left edge, not across the top:
  // the height goes to a third phrase.
  const gap = Math.round(theme.spacing.gap * 0.8);
  const maxCellH = (body.h - gap) / 2;
  const pad = 14;
  const stripe = 6;
  const styles = stylesOn(context, theme.colors.surface);
  const numberW = Math.max(...source.points.map((point) => panelNumberWidth(point.label)));
  const cells = source.points.map((point, index) => ({ point, column: columns[index % 2] as Box, row: Math.floor(index / 2) }));
  const headerTop = 10;
  const left = stripe + pad;
  const headingTexts = siblingHeadings(source.points);
  // Boxes are placed at the top of the body first and moved to their cells once their heights are known.
  const headings = fitUniformly(
    cells.map(({ column }, index): TextBoxRequest => ({
      role: 'heading',
      box: { x: column.x + left + numberW, y: body.y + headerTop, w: column.w - left - pad - numberW, h: 2 * theme.sizes.heading.max * 1.25 + 8 },
      paragraphs: [quotedParagraph(headingTexts[index] ?? '', { ...styles, plain: styles.strong })],
      font: theme.fonts.title,
      range: theme.sizes.heading,
      lineHeight: 1.25,
      valign: 'middle',
      maxLines: 2,
    })),
  );
  if (headings === null) return null;
  const headerH = Math.max(30, ...headings.map(usedHeight));
  const ruleTop = headerTop + headerH + 4;
  const phrasesTop = ruleTop + 3 + 8;
  const under = bodyRangeUnder(theme, headings);
  const range = { min: Math.min(under.max, under.min + aboveMin), max: under.max };
  const phrases = fitUniformly(
    cells.map(({ point, column }): TextBoxRequest => ({
      role: 'body',
      box: { x: column.x + left, y: body.y + phrasesTop, w: column.w - left - pad, h: maxCellH - phrasesTop - pad },
      paragraphs: phraseParagraphs(pointPhrases(context, point, phraseCount, 36, ITEMS_LISTED_IN_FULL), styles),
      font: theme.fonts.body,
      range,
      lineHeight: theme.spacing.lineHeight,
      paragraphGap: 0.3,
      bullet: bulletFor(context),
    })),
  );
  if (phrases === null) return null;
  const cellH = Math.min(maxCellH, Math.max(phrasesTop + Math.max(...phrases.map(usedHeight)) + pad, maxCellH * 0.7));
  const top = body.y + (body.h - (2 * cellH + gap)) / 2;
  const shapes: Shape[] = [];
  for (const [index, { point, column, row }] of cells.entries()) {
    const y = top + row * (cellH + gap);
    const down = (shape: TextShape): TextShape => ({ ...shape, box: { ...shape.box, y: shape.box.y - body.y + y } });
    shapes.push(rect({ x: column.x, y, w: column.w, h: cellH }, theme.colors.surface));
    shapes.push(rect({ x: column.x, y, w: stripe, h: cellH }, theme.colors.primary));
    const number = panelNumber(context, point.label, { x: column.x + left, y: y + headerTop, w: numberW - 8, h: headerH });
    if (number !== null) shapes.push(number);
    const heading = headings[index] as TextShape;
    shapes.push(down({ ...heading, box: { ...heading.box, h: headerH } }));
    shapes.push(rect({ x: column.x + left + 4, y: y + ruleTop, w: 32, h: 3 }, theme.colors.accent));
    const phrase = phrases[index] as TextShape;
    shapes.push(down({ ...phrase, box: { ...phrase.box, h: cellH - phrasesTop - pad } }));
  }
  return shapes;
}

/** Numbered rows: badge, bold heading, a rule, one or two key phrases. */
export function composeRows(context: ComposeContext, source: ContentSource): Shape[] | null {
  const { theme, geometry } = context;
  const body = geometry.body;
  const count = source.points.length;
  const gap = Math.round(theme.spacing.gap * 0.6);
  const rowH = Math.min((body.h - gap * (count - 1)) / count, 100);
  const blockH = count * rowH + (count - 1) * gap;
  const top = body.y + (body.h - blockH) / 2;
  const side = Math.min(rowH - 16, 48);
  const styles = stylesOn(context, theme.colors.surface);
  const headingX = body.x + 14 + side + 16;
  const headingW = (body.x + body.w - headingX) * 0.34;
  const ruleX = headingX + headingW + 8;
  const phraseX = ruleX + 14;
  const phraseW = body.x + body.w - 14 - phraseX;
  const rows = source.points.map((_, index) => ({ x: body.x, y: top + index * (rowH + gap), w: body.w, h: rowH }));
  const phraseCount = rowH >= 78 ? 2 : 1;
  const headingTexts = siblingHeadings(source.points);
  const headings = fitUniformly(
    rows.map((row, index): TextBoxRequest => ({
      role: 'heading',
      box: { x: headingX, y: row.y + 4, w: headingW, h: row.h - 8 },
      paragraphs: [quotedParagraph(headingTexts[index] ?? '', { ...styles, plain: styles.strong })],
      font: theme.fonts.title,
      range: theme.sizes.heading,
      lineHeight: 1.2,
      valign: 'middle',
      maxLines: 2,
    })),
  );
  if (headings === null) return null;
  const phrases = fitUniformly(
    rows.map((row, index): TextBoxRequest => {
      const picked = pointPhrases(context, source.points[index] as ContentPoint, phraseCount, 48);
      return rowPhrasesRequest(context, { x: phraseX, y: row.y + 4, w: phraseW, h: row.h - 8 }, picked, styles, bodyRangeUnder(theme, headings));
    }),
  );
  if (phrases === null) return null;
  const shapes: Shape[] = [];
  for (const [index, row] of rows.entries()) {
    shapes.push(rect(row, theme.colors.surface));
    const badgeShapes = numberBadge(context, { x: row.x + 14, y: row.y + (row.h - side) / 2, w: side, h: side }, (source.points[index] as ContentPoint).label);
    if (badgeShapes === null) return null;
    shapes.push(...badgeShapes);
    shapes.push(headings[index] as TextShape);
    shapes.push(rect({ x: ruleX, y: row.y + 14, w: 2, h: row.h - 28 }, theme.colors.accent));
    shapes.push(phrases[index] as TextShape);
  }
  return shapes;
}

/** Two columns of numbered entries, for sections with many points. */
export function composeColumns(context: ComposeContext, source: ContentSource): Shape[] | null {
  const { theme, geometry } = context;
  const body = geometry.body;
  const perColumn = Math.ceil(source.points.length / 2);
  const gap = Math.round(theme.spacing.gap * 0.5);
  const rowH = Math.min((body.h - gap * (perColumn - 1)) / perColumn, 92);
  const blockH = perColumn * rowH + (perColumn - 1) * gap;
  const top = body.y + (body.h - blockH) / 2;
  const columns = splitColumns(body, 2, theme.spacing.gap);
  const side = Math.min(rowH - 16, 40);
  const styles = stylesOn(context, theme.colors.surface);
  const withPhrase = rowH >= 64;
  // Hand-written bullets are never left out: without room for them this layout does not apply.
  if (source.points.some((point) => (point.bullets?.length ?? 0) > (withPhrase ? 1 : 0))) return null;
  const entries = source.points.map((point, index) => {
    const column = columns[index < perColumn ? 0 : 1] as Box;
    const row = index % perColumn;
    return { point, box: { x: column.x, y: top + row * (rowH + gap), w: column.w, h: rowH } };
  });
  const headingTexts = siblingHeadings(source.points);
  const texts = fitUniformly(
    entries.map(({ point, box }, index): TextBoxRequest => {
      const paragraphs = [quotedParagraph(headingTexts[index] ?? '', { ...styles, plain: styles.strong })];
      if (withPhrase) paragraphs.push(...phraseParagraphs(pointPhrases(context, point, 1, 30), styles));
      return {
        role: 'body',
        box: { x: box.x + 12 + side + 12, y: box.y + 3, w: box.w - side - 36, h: box.h - 6 },
        paragraphs,
        font: theme.fonts.body,
        range: theme.sizes.body,
        lineHeight: 1.25,
        paragraphGap: 0.2,
        valign: 'middle',
      };
    }),
  );
  if (texts === null) return null;
  const shapes: Shape[] = [];
  for (const [index, { point, box }] of entries.entries()) {
    shapes.push(rect(box, theme.colors.surface));
    const badgeShapes = numberBadge(context, { x: box.x + 12, y: box.y + (box.h - side) / 2, w: side, h: side }, point.label);
    if (badgeShapes === null) return null;
    shapes.push(...badgeShapes, texts[index] as TextShape);
  }
  return shapes;
}

/**
 * A point's heading on a slide of its own. Where its lead is the part's own title, shown in the title
 * bar right above (`不忘初心、牢记使命` of `不忘初心、牢记使命，必须作为……常抓不懈`, under a part titled by
 * that refrain), the heading shows what follows it, when that stands alone.
 */
function ownHeading(source: ContentSource, point: ContentPoint): string {
  const heading = headingText(point);
  const title = cleanSpan(point.title);
  if (heading !== source.sectionTitle || !title.startsWith(heading)) return heading;
  const rest = leadAfter(title, heading);
  return rest.length >= 4 && standsAlone(rest) ? rest : heading;
}

/** The lead of what a title says after `opening`, which it starts with (the clause mark between them dropped). */
function leadAfter(title: string, opening: string): string {
  return leadPhrase(title.slice(opening.length).replace(/^[，,、；;：:\s]+/u, ''), HEADING_MAX_CHARS);
}

/** One point: its heading as a statement, its key phrases beneath. */
export function composeStatement(context: ComposeContext, source: ContentSource): Shape[] | null {
  const point = source.points[0];
  if (point === undefined) return null;
  const panelStyles = stylesOn(context, context.theme.colors.surface);
  const statement = quotedParagraph(ownHeading(source, point), { ...panelStyles, plain: panelStyles.strong });
  // A point with a slide of its own has room for more of what it says than three phrases (three
  // left the lower half of the slide empty): as many as fit, up to STATEMENT_PHRASES_MAX.
  for (let count = STATEMENT_PHRASES_MAX; count > 3; count -= 1) {
    const phrases = pointPhrases(context, point, count, 60, ITEMS_LISTED_IN_FULL);
    if (phrases.length < count) continue;
    const shapes = composeKeyStatement(context, statement, phrases, point.label, false);
    if (shapes !== null) return shapes;
  }
  return composeKeyStatement(context, statement, pointPhrases(context, point, 3, 60, ITEMS_LISTED_IN_FULL), point.label);
}

/** Most key phrases a point on a slide of its own shows. */
const STATEMENT_PHRASES_MAX = 5;

/**
 * One point and its own items (the third level): the point's heading in a panel, then a row per
 * item with the item's title in bold and a key phrase of its text beside it. When the point
 * continues over slides, each slide shows the next run of items under the same heading.
 */
export function composePointItems(context: ComposeContext, source: ContentSource): Shape[] | null {
  const point = source.points[0];
  // More rows than this get too thin to read from the back of the room: the rest continue. Bullets
  // the user wrote take the place of the items, and other layouts show them.
  if (point === undefined || point.items.length === 0 || point.items.length > ITEM_ROWS_MAX || point.bullets !== undefined) return null;
  const { theme, geometry } = context;
  const body = geometry.body;
  const panelStyles = stylesOn(context, theme.colors.surface);
  const numberW = panelNumberWidth(point.label);
  const headingBox: Box = { x: body.x + 24 + numberW, y: body.y + 8, w: body.w - 48 - numberW, h: body.h * 0.24 - 16 };
  const intro = point.firstItem === 0 ? pickKeyPhrases(point.body, { count: 1, maxChars: 60, ...phraseLeaning(context) }) : [];
  const heading = fitTextBox({
    role: 'heading',
    box: headingBox,
    paragraphs: [quotedParagraph(ownHeading(source, point), { ...panelStyles, plain: panelStyles.strong }), ...phraseParagraphs(intro, panelStyles)],
    font: theme.fonts.title,
    range: theme.sizes.heading,
    lineHeight: 1.25,
    paragraphGap: 0.3,
    valign: 'middle',
    maxLines: 3,
  });
  if (heading === null) return null;
  const panelH = usedHeight(heading) + 16;
  const count = point.items.length;
  const gap = Math.round(theme.spacing.gap * 0.5);
  const listTop = body.y + panelH + gap * 1.5;
  const rowH = Math.min((body.y + body.h - listTop - gap * (count - 1)) / count, 96);
  if (rowH < theme.sizes.body.min * 2) return null;
  const rows = point.items.map((_, index): Box => ({ x: body.x, y: listTop + index * (rowH + gap), w: body.w, h: rowH }));
  const styles = stylesOn(context, theme.colors.surface);
  const titleX = body.x + 28;
  const titleW = (body.w - 28) * 0.36;
  const phraseX = titleX + titleW + 18;
  const phraseW = body.x + body.w - 14 - phraseX;
  const phraseCount = rowH >= 78 ? 2 : 1;
  const picked = point.items.map((item) =>
    pickKeyPhrases(itemText(item), { count: phraseCount, maxChars: 48, afterHeading: restOfTitle(item.title) !== '', ...phraseLeaning(context) }),
  );
  // A row with nothing to show beside its heading gives the heading the whole row: an empty second
  // column beside rows with text reads as a box left unfilled.
  const fullWidth = (index: number): boolean => (picked[index] ?? []).length === 0;
  const titles = fitUniformly(
    rows.map((row, index): TextBoxRequest => ({
      role: 'heading',
      box: { x: titleX, y: row.y + 3, w: fullWidth(index) ? phraseX + phraseW - titleX : titleW, h: row.h - 6 },
      paragraphs: [
        quotedParagraph(leadPhrase((point.items[index] as ContentPoint['items'][number]).title, fullWidth(index) ? WHOLE_ROW_MAX_CHARS : HEADING_MAX_CHARS), {
          ...styles,
          plain: styles.strong,
        }),
      ],
      font: theme.fonts.title,
      range: { min: theme.sizes.body.min, max: theme.sizes.heading.max },
      lineHeight: 1.2,
      valign: 'middle',
      maxLines: 2,
    })),
  );
  if (titles === null) return null;
  const withPhrases = rows.flatMap((row, index) => (fullWidth(index) ? [] : [{ row, index }]));
  const phrases = fitUniformly(
    withPhrases.map(({ row, index }): TextBoxRequest =>
      rowPhrasesRequest(context, { x: phraseX, y: row.y + 3, w: phraseW, h: row.h - 6 }, picked[index] ?? [], styles),
    ),
  );
  if (phrases === null) return null;
  const shapes: Shape[] = [
    rect({ x: body.x, y: body.y, w: body.w, h: panelH }, theme.colors.surface),
    rect({ x: body.x, y: body.y, w: 6, h: panelH }, theme.colors.primary),
    { ...heading, box: { ...headingBox, h: usedHeight(heading) } },
  ];
  const number = panelNumber(context, point.label, { x: body.x + 20, y: body.y, w: numberW - 8, h: panelH });
  if (number !== null) shapes.push(number);
  for (const [index, row] of rows.entries()) {
    shapes.push(rect(row, theme.colors.surface, { transparency: 40 }));
    shapes.push(rect({ x: row.x + 12, y: row.y + row.h / 2 - 4, w: 8, h: 8 }, theme.colors.accent));
    shapes.push(titles[index] as TextShape);
    const shown = withPhrases.findIndex((entry) => entry.index === index);
    if (shown === -1) continue;
    shapes.push(rect({ x: phraseX - 10, y: row.y + 12, w: 2, h: Math.max(0, row.h - 24) }, theme.colors.accent));
    shapes.push(phrases[shown] as TextShape);
  }
  return shapes;
}

/** Longest item heading shown when it has its row to itself. */
const WHOLE_ROW_MAX_CHARS = 60;

/**
 * What a row shows beside an item's heading: the rest of its title when the heading shows only its
 * leading phrase (`创新制胜` of `创新制胜，全面实施科技创新……，形成制胜未来的新优势`, an item whose
 * whole text is its first sentence), then its body.
 */
function itemText(item: ContentPoint['items'][number]): string {
  return [restOfTitle(item.title), item.body].filter((part) => part.trim() !== '').join('\n');
}

/**
 * A statement and the list it opens (a part's problems: `……还面临一些困难和挑战` over what they are),
 * laid out as a lead-key slide. The list gives way from its end until the slide fits; null when
 * the statement alone does not.
 */
export function composeStatementList(context: ComposeContext, statement: string, items: readonly string[]): Shape[] | null {
  const panelStyles = stylesOn(context, context.theme.colors.surface);
  const paragraph = quotedParagraph(statement, { ...panelStyles, plain: panelStyles.strong });
  // A list too long for one column goes in two before any of it is dropped: a government report
  // sets eight to ten targets, and one column showed seven (a fourth deck review).
  const twoColumns = items.length >= MIN_TWO_COLUMN_ITEMS && items.every((item) => item.length <= MAX_TWO_COLUMN_ITEM);
  for (let count = items.length; count >= 0; count -= 1) {
    const shapes =
      composeKeyStatement(context, paragraph, items.slice(0, count), '', false) ??
      (twoColumns && count >= MIN_TWO_COLUMN_ITEMS ? composeKeyStatement(context, paragraph, items.slice(0, count), '', false, 2) : null);
    if (shapes !== null) return shapes;
  }
  return null;
}

/** Space between the columns of a two-column list, in points. */
const COLUMN_GAP = 32;
/** Fewest items worth a second column. */
const MIN_TWO_COLUMN_ITEMS = 4;
/** Longest item a half-width column takes (a target or a problem, not a paragraph). */
const MAX_TWO_COLUMN_ITEM = 40;

/** A section without points: its lead's key sentence highlighted, further key phrases beneath. */
export function composeLeadKey(context: ComposeContext, source: ContentSource): Shape[] | null {
  const phrases = pickKeyPhrases(source.lead, { count: 4, maxChars: 60, ...phraseLeaning(context) });
  const [key, ...rest] = phrases;
  if (key === undefined) return [];
  const panelStyles = stylesOn(context, context.theme.colors.surface);
  return composeKeyStatement(context, quotedParagraph(key, { ...panelStyles, plain: panelStyles.strong }), rest);
}

/**
 * `statement` is a paragraph styled for the panel (`stylesOn(context, surface)`). With `shrink`
 * false the phrases must fit at the body's largest size: extra phrases never make text smaller.
 */
function composeKeyStatement(
  context: ComposeContext,
  statement: ReturnType<typeof quotedParagraph>,
  phrases: readonly string[],
  label = '',
  shrink = true,
  columns: 1 | 2 = 1,
): Shape[] | null {
  const { theme, geometry } = context;
  const body = geometry.body;
  // A number at the panel's left keeps the same width free at its right, so the statement stays centred.
  const numberW = panelNumberWidth(label);
  const statementBox: Box = { x: body.x + 36 + numberW, y: body.y + 24, w: body.w - 72 - 2 * numberW, h: body.h * 0.42 };
  const heading = fitTextBox({
    role: 'heading',
    box: statementBox,
    paragraphs: [statement],
    font: theme.fonts.title,
    range: { min: theme.sizes.heading.min, max: Math.min(theme.sizes.title.max, context.headingMax?.() ?? theme.sizes.title.max) },
    lineHeight: 1.3,
    align: 'center',
    valign: 'middle',
    maxLines: 3,
  });
  if (heading === null) return null;
  const headingH = usedHeight(heading);
  const panelH = headingH + 48;
  const shapes: Shape[] = [
    rect({ x: body.x, y: body.y, w: body.w, h: panelH }, theme.colors.surface),
    rect({ x: body.x, y: body.y, w: 6, h: panelH }, theme.colors.primary),
    { ...heading, box: { ...statementBox, h: headingH } },
  ];
  const number = panelNumber(context, label, { x: body.x + 20, y: body.y, w: numberW - 8, h: panelH });
  if (number !== null) shapes.push(number);
  let blockH = panelH;
  if (phrases.length > 0) {
    const styles = stylesOn(context, backgroundUnder(context, 'content', body));
    const listTop = body.y + panelH + 24;
    const listBox: Box = { x: body.x + 64, y: listTop, w: body.w - 128, h: body.y + body.h - listTop };
    const half = Math.ceil(phrases.length / columns);
    const columnW = (listBox.w - COLUMN_GAP * (columns - 1)) / columns;
    const requests: TextBoxRequest[] = Array.from({ length: columns }, (_, index) => ({
      role: 'body',
      box: { ...listBox, x: listBox.x + index * (columnW + COLUMN_GAP), w: columnW },
      paragraphs: phraseParagraphs(phrases.slice(index * half, (index + 1) * half), styles),
      font: theme.fonts.body,
      range: shrink ? theme.sizes.body : { ...theme.sizes.body, min: theme.sizes.body.max },
      lineHeight: theme.spacing.lineHeight,
      paragraphGap: 0.6,
      bullet: bulletFor(context),
    }));
    const lists = columns === 1 ? [fitTextBox(requests[0] as TextBoxRequest)] : fitUniformly(requests);
    if (lists === null || lists.some((list) => list === null)) return null;
    const fitted = lists as TextShape[];
    const listH = Math.max(...fitted.map(usedHeight));
    shapes.push(...fitted.map((list) => ({ ...list, box: { ...list.box, h: usedHeight(list) } })));
    blockH = panelH + 24 + listH;
  }
  return shiftShapes(shapes, 0, Math.max(0, (body.h - blockH) / 2) * 0.6);
}
