/**
 * Issue 12, item 8: a theme's pictures are stored once per deck however many masters show them
 * (the background was stored three times, the logo twice), and every relationship still resolves;
 * a picture that stays far larger than a slide needs (here a small PNG padded to 3 MB, which
 * shrinking cannot help) is pointed out.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path, { posix } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ooxmlValidate, validatorUnavailable } from '../helpers/deckcheck.js';
import { SEED_FILE } from '../helpers/fixtures.js';
import { makePng } from '../themes/template-test-files.js';
import { runWith } from './harness.js';

describe('theme pictures in a deck', () => {
  it('are stored once each, and every relationship to them resolves', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'huibao-pictures-'));
    mkdirSync(path.join(work, 'themes'));
    // Padded past what a slide needs: few pixels, so nothing to shrink, and huibao says so (once per theme).
    const logo = new Uint8Array(Buffer.concat([makePng(300, 90, [163, 31, 36]), Buffer.alloc(3 * 1024 * 1024)]));
    const background = makePng(640, 360, [250, 246, 238]);
    writeFileSync(path.join(work, 'themes', 'logo.png'), logo);
    writeFileSync(path.join(work, 'themes', 'background.png'), background);
    writeFileSync(
      path.join(work, 'themes', 'pictures.json'),
      JSON.stringify({
        name: 'pictures',
        label: '图片',
        extends: 'party-red',
        images: { logo: 'logo.png', background: 'background.png', logoOn: ['cover', 'closing', 'content'], backgroundOn: ['cover', 'divider', 'closing'] },
      }),
    );
    writeFileSync(path.join(work, 'a.txt'), readFileSync(SEED_FILE));
    const result = await runWith(['build', 'a.txt', '-t', 'pictures', '-o', 'deck.pptx'], work);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/标志图片“[^”]*logo\.png”（300×90 像素）放入演示文稿后仍有 3\.0 MB，远超幻灯片所需/u);

    const zip = await JSZip.loadAsync(readFileSync(path.join(work, 'deck.pptx')));
    const media = Object.keys(zip.files).filter((name) => name.startsWith('ppt/media/'));
    const digests = await Promise.all(
      media.map(async (name) =>
        createHash('sha256')
          .update((await zip.file(name)?.async('uint8array')) ?? new Uint8Array())
          .digest('hex'),
      ),
    );
    expect(new Set(digests).size).toBe(digests.length);
    expect(digests.sort()).toEqual([logo, background].map((bytes) => createHash('sha256').update(bytes).digest('hex')).sort());

    let pictureLinks = 0;
    for (const name of Object.keys(zip.files).filter((file) => file.endsWith('.rels'))) {
      const xml = (await zip.file(name)?.async('string')) ?? '';
      for (const [, target] of xml.matchAll(/Target="([^"]*media\/[^"]*)"/gu)) {
        pictureLinks += 1;
        const resolved = posix.normalize(posix.join(posix.dirname(posix.dirname(name)), target ?? ''));
        expect(zip.file(resolved), `${name} → ${target ?? ''}`).not.toBeNull();
      }
    }
    expect(pictureLinks).toBeGreaterThanOrEqual(5);
    if (validatorUnavailable() === null) {
      const validation = await ooxmlValidate(path.join(work, 'deck.pptx'));
      expect(validation.ok, validation.output).toBe(true);
    }
  });
});
