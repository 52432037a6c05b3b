/**
 * The slides every deck has once (cover, agenda, overview, closing) and the divider before each
 * theme. Positions are fractions of the slide so 16:9 and 4:3 both work.
 */
import { restates, type CardFigure } from '../pick-figures.js';
import { titleLines, widthOf } from '../title-lines.js';
import type { Box, Shape, TextShape } from '../deck-plan.js';
import { leadPhrase, pickKeyPhrases } from '../condense.js';
import { backgroundUnder, numberBadge, quotedParagraph, readableOn, rect, stylesOn, type ComposeContext } from '../compose-context.js';
import { centerVertically, splitColumns } from '../geometry.js';
import { plainSpans, type RunStyle } from '../styled-text.js';
import { fitTextBox, usedHeight } from '../text-box.js';
import { fitUniformly } from './fit-row.js';
import { shiftShapes } from './shift.js';
import { twoDigits } from './content-source.js';

function stack(shapes: readonly (TextShape | null)[], top: number, gap: number): TextShape[] | null {
  if (shapes.some((shape) => shape === null)) return null;
  let y = top;
  return (shapes as TextShape[]).map((shape) => {
    const h = usedHeight(shape);
    const placed = { ...shape, box: { ...shape.box, y, h } };
    y += h + gap;
    return placed;
  });
}

function stackHeight(shapes: readonly TextShape[], gap: number): number {
  return shapes.reduce((sum, shape) => sum + usedHeight(shape), 0) + gap * Math.max(0, shapes.length - 1);
}

export interface CoverContent {
  readonly title: string;
  readonly subtitle: string | null;
  readonly byline: readonly string[];
  /** Small print at the foot of the cover (the theme's `wording.coverNote`). */
  readonly note: string;
}

interface FieldHeading {
  readonly main: string;
  /** How much larger than the theme's title size the main line may grow. */
  readonly scale: number;
  readonly mainLines: number;
  readonly sub: string | null;
  readonly subLines: number;
}

/** The big centred line (and its smaller second line) on the colour field of a cover or closing slide. */
function composeFieldHeading(context: ComposeContext, kind: 'cover' | 'closing', fieldBox: Box, heading: FieldHeading): TextShape[] | null {
  const { theme } = context;
  const background = backgroundUnder(context, kind, fieldBox);
  const color = readableOn(background, [theme.colors.onPrimary, theme.colors.primary, theme.colors.text], 4.5);
  const subColor = readableOn(background, [theme.colors.accent, color], 3);
  const range = { min: theme.sizes.title.min, max: Math.round(theme.sizes.title.max * heading.scale) };
  const main = fitHeadingLines(heading, range.max, (lines) =>
    fitTextBox({
      role: 'title',
      box: { ...fieldBox, h: fieldBox.h * 0.7 },
      paragraphs: lines.map((line) => plainSpans(line, { color, bold: true })),
      font: theme.fonts.title,
      range,
      lineHeight: 1.25,
      align: 'center',
      valign: 'middle',
      maxLines: lines.length,
    }),
  );
  const sub =
    heading.sub === null || heading.sub === ''
      ? null
      : fitTextBox({
          role: 'subtitle',
          box: { ...fieldBox, h: fieldBox.h * 0.3 },
          paragraphs: [plainSpans(heading.sub, { color: subColor, bold: false })],
          font: theme.fonts.body,
          range: theme.sizes.heading,
          lineHeight: 1.3,
          align: 'center',
          valign: 'middle',
          maxLines: heading.subLines,
        });
  const texts = stack(sub === null ? [main] : [main, sub], 0, 18);
  if (texts === null) return null;
  return shiftShapes(texts, 0, centerVertically(fieldBox, stackHeight(texts, 18)).y) as TextShape[];
}

/**
 * The big line broken at phrase boundaries (one paragraph a line, each on one line): of one, two
 * or three balanced lines, the one set largest; the fewer lines on a tie. `largest` is the most
 * `fit` ever sets: once a line count reaches it no other can win, and breaking the title into more
 * lines is skipped (10× the seed: 357 → 352 ms, median of 15 runs).
 */
function fitHeadingLines(heading: FieldHeading, largest: number, fit: (lines: readonly string[]) => TextShape | null): TextShape | null {
  let best: TextShape | null = null;
  for (let count = 1; count <= heading.mainLines; count += 1) {
    if (best !== null && best.size >= largest) break;
    const lines = titleLines(heading.main, count);
    if (lines.length !== count && count > 1) break;
    const shape = fit(lines);
    if (shape !== null && (best === null || shape.size > best.size)) best = shape;
  }
  return best;
}

/** Title and subtitle centred on the cover's colour field; speaker and date below it. */
export function composeCover(context: ComposeContext, content: CoverContent): Shape[] | null {
  const { theme, geometry } = context;
  const { width, height } = geometry;
  const side = theme.spacing.margin * 1.5;
  const fieldBox: Box = { x: side, y: height * 0.1, w: width - 2 * side, h: height * 0.44 };
  const placedField = composeFieldHeading(context, 'cover', fieldBox, { main: content.title, scale: 1.4, mainLines: 3, sub: content.subtitle, subLines: 2 });
  if (placedField === null) return null;
  const shapes: Shape[] = [...placedField];
  if (content.byline.length > 0) {
    const bylineBox: Box = { x: side, y: height * 0.68, w: width - 2 * side, h: height * 0.2 };
    const color = readableOn(backgroundUnder(context, 'cover', bylineBox), [theme.colors.text, theme.colors.onPrimary], 4.5);
    const byline = fitTextBox({
      role: 'subtitle',
      box: bylineBox,
      paragraphs: content.byline.map((line) => plainSpans(line, { color, bold: false })),
      font: theme.fonts.body,
      range: theme.sizes.heading,
      lineHeight: 1.4,
      paragraphGap: 0.2,
      align: 'center',
      valign: 'top',
    });
    if (byline === null) return null;
    shapes.push(byline);
  }
  if (content.note !== '') {
    const noteBox: Box = { x: side, y: height * 0.9, w: width - 2 * side, h: height * 0.07 };
    const color = readableOn(backgroundUnder(context, 'cover', noteBox), [theme.colors.muted, theme.colors.text, theme.colors.onPrimary], 3);
    const note = fitTextBox({
      role: 'body',
      box: noteBox,
      paragraphs: [plainSpans(content.note, { color, bold: false })],
      font: theme.fonts.body,
      range: { min: 14, max: 14 },
      lineHeight: 1.3,
      align: 'center',
      valign: 'middle',
      maxLines: 1,
    });
    if (note !== null) shapes.push(note);
  }
  return shapes;
}

export interface AgendaEntry {
  readonly title: string;
  /** The number its badge shows (`01`, `一`, `1`: see numbering.ts). */
  readonly label: string;
  /** Slide number (1-based) of the part's divider: the entry links there. */
  readonly target: number | null;
}

/**
 * An agenda entry longer than its row holds at the heading size is set on two balanced lines broken
 * at a phrase boundary; wrapped at any character it would split a word (`全体教/师`).
 */
function entryLines(title: string, width: number, size: number): string[] {
  const perLine = Math.floor(width / size);
  return [...title].length > perLine ? titleLines(title, 2) : [title];
}

/** 目录: one column up to five entries, two columns up to ten; each entry links to its divider. */
/** How long an agenda entry's phrase may be, longest first: shorter ones are tried when the entries do not fit. */
const AGENDA_PHRASE_LENGTHS = [48, 32, 24, 16] as const;

export function composeAgenda(context: ComposeContext, agenda: readonly AgendaEntry[]): Shape[] | null {
  const titles = agenda.map((entry) => entry.title);
  const { theme, geometry } = context;
  const body = geometry.body;
  const columnCount = titles.length > 5 ? 2 : 1;
  const perColumn = Math.ceil(titles.length / columnCount);
  const area: Box = columnCount === 1 ? { x: body.x + body.w * 0.12, y: body.y, w: body.w * 0.76, h: body.h } : body;
  const columns = splitColumns(area, columnCount, theme.spacing.gap * 2);
  const gap = 14;
  const rowH = Math.min((area.h - gap * (perColumn - 1)) / perColumn, 64);
  const blockH = perColumn * rowH + (perColumn - 1) * gap;
  const top = area.y + (area.h - blockH) / 2;
  const side = Math.min(rowH - 8, 44);
  // A badge holds two characters; past 二十 (`二十一`, `三十五`) it widens, the same on every row.
  const longest = Math.max(...agenda.map((entry) => widthOf(entry.label)));
  const badgeW = side * Math.max(1, longest / 2);
  const styles = stylesOn(context, theme.colors.background);
  const entries = titles.map((title, index) => {
    const column = columns[Math.floor(index / perColumn)] as Box;
    const row = index % perColumn;
    return {
      title,
      number: agenda[index]?.label ?? twoDigits(index),
      target: agenda[index]?.target ?? null,
      box: { x: column.x, y: top + row * (rowH + gap), w: column.w, h: rowH },
    };
  });
  const fitEntries = (maxChars: number): TextShape[] | null =>
    fitUniformly(
      entries.map(({ title, box }) => ({
        role: 'heading' as const,
        box: { x: box.x + badgeW + 18, y: box.y, w: box.w - badgeW - 18, h: box.h - 4 },
        paragraphs: entryLines(leadPhrase(title, maxChars), box.w - badgeW - 18, theme.sizes.heading.max).map((line) =>
          quotedParagraph(line, { ...styles, plain: { color: styles.plain.color, bold: true } }),
        ),
        font: theme.fonts.title,
        range: theme.sizes.heading,
        lineHeight: 1.2,
        valign: 'middle' as const,
        maxLines: 2,
      })),
    );
  // Ten long titles in two columns may not fit whole: each entry then shows its leading phrase.
  let texts: TextShape[] | null = null;
  for (const maxChars of AGENDA_PHRASE_LENGTHS) {
    texts = fitEntries(maxChars);
    if (texts !== null) break;
  }
  if (texts === null) return null;
  const shapes: Shape[] = [];
  for (const [index, entry] of entries.entries()) {
    const badge = numberBadge(context, { x: entry.box.x, y: entry.box.y + (entry.box.h - side) / 2, w: badgeW, h: side }, entry.number);
    if (badge === null) return null;
    shapes.push(...badge);
    shapes.push(texts[index] as TextShape);
    shapes.push(rect({ x: entry.box.x + badgeW + 18, y: entry.box.y + entry.box.h - 1, w: entry.box.w - badgeW - 18, h: 1 }, theme.colors.accent));
    // The click area on top of the entry: fully transparent but filled, since PowerPoint does not
    // take clicks inside a shape without fill.
    if (entry.target !== null) shapes.push({ ...rect(entry.box, theme.colors.background, { transparency: 100 }), link: { slide: entry.target } });
  }
  return shapes;
}

export interface OverviewContent {
  readonly opening: string;
  readonly figures: readonly CardFigure[];
  /** The cards are the user's (the outline's `figures:` block): all of them stay. */
  readonly keepCards?: boolean;
}

/** 总体情况: key figures as number cards, the opening's key statements beneath. */
export function composeOverview(context: ComposeContext, content: OverviewContent): Shape[] | null {
  const { theme, geometry } = context;
  const body = geometry.body;
  const shapes: Shape[] = [];
  let listTop = body.y;
  const phrases = pickKeyPhrases(content.opening, {
    count: content.figures.length > 0 ? 3 : 5,
    maxChars: 60,
    strict: true,
    outcomes: context.outcomes === true,
  });
  // A card whose figure a statement below states with its label says it twice (a ninth deck review:
  // `40% 一般事故起数同比下降` over `全年未发生……，一般事故起数同比下降40%，……`): the statement stays.
  const statements = phrases.map((phrase) => phrase.replace(/\s+/gu, ''));
  const figures = content.keepCards === true ? content.figures : content.figures.filter((card) => !restates(statements, card));
  if (figures.length > 0) {
    const cardH = Math.min(128, body.h * 0.36);
    const cards = figureCards(context, figures, { ...body, h: cardH }, { numberRange: theme.sizes.figure, labelChars: 18 });
    if (cards === null) return null;
    shapes.push(...cards);
    listTop = body.y + cardH + 28;
  }
  if (phrases.length > 0) {
    const styles = stylesOn(context, backgroundUnder(context, 'overview', body));
    const list = fitTextBox({
      role: 'body',
      box: { x: body.x + 8, y: listTop, w: body.w - 16, h: body.y + body.h - listTop },
      paragraphs: phrases.map((phrase) => quotedParagraph(phrase, styles)),
      font: theme.fonts.body,
      range: theme.sizes.body,
      lineHeight: theme.spacing.lineHeight,
      paragraphGap: 0.6,
      bullet: { code: '25A0', indent: Math.round(theme.sizes.body.max * 1.1) },
    });
    if (list === null) return null;
    shapes.push({ ...list, box: { ...list.box, h: usedHeight(list) } });
  }
  const blockBottom = Math.max(...shapes.map((shape) => shape.box.y + shape.box.h), body.y);
  return shiftShapes(shapes, 0, Math.max(0, (body.y + body.h - blockBottom) / 2));
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二, 20 → 二十: enough for the parts of a report. */
export function chineseNumber(value: number): string {
  if (value <= 10) return CHINESE_DIGITS[value] ?? String(value);
  if (value < 20) return `十${CHINESE_DIGITS[value - 10] ?? ''}`;
  if (value < 100) return `${CHINESE_DIGITS[Math.floor(value / 10)] ?? ''}十${value % 10 === 0 ? '' : (CHINESE_DIGITS[value % 10] ?? '')}`;
  return String(value);
}

export interface DividerContent {
  readonly index: number;
  /** The big number (`01`, `一`, `1`: see numbering.ts). */
  readonly label: string;
  readonly title: string;
  readonly lead: string;
  /** Key figures of the section, shown as small number cards under the lead. */
  readonly figures: readonly CardFigure[];
  /** Longest title phrase shown (default 60); shorter when a long title does not fit in three lines. */
  readonly titleChars?: number;
  /** Most lead phrases shown (default 2); one when two leave the figure cards no room. */
  readonly leadPhrases?: number;
  /** Fewest cards shown (default 1): with fewer left after the last-ranked give way, none are. */
  readonly minFigures?: number;
}

interface FigureCardStyle {
  readonly numberRange: { readonly min: number; readonly max: number };
  /** Longest label shown; masked figures lose a few characters to the （待填） mark. */
  readonly labelChars: number;
}

/** Card slots a row is divided into at least. */
const MIN_CARD_SLOTS = 3;

/** A row of figure cards (number large, label small) in `box`; null when they do not fit. */
function figureCards(context: ComposeContext, figures: readonly CardFigure[], box: Box, style: FigureCardStyle): Shape[] | null {
  const { theme } = context;
  // One or two cards keep a card's width (as if three stood in the row), centred, not stretched.
  const slots = Math.max(figures.length, MIN_CARD_SLOTS);
  const all = splitColumns(box, slots, theme.spacing.gap * 0.6);
  const slot = all[0] as Box;
  const step = (all[1]?.x ?? slot.x + slot.w) - slot.x;
  const rowW = step * (figures.length - 1) + slot.w;
  const left = box.x + (box.w - rowW) / 2;
  const cards: Box[] = figures.map((_, index) => ({ ...slot, x: left + index * step }));
  const numberColor = readableOn(theme.colors.surface, [theme.colors.primary, theme.colors.text], 3);
  const labelColor = readableOn(theme.colors.surface, [theme.colors.text, theme.colors.onPrimary], 4.5);
  const numbers = fitUniformly(
    cards.map((card, index) => {
      const figure = figures[index] as CardFigure;
      return {
        role: 'figure' as const,
        box: { x: card.x + 6, y: card.y + 6, w: card.w - 12, h: card.h * 0.55 - 6 },
        paragraphs: [plainSpans(figure.text, { color: figure.masked ? theme.colors.muted : numberColor, bold: true })],
        font: theme.fonts.title,
        range: style.numberRange,
        lineHeight: 1.1,
        align: 'center' as const,
        valign: 'middle' as const,
        maxLines: 1,
      };
    }),
  );
  const labels = fitUniformly(
    cards.map((card, index) => {
      const figure = figures[index] as CardFigure;
      // Labels are whole verbatim phrases (the parser keeps them short); never cut one here.
      const label = figure.masked ? `${figure.label}（${theme.wording.masked}）` : figure.label;
      return {
        role: 'label' as const,
        box: { x: card.x + 6, y: card.y + card.h * 0.55, w: card.w - 12, h: card.h * 0.45 - 6 },
        paragraphs: [plainSpans(label === '' ? figure.text : label, { color: figure.masked ? theme.colors.primary : labelColor, bold: figure.masked })],
        font: theme.fonts.body,
        range: { min: theme.sizes.body.min, max: theme.sizes.body.min + 2 },
        lineHeight: 1.2,
        align: 'center' as const,
        valign: 'top' as const,
        maxLines: 2,
        // A label is read as a phrase, like a heading: two even lines ending between words
        // (`农村居民 / 人均可支配收入`, not `农村居民人 / 均可支配收入`).
        balance: true,
      };
    }),
  );
  if (numbers === null || labels === null) return null;
  return cards.flatMap((card, index) => {
    const figure = figures[index] as CardFigure;
    return [
      rect(card, theme.colors.surface, figure.masked ? { line: { color: theme.colors.primary, width: 1.5 } } : {}),
      rect({ x: card.x, y: card.y + card.h - 3, w: card.w, h: 3 }, figure.masked ? theme.colors.muted : theme.colors.accent),
      numbers[index] as TextShape,
      labels[index] as TextShape,
    ];
  });
}

/**
 * The divider's big number. A Chinese numeral alone at that size reads as a stroke (一 as a dash,
 * 二 as an equals sign), so the part is counted in digits there; `第一部分` beside it keeps the
 * source's own numbering.
 */
function bigNumber(content: DividerContent): string {
  return /^[一二三四五六七八九十百]+$/u.test(content.label) ? twoDigits(content.index) : content.label;
}

/**
 * Height of the divider's row of figure cards: room for a label of two lines at the body's smallest
 * size under the number. At 96 pt a label had room for one line, so a card whose label ran to a
 * second (`监管企业实现营业收入`) was refused and the divider showed none (a ninth deck review).
 */
const CARDS_H = 108;

/** 过渡页: the part's big number on the colour field, its title and lead beside it. */
export function composeDivider(context: ComposeContext, content: DividerContent): Shape[] | null {
  const { theme, geometry } = context;
  const { width, height } = geometry;
  const numberBox: Box = { x: width * 0.03, y: height * 0.3, w: width * 0.3, h: height * 0.4 };
  const numberBackground = backgroundUnder(context, 'divider', numberBox);
  const numberColor = readableOn(numberBackground, [theme.colors.onPrimary, theme.colors.primary, theme.colors.text], 3);
  const number = fitTextBox({
    role: 'number',
    box: numberBox,
    paragraphs: [plainSpans(bigNumber(content), { color: numberColor, bold: true })],
    font: theme.fonts.title,
    range: { min: theme.sizes.figure.max, max: Math.round(theme.sizes.figure.max * 2.4) },
    lineHeight: 1.1,
    align: 'center',
    valign: 'middle',
    maxLines: 1,
  });
  if (number === null) return null;
  const textX = width * 0.43;
  const textBox: Box = { x: textX, y: height * 0.15, w: width - textX - theme.spacing.margin, h: height * 0.7 };
  const background = backgroundUnder(context, 'divider', textBox);
  const styles = stylesOn(context, background);
  const partStyle: RunStyle = { color: readableOn(background, [theme.colors.accent, theme.colors.primary], 2.5), bold: true };
  const part = fitTextBox({
    role: 'subtitle',
    box: { ...textBox, h: 40 },
    paragraphs: [plainSpans(`第${chineseNumber(content.index + 1)}部分`, partStyle)],
    font: theme.fonts.title,
    range: theme.sizes.heading,
    lineHeight: 1.2,
    maxLines: 1,
  });
  // Broken at phrase boundaries like the cover's title (a wrap at any character splits 班子, 念好).
  const titleRange = { min: theme.sizes.title.min, max: Math.round(theme.sizes.title.max * 1.25) };
  const title = fitHeadingLines(
    { main: leadPhrase(content.title, content.titleChars ?? 60), scale: 1.25, mainLines: 3, sub: null, subLines: 0 },
    titleRange.max,
    (lines) =>
      fitTextBox({
        role: 'title',
        box: { ...textBox, h: textBox.h * 0.5 },
        paragraphs: lines.map((line) => quotedParagraph(line, { ...styles, plain: styles.strong })),
        font: theme.fonts.title,
        range: titleRange,
        lineHeight: 1.2,
        maxLines: lines.length,
      }),
  );
  // A lead-in that names the part (`……，我们还要持续念好“六字真经”`) would say the title twice.
  const leadText = pickKeyPhrases(content.lead, { count: content.leadPhrases ?? 2, maxChars: 60, strict: true, outcomes: context.outcomes === true }).filter(
    (phrase) => !phrase.includes(content.title),
  );
  const lead =
    leadText.length === 0
      ? null
      : fitTextBox({
          role: 'body',
          box: { ...textBox, h: textBox.h * 0.4 },
          paragraphs: leadText.map((phrase) => quotedParagraph(phrase, styles)),
          font: theme.fonts.body,
          range: theme.sizes.body,
          lineHeight: theme.spacing.lineHeight,
          paragraphGap: 0.4,
        });
  const texts = stack(lead === null ? [part, title] : [part, title, lead], 0, 16);
  if (texts === null) return null;
  const cardsH = content.figures.length === 0 ? 0 : CARDS_H;
  const cardsGap = cardsH === 0 ? 0 : 24;
  const blockH = stackHeight(texts, 16) + cardsGap + cardsH;
  if (blockH > textBox.h) {
    if (content.figures.length === 0) return null;
    // The part's figures say more than a second lead phrase (a ninth deck review: a speech's review
    // part showed two lead sentences and none of 利润总额86.5亿元, 上缴税费52亿元): the cards go last.
    if (leadText.length > 1) return composeDivider(context, { ...content, leadPhrases: 1 });
    return composeDivider(context, { ...content, figures: [] });
  }
  const top = centerVertically(textBox, blockH).y;
  const placed = shiftShapes(texts, 0, top);
  const titleShape = placed[1] as TextShape;
  const ruleY = titleShape.box.y + titleShape.box.h + 4;
  const shapes: Shape[] = [number, ...placed];
  if (lead !== null) shapes.push(rect({ x: textX + 4, y: ruleY, w: 48, h: 3 }, theme.colors.accent));
  if (cardsH > 0) {
    const cardsBox: Box = { x: textX, y: top + blockH - cardsH, w: textBox.w, h: cardsH };
    const cards = figureCards(context, content.figures, cardsBox, {
      numberRange: { min: theme.sizes.heading.min, max: theme.sizes.figure.min },
      labelChars: 14,
    });
    // A label too long for its card drops the last-ranked card before every card goes.
    if (cards === null) {
      const fewer = content.figures.slice(0, -1);
      return composeDivider(context, { ...content, figures: fewer.length < (content.minFigures ?? 1) ? [] : fewer });
    }
    shapes.push(...cards);
  }
  return shapes;
}

export interface ClosingContent {
  readonly line: string;
  readonly subline: string | null;
}

export function composeClosing(context: ComposeContext, content: ClosingContent): Shape[] | null {
  const { theme, geometry } = context;
  const { width, height } = geometry;
  const side = theme.spacing.margin * 1.5;
  const fieldBox: Box = { x: side, y: height * 0.12, w: width - 2 * side, h: height * 0.4 };
  return composeFieldHeading(context, 'closing', fieldBox, { main: content.line, scale: 1.6, mainLines: 2, sub: content.subline, subLines: 1 });
}
