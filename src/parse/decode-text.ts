/**
 * Bytes → text for .txt/.md inputs. Chinese reports arrive as UTF-8 (with or without BOM), as
 * UTF-16 saved by Notepad ("Unicode"), or as GBK/GB18030 from older Windows machines; we accept all
 * of these and refuse, with a message that says what the file really is, anything that is not text.
 */
import { InputError } from '../errors.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  /** True when nothing in the bytes proved the encoding (no BOM, not valid UTF-8): GB18030 was assumed. */
  readonly guessed: boolean;
}

const SAVE_AS_TEXT_HINT = '请在 Word 或 WPS 中打开原稿，另存为“纯文本（.txt，UTF-8 编码）”或 .docx 后重试。';

/** Share of suspicious characters above which a decoded text is treated as garbage. */
const MAX_SUSPICIOUS_SHARE = 0.1;

/** Above this share of NUL bytes a file that is not UTF-16 is binary data. */
const MAX_NUL_SHARE = 0.01;

function shareOfNul(bytes: Uint8Array): number {
  let count = 0;
  for (const byte of bytes) if (byte === 0) count += 1;
  return count / bytes.length;
}

export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes.length === 0) {
    throw new InputError(`文件“${fileName}”是空的，里面没有文字。`, {
      file: fileName,
      hint: '请确认选对了文件，或先把讲话稿内容保存进去再试。',
    });
  }
  rejectKnownBinary(bytes, fileName);
  const decoded = decodeByContent(bytes, fileName);
  rejectMarkup(decoded.text, fileName);
  rejectUnreadable(decoded, fileName);
  return decoded;
}

/** A web page (saved from a browser or from Word as "网页") starts so, after an optional XML prolog. */
const WEB_PAGE = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>])/iu;

/** Markup read as text would put tags and styles on the slides. */
function rejectMarkup(text: string, fileName: string): void {
  if (WEB_PAGE.test(text.slice(0, 4096))) {
    throw new InputError(`无法读取“${fileName}”：这是一个网页（HTML）文件，不是纯文本，按纯文本读会把网页标签当成讲话内容。`, {
      file: fileName,
      hint: '请在浏览器或 Word、WPS 中打开，把正文另存为 .docx 或纯文本（.txt，UTF-8 编码）后重试。',
    });
  }
}

function decodeByContent(bytes: Uint8Array, fileName: string): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: decodeStrict('utf-8', bytes.subarray(3), fileName), encoding: 'utf-8', guessed: false };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: decodeStrict('utf-16le', bytes.subarray(2), fileName), encoding: 'utf-16le', guessed: false };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: decodeStrict('utf-16be', bytes.subarray(2), fileName), encoding: 'utf-16be', guessed: false };
  }
  const nulShare = bytes.includes(0) ? shareOfNul(bytes) : 0;
  if (nulShare > 0) {
    const utf16 = detectBomlessUtf16(bytes);
    if (utf16 !== null) return { text: decodeStrict(utf16, bytes, fileName), encoding: utf16, guessed: false };
    // A stray NUL or two (a copy-paste from a PDF, a crashed editor) do not make a report binary;
    // they are dropped on the slides like any control character.
    if (nulShare > MAX_NUL_SHARE) throw binaryError(fileName, '文件里有大量二进制数据');
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', guessed: false };
  const damagedUtf8 = decodeMostlyUtf8(bytes);
  if (damagedUtf8 !== null) return { text: damagedUtf8, encoding: 'utf-8', guessed: false };
  // Node's own decoder knows GB18030 (a superset of GBK and GB2312): no library to load for it.
  return { text: gb18030Decoder.decode(bytes), encoding: 'gb18030', guessed: true };
}

const gb18030Decoder = new TextDecoder('gb18030', { ignoreBOM: false });

/**
 * UTF-16 without BOM: every ASCII character (line breaks, digits) puts a NUL byte next to it, but so
 * do CJK code points like 一 (U+4E00), so NUL positions alone do not tell the byte order. Decode both
 * ways and keep the one that reads as Chinese or ASCII text; binary data reads as neither.
 */
function detectBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  let best: { encoding: 'utf-16le' | 'utf-16be'; share: number } | null = null;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = tryDecode(encoding, bytes);
    if (text === null) continue;
    const share = shareOfPlainTextCharacters(text);
    if (best === null || share > best.share) best = { encoding, share };
  }
  return best !== null && best.share >= MIN_PLAIN_TEXT_SHARE ? best.encoding : null;
}

/** Random bytes read as UTF-16 land in CJK ideographs about a third of the time, real text nearly always. */
const MIN_PLAIN_TEXT_SHARE = 0.8;

function shareOfPlainTextCharacters(text: string): number {
  let total = 0;
  let plain = 0;
  for (const char of text) {
    total += 1;
    const cp = char.codePointAt(0) ?? 0;
    const isPlain =
      cp === 0x09 ||
      cp === 0x0a ||
      cp === 0x0d ||
      (cp >= 0x20 && cp < 0x7f) ||
      (cp >= 0xa0 && cp < 0x100) ||
      (cp >= 0x2000 && cp < 0x2070) ||
      (cp >= 0x3000 && cp < 0x3040) ||
      (cp >= 0x4e00 && cp < 0xa000) ||
      (cp >= 0xff00 && cp < 0xfff0);
    if (isPlain) plain += 1;
  }
  return total === 0 ? 0 : plain / total;
}

/**
 * A UTF-8 file with a few damaged bytes (a character cut in half by a copy) is still UTF-8: reading
 * it as GB18030 would garble every character instead of one. GBK text read as UTF-8 fails on nearly
 * every Chinese character and yields almost no valid multi-byte ones, which tells the two apart.
 */
function decodeMostlyUtf8(bytes: Uint8Array): string | null {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let characters = 0;
  let replaced = 0;
  let multiByte = 0;
  for (const char of text) {
    characters += 1;
    if (char === '\uFFFD') replaced += 1;
    else if ((char.codePointAt(0) ?? 0) > 0x7f) multiByte += 1;
  }
  const fewFailures = replaced <= MAX_DAMAGED_UTF8_SHARE * characters;
  const mostlyValid = multiByte >= MIN_VALID_PER_DAMAGED * replaced;
  return fewFailures && mostlyValid ? text : null;
}

const MAX_DAMAGED_UTF8_SHARE = 0.005;
const MIN_VALID_PER_DAMAGED = 20;

function decodeStrict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array, fileName: string): string {
  const text = tryDecode(encoding, bytes);
  if (text !== null) return text;
  const label = encoding === 'utf-8' ? 'UTF-8' : 'UTF-16（Unicode）';
  throw new InputError(`文件“${fileName}”标明是 ${label} 编码，但内容有损坏，无法按该编码读出。`, {
    file: fileName,
    hint: SAVE_AS_TEXT_HINT,
  });
}

function tryDecode(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | null {
  if (encoding === 'utf-16be') {
    // Node's TextDecoder has no UTF-16BE without full ICU; swapping bytes keeps us on utf-16le.
    if (bytes.length % 2 !== 0) return null;
    const swapped = new Uint8Array(bytes.length);
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      swapped[i] = bytes[i + 1] ?? 0;
      swapped[i + 1] = bytes[i] ?? 0;
    }
    return tryDecode('utf-16le', swapped);
  }
  if (encoding === 'utf-16le' && bytes.length % 2 !== 0) return null;
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

interface Signature {
  readonly bytes: readonly number[];
  readonly offset?: number;
  readonly what: string;
  readonly hint: string;
}

const IMAGE_HINT = '请提供讲话稿的文字版本（.txt、.docx 或 .md），图片中的文字需要先识别或录入。';

const SIGNATURES: readonly Signature[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: '这是一个图片文件（PNG），不是文字稿', hint: IMAGE_HINT },
  { bytes: [0xff, 0xd8, 0xff], what: '这是一个图片文件（JPEG），不是文字稿', hint: IMAGE_HINT },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: '这是一个图片文件（GIF），不是文字稿', hint: IMAGE_HINT },
  { bytes: [0x57, 0x45, 0x42, 0x50], offset: 8, what: '这是一个图片文件（WebP），不是文字稿', hint: IMAGE_HINT },
  { bytes: [0x49, 0x49, 0x2a, 0x00], what: '这是一个图片文件（TIFF），不是文字稿', hint: IMAGE_HINT },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], what: '这是一个图片文件（TIFF），不是文字稿', hint: IMAGE_HINT },
  {
    bytes: [0x25, 0x50, 0x44, 0x46, 0x2d],
    what: '这是一个 PDF 文件，不是文字稿',
    hint: '请用 WPS 或 Word 把 PDF 转成 .docx，或复制其中文字另存为 .txt 后重试。',
  },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    what: '这是一个压缩包（ZIP）或 Office 文件，不是纯文本',
    hint: '如果它是 Word 文档，请把扩展名改为 .docx；如果是压缩包，请先解压，再选择其中的讲话稿。',
  },
  {
    bytes: [0x50, 0x4b, 0x05, 0x06],
    what: '这是一个空的压缩包（ZIP），不是文字稿',
    hint: '请选择讲话稿本身（.txt、.docx 或 .md）。',
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: '这是旧版 Word（.doc）或其他旧版 Office 文件，暂不支持',
    hint: '请在 Word 或 WPS 中打开，另存为 .docx 或纯文本（.txt）后重试。',
  },
  {
    bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66],
    what: '这是一个 RTF 文档（写字板或 Word 另存的格式），不是纯文本，按纯文本读会把排版代码当成讲话内容',
    hint: '请在 Word、WPS 或写字板中打开，另存为 .docx 或纯文本（.txt，UTF-8 编码）后重试。',
  },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: '这是一个压缩包（RAR），不是文字稿', hint: '请先解压，再选择其中的讲话稿。' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: '这是一个压缩包（7z），不是文字稿', hint: '请先解压，再选择其中的讲话稿。' },
  { bytes: [0x1f, 0x8b], what: '这是一个压缩包（gzip），不是文字稿', hint: '请先解压，再选择其中的讲话稿。' },
];

function rejectKnownBinary(bytes: Uint8Array, fileName: string): void {
  for (const signature of SIGNATURES) {
    if (startsWith(bytes, signature.bytes, signature.offset ?? 0)) {
      throw new InputError(`无法读取“${fileName}”：${signature.what}。`, { file: fileName, hint: signature.hint });
    }
  }
}

function binaryError(fileName: string, why: string): InputError {
  return new InputError(`无法读取“${fileName}”：${why}，不是文字稿。`, { file: fileName, hint: SAVE_AS_TEXT_HINT });
}

function rejectUnreadable(decoded: DecodedText, fileName: string): void {
  const text = decoded.text;
  if (text.trim() === '') {
    throw new InputError(`文件“${fileName}”里只有空格或空行，没有文字。`, {
      file: fileName,
      hint: '请确认选对了文件，或先把讲话稿内容保存进去再试。',
    });
  }
  // Visible characters are all but the white space; a pattern test per character was ~12 ms of
  // a 100× seed build, now ~2.5 (--cpu-prof). Of the suspicious code points only U+0009–U+000D are white space.
  let characters = 0;
  let suspicious = 0;
  for (let index = 0; index < text.length; index += 1) {
    const codePoint = text.codePointAt(index) ?? 0;
    if (codePoint > 0xffff) index += 1;
    characters += 1;
    if (isSuspicious(codePoint) && !(codePoint >= 0x09 && codePoint <= 0x0d)) suspicious += 1;
  }
  const visible = characters - (text.match(/\s/gu)?.length ?? 0);
  if (suspicious > visible * MAX_SUSPICIOUS_SHARE) {
    const why = decoded.guessed
      ? '内容既不是 UTF-8 也不是 GBK/GB18030 编码的文字，可能是二进制文件或乱码'
      : '内容大部分是无法显示的字符，可能是二进制文件或已损坏';
    throw binaryError(fileName, why);
  }
}

/** Replacement characters, control characters and private-use code points: what garbage decodes to. */
function isSuspicious(codePoint: number): boolean {
  return (
    codePoint === 0xfffd || codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0) || (codePoint >= 0xe000 && codePoint <= 0xf8ff) || codePoint >= 0xf0000
  );
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + prefix.length) return false;
  return prefix.every((byte, index) => bytes[offset + index] === byte);
}
