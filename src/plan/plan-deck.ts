/**
 * Outline + Theme → DeckPlan. The deck's skeleton in one place: cover, agenda, overview, then a
 * divider and content slides per theme, then the closing. Pure: same input, same plan.
 */
import { shownDeckTitle, speakerBeforeTitle, speakerOpensTitle, splitTitleLine, withoutLetterSpacing, withShownTitles } from './shown-titles.js';
import { closingPages, endingPages, openingPages, withParagraphPages } from './paragraph-pages.js';
import type { Figure, Outline, Section } from '../parse/outline.js';
import type { LayoutName, SlideKind, Theme } from '../themes/theme-schema.js';
import { DECK_PLAN_VERSION, type DeckPlan, type PlanWarning, type Shape, type SlidePlan, type TextShape } from './deck-plan.js';
import { contextForKind, decorationShapes, footerShapes, titleBar, type ComposeContext } from './compose-context.js';
import { leadPhrase, saysOnlyWhen, splitClauses, standsAlone } from './condense.js';
import { computeGeometry } from './geometry.js';
import { twoDigits, type ContentSource } from './layouts/content-source.js';
import { composeAgenda, composeClosing, composeCover, composeDivider, composeOverview, type AgendaEntry } from './layouts/fixed-slides.js';
import { closingNotes, coverNotes, dividerNotes, joinNotes, openingNotes, pointRunNotes, tableText } from './notes.js';
import { labeller } from './numbering.js';
import { composeTablePages } from './layouts/table-layout.js';
import { isMasterShape, planMasters, type ThemeImages } from './masters.js';
import { balancedRuns, expandedSlidesOf, paginateExpanded, paginateGroups, paginateLead, paginateSection, type ComposedPage } from './paginate.js';
import { allocateSlides, type DetailLevel, type SectionBudget, type SectionMeasure } from './slide-budget.js';
import { handCards, isHeadline, paragraphText, pickOverviewFigures, pickSectionFigures, restates, toCard, type CardFigure } from './pick-figures.js';
import { CLOSING_BY_GENRE, detectGenre, hasOverview, type Genre } from './genre.js';
import { restrainEmphasis } from './emphasis.js';
import { splitHandBullets } from './hand-bullets.js';
import { pickKeyPhrases } from './condense.js';
import { ownBodies } from './own-bodies.js';
import { problemsOf } from './problems.js';
import { targetsOf } from './targets.js';
import { composeStatementList } from './layouts/content-layouts.js';

export type { ImageAsset, ThemeImages } from './masters.js';
export type { DetailLevel } from './slide-budget.js';

export interface PlanOptions {
  /** Date shown on the cover (`--date`); the outline's own date otherwise. */
  readonly date?: string | null;
  /** Speaker shown on the cover (`--speaker`); the outline's own speaker line otherwise. */
  readonly speaker?: string | null;
  /** How many slides the report is spread over (`--detail`); standard by default. */
  readonly detail?: DetailLevel;
  /** The theme's logo and background picture, when it names them. */
  readonly images?: ThemeImages;
}

/** Agenda entries per slide; longer agendas continue on a （续） slide. */
const AGENDA_PER_SLIDE = 10;
/** Fewest cards huibao puts on a divider. */
const MIN_DIVIDER_CARDS = 2;

interface Draft {
  readonly kind: SlideKind;
  readonly layout: LayoutName;
  readonly title: string;
  readonly section: string;
  readonly body: readonly Shape[];
  readonly titleShape: TextShape | null;
  readonly notes: string;
}

function continued(title: string, page: number, theme: Theme): string {
  return page === 0 ? title : `${title}${theme.wording.continued}`;
}

/**
 * Longest title a title bar shows whole before its lead clause: a title bar that cannot fit a title
 * falls back to it, and a content slide's title bar uses it for a part titled by a whole sentence
 * (`从推动工作发展方面，学院党委要不忘教育报国初心，牢记立德树人使命，为建设……`), which would fill two
 * lines of every slide of the part; as on the 目录, the lead clause reads as a title (the divider
 * shows it whole).
 */
const TITLE_LEAD_CHARS = 30;

/**
 * Fewest ideographs of a lead clause that stands for the part; shorter (`回顾2024年`, `公元627~741年`),
 * or one that does not stand alone (a frame, a time), and the title stays whole.
 */
const CONTENT_TITLE_MIN = 8;

function contentTitle(title: string): string {
  if (title.length <= TITLE_LEAD_CHARS) return title;
  const lead = leadPhrase(title, TITLE_LEAD_CHARS);
  const ideographs = lead.match(/\p{Script=Han}/gu)?.length ?? 0;
  // A cut inside a clause (`……，把日本的质量`) is no title either.
  const cutInside = title.startsWith(lead) && !/^[，。；：！？、,;:!?]/u.test(title.slice(lead.length));
  // A lead clause that only says when (`抗日战争胜利后`) says nothing of the slide.
  return ideographs >= CONTENT_TITLE_MIN && standsAlone(lead) && !cutInside && !saysOnlyWhen(lead) ? lead : title;
}

/** A title bar that always fits: the full title, else its lead clause, else its first characters. */
function fittedTitleBar(context: ComposeContext, kind: SlideKind, title: string): TextShape | null {
  const leads = [leadPhrase(title, TITLE_LEAD_CHARS), leadPhrase(title, 16)];
  // A lead clause that only says when (`抗日战争胜利后`) is a last resort: the clauses after it say what.
  const longer = [TITLE_LEAD_CHARS + 10, TITLE_LEAD_CHARS].map((chars) => clausesWithin(title, chars));
  const candidates = [title, ...[...leads, ...longer].filter((lead) => lead !== '' && !saysOnlyWhen(lead)), ...leads];
  for (const candidate of candidates) {
    const shape = titleBar(context, kind, candidate);
    if (shape !== null) return shape;
  }
  return null;
}

/** The longest run of whole clauses from the start of `title` within `chars` characters, or ''. */
function clausesWithin(title: string, chars: number): string {
  let taken = '';
  for (const clause of splitClauses(title)) {
    if (taken.length + clause.length > chars + 1) break;
    taken += clause;
  }
  return taken.replace(/[，,；;：:]$/u, '');
}

function sectionName(section: Section, index: number): string {
  return `${index + 1}. ${leadPhrase(section.title, 24)}`;
}

function coverDraft(deck: ComposeContext, outline: Outline, options: PlanOptions): Draft {
  const context = contextForKind(deck, 'cover');
  const date = options.date ?? outline.date;
  // A meeting read out of the title (`在X上的讲话`) would only repeat it.
  const meeting = outline.meeting !== null && !outline.title.includes(outline.meeting) ? outline.meeting : null;
  const deckTitle = withoutLetterSpacing(shownDeckTitle(outline));
  const led = speakerBeforeTitle(deckTitle) ?? speakerOpensTitle(deckTitle, outline.speaker);
  const shownTitle = led?.title ?? deckTitle;
  const split = outline.subtitle === null ? splitTitleLine(shownTitle) : null;
  const given = outline.subtitle ?? split?.sub ?? meeting;
  const subtitle = given === null ? null : withoutLetterSpacing(given);
  const named = options.speaker ?? outline.speaker ?? led?.speaker ?? null;
  const who = named === null ? null : withoutLetterSpacing(named);
  const speaker = who === null || who.trim() === '' ? null : `${context.theme.wording.speakerPrefix}${who.trim()}`;
  // A date the subtitle states (`——2022年1月23日在……会议上`) is not repeated below it.
  const shownDate = date !== null && subtitle !== null && subtitle.includes(date.trim()) ? null : date;
  // A speaker the title or subtitle names (`任正非在……上的讲话`, `——曹某校长在……上的讲话`) is not
  // repeated either, unless given by --speaker.
  const fromSource = options.speaker === undefined || options.speaker === null;
  const inTitle = fromSource && who !== null && who.trim() !== '' && [shownTitle, subtitle ?? ''].some((line) => line.includes(who.trim()));
  const byline = [inTitle ? null : speaker, shownDate].filter((line): line is string => line !== null && line !== '');
  const note = context.theme.wording.coverNote;
  const title = split?.main ?? shownTitle;
  const body =
    composeCover(context, { title, subtitle, byline, note }) ?? composeCover(context, { title: leadPhrase(title, 40), subtitle: null, byline: [], note }) ?? [];
  return { kind: 'cover', layout: 'cover', title: outline.title, section: '开篇', body, titleShape: null, notes: coverNotes(outline) };
}

/** Agenda slides a deck of `sections` parts has. */
function agendaCount(sections: number): number {
  return Math.ceil(sections / AGENDA_PER_SLIDE);
}

function agendaDrafts(deck: ComposeContext, outline: Outline, labels: readonly string[], dividers: readonly (number | null)[]): Draft[] {
  const context = contextForKind(deck, 'agenda');
  const entries = outline.sections.map((section, index): AgendaEntry => ({
    title: section.title,
    label: labels[index] ?? twoDigits(index),
    target: dividers[index] ?? null,
  }));
  const drafts: Draft[] = [];
  // Entries shared evenly over the agenda's slides (6 and 6, not 10 and a 目录（续） of 2).
  balancedRuns(entries, agendaCount(entries.length)).forEach((slice, page) => {
    const title = continued(context.theme.wording.agenda, page, context.theme);
    drafts.push({
      kind: 'agenda',
      layout: slice.length > 5 ? 'agenda-two-columns' : 'agenda',
      title,
      section: '开篇',
      body: composeAgenda(context, slice) ?? [],
      titleShape: fittedTitleBar(context, 'agenda', title),
      notes: `${context.theme.wording.agenda}：共 ${entries.length} 个部分`,
    });
  });
  return drafts;
}

function overviewDraft(deck: ComposeContext, outline: Outline, figures: readonly CardFigure[], chosenByUser: boolean): Draft | null {
  const context = contextForKind(deck, 'overview');
  // Only with substance: results, or an opening that says more than courtesies and procedure.
  if (figures.length === 0 && !hasSubstance(outline.opening)) return null;
  const title = context.theme.wording.overview;
  // Fewer cards rather than none when four do not fit side by side.
  let body: Shape[] | null = null;
  for (let count = figures.length; body === null && count >= 0; count -= 1)
    body = composeOverview(context, { opening: outline.opening, figures: figures.slice(0, count), keepCards: chosenByUser });
  if (body === null || body.length === 0) return null;
  return {
    kind: 'overview',
    layout: 'overview',
    title,
    section: '开篇',
    body,
    titleShape: fittedTitleBar(context, 'overview', title),
    notes: openingNotes(outline),
  };
}

/** An opening worth a slide of its own: two statements that stand alone (one alone looks lost on it). */
function hasSubstance(opening: string): boolean {
  return pickKeyPhrases(opening, { count: 2, maxChars: 60, strict: true }).filter((phrase) => phrase.length >= 8).length >= 2;
}

interface Page {
  readonly layout: LayoutName;
  readonly body: readonly Shape[];
  readonly notes: string;
}

/** What a section says, with its slides packed tightly; the budget decides how far to spread it. */
interface SectionContent {
  readonly section: Section;
  readonly index: number;
  readonly source: ContentSource;
  readonly compact: readonly ComposedPage[];
  readonly tables: readonly Page[];
  /** A page for the problems the part owns up to after its points (`problemsPage`), or none. */
  readonly problems: readonly Page[];
  /** A page for the targets the part's lead sets before its points (`targetsPage`), or none. */
  readonly targets: readonly Page[];
  /** Pages for a long closing text after the points (`closingPages`), before the problems page, or none. */
  readonly closing: readonly Page[];
  /** The closing text those pages leave, for the notes of the part's last page: all of it without them. */
  readonly closingRest: string;
  readonly measure: SectionMeasure;
}

function contentSourceOf(context: ComposeContext, section: Section): ContentSource {
  const label = labeller(
    context.theme.numbering,
    section.points.map((point) => point.heading),
  );
  const pointBodies = ownBodies(section.points);
  // Bullets the user wrote are shown exactly; a list too long for one slide is split into parts.
  return splitHandBullets(context, {
    sectionTitle: section.title,
    lead: section.lead,
    points: section.points.map((point, index) => ({
      index,
      // A point alone in its section is not numbered: there is nothing to count.
      label: section.points.length > 1 ? label(index) : '',
      title: point.title,
      body: pointBodies[index] ?? point.body,
      items: itemsShown(point.items),
      firstItem: 0,
      ...(point.bullets === undefined ? {} : { bullets: point.bullets }),
    })),
  });
}

/** A point's items as its slides show them: each from its own text (own-bodies.ts). */
function itemsShown(items: Section['points'][number]['items']): ContentSource['points'][number]['items'] {
  const bodies = ownBodies(items);
  return items.map((item, index) => ({ title: item.title, body: bodies[index] ?? item.body }));
}

/** The source text this page stands for, verbatim and in order. */
function pageNotes(section: Section, page: ComposedPage): string {
  if (section.points.length === 0) return page.lead;
  return page.points
    .map((shown) => {
      const point = section.points[shown.index];
      return point === undefined ? '' : pointRunNotes(point, shown.firstItem, shown.items.length);
    })
    .filter((text) => text.trim() !== '')
    .join('\n');
}

/** The pages with their notes; a point split into parts (hand-written bullets) is in the notes of its first part's slide only. */
function toPages(section: Section, pages: readonly ComposedPage[]): Page[] {
  const noted = new Set<string>();
  return pages
    .filter((page) => page.shapes.length > 0)
    .map((page) => {
      const fresh = page.points.filter((shown) => {
        const key = `${shown.index}:${shown.firstItem}:${shown.items.length}`;
        if (noted.has(key)) return false;
        noted.add(key);
        return true;
      });
      return { layout: page.layout, body: page.shapes, notes: pageNotes(section, { ...page, points: fresh }) };
    });
}

/**
 * Pages for the section's tables; the first carries the lead as its caption when there are no
 * points. A table too tall for any slide is shown as key phrases instead, its text in the notes.
 */
function tablePages(context: ComposeContext, section: Section, leadOnTable: boolean): Page[] {
  return section.tables.flatMap((table, tableIndex): Page[] => {
    const caption = leadOnTable && tableIndex === 0 ? section.lead : '';
    const notes = [caption, tableText(table)].filter((text) => text.trim() !== '').join('\n');
    const bodies = composeTablePages(context, table, caption);
    if (bodies === null) {
      const asText: ContentSource = { sectionTitle: section.title, lead: `${caption}\n${tableText(table)}`, points: [] };
      return paginateSection(context, asText).map((page) => ({ layout: page.layout, body: page.shapes, notes }));
    }
    // Each part's notes carry the source rows it shows (the header once, on the first part).
    const [header = [], ...rows] = table.rows;
    let shown = 0;
    return bodies.map((body, part) => {
      const count = body.reduce((n, shape) => (shape.type === 'table' ? n + Math.max(0, shape.rows.length - 1) : n), 0);
      const partRows = rows.slice(shown, shown + count);
      shown += count;
      const partNotes = tableText({ rows: part === 0 ? [header, ...partRows] : partRows });
      return { layout: 'table' as const, body, notes: [part === 0 ? caption : '', partNotes].filter((text) => text.trim() !== '').join('\n') };
    });
  });
}

/** Characters a section's source text has (what its slides' notes carry). */
function sectionCharacters(section: Section): number {
  const count = (text: string): number => text.replace(/\s+/gu, '').length;
  const points = section.points.reduce(
    (sum, point) => sum + count(point.heading) + count(point.body) + point.items.reduce((items, item) => items + count(item.heading) + count(item.body), 0),
    0,
  );
  const tables = section.tables.reduce((sum, table) => sum + count(tableText(table)), 0);
  return count(section.heading) + count(section.lead) + points + count(section.body) + tables;
}

/** A section without points spreads its lead over at most one slide per this many characters. */
const LEAD_CHARS_PER_SLIDE = 200;

/**
 * The content context for a section's pages: headings in their bodies no larger than the title bars
 * above them (its own title, and the longer （续） title of the pages after it). A ninth deck review found
 * key statements set at 32 pt under titles a long sentence had shrunk to 28.
 */
function sectionContext(context: ComposeContext, section: Section): ComposeContext {
  let size: number | null = null;
  const headingMax = (): number => {
    if (size !== null) return size;
    const title = contentTitle(section.title);
    const sizes = [title, continued(title, 1, context.theme)].map((shown) => fittedTitleBar(context, 'content', shown)?.size ?? context.theme.sizes.title.max);
    size = Math.min(...sizes);
    return size;
  };
  return { ...context, headingMax };
}

function measureSection(context: ComposeContext, section: Section, index: number): SectionContent {
  const source = contentSourceOf(context, section);
  const hasPoints = section.points.length > 0;
  // A section of a lead and a table: the lead becomes the table's caption, not a slide of its own.
  const leadOnTable = !hasPoints && section.tables.length > 0;
  const showsLead = !hasPoints && !leadOnTable && section.lead.trim() !== '';
  const compact = hasPoints || showsLead ? paginateSection(context, source).filter((page) => page.shapes.length > 0) : [];
  const tables = tablePages(context, section, leadOnTable);
  const characters = sectionCharacters(section);
  const spread = hasPoints
    ? section.points.reduce((sum, point) => sum + expandedSlidesOf(point.items.length), 0)
    : showsLead
      ? Math.max(1, Math.floor(characters / LEAD_CHARS_PER_SLIDE))
      : 0;
  const problems = hasPoints ? problemsPage(context, section) : [];
  const targets = hasPoints ? targetsPage(context, section) : [];
  // A page of an opening, an ending or a part's closing text is a page already: it gets no closing pages of its own.
  const closing = hasPoints && index !== FRAME_INDEX ? closingPagesOf(context, section.body) : null;
  // The targets, closing and problems pages come on top of what the budget shares out: they never squeeze the points.
  const minSlides = compact.length + tables.length;
  return {
    section,
    index,
    source,
    compact,
    tables,
    problems,
    targets,
    closing: closing?.pages ?? [],
    closingRest: closing?.rest ?? section.body,
    measure: {
      title: section.title,
      characters,
      points: section.points.length,
      items: section.points.reduce((sum, point) => sum + point.items.length, 0),
      minSlides,
      maxSlides: Math.max(minSlides, spread + tables.length),
    },
  };
}

/** The section's content pages for the slides the budget gave it. */
function contentPages(context: ComposeContext, content: SectionContent, budget: SectionBudget): Page[] {
  const { section, source, compact } = content;
  const wanted = budget.slides - content.tables.length;
  const pages =
    budget.mode === 'compact' || wanted <= compact.length
      ? compact
      : section.points.length === 0
        ? paginateLead(context, source, wanted)
        : budget.mode === 'expanded'
          ? paginateExpanded(context, source)
          : paginateGroups(context, source, wanted);
  return [...content.targets, ...toPages(section, pages), ...content.tables, ...content.closing, ...content.problems];
}

/**
 * Pages for a part's long closing text (paragraph-pages.ts `closingPages`), each laid out like a page
 * of a text without parts, its text once in its notes; null when any of them cannot be shown, so the
 * text stays whole in the notes of the part's last page.
 */
function closingPagesOf(context: ComposeContext, body: string): { pages: Page[]; rest: string } | null {
  const closing = closingPages(body);
  if (closing === null) return null;
  const pages: Page[] = [];
  for (const page of closing.pages) {
    if (page.tables.length > 0) return null;
    // Shown under the part's own （续） title: the part's context already caps their headings.
    const measured = measureSection(context, page, FRAME_INDEX);
    const shown = toPages(page, measured.compact);
    if (shown.length === 0) return null;
    const last = shown.length - 1;
    // A page without points shows its lead and has it in its notes already; the heading opens them (as in sectionDrafts).
    const opening = page.points.length === 0 ? page.heading : dividerNotes(page);
    pages.push(...shown.map((one, index) => ({ ...one, notes: joinNotes([index === 0 ? opening : '', one.notes, index === last ? page.body : '']) })));
  }
  return { pages, rest: closing.rest };
}

/**
 * The problems a part owns up to after its points (problems.ts), on a page of its own at its end;
 * its notes stay empty, since the part's closing text goes to the notes of its last page
 * (sectionDrafts).
 */
/**
 * The targets a part's lead sets (targets.ts), on a page of its own before its points. Its notes are
 * the lead from the paragraph that sets them on; the divider's keep what comes before it.
 */
function targetsPage(context: ComposeContext, section: Section): Page[] {
  const targets = targetsOf(section.lead);
  if (targets === null) return [];
  const lines = section.lead.split('\n');
  const from = lines.findIndex((line) => line.includes(targets.items[0] ?? ''));
  return statementListPage(context, targets, lines.slice(Math.max(0, from)).join('\n'));
}

function problemsPage(context: ComposeContext, section: Section): Page[] {
  const problems = problemsOf(section.body);
  return problems === null ? [] : statementListPage(context, problems, '');
}

/** A page of a statement over the list it introduces (targets, problems); none when it cannot be laid out. */
function statementListPage(context: ComposeContext, list: { readonly statement: string; readonly items: readonly string[] }, notes: string): Page[] {
  const shapes = composeStatementList(context, list.statement, list.items);
  return shapes === null ? [] : [{ layout: 'lead-key', body: shapes, notes }];
}

function sectionDrafts(
  deck: ComposeContext,
  outline: Outline,
  overviewFigures: ReadonlySet<Figure>,
  content: SectionContent,
  pages: readonly Page[],
  number: string,
  withDivider = true,
): Draft[] {
  const { section, index } = content;
  const dividerContext = contextForKind(deck, 'divider');
  const context = contextForKind(deck, 'content');
  const name = sectionName(section, index);
  const leadShownLater = section.points.length === 0 && pages.length > 0;
  // The lead from the paragraph setting the targets is in the targets page's notes (targetsPage).
  const leadTaken = content.targets[0]?.notes ?? '';
  // The divider shows and keeps what comes before it: the targets page shows them all.
  const leadBefore = leadTaken === '' ? section.lead : section.lead.slice(0, section.lead.indexOf(leadTaken)).trim();
  const hand = handCards(outline, index);
  const picked = withoutRestated(pickSectionFigures(outline.figures, index, overviewFigures).map(toCard), pages);
  // A lone card huibao chose sits in a row of three like an afterthought (a ninth deck review): a
  // divider shows two cards or more, or its lead; one the user set stays.
  const figures = hand ?? (picked.length >= MIN_DIVIDER_CARDS ? picked : []);
  const minFigures = hand === null ? MIN_DIVIDER_CARDS : 1;
  const divider: Draft = {
    kind: 'divider',
    layout: 'divider',
    title: section.title,
    section: name,
    body:
      // A lead the next slide shows in full is not repeated on the divider.
      composeDivider(dividerContext, { index, label: number, title: section.title, lead: leadShownLater ? '' : leadBefore, figures, minFigures }) ??
      composeDivider(dividerContext, { index, label: number, title: section.title, lead: '', figures: [] }) ??
      // A title that is a whole long sentence shows its leading phrase (the slide after it shows the rest).
      composeDivider(dividerContext, { index, label: number, title: section.title, lead: '', figures: [], titleChars: 36 }) ??
      composeDivider(dividerContext, { index, label: number, title: section.title, lead: '', figures: [], titleChars: 20 }) ??
      [],
    titleShape: null,
    notes: leadShownLater ? section.heading : dividerNotes({ ...section, lead: leadBefore }),
  };
  if (pages.length === 0) {
    // Nothing to show beyond the divider: its notes carry the whole section.
    return [{ ...divider, notes: [dividerNotes(section), section.body].filter((part) => part.trim() !== '').join('\n') }];
  }
  const contents = pages.map((page, pageIndex): Draft => {
    const title = continued(contentTitle(section.title), pageIndex, context.theme);
    const tail = pageIndex === pages.length - 1 ? content.closingRest : '';
    return {
      kind: 'content',
      layout: page.layout,
      title,
      section: name,
      body: page.body,
      titleShape: fittedTitleBar(context, 'content', title),
      notes: [page.notes, tail].filter((part) => part.trim() !== '').join('\n'),
    };
  });
  if (withDivider) return [divider, ...contents];
  // Without a divider its notes open the first page, so the text is still in the notes once, in order.
  const [first, ...rest] = contents;
  return first === undefined ? [divider] : [{ ...first, notes: [divider.notes, first.notes].filter((part) => part.trim() !== '').join('\n') }, ...rest];
}

/** Every paragraph the pages show, as text: what a card is checked against before it repeats one. */
function bulletsOf(pages: readonly Page[]): string[] {
  return pages.flatMap((page) => page.body.flatMap((shape) => (shape.type === 'text' ? shape.paragraphs.map(paragraphText) : [])));
}

/**
 * The overview again without the cards huibao took from the body of the report that a content slide's
 * bullet states with its label (`42公里 完成老旧燃气管网改造` over a later `完成老旧燃气管网改造42公里`): a tenth
 * deck review counted such repeats on three decks of eight, where the opening states no figures. The
 * opening's own results and a report's headline totals (生产总值, 一般公共预算收入) stay: the overview is where
 * they are headlines. The first draft stays when nothing is restated, or when the overview would not
 * stand without the cards.
 */
function withoutCardsRestated(context: ComposeContext, outline: Outline, overview: Draft, figures: readonly Figure[], pages: readonly Page[]): Draft {
  const bullets = bulletsOf(pages);
  const kept = figures.filter((figure) => figure.where === 'opening' || isHeadline(figure) || !restates(bullets, toCard(figure)));
  return kept.length === figures.length ? overview : (overviewDraft(context, outline, kept.map(toCard), false) ?? overview);
}

/**
 * The divider's cards less those a bullet of the part's pages states with its label (`回笼资金9.8亿元`
 * under `9.8亿元 回笼资金`, `组织领导班子成员讲纪律党课12场` under `12场`): two reviews counted such
 * repeats on half the decks. The bullet stays, with the words around the figure, and the divider shows
 * the results the pages leave out; a card the user set in the outline always stays.
 */
function withoutRestated(cards: readonly CardFigure[], pages: readonly Page[]): CardFigure[] {
  const bullets = bulletsOf(pages);
  return cards.filter((card) => !restates(bullets, card));
}

/**
 * Slides for the pages of a long opening or ending (`openingPages`, `endingPages`), outside the
 * parts' budget: each titled by its first words, in the section named (开篇, 结束), no divider,
 * notes in order.
 */
function framePageDrafts(context: ComposeContext, outline: Outline, pages: readonly Section[], section: string): Draft[] {
  const content = contextForKind(context, 'content');
  return pages.flatMap((page) => {
    const measured = measureSection(sectionContext(content, page), page, FRAME_INDEX);
    // The targets its lead sets get their page as in a part: their paragraphs' words are in its notes only
    // (a property test found them on no slide and in no notes when a page of an ending held them).
    const shown = [...measured.targets, ...toPages(page, measured.compact), ...measured.tables];
    return sectionDrafts(context, outline, new Set(), measured, shown, '', false).map((draft) => ({ ...draft, section }));
  });
}

/** The index an opening or ending page goes by: no part's, so no part's figures or hand-set cards land on it. */
const FRAME_INDEX = -1;

/**
 * Pages only: a paragraph that is all title (`第四届高峰会，让我们继往开来，在总部大连相见。`) has no page
 * of its own, only a divider; its words join the notes of the page before it, in order.
 */
function foldBarePages(sections: readonly Draft[][]): Draft[][] {
  const folded: Draft[][] = [];
  for (const drafts of sections) {
    const previous = folded[folded.length - 1];
    const last = previous?.[previous.length - 1];
    const bare = drafts.length === 1 && drafts[0]?.kind === 'divider';
    if (previous !== undefined && last !== undefined && bare) {
      previous[previous.length - 1] = { ...last, notes: [last.notes, drafts[0]?.notes ?? ''].filter((part) => part.trim() !== '').join('\n') };
    } else {
      folded.push([...drafts]);
    }
  }
  return folded;
}

/** The theme's own closing words, or null when it keeps the defaults (then the genre decides). */
function themeClosing(theme: Theme): { line: string; subline: string | null } | null {
  const { wording } = theme;
  if (wording.closing === DEFAULT_CLOSING && wording.closingSub === DEFAULT_CLOSING_SUB) return null;
  return { line: wording.closing, subline: wording.closingSub };
}

const DEFAULT_CLOSING = '汇报完毕';
const DEFAULT_CLOSING_SUB = '敬请批评指正';

/**
 * The closing slide's words: the source's own closing line; else the theme's words when it sets
 * its own; else by genre (a speech `谢谢大家`, a report `汇报完毕 / 敬请批评指正`, a government work
 * report `谢谢`).
 */
export function closingWords(outline: Outline, theme: Theme, genre: Genre): { line: string; subline: string | null } {
  // The slide shows the closing line without its full stop; the notes keep it verbatim.
  if (outline.closing !== null) return { line: outline.closing.replace(/[。．.]$/u, ''), subline: null };
  const fromTheme = themeClosing(theme);
  if (fromTheme !== null) return fromTheme;
  const words = CLOSING_BY_GENRE[genre];
  return { line: words.line, subline: words.subline };
}

function closingDraft(deck: ComposeContext, outline: Outline, genre: Genre): Draft {
  const context = contextForKind(deck, 'closing');
  const { wording } = context.theme;
  const own = closingWords(outline, context.theme, genre);
  const ownBody = composeClosing(context, own);
  // A source's closing too long for the slide (`再次谢谢你们这二十多年的努力，……`) gives way to the
  // words of its genre, not to the theme's report wording (`汇报完毕` under a speech); notes keep it.
  const shown = ownBody === null ? closingWords({ ...outline, closing: null }, context.theme, genre) : own;
  const { line, subline } = shown;
  const body = ownBody ?? composeClosing(context, shown) ?? composeClosing(context, { line: wording.closing, subline: null }) ?? [];
  // A closing the source does not have still gets notes: the words on the slide.
  const notes = closingNotes(outline) || [line, subline].filter((part) => part !== null && part !== '').join(' ');
  return { kind: 'closing', layout: 'closing', title: line, section: '结束', body, titleShape: null, notes };
}

function finishSlide(deck: ComposeContext, draft: Draft, pageNumber: number): SlidePlan {
  const context = contextForKind(deck, draft.kind);
  const shapes: Shape[] = decorationShapes(context, draft.kind).filter((shape) => !isMasterShape(shape));
  if (draft.titleShape !== null) shapes.push(draft.titleShape);
  shapes.push(...restrainEmphasis(draft.body));
  if (context.theme.footer.on.includes(draft.kind)) shapes.push(...footerShapes(context, draft.kind, pageNumber));
  return {
    kind: draft.kind,
    master: draft.kind,
    layout: draft.layout,
    title: draft.title,
    section: draft.section,
    background: context.theme.colors.background,
    shapes,
    notes: draft.notes,
  };
}

export function planDeck(parsed: Outline, theme: Theme, options: PlanOptions = {}): DeckPlan {
  // A text without parts (`no-structure`) is shown as pages of its paragraphs (paragraph-pages.ts).
  const outline = withShownTitles(withParagraphPages(parsed));
  const geometry = computeGeometry(theme);
  const genre = detectGenre(outline);
  const context: ComposeContext = { theme, geometry, spoken: genre === 'speech' || genre === 'pledge', outcomes: genre === 'report' || genre === 'unmarked' };
  // A speech has no 总体情况; a report's overview shows its headline results and its opening.
  const overviewFigures = hasOverview(genre) && outline.cards === undefined ? pickOverviewFigures(outline.figures) : [];
  const handOverview = handCards(outline, 'overview');
  const overviewCards = handOverview ?? overviewFigures.map(toCard);
  // A document's preamble (`为……，现提出如下意见`) is no summary: it gets an overview only for its figures.
  const overview =
    hasOverview(genre) && (genre !== 'document' || overviewCards.length > 0) ? overviewDraft(context, outline, overviewCards, handOverview !== null) : null;
  const shownFigures = new Set(overview === null ? [] : overviewFigures);
  const cover = coverDraft(context, outline, options);
  const content = contextForKind(context, 'content');
  // A long opening without an overview gets pages of its own; what is left of it is the occasion.
  const openingPaged = overview === null ? openingPages(outline) : null;
  const openingDrafts = openingPaged === null ? [] : framePageDrafts(context, outline, openingPaged.pages, '开篇');
  // Without an overview the opening's words still reach the notes: the cover's.
  const coverOpening = openingNotes(openingPaged === null ? outline : { ...outline, opening: openingPaged.opening });
  const coverWithOpening = overview === null ? { ...cover, notes: [cover.notes, coverOpening].filter((part) => part.trim() !== '').join('\n') } : cover;
  const contexts = outline.sections.map((section) => sectionContext(content, section));
  const measured = outline.sections.map((section, index) => measureSection(contexts[index] ?? content, section, index));
  const planned = allocateSlides(
    measured.map((entry) => entry.measure),
    options.detail ?? 'standard',
  );
  const pages = measured.map((entry, index) => contentPages(contexts[index] ?? content, entry, planned.sections[index] as SectionBudget));
  const shownOverview = overview === null || handOverview !== null ? overview : withoutCardsRestated(context, outline, overview, overviewFigures, pages.flat());
  const sectionLabel = labeller(
    theme.numbering,
    outline.sections.map((section) => section.heading),
  );
  const labels = outline.sections.map((_, index) => sectionLabel(index));
  // Pages of an unstructured text get no 目录 of first sentences and no divider before every page,
  // which would double a short speech's slides with pages that say nothing of their own.
  const pagesOnly = parsed.sections.length === 0;
  // A long ending after the last part gets pages of its own; its call to the audience stays with the closing slide.
  const endingPaged = pagesOnly ? null : endingPages(outline);
  const endingDrafts = endingPaged === null ? [] : framePageDrafts(context, outline, endingPaged.pages, '结束');
  const drafted = measured.map((entry, index) =>
    sectionDrafts(context, outline, shownFigures, entry, pages[index] ?? [], labels[index] ?? twoDigits(index), !pagesOnly),
  );
  const sections = pagesOnly ? foldBarePages(drafted) : drafted;
  const agenda = outline.sections.length > 0 && !pagesOnly;
  // Slide numbers of the dividers, for the agenda's links: the agenda's own length is known first.
  const before = 1 + (agenda ? agendaCount(outline.sections.length) : 0) + (overview === null ? 0 : 1) + openingDrafts.length;
  const dividers: number[] = [];
  sections.reduce((next, drafts) => {
    dividers.push(next);
    return next + drafts.length;
  }, before + 1);
  const drafts: Draft[] = [
    coverWithOpening,
    ...(agenda ? agendaDrafts(context, outline, labels, dividers) : []),
    ...(shownOverview === null ? [] : [shownOverview]),
    ...openingDrafts,
    ...sections.flat(),
    ...endingDrafts,
    closingDraft(context, endingPaged === null ? outline : { ...outline, ending: endingPaged.ending }, genre),
  ];
  const warnings: PlanWarning[] = drafts
    .filter((draft) => draft.body.length === 0 && draft.kind !== 'closing')
    .map((draft) => ({ code: 'empty-slide', message: `幻灯片“${draft.title}”的内容无法排入版面，请检查原文。` }));
  const budget = { ...planned, sections: planned.sections.map((entry, index) => settleBudget(entry, pages[index]?.length ?? 0)) };
  return {
    version: DECK_PLAN_VERSION,
    width: geometry.width,
    height: geometry.height,
    meta: { title: outline.title, subject: outline.meeting ?? '', author: outline.speaker ?? '', language: 'zh-CN' },
    masters: planMasters(context, options.images),
    slides: drafts.map((draft, index) => finishSlide(context, draft, index + 1)),
    budget,
    warnings,
  };
}

/** The budget as laid out: a section whose points needed （续） slides has more than it was given. */
function settleBudget(entry: SectionBudget, slides: number): SectionBudget {
  if (slides === entry.slides) return entry;
  return { ...entry, slides, reason: `${entry.reason}；排版后为 ${slides} 页` };
}
