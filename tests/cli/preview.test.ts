/** `huibao preview` and `build --pdf` through the real LibreOffice and pdftoppm. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePng } from '../../src/cli/contact-sheet.js';
import { findSoffice } from '../../src/cli/office.js';
import { SEED_FILE } from '../helpers/fixtures.js';
import { expectCleanFailure, runWith, snapshotTree } from './harness.js';

function hasLibreOffice(): boolean {
  try {
    findSoffice(process.env);
    return true;
  } catch {
    return false;
  }
}

const WITH_OFFICE = hasLibreOffice() || process.env['CI'] !== undefined;

describe.runIf(WITH_OFFICE)('with LibreOffice', () => {
  it('previews a report: a PNG per slide and a contact sheet holding them all', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'huibao-preview-'));
    writeFileSync(path.join(work, 'seed.txt'), readFileSync(SEED_FILE));
    const built = await runWith(['build', 'seed.txt'], work);
    const slides = Number(/（(\d+) 页）/u.exec(built.stderr)?.[1]);
    const result = await runWith(['preview', 'seed.pptx'], work);
    expect(result.code, result.stderr).toBe(0);
    const folder = path.join(work, 'seed-preview');
    const pages = readdirSync(folder)
      .filter((name) => name.startsWith('slide-'))
      .sort();
    expect(pages).toHaveLength(slides);
    const first = decodePng(readFileSync(path.join(folder, pages[0] as string)));
    // 16:9 at 50 dpi: 13.33 in × 7.5 in.
    expect(first.width).toBeGreaterThan(600);
    expect(first.width / first.height).toBeCloseTo(16 / 9, 1);
    const sheet = decodePng(readFileSync(path.join(folder, 'contact-sheet.png')));
    const rows = Math.ceil(slides / 4);
    expect(sheet.width).toBeGreaterThan(4 * first.width);
    expect(sheet.height).toBeGreaterThan(rows * first.height);
    expect(sheet.height).toBeLessThan((rows + 1) * first.height);
  }, 180_000);

  it('writes the PDF next to the deck with --pdf', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'huibao-pdf-'));
    writeFileSync(path.join(work, 'seed.txt'), readFileSync(SEED_FILE));
    const result = await runWith(['build', 'seed.txt', '--pdf', '-o', 'decks/'], work);
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(path.join(work, 'decks')).sort()).toEqual(['seed.pdf', 'seed.pptx']);
    expect(
      readFileSync(path.join(work, 'decks', 'seed.pdf'))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  }, 180_000);
});

describe('without LibreOffice', () => {
  it('says in Chinese how to install it, exits 1 and writes nothing', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'huibao-nooffice-'));
    writeFileSync(path.join(work, 'seed.txt'), readFileSync(SEED_FILE));
    const before = snapshotTree(work);
    for (const args of [
      ['preview', 'seed.txt'],
      ['build', 'seed.txt', '--pdf'],
    ]) {
      const result = await runWith(args, work, { env: { PATH: path.join(work, 'no-bin') } });
      expectCleanFailure(result);
      expect(result.stderr).toContain('LibreOffice');
      expect(result.stderr).toContain('sudo apt install libreoffice-impress');
      expect(result.stderr).toContain('Windows');
    }
    expect(snapshotTree(work)).toEqual(before);
    expect(existsSync(path.join(work, 'seed-preview'))).toBe(false);
  });
});
