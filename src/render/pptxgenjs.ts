/**
 * The only import of pptxgenjs, which writes its archive through part-collector.ts. Under NodeNext
 * the package's CommonJS-style typings make the default import look like a namespace (pptxgenjs
 * issue #1536), while at run time the ES build gives the class itself; this shim resolves both and
 * re-exports the types we use.
 */
import * as pptxgenModule from 'pptxgenjs';
import type PptxGenJS from 'pptxgenjs';
import type { PackagePart } from '../ooxml/package-zip.js';
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

function resolveConstructor(): PresentationConstructor {
  const candidates: unknown[] = [pptxgenModule.default, (pptxgenModule.default as unknown as { default?: unknown }).default];
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
    value.every((part: { name?: unknown; data?: unknown } | null) => typeof part?.name === 'string' && (typeof part.data === 'string' || part.data instanceof Uint8Array))
  );
}

/**
 * The parts of `presentation`. pptxgenjs passes an output type it does not know on to its zip
 * library, which is part-collector.ts wherever huibao runs (the bundle, the tests).
 */
export async function writeParts(presentation: Presentation): Promise<PackagePart[]> {
  const misloaded = 'pptxgenjs was loaded with JSZip instead of part-collector.ts (see scripts/bundle.mjs)';
  const output: unknown = await presentation
    .write({ outputType: PARTS_OUTPUT as NonNullable<PptxGenJS.default.WriteProps['outputType']> })
    .catch((error: unknown) => {
      throw new Error(misloaded, { cause: error });
    });
  if (!isPartList(output)) throw new Error(misloaded);
  return output;
}
