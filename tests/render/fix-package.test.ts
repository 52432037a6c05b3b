import { DECKCHECK, OOXML_VALIDATE, onCi } from '../helpers/deckcheck.js';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { HuibaoError } from '../../src/errors.js';
import { fixPackage, fixXmlPart } from '../../src/render/fix-package.js';
import type { PackageOptions } from '../../src/render/fix-package.js';
import { removeMissingOverrides } from '../../src/render/package-content-types.js';
import { escapeCompany, formatW3cdtf, writeCoreProperties } from '../../src/render/package-doc-props.js';
import { applyFontPairs, escapeTypefaces } from '../../src/render/package-fonts.js';
import { breakNotesLines, fixNotesRuns } from '../../src/render/package-notes.js';
import { removeStrayParagraphProperties } from '../../src/render/package-paragraphs.js';
import { numberSectionIds, orderPresentationChildren } from '../../src/render/package-presentation.js';
import { rewriteTheme } from '../../src/render/package-theme.js';
import { stripIllegalXmlCharacters } from '../../src/render/package-xml.js';
import { clampZipDate, orderEntryNames } from '../../src/ooxml/package-zip.js';
import { readPackageEntries } from '../helpers/read-package.js';
import { buildRawDeck } from './helpers/build-raw-deck.js';
import { ooxmlSemantic, semanticUnavailable } from '../helpers/deckcheck.js';
import { checkWellFormed } from './helpers/check-xml.js';
import { formatDosDateTime, readZipDirectory } from './helpers/read-zip-directory.js';

const options: PackageOptions = {
  title: '关于 A&B <改革> 的"汇报"',
  subject: '国企改革三年行动',
  author: '办公厅 & 综合处',
  language: 'zh-CN',
  modified: new Date('2026-03-04T05:06:07.890Z'),
  theme: {
    name: '党政红 & 金',
    colors: {
      dark1: '000000',
      light1: 'FFFFFF',
      dark2: '8B0000',
      light2: 'F5F5F5',
      accent1: 'C00000',
      accent2: '#c9a227',
      accent3: 'B71C1C',
      accent4: 'DAA520',
      accent5: '003366',
      accent6: '00418D',
      hyperlink: '0563C1',
      followedHyperlink: '954F72',
    },
    majorFont: { latin: 'Times New Roman', eastAsian: '黑体' },
    minorFont: { latin: 'Arial', eastAsian: '微软雅黑' },
  },
  fontPairs: [
    { eastAsian: '微软雅黑', latin: 'Times New Roman' },
    { eastAsian: 'A&B 字体', latin: 'Arial' },
  ],
};

async function readXmlParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const file of Object.values(zip.files)) {
    if (!file.dir && /\.(?:xml|rels)$/.test(file.name)) parts.set(file.name, await file.async('string'));
  }
  return parts;
}

function part(parts: Map<string, string>, name: string): string {
  const xml = parts.get(name);
  if (xml === undefined) throw new Error(`missing part ${name}`);
  return xml;
}

function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<a:p(?:\s[^>]*)?(?<!\/)>([\s\S]*?)<\/a:p>/g)].map((match) => match[1] ?? '');
}

function childNames(content: string): string[] {
  // Direct children of a paragraph: its pPr/r/br/fld/endParaRPr never nest one another.
  return [...content.matchAll(/<(a:(?:pPr|r|br|fld|endParaRPr))[\s/>]/g)].map((match) => match[1] ?? '');
}

let rawDeck: Uint8Array;
let rawParts: Map<string, string>;
let fixedDeck: Uint8Array;
let fixedParts: Map<string, string>;

beforeAll(async () => {
  rawDeck = await buildRawDeck({ fontFace: 'A&B 字体' });
  rawParts = await readXmlParts(rawDeck);
  fixedDeck = await fixPackage(await readPackageEntries(rawDeck), options);
  fixedParts = await readXmlParts(fixedDeck);
});

describe('removeStrayParagraphProperties', () => {
  it('leaves one pPr per paragraph, first, in a raw multi-run deck', () => {
    const raw = part(rawParts, 'ppt/slides/slide2.xml');
    // The raw deck really has the fault, otherwise this test would prove nothing.
    expect(paragraphs(raw).some((content) => (content.match(/<a:pPr[\s/>]/g) ?? []).length > 1)).toBe(true);
    const fixed = removeStrayParagraphProperties(raw);
    for (const content of paragraphs(fixed)) {
      const names = childNames(content);
      expect(names.filter((name) => name === 'a:pPr').length).toBeLessThanOrEqual(1);
      if (names.includes('a:pPr')) expect(names[0]).toBe('a:pPr');
    }
    // Runs and their text survive: the bold lead and the coloured term stay separate runs.
    expect(fixed.match(/<a:r>/g)?.length).toBe(raw.match(/<a:r>/g)?.length);
    expect(fixed).toContain('<a:t>一是</a:t></a:r><a:r>');
    expect(fixed).toMatch(/<a:srgbClr val="C00000"\/><\/a:solidFill>[\s\S]*?<a:t>主责主业<\/a:t>/);
  });

  it('drops pPr after a:br and a:fld, keeps the first, and moves a late first pPr to the front', () => {
    const xml =
      '<a:p><a:pPr algn="ctr"><a:buNone/></a:pPr><a:r><a:t>a</a:t></a:r><a:br/><a:pPr/>' +
      '<a:fld id="{1}" type="slidenum"><a:t>1</a:t></a:fld><a:pPr algn="r"></a:pPr><a:endParaRPr/></a:p>' +
      '<a:p><a:r><a:t>b</a:t></a:r><a:pPr marL="0"/><a:r><a:t>c</a:t></a:r></a:p><a:p/>';
    expect(removeStrayParagraphProperties(xml)).toBe(
      '<a:p><a:pPr algn="ctr"><a:buNone/></a:pPr><a:r><a:t>a</a:t></a:r><a:br/>' +
        '<a:fld id="{1}" type="slidenum"><a:t>1</a:t></a:fld><a:endParaRPr/></a:p>' +
        '<a:p><a:pPr marL="0"/><a:r><a:t>b</a:t></a:r><a:r><a:t>c</a:t></a:r></a:p><a:p/>',
    );
  });

  it('does not change a paragraph that is already valid, nor the pPr a field may carry', () => {
    const xml =
      '<p:txBody><a:bodyPr/><a:p><a:pPr marL="0"/><a:r><a:t>x</a:t></a:r></a:p><a:p><a:r><a:t>y</a:t></a:r>' +
      '<a:fld id="{1}" type="slidenum"><a:rPr/><a:pPr algn="r"/><a:t>1</a:t></a:fld></a:p></p:txBody>';
    expect(removeStrayParagraphProperties(xml)).toBe(xml);
  });
});

describe('removeMissingOverrides', () => {
  it('removes the slideMaster2..N overrides pptxgenjs writes and keeps real parts', () => {
    const raw = part(rawParts, '[Content_Types].xml');
    expect(raw).toContain('/ppt/slideMasters/slideMaster2.xml');
    const names = [...rawParts.keys()];
    const fixed = removeMissingOverrides(raw, names);
    const overridden = [...fixed.matchAll(/<Override PartName="\/([^"]+)"/g)].map((match) => match[1]);
    expect(overridden).not.toContain('ppt/slideMasters/slideMaster2.xml');
    expect(overridden).toContain('ppt/slideMasters/slideMaster1.xml');
    for (const name of overridden) expect(names).toContain(name);
    expect(fixed.match(/<Override /g)?.length).toBe(names.filter((name) => name.endsWith('.xml') && name !== '[Content_Types].xml').length);
  });

  it('compares part names case-insensitively and percent-decoded', () => {
    const xml =
      '<Types><Override PartName="/PPT/Slides/Slide1.xml" ContentType="a"/>' +
      '<Override PartName="/ppt/media/%E5%9B%BE.png" ContentType="b"/><Override PartName="/gone.xml" ContentType="c"/></Types>';
    expect(removeMissingOverrides(xml, ['ppt/slides/slide1.xml', 'ppt/media/图.png'])).toBe(
      '<Types><Override PartName="/PPT/Slides/Slide1.xml" ContentType="a"/><Override PartName="/ppt/media/%E5%9B%BE.png" ContentType="b"/></Types>',
    );
  });
});

describe('zip entries', () => {
  it('are the parts pptxgenjs wrote, a theme part for the notes master and huibao’s mark, without directory entries', async () => {
    const entries = await readPackageEntries(rawDeck);
    const fixedNames = readZipDirectory(fixedDeck).map((entry) => entry.name);
    expect(fixedNames.filter((name) => name.endsWith('/'))).toEqual([]);
    expect([...fixedNames].sort()).toEqual([...entries.map((entry) => entry.name), 'ppt/theme/theme2.xml', 'docProps/custom.xml'].sort());
  });

  it('keep their last version when a part is given twice', async () => {
    const entries = await readPackageEntries(rawDeck);
    const twice = [...entries, { name: 'docProps/app.xml', data: '<Properties><Company>后写入</Company></Properties>' }];
    const fixed = await readXmlParts(await fixPackage(twice, options));
    expect(part(fixed, 'docProps/app.xml')).toContain('后写入');
  });
});

describe('orderPresentationChildren', () => {
  const rootChildren = (xml: string): string[] => {
    const inner = /<p:presentation[^>]*>([\s\S]*)<\/p:presentation>/.exec(xml)?.[1] ?? '';
    return childNamesAtDepthOne(inner);
  };

  it('moves notesMasterIdLst before sldIdLst and keeps every child', () => {
    const raw = part(rawParts, 'ppt/presentation.xml');
    expect(rootChildren(raw)).toEqual(['p:sldMasterIdLst', 'p:sldIdLst', 'p:notesMasterIdLst', 'p:sldSz', 'p:notesSz', 'p:defaultTextStyle', 'p:extLst']);
    const fixed = orderPresentationChildren(raw);
    expect(rootChildren(fixed)).toEqual(['p:sldMasterIdLst', 'p:notesMasterIdLst', 'p:sldIdLst', 'p:sldSz', 'p:notesSz', 'p:defaultTextStyle', 'p:extLst']);
    expect(fixed.length).toBe(raw.length);
    expect(orderPresentationChildren(fixed)).toBe(fixed);
  });

  it('numbers the random section ids so builds agree', () => {
    const raw = part(rawParts, 'ppt/presentation.xml');
    const ids = [...numberSectionIds(raw).matchAll(/<p14:section name="[^"]*" id="(\{[^"]+\})"/g)].map((match) => match[1]);
    expect(ids).toEqual(['{8A3C5E10-0000-4000-8000-000000000001}', '{8A3C5E10-0000-4000-8000-000000000002}']);
  });
});

function childNamesAtDepthOne(inner: string): string[] {
  const names: string[] = [];
  let depth = 0;
  for (const match of inner.matchAll(/<(\/?)([^\s/>]+)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (closing === '/') depth -= 1;
    else {
      if (depth === 0 && name !== undefined) names.push(name);
      if (selfClosing !== '/') depth += 1;
    }
  }
  return names;
}

describe('escaping and illegal characters', () => {
  it('escapes font names and the company that pptxgenjs writes raw', () => {
    const raw = part(rawParts, 'ppt/slides/slide1.xml');
    expect(raw).toContain('typeface="A&B 字体"');
    const fixed = escapeTypefaces(raw);
    expect(fixed).not.toContain('typeface="A&B');
    expect(fixed).toContain('<a:latin typeface="A&amp;B 字体" pitchFamily="34" charset="0"/>');
    expect(escapeTypefaces(fixed)).toBe(fixed);
    expect(escapeTypefaces('<a:font script="Hans" typeface="甲<乙>&amp;"/>')).toBe('<a:font script="Hans" typeface="甲&lt;乙&gt;&amp;"/>');
    expect(escapeCompany('<Company>国资委 & <办公厅></Company>')).toBe('<Company>国资委 &amp; &lt;办公厅&gt;</Company>');
    expect(checkWellFormed(part(rawParts, 'docProps/app.xml'))).not.toEqual([]);
    expect(checkWellFormed(part(fixedParts, 'docProps/app.xml'))).toEqual([]);
    expect(part(fixedParts, 'docProps/app.xml')).toContain('<Company>国资委 &amp; 办公厅</Company>');
  });

  it('strips characters XML 1.0 forbids, raw or as references, and keeps the rest', () => {
    const input = `<a:t>a\u000Bb\u0001c\u000Cd\uFFFEe\uFFFF\uD800f\uDC00g&#1;&#xB;&#x9;\t\n😀中</a:t>`;
    expect(stripIllegalXmlCharacters(input)).toBe('<a:t>abcdefg&#x9;\t\n😀中</a:t>');
    const raw = part(rawParts, 'ppt/slides/slide1.xml');
    expect(raw).toMatch(/[\u0001\u000B]/);
    const fixed = part(fixedParts, 'ppt/slides/slide1.xml');
    expect(fixed).not.toMatch(/[\u0001\u000B]/);
    expect(fixed).toContain('办公厅二〇二六年十一月');
  });
});

describe('document properties', () => {
  it('writes title, subject, author, language and a fixed date, escaped', () => {
    const core = writeCoreProperties(options);
    expect(checkWellFormed(core)).toEqual([]);
    expect(core).toContain('<dc:title>关于 A&amp;B &lt;改革&gt; 的&quot;汇报&quot;</dc:title>');
    expect(core).toContain('<dc:subject>国企改革三年行动</dc:subject>');
    expect(core).toContain('<dc:creator>办公厅 &amp; 综合处</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>办公厅 &amp; 综合处</cp:lastModifiedBy>');
    expect(core).toContain('<dc:language>zh-CN</dc:language>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-04T05:06:07Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-04T05:06:07Z</dcterms:modified>');
    expect(part(fixedParts, 'docProps/core.xml')).toBe(core);
    expect(part(rawParts, 'docProps/core.xml')).not.toContain('2026-03-04T05:06:07Z');
  });

  it('rejects an invalid date with a typed error', () => {
    expect(formatW3cdtf(new Date(0))).toBe('1970-01-01T00:00:00Z');
    expect(() => formatW3cdtf(new Date(Number.NaN))).toThrow(HuibaoError);
  });
});

describe('speaker notes', () => {
  it('gives every notes run zh-CN and the minor Latin and East Asian fonts', () => {
    for (const [name, xml] of fixedParts) {
      if (!name.startsWith('ppt/notesSlides/notesSlide')) continue;
      expect(checkWellFormed(xml)).toEqual([]);
      const properties = [...xml.matchAll(/<a:(rPr|endParaRPr)(\s[^>]*?)?(\/?)>([\s\S]*?)(?=<\/a:\1>|$)/g)];
      expect(properties.length).toBeGreaterThan(0);
      for (const [, , attributes, selfClosing, content] of properties) {
        expect(attributes).toContain('lang="zh-CN"');
        expect(selfClosing).toBe('');
        expect(content).toMatch(/^<a:latin typeface="Arial"\/><a:ea typeface="微软雅黑"\/>/);
      }
    }
    expect(part(fixedParts, 'ppt/notesSlides/notesSlide2.xml')).toContain('一是组织建设；二是资本布局；三是治理完善。');
  });

  it('turns line feeds inside notes text into a:br', () => {
    const raw = part(rawParts, 'ppt/notesSlides/notesSlide1.xml');
    expect(raw).toMatch(/<a:t>[^<]*\n[^<]*<\/a:t>/);
    const fixed = part(fixedParts, 'ppt/notesSlides/notesSlide1.xml');
    expect(fixed).not.toMatch(/<a:t>[^<]*[\r\n][^<]*<\/a:t>/);
    expect(fixed).toMatch(/<a:t>各位领导：现将有关情况汇报如下。<\/a:t><\/a:r><a:br><a:rPr [^>]*>[\s\S]*?<\/a:rPr><\/a:br><a:r>/);
    expect(breakNotesLines('<a:r><a:rPr/><a:t>a\r\nb\nc</a:t></a:r>')).toBe(
      '<a:r><a:rPr/><a:t>a</a:t></a:r><a:br><a:rPr/></a:br><a:r><a:rPr/><a:t>b</a:t></a:r><a:br><a:rPr/></a:br><a:r><a:rPr/><a:t>c</a:t></a:r>',
    );
  });

  it('puts the fonts before cs and hlinkClick, keeping existing children', () => {
    const xml = '<a:r><a:rPr lang="en-US" b="1"><a:solidFill/><a:latin typeface="X"/><a:cs typeface="Y"/><a:hlinkClick r:id="rId1"/></a:rPr><a:t>x</a:t></a:r>';
    expect(fixNotesRuns(xml, 'zh-CN', { latin: 'Arial', eastAsian: '宋体' })).toBe(
      '<a:r><a:rPr lang="zh-CN" altLang="en-US" b="1"><a:solidFill/><a:latin typeface="Arial"/><a:ea typeface="宋体"/><a:cs typeface="Y"/><a:hlinkClick r:id="rId1"/></a:rPr><a:t>x</a:t></a:r>',
    );
  });
});

describe('rewriteTheme', () => {
  it('writes the colour and font schemes and the theme name', () => {
    const raw = part(rawParts, 'ppt/theme/theme1.xml');
    expect(raw).toContain('<a:ea typeface=""/>');
    const fixed = rewriteTheme(raw, options.theme);
    expect(checkWellFormed(fixed)).toEqual([]);
    expect(fixed).toMatch(/^<\?xml[^>]*\?><a:theme [^>]*name="党政红 &amp; 金">/);
    const scheme = /<a:clrScheme name="党政红 &amp; 金">([\s\S]*?)<\/a:clrScheme>/.exec(fixed)?.[1] ?? '';
    const slots = [...scheme.matchAll(/<a:(\w+)><a:srgbClr val="([0-9A-F]{6})"\/><\/a:\1>/g)].map((match) => `${match[1]}=${match[2]}`);
    expect(slots).toEqual([
      'dk1=000000',
      'lt1=FFFFFF',
      'dk2=8B0000',
      'lt2=F5F5F5',
      'accent1=C00000',
      'accent2=C9A227',
      'accent3=B71C1C',
      'accent4=DAA520',
      'accent5=003366',
      'accent6=00418D',
      'hlink=0563C1',
      'folHlink=954F72',
    ]);
    expect(fixed).toContain(
      '<a:majorFont><a:latin typeface="Times New Roman"/><a:ea typeface="黑体"/><a:cs typeface=""/><a:font script="Hans" typeface="黑体"/></a:majorFont>',
    );
    expect(fixed).toContain(
      '<a:minorFont><a:latin typeface="Arial"/><a:ea typeface="微软雅黑"/><a:cs typeface=""/><a:font script="Hans" typeface="微软雅黑"/></a:minorFont>',
    );
    expect(fixed).not.toContain('typeface=""/><a:cs typeface=""/><a:font script="Jpan"');
    // The format scheme pptxgenjs wrote is kept.
    expect(fixed).toContain(/<a:fmtScheme[\s\S]*<\/a:fmtScheme>/.exec(raw)?.[0] ?? 'missing fmtScheme');
    expect(part(fixedParts, 'ppt/theme/theme1.xml')).toBe(fixed);
  });

  it('rejects a colour that is not RRGGBB and an empty East Asian font', () => {
    const raw = part(rawParts, 'ppt/theme/theme1.xml');
    const badColour = { ...options.theme, colors: { ...options.theme.colors, accent3: 'red' } };
    expect(() => rewriteTheme(raw, badColour)).toThrow(/accent3/);
    const noEastAsian = { ...options.theme, minorFont: { latin: 'Arial', eastAsian: ' ' } };
    expect(() => rewriteTheme(raw, noEastAsian)).toThrow(HuibaoError);
  });
});

describe('applyFontPairs', () => {
  it('points the latin slot of paired Chinese faces at the Latin face, leaving ea and cs', () => {
    const raw = escapeTypefaces(part(rawParts, 'ppt/slides/slide2.xml'));
    const fixed = applyFontPairs(raw, options.fontPairs);
    expect(fixed).not.toMatch(/<a:latin typeface="A&amp;B 字体"/);
    expect(fixed.match(/<a:latin typeface="Arial"[^>]*\/><a:ea typeface="A&amp;B 字体"/g)?.length).toBe(raw.match(/<a:latin typeface="A&amp;B 字体"/g)?.length);
    expect(fixed.match(/<a:cs typeface="A&amp;B 字体"/g)?.length).toBe(raw.match(/<a:cs typeface="A&amp;B 字体"/g)?.length);
  });

  it('adds an ea slot where a run had only latin, and leaves unpaired faces alone', () => {
    const pairs = [{ eastAsian: '微软雅黑', latin: 'Times New Roman' }];
    expect(applyFontPairs('<a:rPr sz="1200"><a:latin typeface="微软雅黑"/></a:rPr>', pairs)).toBe(
      '<a:rPr sz="1200"><a:latin typeface="Times New Roman"/><a:ea typeface="微软雅黑"/></a:rPr>',
    );
    const unpaired = '<a:rPr><a:latin typeface="黑体"/><a:ea typeface="黑体"/></a:rPr>';
    expect(applyFontPairs(unpaired, pairs)).toBe(unpaired);
    expect(applyFontPairs(unpaired, [])).toBe(unpaired);
  });

  it('applies to slides, layouts and masters but not to notes', () => {
    const xml = '<p:sld><a:r><a:rPr><a:latin typeface="微软雅黑"/><a:ea typeface="微软雅黑"/></a:rPr></a:r></p:sld>';
    expect(fixXmlPart('ppt/slideLayouts/slideLayout1.xml', xml, options, { partNames: [], renames: new Map(), fonts: () => [] })).toContain(
      '<a:latin typeface="Times New Roman"/>',
    );
    expect(fixXmlPart('ppt/slides/slide9.xml', xml, options, { partNames: [], renames: new Map(), fonts: () => [] })).toContain(
      '<a:latin typeface="Times New Roman"/>',
    );
    expect(fixXmlPart('ppt/notesSlides/notesSlide1.xml', xml, options, { partNames: [], renames: new Map(), fonts: () => [] })).not.toContain(
      '<a:latin typeface="Times New Roman"/>',
    );
  });
});

describe('deterministic zip', () => {
  it('gives byte-identical output for two separate builds of the same deck', async () => {
    const first = await fixPackage(await readPackageEntries(await buildRawDeck({ fontFace: 'A&B 字体' })), options);
    const second = await fixPackage(await readPackageEntries(await buildRawDeck({ fontFace: 'A&B 字体' })), options);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(Buffer.from(first).equals(Buffer.from(fixedDeck))).toBe(true);
    // Changing the date changes the bytes, so the equality above is not vacuous.
    const later = await fixPackage(await readPackageEntries(rawDeck), { ...options, modified: new Date('2027-01-01T00:00:00Z') });
    expect(Buffer.from(later).equals(Buffer.from(first))).toBe(false);
  });

  it('deflates every entry, dates each one options.modified, and puts [Content_Types].xml first', () => {
    const entries = readZipDirectory(fixedDeck);
    expect(entries.length).toBe(fixedParts.size);
    for (const entry of entries) {
      expect(entry.method, entry.name).toBe(8);
      expect(entry.localMethod, entry.name).toBe(8);
      expect(formatDosDateTime(entry.dosDate, entry.dosTime)).toBe('2026-03-04T05:06:06.000Z');
    }
    expect(entries[0]?.name).toBe('[Content_Types].xml');
    const rest = entries.slice(1).map((entry) => entry.name);
    expect(rest).toEqual([...rest].sort());
    const uncompressed = [...fixedParts.values()].reduce((total, xml) => total + new TextEncoder().encode(xml).byteLength, 0);
    expect(fixedDeck.byteLength).toBeLessThan(uncompressed / 2);
  });

  it('orders names and clamps dates to the zip range', () => {
    expect(orderEntryNames(['ppt/b.xml', '_rels/.rels', '[Content_Types].xml', 'docProps/app.xml'])).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/app.xml',
      'ppt/b.xml',
    ]);
    expect(clampZipDate(new Date(0)).toISOString()).toBe('1980-01-01T00:00:00.000Z');
    expect(clampZipDate(new Date(Number.NaN)).toISOString()).toBe('1980-01-01T00:00:00.000Z');
  });
});

describe('the whole pass', () => {
  it('leaves every XML part well-formed (the raw deck has broken parts)', () => {
    const rawBroken = [...rawParts].filter(([, xml]) => checkWellFormed(xml).length > 0).map(([name]) => name);
    expect(rawBroken).toEqual(expect.arrayContaining(['docProps/app.xml', 'ppt/slides/slide1.xml']));
    for (const [name, xml] of fixedParts) expect(checkWellFormed(xml), name).toEqual([]);
  });

  it('keeps slide text, the table and sections', () => {
    const text = [...fixedParts]
      .filter(([name]) => name.startsWith('ppt/slides/slide'))
      .map(([, xml]) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => match[1]).join(''))
      .join('|');
    expect(text).toContain('关于国有企业改革 &amp; 发展 &lt;情况&gt; 的 &quot;汇报&quot;');
    expect(text).toContain('营业收入 &lt;亿元&gt;');
    expect(part(fixedParts, 'ppt/slides/slide3.xml')).toContain('<a:tbl>');
    expect(part(fixedParts, 'ppt/presentation.xml')).toContain('<p14:section name="正文 &amp; 数据"');
  });

  it('is idempotent', async () => {
    const again = await fixPackage(await readPackageEntries(fixedDeck), options);
    expect(Buffer.from(again).equals(Buffer.from(fixedDeck))).toBe(true);
  });

  it('takes the parts as pptxgenjs made them (strings) as it takes them read from a zip (bytes)', async () => {
    const asStrings = (await readPackageEntries(rawDeck)).map((entry) =>
      /\.(?:xml|rels)$/u.test(entry.name) ? { name: entry.name, data: new TextDecoder().decode(entry.data) } : entry,
    );
    expect(Buffer.from(await fixPackage(asStrings, options)).equals(Buffer.from(fixedDeck))).toBe(true);
  });
});

const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
const hasPython = spawnSync('python3', ['--version']).status === 0;
const runExternal = (hasXmllint && hasPython) || onCi();
if (!runExternal) {
  console.warn('跳过 ooxml-validate / deckcheck 检查：未安装 xmllint 或 python3（CI 中不会跳过）。');
}
// ooxml-validate needs the schemas of the developers' shared folder: an extra check where that folder is beside the checkout.
const hasValidator = existsSync(OOXML_VALIDATE);

describe.skipIf(!runExternal)('external validators', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'huibao-fix-package-'));
    writeFileSync(join(dir, 'raw.pptx'), rawDeck);
    writeFileSync(join(dir, 'fixed.pptx'), fixedDeck);
  });
  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!hasValidator).each([['raw.pptx', 'fixed.pptx']])(
    `ooxml-validate: %s has invalid parts, %s none${hasValidator ? '' : ` (skipped: no ${OOXML_VALIDATE})`}`,
    (rawName, fixedName) => {
      const tool = OOXML_VALIDATE;
      const raw = spawnSync(tool, [join(dir, rawName)], { encoding: 'utf8' });
      expect(raw.stdout).toMatch(/INVALID/);
      expect(raw.status).toBe(1);
      const fixed = spawnSync(tool, [join(dir, fixedName)], { encoding: 'utf8' });
      expect(fixed.stdout + fixed.stderr).toMatch(/\b\d+ parts valid, 0 invalid/);
      expect(fixed.stdout).not.toMatch(/INVALID|WARNING/);
      expect(fixed.status).toBe(0);
    },
  );

  it('ooxml-semantic: raw.pptx breaks package rules, fixed.pptx none', async () => {
    if (semanticUnavailable() !== null) return;
    const raw = await ooxmlSemantic(join(dir, 'raw.pptx'));
    expect(raw.errors.length).toBeGreaterThan(0);
    const fixed = await ooxmlSemantic(join(dir, 'fixed.pptx'));
    expect(fixed.errors).toEqual([]);
    expect(fixed.warnings.map((warning) => warning.rule)).not.toContain('theme-shared');
  });

  it.each(['fixed.pptx'])('deckcheck --no-render: %s passes with no package warnings', (name) => {
    const tool = DECKCHECK;
    const result = spawnSync(tool, [join(dir, name), '--no-render'], { encoding: 'utf8' });
    const report: unknown = JSON.parse(result.stdout);
    expect(report).toMatchObject({ pass: true, failures: [] });
    const warnings = (report as { warnings: { check: string; message: string }[] }).warnings;
    const packageChecks = new Set(['zip', 'xml', 'content_types', 'relationships']);
    expect(warnings.filter((warning) => packageChecks.has(warning.check))).toEqual([]);
  });
});
