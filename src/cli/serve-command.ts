/**
 * `huibao serve`: the page for people who do not use a command line. Loads every valid theme once
 * (requests may only name these), starts the server (src/serve) and runs until Ctrl-C.
 */
import { HuibaoError } from '../errors.js';
import type { ServeTheme } from '../serve/api.js';
import { LOOPBACK, startServer } from '../serve/server.js';
import { loadTheme } from '../themes/load-theme.js';
import { listThemes } from '../themes/list-themes.js';
import { createThemeFiles, MAX_INPUT_BYTES, readThemePictures } from './io.js';
import { formatError } from './messages.js';
import { openBrowser } from './open-browser.js';
import type { CliEnvironment } from './program.js';

export interface ServeOptions {
  readonly port: string;
  readonly host?: string;
  readonly open?: boolean;
  readonly theme: string;
}

/** A build of a long report takes a few seconds; a minute means something is wrong. */
const LIMITS = { bodyBytes: MAX_INPUT_BYTES, receiveMs: 60_000, workMs: 60_000 };
const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new HuibaoError('usage', `--port 的值“${text}”不对。`, { hint: '请写 1 到 65535 之间的整数，如 --port 8080；写 0 则自动选一个空闲端口。' });
  }
  return port;
}

/** Every theme `huibao themes` lists that loads; a broken one is skipped with its message. */
export function loadServeThemes(environment: CliEnvironment): Map<string, ServeTheme> {
  const files = createThemeFiles(environment.cwd);
  const themes = new Map<string, ServeTheme>();
  for (const listing of listThemes(files)) {
    if (!listing.valid) {
      environment.stderr(`提示：主题文件“${listing.file}”有误，网页中不提供它（用 huibao build -t ${listing.name} 可看到原因）。\n`);
      continue;
    }
    try {
      const { theme, file } = loadTheme(listing.file, files);
      themes.set(listing.name, { name: listing.name, label: theme.label, theme, pictures: readThemePictures(theme, file) });
    } catch (error) {
      environment.stderr(`提示：主题“${listing.name}”无法使用，网页中不提供它。\n${formatError(error, false)}\n`);
    }
  }
  return themes;
}

function listenError(error: unknown, host: string, port: number): HuibaoError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'EADDRINUSE')
    return new HuibaoError('usage', `端口 ${port} 已被占用（可能已有一个 huibao serve 在运行）。`, { hint: '请用 --port 换一个端口，如 --port 8090。' });
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
    return new HuibaoError('usage', `这台电脑没有地址“${host}”。`, { hint: '请去掉 --host（只在本机使用），或写本机的一个网络地址。' });
  if (code === 'EACCES') return new HuibaoError('usage', `没有权限使用端口 ${port}。`, { hint: '请用 1024 以上的端口，如 --port 8080。' });
  return new HuibaoError('output', `无法启动网页服务：${error instanceof Error ? error.message : String(error)}`, { cause: error });
}

export async function runServe(options: ServeOptions, environment: CliEnvironment): Promise<void> {
  const port = parsePort(options.port);
  const host = options.host?.trim() || LOOPBACK;
  const anyHost = !LOOPBACK_NAMES.has(host);
  const themes = loadServeThemes(environment);
  if (!themes.has(options.theme)) {
    throw new HuibaoError('usage', `没有名为“${options.theme}”的主题。`, { hint: `网页可用的主题：${[...themes.keys()].join('、')}。` });
  }
  const signal = environment.interrupt?.() ?? new AbortController().signal;
  const server = await startServer({
    host: host.replace(/^\[(.*)\]$/, '$1'),
    port,
    anyHost,
    context: { themes, defaultTheme: options.theme, now: () => environment.now() },
    limits: LIMITS,
  }).catch((error: unknown) => {
    throw listenError(error, host, port);
  });
  const shown = anyHost ? server.url.replace(/\/\/(0\.0\.0\.0|\[::\]):/, `//${LOOPBACK}:`) : server.url;
  environment.stdout(`${shown}\n`);
  environment.stderr(`huibao 网页已启动：请在浏览器中打开 ${shown} ；按 Ctrl-C 结束。\n`);
  if (anyHost) {
    environment.stderr(
      `注意：正在 ${host} 上监听，同一网络中的其他电脑也能打开这个页面、上传文稿。` + '只应在可信的内部网络中这样做；只在本机使用时请去掉 --host。\n',
    );
  }
  if (options.open === true && !(await openBrowser(shown))) environment.stderr(`未能自动打开浏览器，请手动打开 ${shown}\n`);
  if (!signal.aborted) await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  await server.close();
  environment.stderr('huibao 网页已停止。\n');
}
