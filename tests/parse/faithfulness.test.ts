import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/build-outline.js';
import { splitSentences } from '../../src/parse/split-sentences.js';
import { loadCorpus, outlineTables, outlineText, tableLines, withoutTableLines } from './corpus-helpers.js';

const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** Drops numbering marks so a sentence can be found whatever field its mark ended up in. */
const withoutMarks = (s: string): string =>
  squeeze(s).replace(
    /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、．.]|\d+[.．、]|第[一二三四五六七八九十]+[，,、]|[一二三四五六七八九十]+是|——)/,
    '',
  );

describe('faithfulness', () => {
  it.each(loadCorpus().map((item) => [item.name, item.text] as const))('%s: every sentence is kept once, in order', (_name, text) => {
    const outline = parseReport(text);
    const joined = squeeze(outlineText(outline));
    const prose = withoutTableLines(text.replace(/^\uFEFF/, ''));
    for (const sentence of splitSentences(prose)) {
      expect(joined).toContain(withoutMarks(sentence));
    }
    // Nothing lost and nothing duplicated: the fields, in order, are exactly the source; tables
    // are kept whole, in order, as tables.
    expect(joined).toBe(squeeze(prose));
    expect(squeeze(outlineTables(outline))).toBe(squeeze(tableLines(text)));
  });
});
