/** End to end: build the seed and read the .pptx back as PowerPoint would see it. */
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDeck, type BuildResult } from '../../src/build-deck.js';
import { readFileSync } from 'node:fs';
import { SEED_FILE, theme } from '../helpers/fixtures.js';

let result: BuildResult;
let zip: JSZip;

function texts(xml: string): string {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/gu)].map((match) => match[1]).join('');
}

async function part(name: string): Promise<string> {
  const file = zip.file(name);
  if (file === null) throw new Error(`missing part ${name}`);
  return file.async('string');
}

beforeAll(async () => {
  result = await buildDeck({ bytes: readFileSync(SEED_FILE), fileName: SEED_FILE, theme: theme('party-red'), modified: new Date('2026-11-27T00:00:00Z') });
  zip = await JSZip.loadAsync(result.pptx);
});

describe('the seed deck file', () => {
  it('has one slide part per planned slide, with the planned text', async () => {
    const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/u.test(name));
    expect(slides).toHaveLength(result.plan.slides.length);
    const all = (await Promise.all(slides.map(part))).map(texts).join('');
    for (const section of result.outline.sections) {
      expect(all).toContain(section.title);
      for (const point of section.points) expect(all).toContain(point.title);
    }
  });

  it('sets an East Asian font and zh-CN on every run', async () => {
    for (let index = 1; index <= result.plan.slides.length; index += 1) {
      const xml = await part(`ppt/slides/slide${index}.xml`);
      const runs = [...xml.matchAll(/<a:rPr\b[^>]*>[\s\S]*?<\/a:rPr>/gu)].map((match) => match[0]);
      expect(runs.length).toBeGreaterThan(0);
      for (const run of runs) {
        expect(run).toMatch(/lang="zh-CN"/u);
        expect(run).toMatch(/<a:ea typeface="[^"]+"/u);
      }
    }
  });

  it('carries the full source wording in the speaker notes', async () => {
    const notes = Object.keys(zip.files).filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/u.test(name));
    expect(notes).toHaveLength(result.plan.slides.length);
    const all = (await Promise.all(notes.map(part))).map(texts).join('').replace(/\s+/gu, '');
    const source = readFileSync(SEED_FILE, 'utf8');
    for (const sentence of source
      .split(/(?<=[。！？])|\n/u)
      .map((s) => s.replace(/\s+/gu, ''))
      .filter(Boolean)) {
      expect(all).toContain(sentence);
    }
  });

  it('gives each slide kind a layout with the theme background and decorations, for slides added by hand', async () => {
    const layouts = Object.keys(zip.files).filter((name) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/u.test(name));
    const xml = (await Promise.all(layouts.map(part))).join('');
    for (const label of ['封面', '目录', '内容页', '过渡页', '结束页']) expect(xml).toContain(`name="${label}"`);
    expect(xml).toContain('B71C1C');
    const content = result.plan.slides.findIndex((slide) => slide.kind === 'content') + 1;
    const rels = await part(`ppt/slides/_rels/slide${content}.xml.rels`);
    const layout = /Target="\.\.\/slideLayouts\/(slideLayout\d+\.xml)"/u.exec(rels)?.[1];
    expect(await part(`ppt/slideLayouts/${layout ?? 'missing'}`)).toContain('name="内容页"');
  });

  it('writes the theme colours and East Asian fonts into the theme part', async () => {
    const xml = await part('ppt/theme/theme1.xml');
    expect(xml).toContain('B71C1C');
    expect(xml).toMatch(/<a:ea typeface="[^"]+"/u);
    expect(xml).not.toContain('<a:ea typeface=""');
  });
});
