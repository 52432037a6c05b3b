/**
 * Downscales a picture fed one row at a time by area averaging (a box filter with fractional
 * coverage): each source pixel adds to the one or two target pixels its area falls on, weighted by
 * the share it covers. Averaging every source pixel, not sampling some, is what keeps a shrunk logo
 * free of jagged edges and moiré.
 *
 * Colours are averaged weighted by alpha (premultiplied): a transparent pixel's colour is
 * invisible and must not bleed in, or a logo on a transparent ground gets a dark fringe from the
 * black that PNG encoders store under alpha 0.
 *
 * Only two target rows are held at a time, so memory stays at the target size whatever the source.
 */

/** Where one source pixel (column or row) falls among the target pixels: first cell, its share, and the next cell's share. */
interface Spans {
  readonly first: Int32Array;
  readonly firstShare: Float64Array;
  readonly nextShare: Float64Array;
}

/** Source index → target cells, for a downscale from `from` to `to` pixels (to ≤ from). */
function spansFor(from: number, to: number): Spans {
  const first = new Int32Array(from);
  const firstShare = new Float64Array(from);
  const nextShare = new Float64Array(from);
  const scale = to / from;
  for (let index = 0; index < from; index += 1) {
    const start = index * scale;
    const end = (index + 1) * scale;
    const cell = Math.min(to - 1, Math.floor(start));
    const boundary = cell + 1;
    first[index] = cell;
    // Shrinking, a source pixel is narrower than a target pixel: it spans at most one boundary.
    if (end > boundary && boundary < to) {
      firstShare[index] = boundary - start;
      nextShare[index] = end - boundary;
    } else {
      firstShare[index] = end - start;
    }
  }
  return { first, firstShare, nextShare };
}

/** Channels of a source row: RGB (opaque) or RGBA. */
export type SourceChannels = 3 | 4;

export interface BoxResampler {
  /** The next source row, `sourceWidth × channels` bytes. */
  addRow(row: Uint8Array): void;
  /** The target picture as RGBA, once every source row is in. */
  finish(): Uint8Array;
}

/** Accumulators of one target row: premultiplied red, green, blue, then alpha, per pixel. */
type RowSums = Float64Array;

export function createBoxResampler(
  source: { width: number; height: number; channels: SourceChannels },
  target: { width: number; height: number },
): BoxResampler {
  const columns = spansFor(source.width, target.width);
  const rows = spansFor(source.height, target.height);
  const output = new Uint8Array(target.width * target.height * 4);
  let sums: [RowSums, RowSums] = [new Float64Array(target.width * 4), new Float64Array(target.width * 4)];
  /** The target row `sums[0]` collects; `sums[1]` is the one below. */
  let base = 0;
  let sourceRow = 0;

  const flush = (): void => {
    const row = sums[0];
    const offset = base * target.width * 4;
    for (let x = 0; x < target.width; x += 1) {
      const alpha = row[x * 4 + 3] ?? 0;
      if (alpha <= 0) continue;
      for (let channel = 0; channel < 3; channel += 1) output[offset + x * 4 + channel] = Math.min(255, Math.round((row[x * 4 + channel] ?? 0) / alpha));
      output[offset + x * 4 + 3] = Math.min(255, Math.round(alpha));
    }
    sums = [sums[1], row.fill(0)];
    base += 1;
  };

  const add = (row: Uint8Array, sum: RowSums, rowShare: number): void => {
    const { channels } = source;
    for (let x = 0; x < source.width; x += 1) {
      const alpha = channels === 4 ? (row[x * 4 + 3] ?? 0) : 255;
      if (alpha === 0) continue;
      const at = x * channels;
      const red = (row[at] ?? 0) * alpha;
      const green = (row[at + 1] ?? 0) * alpha;
      const blue = (row[at + 2] ?? 0) * alpha;
      const cell = (columns.first[x] ?? 0) * 4;
      const firstWeight = (columns.firstShare[x] ?? 0) * rowShare;
      sum[cell] = (sum[cell] ?? 0) + red * firstWeight;
      sum[cell + 1] = (sum[cell + 1] ?? 0) + green * firstWeight;
      sum[cell + 2] = (sum[cell + 2] ?? 0) + blue * firstWeight;
      sum[cell + 3] = (sum[cell + 3] ?? 0) + alpha * firstWeight;
      const nextWeight = (columns.nextShare[x] ?? 0) * rowShare;
      if (nextWeight === 0) continue;
      sum[cell + 4] = (sum[cell + 4] ?? 0) + red * nextWeight;
      sum[cell + 5] = (sum[cell + 5] ?? 0) + green * nextWeight;
      sum[cell + 6] = (sum[cell + 6] ?? 0) + blue * nextWeight;
      sum[cell + 7] = (sum[cell + 7] ?? 0) + alpha * nextWeight;
    }
  };

  return {
    addRow(row: Uint8Array): void {
      if (sourceRow >= source.height) return;
      const cell = rows.first[sourceRow] ?? 0;
      while (base < cell) flush();
      add(row, sums[0], rows.firstShare[sourceRow] ?? 0);
      const nextShare = rows.nextShare[sourceRow] ?? 0;
      if (nextShare > 0) add(row, sums[1], nextShare);
      sourceRow += 1;
    },
    finish(): Uint8Array {
      while (base < target.height) flush();
      return output;
    },
  };
}
