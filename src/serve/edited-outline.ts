/**
 * An outline edited on the page, as JSON → an Outline, by the same rules as the editable Markdown
 * outline: the JSON is checked, written as that Markdown and read back with `parseMarkdown`. So a
 * renamed heading gets its title from the heading (numbering mark and final punctuation dropped),
 * figures and the masked-figures warning are found again in the edited text, and anything the
 * Markdown outline cannot say cannot reach the planner either.
 *
 * The page sends a heading without a title after a rename (the title then follows from the heading);
 * every field but `sections` may be left out. Figures sent along are ignored: they are found again.
 */
import { z } from 'zod';
import { InputError } from '../errors.js';
import { titleFromHeading } from '../parse/build-outline.js';
import { OUTLINE_VERSION, type Item, type Outline, type Point, type Section } from '../parse/outline.js';
import { parseMarkdown } from '../parse/parse-markdown.js';
import { writeOutlineMarkdown } from '../parse/write-outline-md.js';

/** Generous bounds that no real report reaches, so a scripted body cannot make the planner spin. */
const MAX_SECTIONS = 200;
const MAX_POINTS = 400;
const MAX_TEXT = 200_000;

const text = z.string().max(MAX_TEXT);
const nullableText = text.nullable().default(null);

const itemSchema = z.object({
  heading: text.default(''),
  title: text.optional(),
  body: text.default(''),
});

const pointSchema = itemSchema.extend({ items: z.array(itemSchema).max(MAX_POINTS).default([]) });

const tableSchema = z.object({ rows: z.array(z.array(text).max(100)).max(1000) });

const sectionSchema = z.object({
  heading: text.default(''),
  title: text.optional(),
  lead: text.default(''),
  points: z.array(pointSchema).max(MAX_POINTS).default([]),
  body: text.default(''),
  tables: z.array(tableSchema).max(50).default([]),
});

const warningSchema = z.object({ code: z.string().max(100), message: text });

const outlineSchema = z.object({
  title: text.default(''),
  front: z.array(text).max(50).default([]),
  subtitle: nullableText,
  speaker: nullableText,
  meeting: nullableText,
  date: nullableText,
  salutation: nullableText,
  opening: text.default(''),
  sections: z.array(sectionSchema).max(MAX_SECTIONS),
  closing: nullableText,
  ending: text.default(''),
  appendix: text.default(''),
  warnings: z.array(warningSchema).max(100).default([]),
});

type EditedItem = z.infer<typeof itemSchema>;

/** A line break in a heading would end the heading line in Markdown: a heading is one line. */
function oneLine(value: string): string {
  return value.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim();
}

function toItem(edited: EditedItem): Item {
  const heading = oneLine(edited.heading);
  const title = edited.title === undefined ? titleFromHeading(heading) : oneLine(edited.title);
  return { heading, title: title === '' && heading !== '' ? titleFromHeading(heading) : title, body: edited.body };
}

function toPoint(edited: z.infer<typeof pointSchema>): Point {
  return { ...toItem(edited), items: edited.items.map(toItem) };
}

function toSection(edited: z.infer<typeof sectionSchema>): Section {
  const { heading, title } = toItem(edited);
  return { heading, title, lead: edited.lead, points: edited.points.map(toPoint), body: edited.body, tables: edited.tables };
}

/** zod's own Chinese wording of an issue, for this parse only (themes word theirs themselves). */
const CHINESE_ISSUES = z.locales.zhCN().localeError;

function describeIssue(issue: z.ZodError['issues'][number]): string {
  const where = issue.path.map(String).join('.');
  return where === '' ? issue.message : `${where}：${issue.message}`;
}

/** The edited outline from the page (or a script): checked, normalised, figures found again. */
export function readEditedOutline(json: unknown): Outline {
  const parsed = outlineSchema.safeParse(json, { error: CHINESE_ISSUES });
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map(describeIssue).join('；');
    throw new InputError(`提纲 JSON 的格式不对（${first}）。`, {
      hint: '请发送 /api/outline 返回的提纲（可修改其中的 heading、title、body 等文字，增删 sections 和 points）。',
    });
  }
  const edited = parsed.data;
  const outline: Outline = {
    version: OUTLINE_VERSION,
    title: oneLine(edited.title),
    front: edited.front,
    subtitle: edited.subtitle,
    speaker: edited.speaker,
    meeting: edited.meeting,
    date: edited.date,
    salutation: edited.salutation,
    opening: edited.opening,
    figures: [],
    sections: edited.sections.map(toSection),
    closing: edited.closing,
    ending: edited.ending,
    appendix: edited.appendix,
    warnings: edited.warnings,
  };
  return parseMarkdown(writeOutlineMarkdown(outline));
}
