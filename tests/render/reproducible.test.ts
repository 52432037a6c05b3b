/** Same input, theme and SOURCE_DATE_EPOCH: byte-identical decks, even from separate processes. */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { REPO_DIR, SEED_FILE } from '../helpers/fixtures.js';
import { makeLogoPng, makePhotoJpeg } from './helpers/make-pictures.js';

const execFileAsync = promisify(execFile);
const BIN = path.join(REPO_DIR, 'dist', 'cli', 'main.js');

async function build(target: string, epoch: string, theme = 'gov-blue', cwd = REPO_DIR): Promise<Buffer> {
  if (!existsSync(BIN)) throw new Error('dist/ is missing: run `npm run build` (npm install does it)');
  await execFileAsync(process.execPath, [BIN, 'build', SEED_FILE, '-t', theme, '-o', target], { cwd, env: { ...process.env, SOURCE_DATE_EPOCH: epoch } });
  return readFileSync(target);
}

describe('reproducible builds', () => {
  it('gives byte-identical files for the same SOURCE_DATE_EPOCH and dates them by it', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'huibao-repro-'));
    const first = await build(path.join(work, 'a.pptx'), '1767225600');
    const second = await build(path.join(work, 'b.pptx'), '1767225600');
    expect(first.equals(second)).toBe(true);
    const core = await (await JSZip.loadAsync(first)).file('docProps/core.xml')?.async('string');
    expect(core).toContain('2026-01-01T00:00:00Z');
    const later = await build(path.join(work, 'c.pptx'), '1767312000');
    expect(later.equals(first)).toBe(false);
  });

  // Shrinking re-encodes the pictures: each process must encode them to the same bytes.
  it('gives byte-identical files with theme pictures that are shrunk', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'huibao-repro-'));
    mkdirSync(path.join(work, 'themes'));
    writeFileSync(path.join(work, 'themes', 'logo.png'), makeLogoPng(1500, [163, 31, 36]));
    const background = makePhotoJpeg(2600, 1500);
    writeFileSync(path.join(work, 'themes', 'background.jpg'), background);
    const images = { logo: 'logo.png', background: 'background.jpg' };
    writeFileSync(path.join(work, 'themes', 'pictures.json'), JSON.stringify({ name: 'pictures', label: '图片', extends: 'gov-blue', images }));
    const first = await build(path.join(work, 'a.pptx'), '1767225600', 'pictures', work);
    const second = await build(path.join(work, 'b.pptx'), '1767225600', 'pictures', work);
    expect(first.equals(second)).toBe(true);
    // The built program shrinks too: the deck is smaller than the background alone.
    expect(first.byteLength).toBeLessThan(background.byteLength);
    const zip = await JSZip.loadAsync(first);
    expect(Object.keys(zip.files).filter((name) => name.startsWith('ppt/media/'))).toHaveLength(2);
  });

  it('compresses every part', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'huibao-repro-'));
    const deck = await build(path.join(work, 'a.pptx'), '1767225600');
    // Local file headers: signature PK\x03\x04, compression method at offset 8.
    let offset = 0;
    let entries = 0;
    while (deck.readUInt32LE(offset) === 0x04034b50) {
      expect(deck.readUInt16LE(offset + 8)).toBe(8);
      const compressed = deck.readUInt32LE(offset + 18);
      const nameLength = deck.readUInt16LE(offset + 26);
      const extraLength = deck.readUInt16LE(offset + 28);
      offset += 30 + nameLength + extraLength + compressed;
      entries += 1;
    }
    expect(entries).toBeGreaterThan(20);
  });
});
