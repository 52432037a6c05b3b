/**
 * Scores the parser on a folder of real texts with hand-written answers (`NN-name.txt` beside
 * `NN-name.expected.json`): section+point title F1 per file and pooled, on each text as given and on
 * a hard-wrapped copy (every line cut into 36-character lines, what copying out of a PDF gives).
 * It only measures; it never feeds anything back into the rules.
 *
 * Usage: npx tsx scripts/score-corpus.ts [folder ...]   (default: tests/fixtures/unseen)
 */
import { parseReport } from '../src/parse/build-outline.js';
import { f1, hardWrap, loadCaseFolder, scoreOutline, type CorpusCase, type Score } from '../tests/parse/corpus-helpers.js';

const WRAP_WIDTH = 36;

interface Row {
  readonly name: string;
  readonly chars: number;
  readonly plain: Score;
  readonly wrapped: Score;
  readonly titleOk: boolean;
  readonly closingOk: boolean;
}

const sameText = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

function scoreCase(item: CorpusCase): Row {
  const outline = parseReport(item.text);
  return {
    name: item.name,
    chars: Array.from(item.text.replace(/\n/g, '')).length,
    plain: scoreOutline(outline, item.expected),
    wrapped: scoreOutline(parseReport(hardWrap(item.text, WRAP_WIDTH)), item.expected),
    titleOk: sameText(outline.title, item.expected.title),
    closingOk: outline.closing === item.expected.closing,
  };
}

const add = (a: Score, b: Score): Score => ({ matched: a.matched + b.matched, predicted: a.predicted + b.predicted, expected: a.expected + b.expected });
const counts = (s: Score): string => `${s.matched}/${s.predicted}/${s.expected}`;
const fmt = (s: Score): string => {
  const r = f1(s);
  return `${r.precision.toFixed(3)} ${r.recall.toFixed(3)} ${r.f1.toFixed(3)}`;
};

function report(rows: readonly Row[]): string {
  const width = Math.max(12, ...rows.map((r) => r.name.length));
  const head = `${'file'.padEnd(width)}  chars  title close | P     R     F1    (m/p/e)      | wrapped F1 (m/p/e)`;
  const lines = rows.map(
    (r) =>
      `${r.name.padEnd(width)} ${String(r.chars).padStart(6)}  ${r.titleOk ? 'ok ' : 'NO '}   ${r.closingOk ? 'ok ' : 'NO '}  | ${fmt(r.plain)} (${counts(r.plain).padEnd(11)}) | ${f1(r.wrapped).f1.toFixed(3)} (${counts(r.wrapped)})`,
  );
  const zero: Score = { matched: 0, predicted: 0, expected: 0 };
  const plain = rows.reduce((s, r) => add(s, r.plain), zero);
  const wrapped = rows.reduce((s, r) => add(s, r.wrapped), zero);
  const titles = rows.filter((r) => r.titleOk).length;
  const closings = rows.filter((r) => r.closingOk).length;
  const pooled = `${'POOLED'.padEnd(width)} ${''.padStart(6)}  ${`${titles}/${rows.length}`.padEnd(5)} ${`${closings}/${rows.length}`.padEnd(5)}| ${fmt(plain)} (${counts(plain).padEnd(11)}) | ${f1(wrapped).f1.toFixed(3)} (${counts(wrapped)})`;
  return [head, ...lines, pooled].join('\n');
}

const folders = process.argv.length > 2 ? process.argv.slice(2) : ['tests/fixtures/unseen'];
for (const folder of folders) {
  console.log(`\n${folder}`);
  console.log(report(loadCaseFolder(folder).map(scoreCase)));
}
