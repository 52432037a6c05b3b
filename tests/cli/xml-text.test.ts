/**
 * Issue 12, item 4: a control character in a theme's font name is a theme error naming the key;
 * one in a template's typeface is cleaned on import, and the deck built with it stays valid XML.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeEach, describe, expect, it } from 'vitest';
import { findIllegalXmlCharacter } from '../../src/render/sanitize-text.js';
import { ooxmlValidate, validatorUnavailable } from '../helpers/deckcheck.js';
import { SEED_FILE } from '../helpers/fixtures.js';
import { buildTemplate, OFFICE_COLORS } from '../themes/template-test-files.js';
import { expectCleanFailure, runWith, snapshotTree } from './harness.js';

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'huibao-xml-text-'));
  writeFileSync(path.join(work, 'a.txt'), readFileSync(SEED_FILE));
});

async function xmlParts(deck: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(deck));
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((file) => /\.(xml|rels)$/u.test(file))) parts.set(name, (await zip.file(name)?.async('string')) ?? '');
  return parts;
}

describe('control characters on their way into the deck', () => {
  it('in a theme font name: a theme error naming the key and the character, nothing written', async () => {
    mkdirSync(path.join(work, 'themes'));
    writeFileSync(
      path.join(work, 'themes', 'ctl.json'),
      JSON.stringify({ name: 'ctl', label: '控制', extends: 'party-red', fonts: { body: { eastAsian: '宋体\u0001', latin: 'Arial' } } }),
    );
    const before = snapshotTree(work);
    const result = await runWith(['build', 'a.txt', '-t', 'ctl'], work);
    expectCleanFailure(result);
    expect(result.stderr).toContain('fonts.body.eastAsian');
    expect(result.stderr).toContain('控制字符 U+0001');
    expect(snapshotTree(work)).toEqual(before);
  });

  it('in a template typeface: cleaned on import, and the deck has no character XML forbids', async () => {
    const template = await buildTemplate({
      colors: OFFICE_COLORS,
      major: { latin: 'Evil&#1;Font', ea: '黑体&#x1F;' },
      minor: { latin: 'Arial', ea: '微软雅黑' },
    });
    writeFileSync(path.join(work, 'evil.pptx'), template);
    const imported = await runWith(['theme', 'import', 'evil.pptx', '--name', 'evil'], work);
    expect(imported.code).toBe(0);
    const theme = JSON.parse(readFileSync(path.join(work, 'themes', 'evil.json'), 'utf8')) as { fonts: { title: { latin: string; eastAsian: string } } };
    expect(theme.fonts.title).toEqual({ latin: 'EvilFont', eastAsian: '黑体' });

    const built = await runWith(['build', 'a.txt', '-t', 'evil', '-o', 'deck.pptx'], work);
    expect(built.code).toBe(0);
    const parts = await xmlParts(path.join(work, 'deck.pptx'));
    for (const [name, xml] of parts) expect(findIllegalXmlCharacter(xml), name).toBeUndefined();
    expect(parts.get('ppt/theme/theme1.xml')).toContain('typeface="EvilFont"');
    if (validatorUnavailable() === null) {
      const validation = await ooxmlValidate(path.join(work, 'deck.pptx'));
      expect(validation.ok, validation.output).toBe(true);
    }
  });
});
