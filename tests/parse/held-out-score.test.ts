/**
 * Held-out check: reports written for this test in genres and layouts the dev corpus lacks
 * (`tests/fixtures/held-out/`). Their answers were written from reading the text, before the parser
 * was run on them, so this score says how the rules carry over to unseen reports.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/build-outline.js';
import { f1, loadCaseFolder, outlineTables, outlineText, scoreOutline, tableLines, withoutTableLines, type Score } from './corpus-helpers.js';

const heldOutDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/held-out');

const cases = loadCaseFolder(heldOutDir);

describe('held-out score', () => {
  it('has the ten held-out reports', () => {
    expect(cases.length).toBe(10);
  });

  it('reaches a pooled F1 of at least 0.9 over section and point titles', () => {
    const rows: string[] = [];
    const pooled = { matched: 0, predicted: 0, expected: 0 };
    for (const item of cases) {
      const score: Score = scoreOutline(parseReport(item.text), item.expected);
      pooled.matched += score.matched;
      pooled.predicted += score.predicted;
      pooled.expected += score.expected;
      const r = f1(score);
      rows.push(
        `${item.name.padEnd(44)} ${r.precision.toFixed(3)}  ${r.recall.toFixed(3)}  ${r.f1.toFixed(3)}  (${score.matched}/${score.predicted}/${score.expected})`,
      );
    }
    const total = f1(pooled);
    console.log(
      [
        `${'held-out file'.padEnd(44)} prec.  recall F1     (matched/predicted/expected)`,
        ...rows,
        `${'POOLED'.padEnd(44)} ${total.precision.toFixed(3)}  ${total.recall.toFixed(3)}  ${total.f1.toFixed(3)}`,
      ].join('\n'),
    );
    expect(total.f1).toBeGreaterThanOrEqual(0.9);
  });

  it.each(cases.map((item) => [item.name, item] as const))('%s: title and closing', (_name, item) => {
    const outline = parseReport(item.text);
    expect(outline.title.replace(/\s+/g, ' ')).toBe(item.expected.title.replace(/\s+/g, ' '));
    expect(outline.closing).toBe(item.expected.closing);
  });

  it.each(cases.map((item) => [item.name, item.text] as const))('%s: every character lands in one field', (_name, text) => {
    const o = parseReport(text);
    const squeeze = (s: string): string => s.replace(/\s+/g, '');
    expect(squeeze(outlineText(o))).toBe(squeeze(withoutTableLines(text.replace(/^\uFEFF/, ''))));
    expect(squeeze(outlineTables(o))).toBe(squeeze(tableLines(text)));
  });
});
