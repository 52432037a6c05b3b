import { describe, expect, it } from 'vitest';
import PartCollector, { PARTS_OUTPUT } from '../../src/render/part-collector.js';
import { createPresentation, writeParts } from '../../src/render/pptxgenjs.js';

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

  it('refuses to write an archive: huibao never asks pptxgenjs for one', async () => {
    const collector = new PartCollector();
    collector.file('[Content_Types].xml', '<Types/>');
    for (const type of ['uint8array', 'nodebuffer', 'base64', 'blob']) {
      await expect(collector.generateAsync({ type }), type).rejects.toThrow(type);
    }
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
