import { escapeXml } from './package-xml.js';

export interface NotesFont {
  readonly latin: string;
  readonly eastAsian: string;
}

/** CT_TextCharacterProperties children that must come after `a:latin`/`a:ea`. */
const AFTER_EAST_ASIAN = /<a:(?:cs|sym|hlinkClick|hlinkMouseOver|rtl|extLst)[\s/>]/;

/**
 * pptxgenjs writes speaker notes as `lang="en-US"` runs with no font, so PowerPoint picks a
 * Western face and may draw Chinese with a fallback; and it leaves the line breaks of the notes
 * raw inside `<a:t>`. Splits those into `<a:br>` and gives every run the language and the
 * theme's minor fonts.
 */
export function fixNotesRuns(notesXml: string, language: string, font: NotesFont): string {
  return setRunLanguageAndFonts(breakNotesLines(notesXml), language, font);
}

const RUN_WITH_TEXT = /<a:r>(<a:rPr(?:\s[^>]*?)?(?:\/>|>[\s\S]*?<\/a:rPr>))?<a:t>([\s\S]*?)<\/a:t><\/a:r>/g;

/** A line feed inside `<a:t>` is not a line break in DrawingML; `<a:br>` is. */
export function breakNotesLines(notesXml: string): string {
  return notesXml.replace(RUN_WITH_TEXT, (run, properties: string | undefined, text: string) => {
    const lines = text.split(/\r\n|\r|\n/);
    if (lines.length === 1) return run;
    const rPr = properties ?? '';
    const lineBreak = `<a:br>${rPr}</a:br>`;
    return lines.map((line) => `<a:r>${rPr}<a:t>${line}</a:t></a:r>`).join(lineBreak);
  });
}

const RUN_PROPERTIES = /<a:(rPr|endParaRPr)(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/a:\1>)/g;

export function setRunLanguageAndFonts(xml: string, language: string, font: NotesFont): string {
  const faces = `<a:latin typeface="${escapeXml(font.latin)}"/><a:ea typeface="${escapeXml(font.eastAsian)}"/>`;
  return xml.replace(RUN_PROPERTIES, (_whole, name: string, attributes: string | undefined, content: string | undefined) => {
    const withLanguage = setLanguage(attributes ?? '', language);
    const children = (content ?? '').replace(/<a:(?:latin|ea)\s[^>]*?\/>/g, '');
    const insertAt = children.search(AFTER_EAST_ASIAN);
    const merged = insertAt < 0 ? children + faces : children.slice(0, insertAt) + faces + children.slice(insertAt);
    return `<a:${name}${withLanguage}>${merged}</a:${name}>`;
  });
}

function setLanguage(attributes: string, language: string): string {
  const lang = ` lang="${escapeXml(language)}"`;
  let result = /\slang="[^"]*"/.test(attributes) ? attributes.replace(/\slang="[^"]*"/, lang) : lang + attributes;
  // Office pairs a non-English lang with altLang so spell-checking of Latin words still works.
  if (language !== 'en-US' && !/\saltLang="/.test(result)) result = result.replace(lang, `${lang} altLang="en-US"`);
  return result;
}
