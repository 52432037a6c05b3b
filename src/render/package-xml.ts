/**
 * String-level XML helpers for the package fixes. The parts we touch are machine-written by
 * pptxgenjs with a known shape, so regular expressions over tags are enough and keep every fix a
 * pure string → string function; no DOM round trip reorders attributes or namespace declarations.
 */

/** One start, end or empty tag; quoted attribute values may contain `>`. */
const TAG = /<(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/** Escapes text content and attribute values alike (the same set pptxgenjs uses where it escapes). */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * Escapes `&` that do not start one of the five predefined entities or a character reference,
 * and raw `<` / `"`, in a value pptxgenjs inserted without escaping. Already escaped values pass
 * unchanged, so the fix can run on parts that were correct.
 */
export function escapeRawValue(value: string): string {
  return value
    .replace(/&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Replaces each `&` that does not start an entity or character reference (the rest is well-formed). */
export function escapeStrayAmpersands(xml: string): string {
  return xml.replace(/&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/g, '&amp;');
}

/** Characters XML 1.0 forbids even as references, plus lone surrogate halves. */
const ILLEGAL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const CHARACTER_REFERENCE = /&#(?:x([0-9a-fA-F]+)|([0-9]+));/g;

function isLegalXmlCodePoint(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/**
 * Every character ILLEGAL_CHARACTERS may match, as one class. V8 scans a part for it several times
 * faster than for the pattern with the surrogate look-arounds, and nearly no part has any: at 10×
 * the seed the look-around scan was ~15 ms of a ~340 ms build (`node --cpu-prof`).
 */
const MAYBE_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** Removes raw characters and character references that make a part not XML (e.g. Word's U+000B). */
export function stripIllegalXmlCharacters(xml: string): string {
  const stripped = MAYBE_ILLEGAL.test(xml) ? xml.replace(ILLEGAL_CHARACTERS, '') : xml;
  // pptxgenjs writes bullets as legal references (`&#x25A0;`): copy the part only to drop one.
  return replaceChanged(stripped, CHARACTER_REFERENCE, (reference, hex?: string, decimal?: string) => {
    const code = hex === undefined ? Number.parseInt(decimal ?? '', 10) : Number.parseInt(hex, 16);
    return isLegalXmlCodePoint(code) ? reference : '';
  });
}

/**
 * `text.replace(pattern, replace)` for a global pattern, except that the text comes back as it
 * is, not copied, when every match is replaced by itself. Most fixes change nothing in most
 * parts, and each copy of a part is garbage to collect: at 10× the seed this takes the build's
 * allocations from 133 to 121 MB (sampling heap profiler) and its time from 300 to 297 ms.
 */
export function replaceChanged(text: string, pattern: RegExp, replace: (match: string, ...groups: (string | undefined)[]) => string): string {
  return replaceMatches(text, pattern, (match) => replace(...(match as unknown as [string, ...(string | undefined)[]])));
}

/**
 * replaceChanged with the match itself handed over; `pattern` is global and never matches the
 * empty string. It is run with `exec` from where the previous match ended rather than through
 * `matchAll`, which clones the pattern on every call, and package-slide.ts scans each paragraph of a
 * slide on its own. `lastIndex` is set before every `exec`, so `replace` may run the same pattern
 * over other text.
 */
export function replaceMatches(text: string, pattern: RegExp, replace: (match: RegExpExecArray) => string): string {
  if (!pattern.global) throw new Error(`replaceMatches needs a global pattern, not ${String(pattern)}`);
  let result = '';
  let copied = 0;
  let changed = false;
  let from = 0;
  for (;;) {
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (match === null) break;
    from = match.index + Math.max(match[0].length, 1);
    const replacement = replace(match);
    if (replacement === match[0]) continue;
    result += text.slice(copied, match.index) + replacement;
    copied = match.index + match[0].length;
    changed = true;
  }
  return changed ? result + text.slice(copied) : text;
}

export interface ElementSpan {
  /** Qualified name, e.g. `p:sldIdLst`. */
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

function readTagName(tag: string): string {
  return /^<\/?([^\s/>]+)/.exec(tag)?.[1] ?? '';
}

const SLASH = 0x2f;
const QUESTION_MARK = 0x3f;
const EXCLAMATION_MARK = 0x21;

/** TAG anchored where it is tried: `test` then says where the tag ends without a match array. */
const TAG_AT = new RegExp(TAG.source, 'y');

/** Index just past the tag that TAG matches at `start`, or -1 when it matches none there. */
function tagEndAt(xml: string, start: number): number {
  TAG_AT.lastIndex = start;
  return TAG_AT.test(xml) ? TAG_AT.lastIndex : -1;
}

/** The name readTagName reads from a start or empty tag beginning at `start`. */
const TAG_NAME = /[^\s/>]+/y;

function tagNameAt(xml: string, start: number): string {
  TAG_NAME.lastIndex = start + 1;
  return TAG_NAME.exec(xml)?.[0] ?? '';
}

/**
 * The direct child elements of the element whose start tag ends at `contentStart` and whose end
 * tag begins at `contentEnd`. Comments, processing instructions and text are skipped.
 * The tags are found as TAG finds them, tried at each `<` with `test`: matching TAG with `exec`
 * allocated an array and a string for every tag of every paragraph removeStrayParagraphProperties
 * lists, most of them nested ones it never looks at (10× the seed: ~4 MB of garbage).
 */
export function listChildElements(xml: string, contentStart: number, contentEnd: number): ElementSpan[] {
  const children: ElementSpan[] = [];
  let depth = 0;
  let openName = '';
  let openStart = 0;
  let start = xml.indexOf('<', contentStart);
  while (start !== -1 && start < contentEnd) {
    const tagEnd = tagEndAt(xml, start);
    if (tagEnd === -1) {
      start = xml.indexOf('<', start + 1);
      continue;
    }
    const second = xml.charCodeAt(start + 1);
    if (second === QUESTION_MARK || second === EXCLAMATION_MARK) {
      // A comment or processing instruction.
    } else if (second === SLASH) {
      depth -= 1;
      if (depth === 0) children.push({ name: openName, start: openStart, end: tagEnd });
    } else if (xml.charCodeAt(tagEnd - 2) === SLASH) {
      if (depth === 0) children.push({ name: tagNameAt(xml, start), start, end: tagEnd });
    } else {
      if (depth === 0) {
        openName = tagNameAt(xml, start);
        openStart = start;
      }
      depth += 1;
    }
    start = xml.indexOf('<', tagEnd);
  }
  return children;
}

/**
 * listChildElements for content whose elements never hold one of their own name, as the children
 * of a paragraph (`a:pPr`, `a:r`, `a:br`, `a:fld`, `a:endParaRPr`) never do: a child then ends at
 * the first end tag of its name, so the scan steps from child to child instead of reading every
 * tag inside them (a run holds ten), as mapElementContent finds the paragraphs themselves. At 10×
 * the seed removeStrayParagraphProperties lists the children of ~400 paragraphs, and reading their
 * tags was most of its time in a build (--cpu-prof).
 */
export function listChildElementsShallow(xml: string, contentStart: number, contentEnd: number): ElementSpan[] {
  const children: ElementSpan[] = [];
  let start = xml.indexOf('<', contentStart);
  while (start !== -1 && start < contentEnd) {
    const tagEnd = tagEndAt(xml, start);
    if (tagEnd === -1) {
      start = xml.indexOf('<', start + 1);
      continue;
    }
    const second = xml.charCodeAt(start + 1);
    let end = tagEnd;
    if (second === QUESTION_MARK || second === EXCLAMATION_MARK || second === SLASH) {
      // A comment, a processing instruction, or an end tag with no start (not well-formed).
    } else if (xml.charCodeAt(tagEnd - 2) === SLASH) {
      children.push({ name: tagNameAt(xml, start), start, end: tagEnd });
    } else {
      const name = tagNameAt(xml, start);
      const endTag = xml.indexOf(`</${name}>`, tagEnd);
      if (endTag === -1 || endTag + name.length + 3 > contentEnd) break;
      end = endTag + name.length + 3;
      children.push({ name, start, end });
    }
    start = xml.indexOf('<', end);
  }
  return children;
}

export interface RootSpan {
  readonly name: string;
  /** Index just after the root start tag. */
  readonly contentStart: number;
  /** Index of the root end tag. */
  readonly contentEnd: number;
}

/** Locates the root element's content; undefined for an empty or self-closing root. */
export function findRootContent(xml: string): RootSpan | undefined {
  TAG.lastIndex = 0;
  for (let match = TAG.exec(xml); match !== null; match = TAG.exec(xml)) {
    const tag = match[0];
    if (tag.startsWith('<?') || tag.startsWith('<!')) continue;
    if (tag.endsWith('/>') || tag.startsWith('</')) return undefined;
    const name = readTagName(tag);
    const contentEnd = xml.lastIndexOf(`</${name}>`);
    if (contentEnd < 0) return undefined;
    return { name, contentStart: match.index + tag.length, contentEnd };
  }
  return undefined;
}

/**
 * The source of a pattern for every `<prefix:local …>…</prefix:local>` element (not a
 * self-closing one) of the names given, capturing its start tag, name and content as groups
 * `first`, `first + 1` and `first + 2`: with those numbers right, several such patterns can be the
 * alternatives of one scan (package-slide.ts). The content ends at the first end tag of the same
 * name, so no element named may nest inside one named, which holds for every set this module is
 * used on (`a:p`; `a:rPr`, `a:defRPr` and `a:endParaRPr`; …).
 */
export function elementSource(qualifiedNames: string | readonly string[], first = 1): string {
  const names = (typeof qualifiedNames === 'string' ? [qualifiedNames] : qualifiedNames).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return `(<(${names.join('|')})(?:\\s(?:[^>"']|"[^"]*"|'[^']*')*?)?(?<!/)>)([\\s\\S]*?)</\\${first + 1}>`;
}

/**
 * The element elementSource(…, `first`) matched, with `content` in place of its own; the match
 * itself when the content is unchanged, so that replaceMatches copies nothing.
 */
export function withContent(match: RegExpExecArray, first: number, content: string): string {
  return content === match[first + 2] ? match[0] : `${match[first] ?? ''}${content}</${match[first + 1] ?? ''}>`;
}

/**
 * Applies `transform` to the content of every `<prefix:local …>…</prefix:local>` element (not to
 * self-closing ones) of the names given, in one scan of the part (see elementSource).
 */
export function mapElementContent(xml: string, qualifiedNames: string | readonly string[], transform: (content: string, startTag: string) => string): string {
  const element = new RegExp(elementSource(qualifiedNames), 'g');
  return replaceMatches(xml, element, (match) => withContent(match, 1, transform(match[3] ?? '', match[1] ?? '')));
}

const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the predefined entities and character references of an attribute value or text. */
export function decodeXmlEntities(text: string): string {
  // Nearly every value decoded (a run's typefaces, by typefacesIn and applyFontPairs) has none.
  if (!text.includes('&')) return text;
  return text.replace(/&(?:(amp|lt|gt|quot|apos)|#x([0-9a-fA-F]+)|#([0-9]+));/g, (reference, name?: string, hex?: string, decimal?: string) => {
    if (name !== undefined) return PREDEFINED_ENTITIES[name] ?? reference;
    const code = hex === undefined ? Number.parseInt(decimal ?? '', 10) : Number.parseInt(hex, 16);
    return isLegalXmlCodePoint(code) ? String.fromCodePoint(code) : '';
  });
}
