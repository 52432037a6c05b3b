/**
 * Issue 12, item 8: a theme's print-size pictures no longer make print-size decks. A 7.6 MB logo
 * made a 46 MB deck that `preview` refused; builds now embed each picture shrunk to its place on
 * the slide. The pictures are stress fixtures made here, not committed.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { decode as decodeJpeg } from 'jpeg-js';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputFile } from '../../src/cli/io.js';
import { readJpegHeader } from '../../src/render/jpeg-segments.js';
import { ooxmlSemantic, ooxmlValidate, semanticUnavailable, validatorUnavailable } from '../helpers/deckcheck.js';
import { SEED_FILE } from '../helpers/fixtures.js';
import { exifSegment, iccSegment, makeLogoPng, makeNoisePng, makePhotoJpeg, withSegments } from '../render/helpers/make-pictures.js';
import { runWith } from './harness.js';

const MB = 1024 * 1024;
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A folder with the seed report and a theme `pictures` extending party-red with these picture files. */
function themeFolder(pictures: Readonly<Record<string, Uint8Array>>, images: Readonly<Record<string, string>>): string {
  const work = mkdtempSync(path.join(tmpdir(), 'huibao-shrink-'));
  folders.push(work);
  mkdirSync(path.join(work, 'themes'));
  for (const [name, bytes] of Object.entries(pictures)) writeFileSync(path.join(work, 'themes', name), bytes);
  writeFileSync(path.join(work, 'themes', 'pictures.json'), JSON.stringify({ name: 'pictures', label: '图片', extends: 'party-red', images }));
  writeFileSync(path.join(work, 'a.txt'), readFileSync(SEED_FILE));
  return work;
}

async function build(work: string): Promise<{ deck: string; zip: JSZip; stderr: string }> {
  const result = await runWith(['build', 'a.txt', '-t', 'pictures', '-o', 'deck.pptx'], work);
  expect(result.code, result.stderr).toBe(0);
  const deck = path.join(work, 'deck.pptx');
  return { deck, zip: await JSZip.loadAsync(readFileSync(deck)), stderr: result.stderr };
}

async function mediaOf(zip: JSZip): Promise<Uint8Array[]> {
  const names = Object.keys(zip.files).filter((name) => name.startsWith('ppt/media/'));
  return Promise.all(names.map(async (name) => (await zip.file(name)?.async('uint8array')) ?? new Uint8Array()));
}

const skipChecks = semanticUnavailable();
async function expectValidPackage(deck: string): Promise<void> {
  if (skipChecks !== null) return;
  expect((await ooxmlSemantic(deck)).errors).toEqual([]);
  if (validatorUnavailable() === null) expect((await ooxmlValidate(deck)).output).toMatch(/ 0 invalid/u);
}

describe('theme pictures shrunk at build', () => {
  const logo = makeLogoPng(4000, [180, 20, 30]);

  it(`turn a 4000 × 4000 PNG logo into a deck far smaller than the logo${skipChecks === null ? '' : ` (package checks skipped: ${skipChecks})`}`, async () => {
    expect(logo.byteLength).toBeGreaterThan(5 * MB);
    const work = themeFolder({ 'logo.png': logo }, { logo: 'logo.png' });
    const { deck, zip, stderr } = await build(work);
    expect(readFileSync(deck).byteLength).toBeLessThan(logo.byteLength / 40);
    const [embedded] = await mediaOf(zip);
    if (embedded === undefined) throw new Error('no picture in the deck');
    const png = PNG.sync.read(Buffer.from(embedded));
    expect(png.width).toBe(png.height);
    expect(png.width).toBeLessThan(400);
    expect(png.data[3]).toBe(0);
    expect(stderr).not.toMatch(/远超幻灯片所需/u);
    await expectValidPackage(deck);
  });

  it(`turn a camera-size JPEG background into about 1920 px, keeping its orientation${skipChecks === null ? '' : ` (package checks skipped: ${skipChecks})`}`, async () => {
    const exif = exifSegment(3);
    const photo = withSegments(makePhotoJpeg(3000, 2000), [exif, iccSegment()]);
    const work = themeFolder({ 'background.jpg': photo }, { background: 'background.jpg' });
    const { deck, zip } = await build(work);
    expect(readFileSync(deck).byteLength).toBeLessThan(photo.byteLength / 2);
    const [embedded] = await mediaOf(zip);
    if (embedded === undefined) throw new Error('no picture in the deck');
    expect(decodeJpeg(embedded, { useTArray: true }).width).toBe(1920);
    expect(Buffer.from(readJpegHeader(embedded)?.kept[0] ?? []).toString('hex')).toBe(Buffer.from(exif).toString('hex'));
    await expectValidPackage(deck);
  });

  it('are drawn shrunk in `preview --fast` too', async () => {
    const work = themeFolder({ 'logo.png': logo }, { logo: 'logo.png' });
    const result = await runWith(['preview', 'a.txt', '--fast', '-t', 'pictures', '-o', 'pages'], work);
    expect(result.code, result.stderr).toBe(0);
    const pages = readdirSync(path.join(work, 'pages')).filter((name) => name.endsWith('.svg'));
    expect(pages.length).toBeGreaterThan(2);
    // The logo is on the cover and closing pages; embedded whole it would make each of them megabytes.
    const largest = Math.max(...pages.map((name) => statSync(path.join(work, 'pages', name)).size));
    expect(largest).toBeLessThan(logo.byteLength / 20);
    expect(readFileSync(path.join(work, 'pages', pages[0] ?? ''), 'utf8')).toMatch(/href="data:image\/png;base64,/u);
  });

  // Random pixels stored uncompressed stay as large in the deck's zip: 7.6 MB + 13 MB of pictures
  // made a deck past the 20 MB that `preview` (and every other command) reads.
  it('make the issue-12 deck small enough for `preview` to open', async () => {
    const logo = makeNoisePng(1600, 1600, 1);
    const background = makeNoisePng(2700, 1700, 2);
    expect(logo.byteLength).toBeGreaterThan(7.2 * MB);
    expect(logo.byteLength + background.byteLength).toBeGreaterThan(20 * MB);
    const work = themeFolder({ 'logo.png': logo, 'background.png': background }, { logo: 'logo.png', background: 'background.png' });
    const { deck } = await build(work);
    expect(() => readInputFile(deck)).not.toThrow();
    expect(readFileSync(deck).byteLength).toBeLessThan(10 * MB);
  });
});
