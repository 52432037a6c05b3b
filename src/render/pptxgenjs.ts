/**
 * The only import of pptxgenjs. Under NodeNext the package's CommonJS-style typings make the
 * default import look like a namespace (pptxgenjs issue #1536), while at run time the ES build
 * gives the class itself; this shim resolves both and re-exports the types we use.
 */
import * as pptxgenModule from 'pptxgenjs';
import type PptxGenJS from 'pptxgenjs';

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
