/** `huibao serve` and `huibao preview --fast` from the command line, in-process. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { SEED_FILE } from '../helpers/fixtures.js';
import { ask } from '../serve/http-client.js';
import { runWith } from './harness.js';

function workFolder(): string {
  const work = mkdtempSync(path.join(tmpdir(), 'huibao-serve-cli-'));
  writeFileSync(path.join(work, 'seed.txt'), readFileSync(SEED_FILE));
  return work;
}

/** Starts `huibao serve …`, waits for its address, and gives a way to stop it as Ctrl-C would. */
async function startServe(args: readonly string[], cwd: string) {
  const controller = new AbortController();
  let announce: (url: string) => void = () => {};
  const announced = new Promise<string>((resolve) => (announce = resolve));
  const running = runWith(['serve', ...args], cwd, {
    signal: controller.signal,
    onStderr: (text) => {
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(text);
      if (found !== null) announce(found[0]);
    },
  });
  const url = await Promise.race([announced, running.then((result) => Promise.reject(new Error(`serve ended early: ${result.stderr}`)))]);
  return { url, stop: () => (controller.abort(), running) };
}

describe('huibao serve', () => {
  it('prints its loopback address on stdout, serves the page, and stops cleanly on Ctrl-C', async () => {
    const work = workFolder();
    const { url, stop } = await startServe(['--port', '0'], work);
    const page = await ask(url);
    expect(page.status).toBe(200);
    expect(page.body.toString('utf8')).toContain('<title>汇报');
    const result = await stop();
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(url);
    expect(result.stderr).toContain('Ctrl-C');
    expect(result.stderr).toContain('已停止');
    expect(result.stderr).not.toContain('注意');
    // Stopped means the port is closed.
    const port = Number(new URL(url).port);
    const closed = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port });
      socket.once('connect', () => (socket.destroy(), resolve(false)));
      socket.once('error', () => resolve(true));
    });
    expect(closed).toBe(true);
    expect(readdirSync(work)).toEqual(['seed.txt']);
  });

  it('refuses a taken port, a bad port and an unknown theme in Chinese, with the usage exit code', async () => {
    const work = workFolder();
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as net.AddressInfo).port;
    try {
      const busy = await runWith(['serve', '--port', String(taken)], work, { signal: new AbortController().signal });
      expect(busy.code).toBe(2);
      expect(busy.stderr).toMatch(/端口 \d+ 已被占用/);
    } finally {
      blocker.close();
    }
    const badPort = await runWith(['serve', '--port', 'abc'], work);
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toContain('--port');
    const badTheme = await runWith(['serve', '--port', '0', '-t', 'nope'], work);
    expect(badTheme.code).toBe(2);
    expect(badTheme.stderr).toContain('没有名为“nope”的主题');
  });

  it('warns in Chinese when told to listen beyond this machine', async () => {
    const work = workFolder();
    const controller = new AbortController();
    let seen = '';
    const running = runWith(['serve', '--port', '0', '--host', '0.0.0.0'], work, {
      signal: controller.signal,
      onStderr: (text) => {
        seen += text;
        if (seen.includes('注意')) controller.abort();
      },
    });
    const result = await running;
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/注意：正在 0\.0\.0\.0 上监听，同一网络中的其他电脑也能打开/);
  });
});

describe('huibao preview --fast', () => {
  it('writes one SVG per slide without LibreOffice, and clears pages of an earlier preview', async () => {
    const work = workFolder();
    const built = await runWith(['build', 'seed.txt', '-o', 'seed.pptx'], work);
    const slides = Number(/（(\d+) 页）/u.exec(built.stderr)?.[1]);
    const folder = path.join(work, 'seed-preview');
    const first = await runWith(['preview', '--fast', 'seed.txt'], work, { env: { PATH: '' } });
    expect(first.code, first.stderr).toBe(0);
    writeFileSync(path.join(folder, 'slide-99.svg'), '<svg/>');
    const result = await runWith(['preview', '--fast', 'seed.txt', '-t', 'gov-blue'], work, { env: { PATH: '' } });
    expect(result.code, result.stderr).toBe(0);
    const files = readdirSync(folder).sort();
    expect(files).toHaveLength(slides);
    expect(files[0]).toBe('slide-01.svg');
    for (const file of files) expect(XMLValidator.validate(readFileSync(path.join(folder, file), 'utf8'))).toBe(true);
    expect(readFileSync(path.join(folder, 'slide-01.svg'), 'utf8')).toContain('#00418D');
    expect(result.stderr).toContain(`${slides} 页 SVG`);
  });

  it('refuses a .pptx with a Chinese message', async () => {
    const work = workFolder();
    await runWith(['build', 'seed.txt'], work);
    const result = await runWith(['preview', '--fast', 'seed.pptx'], work);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--fast 只能预览文稿文件');
    expect(existsSync(path.join(work, 'seed-preview'))).toBe(false);
  });
});
