/**
 * Properties of the whole build (parse → plan → render → package) over generated reports and
 * mutated corpus texts: no exception but InputError, and every XML part of the .pptx well-formed
 * (fast-xml-parser's validator plus a check for characters XML 1.0 forbids). A build takes a few
 * hundred milliseconds, so this runs 100 cases in CI and 15 locally (HUIBAO_FC_PPTX_RUNS overrides);
 * the cheaper parse + plan properties in reports.property.test.ts run 1,000.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/build-deck.js';
import { InputError } from '../../src/errors.js';
import type { Theme } from '../../src/themes/theme-schema.js';
import JSZip from 'jszip';
import { corpusReports, theme } from '../helpers/fixtures.js';
import { mutatedArb, reportArb, SHRINK_LIMIT, TIME_LIMIT_MS } from './arbitraries.js';
import { malformedParts } from './invariants.js';

const THEMES = ['party-red', 'gov-blue', 'dark', 'minimal'].map((name) => theme(name));
const encoder = new TextEncoder();

function pptxRuns(): number {
  const configured = Number(process.env['HUIBAO_FC_PPTX_RUNS']);
  if (Number.isInteger(configured) && configured > 0) return configured;
  return process.env['CI'] !== undefined ? 100 : 15;
}

describe('malformedParts', () => {
  it('finds unbalanced tags and forbidden characters, and passes good parts', async () => {
    const zip = new JSZip();
    zip.file('good.xml', '<?xml version="1.0"?><a x="1"><b/>t&amp;</a>');
    zip.file('unbalanced.xml', '<a><b></a>');
    zip.file('control.xml', '<a>\u0001</a>');
    const problems = await malformedParts(await zip.generateAsync({ type: 'uint8array' }));
    expect(problems.some((problem) => problem.startsWith('unbalanced.xml'))).toBe(true);
    expect(problems.some((problem) => problem.startsWith('control.xml: illegal character U+1'))).toBe(true);
    expect(problems.some((problem) => problem.startsWith('good.xml'))).toBe(false);
  });
});

describe('whole builds', () => {
  it('give well-formed packages or an InputError', async () => {
    const reports = corpusReports();
    const text = fc.limitShrink(
      fc.oneof(
        reportArb,
        fc.constantFrom(...reports).chain((report) => mutatedArb(report.text)),
      ),
      SHRINK_LIMIT,
    );
    await fc.assert(
      fc.asyncProperty(text, fc.nat(THEMES.length - 1), async (source, themeIndex) => {
        let pptx: Uint8Array;
        try {
          ({ pptx } = await buildDeck({ bytes: encoder.encode(source), fileName: 'generated.txt', theme: THEMES[themeIndex] as Theme, modified: new Date(0) }));
        } catch (error) {
          if (error instanceof InputError) return;
          throw error;
        }
        expect(await malformedParts(pptx)).toEqual([]);
      }),
      { numRuns: pptxRuns(), timeout: 60_000, plugins: [fc.interruptAfterTimeLimit(TIME_LIMIT_MS, { failOnInterrupt: true })] },
    );
  }, 900_000);
});
