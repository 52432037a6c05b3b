/**
 * .docx → text. We read `word/document.xml`, `styles.xml` and `numbering.xml` ourselves (JSZip + a
 * small XML walk) instead of using mammoth: mammoth drops Word's automatic numbering, and the
 * numbering (一、 （一） 1.) is exactly what the text parser needs to find sections and points.
 *
 * Output: when the document marks its structure with heading styles (see `hasHeadingStructure`),
 * a Markdown text with `#`/`##` headings for `parseMarkdown`; otherwise plain text, one paragraph a
 * line, with the numbering markers written in front of the paragraphs, for `parseReport`.
 */
import { openZip, UnreadableZipError, type ZipPackage } from '../ooxml/open-zip.js';
import { ResourceBudget } from '../resource-budget.js';
import { InputError } from '../errors.js';
import { NO_NUMBERING, NumberingCounter, readNumberingDefinitions, type NumberingDefinitions } from './docx-numbering.js';
import { NO_STYLES, parseOutlineLevel, readNumberingReference, readStyleSheet, type ParagraphStyle, type StyleSheet } from './docx-styles.js';
import { MalformedXmlError, childElements, firstChild, isElement, parseXml, valOf, type XmlElement } from '../ooxml/xml-reader.js';
import { escapeMarkdownLine, formatPipeTableRow } from './markdown-escape.js';

export interface DocxParagraph {
  readonly kind: 'paragraph';
  /** The paragraph's text; Word soft line breaks are kept as `\n`, tabs as `\t`. */
  readonly text: string;
  /** The automatic-numbering marker Word shows in front of it (`一、`, `（一）`, `1.`), or ''. */
  readonly marker: string;
  /** 1-based heading level from the paragraph's style or outline level, or null for body text. */
  readonly headingLevel: number | null;
  readonly isTitle: boolean;
}

export interface DocxTable {
  readonly kind: 'table';
  readonly rows: readonly (readonly string[])[];
}

export type DocxBlock = DocxParagraph | DocxTable;

export interface DocxText {
  /** `markdown` when heading styles carry the structure, else `text`. */
  readonly format: 'markdown' | 'text';
  readonly text: string;
  readonly blocks: readonly DocxBlock[];
}

const DOCX_HINT = '请在 Word 或 WPS 中打开该文件并重新另存为 .docx，或另存为纯文本（.txt）后重试。';

export async function readDocx(bytes: Uint8Array, fileName: string): Promise<DocxText> {
  const budget = new ResourceBudget(fileName);
  const parts = readParts(bytes, fileName, budget);
  const blocks = readBlocks(parts.document, parts.styles, parts.numbering, budget);
  if (!blocks.some((block) => blockText(block).trim() !== '')) {
    throw new InputError(`Word 文档“${fileName}”里没有文字。`, {
      file: fileName,
      hint: '请确认选对了文件；如果文字在图片或文本框里，请把它们复制到正文中。',
    });
  }
  const format = hasHeadingStructure(blocks) ? 'markdown' : 'text';
  const text = format === 'markdown' ? writeMarkdown(blocks) : writePlainText(blocks);
  return { format, text, blocks };
}

interface DocxParts {
  readonly document: XmlElement;
  readonly styles: StyleSheet;
  readonly numbering: NumberingDefinitions;
}

function readParts(bytes: Uint8Array, fileName: string, budget: ResourceBudget): DocxParts {
  try {
    const zip = openZip(bytes, budget);
    const documentPath = findMainDocumentPath(zip, budget) ?? 'word/document.xml';
    const documentXml = zip.text(documentPath);
    if (documentXml === undefined) {
      const hint =
        zip.has('ppt/presentation.xml') || zip.has('xl/workbook.xml') ? '这似乎是 PowerPoint 或 Excel 文件，请提供讲话稿的 Word 文档或纯文本。' : DOCX_HINT;
      throw new InputError(`“${fileName}”是一个压缩包，但不是 Word 文档（.docx）：里面没有正文部分。`, { file: fileName, hint });
    }
    const folder = documentPath.slice(0, documentPath.lastIndexOf('/') + 1);
    const related = readRelationships(zip, `${folder}_rels/${documentPath.slice(folder.length)}.rels`, budget);
    const stylesPath = resolveTarget(folder, related.get('styles')) ?? `${folder}styles.xml`;
    const numberingPath = resolveTarget(folder, related.get('numbering')) ?? `${folder}numbering.xml`;
    const stylesXml = zip.text(stylesPath);
    const numberingXml = zip.text(numberingPath);
    return {
      document: parseXml(documentXml, budget, documentPath),
      styles: stylesXml === undefined ? NO_STYLES : readStyleSheet(parseXml(stylesXml, budget, stylesPath)),
      numbering: numberingXml === undefined ? NO_NUMBERING : readNumberingDefinitions(parseXml(numberingXml, budget, numberingPath)),
    };
  } catch (error) {
    if (error instanceof UnreadableZipError) {
      throw new InputError(`无法打开 Word 文档“${fileName}”：文件已损坏，或不是 .docx 格式。`, { file: fileName, hint: DOCX_HINT, cause: error });
    }
    if (error instanceof MalformedXmlError) {
      throw new InputError(`Word 文档“${fileName}”内部格式有误，无法读取。`, { file: fileName, hint: DOCX_HINT, cause: error });
    }
    throw error;
  }
}

function findMainDocumentPath(zip: ZipPackage, budget: ResourceBudget): string | undefined {
  const related = readRelationships(zip, '_rels/.rels', budget);
  return resolveTarget('', related.get('officeDocument'));
}

/** Relationship type (last path segment, e.g. `styles`) → target. Unreadable rels count as none. */
function readRelationships(zip: ZipPackage, path: string, budget: ResourceBudget): Map<string, string> {
  const relationships = new Map<string, string>();
  const xml = zip.text(path);
  if (xml === undefined) return relationships;
  try {
    for (const relationship of childElements(parseXml(xml, budget, path), 'Relationship')) {
      const type = relationship.attrs['Type']?.split('/').pop();
      const target = relationship.attrs['Target'];
      if (type !== undefined && target !== undefined && !relationships.has(type)) relationships.set(type, target);
    }
  } catch (error) {
    // A broken .rels file only costs us the non-default part names; a spent budget stops the read.
    if (!(error instanceof MalformedXmlError)) throw error;
  }
  return relationships;
}

function resolveTarget(folder: string, target: string | undefined): string | undefined {
  if (target === undefined) return undefined;
  if (target.startsWith('/')) return target.slice(1);
  const segments = `${folder}${target}`.split('/');
  const resolved: string[] = [];
  for (const segment of segments) {
    if (segment === '..') resolved.pop();
    else if (segment !== '.' && segment !== '') resolved.push(segment);
  }
  return resolved.join('/');
}

function readBlocks(document: XmlElement, styles: StyleSheet, numbering: NumberingDefinitions, budget: ResourceBudget): DocxBlock[] {
  const body = firstChild(document, 'w:body');
  if (body === undefined) return [];
  const counter = new NumberingCounter(numbering, budget);
  const blocks: DocxBlock[] = [];
  const visit = (container: XmlElement): void => {
    for (const element of childElements(container)) {
      if (element.name === 'w:p') {
        if (styles.get(valOf(firstChild(element, 'w:pPr'), 'w:pStyle') ?? '')?.isTableOfContents === true) continue;
        const paragraph = readParagraph(element, styles, counter);
        if (paragraph.text.trim() !== '') blocks.push(paragraph);
      } else if (element.name === 'w:tbl') {
        const table = readTable(element);
        if (table.rows.length > 0) blocks.push(table);
      } else if (CONTAINERS.has(element.name) && !isTableOfContentsBlock(element)) {
        visit(element);
      }
    }
  };
  visit(body);
  return blocks;
}

/** Word wraps its generated table of contents in a content control marked as such. */
function isTableOfContentsBlock(element: XmlElement): boolean {
  if (element.name !== 'w:sdt') return false;
  const gallery = valOf(firstChild(firstChild(element, 'w:sdtPr'), 'w:docPartObj'), 'w:docPartGallery');
  return gallery !== undefined && /table of contents/i.test(gallery);
}

/** Block-level wrappers whose content is ordinary body text. */
const CONTAINERS = new Set(['w:sdt', 'w:sdtContent', 'w:customXml', 'w:ins', 'mc:AlternateContent', 'mc:Choice']);

function readParagraph(paragraph: XmlElement, styles: StyleSheet, counter: NumberingCounter): DocxParagraph {
  const pPr = firstChild(paragraph, 'w:pPr');
  const styleId = valOf(pPr, 'w:pStyle') ?? 'Normal';
  const style = styles.get(styleId);
  const directOutline = parseOutlineLevel(valOf(pPr, 'w:outlineLvl'));
  const headingLevel = directOutline === undefined ? (style?.headingLevel ?? null) : directOutline > 8 ? null : directOutline + 1;
  return {
    kind: 'paragraph',
    text: readRunText(paragraph),
    marker: readMarker(pPr, styleId, style, counter),
    headingLevel,
    isTitle: style?.isTitle ?? false,
  };
}

/** Numbering set on the paragraph wins over numbering set through its style; numId 0 switches it off. */
function readMarker(pPr: XmlElement | undefined, styleId: string, style: ParagraphStyle | undefined, counter: NumberingCounter): string {
  const direct = readNumberingReference(pPr);
  const numId = direct?.numId ?? style?.numbering?.numId;
  if (numId === undefined || numId === '0') return '';
  const level = direct?.level ?? style?.numbering?.level ?? counter.levelOfStyle(numId, styleId) ?? 0;
  return counter.next(numId, level);
}

/** Elements whose content is not part of the paragraph's running text. */
const SKIPPED = new Set([
  'w:pPr',
  'w:rPr',
  'w:del',
  'w:moveFrom',
  'w:instrText',
  'w:delText',
  'mc:Fallback',
  'w:drawing',
  'w:pict',
  'w:object',
  'w:txbxContent',
  'w:footnoteReference',
  'w:endnoteReference',
]);

function readRunText(element: XmlElement): string {
  let text = '';
  for (const node of element.children) {
    if (!isElement(node) || SKIPPED.has(node.name) || isHiddenRun(node)) continue;
    switch (node.name) {
      case 'w:t':
        text += node.children.filter((child): child is string => typeof child === 'string').join('');
        break;
      case 'w:tab':
        if (element.name === 'w:r') text += '\t';
        break;
      case 'w:br': {
        const type = node.attrs['w:type'];
        if (type === undefined || type === 'textWrapping') text += '\n';
        break;
      }
      case 'w:cr':
        text += '\n';
        break;
      case 'w:noBreakHyphen':
        text += '-';
        break;
      default:
        text += readRunText(node);
    }
  }
  return text;
}

/** Hidden text (`w:vanish`) is neither shown nor printed by Word, so it is not part of the speech. */
function isHiddenRun(node: XmlElement): boolean {
  if (node.name !== 'w:r') return false;
  const vanish = firstChild(firstChild(node, 'w:rPr'), 'w:vanish');
  return vanish !== undefined && !['0', 'false', 'off'].includes(vanish.attrs['w:val'] ?? 'true');
}

function readTable(table: XmlElement): DocxTable {
  const rows: string[][] = [];
  for (const row of childElements(table, 'w:tr')) {
    const cells = childElements(row, 'w:tc').map((cell) =>
      collectParagraphTexts(cell)
        .join(' ')
        .replace(/[\t\n]+/g, ' ')
        .trim(),
    );
    if (cells.some((cell) => cell !== '')) rows.push(cells);
  }
  return { kind: 'table', rows };
}

function collectParagraphTexts(element: XmlElement): string[] {
  const texts: string[] = [];
  for (const child of childElements(element)) {
    if (child.name === 'w:p') texts.push(readRunText(child));
    else if (!SKIPPED.has(child.name)) texts.push(...collectParagraphTexts(child));
  }
  return texts;
}

function blockText(block: DocxBlock): string {
  return block.kind === 'paragraph' ? block.marker + block.text : block.rows.map((row) => row.join('')).join('');
}

/**
 * Heading styles carry the structure when there are at least two heading paragraphs after the
 * first paragraph (a lone heading is usually the document title). One exception: when all headings
 * are on one level and numbered `一、`, the text parser finds the same sections from the markers and
 * can also find the points below them (`（一）`, `1.`), which the Markdown path would leave in the text.
 */
function hasHeadingStructure(blocks: readonly DocxBlock[]): boolean {
  const headings = blocks.slice(1).filter((block): block is DocxParagraph => block.kind === 'paragraph' && block.headingLevel !== null && !block.isTitle);
  if (headings.length < 2) return false;
  const oneLevel = new Set(headings.map((heading) => heading.headingLevel)).size === 1;
  return !(oneLevel && headings.every((heading) => TOP_LEVEL_MARK.test(heading.marker + heading.text)));
}

const TOP_LEVEL_MARK = /^\s*[一二三四五六七八九十]+[、，,．.]/;

function writePlainText(blocks: readonly DocxBlock[]): string {
  const lines = blocks.map((block) => (block.kind === 'table' ? block.rows.map((row) => row.join('\t')).join('\n') : block.marker + block.text));
  return `${lines.join('\n')}\n`;
}

function writeMarkdown(blocks: readonly DocxBlock[]): string {
  const levels = blocks.flatMap((block) => (block.kind === 'paragraph' && block.headingLevel !== null && !block.isTitle ? [block.headingLevel] : []));
  const shift = Math.min(...levels) - 1;
  const chunks = blocks.map((block) => {
    if (block.kind === 'table') return block.rows.map((row, index) => formatPipeTableRow(row, index === 0)).join('\n');
    const text = block.marker + block.text;
    if (block.headingLevel === null || block.isTitle) return text.split('\n').map(escapeMarkdownLine).join('\n\n');
    const depth = Math.min(block.headingLevel - shift, 6);
    return `${'#'.repeat(depth)} ${text.replace(/\s*\n\s*/g, ' ').trim()}`;
  });
  return `${chunks.join('\n\n')}\n`;
}
