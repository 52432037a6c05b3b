/**
 * huibao outside the bundle: its modules imported as a library, from dist/ (plain Node ES modules)
 * and from the sources through tsx. pptxgenjs must write through the part collector there too
 * (src/render/load-pptxgenjs.ts), while the .docx reader keeps the real JSZip. Each run is a fresh
 * Node process, so nothing vitest does to module loading can help it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readPackageEntries } from '../helpers/read-package.js';
import { REPO_DIR, SEED_FILE } from '../helpers/fixtures.js';
import { makeDocx } from '../helpers/make-docx.js';

const work = mkdtempSync(path.join(tmpdir(), 'huibao-library-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A script that builds `input` with the modules under `root` (`.js` or `.ts`) and writes the deck to `output`. */
function buildScript(root: string, extension: string, input: string, output: string): string {
  const url = (file: string): string => JSON.stringify(pathToFileURL(path.join(root, file + extension)).href);
  return `
    import { readFileSync, writeFileSync } from 'node:fs';
    const { buildDeck } = await import(${url('build-deck')});
    const { loadTheme } = await import(${url('themes/load-theme')});
    const { createThemeFiles } = await import(${url('cli/io')});
    const theme = loadTheme('party-red', createThemeFiles(${JSON.stringify(REPO_DIR)})).theme;
    const result = await buildDeck({ bytes: readFileSync(${JSON.stringify(input)}), fileName: ${JSON.stringify(input)}, theme, modified: new Date(0) });
    writeFileSync(${JSON.stringify(output)}, result.pptx);`;
}

function runNode(args: readonly string[], script: string): void {
  execFileSync(process.execPath, [...args, '--input-type=module', '-e', script], { cwd: REPO_DIR, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

async function slideCount(deck: string): Promise<number> {
  const entries = await readPackageEntries(new Uint8Array(readFileSync(deck)));
  return entries.filter((entry) => /^ppt\/slides\/slide\d+\.xml$/u.test(entry.name)).length;
}

describe('renderDeck and buildDeck imported as a library', () => {
  it('build a deck from the sources through tsx, from text and from .docx', async () => {
    const docx = path.join(work, '报告.docx');
    writeFileSync(docx, await makeDocx([{ text: '关于做好年度工作的报告' }, { text: '一、总体情况' }, { text: '今年以来，各项工作稳步推进，成效明显。' }]));
    for (const input of [SEED_FILE, docx]) {
      const output = path.join(work, `${path.basename(input)}-tsx.pptx`);
      runNode(['--import', 'tsx'], buildScript(path.join(REPO_DIR, 'src'), '.ts', input, output));
      expect(await slideCount(output), input).toBeGreaterThan(1);
    }
  });

  const dist = path.join(REPO_DIR, 'dist');
  const distBuilt = existsSync(path.join(dist, 'build-deck.js'));
  it.skipIf(!distBuilt)(`builds a deck from the compiled ES modules in dist/${distBuilt ? '' : ' (skipped: run npm run build first)'}`, async () => {
    const output = path.join(work, 'dist.pptx');
    runNode([], buildScript(dist, '.js', SEED_FILE, output));
    expect(await slideCount(output)).toBeGreaterThan(1);
  });

  it.skipIf(!distBuilt)(
    `runs the command line from dist/ without the bundle, as main.ts falls back to${distBuilt ? '' : ' (skipped: run npm run build first)'}`,
    async () => {
      const output = path.join(work, '命令行.pptx');
      const entry = JSON.stringify(pathToFileURL(path.join(dist, 'cli', 'process-entry.js')).href);
      runNode(
        [],
        `const { main } = await import(${entry}); await main(['build', ${JSON.stringify(SEED_FILE)}, '-o', ${JSON.stringify(output)}]); if (process.exitCode) throw new Error('exit ' + process.exitCode);`,
      );
      expect(await slideCount(output)).toBeGreaterThan(1);
    },
  );
});
