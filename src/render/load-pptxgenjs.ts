/**
 * pptxgenjs, wired to write through part-collector.ts instead of JSZip, for every way huibao runs
 * outside the bundle: the compiled modules in dist/ (as a library or `node dist/cli/process-entry.js`),
 * tsx, vitest. pptxgenjs creates its archive with `new JSZip()` from its own `require('jszip')`, and
 * takes no zip library as an argument, so its CommonJS build is loaded here through Node's module
 * loader with a `require` of its own that answers `jszip` with the part collector. Nothing is
 * aliased for anyone else: the .docx and template readers still get the real JSZip.
 *
 * The bundle compiles pptxgenjs into its script instead, so that the V8 code cache covers it, and
 * gets the same wiring at build time (scripts/bundle.mjs swaps this file for load-pptxgenjs-bundled.ts).
 */
import { readFileSync } from 'node:fs';
import { Module, createRequire } from 'node:module';
import PartCollector from './part-collector.js';

/**
 * The parts of Node's CommonJS module object used here. `_compile` is the loader's own step (stable
 * since Node's first releases, used by require hooks); a vm.Script would do the same, but pptxgenjs
 * runs `import('node:fs')` at every write, which a script may do on Node 20 only with an
 * experimental flag, while a module compiled by the loader gets the loader's import().
 */
interface CompilableModule {
  exports: unknown;
  filename: string;
  loaded: boolean;
  require: (id: string) => unknown;
  _compile: (source: string, filename: string) => void;
}

function isCompilable(value: unknown): value is CompilableModule {
  return typeof (value as Partial<CompilableModule> | null)?._compile === 'function';
}

let loaded: unknown;

/** The `module.exports` of pptxgenjs' CommonJS build (its class), loaded once, with jszip = the part collector. */
export function loadPptxgenjs(): unknown {
  if (loaded !== undefined) return loaded;
  const resolve = createRequire(import.meta.url);
  const file = resolve.resolve('pptxgenjs');
  const requireBesidePptxgenjs = createRequire(file);
  const module: unknown = new Module(file);
  if (!isCompilable(module)) throw new Error('this Node has no CommonJS module loader to load pptxgenjs with');
  module.filename = file;
  module.require = (id) => (id === 'jszip' ? PartCollector : requireBesidePptxgenjs(id));
  module._compile(readFileSync(file, 'utf8'), file);
  module.loaded = true;
  loaded = module.exports;
  return loaded;
}
