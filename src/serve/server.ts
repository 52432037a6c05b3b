/**
 * The local server of `huibao serve`: the page (page/) and the API (api.ts) over Node's http.
 *
 * It is a server on the user's own machine that reads speeches, so it defends against the web
 * pages the same user has open:
 * - it listens on 127.0.0.1 unless told otherwise (`--host`);
 * - a request whose Host is not localhost / 127.0.0.1 / [::1] with our port is refused, so a page
 *   on a rebound DNS name cannot reach us as "same origin" (DNS rebinding);
 * - a POST from another origin is refused, and there are no CORS headers, so other sites can neither
 *   call the API nor read its answers;
 * - a body over the input limit gets 413 before it is read (or as soon as it passes the limit);
 * - receiving a request and working on it are both time-limited;
 * - nothing from a request names a file: themes were loaded at start, reports arrive as bytes.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  errorResponse,
  handleBuild,
  handleOutline,
  handlePreview,
  handleThemes,
  HttpError,
  jsonResponse,
  type ApiContext,
  type ApiRequest,
  type ApiResponse,
} from './api.js';
import { PAGE_CSS } from './page/page-css.js';
import { PAGE_HTML } from './page/page-html.js';
import { PAGE_JS } from './page/page-js.js';

export interface ServerLimits {
  /** Largest request body, bytes (the CLI's input limit). */
  readonly bodyBytes: number;
  /** Time to receive a whole request, ms. */
  readonly receiveMs: number;
  /** Time to answer once the body is in, ms. */
  readonly workMs: number;
}

export interface ServerConfig {
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** True with an explicit `--host`: the Host header is then not checked (the user chose the network). */
  readonly anyHost: boolean;
  readonly context: ApiContext;
  readonly limits: ServerLimits;
}

export interface RunningServer {
  /** The address to open, e.g. `http://127.0.0.1:8080/`. */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  /** Stops listening and ends open connections. */
  close(): Promise<void>;
}

export const LOOPBACK = '127.0.0.1';

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self' blob:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const ASSETS: Readonly<Record<string, { readonly type: string; readonly body: string }>> = {
  '/': { type: 'text/html; charset=utf-8', body: PAGE_HTML },
  '/app.js': { type: 'text/javascript; charset=utf-8', body: PAGE_JS },
  '/style.css': { type: 'text/css; charset=utf-8', body: PAGE_CSS },
};

const API_ROUTES = new Set(['/api/outline', '/api/preview', '/api/build']);

/** Host header values that name this server on the loopback interface. */
export function loopbackHosts(port: number): Set<string> {
  return new Set([`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]);
}

function send(response: http.ServerResponse, answer: ApiResponse, extra: Readonly<Record<string, string>> = {}): void {
  const body =
    typeof answer.body === 'string' ? Buffer.from(answer.body, 'utf8') : Buffer.from(answer.body.buffer, answer.body.byteOffset, answer.body.byteLength);
  response.writeHead(answer.status, { ...SECURITY_HEADERS, ...answer.headers, ...extra, 'Content-Length': String(body.length) });
  response.end(body);
}

class BodyTooLarge extends Error {}

/**
 * The body, up to `limit` bytes. A declared length over the limit fails before any byte is read;
 * a chunked body fails as soon as it passes the limit. Nothing over the limit is kept.
 */
function readBody(request: http.IncomingMessage, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers['content-length'] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        request.off('data', onData);
        chunks.length = 0;
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    request.once('error', reject);
  });
}

/**
 * Answer 413 at once, then read and drop the rest of the body (a connection closed while the upload
 * still arrives is reset, and a reset discards the answer the client has not read yet) for at most
 * REFUSED_BODY_LINGER_MS; then the connection is cut. On a busy machine one second was too short
 * for a 30 MB upload over loopback to finish, and the client lost the answer.
 */
function refuseLargeBody(request: http.IncomingMessage, response: http.ServerResponse, limit: number): void {
  const answer = jsonResponse(
    {
      error: `上传的内容太大，超过 ${Math.round(limit / 1024 / 1024)} MB 的上限。`,
      hint: '请只上传一份文稿（.txt、.docx 或 .md）；图片很多的 .docx 可另存为 .txt 后再试。',
    },
    413,
  );
  // No `Connection: close`: closing while the upload still arrives resets the connection, and a
  // reset makes the client drop the answer it has not read yet. The body is drained instead.
  send(response, answer);
  request.resume();
  response.once('finish', () => setTimeout(() => request.socket.destroy(), REFUSED_BODY_LINGER_MS).unref());
}

const REFUSED_BODY_LINGER_MS = 5000;

function withTimeout<T>(work: Promise<T>, milliseconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new HttpError(503, `处理超时（超过 ${Math.round(milliseconds / 1000)} 秒）。`, '文稿可能过长，请分成几份再试。')),
      milliseconds,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function answerApi(path: string, request: ApiRequest, context: ApiContext): Promise<ApiResponse> {
  if (path === '/api/outline') return handleOutline(request);
  if (path === '/api/preview') return handlePreview(request, context);
  return handleBuild(request, context);
}

function checkOrigin(request: http.IncomingMessage, hosts: ReadonlySet<string> | null): void {
  const origin = request.headers.origin;
  if (origin === undefined) return;
  const host = request.headers.host ?? '';
  const allowed = origin === `http://${host}` && (hosts === null || hosts.has(host));
  if (!allowed) throw new HttpError(403, '拒绝来自其他网站的请求。', '请直接在浏览器中打开 huibao serve 显示的地址使用。');
}

function createHandler(config: ServerConfig, hosts: () => ReadonlySet<string> | null) {
  return async (request: http.IncomingMessage, response: http.ServerResponse): Promise<void> => {
    try {
      const allowedHosts = hosts();
      if (allowedHosts !== null && !allowedHosts.has((request.headers.host ?? '').toLowerCase())) {
        throw new HttpError(403, '请求的主机名不对，已拒绝。', `请用 ${[...allowedHosts][1] ?? ''} 访问。`);
      }
      const url = new URL(request.url ?? '/', 'http://localhost');
      const asset = ASSETS[url.pathname];
      if (asset !== undefined || url.pathname === '/api/themes') {
        if (request.method !== 'GET' && request.method !== 'HEAD') throw new HttpError(405, `${url.pathname} 只接受 GET 请求。`);
        send(response, asset === undefined ? handleThemes(config.context) : { status: 200, headers: { 'Content-Type': asset.type }, body: asset.body });
        return;
      }
      if (!API_ROUTES.has(url.pathname))
        throw new HttpError(404, `没有“${url.pathname.slice(0, 80)}”这个地址。`, '可用的接口：POST /api/outline、/api/preview、/api/build，GET /api/themes。');
      if (request.method !== 'POST') throw new HttpError(405, `${url.pathname} 只接受 POST 请求。`, '请在请求正文中发送文稿原文或提纲 JSON。');
      checkOrigin(request, allowedHosts);
      let body: Uint8Array;
      try {
        body = await readBody(request, config.limits.bodyBytes);
      } catch (error) {
        if (error instanceof BodyTooLarge) {
          refuseLargeBody(request, response, config.limits.bodyBytes);
          return;
        }
        throw error;
      }
      const apiRequest: ApiRequest = { query: url.searchParams, body, contentType: request.headers['content-type'] ?? '' };
      send(response, await withTimeout(answerApi(url.pathname, apiRequest, config.context), config.limits.workMs));
    } catch (error) {
      if (!response.headersSent) send(response, errorResponse(error));
      else response.destroy();
    }
  };
}

/** Listens, and resolves once the port is open. */
export function startServer(config: ServerConfig): Promise<RunningServer> {
  let port = config.port;
  let hosts: ReadonlySet<string> | null = null;
  const handler = createHandler(config, () => hosts);
  const server = http.createServer(
    {
      requestTimeout: config.limits.receiveMs,
      headersTimeout: Math.min(config.limits.receiveMs, 20_000),
      // Node checks those timeouts every 30 s by default: a stalled upload would hold on that long.
      connectionsCheckingInterval: Math.max(250, Math.min(config.limits.receiveMs / 4, 5_000)),
      maxHeaderSize: 16 * 1024,
    },
    (request, response) => void handler(request, response),
  );
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      port = (server.address() as AddressInfo).port;
      hosts = config.anyHost ? null : loopbackHosts(port);
      const shownHost = config.host.includes(':') ? `[${config.host}]` : config.host;
      resolve({
        url: `http://${shownHost}:${port}/`,
        port,
        host: config.host,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
