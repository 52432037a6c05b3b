/**
 * Measures, per deck over the dev corpus (and the seed), the share of slide paragraphs that are
 * verbatim, clause-complete spans of the source (card labels: verbatim on word breaks). Plan level:
 * no rendering. Target: at least 98 % per deck. `npx tsx scripts/verbatim-share.ts [--misses]`.
 */
import { allReports, outlineOf, theme } from '../tests/helpers/fixtures.js';
import { verbatimShare } from '../tests/helpers/slide-spans.js';
import { planDeck } from '../src/plan/plan-deck.js';

const showMisses = process.argv.includes('--misses');
const partyRed = theme('party-red');
let worst = 1;
let pooledTotal = 0;
let pooledMisses = 0;
for (const report of allReports()) {
  const plan = planDeck(outlineOf(report), partyRed);
  const { share, total, misses } = verbatimShare(plan, partyRed, report.text);
  worst = Math.min(worst, share);
  pooledTotal += total;
  pooledMisses += misses.length;
  process.stdout.write(`${(share * 100).toFixed(1).padStart(6)} %  ${String(total).padStart(4)} paragraphs  ${report.name}\n`);
  if (showMisses) for (const miss of misses) process.stdout.write(`          slide ${miss.slide} ${miss.kind}/${miss.role}: ${miss.text}\n`);
}
process.stdout.write(`pooled ${(100 * (1 - pooledMisses / pooledTotal)).toFixed(1)} % of ${pooledTotal}; worst deck ${(worst * 100).toFixed(1)} %\n`);
