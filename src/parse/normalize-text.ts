/**
 * Text clean-up before structure detection. Decoded files arrive with Windows/Mac line ends,
 * Word's vertical-tab soft breaks, full-width indentation and stray control characters; the
 * parser works on one paragraph per line with no leading/trailing blanks.
 */

const CONTROL_CHARS = /[\u0000-\u0008\u000E-\u001F\u007F\u200B\u200C\u200D\u2060\uFEFF]/g;

/** Normalises line ends, soft breaks, odd spaces and control characters; keeps inner spacing. */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u000B\u000C\u2028\u2029\u0085]/g, '\n')
    .replace(CONTROL_CHARS, '')
    .replace(/[\u3000\u00A0\u2002\u2003\u2009\u202F]/g, ' ');
}

/** Splits normalised text into trimmed, non-empty paragraphs (one per line). */
export function splitParagraphs(text: string): string[] {
  return splitLines(text)
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
    .filter((line) => line.length > 0);
}

/** Normalised lines as they are, indentation kept (hard-wrap detection reads it). */
export function splitLines(text: string): string[] {
  return normalizeText(text).split('\n');
}

/** Collapses every run of whitespace to nothing, for whitespace-insensitive comparisons. */
export function stripWhitespace(text: string): string {
  return text.replace(/\s+/g, '');
}
