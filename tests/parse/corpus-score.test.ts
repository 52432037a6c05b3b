import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/build-outline.js';
import { f1, hardWrap, loadCorpus, scoreOutline, type Score } from './corpus-helpers.js';

const corpus = loadCorpus();

describe('corpus score', () => {
  it('has the seed and the twenty dev reports', () => {
    expect(corpus.length).toBe(21);
  });

  it('reaches a pooled F1 of at least 0.97 over section and point titles', () => {
    const rows: string[] = [];
    const pooled: { matched: number; predicted: number; expected: number } = { matched: 0, predicted: 0, expected: 0 };
    for (const item of corpus) {
      const score: Score = scoreOutline(parseReport(item.text), item.expected);
      pooled.matched += score.matched;
      pooled.predicted += score.predicted;
      pooled.expected += score.expected;
      const r = f1(score);
      rows.push(
        `${item.name.padEnd(48)} ${r.precision.toFixed(3)}  ${r.recall.toFixed(3)}  ${r.f1.toFixed(3)}  (${score.matched}/${score.predicted}/${score.expected})`,
      );
    }
    const total = f1(pooled);
    console.log(
      [
        `${'file'.padEnd(48)} prec.  recall F1     (matched/predicted/expected)`,
        ...rows,
        `${'POOLED'.padEnd(48)} ${total.precision.toFixed(3)}  ${total.recall.toFixed(3)}  ${total.f1.toFixed(3)}`,
      ].join('\n'),
    );
    expect(total.f1).toBeGreaterThanOrEqual(0.97);
  });

  // A report copied out of a PDF arrives cut into lines of one width; the parser must re-join them.
  it.each(corpus.map((item) => [item.name, item] as const))('%s: hard-wrapped at 36 characters scores within 0.03 of the text', (_name, item) => {
    const plain = f1(scoreOutline(parseReport(item.text), item.expected)).f1;
    const wrapped = f1(scoreOutline(parseReport(hardWrap(item.text, 36)), item.expected)).f1;
    expect(wrapped).toBeGreaterThanOrEqual(plain - 0.03);
  });

  it.each(corpus.map((item) => [item.name, item] as const))('%s: title and closing', (_name, item) => {
    const outline = parseReport(item.text);
    expect(outline.title.replace(/\s+/g, ' ')).toBe(item.expected.title.replace(/\s+/g, ' '));
    expect(outline.closing).toBe(item.expected.closing);
  });

  it('matches the seed outline exactly', () => {
    const seed = corpus.find((item) => item.name === 'seed');
    expect(seed).toBeDefined();
    if (seed === undefined) return;
    const outline = parseReport(seed.text);
    expect(outline.sections.map((s) => ({ title: s.title, points: s.points.map((p) => ({ title: p.title })) }))).toEqual(
      seed.expected.sections.map((s) => ({ title: s.title, points: s.points.map((p) => ({ title: p.title })) })),
    );
    expect(outline.closing).toBe(seed.expected.closing);
    expect(outline.speaker).toBe('市国资委');
    expect(outline.meeting).toBe('全市组织工作会议');
    expect(outline.salutation).toBe('尊敬的各位领导，同志们：');
    expect(outline.opening.endsWith('现将有关工作进展情况汇报如下：')).toBe(true);
  });
});
