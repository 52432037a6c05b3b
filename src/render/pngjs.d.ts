/**
 * The part of pngjs 7 huibao uses (it ships no types): encode RGBA pixels as a PNG, and decode an
 * interlaced PNG whole (src/render/png-rows.ts reads the others row by row).
 */
declare module 'pngjs' {
  export interface PackerOptions {
    /** 0 grey, 2 RGB, 4 grey + alpha, 6 RGBA. */
    readonly colorType?: 0 | 2 | 4 | 6;
    readonly inputColorType?: 0 | 2 | 4 | 6;
    readonly inputHasAlpha?: boolean;
    readonly deflateLevel?: number;
  }

  export class PNG {
    constructor(options?: { width: number; height: number });
    width: number;
    height: number;
    data: Buffer;
    static sync: {
      read(buffer: Buffer): PNG;
      write(png: PNG, options?: PackerOptions): Buffer;
    };
  }
}
