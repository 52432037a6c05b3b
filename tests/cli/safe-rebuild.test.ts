/**
 * A rebuild replaces huibao's own untouched deck, and refuses (unless --force) to replace a deck
 * edited since it was built or a .pptx huibao did not make.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeEach, describe, expect, it } from 'vitest';
import { deckState, MARK_PART, MARK_PROPERTY } from '../../src/render/deck-mark.js';
import { SEED_FILE } from '../helpers/fixtures.js';
import { expectCleanFailure, runWith } from './harness.js';

let work: string;
let deck: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'huibao-rebuild-'));
  writeFileSync(path.join(work, '报告.txt'), readFileSync(SEED_FILE));
  deck = path.join(work, '报告.pptx');
});

/** The deck as PowerPoint would save it after a change on slide 2: same parts, one edited. */
async function editByHand(file: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const slide = zip.file('ppt/slides/slide2.xml');
  if (slide === null) throw new Error('no slide 2');
  const xml = await slide.async('string');
  zip.file('ppt/slides/slide2.xml', xml.replace('</a:t>', '（已改）</a:t>'));
  writeFileSync(file, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

describe('rebuilding over an existing deck', () => {
  it('marks the deck it writes with a content hash in the custom document properties', async () => {
    expect((await runWith(['build', '报告.txt'], work)).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(deck));
    expect(await zip.file(MARK_PART)?.async('string')).toMatch(new RegExp(`name="${MARK_PROPERTY}".*<vt:lpwstr>[0-9a-f]{64}</vt:lpwstr>`, 'u'));
    expect(await zip.file('[Content_Types].xml')?.async('string')).toContain(`PartName="/${MARK_PART}"`);
    expect(await zip.file('_rels/.rels')?.async('string')).toContain(`Target="${MARK_PART}"`);
    expect(deckState(new Uint8Array(readFileSync(deck)))).toBe('unchanged');
  });

  it('replaces its own untouched deck', async () => {
    expect((await runWith(['build', '报告.txt'], work)).code).toBe(0);
    const again = await runWith(['build', '报告.txt', '--date', '2027年1月1日'], work);
    expect(again.code, again.stderr).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(deck));
    expect(await zip.file('ppt/slides/slide1.xml')?.async('string')).toContain('2027年1月1日');
  });

  it('refuses a deck edited by hand since, in Chinese, and leaves it as it was; --force replaces it', async () => {
    expect((await runWith(['build', '报告.txt'], work)).code).toBe(0);
    await editByHand(deck);
    const edited = readFileSync(deck);
    expect(deckState(new Uint8Array(edited))).toBe('changed');

    const refused = await runWith(['build', '报告.txt'], work);
    expectCleanFailure(refused);
    expect(refused.stderr).toContain('被修改过');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(deck).equals(edited)).toBe(true);

    const forced = await runWith(['build', '报告.txt', '--force'], work);
    expect(forced.code, forced.stderr).toBe(0);
    expect(deckState(new Uint8Array(readFileSync(deck)))).toBe('unchanged');
  });

  it('refuses a .pptx that huibao did not make', async () => {
    writeFileSync(deck, 'someone else’s deck');
    const refused = await runWith(['build', '报告.txt'], work);
    expectCleanFailure(refused);
    expect(refused.stderr).toContain('不是 huibao 生成的');
    expect(readFileSync(deck, 'utf8')).toBe('someone else’s deck');
  });

  it('builds the other reports of a batch and fails only the one whose deck was edited', async () => {
    writeFileSync(path.join(work, '其他.txt'), readFileSync(SEED_FILE));
    expect((await runWith(['build', '报告.txt', '其他.txt'], work)).code).toBe(0);
    await editByHand(deck);
    const batch = await runWith(['build', '报告.txt', '其他.txt'], work);
    expect(batch.code).toBe(1);
    expect(batch.stderr).toContain('被修改过');
    expect(batch.stderr).toMatch(/其他\.txt.*成功/u);
  });
});
