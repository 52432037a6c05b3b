/** `huibao serve` draws and builds with the theme's pictures shrunk, as `build` does (issue 12, item 8). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handleBuild, handlePreview, type ApiContext } from '../../src/serve/api.js';
import { SEED_FILE, theme } from '../helpers/fixtures.js';
import { makeLogoPng } from '../render/helpers/make-pictures.js';

const logo = makeLogoPng(3000, [163, 31, 36]);
const source = '/themes/unit/logo.png';
const context: ApiContext = {
  themes: new Map([
    [
      'unit',
      {
        name: 'unit',
        label: '本单位',
        theme: theme('party-red'),
        pictures: { logo: { source, width: 3000, height: 3000 }, background: null, bytes: new Map([[source, logo]]) },
      },
    ],
  ]),
  defaultTheme: 'unit',
  now: () => new Date('2026-11-27T00:00:00Z'),
};
const request = { query: new URLSearchParams('name=seed.txt&theme=unit'), body: new Uint8Array(readFileSync(SEED_FILE)), contentType: 'text/plain' };

describe('serve with a print-size logo', () => {
  it('previews slides with the shrunk logo', async () => {
    const answer = await handlePreview(request, context);
    const { slides } = JSON.parse(String(answer.body)) as { slides: { svg: string }[] };
    const withLogo = slides.filter((slide) => slide.svg.includes('data:image/png;base64,'));
    expect(withLogo.length).toBeGreaterThan(0);
    expect(Math.max(...withLogo.map((slide) => slide.svg.length))).toBeLessThan(logo.byteLength / 10);
  });

  it('builds a deck far smaller than the logo', async () => {
    const answer = await handleBuild(request, context);
    expect(answer.status).toBe(200);
    expect((answer.body as Uint8Array).byteLength).toBeLessThan(logo.byteLength / 10);
  });
});
