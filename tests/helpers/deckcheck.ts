/**
 * Render checks the project owns: `scripts/deckcheck` (renders with LibreOffice, checks every text
 * box for overflow, overlap and the page edge) and, when the developers' shared folder sits beside
 * the checkout, its `ooxml-validate` and `ooxml-semantic` as extra package checks. Render tests
 * skip with a message where LibreOffice is missing, and in `npm run test:fast`; on CI (CI=true) a
 * missing tool fails.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_DIR, SHARED_DIR } from './fixtures.js';

const execFileAsync = promisify(execFile);

export const DECKCHECK = path.join(REPO_DIR, 'scripts', 'deckcheck');
/** Needs ../shared/ooxml-schemas beside it, so it stays in the shared folder: an extra check when present. */
export const OOXML_VALIDATE = path.join(SHARED_DIR, 'tools', 'ooxml-validate');
export const OOXML_SEMANTIC = path.join(SHARED_DIR, 'tools', 'ooxml-semantic');

function onPath(command: string): boolean {
  return (process.env['PATH'] ?? '').split(path.delimiter).some((dir) => existsSync(path.join(dir, command)));
}

export function onCi(): boolean {
  const ci = process.env['CI'];
  return ci !== undefined && ci !== '' && ci !== 'false';
}

/** `npm run test:fast` leaves LibreOffice out (vitest.config.ts excludes the render files too). */
export function fastTier(): boolean {
  return process.env['HUIBAO_TEST_TIER'] === 'fast';
}

/** Why render tests cannot run here, or null when they can. In CI a missing tool is a failure, not a skip. */
export function renderUnavailable(): string | null {
  if (fastTier()) return 'npm run test:fast runs no LibreOffice; npm test does';
  const missing = ['soffice', 'pdftotext', 'pdftoppm', 'python3'].filter((command) => !onPath(command));
  if (missing.length === 0) return null;
  const reason = `render tests need ${missing.join(', ')}; install libreoffice-impress, poppler-utils, python3 and fonts-noto-cjk`;
  if (onCi()) throw new Error(`${reason} (CI must not skip render tests)`);
  return reason;
}

/** Why the extra schema check cannot run: it lives in ../shared/tools, which a plain clone does not have, so it skips even on CI. */
export function validatorUnavailable(): string | null {
  if (!existsSync(OOXML_VALIDATE)) return `no ${OOXML_VALIDATE} (an extra check, present beside the developers' checkout)`;
  if (onPath('xmllint') && onPath('python3')) return null;
  const reason = 'ooxml-validate needs xmllint and python3 (apt-get install libxml2-utils python3)';
  if (onCi()) throw new Error(`${reason} (CI must not skip it)`);
  return reason;
}

export interface DeckcheckReport {
  readonly pass: boolean;
  readonly failures: readonly { check: string; message: string }[];
  readonly warnings: readonly { check?: string; message?: string }[] | readonly string[];
  readonly slide_count: number;
  readonly checks: { readonly fonts: { readonly min_pt: number; readonly share_chars_below_14pt: number } } & Record<string, unknown>;
}

export async function deckcheck(deck: string, extra: readonly string[] = []): Promise<DeckcheckReport> {
  try {
    const { stdout } = await execFileAsync(DECKCHECK, [deck, ...extra], { maxBuffer: 64 * 1024 * 1024, timeout: 240_000 });
    return JSON.parse(stdout) as DeckcheckReport;
  } catch (error) {
    // deckcheck exits 1 when the deck fails; its report is still on stdout.
    const stdout = (error as { stdout?: string }).stdout;
    if (typeof stdout === 'string' && stdout.trim().startsWith('{')) return JSON.parse(stdout) as DeckcheckReport;
    throw error;
  }
}

export async function ooxmlValidate(deck: string): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(OOXML_VALIDATE, [deck], { maxBuffer: 16 * 1024 * 1024, timeout: 240_000 });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr };
  }
}

/** Why ooxml-semantic cannot run here (no ../shared, no python3), or null when it can. */
/** Like ooxml-validate, an extra check from ../shared/tools: skipped in a plain clone, even on CI. */
export function semanticUnavailable(): string | null {
  if (!existsSync(OOXML_SEMANTIC)) return `no ${OOXML_SEMANTIC} (an extra check, present beside the developers' checkout)`;
  if (onPath('python3')) return null;
  const reason = 'ooxml-semantic needs python3';
  if (onCi()) throw new Error(`${reason} (CI must not skip it)`);
  return reason;
}

export interface SemanticFinding {
  readonly rule: string;
  readonly part: string;
  readonly msg: string;
}

export interface SemanticReport {
  readonly ok: boolean;
  readonly errors: readonly SemanticFinding[];
  readonly warnings: readonly SemanticFinding[];
  readonly info: readonly SemanticFinding[];
}

/** ooxml-semantic's reports on several decks, from one run (the tool exits 1 when a deck has errors). */
export async function ooxmlSemanticAll(decks: readonly string[]): Promise<(SemanticReport & { readonly deck: string })[]> {
  let stdout: string;
  try {
    ({ stdout } = await execFileAsync(OOXML_SEMANTIC, ['--no-info', ...decks], { maxBuffer: 256 * 1024 * 1024, timeout: 600_000 }));
  } catch (error) {
    const output = (error as { stdout?: string }).stdout;
    if (typeof output !== 'string' || !output.trim().startsWith('{')) throw error;
    stdout = output;
  }
  return (JSON.parse(stdout) as { decks: (SemanticReport & { deck: string })[] }).decks;
}

/** The ooxml-semantic report on one deck, info included. */
export async function ooxmlSemantic(deck: string): Promise<SemanticReport> {
  let stdout: string;
  try {
    ({ stdout } = await execFileAsync(OOXML_SEMANTIC, [deck], { maxBuffer: 64 * 1024 * 1024, timeout: 240_000 }));
  } catch (error) {
    const output = (error as { stdout?: string }).stdout;
    if (typeof output !== 'string' || !output.trim().startsWith('{')) throw error;
    stdout = output;
  }
  const report = JSON.parse(stdout) as { decks: SemanticReport[] };
  const [first] = report.decks;
  if (first === undefined) throw new Error(`ooxml-semantic gave no report for ${deck}`);
  return first;
}
