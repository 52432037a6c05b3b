/**
 * Every report (seed, dev corpus and the stress inputs) rendered by LibreOffice in the default
 * theme, and every other theme on two inputs: no overflow, no overlap, nothing off the slide, at
 * most 5 % of characters below 14 pt, and every part schema-valid. The plan tests already check
 * every theme's geometry on every input; a render per deck is slow (seconds), so the matrix
 * renders what the plan cannot see (fonts as LibreOffice draws them) once per input and once per
 * theme, two decks at a time. The package rules beyond the schemas (ooxml-semantic) need no
 * render: every input in every theme goes through it in one run, also where LibreOffice is missing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFromOutline } from '../../src/build-deck.js';
import { deckcheck, ooxmlSemanticAll, ooxmlValidate, renderUnavailable, semanticUnavailable, validatorUnavailable } from '../helpers/deckcheck.js';
import { everyInput, outlineOf, theme, themeNames } from '../helpers/fixtures.js';
import { DEFAULT_THEME } from '../../src/cli/program.js';

const skipRender = renderUnavailable();
const skipValidate = validatorUnavailable();
const skipSemantic = semanticUnavailable();
const work = mkdtempSync(path.join(tmpdir(), 'huibao-corpus-'));
const inputs = everyInput();
const otherThemes = themeNames().filter((name) => name !== DEFAULT_THEME);
/** The seed (what the README shows in every theme) and one more input per theme, spread over the inputs. */
const themeInputs = (index: number): typeof inputs => [inputs[0], inputs[1 + ((index * 7) % (inputs.length - 1))]].filter((report) => report !== undefined);
const cases = [
  ...inputs.map((report) => [`${DEFAULT_THEME} × ${report.name}`, DEFAULT_THEME, report] as const),
  ...otherThemes.flatMap((themeName, index) => themeInputs(index).map((report) => [`${themeName} × ${report.name}`, themeName, report] as const)),
];

async function buildToFile(themeName: string, report: (typeof cases)[number][2], prefix = ''): Promise<string> {
  const result = await buildFromOutline(outlineOf(report), theme(themeName), { modified: new Date('2026-01-01T00:00:00Z') });
  const file = path.join(work, `${prefix}${themeName}-${report.name.replace(/\//gu, '-')}.pptx`);
  writeFileSync(file, result.pptx);
  return file;
}

describe.concurrent('every report in the default theme, every theme on two reports', () => {
  it.skipIf(skipRender !== null).each(cases)(`%s passes deckcheck${skipRender === null ? '' : ` (skipped: ${skipRender})`}`, async (_, themeName, report) => {
    const deck = await buildToFile(themeName, report);
    const result = await deckcheck(deck);
    expect(result.failures).toEqual([]);
    // Package warnings (directory entries, phantom overrides, element order) are repair triggers.
    const packageWarnings = (result.warnings as readonly { check?: string }[]).filter((warning) =>
      ['zip', 'content_types', 'relationships'].includes(warning.check ?? ''),
    );
    expect(packageWarnings).toEqual([]);
    expect(result.checks.fonts.share_chars_below_14pt).toBeLessThanOrEqual(0.05);
    if (skipValidate === null) {
      const validation = await ooxmlValidate(deck);
      expect(validation.output).toMatch(/ 0 invalid/u);
    }
  });
});

describe('every report in every theme, by ooxml-semantic', () => {
  it.skipIf(skipSemantic !== null)(`has no package error${skipSemantic === null ? '' : ` (skipped: ${skipSemantic})`}`, async () => {
    const decks: string[] = [];
    const all = themeNames().flatMap((themeName) => inputs.map((report) => [themeName, report] as const));
    for (const [themeName, report] of all) decks.push(await buildToFile(themeName, report, 'semantic-'));
    const reports = await ooxmlSemanticAll(decks);
    expect(reports).toHaveLength(all.length);
    expect(reports.filter((report) => report.errors.length > 0).map((report) => ({ deck: path.basename(report.deck), errors: report.errors }))).toEqual([]);
  });
});
