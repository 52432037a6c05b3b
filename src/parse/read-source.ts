/**
 * Input bytes → Outline: picks the reader by file type, decodes, parses, and reports an assumed
 * encoding as a warning on the outline.
 */
import { parseReport } from './build-outline.js';
import { decodeText, type TextEncoding } from './decode-text.js';
import { FORMAT_KEY } from './markdown-outline-format.js';
import type { Outline } from './outline.js';
import { parseMarkdown } from './parse-markdown.js';
import { readDocx } from './read-docx.js';

export type SourceFormat = 'text' | 'docx' | 'markdown';

export interface SourceReading {
  readonly outline: Outline;
  readonly format: SourceFormat;
  /** The text encoding found or assumed; null for .docx (always UTF-8 XML inside). */
  readonly encoding: TextEncoding | null;
}

export const ENCODING_GUESSED_CODE = 'encoding-guessed';

export async function readSource(bytes: Uint8Array, fileName: string): Promise<SourceReading> {
  if (isDocxName(fileName) || isZip(bytes)) {
    const docx = await readDocx(bytes, fileName);
    const outline = docx.format === 'markdown' ? parseMarkdown(docx.text) : parseReport(docx.text);
    return { outline, format: 'docx', encoding: null };
  }
  const decoded = decodeText(bytes, fileName);
  // An editable outline saved as .txt is still an outline.
  const markdown = isMarkdownName(fileName) || isOutlineMarkdown(decoded.text);
  const parsed = markdown ? parseMarkdown(decoded.text) : parseReport(decoded.text);
  const outline = withEncodingWarning(parsed, fileName, decoded.guessed);
  return { outline, format: markdown ? 'markdown' : 'text', encoding: decoded.encoding };
}

/**
 * The warning describes this file only: one carried in an editable outline from an earlier read is
 * replaced (or dropped when this file's encoding is certain).
 */
function withEncodingWarning(outline: Outline, fileName: string, guessed: boolean): Outline {
  const others = outline.warnings.filter((warning) => warning.code !== ENCODING_GUESSED_CODE);
  if (!guessed) return others.length === outline.warnings.length ? outline : { ...outline, warnings: others };
  const message = `文件“${fileName}”不是 UTF-8 编码，已按 GB18030（GBK）中文编码读取。` + '如果生成的幻灯片文字是乱码，请把文件另存为 UTF-8 编码后重试。';
  return { ...outline, warnings: [...others, { code: ENCODING_GUESSED_CODE, message }] };
}

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

function isDocxName(fileName: string): boolean {
  return extensionOf(fileName) === 'docx';
}

function isMarkdownName(fileName: string): boolean {
  return ['md', 'markdown'].includes(extensionOf(fileName));
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function isOutlineMarkdown(text: string): boolean {
  return new RegExp(`^---\\r?\\n(?:.*\\r?\\n)*?${FORMAT_KEY}:`).test(text.slice(0, 2000));
}
