import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path, { posix } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/build-deck.js';
import { InputError, ThemeError } from '../../src/errors.js';
import { readPackageEntries } from '../helpers/read-package.js';
import { canShowChinese } from '../../src/themes/cjk-fonts.js';
import { importTemplate, type ImportedTemplate } from '../../src/themes/import-template.js';
import { readImageInfo } from '../../src/themes/image-info.js';
import { loadTheme, type LoadedTheme } from '../../src/themes/load-theme.js';
import { contrastRatio, checkImagePath } from '../../src/themes/theme-rules.js';
import type { Theme } from '../../src/themes/theme-schema.js';
import { ooxmlSemantic, ooxmlValidate, semanticUnavailable, validatorUnavailable } from '../helpers/deckcheck.js';
import { SEED_FILE } from '../helpers/fixtures.js';
import { BUILTIN_NAMES, createMemoryThemeFiles } from './theme-test-files.js';
import { buildTemplate, JPEG_7X5, makePng, OFFICE_COLORS, type TemplateSpec } from './template-test-files.js';

const THEMES_DIR = '/proj/themes';
const builtinFiles = createMemoryThemeFiles();
const builtins: readonly Theme[] = BUILTIN_NAMES.map((name) => loadTheme(name, builtinFiles).theme);
const builtin = (name: string): Theme => builtins.find((theme) => theme.name === name)!;

const RED_SPEC: TemplateSpec = {
  colors: {
    dk1: '1A1A1A',
    lt1: 'FFFFFF',
    dk2: '5B0A0A',
    lt2: 'F2EDE4',
    accent1: 'C00000',
    accent2: 'E0301E',
    accent3: 'D4A017',
    accent4: '7F7F7F',
    accent5: '2E75B6',
    accent6: 'A05A2C',
  },
  major: { latin: 'Arial', ea: '华文中宋' },
  minor: { latin: 'Times New Roman', ea: '', hans: '仿宋' },
  themeName: '某某单位',
};

const BACKGROUND_PNG = makePng(192, 108, [250, 240, 230]);
const LOGO_PNG = makePng(300, 120, [200, 0, 0]);
const SMALL_PNG = makePng(40, 40, [0, 0, 200]);

/** Writes the import into an in-memory project and loads it as `huibao -t <name>` would. */
function loadImported(name: string, imported: ImportedTemplate): LoadedTheme {
  const fs = createMemoryThemeFiles({ [`${THEMES_DIR}/${name}.json`]: imported.themeJson });
  for (const image of imported.images) fs.write(posix.join(THEMES_DIR, image.fileName), `${image.bytes.length} bytes`);
  return loadTheme(name, fs);
}

function themeData(
  imported: ImportedTemplate,
): Record<string, unknown> & { colors?: Record<string, string>; fonts?: Record<string, Record<string, string>>; images?: Record<string, string> } {
  return JSON.parse(imported.themeJson) as ReturnType<typeof themeData>;
}

async function importSpec(spec: TemplateSpec, name = 'unit'): Promise<ImportedTemplate> {
  return importTemplate(await buildTemplate(spec), { name, fileName: `D:\\模板\\单位模板.pptx` }, builtins);
}

describe('importing a red unit template with a background picture and a logo', () => {
  let imported: ImportedTemplate;
  let loaded: LoadedTheme;
  beforeAll(async () => {
    imported = await importSpec({
      ...RED_SPEC,
      background: { image: BACKGROUND_PNG, mime: 'image/png' },
      pictures: [
        { bytes: SMALL_PNG, mime: 'image/png', x: 9, y: 0.2, w: 0.4, h: 0.4 },
        { bytes: LOGO_PNG, mime: 'image/png', x: 0.3, y: 0.2, w: 1.5, h: 0.6 },
      ],
    });
    loaded = loadImported('unit', imported);
  });

  it('extends party-red and says why', () => {
    expect(imported.base).toBe('party-red');
    expect(themeData(imported)['extends']).toBe('builtin:party-red');
    expect(imported.notes.join('\n')).toMatch(/party-red.*红色系/);
  });

  it('names and labels the theme after the file', () => {
    const data = themeData(imported);
    expect(data['name']).toBe('unit');
    expect(data['label']).toBe('单位模板 导入');
    expect(data['$schema']).toBe('./theme.schema.json');
  });

  it('takes primary, text and background from the scheme and computes the rest', () => {
    const colors = themeData(imported).colors!;
    expect(colors['primary']).toBe('#C00000');
    expect(colors['text']).toBe('#1A1A1A'); // dk1 given as a:sysClr lastClr
    expect(colors['background']).toBe('#FFFFFF');
    // accent2 E0301E is the most saturated but red like the primary; of the other hues gold
    // accent3 beats blue accent5, and brown accent6 (hue 24°) is too close to red.
    expect(colors['accent']).toBe('#D4A017');
    expect(colors['onPrimary']).toBe('#FFFFFF');
    const { primary, secondary, surface, muted } = loaded.theme.colors;
    expect(contrastRatio(secondary, 'FFFFFF')).toBeGreaterThan(contrastRatio(primary, 'FFFFFF'));
    expect(parseInt(secondary.slice(0, 2), 16)).toBeGreaterThan(parseInt(secondary.slice(2, 4), 16)); // still red
    expect(contrastRatio(surface, 'FFFFFF')).toBeLessThan(1.15);
    expect(surface).not.toBe('FFFFFF');
    expect(new Set([muted.slice(0, 2), muted.slice(2, 4), muted.slice(4, 6)]).size).toBe(1); // a grey
  });

  it('takes the title font from a:ea and the body font from the Hans script entry', () => {
    expect(themeData(imported).fonts).toEqual({
      title: { eastAsian: '华文中宋', latin: 'Arial' },
      body: { eastAsian: '仿宋', latin: 'Times New Roman' },
    });
    expect(loaded.theme.fonts.title).toEqual({ eastAsian: '华文中宋', latin: 'Arial', fallbacks: builtin('party-red').fonts.title.fallbacks });
  });

  // Saved whole, byte for byte: builds shrink them, and the notes say so beside the size.
  it('returns the background picture and the larger of the two master pictures as the logo', () => {
    expect(imported.images.map((image) => image.fileName).sort()).toEqual(['unit/background.png', 'unit/logo.png']);
    const byName = Object.fromEntries(imported.images.map((image) => [image.fileName, image.bytes]));
    expect(Buffer.from(byName['unit/background.png']!).equals(Buffer.from(BACKGROUND_PNG))).toBe(true);
    expect(Buffer.from(byName['unit/logo.png']!).equals(Buffer.from(LOGO_PNG))).toBe(true);
    expect(themeData(imported).images).toEqual({ background: 'unit/background.png', logo: 'unit/logo.png' });
    expect(imported.notes.join('\n')).toMatch(/300×120 像素，原图保存，生成演示文稿时按幻灯片所需缩小/u);
  });

  it('loads with loadTheme, images resolved inside the theme folder, the rest from party-red', () => {
    expect(loaded.chain).toEqual([`${THEMES_DIR}/unit.json`, '/pkg/themes/party-red.json']);
    expect(loaded.theme.images.logo).toBe(`${THEMES_DIR}/unit/logo.png`);
    expect(loaded.theme.images.background).toBe(`${THEMES_DIR}/unit/background.png`);
    expect(loaded.theme.sizes).toEqual(builtin('party-red').sizes);
    expect(loaded.theme.decorations).toEqual(builtin('party-red').decorations);
    expect(loaded.warnings).toEqual([]);
    for (const image of imported.images) {
      expect(checkImagePath(image.fileName, THEMES_DIR).ok).toBe(true);
      expect(image.fileName.startsWith('unit/')).toBe(true);
    }
  });

  it('writes notes in Chinese naming the template theme and what is not imported', () => {
    const notes = imported.notes.join('\n');
    expect(notes).toContain('某某单位');
    expect(notes).toContain('着色 1');
    expect(notes).toContain('不会导入');
    for (const note of imported.notes) expect(note).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('choosing the base theme', () => {
  it('uses dark 2 when accent 1 is grey, and picks gov-blue for a blue one', async () => {
    const imported = await importSpec({ ...RED_SPEC, colors: { ...OFFICE_COLORS, accent1: 'A5A5A5', dk2: '1F4E79' } });
    expect(themeData(imported).colors!['primary']).toBe('#1F4E79');
    expect(imported.base).toBe('gov-blue');
    expect(imported.notes.join('\n')).toContain('接近灰色');
  });

  it('picks dark for a dark master background and keeps text readable on it', async () => {
    const imported = await importSpec({ ...RED_SPEC, colors: { ...OFFICE_COLORS, accent1: '2F74C0' }, background: { color: '101820' } });
    expect(imported.base).toBe('dark');
    const colors = themeData(imported).colors!;
    expect(colors['background']).toBe('#101820');
    expect(colors['text']).toBe('#FFFFFF'); // dk1 black would not read; lt1 does
    const loaded = loadImported('unit', imported);
    expect(contrastRatio(loaded.theme.colors.muted, loaded.theme.colors.background)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(loaded.theme.colors.surface, loaded.theme.colors.background)).toBeLessThan(1.5);
  });

  it('picks minimal when every candidate for the primary is grey', async () => {
    const imported = await importSpec({ ...RED_SPEC, colors: { ...OFFICE_COLORS, accent1: '595959', dk2: '404040' } });
    expect(imported.base).toBe('minimal');
  });

  it('takes a light master background colour instead of lt1', async () => {
    const imported = await importSpec({ ...RED_SPEC, background: { color: 'FFF8F0' } });
    expect(themeData(imported).colors!['background']).toBe('#FFF8F0');
    expect(imported.base).toBe('party-red');
  });

  it('falls back to the only built-in it is given', async () => {
    const imported = await importTemplate(await buildTemplate(RED_SPEC), { name: 'unit', fileName: 'a.pptx' }, [builtin('minimal')]);
    expect(imported.base).toBe('minimal');
  });
});

describe('what the template does not have', () => {
  it('keeps the base fonts when the scheme names none, and writes no images key without pictures', async () => {
    const imported = await importSpec({ ...RED_SPEC, major: { latin: '', ea: '' }, minor: { latin: 'Calibri', ea: '' } });
    const data = themeData(imported);
    expect(data.fonts).toEqual({ body: { latin: 'Calibri' } });
    expect(data.images).toBeUndefined();
    expect(imported.images).toEqual([]);
    const loaded = loadImported('unit', imported);
    expect(loaded.theme.fonts.title).toEqual(builtin('party-red').fonts.title);
    expect(loaded.theme.fonts.body.eastAsian).toBe(builtin('party-red').fonts.body.eastAsian);
    const notes = imported.notes.join('\n');
    expect(notes).toContain('未找到背景图片');
    expect(notes).toContain('未找到标志图片');
    expect(notes).toContain(`沿用 party-red 的“${builtin('party-red').fonts.title.eastAsian}”`);
  });

  it('skips a picture that is not PNG, JPEG or GIF and takes the next one', async () => {
    const notAnImage = new Uint8Array(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'));
    const imported = await importSpec({
      ...RED_SPEC,
      pictures: [
        { bytes: notAnImage, mime: 'image/png', x: 0.2, y: 0.2, w: 2, h: 1 },
        { bytes: JPEG_7X5, mime: 'image/jpeg', x: 8, y: 0.2, w: 0.7, h: 0.5 },
      ],
    });
    const logo = imported.images.find((image) => image.fileName.startsWith('unit/logo.'));
    expect(logo).toBeDefined();
    expect(readImageInfo(logo!.bytes)).toEqual({ format: 'jpeg', width: 7, height: 5 });
    expect(imported.notes.join('\n')).toMatch(/不是 PNG、JPEG 或 GIF 图片/);
    expect(loadImported('unit', imported).theme.images.logo).toBe(`${THEMES_DIR}/${logo!.fileName}`);
  });

  it('does not take a title-bar strip across the slide for the logo', async () => {
    const imported = await importSpec({
      ...RED_SPEC,
      pictures: [
        { bytes: BACKGROUND_PNG, mime: 'image/png', x: 0, y: 0, w: 10, h: 0.8 },
        { bytes: SMALL_PNG, mime: 'image/png', x: 9, y: 0.1, w: 0.5, h: 0.5 },
      ],
    });
    expect(imported.images).toHaveLength(1);
    expect(Buffer.from(imported.images[0]!.bytes).equals(Buffer.from(SMALL_PNG))).toBe(true);
  });

  it('treats a picture covering the slide as the background, not the logo', async () => {
    const imported = await importSpec({ ...RED_SPEC, pictures: [{ bytes: BACKGROUND_PNG, mime: 'image/png', x: 0, y: 0, w: 10, h: 5.625 }] });
    expect(imported.images.map((image) => image.fileName)).toEqual(['unit/background.png']);
  });
});

/** A package written by hand, as PowerPoint lays it out: theme and pictures on the master itself. */
async function buildHandMadePackage(): Promise<Uint8Array> {
  const rel = (id: string, type: string, target: string): string =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const rels = (...items: string[]): string =>
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
  const ns =
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
  const pic = (id: string, x: number, y: number, cx: number, cy: number): string =>
    `<p:pic><p:nvPicPr><p:cNvPr id="5" name="p"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="${id}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr><a:xfrm><a:off x="${x}" y="${y}"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`;
  const zip = new JSZip();
  zip.file(
    'ppt/presentation.xml',
    `<p:presentation ${ns}><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId7"/></p:sldMasterIdLst><p:sldSz cx="12192000" cy="6858000"/></p:presentation>`,
  );
  zip.file('ppt/_rels/presentation.xml.rels', rels(rel('rId7', 'slideMaster', 'slideMasters/slideMaster1.xml'), rel('rId9', 'theme', 'theme/theme1.xml')));
  // The master uses theme2; theme1 is a decoy that must not be read.
  zip.file(
    'ppt/theme/theme1.xml',
    `<a:theme ${ns} name="decoy"><a:themeElements><a:clrScheme name="x"><a:accent1><a:srgbClr val="00AA00"/></a:accent1></a:clrScheme></a:themeElements></a:theme>`,
  );
  zip.file(
    'ppt/theme/theme2.xml',
    `<a:theme ${ns} name="机关"><a:themeElements><a:clrScheme name="x"><a:dk1><a:srgbClr val="222222"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="003366"/></a:dk2><a:lt2><a:srgbClr val="EEEEEE"/></a:lt2><a:accent1><a:srgbClr val="8B0000"/></a:accent1><a:accent2><a:srgbClr val="C9A227"/></a:accent2></a:clrScheme>` +
      `<a:fontScheme name="f"><a:majorFont><a:latin typeface="Georgia"/><a:ea typeface="方正小标宋简体"/></a:majorFont><a:minorFont><a:latin typeface="+mn-lt"/><a:ea typeface="仿宋_GB2312"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`,
  );
  // Background: scheme colour bg1 (mapped to lt2 here) darkened by lumMod 95%; logo inside a group scaled 2×.
  zip.file(
    'ppt/slideMasters/slideMaster1.xml',
    `<p:sldMaster ${ns}><p:cSld><p:bg><p:bgPr><a:solidFill><a:schemeClr val="bg1"><a:lumMod val="95000"/></a:schemeClr></a:solidFill><a:effectLst/></p:bgPr></p:bg><p:spTree>` +
      `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="2" name="g"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="100000" y="100000"/><a:ext cx="2000000" cy="800000"/><a:chOff x="0" y="0"/><a:chExt cx="1000000" cy="400000"/></a:xfrm></p:grpSpPr>${pic('rId2', 0, 0, 1000000, 400000)}</p:grpSp>` +
      `${pic('rId3', 9000000, 100000, 1500000, 500000)}</p:spTree></p:cSld><p:clrMap bg1="lt2" tx1="dk1" bg2="lt1" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/></p:sldMaster>`,
  );
  zip.file(
    'ppt/slideMasters/_rels/slideMaster1.xml.rels',
    rels(rel('rId1', 'theme', '../theme/theme2.xml'), rel('rId2', 'image', '../media/image1.jpeg'), rel('rId3', 'image', '../media/image2.png')),
  );
  zip.file('ppt/media/image1.jpeg', JPEG_7X5);
  zip.file('ppt/media/image2.png', SMALL_PNG);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('a package laid out by PowerPoint', () => {
  let imported: ImportedTemplate;
  beforeAll(async () => {
    imported = await importTemplate(await buildHandMadePackage(), { name: 'jiguan', fileName: '机关模板.potx' }, builtins);
  });

  it('reads the theme the first master points to', () => {
    expect(themeData(imported).colors!['primary']).toBe('#8B0000');
    expect(imported.notes[0]).toContain('ppt/theme/theme2.xml');
    expect(imported.base).toBe('party-red');
  });

  it('resolves the master background through the colour map and its luminance modifier', () => {
    // bg1 → lt2 = EEEEEE, lumMod 95% → E2E2E2.
    expect(themeData(imported).colors!['background']).toBe('#E2E2E2');
  });

  it('measures pictures inside groups in slide coordinates and keeps the JPEG extension', () => {
    // The grouped picture is 2 000 000 × 800 000 EMU on the slide, larger than the 1 500 000 × 500 000 one.
    expect(imported.images.map((image) => image.fileName)).toEqual(['jiguan/logo.jpeg']);
    expect(themeData(imported).images).toEqual({ logo: 'jiguan/logo.jpeg' });
  });

  it('ignores scheme references as font names', () => {
    expect(themeData(imported).fonts).toEqual({ title: { eastAsian: '方正小标宋简体', latin: 'Georgia' }, body: { eastAsian: '仿宋_GB2312' } });
    expect(themeData(imported)['label']).toBe('机关模板 导入');
  });

  it('loads; fonts that are not stock Windows fonts still have the base fallbacks', () => {
    const loaded = loadImported('jiguan', imported);
    expect(loaded.theme.fonts.body.latin).toBe(builtin('party-red').fonts.body.latin);
    expect(loaded.warnings.filter((warning) => warning.startsWith('fonts.'))).toEqual([]);
  });
});

describe('input that is not a template', () => {
  async function importError(bytes: Uint8Array, name = 'unit'): Promise<unknown> {
    try {
      await importTemplate(bytes, { name, fileName: 'bad.pptx' }, builtins);
    } catch (error) {
      return error;
    }
    throw new Error('importTemplate accepted bad input');
  }

  async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
    const zip = new JSZip();
    for (const [path, text] of Object.entries(files)) zip.file(path, text);
    return zip.generateAsync({ type: 'uint8array' });
  }

  it.each([
    ['random bytes', async () => new Uint8Array(Buffer.from('这不是演示文稿'))],
    ['a truncated pptx', async () => (await buildTemplate(RED_SPEC)).subarray(0, 2000)],
    ['a Word document', async () => zipOf({ 'word/document.xml': '<w:document/>', '[Content_Types].xml': '<Types/>' })],
    ['a pptx without a theme part', async () => zipOf({ 'ppt/presentation.xml': '<p:presentation xmlns:p="p"/>' })],
  ])('rejects %s with an InputError in Chinese', async (_name, make) => {
    const error = await importError(await make());
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain('bad.pptx');
    expect((error as InputError).message).toMatch(/[\u4e00-\u9fff]/);
    expect((error as InputError).hint).toContain('.pptx');
  });

  it('says the old .ppt format must be saved as .pptx', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);
    const error = await importError(ole);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain('.ppt');
    expect((error as InputError).hint).toContain('另存为');
  });

  it('names the part that is not XML', async () => {
    const zip = await JSZip.loadAsync(await buildTemplate(RED_SPEC));
    zip.file('ppt/theme/theme1.xml', '<a:theme><a:themeElements></a:theme>');
    const error = await importError(await zip.generateAsync({ type: 'uint8array' }));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain('ppt/theme/theme1.xml');
  });

  it('rejects a theme name the loader would not accept', async () => {
    const error = await importError(await buildTemplate(RED_SPEC), 'My Unit');
    expect(error).toBeInstanceOf(ThemeError);
    expect((error as ThemeError).message).toContain('小写字母');
  });
});

describe('a theme part without a colour scheme', () => {
  it('imports fonts only and keeps every colour of the base', async () => {
    const zip = await JSZip.loadAsync(await buildTemplate(RED_SPEC));
    const themeXml = await zip.file('ppt/theme/theme1.xml')!.async('string');
    zip.file('ppt/theme/theme1.xml', themeXml.replace(/<a:clrScheme[\s\S]*?<\/a:clrScheme>/, ''));
    const imported = await importTemplate(await zip.generateAsync({ type: 'uint8array' }), { name: 'unit', fileName: 'x.pptx' }, builtins);
    const data = themeData(imported);
    expect(data.colors).toBeUndefined();
    expect(data.fonts?.['title']).toEqual({ eastAsian: '华文中宋', latin: 'Arial' });
    expect(imported.notes.join('\n')).toContain('没有可用的配色');
    const loaded = loadImported('unit', imported);
    expect(loaded.theme.colors).toEqual(builtin(imported.base).colors);
  });
});

describe('a template whose East Asian font slot holds a Latin-only font (as LibreOffice writes them)', () => {
  const LIBREOFFICE_SPEC: TemplateSpec = {
    ...RED_SPEC,
    major: { latin: 'DejaVu Sans', ea: 'DejaVu Sans' },
    minor: { latin: 'Liberation Serif', ea: 'Arial', hans: '宋体' },
  };
  let imported: ImportedTemplate;
  let loaded: LoadedTheme;
  beforeAll(async () => {
    imported = await importSpec(LIBREOFFICE_SPEC);
    loaded = loadImported('unit', imported);
  });

  it('keeps the base theme Chinese font for that slot and takes a Chinese script entry when there is one', () => {
    expect(themeData(imported).fonts).toEqual({ title: { latin: 'DejaVu Sans' }, body: { eastAsian: '宋体', latin: 'Liberation Serif' } });
    expect(loaded.theme.fonts.title.eastAsian).toBe(builtin('party-red').fonts.title.eastAsian);
    expect(loaded.theme.fonts.body.eastAsian).toBe('宋体');
  });

  it('says in the notes which font was not taken and why', () => {
    const notes = imported.notes.join('\n');
    expect(notes).toMatch(/“DejaVu Sans”，它不能显示中文，沿用 party-red 的/u);
    expect(notes).toContain('fonts.title.eastAsian');
  });

  it('takes a Chinese font named in English or in Chinese, and never one of the usual Latin ones', () => {
    for (const face of ['Microsoft YaHei', 'SimSun', 'Noto Sans CJK SC', 'Source Han Serif SC', '方正小标宋简体', 'FangSong_GB2312', 'PingFang SC'])
      expect(canShowChinese(face), face).toBe(true);
    for (const face of ['DejaVu Sans', 'Arial', 'Calibri', 'Times New Roman', 'Liberation Sans', 'Noto Sans', 'Segoe UI', ''])
      expect(canShowChinese(face), face).toBe(false);
  });
});

describe('a deck built with an imported template', () => {
  const skipSemantic = semanticUnavailable();
  const skipValidate = validatorUnavailable();

  it.skipIf(skipSemantic !== null)(
    `passes ooxml-semantic and ooxml-validate, Chinese in a Chinese font${skipSemantic === null ? '' : ` (skipped: ${skipSemantic})`}`,
    async () => {
      const imported = await importSpec({
        ...RED_SPEC,
        major: { latin: 'DejaVu Sans', ea: 'DejaVu Sans' },
        background: { image: BACKGROUND_PNG, mime: 'image/png' },
        pictures: [{ bytes: LOGO_PNG, mime: 'image/png', x: 0.3, y: 0.2, w: 1.5, h: 0.6 }],
      });
      const { theme } = loadImported('unit', imported);
      const bytes = new Map(imported.images.map((image) => [posix.join(THEMES_DIR, image.fileName), image.bytes]));
      const asset = (source: string | null | undefined): { source: string; width: number; height: number } | null => {
        const data = source === null || source === undefined ? undefined : bytes.get(source);
        const info = data === undefined ? null : readImageInfo(data);
        return source === null || source === undefined || info === null ? null : { source, width: info.width, height: info.height };
      };
      const pictures = { logo: asset(theme.images.logo), background: asset(theme.images.background), bytes };
      expect(pictures.logo).not.toBeNull();
      expect(pictures.background).not.toBeNull();
      const result = await buildDeck({ bytes: readFileSync(SEED_FILE), fileName: SEED_FILE, theme, modified: new Date('2026-01-01T00:00:00Z'), pictures });
      const work = mkdtempSync(path.join(tmpdir(), 'huibao-imported-'));
      try {
        const deck = path.join(work, 'imported.pptx');
        writeFileSync(deck, result.pptx);
        const report = await ooxmlSemantic(deck);
        expect(report.errors).toEqual([]);
        if (skipValidate === null) expect((await ooxmlValidate(deck)).output).toMatch(/ 0 invalid/u);
        const entries = await readPackageEntries(result.pptx);
        const slides = entries.filter((entry) => /^ppt\/slides\/slide\d+\.xml$/u.test(entry.name)).map((entry) => new TextDecoder().decode(entry.data));
        const eastAsian = new Set(slides.flatMap((xml) => [...xml.matchAll(/<a:ea typeface="([^"]*)"/gu)].map((match) => match[1] ?? '')));
        expect(eastAsian.size).toBeGreaterThan(0);
        for (const face of eastAsian) expect(canShowChinese(face), face).toBe(true);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
  );
});
