/// <reference lib="dom" />
/**
 * The page in a real browser (Debian's chromium through puppeteer-core): drop the seed → edit the
 * outline → fill a masked figure → change the theme → see the previews → download the deck and the
 * outline, then check the downloaded deck itself. Skips without chromium, except in CI.
 * UPDATE_DOCS=1 writes the screenshot the README shows (docs/serve-page.png).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadServeThemes } from '../../src/cli/serve-command.js';
import { MAX_INPUT_BYTES } from '../../src/cli/io.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { ooxmlValidate, validatorUnavailable } from '../helpers/deckcheck.js';
import { REPO_DIR, SEED_FILE } from '../helpers/fixtures.js';
import { notesTexts, slideTexts } from './deck-text.js';

const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';
const IN_CI = process.env['CI'] !== undefined && process.env['CI'] !== '' && process.env['CI'] !== 'false';
const SCREENSHOT = path.join(REPO_DIR, 'docs', 'serve-page.png');

function browserUnavailable(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const reason = `the browser test needs chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM)`;
  if (IN_CI) throw new Error(`${reason}; CI must not skip it`);
  return reason;
}

const skipReason = browserUnavailable();
if (skipReason !== null) console.warn(`skipped: ${skipReason}`);

async function waitForFile(folder: string, extension: string, timeout = 20_000): Promise<string> {
  const start = Date.now();
  while (Date.now() - start < timeout) {
    const done = readdirSync(folder).find((name) => name.endsWith(extension));
    if (done !== undefined) return path.join(folder, done);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no ${extension} downloaded into ${folder}: ${readdirSync(folder).join(', ')}`);
}

/** Waits until the previews answer the latest change; returns how long that took. */
async function previewSettled(page: Page, since: number): Promise<number> {
  await page.waitForFunction(() => {
    const slides = document.getElementById('slides');
    return slides !== null && !slides.classList.contains('stale') && slides.querySelectorAll('img').length > 0;
  });
  return Date.now() - since;
}

async function firstSlidesSvg(page: Page, count: number): Promise<string[]> {
  return page.evaluate(async (limit) => {
    const images = Array.from(document.querySelectorAll<HTMLImageElement>('#slides img')).slice(0, limit);
    return Promise.all(images.map(async (image) => (await fetch(image.src)).text()));
  }, count);
}

describe.skipIf(skipReason !== null)('the huibao serve page in chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let downloads: string;

  beforeAll(async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'huibao-browser-'));
    const environment = { cwd: work, stdout: () => {}, stderr: () => {}, env: {}, now: () => new Date('2026-11-27T00:00:00Z') };
    server = await startServer({
      host: '127.0.0.1',
      port: 0,
      anyHost: false,
      context: { themes: loadServeThemes(environment), defaultTheme: 'party-red', now: environment.now },
      limits: { bodyBytes: MAX_INPUT_BYTES, receiveMs: 30_000, workMs: 60_000 },
    });
    downloads = mkdtempSync(path.join(tmpdir(), 'huibao-downloads-'));
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--lang=zh-CN'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (downloads !== undefined) rmSync(downloads, { recursive: true, force: true });
  });

  it('drop → outline edit → figure → theme → preview → download gives the edited deck', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1360, height: 900 });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('console', (message) => (message.type() === 'error' ? problems.push(message.text()) : undefined));
    page.on('dialog', (dialog) => void dialog.accept());
    const session = await page.createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, eventsEnabled: true });
    await page.goto(server.url);
    await page.waitForSelector('#themes .theme');

    // Drop the seed onto the drop zone, as a user dragging it from the desktop.
    const seed = readFileSync(SEED_FILE).toString('base64');
    await page.evaluate((base64) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], '国资委组织工作汇报.txt', { type: 'text/plain' }));
      document.getElementById('drop')?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, seed);
    await page.waitForFunction(() => document.querySelectorAll('#outline > li.section').length === 4);
    await previewSettled(page, Date.now());
    const firstSlideCount = await page.$$eval('#slides img', (images) => images.length);
    expect(await page.$eval('#warnings', (box) => box.textContent ?? '')).toMatch(/隐去/);

    // Rename the first section, move the second up, delete the last, add a point.
    const sectionTitles = await page.$$eval('#outline > li.section > .row input', (inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    const renamed = '一、以更高站位凝聚奋进力量';
    const firstHeading = await page.$('#outline > li.section > .row input');
    await firstHeading?.click({ clickCount: 3 });
    await firstHeading?.type(renamed);
    let since = Date.now();
    const renameMs = await previewSettled(page, since);
    await page.click('#outline > li.section:nth-child(2) > .row button[aria-label="上移主题"]');
    await page.click('#outline > li.section:nth-child(4) > .row button[aria-label="删除主题"]');
    await page.waitForFunction(() => document.querySelectorAll('#outline > li.section').length === 3);
    await page.click('#outline > li.section:nth-child(1) .add-point');
    const newPoint = await page.$('#outline > li.section:nth-child(1) li.point:last-child .row input');
    await newPoint?.click({ clickCount: 3 });
    await newPoint?.type('（四）新增的要点');

    // Fill the first masked figure, then pick another theme by its swatch.
    await page.waitForSelector('#figures input');
    await page.type('#figures tr:first-child input', '12');
    since = Date.now();
    await page.click('#themes .theme[data-theme="gov-blue"]');
    const themeMs = await previewSettled(page, since);
    console.info(`preview after a rename: ${renameMs} ms; after a theme change: ${themeMs} ms`);

    const svgs = await firstSlidesSvg(page, 3);
    expect(svgs[0]).toContain('#00418D');
    expect(svgs.join('')).toContain('以更高站位凝聚奋进力量');
    const outlineOrder = await page.$$eval('#outline > li.section > .row input', (inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(outlineOrder).toEqual([sectionTitles[1], renamed, sectionTitles[2]]);
    expect(await page.$$eval('#slides img', (images) => images.length)).not.toBe(firstSlideCount);
    expect(await page.$eval('#themes .theme[data-theme="gov-blue"]', (button) => button.getAttribute('aria-checked'))).toBe('true');

    if (process.env['UPDATE_DOCS'] === '1') {
      mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: SCREENSHOT as `${string}.png` });
    } else {
      await page.screenshot({ path: path.join(downloads, 'page.png') as `${string}.png` });
    }

    // Download the deck and the outline.
    await page.click('#download');
    const deckFile = await waitForFile(downloads, '.pptx');
    expect(path.basename(deckFile)).toBe('国资委组织工作汇报.pptx');
    await page.click('#download-md');
    const markdownFile = await waitForFile(downloads, '.outline.md');
    expect(path.basename(markdownFile)).toBe('国资委组织工作汇报.outline.md');
    expect(problems).toEqual([]);

    const texts = await slideTexts(readFileSync(deckFile));
    const all = texts.join('\n');
    expect(all).toContain('以更高站位凝聚奋进力量');
    expect(all).toContain('新增的要点');
    // The filled figure replaces the mask in the speech (notes); a card shows it only if chosen as one.
    expect((await notesTexts(readFileSync(deckFile))).join('\n')).toContain('12户');
    expect(all).not.toContain((sectionTitles[3] ?? '').replace(/^[一二三四五六七八九十]+、/, '').replace(/[。；：]$/, ''));
    const markdown = readFileSync(markdownFile, 'utf8');
    expect(markdown).toContain(`# ${renamed}`);
    expect(markdown).toContain('## （四）新增的要点');

    const skip = validatorUnavailable();
    if (skip === null) {
      const result = await ooxmlValidate(deckFile);
      expect(result.ok, result.output).toBe(true);
    } else {
      console.warn(`ooxml-validate skipped: ${skip}`);
    }
    writeFileSync(path.join(downloads, 'done'), '');
  });

  it('reads a report picked with the file chooser or pasted, and shows a Chinese error for a broken file', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForSelector('#themes .theme');
    const broken = path.join(downloads, '坏文件.docx');
    writeFileSync(broken, Buffer.from('not a word document at all'));
    const input = await page.$('input#file[type="file"]');
    await input?.uploadFile(broken);
    await page.waitForSelector('#status.error');
    expect(await page.$eval('#status', (status) => status.textContent ?? '')).toMatch(/无法打开 Word 文档/);
    await input?.uploadFile(SEED_FILE);
    await page.waitForFunction(() => document.querySelectorAll('#outline > li.section').length === 4);
    await previewSettled(page, Date.now());
    expect(await page.$eval('#status', (status) => status.className)).toBe('status');

    // Pasted text goes the same way; the deck is then named after its title.
    await page.click('#paste-box summary');
    await page.$eval(
      '#paste',
      (area) => ((area as HTMLTextAreaElement).value = '关于安全生产工作的汇报\n一、抓好责任落实\n层层压实责任。\n二、抓好隐患排查\n全面排查隐患。'),
    );
    await page.click('#paste-go');
    await page.waitForFunction(() => document.querySelectorAll('#outline > li.section').length === 2);
    await previewSettled(page, Date.now());
    expect(await page.$eval('#deck-title', (input) => (input as HTMLInputElement).value)).toBe('关于安全生产工作的汇报');
  });
});
