/**
 * Unit templates for the import tests: decks made by pptxgenjs with a slide master (background,
 * pictures), whose theme part is then rewritten with known colours and fonts, as a unit's
 * PowerPoint template would carry them. Also real PNG files of any size.
 */
import { deflateSync } from 'node:zlib';
import JSZip from 'jszip';
import PptxGenJSModule from 'pptxgenjs';
import { computeCrc32 } from '../../src/ooxml/zip-crc32.js';

// Under NodeNext the typings describe a CommonJS module while the ESM build hands over the class
// itself (pptxgenjs issue #1536): resolve both, as tests/render/helpers/build-raw-deck.ts does.
type PptxGenJSClass = (typeof PptxGenJSModule)['default'];
const imported = PptxGenJSModule as unknown as PptxGenJSClass | { readonly default: PptxGenJSClass };
const PptxGenJS: PptxGenJSClass = typeof imported === 'function' ? imported : imported.default;

function pngChunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(computeCrc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A valid RGB PNG filled with one colour (different colours give different bytes). */
export function makePng(width: number, height: number, rgb: readonly [number, number, number] = [200, 0, 0]): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk('IHDR', header),
      pngChunk('IDAT', deflateSync(pixels)),
      pngChunk('IEND', new Uint8Array(0)),
    ]),
  );
}

/** A 7×5 baseline JPEG written by ImageMagick 6.9 (`convert -size 7x5 xc:'#C00000' -strip`). */
export const JPEG_7X5 = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAFAAcDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAf/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABgf/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCQADS3P//Z',
  'base64',
);

/** A 7×5 progressive JPEG (SOF2) written by ImageMagick 6.9 (`-interlace Plane`). */
export const PROGRESSIVE_JPEG_7X5 = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/2wBDAQMDAwQDBAgEBAgQCwkLEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBD/wgARCAAFAAcDAREAAhEBAxEB/8QAFAABAAAAAAAAAAAAAAAAAAAAB//EABUBAQEAAAAAAAAAAAAAAAAAAAYI/9oADAMBAAIQAxAAAAEgKUB//8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABBQJ//8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAgBAwEBPwF//8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAgBAgEBPwF//8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQAGPwJ//8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPyF//9oADAMBAAIAAwAAABDf/8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAgBAwEBPxB//8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAgBAgEBPxB//8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxB//9k=',
  'base64',
);

export interface SchemeFontSpec {
  readonly latin: string;
  /** `a:ea` typeface; '' as PowerPoint writes it when the East Asian face comes from the script list. */
  readonly ea: string;
  /** `<a:font script="Hans">`, left out when undefined. */
  readonly hans?: string;
}

export interface TemplateSpec {
  /** Hex per slot, dk1/lt1 are written as `a:sysClr` with `lastClr` like Office does. */
  readonly colors: Readonly<Record<'dk1' | 'lt1' | 'dk2' | 'lt2' | 'accent1' | 'accent2' | 'accent3' | 'accent4' | 'accent5' | 'accent6', string>>;
  readonly major: SchemeFontSpec;
  readonly minor: SchemeFontSpec;
  readonly themeName?: string;
  readonly background?: { readonly color: string } | { readonly image: Uint8Array; readonly mime: string };
  /** Pictures on the master, box in inches on a 10 × 5.625 in slide. */
  readonly pictures?: readonly {
    readonly bytes: Uint8Array;
    readonly mime: string;
    readonly x: number;
    readonly y: number;
    readonly w: number;
    readonly h: number;
  }[];
}

export const OFFICE_COLORS: TemplateSpec['colors'] = {
  dk1: '000000',
  lt1: 'FFFFFF',
  dk2: '44546A',
  lt2: 'E7E6E6',
  accent1: '4472C4',
  accent2: 'ED7D31',
  accent3: 'A5A5A5',
  accent4: 'FFC000',
  accent5: '5B9BD5',
  accent6: '70AD47',
};

function dataUri(mime: string, bytes: Uint8Array): string {
  return `${mime};base64,${Buffer.from(bytes).toString('base64')}`;
}

function colorSchemeXml(spec: TemplateSpec): string {
  const { dk1, lt1, ...rest } = spec.colors;
  const others = Object.entries(rest)
    .map(([slot, hex]) => `<a:${slot}><a:srgbClr val="${hex}"/></a:${slot}>`)
    .join('');
  return (
    `<a:clrScheme name="Unit"><a:dk1><a:sysClr val="windowText" lastClr="${dk1}"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="${lt1}"/></a:lt1>` +
    `${others}<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>`
  );
}

function fontGroupXml(tag: string, font: SchemeFontSpec): string {
  const hans = font.hans === undefined ? '' : `<a:font script="Hans" typeface="${font.hans}"/>`;
  return `<a:${tag}><a:latin typeface="${font.latin}"/><a:ea typeface="${font.ea}"/><a:cs typeface=""/><a:font script="Jpan" typeface="游ゴシック"/>${hans}</a:${tag}>`;
}

/** Replaces one element of a part, failing loudly if pptxgenjs stopped writing it. */
function replaceElement(xml: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(xml)) throw new Error(`template builder: ${pattern} not found in the theme part`);
  return xml.replace(pattern, replacement);
}

/** A .pptx whose single master carries `spec`'s background and pictures and whose theme has its scheme. */
export async function buildTemplate(spec: TemplateSpec): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  const background =
    spec.background === undefined
      ? undefined
      : 'color' in spec.background
        ? { color: spec.background.color }
        : { data: dataUri(spec.background.mime, spec.background.image) };
  pptx.defineSlideMaster({
    title: 'UNIT',
    ...(background === undefined ? {} : { background }),
    objects: (spec.pictures ?? []).map((picture) => ({
      image: { x: picture.x, y: picture.y, w: picture.w, h: picture.h, data: dataUri(picture.mime, picture.bytes) },
    })),
  });
  pptx.addSlide({ masterName: 'UNIT' });
  const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return patchTheme(written, spec);
}

async function patchTheme(pptx: Uint8Array, spec: TemplateSpec): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(pptx);
  const path = 'ppt/theme/theme1.xml';
  let xml = await zip.file(path)!.async('string');
  xml = replaceElement(xml, /<a:clrScheme[\s\S]*?<\/a:clrScheme>/, colorSchemeXml(spec));
  xml = replaceElement(
    xml,
    /<a:fontScheme[\s\S]*?<\/a:fontScheme>/,
    `<a:fontScheme name="Unit">${fontGroupXml('majorFont', spec.major)}${fontGroupXml('minorFont', spec.minor)}</a:fontScheme>`,
  );
  if (spec.themeName !== undefined) xml = replaceElement(xml, /<a:theme([^>]*) name="[^"]*"/, `<a:theme$1 name="${spec.themeName}"`);
  zip.file(path, xml);
  return zip.generateAsync({ type: 'uint8array' });
}
