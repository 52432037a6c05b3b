/** Running ../shared/tools/deckcheck and ooxml-validate from tests; skipping only off CI. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { SHARED_DIR } from './fixtures.js';

const execFileAsync = promisify(execFile);

export const DECKCHECK = path.join(SHARED_DIR, 'tools', 'deckcheck');
export const OOXML_VALIDATE = path.join(SHARED_DIR, 'tools', 'ooxml-validate');

function onPath(command: string): boolean {
  return (process.env['PATH'] ?? '').split(path.delimiter).some((dir) => existsSync(path.join(dir, command)));
}

/** Why render tests cannot run here, or null when they can. In CI a missing tool is a failure, not a skip. */
export function renderUnavailable(): string | null {
  const missing = ['soffice', 'pdftotext', 'pdftoppm', 'python3'].filter((command) => !onPath(command));
  if (missing.length === 0 && existsSync(DECKCHECK)) return null;
  const reason = `render tests need ${missing.join(', ') || DECKCHECK}; install libreoffice-impress, poppler-utils and fonts-noto-cjk`;
  if (process.env['CI'] !== undefined && process.env['CI'] !== '' && process.env['CI'] !== 'false') throw new Error(`${reason} (CI must not skip render tests)`);
  return reason;
}

export function validatorUnavailable(): string | null {
  if (onPath('xmllint') && existsSync(OOXML_VALIDATE)) return null;
  const reason = 'ooxml-validate needs xmllint (apt-get install libxml2-utils)';
  if (process.env['CI'] !== undefined && process.env['CI'] !== '' && process.env['CI'] !== 'false') throw new Error(`${reason} (CI must not skip it)`);
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

export const OOXML_SEMANTIC = path.join(SHARED_DIR, 'tools', 'ooxml-semantic');

export function semanticUnavailable(): string | null {
  if (onPath('python3') && existsSync(OOXML_SEMANTIC)) return null;
  const reason = `ooxml-semantic needs python3 and ${OOXML_SEMANTIC}`;
  if (process.env['CI'] !== undefined && process.env['CI'] !== '' && process.env['CI'] !== 'false') throw new Error(`${reason} (CI must not skip it)`);
  return reason;
}

export interface SemanticFinding {
  readonly rule: string;
  readonly part: string;
  readonly msg: string;
}

/** The errors ooxml-semantic finds in a deck (rules PowerPoint applies beyond the schemas). */
export async function ooxmlSemanticErrors(deck: string): Promise<readonly SemanticFinding[]> {
  let stdout: string;
  try {
    stdout = (await execFileAsync(OOXML_SEMANTIC, ['--compact', '--no-info', deck], { maxBuffer: 16 * 1024 * 1024, timeout: 240_000 })).stdout;
  } catch (error) {
    // Exit 1 means the deck has errors; the report is still on stdout.
    stdout = (error as { stdout?: string }).stdout ?? '';
    if (!stdout.trim().startsWith('{')) throw error;
  }
  const report = JSON.parse(stdout) as { decks: { errors: SemanticFinding[] }[] };
  return report.decks.flatMap((entry) => entry.errors);
}
