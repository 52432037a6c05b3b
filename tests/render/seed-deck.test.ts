/**
 * The seed deck as a user gets it: the built command-line program, run in a temporary folder,
 * then rendered by LibreOffice through deckcheck.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_DIR, SEED_FILE } from '../helpers/fixtures.js';
import { deckcheck, ooxmlSemantic, ooxmlValidate, renderUnavailable, semanticUnavailable, validatorUnavailable } from '../helpers/deckcheck.js';

const execFileAsync = promisify(execFile);
const BIN = path.join(REPO_DIR, 'dist', 'cli', 'main.js');
const skipRender = renderUnavailable();
const skipValidate = validatorUnavailable();
const skipSemantic = semanticUnavailable();

async function buildSeedWithBin(): Promise<string> {
  if (!existsSync(BIN)) throw new Error('dist/ is missing: run `npm run build` (npm install does it)');
  const work = mkdtempSync(path.join(tmpdir(), 'huibao-bin-'));
  const deck = path.join(work, 'seed.pptx');
  const { stdout } = await execFileAsync(process.execPath, [BIN, 'build', SEED_FILE, '-o', deck], { cwd: work });
  expect(stdout).toBe('');
  return deck;
}

describe('the seed deck from the built program', () => {
  it.skipIf(skipRender !== null)(
    `passes deckcheck with almost all text at 14 pt or more${skipRender === null ? '' : ` (skipped: ${skipRender})`}`,
    async () => {
      const report = await deckcheck(await buildSeedWithBin());
      expect(report.failures).toEqual([]);
      expect(report.warnings).toEqual([]);
      expect(report.pass).toBe(true);
      expect(report.checks.fonts.share_chars_below_14pt).toBeLessThanOrEqual(0.05);
    },
  );

  it.skipIf(skipValidate !== null)(`is schema-valid OOXML in every part${skipValidate === null ? '' : ` (skipped: ${skipValidate})`}`, async () => {
    const result = await ooxmlValidate(await buildSeedWithBin());
    expect(result.output).toMatch(/ 0 invalid/u);
    expect(result.ok).toBe(true);
  });

  it.skipIf(skipSemantic !== null)(
    `breaks none of the package rules beyond the schemas (ooxml-semantic)${skipSemantic === null ? '' : ` (skipped: ${skipSemantic})`}`,
    async () => {
      const report = await ooxmlSemantic(await buildSeedWithBin());
      expect(report.errors).toEqual([]);
      expect(report.warnings).toEqual([]);
    },
  );
});
