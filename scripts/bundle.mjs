// Bundles the command-line program into one CommonJS script, dist/cli/huibao.cjs, and writes the V8
// code cache that dist/cli/main.js loads it with (src/cli/bundle-loader.ts says why). Also validates
// the built-in themes once, so builds with an unchanged one need not load zod.
// tsc still type-checks and emits dist/ for the loader and for the modules the benchmark imports.
//
// Why a script and not ES modules: Node 20 can load ES modules only without a code cache, and
// compiling the program's ~2 MB at every start was about a third of a seed build.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'cli');
const { BUNDLE_NAME, CODE_CACHE_NAME, loadBundle } = await import('../dist/cli/bundle-loader.js');

// Earlier builds wrote ES module chunks here; they would only pile up.
for (const name of readdirSync(outdir)) {
  if (name.startsWith('chunk-') || /-[A-Z0-9]{8}\.js$/u.test(name) || name === CODE_CACHE_NAME) rmSync(path.join(outdir, name));
}

/**
 * pptxgenjs loads node:https on every write, to fetch pictures given as URLs; huibao hands it the
 * bytes of every picture and never goes on the network, and loading https (with tls) was a tenth
 * of a seed build. It gets a module that says so if it is ever used.
 */
const OFFLINE = new Set(['https', 'node:https', 'http', 'node:http']);
const OFFLINE_STUB = `const offline = () => { throw new Error('huibao 不联网：图片须是本地文件（huibao never fetches over the network）'); };
export default { get: offline, request: offline };`;

/**
 * `import('node:fs')` in a dependency (pptxgenjs does this) stays an import() in a CommonJS bundle,
 * and Node 20 cannot run import() from a script compiled with a code cache. A built-in imported that
 * way becomes a two-line module inside the bundle, so no import() is left. The module is an ES
 * module, whose namespace esbuild makes once: as a CommonJS one, every import() of it copied all of
 * node:fs's ~100 exports into a fresh namespace object, and pptxgenjs imports fs and https for every
 * slide, layout and master it writes (22 ms of a 10× build, --cpu-prof).
 */
const builtinsAsModules = {
  name: 'dynamic-builtins',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^[a-z:_/]+$/ }, (args) =>
      args.kind === 'dynamic-import' && isBuiltin(args.path) ? { path: args.path, namespace: 'builtin' } : undefined,
    );
    esbuild.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({
      contents: OFFLINE.has(args.path) ? OFFLINE_STUB : `export * from ${JSON.stringify(args.path)};\nexport { default } from ${JSON.stringify(args.path)};`,
      loader: 'js',
    }));
  },
};

/**
 * pptxgenjs writes through part-collector.ts instead of JSZip (that module says why). Outside the
 * bundle src/render/load-pptxgenjs.ts wires it at run time; here pptxgenjs is compiled into the
 * script, so that the code cache covers it, with its jszip import resolved to the part collector,
 * and load-pptxgenjs-bundled.ts (which hands out that copy) takes the loader's place.
 */
const partCollector = {
  name: 'part-collector',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^jszip$/ }, (args) =>
      /[\\/]node_modules[\\/]pptxgenjs[\\/]/.test(args.importer) ? { path: path.join(root, 'src', 'render', 'part-collector.ts') } : undefined,
    );
    esbuild.onResolve({ filter: /^\.\/load-pptxgenjs\.js$/ }, (args) =>
      args.importer === path.join(root, 'src', 'render', 'pptxgenjs.ts') ? { path: path.join(root, 'src', 'render', 'load-pptxgenjs-bundled.ts') } : undefined,
    );
  },
};

/**
 * Modules a build rarely needs, loaded at their first use instead of at start: commander's
 * child_process (for executable subcommands, of which huibao has none; net and dgram come with it)
 * and pngjs (only to shrink a picture; assert and stream code come with it). Each becomes an
 * object with a getter for each name its importer uses. The seed: 166 → 157 ms, 73 → 70 MB
 * (median of 21 alternating runs).
 */
const LAZY_MODULES = [
  { module: 'node:child_process', importer: /[\\/]node_modules[\\/]commander[\\/]/, names: ['spawn'] },
  { module: 'pngjs', importer: /[\\/]src[\\/]render[\\/]shrink-picture\.ts$/, names: ['PNG'] },
];
const lazyModules = {
  name: 'lazy-modules',
  setup(esbuild) {
    for (const { module, importer } of LAZY_MODULES) {
      const filter = new RegExp(`^${module.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
      esbuild.onResolve({ filter }, (args) => (args.namespace === 'file' && importer.test(args.importer) ? { path: module, namespace: 'lazy' } : undefined));
    }
    esbuild.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => {
      const { names } = LAZY_MODULES.find((entry) => entry.module === args.path);
      const getters = names.map((name) => `get ${name}() { return require(${JSON.stringify(args.path)}).${name}; }`);
      return { contents: `module.exports = { ${getters.join(', ')} };`, loader: 'js', resolveDir: root };
    });
  },
};

const result = await build({
  entryPoints: [path.join(root, 'src', 'cli', 'process-entry.ts')],
  outfile: path.join(outdir, BUNDLE_NAME),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // io.ts finds the package folder from its own URL; in the bundle that is the bundle's.
  define: { 'import.meta.url': '__huibaoModuleUrl' },
  banner: { js: 'var __huibaoModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  plugins: [builtinsAsModules, partCollector, lazyModules],
  // Less source for V8 to read before it takes the code cache; names are kept for --debug, and
  // NOMIN=1 keeps one statement per line for profiling.
  minifyWhitespace: process.env.NOMIN === undefined,
  minifySyntax: true,
  metafile: true,
  logLevel: 'warning',
  legalComments: 'none',
});
/**
 * esbuild escapes non-ASCII characters in strings but leaves them in regular expression literals
 * (`/[、和]/`) and String.raw templates, and one such character makes V8 read the whole 1.6 MB
 * script as UTF-8 into a two-byte string. Escaped, the script is ASCII, read faster and held in
 * half the memory (loading it: ~4.5 → ~2.6 ms; the seed: 76 → 73 MB). `\u3001` means the same character
 * in a pattern, with or without the u flag, and in a cooked string; in a String.raw template
 * (the serve page's script, pattern sources) the character becomes `${'\u3001'}`, so the raw
 * text keeps it.
 */
const RAW_TEMPLATE = /String\.raw`(?:[^`\\$]|\\[\s\S]|\$(?!\{))*`/gu;
const NON_ASCII = /[^\0-\x7f]/gu;
const bundleFile = path.join(outdir, BUNDLE_NAME);
let ascii = '';
let copied = 0;
const bundled = readFileSync(bundleFile, 'utf8');
for (const match of bundled.matchAll(RAW_TEMPLATE)) {
  ascii += bundled.slice(copied, match.index).replace(NON_ASCII, escapeUtf16);
  ascii += match[0].replace(NON_ASCII, (char) => `\${'${escapeUtf16(char)}'}`);
  copied = match.index + match[0].length;
}
ascii += bundled.slice(copied).replace(NON_ASCII, escapeUtf16);
// A String.raw template with a substitution is not matched above: its characters would change.
if (/String\.raw`[^`]*[^\0-\x7f]/u.test(bundled.replace(RAW_TEMPLATE, ''))) throw new Error('a String.raw template with ${} holds non-ASCII text');
writeFileSync(bundleFile, ascii);

function escapeUtf16(char) {
  let escaped = '';
  for (let index = 0; index < char.length; index += 1) escaped += `\\u${char.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0')}`;
  return escaped;
}

const dynamicImports = Object.values(result.metafile.outputs).flatMap((output) => output.imports.filter((entry) => entry.kind === 'dynamic-import'));
if (dynamicImports.length > 0) throw new Error(`the bundle still has import() of ${dynamicImports.map((entry) => entry.path).join(', ')}`);

const { loadTheme } = await import('../dist/themes/load-theme.js');
const { buildThemeCache } = await import('../dist/themes/theme-cache.js');
const { createThemeFiles } = await import('../dist/cli/io.js');
const files = createThemeFiles(root);
const builtins = files.listJson(files.builtinDir).map((file) => loadTheme(file, files));
const cacheFile = path.join(root, 'dist', 'themes', 'builtin-cache.json');
writeFileSync(cacheFile, `${JSON.stringify(buildThemeCache(builtins, files))}\n`);

// Training: build the seeds and print an outline with the fresh bundle, then save what V8 compiled.
// Most functions any build needs are then in the cache; those only other inputs reach compile as usual.
const bundle = loadBundle(outdir, { useCache: false });
const scratch = mkdtempSync(path.join(tmpdir(), 'huibao-train-'));
try {
  let messages = '';
  const environment = { cwd: root, stdout: () => {}, stderr: (text) => (messages += text), env: {}, now: () => new Date(0), isTTY: false };
  const seeds = path.join(root, 'seeds');
  const firstSeed = readdirSync(seeds).find((name) => name.endsWith('.txt'));
  const runs = [['build', seeds, '-o', scratch], ...(firstSeed === undefined ? [] : [['outline', path.join(seeds, firstSeed)]])];
  for (const argv of runs) {
    if ((await bundle.exports.run(argv, environment)) !== 0) throw new Error(`training run "huibao ${argv.join(' ')}" failed:\n${messages}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
writeFileSync(path.join(outdir, CODE_CACHE_NAME), bundle.script.createCachedData());
