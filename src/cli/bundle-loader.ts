/**
 * Runs dist/cli/huibao.cjs, the whole program bundled into one CommonJS script, with the V8 code
 * cache the build wrote after a training build (scripts/bundle.mjs). V8 then neither parses nor
 * compiles the functions a build uses, which is otherwise the larger part of a short build's time
 * (the seed: about 0.47 s → 0.3 s on the benchmark machine, see `npm run bench`). A cache V8 rejects
 * (another Node or V8 version, other V8 flags, a bundle changed since) only loses that saving.
 */
import { createRequire } from 'node:module';
import type { Script } from 'node:vm';
import type * as ProcessEntry from './process-entry.js';

export type BundleExports = typeof ProcessEntry;

/**
 * Built-in modules through require, not import: importing one from an ES module makes Node build
 * the module's ES facade, which reads every export. node:fs's stream classes then load fs/streams
 * (~2 ms of a seed build, --cpu-prof; seed CPU 164 → 161 ms, median of 21) that a build never
 * uses; the facades of the others here and in main.ts took ~2 ms more at every start.
 */
export const nodeRequire = createRequire(import.meta.url);
const fs = nodeRequire('node:fs') as typeof import('node:fs');
const { isAscii } = nodeRequire('node:buffer') as typeof import('node:buffer');
const path = nodeRequire('node:path') as typeof import('node:path');
const vm = nodeRequire('node:vm') as typeof import('node:vm');

export const BUNDLE_NAME = 'huibao.cjs';
export const CODE_CACHE_NAME = 'huibao.cjs.v8-cache';

export interface LoadedBundle {
  readonly script: Script;
  readonly exports: BundleExports;
  /** True when V8 refused the cache; undefined when there was none. */
  readonly cacheRejected: boolean | undefined;
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

function isBundleExports(value: unknown): value is BundleExports {
  const candidate = value as Partial<Record<keyof BundleExports, unknown>> | null;
  return typeof candidate?.main === 'function' && typeof candidate.run === 'function';
}

/**
 * The bundle's source. scripts/bundle.mjs writes it as ASCII, which read as Latin-1 needs no UTF-8
 * decoding: 1.6 MB in ~1.8 ms instead of ~2.6 ms (and ~4.5 ms when it held non-ASCII characters).
 */
function readSource(file: string): string {
  const bytes = fs.readFileSync(file);
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** True when `directory` holds the bundle (a build made one). */
export function bundleExists(directory: string): boolean {
  return fs.existsSync(path.join(directory, BUNDLE_NAME));
}

/** Loads the bundle in `directory` as Node would load a CommonJS module, using the code cache beside it. */
export function loadBundle(folder: string, options: { readonly useCache?: boolean } = {}): LoadedBundle {
  const directory = path.resolve(folder);
  const file = path.join(directory, BUNDLE_NAME);
  const source = readSource(file);
  const cachedData = options.useCache === false ? undefined : readIfPresent(path.join(directory, CODE_CACHE_NAME));
  // The same wrapper as Node's CommonJS loader, on the first line so line numbers stay true.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData === undefined ? {} : { cachedData }),
  });
  const module: { exports: unknown } = { exports: {} };
  const wrapper: unknown = script.runInThisContext();
  if (typeof wrapper !== 'function') throw new Error(`${file} did not compile to a module wrapper`);
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, directory);
  if (!isBundleExports(module.exports)) throw new Error(`${file} does not export main and run`);
  return { script, exports: module.exports, cacheRejected: cachedData === undefined ? undefined : script.cachedDataRejected };
}
