/** The checks every property test applies to what huibao makes of an arbitrary input. */
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import type { DeckPlan } from '../../src/plan/deck-plan.js';

/**
 * As the parser reads control characters: vertical tab and form feed (Word's soft breaks) are line
 * breaks, tab is a space, the rest of U+0000–U+001F are dropped (slides and notes cannot hold them).
 */
export function stripControl(text: string): string {
  return text
    .replace(/\r\n?/gu, '\n')
    .replace(/[\u000B\u000C\u2028\u2029\u0085]/gu, '\n')
    .replace(/[\u0000-\u0008\u000E-\u001F]/gu, '');
}

/** Sentences of the source as the notes must keep them: control characters and whitespace removed. */
export function sentencesOf(text: string): string[] {
  return stripControl(text)
    .split(/(?<=[。！？])|\n/u)
    .map((sentence) => sentence.replace(/\s+/gu, ''))
    .filter((sentence) => sentence.length > 0);
}

/** Source sentences missing from the plan's notes (empty when the notes hold them all). */
export function missingFromNotes(source: string, plan: DeckPlan): string[] {
  const notes = plan.slides
    .map((slide) => slide.notes)
    .join('\n')
    .replace(/\s+/gu, '');
  return sentencesOf(source).filter((sentence) => !notes.includes(sentence));
}

const ILLEGAL_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** Every XML part of the package that is not well-formed, with the reason. */
export async function malformedParts(pptx: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(pptx);
  const problems: string[] = [];
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/u.test(name)) continue;
    const xml = await entry.async('string');
    const illegal = ILLEGAL_XML_CHAR.exec(xml);
    if (illegal !== null) problems.push(`${name}: illegal character U+${(illegal[0].codePointAt(0) ?? 0).toString(16)}`);
    const verdict = XMLValidator.validate(xml);
    if (verdict !== true) problems.push(`${name}: ${verdict.err.msg} (line ${verdict.err.line})`);
  }
  return problems;
}
