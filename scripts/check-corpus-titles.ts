/**
 * Checks a corpus folder's answers against its texts: every title in each `.expected.json` must be
 * a verbatim substring of the `.txt` beside it (a title joined from lines with one space is checked
 * against the lines joined the same way, or half by half), and `closing`, when set, must be a whole
 * line of the text.
 * Usage: npx tsx scripts/check-corpus-titles.ts tests/fixtures/unseen
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

interface Expected {
  readonly title: string;
  readonly closing: string | null;
  readonly sections: readonly { readonly title: string; readonly points: readonly { readonly title: string }[] }[];
}

// A title joined from consecutive lines is also checked whole against the lines joined the same way:
// halves split at every space fail when a title line has spaces of its own (`弘 扬“四气” 提 振 精 神`).
function isVerbatim(text: string, title: string): boolean {
  return text.includes(title) || text.split('\n').join(' ').includes(title) || title.split(' ').every((half) => half.length > 0 && text.includes(half));
}

function problemsOf(text: string, expected: Expected): string[] {
  const titles = [expected.title, ...expected.sections.flatMap((s) => [s.title, ...s.points.map((p) => p.title)])];
  const problems = titles.filter((t) => !isVerbatim(text, t)).map((t) => `not in text: ${t}`);
  if (expected.closing !== null && !text.split('\n').includes(expected.closing)) problems.push(`closing is not a line: ${expected.closing}`);
  return problems;
}

const dir = process.argv[2] ?? 'tests/fixtures/unseen';
let failed = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const text = readFileSync(path.join(dir, file), 'utf8');
  const expected = JSON.parse(readFileSync(path.join(dir, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected;
  const problems = problemsOf(text, expected);
  const count = expected.sections.reduce((n, s) => n + 1 + s.points.length, 0);
  console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${file} (${count} titles)`);
  for (const p of problems) console.log(`     ${p}`);
  failed += problems.length;
}
process.exitCode = failed === 0 ? 0 : 1;
