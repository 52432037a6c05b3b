/**
 * LibreOffice (pptx → pdf) and poppler's pdftoppm (pdf → png pages), the external programs behind
 * `--pdf` and `huibao preview`. Each run gets a throw-away LibreOffice profile, so a user's open
 * LibreOffice or a broken profile cannot block or change the conversion, and a timeout.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HuibaoError } from '../errors.js';
import { whileRunning } from './cleanup.js';

export type Env = Readonly<Record<string, string | undefined>>;

export const CONVERT_TIMEOUT_MS = 180_000;

const LIBREOFFICE_HINT =
  '请先安装 LibreOffice：Ubuntu/Debian 上运行 `sudo apt install libreoffice-impress`，' +
  'macOS 上运行 `brew install --cask libreoffice`，Windows 上从 LibreOffice 官网下载安装；' +
  '也可以用环境变量 HUIBAO_SOFFICE 指定 soffice 程序的路径。';

const PDFTOPPM_HINT =
  '请先安装 poppler：Ubuntu/Debian 上运行 `sudo apt install poppler-utils`，macOS 上运行 `brew install poppler`，Windows 上安装 poppler 并把它的 bin 文件夹加入 PATH。';

function isExecutableFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The first of `names` found on PATH (with Windows extensions), then in `extra` places. */
export function findProgram(names: readonly string[], env: Env, extra: readonly string[] = []): string | null {
  const pathVar = env['PATH'] ?? env['Path'] ?? '';
  const extensions = process.platform === 'win32' ? ['.exe', '.com', ''] : [''];
  for (const dir of pathVar.split(path.delimiter).filter((entry) => entry !== '')) {
    for (const name of names) {
      for (const extension of extensions) {
        const candidate = path.join(dir, `${name}${extension}`);
        if (isExecutableFile(candidate)) return candidate;
      }
    }
  }
  return extra.find(isExecutableFile) ?? null;
}

const SOFFICE_PLACES = [
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
];

export function findSoffice(env: Env): string {
  const configured = env['HUIBAO_SOFFICE'];
  if (configured !== undefined && configured !== '') {
    if (isExecutableFile(configured)) return configured;
    throw new HuibaoError('output', `环境变量 HUIBAO_SOFFICE 指定的“${configured}”不存在。`, { hint: LIBREOFFICE_HINT });
  }
  const found = findProgram(['soffice', 'libreoffice'], env, SOFFICE_PLACES);
  if (found === null) throw new HuibaoError('output', '生成 PDF 和预览图需要 LibreOffice，但在这台电脑上没有找到它。', { hint: LIBREOFFICE_HINT });
  return found;
}

/**
 * Runs a converter in its own process group (LibreOffice's soffice starts soffice.bin, which a kill
 * of soffice alone would orphan), kills the whole group on timeout, and registers the kill so an
 * interrupted huibao (Ctrl-C, SIGTERM) leaves no converter running.
 */
function runProgram(file: string, args: readonly string[], env: Env, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ownGroup = process.platform !== 'win32';
    const child = spawn(file, [...args], { env: { ...env }, stdio: ['ignore', 'ignore', 'pipe'], detached: ownGroup });
    const killAll = (): void => {
      if (child.pid === undefined) return;
      try {
        // The group outlives its leader: soffice.bin may still run after soffice has exited.
        if (ownGroup) process.kill(-child.pid, 'SIGKILL');
        else if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    };
    const forget = whileRunning(killAll);
    let stderr = '';
    let timedOut = false;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = `${stderr}${chunk.toString('utf8')}`.slice(-4096);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      killAll();
    }, CONVERT_TIMEOUT_MS);
    const fail = (detail: string, cause: unknown): void => {
      reject(
        new HuibaoError('output', `${what}失败：${detail}。`, {
          hint: '请关闭正在运行的 LibreOffice 后重试；若仍失败，请用 PowerPoint 或 WPS 打开 .pptx 另存为 PDF。',
          cause,
        }),
      );
    };
    child.on('error', (error) => {
      clearTimeout(timer);
      forget();
      fail(error.message, error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      forget();
      // The converter is done; helpers it left in its group (soffice.bin) go with it.
      killAll();
      if (code === 0) {
        resolve();
        return;
      }
      const detail = timedOut
        ? `超过 ${CONVERT_TIMEOUT_MS / 1000} 秒仍未完成`
        : stderr.trim().split('\n').slice(-2).join(' ') || `退出码 ${code ?? signal ?? '未知'}`;
      fail(detail, new Error(`exit ${code ?? signal ?? 'unknown'}`));
    });
  });
}

/** A throw-away folder for the work, removed afterwards, and removed too if huibao is interrupted. */
function withTempDir<T>(prefix: string, work: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const remove = (): void => rmSync(dir, { recursive: true, force: true });
  const forget = whileRunning(remove);
  return work(dir).finally(() => {
    forget();
    remove();
  });
}

/** The deck as PDF, converted by LibreOffice in a throw-away profile. */
export function convertToPdf(pptx: Uint8Array, env: Env): Promise<Uint8Array> {
  const soffice = findSoffice(env);
  return withTempDir('huibao-office-', async (dir) => {
    const deck = path.join(dir, 'deck.pptx');
    writeFileSync(deck, pptx);
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    const args = ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', dir, deck];
    await runProgram(soffice, args, { ...env, HOME: env['HOME'] ?? dir }, 'LibreOffice 转换 PDF ');
    const pdf = path.join(dir, 'deck.pdf');
    if (!existsSync(pdf)) throw new HuibaoError('output', 'LibreOffice 没有生成 PDF 文件。', { hint: '请关闭正在运行的 LibreOffice 后重试。' });
    return new Uint8Array(readFileSync(pdf));
  });
}

/** Every page of the PDF as PNG bytes, in page order, at `dpi`. */
export function renderPdfPages(pdf: Uint8Array, env: Env, dpi: number): Promise<Uint8Array[]> {
  const pdftoppm = findProgram(['pdftoppm'], env);
  if (pdftoppm === null)
    return Promise.reject(new HuibaoError('output', '生成预览图需要 pdftoppm（poppler），但在这台电脑上没有找到它。', { hint: PDFTOPPM_HINT }));
  return withTempDir('huibao-pages-', async (dir) => {
    const file = path.join(dir, 'deck.pdf');
    writeFileSync(file, pdf);
    await runProgram(pdftoppm, ['-png', '-r', String(dpi), file, path.join(dir, 'page')], env, 'pdftoppm 生成预览图');
    // pdftoppm pads page numbers to the width of the last one: page-01 … page-12.
    return readdirSync(dir)
      .filter((name) => /^page-\d+\.png$/.test(name))
      .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]))
      .map((name) => new Uint8Array(readFileSync(path.join(dir, name))));
  });
}
