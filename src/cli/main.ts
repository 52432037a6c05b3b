#!/usr/bin/env node
/**
 * The `huibao` command. Runs the bundled program with its code cache (bundle-loader.ts) when the
 * build made one, else the compiled modules, which behave the same but start slower.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_NAME, loadBundle } from './bundle-loader.js';

const directory = path.dirname(fileURLToPath(import.meta.url));
const program = existsSync(path.join(directory, BUNDLE_NAME)) ? loadBundle(directory).exports : await import('./process-entry.js');
await program.main();
