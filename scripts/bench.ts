/**
 * `npm run bench`: end-to-end time and peak memory of `huibao build` (the compiled dist/, in a fresh
 * node process each run, so module loading counts) on the seed and on 10× and 100× reports made by
 * repeating the seed's sections with varied titles, each paired with the floor: scripts/bench-floor.mjs
 * writing the same planned slides with plain pptxgenjs (see that file). Runs alternate huibao/floor;
 * the ratio printed is the median of the per-pair ratios. Peak memory is the child's maxRSS.
 *
 *   npm run build && npm run bench            # 7 pairs per size
 *   BENCH_RUNS=3 npm run bench                # quicker
 *
 * Where the time goes: `NOMIN=1 npm run build` (readable names), then
 * `node --cpu-prof dist/cli/main.js build seeds -o /tmp/x` and open the profile.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createThemeFiles } from '../src/cli/io.js';
import { parseReport } from '../src/parse/build-outline.js';
import { planDeck } from '../src/plan/plan-deck.js';
import { loadTheme } from '../src/themes/load-theme.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEED = path.join(ROOT, 'seeds', 'sasac-organization-report.txt');
const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');
const FLOOR = path.join(ROOT, 'scripts', 'bench-floor.mjs');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 40 → 四十, 105 → 一百零五, up to 999. */
export function chineseNumeral(n: number): string {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let text = hundreds > 0 ? `${DIGITS[hundreds]}百` : '';
  if (tens > 0) text += `${hundreds > 0 || tens > 1 ? DIGITS[tens] : ''}十`;
  else if (hundreds > 0 && ones > 0) text += '零';
  if (ones > 0) text += DIGITS[ones];
  return text;
}

const OPENING_END = /(如下|汇报如下|讲几点意见)[：:]$/u;
const CLOSING = /^(发言完毕|谢谢|以上)/u;

/**
 * The seed with its sections repeated `times` times. The seed marks sections only by parallel
 * theme sentences; the copies get explicit headings (`十二、…（第3组）`) so that every copy is a
 * section of its own with a title unlike the others, followed by the section's text.
 */
export function scaledReport(seed: string, times: number): string {
  if (times === 1) return seed;
  const lines = seed.split(/\r?\n/u);
  const first = lines.findIndex((line) => OPENING_END.test(line.trim())) + 1;
  const closing = lines.findIndex((line, index) => index >= first && CLOSING.test(line.trim()));
  const end = closing === -1 ? lines.length : closing;
  const sections = lines.slice(first, end).filter((line) => line.trim() !== '');
  const copies: string[] = [];
  for (let copy = 0; copy < times; copy += 1) {
    sections.forEach((paragraph, index) => {
      const stop = paragraph.indexOf('。');
      const title = paragraph.slice(0, stop === -1 ? paragraph.length : stop);
      copies.push(`${chineseNumeral(copy * sections.length + index + 1)}、${title}（第${copy + 1}组）`, paragraph.slice(stop + 1));
    });
  }
  return [...lines.slice(0, first), ...copies, ...lines.slice(end)].join('\n');
}

interface Sample {
  /** Wall-clock time from spawn to exit. */
  readonly ms: number;
  /** User + system CPU time of the child: steadier than wall time on a busy machine. */
  readonly cpuMs: number;
  readonly rssMb: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Runs `node args…` in a fresh process; the preload reports the process's peak RSS on exit. */
function measure(preload: string, args: readonly string[]): Sample {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', preload, ...args], { encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
  const usage = /HUIBAO_BENCH_USAGE=(\d+),(\d+)/u.exec(result.stderr);
  return { ms, cpuMs: Number(usage?.[2] ?? 0) / 1000, rssMb: Number(usage?.[1] ?? 0) / 1024 };
}

function main(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(ROOT, 'tsconfig.json')], { stdio: 'inherit' });
  const work = mkdtempSync(path.join(tmpdir(), 'huibao-bench-'));
  const preload = path.join(work, 'maxrss.mjs');
  writeFileSync(
    preload,
    "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`HUIBAO_BENCH_USAGE=${u.maxRSS},${u.userCPUTime + u.systemCPUTime}\\n`); });\n",
  );
  const theme = loadTheme('builtin:party-red', createThemeFiles(ROOT)).theme;
  const seed = readFileSync(SEED, 'utf8');
  const rows: string[] = [];
  const medians = new Map<number, number>();
  try {
    for (const times of [1, 10, 100]) {
      const input = path.join(work, `report-${times}x.txt`);
      const text = scaledReport(seed, times);
      writeFileSync(input, text);
      const plan = planDeck(parseReport(text), theme);
      const planFile = path.join(work, `plan-${times}x.json`);
      writeFileSync(planFile, JSON.stringify(plan));
      const huibao: Sample[] = [];
      const floor: Sample[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        huibao.push(measure(preload, [CLI, 'build', input, '-o', path.join(work, `huibao-${times}x.pptx`)]));
        floor.push(measure(preload, [FLOOR, planFile, path.join(work, `floor-${times}x.pptx`)]));
      }
      const ratios = huibao.map((sample, index) => sample.ms / (floor[index] as Sample).ms);
      const cpuRatios = huibao.map((sample, index) => sample.cpuMs / (floor[index] as Sample).cpuMs);
      const huibaoMs = median(huibao.map((sample) => sample.ms));
      medians.set(times, median(huibao.map((sample) => sample.cpuMs)));
      rows.push(
        [
          `${times}×`.padEnd(5),
          String(plan.slides.length).padStart(6),
          huibaoMs.toFixed(0).padStart(10),
          median(floor.map((sample) => sample.ms))
            .toFixed(0)
            .padStart(9),
          median(ratios).toFixed(2).padStart(7),
          median(huibao.map((sample) => sample.cpuMs))
            .toFixed(0)
            .padStart(8),
          median(floor.map((sample) => sample.cpuMs))
            .toFixed(0)
            .padStart(8),
          median(cpuRatios).toFixed(2).padStart(9),
          Math.max(...huibao.map((sample) => sample.rssMb))
            .toFixed(0)
            .padStart(13),
          Math.max(...floor.map((sample) => sample.rssMb))
            .toFixed(0)
            .padStart(12),
          String((text.length / 1024).toFixed(0)).padStart(8),
        ].join('  '),
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`huibao build vs. plain pptxgenjs (median of ${RUNS} paired runs, fresh process each)`);
  console.log('size   slides  huibao ms  floor ms    ratio  cpu ms  floor cpu  cpu ratio  huibao max MB  floor max MB  input KB');
  for (const row of rows) console.log(row);
  const growth = (medians.get(100) ?? 0) / (medians.get(10) ?? 1);
  console.log(`CPU time 100× / 10×: ${growth.toFixed(2)} (linear growth: about 10 or less, since start-up is fixed)`);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
