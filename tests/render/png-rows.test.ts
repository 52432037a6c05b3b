/** The row-by-row PNG reader gives the same RGBA pixels as pngjs's whole-picture decoder, for every colour type and depth. */
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { readPngLayout, readPngRows } from '../../src/render/png-rows.js';
import { makeRawPng, noise } from './helpers/make-pictures.js';

async function rowsOf(bytes: Uint8Array): Promise<Uint8Array> {
  const layout = readPngLayout(bytes);
  if (layout === null) throw new Error('not a PNG');
  const out: Uint8Array[] = [];
  await readPngRows(layout, (row) => out.push(row.slice()));
  return new Uint8Array(Buffer.concat(out));
}

function pngjsPixels(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(PNG.sync.read(Buffer.from(bytes)).data);
}

/** The colour under alpha 0 is never seen (pngjs writes black there, the file says otherwise). */
function visible(rgba: Uint8Array): Uint8Array {
  const out = rgba.slice();
  for (let at = 0; at < out.length; at += 4) if (out[at + 3] === 0) out.fill(0, at, at + 3);
  return out;
}

const WIDTH = 37;
const HEIGHT = 23;

describe('readPngRows', () => {
  // pngjs chooses a filter per row, so these cover all five filters too.
  it.each([0, 2, 4, 6] as const)('reads 8-bit colour type %i as pngjs does', async (colorType) => {
    const random = noise(colorType + 1);
    const png = new PNG({ width: WIDTH, height: HEIGHT });
    for (let index = 0; index < png.data.length; index += 1) png.data[index] = index % 4 === 3 ? random() : (random() >> 2) + (index % 7) * 20;
    const bytes = new Uint8Array(PNG.sync.write(png, { colorType, inputHasAlpha: true }));
    expect(await rowsOf(bytes)).toEqual(pngjsPixels(bytes));
  });

  it.each([
    { what: '1-bit grey', bitDepth: 1, colorType: 0, samples: 1 },
    { what: '2-bit grey', bitDepth: 2, colorType: 0, samples: 1 },
    { what: '4-bit palette with transparency', bitDepth: 4, colorType: 3, samples: 1 },
    { what: '8-bit palette with transparency', bitDepth: 8, colorType: 3, samples: 1 },
    { what: '16-bit RGBA', bitDepth: 16, colorType: 6, samples: 4 },
    { what: '16-bit grey with a transparent value', bitDepth: 16, colorType: 0, samples: 1 },
    { what: '16-bit RGB with a transparent value', bitDepth: 16, colorType: 2, samples: 3 },
  ])('reads $what as pngjs does', async ({ bitDepth, colorType, samples }) => {
    const random = noise(bitDepth * 10 + colorType);
    const stride = Math.ceil((WIDTH * samples * bitDepth) / 8);
    const entries = colorType === 3 ? 1 << Math.min(bitDepth, 4) : 0;
    const rows = Array.from({ length: HEIGHT }, () => {
      const row = Uint8Array.from({ length: stride }, random);
      // Palette indices must name an entry; a few 16-bit samples hit the transparent value below.
      if (colorType === 3) row.forEach((value, index) => (row[index] = bitDepth === 8 ? value % entries : value));
      if (bitDepth === 16 && colorType !== 6) row.set(colorType === 0 ? [1, 2] : [1, 2, 3, 4, 5, 6], 0);
      return row;
    });
    const palette = colorType === 3 ? Uint8Array.from({ length: entries * 3 }, random) : undefined;
    const transparency =
      colorType === 3
        ? Uint8Array.from({ length: entries - 2 }, random)
        : colorType === 0 && bitDepth === 16
          ? Uint8Array.from([1, 2])
          : colorType === 2
            ? Uint8Array.from([1, 2, 3, 4, 5, 6])
            : undefined;
    const bytes = makeRawPng({
      width: WIDTH,
      height: HEIGHT,
      bitDepth,
      colorType,
      rows,
      ...(palette === undefined ? {} : { palette }),
      ...(transparency === undefined ? {} : { transparency }),
    });
    const ours = await rowsOf(bytes);
    expect(visible(ours)).toEqual(visible(pngjsPixels(bytes)));
    if (transparency !== undefined) expect(ours.some((value, index) => index % 4 === 3 && value < 255)).toBe(true);
  });

  it('rejects data that ends before the last row', async () => {
    const rows = Array.from({ length: 4 }, () => new Uint8Array(3 * 8));
    const bytes = makeRawPng({ width: 8, height: 4, bitDepth: 8, colorType: 2, rows });
    const layout = readPngLayout(bytes);
    if (layout === null) throw new Error('not a PNG');
    await expect(readPngRows({ ...layout, height: 5 }, () => {})).rejects.toThrow(/ends after 4 of 5 rows/u);
  });
});
