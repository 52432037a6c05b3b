import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CORPUS_DIR, SEED_EXPECTED_FILE, SEED_FILE } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';
import { OUTLINE_VERSION } from '../../src/parse/outline.js';

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'huibao-cli-'));
});

interface ExpectedOutline {
  title: string;
  sections: { title: string; points: { title: string }[] }[];
  closing: string | null;
}

describe('huibao build', () => {
  it('writes the deck, reports on stderr and keeps stdout clean', async () => {
    const target = path.join(work, '汇报.pptx');
    const result = await runCli(['build', SEED_FILE, '-t', 'party-red', '-o', target], work);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('已生成');
    expect(result.stderr).toContain('隐去');
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(work)).toEqual(['汇报.pptx']);
  });

  it('builds every report in a folder into the output folder, named after each', async () => {
    const input = path.join(work, 'in');
    mkdirSync(input);
    writeFileSync(path.join(input, 'a.txt'), readFileSync(SEED_FILE));
    writeFileSync(path.join(input, 'b.txt'), readFileSync(path.join(CORPUS_DIR, '01-shuji-xiaozhang-biaotai-fayan.txt')));
    const result = await runCli(['build', 'in', '-o', 'out'], work);
    expect(result.code).toBe(0);
    expect(readdirSync(path.join(work, 'out')).sort()).toEqual(['a.pptx', 'b.pptx']);
  });

  it('says in Chinese that a file is missing, exits 1, shows no stack trace', async () => {
    const result = await runCli(['build', '不存在.txt'], work);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('找不到文件');
    expect(result.stderr).not.toMatch(/\n\s+at /u);
    expect(readdirSync(work)).toEqual([]);
  });

  it('rejects an unknown theme with exit 1 and names it', async () => {
    const result = await runCli(['build', SEED_FILE, '-t', 'no-such-theme', '-o', path.join(work, 'x.pptx')], work);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no-such-theme');
    expect(existsSync(path.join(work, 'x.pptx'))).toBe(false);
  });

  it('reports an output folder whose parent is missing and leaves nothing behind', async () => {
    const result = await runCli(['build', SEED_FILE, '-o', path.join(work, 'a', 'b', 'deck.pptx')], work);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('不存在');
    expect(readdirSync(work)).toEqual([]);
  });

  it('treats wrong usage as exit 2', async () => {
    expect((await runCli(['build'], work)).code).toBe(2);
    expect((await runCli(['build', SEED_FILE, '--no-such-option'], work)).code).toBe(2);
    expect((await runCli(['frobnicate'], work)).code).toBe(2);
  });

  it('prints help and version with exit 0', async () => {
    const help = await runCli(['--help'], work);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('build');
    expect((await runCli(['--version'], work)).code).toBe(0);
  });
});

describe('huibao outline', () => {
  it('prints the seed outline as JSON matching the expected outline exactly', async () => {
    const result = await runCli(['outline', SEED_FILE, '--format', 'json'], work);
    expect(result.code).toBe(0);
    const outline = JSON.parse(result.stdout) as ExpectedOutline & { speaker: string; meeting: string; version: number };
    const expected = JSON.parse(readFileSync(SEED_EXPECTED_FILE, 'utf8')) as ExpectedOutline;
    expect(outline.version).toBe(OUTLINE_VERSION);
    expect(outline.title).toBe(expected.title);
    expect(outline.closing).toBe(expected.closing);
    expect(outline.speaker).toBe('市国资委');
    expect(outline.meeting).toBe('全市组织工作会议');
    expect(outline.sections.map((section) => ({ title: section.title, points: section.points.map((point) => ({ title: point.title })) }))).toEqual(
      expected.sections,
    );
  });

  it('writes an editable Markdown outline that builds the same deck structure', async () => {
    const markdown = await runCli(['outline', SEED_FILE, '--format', 'md'], work);
    expect(markdown.code).toBe(0);
    writeFileSync(path.join(work, 'seed.outline.md'), markdown.stdout);
    const fromMarkdown = await runCli(['outline', 'seed.outline.md'], work);
    const fromText = await runCli(['outline', SEED_FILE], work);
    expect(JSON.parse(fromMarkdown.stdout)).toEqual(JSON.parse(fromText.stdout));
    const build = await runCli(['build', 'seed.outline.md'], work);
    expect(build.code).toBe(0);
    expect(existsSync(path.join(work, 'seed.pptx'))).toBe(true);
  });
});

describe('huibao themes', () => {
  it('lists the built-in themes with their labels', async () => {
    const result = await runCli(['themes'], work);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('party-red');
    expect(result.stdout).toContain('党政红');
  });

  it('creates a starter theme that builds', async () => {
    const init = await runCli(['theme', 'init', 'my-unit', '--from', 'party-red'], work);
    expect(init.code).toBe(0);
    expect(existsSync(path.join(work, 'themes', 'my-unit.json'))).toBe(true);
    const build = await runCli(['build', SEED_FILE, '-t', 'my-unit', '-o', 'deck.pptx'], work);
    expect(build.code).toBe(0);
    expect((await runCli(['theme', 'init', 'my-unit'], work)).code).toBe(1);
  });
});

describe('huibao plan and --detail', () => {
  const longReport = path.join(CORPUS_DIR, '21-shaanxi-zhengfu-gongzuo-baogao-2026.txt');

  it('prints the plan as JSON, with why each part got its slides', async () => {
    const result = await runCli(['plan', SEED_FILE], work);
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout) as { slides: unknown[]; budget: { detail: string; sections: { slides: number; reason: string }[] } };
    expect(plan.slides).toHaveLength(12);
    expect(plan.budget.detail).toBe('standard');
    expect(plan.budget.sections.map((section) => section.slides)).toEqual([1, 1, 1, 1]);
    expect(plan.budget.sections.every((section) => section.reason.includes('占各部分正文的'))).toBe(true);
  });

  it.skipIf(!existsSync(longReport))('spreads a long report over more slides with --detail 详细 than with --detail 简要', async () => {
    const count = async (detail: string): Promise<number> => {
      const result = await runCli(['plan', longReport, '--detail', detail], work);
      expect(result.code).toBe(0);
      return (JSON.parse(result.stdout) as { slides: unknown[] }).slides.length;
    };
    const [brief, standard, full] = [await count('简要'), await count('standard'), await count('详细')];
    expect(brief).toBeLessThan(standard);
    expect(full).toBeGreaterThanOrEqual(standard);
  });

  it('rejects an unknown detail level with exit 2 and says which ones exist', async () => {
    const result = await runCli(['build', SEED_FILE, '--detail', '中等', '-o', path.join(work, 'x.pptx')], work);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('“中等”不是可用的详略程度');
    expect(result.stderr).toContain('brief（简要）');
    expect(existsSync(path.join(work, 'x.pptx'))).toBe(false);
  });
});
