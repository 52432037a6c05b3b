import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/parse/decode-text.js';
import { InputError } from '../../src/errors.js';

const seedPath = fileURLToPath(new URL('../../seeds/sasac-organization-report.txt', import.meta.url));
const seed = readFileSync(seedPath, 'utf8');

function encodeUtf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const body = endian === 'le' ? le : Buffer.from(le).swap16();
  const prefix = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  return new Uint8Array([...prefix, ...body]);
}

function expectInputError(run: () => unknown, pattern: RegExp): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InputError);
  expect((caught as InputError).message).toMatch(pattern);
  expect((caught as InputError).file).toBe('稿子.txt');
}

describe('decodeText', () => {
  it('reads plain UTF-8 as certain', () => {
    const result = decodeText(new TextEncoder().encode(seed), 'seed.txt');
    expect(result).toEqual({ text: seed, encoding: 'utf-8', guessed: false });
  });

  it('strips a UTF-8 BOM and keeps CRLF line ends untouched', () => {
    const crlf = seed.replace(/\n/g, '\r\n');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(crlf)]);
    const result = decodeText(bytes, 'seed.txt');
    expect(result.text).toBe(crlf);
    expect(result.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(result.encoding).toBe('utf-8');
  });

  it.each(['le', 'be'] as const)('reads UTF-16 %s with BOM', (endian) => {
    const result = decodeText(encodeUtf16(seed, endian, true), 'seed.txt');
    expect(result.text).toBe(seed);
    expect(result.encoding).toBe(`utf-16${endian}`);
    expect(result.guessed).toBe(false);
  });

  it.each(['le', 'be'] as const)('recognises BOM-less UTF-16 %s by its NUL bytes', (endian) => {
    const result = decodeText(encodeUtf16(seed, endian, false), 'seed.txt');
    expect(result.text).toBe(seed);
    expect(result.encoding).toBe(`utf-16${endian}`);
  });

  it('falls back to GB18030 and says it guessed', () => {
    const bytes = new Uint8Array(iconv.encode(seed, 'gb18030'));
    const result = decodeText(bytes, 'seed.txt');
    expect(result).toEqual({ text: seed, encoding: 'gb18030', guessed: true });
  });

  it('reads GBK-encoded text as GB18030 (GBK is a subset)', () => {
    const text = '同志们：\n一、坚持党的全面领导\n利润同比增长12.5%。\n';
    const result = decodeText(new Uint8Array(iconv.encode(text, 'gbk')), 'a.txt');
    expect(result.text).toBe(text);
    expect(result.guessed).toBe(true);
  });

  it('keeps a UTF-8 file with one damaged character as UTF-8 instead of garbling it as GB18030', () => {
    const bytes = new TextEncoder().encode(seed);
    const damaged = new Uint8Array([...bytes.subarray(0, 100), 0xe5, ...bytes.subarray(100)]);
    const result = decodeText(damaged, 'seed.txt');
    expect(result.encoding).toBe('utf-8');
    expect(result.text.replace('\uFFFD', '')).toBe(seed);
  });

  it('reads mostly-ASCII GBK text as GB18030, not as damaged UTF-8', () => {
    const text = `${'Report line with ASCII only. '.repeat(40)}\n总结\n`;
    const result = decodeText(new Uint8Array(iconv.encode(text, 'gbk')), 'a.txt');
    expect(result).toEqual({ text, encoding: 'gb18030', guessed: true });
  });

  it('rejects an empty file', () => {
    expectInputError(() => decodeText(new Uint8Array(), '稿子.txt'), /稿子\.txt.*空的/);
  });

  it('rejects a file with only blanks, including full-width spaces and a BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(' \r\n\t\u3000\n')]);
    expectInputError(() => decodeText(bytes, '稿子.txt'), /只有空格或空行/);
  });

  it('rejects PNG bytes as a picture', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expectInputError(() => decodeText(png, '稿子.txt'), /图片文件（PNG），不是文字稿/);
  });

  it('rejects PDF, zip and old .doc files by their signatures', () => {
    expectInputError(() => decodeText(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ'), '稿子.txt'), /PDF/);
    expectInputError(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0]), '稿子.txt'), /ZIP/);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expectInputError(() => decodeText(ole, '稿子.txt'), /\.doc/);
  });

  it('rejects binary data whose NUL bytes are not UTF-16', () => {
    const bytes = new Uint8Array(256);
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 37) % 256;
    expectInputError(() => decodeText(bytes, '稿子.txt'), /二进制/);
  });

  it('rejects NUL-free garbage that decodes to mostly control or unknown characters', () => {
    const bytes = new Uint8Array(600);
    let state = 7;
    for (let i = 0; i < bytes.length; i += 1) {
      state = (state * 1103515245 + 12345) % 2147483648;
      bytes[i] = 1 + (state % 255);
    }
    expectInputError(() => decodeText(bytes, '稿子.txt'), /二进制|乱码/);
  });

  it('rejects a UTF-8 BOM followed by broken bytes', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0xe4, 0xb8, 0x41, 0x42]);
    expectInputError(() => decodeText(bytes, '稿子.txt'), /UTF-8/);
  });
});
