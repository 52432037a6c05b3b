/**
 * Enumerations written inside running text: `……：一是加强……；二是完善……。三是……`.
 * An item starts right after a sentence or clause boundary (or at the start of the text) with a
 * `yishi`/`ordinal`/`sequence` mark, and the run must count 1, 2, 3… in order.
 */

import { buildRuns, detectMarker, titleFromHeading, type MarkedItem, type MarkerKind } from './detect-markers.js';
import { readLabel } from './label-paragraphs.js';

export interface InlineItem {
  /** Offset of the mark in the text. */
  readonly start: number;
  /** Offset just past the item's heading (its first clause up to 。！？；). */
  readonly headingEnd: number;
  readonly title: string;
}

const INLINE_KINDS: ReadonlySet<MarkerKind> = new Set<MarkerKind>(['yishi', 'ordinal', 'sequence']);
const BOUNDARY = /[。！？；：:;!?\n]/g;
const HEADING_END = /[。！？；!?;]/;
const CLOSERS = /[”’」』）)】》]/;

/** Where the heading of an inline item that starts at `start` ends. */
export function findInlineHeadingEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && text.charAt(i) !== '\n' && !HEADING_END.test(text.charAt(i))) i += 1;
  if (i < text.length && text.charAt(i) !== '\n') {
    i += 1;
    while (i < text.length && CLOSERS.test(text.charAt(i))) i += 1;
  }
  return i;
}

/**
 * Where the `××方面：` label an item opens with ends (`一是教学质量方面：……`), or null: such an
 * item is headed by its label, as a labelled paragraph is (label-paragraphs.ts), not by its whole
 * first sentence.
 */
function labelEnd(text: string, item: MarkedItem): number | null {
  const from = item.at + item.marker.mark.length;
  const label = readLabel(text.slice(from, from + 40));
  return label?.kind === 'aspect' ? from + label.length : null;
}

/**
 * A run ends before an item inside a later paragraph: `……成功的。一是……，二是……。` and three
 * paragraphs on `……呢，一是……；二是……；三是……` are two enumerations, each with its own 二是, not
 * one run from the first 一是 to the second's 二是 (the marks after commas are not read). An item
 * that opens its paragraph may follow from any earlier one (`……：一是……。` then `二是……。` below).
 */
function withinReach(text: string, run: readonly MarkedItem[]): MarkedItem[] {
  const kept: MarkedItem[] = [];
  for (const item of run) {
    const previous = kept[kept.length - 1];
    const opensParagraph = item.at === 0 || text.charAt(item.at - 1) === '\n';
    if (previous !== undefined && !opensParagraph && text.slice(previous.at, item.at).includes('\n')) break;
    kept.push(item);
  }
  return kept;
}

/** All inline enumeration runs (two or more items counting from 1), in text order. */
export function findInlineEnumerations(text: string): InlineItem[][] {
  const byKind = new Map<MarkerKind, MarkedItem[]>();
  // Only the start and the places after a boundary can open an item: jumping from one to the next
  // instead of testing every character took this from ~39 to ~4 ms of a 100× seed build (--cpu-prof).
  const afterBoundaries = Array.from(text.matchAll(BOUNDARY), (match) => match.index + 1).filter((at) => at < text.length);
  const openings = text === '' ? [] : [0, ...afterBoundaries];
  for (const i of openings) {
    let start = i;
    while (start < text.length && text.charAt(start) === ' ') start += 1;
    const marker = detectMarker(text.slice(start, start + 40));
    if (marker === null || !INLINE_KINDS.has(marker.kind)) continue;
    const list = byKind.get(marker.kind) ?? [];
    list.push({ at: start, marker });
    byKind.set(marker.kind, list);
  }
  continueSequence(byKind);
  const runs: InlineItem[][] = [];
  for (const items of byKind.values()) {
    for (const run of buildRuns(items)
      .map((found) => withinReach(text, found))
      .filter((found) => found.length >= 2)) {
      runs.push(
        run.map((item) => {
          const headingEnd = labelEnd(text, item) ?? findInlineHeadingEnd(text, item.at);
          return { start: item.at, headingEnd, title: titleFromHeading(text.slice(item.at, headingEnd)) };
        }),
      );
    }
  }
  return runs.filter((run) => run.every((item) => item.title.length >= 2)).sort((a, b) => (a[0]?.start ?? 0) - (b[0]?.start ?? 0));
}

/**
 * A `首先……其次……` run that goes on in ordinals (`第三，……第四，……`): those items join the run
 * (a speech's third demand was lost from its slide). Only ordinals from 第三 on, each after the
 * run's last item, move.
 */
function continueSequence(byKind: Map<MarkerKind, MarkedItem[]>): void {
  const sequence = byKind.get('sequence');
  const ordinals = byKind.get('ordinal');
  if (sequence === undefined || ordinals === undefined) return;
  const moved: MarkedItem[] = [];
  let last = sequence[sequence.length - 1];
  for (const item of ordinals) {
    if (last === undefined || item.at < last.at || item.marker.ordinal !== last.marker.ordinal + 1 || item.marker.ordinal < 3) continue;
    moved.push(item);
    last = item;
  }
  if (moved.length === 0) return;
  byKind.set('sequence', [...sequence, ...moved]);
  byKind.set(
    'ordinal',
    ordinals.filter((item) => !moved.includes(item)),
  );
}

/** The first inline enumeration run of the text, or an empty list. */
export function findFirstInlineEnumeration(text: string): InlineItem[] {
  return findInlineEnumerations(text)[0] ?? [];
}
