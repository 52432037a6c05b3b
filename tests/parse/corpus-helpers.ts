/** Shared helpers for the corpus tests: loading reports and scoring outlines against answers. */

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isFileLabel } from '../../src/parse/front-matter.js';
import type { Outline } from '../../src/parse/outline.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The dev corpus and the seed's expected outline, carried by the project (tests/fixtures/corpus/README.md cites the sources). */
export const corpusRoot = path.resolve(repoRoot, 'tests/fixtures/corpus');

export interface ExpectedOutline {
  readonly title: string;
  readonly closing: string | null;
  readonly sections: readonly { readonly title: string; readonly points: readonly { readonly title: string }[] }[];
}

export interface CorpusCase {
  readonly name: string;
  readonly text: string;
  readonly expected: ExpectedOutline;
}

function readExpected(file: string): ExpectedOutline {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof data !== 'object' || data === null) throw new Error(`bad expected file ${file}`);
  return data as ExpectedOutline;
}

export function loadCorpus(): CorpusCase[] {
  const cases: CorpusCase[] = [
    {
      name: 'seed',
      text: readFileSync(path.join(repoRoot, 'seeds/sasac-organization-report.txt'), 'utf8'),
      expected: readExpected(path.join(corpusRoot, 'seeds/sasac-organization-report.expected.json')),
    },
  ];
  return [...cases, ...loadCaseFolder(path.join(corpusRoot, 'dev'))];
}

/** Every `NN-name.txt` of a folder with its `NN-name.expected.json`, in name order; names get `prefix`. */
export function loadCaseFolder(dir: string, prefix = ''): CorpusCase[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({
      name: `${prefix}${file.replace(/\.txt$/, '')}`,
      text: readFileSync(path.join(dir, file), 'utf8'),
      expected: readExpected(path.join(dir, file.replace(/\.txt$/, '.expected.json'))),
    }));
}

/** An outline as `[section title, point titles]` pairs: what the rule tests compare. */
export function outlineShape(outline: Pick<Outline, 'sections'> | ExpectedOutline): [string, string[]][] {
  return outline.sections.map((section) => [section.title, section.points.map((point) => point.title)]);
}

/** The shape a fixture's annotator gave (undefined when the case is missing, so a comparison fails). */
export function expectedShape(item: CorpusCase | undefined): [string, string[]][] | undefined {
  return item === undefined ? undefined : outlineShape(item.expected);
}

/** The lines of a stress fixture as the text of a file. */
export function textOf(...rows: string[]): string {
  return `${rows.join('\n')}\n`;
}

const fixtureFolders = new Map<string, CorpusCase[]>();

/** The case of `tests/fixtures/<folder>` whose name starts with `prefix` (each folder read once). */
export function fixtureCase(folder: string, prefix: string): CorpusCase | undefined {
  let cases = fixtureFolders.get(folder);
  if (cases === undefined) {
    cases = loadCaseFolder(path.join(repoRoot, 'tests', 'fixtures', folder));
    fixtureFolders.set(folder, cases);
  }
  return cases.find((item) => item.name.startsWith(prefix));
}

/** Titles compare without whitespace and invisible format characters (U+200C in a web page's text), which the parser drops. */
const norm = (s: string): string => s.replace(/[\s\p{Cf}]+/gu, '');

/** The text as copied out of a PDF laid out `width` characters a line: every line cut at that width. */
export function hardWrap(text: string, width: number): string {
  return text
    .split(/\r?\n/)
    .map((line) => {
      const chars = [...line];
      const pieces: string[] = [];
      for (let start = 0; start < chars.length; start += width) pieces.push(chars.slice(start, start + width).join(''));
      return pieces.join('\n');
    })
    .join('\n');
}

export interface Score {
  readonly matched: number;
  readonly predicted: number;
  readonly expected: number;
}

/**
 * Items are section titles plus point titles. A section matches by exact title; a point counts
 * when its title matches a point of the matching section.
 */
export function scoreOutline(outline: Outline, expected: ExpectedOutline): Score {
  let matched = 0;
  const predicted = outline.sections.reduce((n, s) => n + 1 + s.points.length, 0);
  const wanted = expected.sections.reduce((n, s) => n + 1 + s.points.length, 0);
  const used = new Set<number>();
  for (const want of expected.sections) {
    const index = outline.sections.findIndex((s, i) => !used.has(i) && norm(s.title) === norm(want.title));
    if (index === -1) continue;
    used.add(index);
    matched += 1;
    const got = outline.sections[index]?.points.map((p) => norm(p.title)) ?? [];
    for (const point of want.points) {
      const at = got.indexOf(norm(point.title));
      if (at !== -1) {
        matched += 1;
        got.splice(at, 1);
      }
    }
  }
  return { matched, predicted, expected: wanted };
}

export function f1(score: Score): { precision: number; recall: number; f1: number } {
  const precision = score.predicted === 0 ? 0 : score.matched / score.predicted;
  const recall = score.expected === 0 ? 0 : score.matched / score.expected;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/**
 * Every text field of the outline in document order (titles derived from headings excluded).
 * Tables are left out: a section keeps its tables as tables, not at their place in the text, so
 * compare this with `withoutTableLines(source)` and the tables with `tableLines(source)`.
 */
export function outlineText(outline: Outline): string {
  // A file label (`……会议文件（二）`) stands above the title in the source and in `front`.
  const labels = outline.front.filter(isFileLabel);
  const parts: string[] = [...labels, outline.title, ...outline.front.filter((line) => !isFileLabel(line)), outline.salutation ?? '', outline.opening];
  for (const section of outline.sections) {
    parts.push(section.heading, section.lead);
    for (const point of section.points) {
      parts.push(point.heading, point.body);
      for (const item of point.items) parts.push(item.heading, item.body);
    }
    parts.push(section.body);
  }
  parts.push(outline.ending, outline.closing ?? '', outline.appendix);
  return parts.join('\n');
}

/** The outline's table rows, cells joined, in order. */
export function outlineTables(outline: Outline): string {
  return outline.sections.flatMap((section) => section.tables.flatMap((table) => table.rows.map((row) => row.join('')))).join('\n');
}

const isTableLine = (line: string): boolean => line.includes('\t') && line.split('\t').filter((cell) => cell.trim().length > 0).length >= 2;

/** The source without its tab-separated table lines. */
export function withoutTableLines(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((line) => !isTableLine(line))
    .join('\n');
}

/** The source's tab-separated table lines, in order. */
export function tableLines(text: string): string {
  return text.split(/\r?\n/).filter(isTableLine).join('\n');
}
