/**
 * Which figures become number cards: a few on the overview, a few per divider, none twice.
 *
 * Only results with a verbatim label qualify (the parser classifies each figure: targets,
 * comparisons, ranks and plans never pose as results). Headline totals (生产总值, 财政收入 …) come
 * first, then amounts and growth rates, then counts; near-duplicates (same label, or one label
 * inside the other with the same value) are shown once. The user's own `figures:` block in the
 * editable outline replaces all of this.
 */
import type { Figure, FigureCard, Outline } from '../parse/outline.js';
import { detectGenre, hasOverview } from './genre.js';

/** Figure cards on the overview. */
const OVERVIEW_FIGURES = 4;
/** Figure cards on a divider. */
const SECTION_FIGURES = 3;

/** What a card shows: a figure with its label, chosen automatically or by hand. */
export interface CardFigure {
  readonly text: string;
  readonly label: string;
  readonly masked: boolean;
}

/** The measures a report leads with: its headline totals. */
const HEADLINE = /生产总值|GDP|财政总收入|财政收入|一般公共预算收入|营业收入|利润总额|资产总额|进出口总|社会消费品零售总额|固定资产投资|居民人均可支配收入/;
const AMOUNT_UNIT = /万亿|亿|万元|元/;
const RATE_UNIT = /%|％|‰|个百分点|倍/;
const GROWTH = /增长|增加|提高|提升|下降|减少|降低/;

/** A figure worth a card: a result whose label names what it measures. */
export function isCardWorthy(figure: Figure): boolean {
  return (
    figure.role === 'result' &&
    figure.cardLabel !== '' &&
    !isRunningTotal(figure) &&
    !isPartOfWhole(figure) &&
    !isRelativeOnly(figure.cardLabel) &&
    !isCountOfOne(figure) &&
    !LEVEL_ONLY.test(figure.cardLabel) &&
    !BARE_RATE.test(figure.cardLabel)
  );
}

/**
 * A rate named by its kind alone (`整改率`, `办结率`, `化解率`): what was put right or settled is in the clause
 * before (`排查一般隐患1247项，整改率98.6%`), so the card reads `98.6% 整改率` of nothing (the ninth and tenth
 * deck reviews). `一段录取率`, `党组织覆盖率` name it.
 */
const BARE_RATE = /^\p{Script=Han}{1,2}率$/u;

/**
 * A label that names only a level (`48个专业进入……，其中国家级23个`): what is counted is in the clause
 * before, so the card would read `23个 国家级` (an eighth deck review).
 */
const LEVEL_ONLY = /^(?:国家|省部|省|自治区|市|地市|县|区|校|院|系)级$/u;

/**
 * A count of one (`1门 获评首批国家级课程思政示范课`, `1个 国家级课程思政教学团队`): a big number card
 * showing `1` says nothing a sentence would not say better (an eighth deck review). Amounts and
 * rates of 1 (`1万亿元`, `1%`, `1倍`) are measures and stay.
 */
function isCountOfOne(figure: Figure): boolean {
  return /^[1１]$/u.test(figure.value.trim()) && !AMOUNT_UNIT.test(figure.unit) && !RATE_UNIT.test(figure.unit);
}

/**
 * A label that names only what the figure is measured against (`占总人数 53%`, `占全省国内生产总值
 * 29.3%`, `比去年增加 400亿元`): its subject (the doctoral students, the private economy, the budget) sits
 * in an earlier clause, so the card would show a share or a change of nothing anyone can name.
 */
function isRelativeOnly(label: string): boolean {
  return /^(?:占|比)/u.test(label);
}

/**
 * A total over several years (`一般公共预算收入累计完成3.7万亿元`): its card would read as one year's
 * figure beside the year's own, and a label cannot carry the span it covers.
 */
function isRunningTotal(figure: Figure): boolean {
  return /累计|合计|总计/u.test(clauseBefore(figure));
}

/** The words of the figure's clause before it (`其中生产一线党员占` for `72%`). */
function clauseBefore(figure: Figure): string {
  const at = figure.sentence.indexOf(figure.text);
  return (
    figure.sentence
      .slice(0, Math.max(0, at))
      .split(/[，,；;。：:]/u)
      .pop() ?? ''
  );
}

/**
 * A share of a whole the clause before names (`上半年发展党员18名，其中生产一线党员占72%`): its card would
 * read as a share of all the party members (a ninth deck review), and a label cannot carry the whole.
 * A part given as an amount (`其中农村居民人均可支配收入2万元`) is a result of its own and stays.
 */
function isPartOfWhole(figure: Figure): boolean {
  return /^\s*其中[^，,]*占(?!有)/u.test(clauseBefore(figure));
}

/** A report's headline total (`全省生产总值`, `一般公共预算收入增长`): the overview's own, wherever else it is stated. */
export function isHeadline(figure: Figure): boolean {
  return HEADLINE.test(figure.cardLabel);
}

/** 0 best: headline amounts, headline rates, other amounts, other rates, counts. */
function cardTier(figure: Figure): number {
  const headline = isHeadline(figure);
  const amount = AMOUNT_UNIT.test(figure.unit);
  const rate = RATE_UNIT.test(figure.unit);
  if (headline && amount) return 0;
  if (headline && rate) return 1;
  if (amount) return 2;
  if (rate && GROWTH.test(figure.cardLabel)) return 3;
  if (rate) return 4;
  return 5;
}

/**
 * Figures in the order cards take them. A masked figure (`*亿元`) comes after every figure the text
 * states: a card the presenter must fill in before the meeting is the last resort, not the headline
 * (an eighth deck review found an overview of two `*亿元（待填）` cards beside unmasked growth rates).
 */
function rankForCards(figures: readonly Figure[]): Figure[] {
  return figures
    .map((figure, index) => ({ figure, index, tier: cardTier(figure) }))
    .sort((a, b) => Number(a.figure.masked) - Number(b.figure.masked) || a.tier - b.tier || a.index - b.index)
    .map((entry) => entry.figure);
}

/**
 * Same label, or one label inside the other (`先进个人` in `表彰先进个人`) for the same kind of
 * quantity: side by side such cards read as one measure twice.
 */
function isNearDuplicate(a: Figure, b: Figure): boolean {
  if (a.cardLabel === b.cardLabel) return true;
  const nested = a.cardLabel.includes(b.cardLabel) || b.cardLabel.includes(a.cardLabel);
  return nested && (a.text === b.text || a.unit === b.unit);
}

function distinct(figures: readonly Figure[], shown: readonly Figure[], limit: number): Figure[] {
  const chosen: Figure[] = [];
  for (const figure of figures) {
    if (chosen.length >= limit) break;
    if ([...shown, ...chosen].some((other) => other === figure || isNearDuplicate(other, figure))) continue;
    chosen.push(figure);
  }
  return chosen;
}

/** Tier of counts (`9篇`, `26个`, `12人次`): below amounts and rates. */
const COUNT_TIER = 5;
/**
 * A label that names an activity (`形成调研报告`, `开展廉政谈话`, `组织院士专家讲座`): its count says how much was
 * done in one item, not what the year achieved (`特控线上线人数`, `获全国一等奖`).
 */
const ACTIVITY =
  /^(?:全年|累计|共|先后)?(?:开展|组织|举办|举行|召开|撰写|形成|制定|出台|印发|检视|排查|督促|查找|讲授|参加|参与|受理|走访|慰问|培训|检查|签订|研究|前置研究|设立|建立)/u;

/** A count of what was done in one item (`9篇 形成调研报告`), not a result of the whole. */
function countsAnActivity(figure: Figure): boolean {
  return cardTier(figure) === COUNT_TIER && ACTIVITY.test(figure.cardLabel);
}

/**
 * Figures for the overview: the opening's own results when it has two or more, else the best
 * results of the whole report (headline totals first), so a report whose opening is a formula
 * (`现在，我代表省人民政府向大会报告工作`) still shows what it achieved. From the body, no count of an
 * activity: `9篇 形成调研报告` of the 主题教育 or `5篇 撰写心得体会` of a 述职's study read on the overview as
 * the year's results (a ninth deck review); `588人 特控线上线人数` is one.
 */
export function pickOverviewFigures(figures: readonly Figure[]): Figure[] {
  const worthy = figures.filter(isCardWorthy);
  const opening = worthy.filter((figure) => figure.where === 'opening');
  const pool = opening.length >= 2 ? opening : worthy.filter((figure) => !countsAnActivity(figure));
  return distinct(rankForCards(pool), [], OVERVIEW_FIGURES);
}

/** Figure cards on a divider: the section's best distinct results not shown before. */
export function pickSectionFigures(figures: readonly Figure[], sectionIndex: number, shown: ReadonlySet<Figure>): Figure[] {
  const own = figures.filter((figure) => figure.where === sectionIndex && isCardWorthy(figure));
  return distinct(rankForCards(own), [...shown], SECTION_FIGURES);
}

export function toCard(figure: Figure): CardFigure {
  return { text: figure.text, label: figure.cardLabel, masked: figure.masked };
}

const MASKED_VALUE = /^([*＊]+|[×xX]{1,3}|[XＸ]{2})/;

/** A card the user wrote in the outline's `figures:` block. */
export function handCard(card: FigureCard): CardFigure {
  return { text: card.text, label: card.label, masked: MASKED_VALUE.test(card.text.trim()) };
}

/** The cards the user chose for `where`, or null when the outline leaves the choice to huibao. */
export function handCards(outline: Outline, where: FigureCard['where']): CardFigure[] | null {
  if (outline.cards === undefined) return null;
  return outline.cards.filter((card) => card.where === where).map(handCard);
}

/**
 * The cards huibao would choose, by place: what `outline --format md` writes into its `figures:`
 * block for the user to keep, drop, relabel or add to. Mirrors what the plan shows, except a divider
 * card a bullet of its part says again, which the plan drops once its pages are laid out
 * (plan-deck.ts withoutRestated); offered here, it stays if the user keeps it.
 */
export function suggestedCards(outline: Outline): FigureCard[] {
  return automaticCards(outline, hasOverview(detectGenre(outline)));
}

export function automaticCards(outline: Outline, withOverview: boolean): FigureCard[] {
  const overview = withOverview ? pickOverviewFigures(outline.figures) : [];
  const shown = new Set<Figure>(overview);
  const cards: FigureCard[] = overview.map((figure) => ({ where: 'overview', label: figure.cardLabel, text: figure.text }));
  outline.sections.forEach((_, index) => {
    for (const figure of pickSectionFigures(outline.figures, index, shown)) {
      shown.add(figure);
      cards.push({ where: index, label: figure.cardLabel, text: figure.text });
    }
  });
  return cards;
}

/** A paragraph's text as shown, without the spaces lines may carry. */
export function paragraphText(paragraph: { readonly lines: readonly (readonly { readonly text: string }[])[] }): string {
  return paragraph.lines
    .map((line) => line.map((run) => run.text).join(''))
    .join('')
    .replace(/\s+/gu, '');
}

/**
 * True when one of `bullets` states the card's figure with its label: the card would say it twice. A
 * masked card (`*户`) never does: it is there to be filled in before the meeting.
 */
export function restates(bullets: readonly string[], card: CardFigure): boolean {
  if (card.masked) return false;
  const figure = card.text.replace(/\s+/gu, '');
  return bullets.some((bullet) => bullet.includes(figure) && bullet.includes(card.label));
}
