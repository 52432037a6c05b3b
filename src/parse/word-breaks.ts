/**
 * Chinese word breaks from ICU's dictionary (`Intl.Segmenter`, built into Node): where a label may
 * start or end, where a title may break, where a cut may fall without splitting a word.
 */

let segmenter: Intl.Segmenter | null = null;

/** Offsets in `text` where a Chinese word starts or ends (ICU's dictionary word breaks). */
export function wordBreaks(text: string): Set<number> {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const breaks = new Set<number>([0, text.length]);
  for (const segment of segmenter.segment(text)) {
    breaks.add(segment.index);
    breaks.add(segment.index + segment.segment.length);
  }
  return breaks;
}
