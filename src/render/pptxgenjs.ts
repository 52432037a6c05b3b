/**
 * pptxgenjs for the renderer, writing through part-collector.ts (load-pptxgenjs.ts says how), and
 * the types we use from it. Under NodeNext the package's CommonJS-style typings make the default
 * import look like a namespace (pptxgenjs issue #1536); at run time the module is the class itself
 * (CommonJS build), a namespace whose default is the class (ES build) or one more level of that
 * (the ES build bundled as CommonJS). This shim resolves all three.
 */
import type PptxGenJS from 'pptxgenjs';
import type { PackagePart } from '../ooxml/package-zip.js';
import { loadPptxgenjs } from './load-pptxgenjs.js';
import { PARTS_OUTPUT } from './part-collector.js';

export type Presentation = PptxGenJS.default;
export type PresentationSlide = PptxGenJS.default.Slide;
export type TextRun = PptxGenJS.default.TextProps;
export type TextOptions = PptxGenJS.default.TextPropsOptions;
export type ShapeOptions = PptxGenJS.default.ShapeProps;
export type TableRows = PptxGenJS.default.TableRow[];
export type TableOptions = PptxGenJS.default.TableProps;

type PresentationConstructor = new () => Presentation;

function isConstructor(value: unknown): value is PresentationConstructor {
  return typeof value === 'function';
}

function defaultOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'default' in value ? value.default : undefined;
}

function resolveConstructor(): PresentationConstructor {
  const loaded = loadPptxgenjs();
  const candidates: unknown[] = [loaded, defaultOf(loaded), defaultOf(defaultOf(loaded))];
  for (const candidate of candidates) {
    if (isConstructor(candidate)) return candidate;
  }
  throw new Error('pptxgenjs did not load as expected');
}

export function createPresentation(): Presentation {
  const Constructor = resolveConstructor();
  return new Constructor();
}

function isPartList(value: unknown): value is PackagePart[] {
  return (
    Array.isArray(value) &&
    value.every(
      (part: { name?: unknown; data?: unknown } | null) => typeof part?.name === 'string' && (typeof part.data === 'string' || part.data instanceof Uint8Array),
    )
  );
}

/**
 * The parts of `presentation`. pptxgenjs passes an output type it does not know on to its zip
 * library, which is part-collector.ts (load-pptxgenjs.ts).
 */
export async function writeParts(presentation: Presentation): Promise<PackagePart[]> {
  const misloaded = 'pptxgenjs was loaded with JSZip instead of part-collector.ts (see src/render/load-pptxgenjs.ts)';
  const output: unknown = await presentation
    .write({ outputType: PARTS_OUTPUT as NonNullable<PptxGenJS.default.WriteProps['outputType']> })
    .catch((error: unknown) => {
      throw new Error(misloaded, { cause: error });
    });
  if (!isPartList(output)) throw new Error(misloaded);
  return output;
}
