/**
 * Every report (seed, dev corpus and the stress inputs) in every theme, rendered by LibreOffice: no overflow, no
 * overlap, nothing off the slide, at most 5 % of characters below 14 pt, and every part
 * schema-valid and free of ooxml-semantic errors. Slow (a LibreOffice render per deck), so decks are checked two at a time.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFromOutline } from '../../src/build-deck.js';
import { deckcheck, ooxmlSemanticErrors, ooxmlValidate, renderUnavailable, semanticUnavailable, validatorUnavailable } from '../helpers/deckcheck.js';
import { everyInput, outlineOf, theme, themeNames } from '../helpers/fixtures.js';

const skipRender = renderUnavailable();
const skipValidate = validatorUnavailable();
const skipSemantic = semanticUnavailable();
const work = mkdtempSync(path.join(tmpdir(), 'huibao-corpus-'));
const cases = themeNames().flatMap((themeName) => everyInput().map((report) => [`${themeName} × ${report.name}`, themeName, report] as const));

async function buildToFile(themeName: string, report: (typeof cases)[number][2]): Promise<string> {
  const result = await buildFromOutline(outlineOf(report), theme(themeName), { modified: new Date('2026-01-01T00:00:00Z') });
  const file = path.join(work, `${themeName}-${report.name.replace(/\//gu, '-')}.pptx`);
  writeFileSync(file, result.pptx);
  return file;
}

describe.concurrent('every report in every theme', () => {
  it.skipIf(skipRender !== null).each(cases)(`%s passes deckcheck${skipRender === null ? '' : ` (skipped: ${skipRender})`}`, async (_, themeName, report) => {
    const deck = await buildToFile(themeName, report);
    const result = await deckcheck(deck);
    expect(result.failures).toEqual([]);
    // Package warnings (directory entries, phantom overrides, element order) are repair triggers.
    const packageWarnings = (result.warnings as readonly { check?: string }[]).filter((warning) => ['zip', 'content_types', 'relationships'].includes(warning.check ?? ''));
    expect(packageWarnings).toEqual([]);
    expect(result.checks.fonts.share_chars_below_14pt).toBeLessThanOrEqual(0.05);
    if (skipValidate === null) {
      const validation = await ooxmlValidate(deck);
      expect(validation.output).toMatch(/ 0 invalid/u);
    }
    if (skipSemantic === null) expect(await ooxmlSemanticErrors(deck)).toEqual([]);
  });
});
