/** Shared test inputs: the seed, the dev corpus in tests/fixtures/corpus, and the built-in themes. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILTIN_THEMES_DIR, createThemeFiles } from '../../src/cli/io.js';
import { parseReport } from '../../src/parse/build-outline.js';
import type { Outline } from '../../src/parse/outline.js';
import { loadTheme } from '../../src/themes/load-theme.js';
import type { Theme } from '../../src/themes/theme-schema.js';

export const REPO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The project's shared folder when it sits beside the checkout: extra checks only (its tools), never required. */
export const SHARED_DIR = path.resolve(REPO_DIR, '..', 'shared');
/** The public, cited texts the tests use (tests/fixtures/corpus/README.md gives their sources). */
export const FIXTURE_CORPUS_DIR = path.join(REPO_DIR, 'tests', 'fixtures', 'corpus');
export const CORPUS_DIR = path.join(FIXTURE_CORPUS_DIR, 'dev');
/** The hand-made outline of the seed report. */
export const SEED_EXPECTED_FILE = path.join(FIXTURE_CORPUS_DIR, 'seeds', 'sasac-organization-report.expected.json');
export const SEED_FILE = path.join(REPO_DIR, 'seeds', 'sasac-organization-report.txt');

export interface Report {
  readonly name: string;
  readonly file: string;
  readonly text: string;
}

export function seedReport(): Report {
  return { name: 'seed', file: SEED_FILE, text: readFileSync(SEED_FILE, 'utf8') };
}

export function corpusReports(): Report[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name: name.replace(/\.txt$/, ''), file: path.join(CORPUS_DIR, name), text: readFileSync(path.join(CORPUS_DIR, name), 'utf8') }));
}

export const STRESS_DIR = path.join(REPO_DIR, 'tests', 'fixtures', 'stress');

/** Inputs made to break layouts: 8 × 8 points, a 600-character point, a 63-character title, English-heavy text, a table, control characters and markup. */
export function stressReports(): Report[] {
  return readdirSync(STRESS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({
      name: `stress/${name.replace(/\.txt$/, '')}`,
      file: path.join(STRESS_DIR, name),
      text: readFileSync(path.join(STRESS_DIR, name), 'utf8'),
    }));
}

export function allReports(): Report[] {
  return [seedReport(), ...corpusReports()];
}

/** The seed, the dev corpus and the stress inputs. */
export function everyInput(): Report[] {
  return [...allReports(), ...stressReports()];
}

const outlines = new Map<string, Outline>();
export function outlineOf(report: Report): Outline {
  const cached = outlines.get(report.file);
  if (cached !== undefined) return cached;
  const outline = parseReport(report.text);
  outlines.set(report.file, outline);
  return outline;
}

export function themeNames(): string[] {
  return readdirSync(BUILTIN_THEMES_DIR)
    .filter((name) => name.endsWith('.json') && name !== 'theme.schema.json')
    .map((name) => name.replace(/\.json$/, ''))
    .sort();
}

export function theme(name: string): Theme {
  return loadTheme(`builtin:${name}`, createThemeFiles(REPO_DIR)).theme;
}

/** Control characters are not wording: inputs may carry them, decks never do. */
const NOT_WORDING = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;

/** Sentences of a text as the notes must keep them: split at 。！？ and line ends, whitespace and control characters removed. */
export function sourceSentences(text: string): string[] {
  return text
    .replace(NOT_WORDING, '\n')
    .split(/(?<=[。！？])|\n/u)
    .map((sentence) => sentence.replace(/\s+/gu, ''))
    .filter((sentence) => sentence.length > 0);
}
