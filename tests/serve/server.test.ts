/**
 * huibao serve's API through a real server on a free loopback port: the page, the three endpoints,
 * the limits and the local-server defences (Host check, no cross-origin posts, loopback only).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadServeThemes } from '../../src/cli/serve-command.js';
import { MAX_INPUT_BYTES } from '../../src/cli/io.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { snapshotTree } from '../cli/harness.js';
import { ooxmlValidate, validatorUnavailable } from '../helpers/deckcheck.js';
import { SEED_FILE } from '../helpers/fixtures.js';
import { makeDocx } from '../helpers/make-docx.js';
import { slideTexts } from './deck-text.js';
import { ask, json } from './http-client.js';

const CHINESE = /[\u4e00-\u9fff]/u;
const seed = readFileSync(SEED_FILE);
let server: RunningServer;
let work: string;
let before: string[];

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'huibao-serve-'));
  before = snapshotTree(work);
  const environment = { cwd: work, stdout: () => {}, stderr: () => {}, env: {}, now: () => new Date('2026-11-27T00:00:00Z') };
  const themes = loadServeThemes(environment);
  server = await startServer({
    host: '127.0.0.1',
    port: 0,
    anyHost: false,
    context: { themes, defaultTheme: 'party-red', now: environment.now },
    limits: { bodyBytes: MAX_INPUT_BYTES, receiveMs: 30_000, workMs: 60_000 },
  });
});

afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

const url = (pathAndQuery: string): string => new URL(pathAndQuery, server.url).href;
const post = (pathAndQuery: string, body: Uint8Array | string, headers: Record<string, string> = {}) =>
  ask(url(pathAndQuery), { method: 'POST', body, headers });

describe('huibao serve', () => {
  it('answers / with the Chinese page and its script and styles, all from itself', async () => {
    const page = await ask(server.url);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const html = page.body.toString('utf8');
    expect(html).toContain('lang="zh-CN"');
    expect(html).toMatch(/拖到这里/);
    // Offline: nothing loaded from another host.
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    for (const asset of ['/app.js', '/style.css']) {
      const answer = await ask(url(asset));
      expect(answer.status, asset).toBe(200);
      expect(answer.body.toString('utf8')).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    }
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('lists the themes with their colours', async () => {
    const answer = json(await ask(url('/api/themes')));
    const themes = answer['themes'] as { name: string; colors: Record<string, string> }[];
    expect(themes.map((theme) => theme.name)).toEqual(expect.arrayContaining(['party-red', 'gov-blue']));
    for (const theme of themes) expect(theme.colors['primary']).toMatch(/^[0-9A-F]{6}$/i);
  });

  it('reads the seed into an outline with 4 sections', async () => {
    const answer = await post('/api/outline?name=seed.txt', seed);
    expect(answer.status).toBe(200);
    const outline = json(answer);
    expect((outline['sections'] as unknown[]).length).toBe(4);
    expect(outline['title']).toMatch(CHINESE);
  });

  it('builds the seed into a deck named after the file that passes ooxml-validate', async (context) => {
    const answer = await post(`/api/build?name=${encodeURIComponent('国资委汇报.txt')}&theme=gov-blue`, seed);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.presentationml.presentation');
    expect(answer.headers['content-disposition']).toBe(`attachment; filename="huibao.pptx"; filename*=UTF-8''${encodeURIComponent('国资委汇报.pptx')}`);
    const texts = await slideTexts(answer.body);
    expect(texts.length).toBe(Number(answer.headers['x-huibao-slides']));
    expect(texts.join('')).toContain('以更高政治站位把准前进方向');
    const skip = validatorUnavailable();
    if (skip !== null) return context.skip(skip);
    const deck = path.join(mkdtempSync(path.join(tmpdir(), 'huibao-serve-deck-')), 'deck.pptx');
    writeFileSync(deck, answer.body);
    const result = await ooxmlValidate(deck);
    expect(result.ok, result.output).toBe(true);
  });

  it('previews one SVG per slide, with the warnings and the masked figures', async () => {
    const built = await post('/api/build?name=seed.txt', seed);
    const answer = await post('/api/preview?name=seed.txt&theme=party-red', seed);
    expect(answer.status).toBe(200);
    const preview = json(answer) as { slides: { svg: string }[]; warnings: string[]; masked: { number: number; filled: boolean }[] };
    expect(preview.slides.length).toBe(Number(built.headers['x-huibao-slides']));
    for (const slide of preview.slides) expect(slide.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*<\/svg>$/);
    expect(preview.masked.length).toBeGreaterThan(0);
    expect(preview.warnings.some((warning) => CHINESE.test(warning))).toBe(true);
  });

  it('fills masked figures from set=, as --set does, and says which', async () => {
    const answer = json(await post('/api/preview?name=seed.txt&set=1=12', seed)) as {
      slides: { svg: string }[];
      masked: { number: number; filled: boolean }[];
    };
    expect(answer.masked.find((entry) => entry.number === 1)?.filled).toBe(true);
    expect(answer.masked.filter((entry) => entry.filled)).toHaveLength(1);
    const wrong = await post('/api/preview?name=seed.txt&set=99=12', seed);
    expect(wrong.status).toBe(400);
    expect(String(json(wrong)['error'])).toMatch(CHINESE);
  });

  it('takes an edited outline as JSON: renamed, reordered, deleted and added sections reach the deck', async () => {
    const outline = json(await post('/api/outline?name=seed.txt', seed)) as { sections: { heading: string; title?: string; points: unknown[] }[] };
    const [first, second, third, fourth] = outline.sections;
    if (first === undefined || second === undefined || third === undefined || fourth === undefined) throw new Error('seed outline changed');
    first.heading = '一、改过的主题名称。';
    delete first.title;
    const added = { heading: '五、新加的主题', points: [{ heading: '（一）新加的要点', body: '新要点的正文。' }] };
    const edited = { ...outline, sections: [second, first, fourth, added] };
    const body = JSON.stringify(edited);
    const read = json(await post('/api/outline', body, { 'Content-Type': 'application/json' })) as {
      sections: { title: string; points: { title: string }[] }[];
    };
    expect(read.sections.map((section) => section.title)).toEqual([expect.any(String), '改过的主题名称', expect.any(String), '新加的主题']);
    expect(read.sections[3]?.points.map((point) => point.title)).toEqual(['新加的要点']);
    const deck = await post('/api/build', body, { 'Content-Type': 'application/json' });
    expect(deck.status).toBe(200);
    const text = (await slideTexts(deck.body)).join('\n');
    expect(text).toContain('改过的主题名称');
    expect(text).toContain('新加的要点');
    expect(text).not.toContain(third.heading.replace(/^[一二三四五六七八九十]+、/, '').replace(/[。；]$/, ''));
    const markdown = await post('/api/outline?format=md&name=seed.txt', body, { 'Content-Type': 'application/json; charset=utf-8' });
    expect(markdown.headers['content-disposition']).toContain(encodeURIComponent('seed.outline.md'));
    expect(markdown.body.toString('utf8')).toMatch(/^---\nhuibao-outline: 2\n[\s\S]*\n# 一、改过的主题名称。\n/);
  });

  it.each([
    ['random bytes as a .txt', '/api/outline?name=x.txt', () => new Uint8Array(Array.from({ length: 50_000 }, (_, index) => (index * 7919 + 13) % 256))],
    ['random bytes as a .docx', '/api/build?name=x.docx', () => new Uint8Array(Array.from({ length: 50_000 }, (_, index) => (index * 104729 + 7) % 256))],
    ['an empty body', '/api/preview', () => new Uint8Array()],
    ['a theme not in the list', '/api/preview?theme=..%2F..%2Fetc%2Fpasswd', () => seed],
  ])('refuses %s with a 4xx and a Chinese message', async (_what, target, body) => {
    const answer = await post(target, body());
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(String(json(answer)['error'])).toMatch(CHINESE);
  });

  it('refuses malformed outline JSON with a Chinese message', async () => {
    for (const body of ['{', '{"sections": 3}', '[]']) {
      const answer = await post('/api/preview', body, { 'Content-Type': 'application/json' });
      expect(answer.status, body).toBe(400);
      expect(String(json(answer)['error'])).toMatch(CHINESE);
    }
  });

  it('answers a 30 MB body with 413 before reading it, declared or chunked', async () => {
    const declared = await ask(url('/api/build'), {
      method: 'POST',
      headers: { 'Content-Length': String(30 * 1024 * 1024) },
      chunked: { chunk: new Uint8Array(1024 * 1024), count: 30 },
    });
    expect(declared.status).toBe(413);
    expect(String(json(declared)['error'])).toMatch(CHINESE);
    const chunked = await ask(url('/api/preview'), {
      method: 'POST',
      headers: { 'Transfer-Encoding': 'chunked' },
      chunked: { chunk: new Uint8Array(1024 * 1024), count: 30 },
    });
    expect(chunked.status).toBe(413);
  });

  it('refuses other Host names (DNS rebinding) and posts from other origins; has no CORS headers', async () => {
    const rebound = await ask(server.url, { headers: { Host: `attacker.example:${server.port}` } });
    expect(rebound.status).toBe(403);
    expect(String(json(rebound)['error'])).toMatch(CHINESE);
    const otherPort = await ask(server.url, { headers: { Host: `localhost:${server.port + 1}` } });
    expect(otherPort.status).toBe(403);
    for (const host of [`localhost:${server.port}`, `127.0.0.1:${server.port}`, `[::1]:${server.port}`])
      expect((await ask(server.url, { headers: { Host: host } })).status, host).toBe(200);
    const crossSite = await post('/api/outline?name=seed.txt', seed, { Origin: 'https://attacker.example' });
    expect(crossSite.status).toBe(403);
    expect(crossSite.headers['access-control-allow-origin']).toBeUndefined();
    const sameSite = await post('/api/outline?name=seed.txt', seed, { Origin: `http://127.0.0.1:${server.port}` });
    expect(sameSite.status).toBe(200);
    const preflight = await ask(url('/api/build'), {
      method: 'OPTIONS',
      headers: { Origin: 'https://attacker.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBeGreaterThanOrEqual(400);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('takes no paths: unknown addresses are 404, a name is only a name', async () => {
    expect((await ask(url('/../../etc/passwd'))).status).toBe(404);
    expect((await ask(url('/api/outline'))).status).toBe(405);
    const answer = await post(`/api/build?name=${encodeURIComponent('../../../tmp/evil.txt')}`, seed);
    expect(answer.headers['content-disposition']).toContain("filename*=UTF-8''evil.pptx");
  });

  it('listens on loopback only', async () => {
    expect(server.host).toBe('127.0.0.1');
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const outside = Object.values(networkInterfaces())
      .flat()
      .find((entry) => entry !== undefined && entry.family === 'IPv4' && !entry.internal);
    if (outside === undefined) return;
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: outside.address, port: server.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
    expect(refused, `reachable on ${outside.address}`).toBe(true);
  });

  it('limits the time to receive a request and to answer it', async () => {
    const themes = loadServeThemes({ cwd: work, stdout: () => {}, stderr: () => {}, env: {}, now: () => new Date(0) });
    const strict = await startServer({
      host: '127.0.0.1',
      port: 0,
      anyHost: false,
      context: { themes, defaultTheme: 'party-red', now: () => new Date(0) },
      limits: { bodyBytes: MAX_INPUT_BYTES, receiveMs: 1000, workMs: 1 },
    });
    try {
      // A client that announces a body and never sends it is cut off.
      const stalled = await new Promise<string>((resolve) => {
        const socket = net.connect({ host: '127.0.0.1', port: strict.port }, () => {
          socket.write(`POST /api/build HTTP/1.1\r\nHost: 127.0.0.1:${strict.port}\r\nContent-Length: 1000\r\n\r\nabc`);
        });
        let received = '';
        socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
        socket.on('close', () => resolve(received));
        socket.on('error', () => undefined);
      });
      expect(stalled).toMatch(/^HTTP\/1\.1 408/);
      // Reading a .docx waits on JSZip, so the clock gets its turn while the work is under way.
      const docx = await makeDocx(
        seed
          .toString('utf8')
          .split('\n')
          .map((text) => ({ text })),
      );
      const slow = await ask(new URL('/api/build?name=seed.docx', strict.url).href, { method: 'POST', body: docx });
      expect(slow.status).toBe(503);
      expect(String(json(slow)['error'])).toMatch(/处理超时/);
    } finally {
      await strict.close();
    }
  });

  it('writes nothing to disk', () => {
    expect(snapshotTree(work)).toEqual(before);
  });
});
