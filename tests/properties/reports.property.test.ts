/**
 * Properties over generated reports and mutated corpus texts, at the parse + plan level (fast enough
 * for 1,000 runs in CI): no exception but InputError, every source sentence in the notes, no box
 * outside the slide or other layout violation. HUIBAO_FC_RUNS overrides the number of runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readSource } from '../../src/parse/read-source.js';
import { planDeck } from '../../src/plan/plan-deck.js';
import { corpusReports, theme } from '../helpers/fixtures.js';
import { layoutViolations } from '../helpers/plan-checks.js';
import { mutatedArb, reportArb, runsFor, SHRINK_LIMIT, TIME_LIMIT_MS } from './arbitraries.js';
import { missingFromNotes } from './invariants.js';

const THEME = theme('party-red');
const BODY_MIN = Math.max(14, THEME.sizes.body.min);
const encoder = new TextEncoder();

/** The problems with what huibao makes of `text`; an InputError is an acceptable answer. */
async function problemsWith(text: string): Promise<string[]> {
  let outline;
  try {
    ({ outline } = await readSource(encoder.encode(text), 'generated.txt'));
  } catch (error) {
    if (error instanceof InputError) return [];
    throw error;
  }
  const plan = planDeck(outline, THEME);
  return [...layoutViolations(plan, BODY_MIN), ...missingFromNotes(text, plan).map((sentence) => `not in the notes: ${sentence}`)];
}

describe('generated reports', () => {
  it('parse and plan without surprises', async () => {
    await fc.assert(
      fc.asyncProperty(fc.limitShrink(reportArb, SHRINK_LIMIT), async (text) => {
        expect(await problemsWith(text)).toEqual([]);
      }),
      { numRuns: runsFor(150), timeout: 20_000, plugins: [fc.interruptAfterTimeLimit(TIME_LIMIT_MS, { failOnInterrupt: true })] },
    );
  }, 600_000);
});

describe('mutated corpus texts', () => {
  const reports = corpusReports();
  it('parse and plan without surprises', async () => {
    const arb = fc.limitShrink(
      fc.constantFrom(...reports).chain((report) => mutatedArb(report.text)),
      SHRINK_LIMIT,
    );
    await fc.assert(
      fc.asyncProperty(arb, async (text) => {
        expect(await problemsWith(text)).toEqual([]);
      }),
      { numRuns: runsFor(60), timeout: 20_000, plugins: [fc.interruptAfterTimeLimit(TIME_LIMIT_MS, { failOnInterrupt: true })] },
    );
  }, 600_000);
});
