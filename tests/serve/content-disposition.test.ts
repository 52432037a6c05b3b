/** Content-Disposition for Chinese deck names: RFC 5987 filename* plus an ASCII filename, never a broken header. */
import { describe, expect, it } from 'vitest';
import { attachment } from '../../src/serve/content-disposition.js';

function decodedName(header: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)$/.exec(header)?.[1];
  if (encoded === undefined) throw new Error(`no filename* in ${header}`);
  return decodeURIComponent(encoded);
}

describe('attachment', () => {
  it.each([
    ['国资委汇报.pptx', '国资委汇报.pptx', 'huibao.pptx'],
    ['2026年工作总结(终稿).pptx', '2026年工作总结(终稿).pptx', '2026.pptx'],
    ["report's draft*.pptx", "report's draft*.pptx", 'report_s_draft.pptx'],
    ['a"b\\c/d\r\ne.pptx', 'abcde.pptx', 'abcde.pptx'],
  ])('names %j', (name, utf8Name, asciiTail) => {
    const header = attachment(name);
    // eslint-disable-next-line no-control-regex
    expect(header).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''[A-Za-z0-9%!._~-]+$/);
    expect(decodedName(header)).toBe(utf8Name);
    expect(/filename="([^"]+)"/.exec(header)?.[1]?.endsWith(asciiTail)).toBe(true);
  });
});
