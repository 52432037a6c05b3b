/** `--set` and `--figures`: masked figures filled on the slides and in the notes alike. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeEach, describe, expect, it } from 'vitest';
import { SEED_FILE } from '../helpers/fixtures.js';
import { runWith } from './harness.js';

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'huibao-figures-'));
  writeFileSync(path.join(work, 'seed.txt'), readFileSync(SEED_FILE));
});

/** Text of the slides and of the notes pages, tags removed. */
async function deckTexts(file: string): Promise<{ slides: string; notes: string }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const read = async (pattern: RegExp): Promise<string> => {
    const names = Object.keys(zip.files).filter((name) => pattern.test(name));
    const parts = await Promise.all(names.map((name) => zip.file(name)?.async('string') ?? ''));
    return parts.map((xml) => xml.replace(/<[^>]+>/gu, '')).join('\n');
  };
  return { slides: await read(/^ppt\/slides\/slide\d+\.xml$/u), notes: await read(/^ppt\/notesSlides\/notesSlide\d+\.xml$/u) };
}

describe('filling masked figures', () => {
  it('fills by name with --set and lists the one left', async () => {
    const result = await runWith(['build', 'seed.txt', '--set', '户数=12', '--set', '增长率=8.5'], work);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('已填入');
    expect(result.stderr).toMatch(/还有 1 处数字被隐去/u);
    expect(result.stderr).toMatch(/\n {2}2\. [^\n]*\*户/u);
    const { slides, notes } = await deckTexts(path.join(work, 'seed.pptx'));
    expect(notes).toContain('市国资委党委及12户监管企业党委');
    expect(notes).toContain('利润同比增长8.5%');
    expect(slides).toContain('8.5%');
    expect(slides).not.toContain('*%');
  });

  it('fills all from a figures file and then warns about none', async () => {
    writeFileSync(path.join(work, 'figures.json'), JSON.stringify({ 1: 12, 2: '9', 3: 8.5 }));
    const result = await runWith(['build', 'seed.txt', '--figures', 'figures.json'], work);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain('隐去');
    const { slides, notes } = await deckTexts(path.join(work, 'seed.pptx'));
    expect(notes).toContain('其中9户监管企业利润同比增长8.5%');
    expect(`${slides}${notes}`).not.toMatch(/\*[户%]/u);
  });

  it('prints every masked figure as a numbered list when none is filled', async () => {
    const result = await runWith(['build', 'seed.txt'], work);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/还有 3 处数字被隐去/u);
    for (const number of [1, 2, 3]) expect(result.stderr).toMatch(new RegExp(`\\n  ${number}\\. `, 'u'));
  });

  it('names an assignment that matches nothing, exits 1 and writes nothing', async () => {
    const result = await runWith(['build', 'seed.txt', '--set', '财政收入=3'], work);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('财政收入=3');
    expect(result.stderr).toContain('利润同比增长*%');
    expect(existsSync(path.join(work, 'seed.pptx'))).toBe(false);
  });

  it('refuses a malformed --set and a broken figures file', async () => {
    const malformed = await runWith(['build', 'seed.txt', '--set', '户数'], work);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain('格式不对');
    writeFileSync(path.join(work, 'bad.json'), '{"户数": 12,');
    const broken = await runWith(['build', 'seed.txt', '--figures', 'bad.json'], work);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('bad.json');
    expect(existsSync(path.join(work, 'seed.pptx'))).toBe(false);
  });

  it('documents the matching rule in the help', async () => {
    const help = await runWith(['build', '--help'], work);
    expect(help.stdout).toContain('--set');
    expect(help.stdout).toContain('增长率');
    expect(help.stdout).toContain('户数');
  });
});
