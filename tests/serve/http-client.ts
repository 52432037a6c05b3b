/** A tiny HTTP client for the serve tests: Node's http, so a test can set any Host or Origin header. */
import http from 'node:http';

export interface Answer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

export interface Ask {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: Uint8Array | string;
  /** A body sent in chunks without Content-Length, generated on the fly. */
  readonly chunked?: { readonly chunk: Uint8Array; readonly count: number };
}

export function ask(url: string, options: Ask = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: options.method ?? 'GET', headers: options.headers ?? {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    // The server may answer (413) and close while we still send: that is the behaviour under test.
    // A connection closed with no answer at all fails the test at once instead of hanging it.
    let answered = false;
    request.on('response', () => {
      answered = true;
    });
    request.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    request.on('close', () => {
      if (!answered) reject(new Error('the server closed the connection without an answer'));
    });
    if (options.chunked !== undefined) {
      const { chunk, count } = options.chunked;
      let sent = 0;
      const pump = (): void => {
        while (sent < count && !request.destroyed) {
          sent += 1;
          if (!request.write(chunk)) {
            request.once('drain', pump);
            return;
          }
        }
        if (!request.destroyed) request.end();
      };
      pump();
      return;
    }
    request.end(options.body);
  });
}

export function json(answer: Answer): Record<string, unknown> {
  return JSON.parse(answer.body.toString('utf8')) as Record<string, unknown>;
}
