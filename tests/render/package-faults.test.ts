/**
 * The package faults independent OOXML readers found (issue 12, items 10, 11 and 13), checked on
 * whole decks: by ooxml-semantic and ooxml-validate from ../shared/tools, and by reading the
 * package. Decks: theme pictures named in Chinese, every report with a table in every theme, and
 * the seed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFromOutline, packageOptionsFor, type ThemePictures } from '../../src/build-deck.js';
import { readPackageEntries } from '../helpers/read-package.js';
import { planDeck } from '../../src/plan/plan-deck.js';
import { fixPackage } from '../../src/render/fix-package.js';
import { NOTES_PAGE_SIZE } from '../../src/render/package-presentation.js';
import { renderDeck } from '../../src/render/render-deck.js';
import type { Theme } from '../../src/themes/theme-schema.js';
import { ooxmlSemantic, ooxmlValidate, semanticUnavailable, validatorUnavailable } from '../helpers/deckcheck.js';
import { everyInput, outlineOf, seedReport, theme, themeNames } from '../helpers/fixtures.js';
import { makePng } from '../themes/template-test-files.js';

const skipSemantic = semanticUnavailable();
const skipValidate = validatorUnavailable();
const work = mkdtempSync(path.join(tmpdir(), 'huibao-package-faults-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const MODIFIED = new Date('2026-01-01T00:00:00Z');

const decoder = new TextDecoder();

async function readParts(pptx: Uint8Array): Promise<Map<string, Uint8Array>> {
  return new Map((await readPackageEntries(pptx)).map((entry) => [entry.name, entry.data]));
}

function text(parts: ReadonlyMap<string, Uint8Array>, name: string): string {
  const data = parts.get(name);
  if (data === undefined) throw new Error(`no part ${name}`);
  return decoder.decode(data);
}

/** A theme's logo and background picture, in a folder and with file names in Chinese. */
function chinesePictures(): ThemePictures {
  const logo = { source: '/主题/本单位/单位标志.png', width: 400, height: 100 };
  const background = { source: '/主题/本单位/封面背景.png', width: 1600, height: 900 };
  return {
    logo,
    background,
    bytes: new Map([
      [logo.source, makePng(400, 100)],
      [background.source, makePng(160, 90, [240, 240, 230])],
    ]),
  };
}

async function build(name: string, themeOf: Theme, report = seedReport(), pictures?: ThemePictures): Promise<{ file: string; pptx: Uint8Array }> {
  const result = await buildFromOutline(outlineOf(report), themeOf, { modified: MODIFIED, ...(pictures === undefined ? {} : { pictures }) });
  const file = path.join(work, `${name}.pptx`);
  writeFileSync(file, result.pptx);
  return { file, pptx: result.pptx };
}

const NON_ASCII = /[^\u0000-\u007f]/u;

describe('part names (item 10)', () => {
  let deck: { file: string; pptx: Uint8Array };
  let parts: Map<string, Uint8Array>;
  beforeAll(async () => {
    deck = await build('chinese-pictures', theme('party-red'), seedReport(), chinesePictures());
    parts = await readParts(deck.pptx);
  });

  it('are ASCII, with the pictures still there and every relationship target pointing at a part', () => {
    expect([...parts.keys()].filter((name) => NON_ASCII.test(name))).toEqual([]);
    const media = [...parts.keys()].filter((name) => name.startsWith('ppt/media/'));
    expect(media.length).toBeGreaterThanOrEqual(2);
    for (const [name, data] of parts) {
      if (!name.endsWith('.rels')) continue;
      const xml = decoder.decode(data);
      expect(xml, name).not.toMatch(NON_ASCII);
      const source = name.replace(/_rels\/([^/]*)\.rels$/u, '$1');
      for (const match of xml.matchAll(/<Relationship\b[^>]*\bTarget="([^"]*)"[^>]*>/gu)) {
        if (match[0].includes('TargetMode="External"')) continue;
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(source), decodeURIComponent(match[1] ?? '')));
        expect(parts.has(target), `${name} → ${target}`).toBe(true);
      }
    }
    expect(text(parts, '[Content_Types].xml')).not.toMatch(NON_ASCII);
  });

  it.skipIf(skipSemantic !== null)(`pass ooxml-semantic with no errors${skipSemantic === null ? '' : ` (skipped: ${skipSemantic})`}`, async () => {
    const report = await ooxmlSemantic(deck.file);
    expect(report.errors).toEqual([]);
  });

  it.skipIf(skipValidate !== null)(`pass ooxml-validate${skipValidate === null ? '' : ` (skipped: ${skipValidate})`}`, async () => {
    expect((await ooxmlValidate(deck.file)).output).toMatch(/ 0 invalid/u);
  });
});

/** Every input whose outline has a table (the stress table report among them), in every theme. */
const tableCases = everyInput()
  .filter((report) => outlineOf(report).sections.some((section) => section.tables.length > 0))
  .flatMap((report) => themeNames().map((themeName) => [`${themeName} × ${report.name}`, themeName, report] as const));

function shapeIdsUnique(parts: ReadonlyMap<string, Uint8Array>): number {
  let tables = 0;
  for (const [name, data] of parts) {
    if (!/^ppt\/(?:slides|slideLayouts|slideMasters|notesSlides|notesMasters)\/[^/]+\.xml$/u.test(name)) continue;
    const xml = decoder.decode(data);
    tables += (xml.match(/<a:tbl>/gu) ?? []).length;
    const ids = [...xml.matchAll(/<p:cNvPr\b[^>]*?\bid="(\d+)"/gu)].map((match) => match[1]);
    expect(ids.length, name).toBe(new Set(ids).size);
  }
  return tables;
}

describe('shape ids (item 11)', () => {
  it('there are decks with tables to check', () => {
    expect(tableCases.length).toBeGreaterThan(0);
  });

  it('are unique when a table is on slide n after n or more shapes (pptxgenjs numbers it n + 1)', async () => {
    const report = tableCases[0]?.[2];
    if (report === undefined) throw new Error('no table report');
    const themeOf = theme('party-red');
    const plan = planDeck(outlineOf(report), themeOf);
    // Slide 1 with the table after another shape: pptxgenjs gives both id 2.
    const tableSlide = plan.slides.find((slide) => slide.shapes.findIndex((shape) => shape.type === 'table') > 0);
    if (tableSlide === undefined) throw new Error('no slide with a table after another shape');
    const reordered = { ...plan, slides: [tableSlide, ...plan.slides.filter((slide) => slide !== tableSlide)] };
    const raw = await renderDeck(reordered);
    const rawSlide = String(raw.find((part) => part.name === 'ppt/slides/slide1.xml')?.data);
    const rawIds = [...rawSlide.matchAll(/<p:cNvPr\b[^>]*?\bid="(\d+)"/gu)].map((match) => match[1]);
    expect(new Set(rawIds).size, 'pptxgenjs no longer collides; this test proves nothing').toBeLessThan(rawIds.length);
    const pptx = await fixPackage(raw, packageOptionsFor(themeOf, reordered, MODIFIED));
    expect(shapeIdsUnique(await readParts(pptx))).toBeGreaterThan(0);
    if (skipSemantic === null) {
      const file = path.join(work, 'table-first.pptx');
      writeFileSync(file, pptx);
      expect((await ooxmlSemantic(file)).errors).toEqual([]);
    }
  });

  it.each(tableCases)('are unique on every slide of %s', async (_, themeName, report) => {
    const deck = await build(`table-${themeName}-${report.name.replace(/\//gu, '-')}`, theme(themeName), report);
    expect(shapeIdsUnique(await readParts(deck.pptx))).toBeGreaterThan(0);
    if (skipSemantic === null) expect((await ooxmlSemantic(deck.file)).errors).toEqual([]);
  });
});

describe('notes master, notes page and document properties (item 13)', () => {
  let deck: { file: string; pptx: Uint8Array };
  let parts: Map<string, Uint8Array>;
  const redTheme = theme('party-red');
  beforeAll(async () => {
    deck = await build('notes', redTheme);
    parts = await readParts(deck.pptx);
  });

  function themeTargetOf(relsName: string): string {
    const target = /Type="[^"]*\/theme" Target="([^"]*)"/u.exec(text(parts, relsName))?.[1];
    if (target === undefined) throw new Error(`${relsName} has no theme`);
    return path.posix.basename(target);
  }

  it('gives the notes master a theme part of its own, with the deck fonts, and a content type', () => {
    const slideTheme = themeTargetOf('ppt/slideMasters/_rels/slideMaster1.xml.rels');
    const notesTheme = themeTargetOf('ppt/notesMasters/_rels/notesMaster1.xml.rels');
    expect(notesTheme).not.toBe(slideTheme);
    const notesThemeXml = text(parts, `ppt/theme/${notesTheme}`);
    expect(notesThemeXml).toContain(`<a:ea typeface="${redTheme.fonts.body.eastAsian}"/>`);
    expect(text(parts, '[Content_Types].xml')).toContain(
      `PartName="/ppt/theme/${notesTheme}" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"`,
    );
  });

  it('uses the standard portrait notes page', () => {
    expect(text(parts, 'ppt/presentation.xml')).toContain(`<p:notesSz cx="${NOTES_PAGE_SIZE.cx}" cy="${NOTES_PAGE_SIZE.cy}"/>`);
    expect(NOTES_PAGE_SIZE).toEqual({ cx: 6858000, cy: 9144000 });
  });

  it('lists in docProps/app.xml every font the slides and notes name, and the theme by its name', () => {
    const app = text(parts, 'docProps/app.xml');
    const titles = [...app.matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/gu)].map((match) => match[1] ?? '');
    const fontCount = Number(/<vt:lpstr>Fonts Used<\/vt:lpstr><\/vt:variant><vt:variant><vt:i4>(\d+)</u.exec(app)?.[1]);
    const [, , ...rest] = titles; // the two labels of HeadingPairs
    const listedFonts = rest.slice(1, 1 + fontCount);
    const used = new Set<string>();
    for (const [name, data] of parts) {
      if (!/^ppt\/(?:slides|slideLayouts|slideMasters|notesSlides|notesMasters)\/[^/]+\.xml$/u.test(name)) continue;
      for (const match of decoder.decode(data).matchAll(/typeface="([^"+][^"]*)"/gu)) used.add(match[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(0);
    for (const face of used) expect(listedFonts).toContain(face);
    expect(listedFonts).toContain(redTheme.fonts.body.eastAsian);
    expect(app).not.toContain('Office Theme');
    expect(app).toContain(`<vt:lpstr>${redTheme.label}</vt:lpstr>`);
  });

  it.skipIf(skipSemantic !== null)(
    `leave ooxml-semantic nothing to say about themes, notes size or app.xml${skipSemantic === null ? '' : ` (skipped: ${skipSemantic})`}`,
    async () => {
      const report = await ooxmlSemantic(deck.file);
      expect(report.errors).toEqual([]);
      const rules = [...report.warnings, ...report.info].map((finding) => finding.rule);
      for (const rule of ['theme-shared', 'pres-notessz', 'app-fonts', 'app-theme-name', 'app-titles', 'app-count']) expect(rules).not.toContain(rule);
    },
  );
});
