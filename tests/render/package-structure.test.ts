/** The package-level fixes one by one: ASCII part names, shape ids, app.xml lists, the notes master's theme. */
import { describe, expect, it } from 'vitest';
import { typefacesIn, writeAppProperties } from '../../src/render/package-app-properties.js';
import { separateNotesMasterThemes } from '../../src/render/package-notes-theme.js';
import { asciiPartNames, renameOverrides, renameRelationshipTargets } from '../../src/render/package-part-names.js';
import { uniqueShapeIds } from '../../src/render/package-shape-ids.js';

describe('asciiPartNames', () => {
  it('renames non-ASCII parts in their folder, their relationships with them, and never onto a taken name', () => {
    const names = [
      'ppt/media/image-2.jpeg',
      'ppt/media/封面-image-2.jpeg',
      'ppt/media/过渡-image-2.jpeg',
      'ppt/media/图片.png',
      'ppt/slides/slide1.xml',
      'ppt/media/_rels/图片.png.rels',
      '[Content_Types].xml',
    ];
    const renames = asciiPartNames(names);
    expect([...renames.keys()].sort()).toEqual(
      ['ppt/media/_rels/图片.png.rels', 'ppt/media/图片.png', 'ppt/media/封面-image-2.jpeg', 'ppt/media/过渡-image-2.jpeg'].sort(),
    );
    const final = names.map((name) => renames.get(name) ?? name);
    expect(new Set(final.map((name) => name.toLowerCase())).size).toBe(names.length);
    for (const name of final.filter((name) => name !== '[Content_Types].xml')) expect(name).toMatch(/^[A-Za-z0-9._\-/]+$/u);
    expect(renames.get('ppt/media/图片.png')).toBe('ppt/media/part.png');
    expect(renames.get('ppt/media/_rels/图片.png.rels')).toBe('ppt/media/_rels/part.png.rels');
    expect(renames.get('ppt/media/封面-image-2.jpeg')).toMatch(/^ppt\/media\/image-2-\d+\.jpeg$/u);
    expect(asciiPartNames(['ppt/slides/slide1.xml', '_rels/.rels', '[Content_Types].xml']).size).toBe(0);
  });

  it('follows in relationship targets (relative, percent-encoded, absolute) and overrides, not in external links', () => {
    const renames = new Map([['ppt/media/封面-image-2.jpeg', 'ppt/media/image-2.jpeg']]);
    const rels =
      '<Relationships><Relationship Id="rId1" Type="t/image" Target="../media/封面-image-2.jpeg"/>' +
      '<Relationship Id="rId2" Type="t/image" Target="../media/%E5%B0%81%E9%9D%A2-image-2.jpeg"/>' +
      '<Relationship Id="rId3" Type="t/image" Target="/ppt/media/封面-image-2.jpeg"/>' +
      '<Relationship Id="rId4" Type="t/hyperlink" Target="../media/封面-image-2.jpeg" TargetMode="External"/></Relationships>';
    const fixed = renameRelationshipTargets(rels, 'ppt/slideLayouts/_rels/slideLayout2.xml.rels', renames);
    expect([...fixed.matchAll(/Target="([^"]*)"/gu)].map((match) => match[1])).toEqual([
      '../media/image-2.jpeg',
      '../media/image-2.jpeg',
      '/ppt/media/image-2.jpeg',
      '../media/封面-image-2.jpeg',
    ]);
    expect(renameOverrides('<Types><Override PartName="/ppt/media/封面-image-2.jpeg" ContentType="image/jpeg"/></Types>', renames)).toBe(
      '<Types><Override PartName="/ppt/media/image-2.jpeg" ContentType="image/jpeg"/></Types>',
    );
  });
});

describe('uniqueShapeIds', () => {
  it('keeps the first of each id and gives later duplicates ids above all others', () => {
    const xml =
      '<p:cNvPr id="1" name=""/><p:cNvPr id="2" name="a"/><p:cNvPr id="3" name="b"/><p:cNvPr id="2" name="table"/><p:cNvPr id="25" name="n"/><p:cNvPr id="3" name="c"/>';
    const ids = [...uniqueShapeIds(xml).matchAll(/id="(\d+)"/gu)].map((match) => Number(match[1]));
    expect(ids).toEqual([1, 2, 3, 26, 25, 27]);
    const unique = '<p:cNvPr id="1" name=""/><p:cNvPr id="2" name="a"/>';
    expect(uniqueShapeIds(unique)).toBe(unique);
  });
});

describe('writeAppProperties', () => {
  const app =
    '<Properties><HeadingPairs><vt:vector size="6" baseType="variant"><vt:variant><vt:lpstr>Fonts Used</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant>' +
    '<vt:variant><vt:lpstr>Theme</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant><vt:variant><vt:lpstr>Slide Titles</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant></vt:vector></HeadingPairs>' +
    '<TitlesOfParts><vt:vector size="5" baseType="lpstr"><vt:lpstr>Arial</vt:lpstr><vt:lpstr>Calibri</vt:lpstr><vt:lpstr>Office Theme</vt:lpstr><vt:lpstr>Slide 1</vt:lpstr><vt:lpstr>Slide 2</vt:lpstr></vt:vector></TitlesOfParts></Properties>';

  it('lists the given fonts and theme, keeps the slide titles and the vector sizes right', () => {
    const fixed = writeAppProperties(app, { fonts: ['微软雅黑', 'Arial', 'A&B 字体', '微软雅黑'], themeName: '党政红' });
    const titles = [...fixed.matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/gu)].map((match) => match[1]);
    expect(titles).toEqual(['Fonts Used', 'Theme', 'Slide Titles', '微软雅黑', 'Arial', 'A&amp;B 字体', '党政红', 'Slide 1', 'Slide 2']);
    expect(fixed).toContain('<vt:vector size="6" baseType="lpstr">');
    expect(fixed).toContain('<vt:lpstr>Fonts Used</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4>');
  });

  it('finds typefaces in run properties, decoded, without theme references', () => {
    expect(typefacesIn('<a:latin typeface="+mn-lt"/><a:ea typeface="A&amp;B"/><a:cs typeface="宋体"/><a:buFont typeface="Wingdings"/>')).toEqual([
      'A&B',
      '宋体',
      'Wingdings',
    ]);
  });
});

describe('separateNotesMasterThemes', () => {
  const themeRel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme';
  const parts = [
    { name: '[Content_Types].xml', data: '<Types><Override PartName="/ppt/theme/theme1.xml" ContentType="x"/></Types>' },
    { name: 'ppt/theme/theme1.xml', data: '<a:theme name="t"/>' },
    {
      name: 'ppt/slideMasters/_rels/slideMaster1.xml.rels',
      data: `<Relationships><Relationship Id="rId9" Type="${themeRel}" Target="../theme/theme1.xml"/></Relationships>`,
    },
    {
      name: 'ppt/notesMasters/_rels/notesMaster1.xml.rels',
      data: `<Relationships><Relationship Id="rId1" Type="${themeRel}" Target="../theme/theme1.xml"/></Relationships>`,
    },
  ];

  it('gives a notes master sharing the slide master theme a copy of its own, typed, and is then a no-op', () => {
    const separated = separateNotesMasterThemes(parts);
    const byName = new Map(separated.map((part) => [part.name, String(part.data)]));
    expect(byName.get('ppt/theme/theme2.xml')).toBe('<a:theme name="t"/>');
    expect(byName.get('ppt/notesMasters/_rels/notesMaster1.xml.rels')).toContain('Target="../theme/theme2.xml"');
    expect(byName.get('ppt/slideMasters/_rels/slideMaster1.xml.rels')).toContain('Target="../theme/theme1.xml"');
    expect(byName.get('[Content_Types].xml')).toContain(
      '<Override PartName="/ppt/theme/theme2.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/></Types>',
    );
    expect(separateNotesMasterThemes(separated)).toEqual(separated);
  });
});
