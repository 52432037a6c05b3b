import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import PartCollector, { PARTS_OUTPUT } from '../../src/render/part-collector.js';
import { createPresentation, writeParts } from '../../src/render/pptxgenjs.js';

async function readArchive(archive: Uint8Array | ArrayBuffer | string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(archive, { base64: typeof archive === 'string', checkCRC32: true });
  const files = Object.values(zip.files).filter((file) => !file.dir);
  return Object.fromEntries(await Promise.all(files.map(async (file) => [file.name, await file.async('string')] as const)));
}

describe('PartCollector (what pptxgenjs gets instead of JSZip)', () => {
  it('names files in folders by their path, keeps the last version of a name and decodes base64', async () => {
    const collector = new PartCollector();
    collector.folder('ppt').folder('_rels').file('presentation.xml.rels', '<Relationships/>');
    collector.folder('ppt/slides/').file('slide1.xml', '<p:sld>旧</p:sld>');
    collector.file('ppt/slides/slide1.xml', '<p:sld>新</p:sld>');
    collector.file('ppt/media/image1.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]).toString('base64'), { base64: true });
    const parts = await collector.generateAsync({ type: PARTS_OUTPUT });
    expect(parts).toEqual([
      { name: 'ppt/_rels/presentation.xml.rels', data: '<Relationships/>' },
      { name: 'ppt/slides/slide1.xml', data: '<p:sld>新</p:sld>' },
      { name: 'ppt/media/image1.png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
    ]);
  });

  it('writes an archive JSZip reads back, in every output type pptxgenjs asks for', async () => {
    const collector = new PartCollector();
    collector.file('[Content_Types].xml', '<Types/>').file('xl/workbook.xml', '<workbook>汇报 & 数据</workbook>');
    const expected = { '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook>汇报 & 数据</workbook>' };
    for (const type of ['uint8array', 'nodebuffer', 'arraybuffer', 'base64']) {
      const archive = await collector.generateAsync({ type });
      if (Array.isArray(archive)) throw new Error(`${type} gave parts`);
      expect(await readArchive(archive), type).toEqual(expected);
    }
    await expect(collector.generateAsync({ type: 'blob' })).rejects.toThrow(/blob/u);
  });

  it('is what pptxgenjs writes through here: the parts come back as strings', async () => {
    const presentation = createPresentation();
    presentation.addSlide().addText('汇报', { x: 1, y: 1, w: 4, h: 1 });
    const parts = await writeParts(presentation);
    const slide = parts.find((part) => part.name === 'ppt/slides/slide1.xml');
    expect(typeof slide?.data).toBe('string');
    expect(String(slide?.data)).toContain('汇报');
    expect(parts.map((part) => part.name)).toContain('[Content_Types].xml');
  });
});
