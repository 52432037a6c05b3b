/**
 * The slide fixes in one scan (package-slide.ts) against the passes they replace, run one after
 * another, and the faster ways of listing a paragraph's children and a part's typefaces against
 * the ones they replace: on every slide, layout and master of raw pptxgenjs decks (the fault deck,
 * the seed and the stress inputs in every built-in theme) and on hand-made parts with what those
 * decks lack.
 */
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageOptionsFor, planFromOutline } from '../../src/build-deck.js';
import type { PackagePart } from '../../src/ooxml/package-zip.js';
import { typefacesIn } from '../../src/render/package-app-properties.js';
import { applyFontPairs, escapeTypefaces, type FontPair } from '../../src/render/package-fonts.js';
import { removeStrayParagraphProperties } from '../../src/render/package-paragraphs.js';
import { markTitlePlaceholders } from '../../src/render/package-placeholders.js';
import { fixSlideShapes } from '../../src/render/package-slide.js';
import {
  decodeXmlEntities,
  escapeStrayAmpersands,
  listChildElements,
  listChildElementsShallow,
  stripIllegalXmlCharacters,
} from '../../src/render/package-xml.js';
import { renderDeck } from '../../src/render/render-deck.js';
import { outlineOf, seedReport, stressReports, theme, themeNames } from '../helpers/fixtures.js';
import { buildRawDeck } from './helpers/build-raw-deck.js';

const SLIDE_LIKE_PART = /^ppt\/(?:slides|slideLayouts|slideMasters)\/[^/]+\.xml$/u;
const PAIRS: readonly FontPair[] = [
  { eastAsian: '微软雅黑', latin: 'Times New Roman' },
  { eastAsian: 'A&B 字体', latin: 'Arial' },
];

interface SlidePart {
  readonly deck: string;
  readonly name: string;
  /** The part as fixXmlPart hands it to the slide fixes: escaped, without forbidden characters. */
  readonly xml: string;
  readonly pairs: readonly FontPair[];
}

function passes(xml: string, pairs: readonly FontPair[], isLayout: boolean): string {
  return markTitlePlaceholders(applyFontPairs(removeStrayParagraphProperties(xml), pairs), isLayout);
}

function isLayout(name: string): boolean {
  return name.startsWith('ppt/slideLayouts/');
}

function slideParts(deck: string, parts: readonly PackagePart[], pairs: readonly FontPair[]): SlidePart[] {
  return parts
    .filter((part) => SLIDE_LIKE_PART.test(part.name) && typeof part.data === 'string')
    .map((part) => ({ deck, name: part.name, xml: escapeStrayAmpersands(escapeTypefaces(stripIllegalXmlCharacters(String(part.data)))), pairs }));
}

let parts: SlidePart[] = [];

beforeAll(async () => {
  const zip = await JSZip.loadAsync(await buildRawDeck({ fontFace: 'A&B 字体' }));
  const raw: PackagePart[] = [];
  for (const file of Object.values(zip.files)) if (!file.dir) raw.push({ name: file.name, data: await file.async('string') });
  parts = slideParts('raw', raw, PAIRS);
  for (const themeName of themeNames()) {
    const themed = theme(themeName);
    for (const report of [seedReport(), ...stressReports()]) {
      const plan = planFromOutline(outlineOf(report), themed, {});
      const { fontPairs } = packageOptionsFor(themed, plan, new Date(0));
      parts.push(...slideParts(`${report.name} (${themeName})`, await renderDeck(plan), fontPairs));
    }
  }
}, 120_000);

describe('fixSlideShapes', () => {
  it('makes of every slide, layout and master of raw decks what the passes made', () => {
    expect(parts.length).toBeGreaterThan(100);
    for (const part of parts) {
      const expected = passes(part.xml, part.pairs, isLayout(part.name));
      expect(fixSlideShapes(part.xml, part.pairs, isLayout(part.name)), `${part.deck}: ${part.name}`).toBe(expected);
      expect(fixSlideShapes(part.xml, [], isLayout(part.name)), `${part.deck}: ${part.name} without pairs`).toBe(passes(part.xml, [], isLayout(part.name)));
    }
    // The decks have what each fix changes, so that the comparison proves something.
    const fixedSomewhere = (fix: (xml: string) => string): boolean => parts.some((part) => fix(part.xml) !== part.xml);
    expect(fixedSomewhere(removeStrayParagraphProperties)).toBe(true);
    expect(fixedSomewhere((xml) => applyFontPairs(xml, PAIRS))).toBe(true);
    expect(fixedSomewhere((xml) => markTitlePlaceholders(xml))).toBe(true);
  });

  it('fixes list styles outside paragraphs, late and nested paragraph properties, and layout titles as the passes did', () => {
    const run = (face: string): string =>
      `<a:r><a:rPr lang="zh-CN" sz="2000"><a:latin typeface="${face}" charset="0"/><a:cs typeface="${face}"/></a:rPr><a:t>文字</a:t></a:r>`;
    const title =
      '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title"></p:cNvPr><p:cNvSpPr txBox="1"/><p:nvPr></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>' +
      `<a:p><a:pPr algn="ctr"/>${run('微软雅黑')}<a:pPr algn="ctr"/>${run('黑体')}</a:p></p:txBody></p:sp>`;
    const body =
      '<p:sp><p:nvSpPr><p:cNvPr id="3" name="Text 1"></p:cNvPr><p:cNvSpPr txBox="1"/><p:nvPr></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/>' +
      '<a:lstStyle><a:lvl1pPr><a:defRPr sz="1800"><a:latin typeface="微软雅黑"/></a:defRPr></a:lvl1pPr></a:lstStyle>' +
      `<a:p>${run('A&amp;B 字体')}<a:pPr marL="0"><a:defRPr><a:latin typeface="微软雅黑"/></a:defRPr></a:pPr>${run('微软雅黑')}<a:br><a:rPr/></a:br>` +
      '<a:fld id="{1}" type="slidenum"><a:rPr><a:latin typeface="微软雅黑"/></a:rPr><a:pPr algn="r"/><a:t>1</a:t></a:fld><a:endParaRPr lang="zh-CN"/></a:p><a:p/>' +
      `<a:p><a:pPr/>${run('微软雅黑')}</a:p></p:txBody></p:sp>`;
    const part = `<p:sld><p:cSld><p:spTree>${title}${body}</p:spTree></p:cSld></p:sld>`;
    for (const layout of [false, true]) {
      const fixed = fixSlideShapes(part, PAIRS, layout);
      expect(fixed).toBe(passes(part, PAIRS, layout));
      expect(fixed).not.toBe(part);
    }
    // A part the fixes leave alone comes back as it is.
    const plain = '<p:sld><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>x</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>';
    expect(fixSlideShapes(plain, PAIRS, false)).toBe(plain);
  });
});

describe('listChildElementsShallow', () => {
  it('lists the children of every paragraph of the decks as listChildElements does', () => {
    let listed = 0;
    for (const part of parts) {
      for (const match of part.xml.matchAll(/<a:p(?:\s[^>]*)?(?<!\/)>([\s\S]*?)<\/a:p>/gu)) {
        const content = match[1] ?? '';
        expect(listChildElementsShallow(content, 0, content.length), `${part.deck}: ${part.name}`).toEqual(listChildElements(content, 0, content.length));
        listed += 1;
      }
    }
    expect(listed).toBeGreaterThan(1000);
  });
});

describe('typefacesIn', () => {
  it('reads each typeface in order, decoded, leaving out theme references and empty values', () => {
    const xml =
      '<a:rPr><a:latin typeface="Times New Roman" charset="0"/><a:ea typeface="A&amp;B 字体"/><a:cs typeface="+mn-cs"/><a:sym typeface=""/></a:rPr>' +
      '<a:buFont typeface="Wingdings" pitchFamily="2"/><a:font script="Jpan" typeface="MS Gothic"/><a:latin pitchFamily="34" typeface="微软雅黑"/>';
    expect(typefacesIn(xml)).toEqual(['Times New Roman', 'A&B 字体', 'Wingdings', '微软雅黑']);
  });

  it('reads from every slide, layout and master of the decks, before and after the fixes, what the capturing pattern read', () => {
    const capturing = (xml: string): string[] =>
      [...xml.matchAll(/<a:(?:latin|ea|cs|sym|buFont)\b[^>]*?\btypeface="([^"]*)"/gu)]
        .map((match) => decodeXmlEntities(match[1] ?? ''))
        .filter((face) => face !== '' && !face.startsWith('+'));
    for (const part of parts) {
      for (const xml of [part.xml, fixSlideShapes(part.xml, part.pairs, isLayout(part.name))])
        expect(typefacesIn(xml), `${part.deck}: ${part.name}`).toEqual(capturing(xml));
    }
  });

  it('stops at a value no quote ends', () => {
    expect(typefacesIn('<a:latin typeface="Arial"/><a:ea typeface="黑体')).toEqual(['Arial']);
  });
});
