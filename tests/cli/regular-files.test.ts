/**
 * Issue 12, item 3: huibao reads regular files only. A device (/dev/zero), a FIFO, or a theme
 * picture that a symlink leads out of the theme's folder are refused at once with a Chinese
 * message, exit 1, nothing written; none of them hangs or grows memory.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { SEED_FILE } from '../helpers/fixtures.js';
import { makePng } from '../themes/template-test-files.js';
import { expectRefused as expectRefusedIn, runWith } from './harness.js';

const DEVICE = '/dev/zero';
const hasDevice = existsSync(DEVICE);

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'huibao-regular-'));
  writeFileSync(path.join(work, 'a.txt'), readFileSync(SEED_FILE));
});

async function expectRefused(args: readonly string[], mentions: readonly string[]): Promise<void> {
  await expectRefusedIn(work, args, mentions);
}

function writeTheme(name: string, data: Record<string, unknown>): void {
  mkdirSync(path.join(work, 'themes'), { recursive: true });
  writeFileSync(path.join(work, 'themes', `${name}.json`), JSON.stringify({ name, label: name, extends: 'party-red', ...data }));
}

describe.skipIf(!hasDevice)('a device where a file is expected', { timeout: 15_000 }, () => {
  it('as the report', async () => {
    await expectRefused(['build', DEVICE, '-o', 'deck.pptx'], [DEVICE, '设备文件', '不是普通文件']);
  });

  it('as the theme (-t) and as the theme a theme extends', async () => {
    await expectRefused(['build', 'a.txt', '-t', DEVICE], [DEVICE, '设备文件']);
    writeTheme('zero', { extends: DEVICE });
    await expectRefused(['build', 'a.txt', '-t', 'zero'], [DEVICE, '设备文件']);
  });

  it('as the --figures file', async () => {
    await expectRefused(['build', 'a.txt', '--figures', DEVICE], [DEVICE, '设备文件']);
  });
});

describe('a FIFO where a file is expected', { timeout: 15_000 }, () => {
  it('as the report, alone and in a batch folder, without waiting for a writer', async () => {
    mkdirSync(path.join(work, 'in'));
    writeFileSync(path.join(work, 'in', 'good.txt'), readFileSync(SEED_FILE));
    execFileSync('mkfifo', [path.join(work, 'in', 'pipe.txt')]);
    await expectRefused(['build', path.join('in', 'pipe.txt'), '-o', 'deck.pptx'], ['pipe.txt', '命名管道']);
    const batch = await runWith(['build', 'in', '-o', 'decks'], work);
    expect(batch.code).toBe(1);
    expect(existsSync(path.join(work, 'decks', 'good.pptx'))).toBe(true);
    expect(batch.stderr).toMatch(/pipe\.txt：.*命名管道/u);
  });
});

describe('a theme picture behind a symlink', () => {
  it('is refused when the link leads out of the theme folder', async () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'huibao-secret-'));
    writeFileSync(path.join(elsewhere, 'secret.png'), makePng(40, 20));
    writeTheme('linked', { images: { logo: 'logo.png' } });
    symlinkSync(path.join(elsewhere, 'secret.png'), path.join(work, 'themes', 'logo.png'));
    await expectRefused(['build', 'a.txt', '-t', 'linked', '-o', 'deck.pptx'], ['images.logo', '符号链接', '之外']);
  });

  it('is used when the link stays inside the theme folder', async () => {
    writeTheme('inside', { images: { logo: 'logo.png' } });
    mkdirSync(path.join(work, 'themes', 'pictures'));
    writeFileSync(path.join(work, 'themes', 'pictures', 'unit.png'), makePng(40, 20));
    symlinkSync(path.join('pictures', 'unit.png'), path.join(work, 'themes', 'logo.png'));
    const result = await runWith(['build', 'a.txt', '-t', 'inside', '-o', 'deck.pptx'], work);
    expect(result.code).toBe(0);
    expect(existsSync(path.join(work, 'deck.pptx'))).toBe(true);
  });
});
