/**
 * Characters XML 1.0 forbids pass through pptxgenjs raw and make the part unreadable
 * (LibreOffice shows a blank slide, PowerPoint offers a repair). Word's soft line break
 * U+000B and form feed become spaces; the rest is dropped.
 */
const SPACE_LIKE = /[\u000B\u000C]/g;
const ILLEGAL = /[\u0000-\u0008\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function sanitizeText(text: string): string {
  return text.replace(SPACE_LIKE, ' ').replace(ILLEGAL, '');
}
