/**
 * The one function every string that reaches the deck's XML goes through (slide text, notes,
 * section titles, document properties, font names from the theme or a template). Characters
 * XML 1.0 forbids pass through pptxgenjs raw and make the part unreadable (LibreOffice shows a
 * blank slide, PowerPoint offers a repair). Word's soft line break U+000B and form feed become
 * spaces; the rest is dropped. Theme files are checked with `findIllegalXmlCharacter` instead, so
 * the user hears about a stray control character rather than getting a silently changed font.
 */
const SPACE_LIKE = /[\u000B\u000C]/g;
const ILLEGAL = /[\u0000-\u0008\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function sanitizeText(text: string): string {
  return text.replace(SPACE_LIKE, ' ').replace(ILLEGAL, '');
}

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first character of `text` that XML 1.0 forbids, as `U+0001`, or undefined when there is none. */
export function findIllegalXmlCharacter(text: string): string | undefined {
  const found = FORBIDDEN.exec(text)?.[0];
  return found === undefined ? undefined : `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
