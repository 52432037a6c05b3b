/** Running ../shared/tools/deckcheck, ooxml-validate and ooxml-semantic from tests; skipping only off CI. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { SHARED_DIR } from './fixtures.js';

const execFileAsync = promisify(execFile);

export const DECKCHECK = path.join(SHARED_DIR, 'tools', 'deckcheck');
export const OOXML_VALIDATE = path.join(SHARED_DIR, 'tools', 'ooxml-validate');
export const OOXML_SEMANTIC = path.join(SHARED_DIR, 'tools', 'ooxml-semantic');

function onCi(): boolean {
  return process.env['CI'] !== undefined && process.env['CI'] !== '' && process.env['CI'] !== 'false';
}

function onPath(command: string): boolean {
  return (process.env['PATH'] ?? '').split(path.delimiter).some((dir) => existsSync(path.join(dir, command)));
}

/** Why render tests cannot run here, or null when they can. In CI a missing tool is a failure, not a skip. */
export function renderUnavailable(): string | null {
  const missing = ['soffice', 'pdftotext', 'pdftoppm', 'python3'].filter((command) => !onPath(command));
  if (missing.length === 0 && existsSync(DECKCHECK)) return null;
  const reason = `render tests need ${missing.join(', ') || DECKCHECK}; install libreoffice-impress, poppler-utils and fonts-noto-cjk`;
  if (onCi()) throw new Error(`${reason} (CI must not skip render tests)`);
  return reason;
}

export function validatorUnavailable(): string | null {
  if (onPath('xmllint') && existsSync(OOXML_VALIDATE)) return null;
  const reason = 'ooxml-validate needs xmllint (apt-get install libxml2-utils)';
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
export function semanticUnavailable(): string | null {
  if (onPath('python3') && existsSync(OOXML_SEMANTIC)) return null;
  const reason = `ooxml-semantic needs python3 and ${OOXML_SEMANTIC} (../shared/tools)`;
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
