#!/usr/bin/env node
/**
 * The `huibao` command. Runs the bundled program with its code cache (bundle-loader.ts) when the
 * build made one, else the compiled modules, which behave the same but start slower.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { bundleExists, loadBundle } from './bundle-loader.js';

/**
 * A build holds a whole deck and then lets pptxgenjs write it, which leaves much short-lived
 * garbage; by default V8 lets the young generation grow to 32 MB and the old one to about four
 * times its live size before it collects. Keeping both small costs a few percent of time on large
 * decks and nothing measurable on the seed, and takes peak memory at 100× the seed from about
 * 165 MB to 135 MB (npm run bench), which matters on the office PCs huibao runs on.
 * Set after the bundle is loaded: V8 takes a code cache only under the flags it was made with.
 * Both flags exist in the V8 of every Node from 20 on.
 */
const FOOTPRINT_FLAGS = ['--semi-space-growth-factor=1', '--heap-growing-percent=30'];

const directory = path.dirname(fileURLToPath(import.meta.url));
const program = bundleExists(directory) ? loadBundle(directory).exports : await import('./process-entry.js');
for (const flag of FOOTPRINT_FLAGS) setFlagsFromString(flag);
await program.main();
