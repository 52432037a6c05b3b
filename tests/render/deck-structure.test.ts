/**
 * What PowerPoint reads beyond the look: every slide's title in a title placeholder on a layout
 * that defines one, agenda entries that jump to their dividers, the section list. Built in-process
 * for the seed and every dev text with two or more parts; no LibreOffice needed.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildFromOutline } from '../../src/build-deck.js';
import { allReports, outlineOf, theme } from '../helpers/fixtures.js';

const reports = allReports().filter((report) => outlineOf(report).sections.length >= 2);

async function open(report: (typeof reports)[number]) {
  const result = await buildFromOutline(outlineOf(report), theme('party-red'), { modified: new Date('2026-01-01T00:00:00Z') });
  const zip = await JSZip.loadAsync(result.pptx);
  const read = async (name: string): Promise<string> => {
    const file = zip.file(name);
    if (file === null) throw new Error(`missing part ${name}`);
    return file.async('string');
  };
  return { result, zip, read };
}

/** The text of the title placeholder of a slide or layout part, or null when it has none. */
function titlePlaceholderText(xml: string): string | null {
  const shape = [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/gu)].map((match) => match[1] ?? '').find((sp) => /<p:ph type="title"\/>/u.test(sp));
  if (shape === undefined) return null;
  return [...shape.matchAll(/<a:t>([^<]*)<\/a:t>/gu)].map((match) => match[1]).join('');
}

describe.each(reports.map((report) => [report.name, report] as const))('%s deck', (_, report) => {
  it('puts every slide\u2019s title in a title placeholder, on layouts that have one', async () => {
    const { result, read } = await open(report);
    const layouts = new Set<string>();
    for (const [index, slide] of result.plan.slides.entries()) {
      const xml = await read(`ppt/slides/slide${index + 1}.xml`);
      const layout = /Target="\.\.\/slideLayouts\/(slideLayout\d+\.xml)"/u.exec(await read(`ppt/slides/_rels/slide${index + 1}.xml.rels`))?.[1];
      if (layout !== undefined) layouts.add(`ppt/slideLayouts/${layout}`);
      expect(xml.match(/<p:ph type="title"\/>/gu)).toHaveLength(1);
      const text = titlePlaceholderText(xml) ?? '';
      expect(text.length).toBeGreaterThan(0);
      // The title shown may be the lead clause of a long title; it is always taken from it.
      expect(slide.title.replace(/\s+/gu, '')).toContain(text.replace(/\s+/gu, '').slice(0, 4));
    }
    // pptxgenjs adds a DEFAULT layout no slide uses; every layout a slide is built on has a title.
    expect(layouts.size).toBeGreaterThanOrEqual(4);
    for (const layout of layouts) expect(await read(layout)).toMatch(/<p:ph type="title"\/>/u);
  });

  it('links each agenda entry to its part\u2019s divider and keeps the section list', async () => {
    const { result, read } = await open(report);
    const dividers = result.plan.slides.flatMap((slide, index) => (slide.kind === 'divider' ? [index + 1] : []));
    const targets: number[] = [];
    for (const [index, slide] of result.plan.slides.entries()) {
      if (slide.kind !== 'agenda') continue;
      const xml = await read(`ppt/slides/slide${index + 1}.xml`);
      const rels = await read(`ppt/slides/_rels/slide${index + 1}.xml.rels`);
      for (const match of xml.matchAll(/<a:hlinkClick r:id="(rId\d+)"[^>]*action="ppaction:\/\/hlinksldjump"/gu)) {
        const target = new RegExp(`Id="${match[1]}" Type="[^"]+/slide" Target="slide(\\d+)\\.xml"`, 'u').exec(rels);
        targets.push(Number(target?.[1]));
      }
    }
    expect(targets).toEqual(dividers);
    const presentation = await read('ppt/presentation.xml');
    const sections = [...presentation.matchAll(/<p14:section name="([^"]*)"/gu)].map((match) => match[1]);
    expect(sections.length).toBe(new Set(result.plan.slides.map((slide) => slide.section)).size);
  });
});
