#!/usr/bin/env node
/**
 * The `huibao` command. Runs the bundled program with its code cache (bundle-loader.ts) when the
 * build made one, else the compiled modules, which behave the same but start slower.
 */
import { bundleExists, loadBundle, nodeRequire } from './bundle-loader.js';

// Required, not imported: see bundle-loader.ts.
const path = nodeRequire('node:path') as typeof import('node:path');
const { fileURLToPath } = nodeRequire('node:url') as typeof import('node:url');
const { setFlagsFromString } = nodeRequire('node:v8') as typeof import('node:v8');

/**
 * A build holds a whole deck and then lets pptxgenjs write it, which leaves much short-lived
 * garbage; by default V8 lets the young generation grow to 32 MB and the old one to about four
 * times its live size before it collects. Keeping both small costs a few percent of time on large
 * decks and nothing measurable on the seed, and takes peak memory at 100× the seed from about
 * 165 MB to 135 MB (npm run bench), which matters on the office PCs huibao runs on.
 * Set after the bundle is loaded: V8 takes a code cache only under the flags it was made with.
 * These flags, and the one below, exist in the V8 of every Node from 20 on.
 */
const FOOTPRINT_FLAGS = ['--semi-space-growth-factor=1', '--heap-growing-percent=30'];

/**
 * A build runs for a fraction of a second, mostly through code that runs a few times (parsing,
 * planning, the package fixes), and by default V8 hands every function that passes its profiler
 * budget to the optimising compiler. At 10× the seed that compiled on helper threads for about
 * 150 ms of CPU (perf: three quarters of their time in TurboFan), most of it for code that
 * finished before the optimised version was ready, and on a two-core PC those threads take turns
 * with the build itself. Four times the budget (V8 11's default is 132 KB) leaves TurboFan to
 * the code that really loops: CPU time at 10× the seed about 510 → 370 ms and at 100× about
 * 1930 → 1370 ms, with the main thread's own time unchanged at 10× and ~3% longer at 100×.
 * Output does not depend on which tier ran the code. Set with the other flags, after loading.
 */
const TIERING_FLAGS = ['--interrupt-budget=540672'];

const directory = path.dirname(fileURLToPath(import.meta.url));
const program = bundleExists(directory) ? loadBundle(directory).exports : await import('./process-entry.js');
for (const flag of [...FOOTPRINT_FLAGS, ...TIERING_FLAGS]) setFlagsFromString(flag);
await program.main();
