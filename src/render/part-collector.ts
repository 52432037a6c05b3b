/**
 * What pptxgenjs gets instead of JSZip (load-pptxgenjs.ts, and scripts/bundle.mjs for the bundle).
 * pptxgenjs only adds files and then asks for an archive. This keeps the parts as the strings
 * pptxgenjs made, so that renderDeck hands them to fixPackage without a zip and an unzip in
 * between. JSZip kept each part twice more while it built its archive: at 100× the seed, tens of
 * megabytes of peak memory. huibao draws no charts (whose embedded workbooks pptxgenjs zips on its
 * own) and never asks pptxgenjs for an archive, so none is written here.
 */
import { Buffer } from 'node:buffer';
import type { PackagePart } from '../ooxml/package-zip.js';

/** The `outputType` for which `generateAsync` returns the parts themselves. */
export const PARTS_OUTPUT = 'huibao-parts';

type FileData = string | Uint8Array | ArrayBuffer;

interface FileOptions {
  readonly base64?: boolean;
}

interface GenerateOptions {
  readonly type?: string;
}

/** A folder handle: pptxgenjs calls `zip.folder('ppt').folder('_rels')` and never lists folders. */
class FolderView {
  constructor(
    private readonly collector: PartCollector,
    private readonly prefix: string,
  ) {}

  folder(name: string): FolderView {
    return new FolderView(this.collector, `${this.prefix}${name.replace(/\/*$/u, '/')}`);
  }

  file(name: string, data: FileData, options: FileOptions = {}): FolderView {
    this.collector.file(`${this.prefix}${name}`, data, options);
    return this;
  }
}

function toBytes(data: Exclude<FileData, string>): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

export default class PartCollector {
  private readonly parts = new Map<string, string | Uint8Array>();

  folder(name: string): FolderView {
    return new FolderView(this, '').folder(name);
  }

  /** Adds or replaces a part, as JSZip does; base64 text is stored as its bytes. */
  file(name: string, data: FileData, options: FileOptions = {}): this {
    if (typeof data === 'string') this.parts.set(name, options.base64 === true ? new Uint8Array(Buffer.from(data, 'base64')) : data);
    else this.parts.set(name, toBytes(data));
    return this;
  }

  /** The parts in the order they were first added. */
  toParts(): PackagePart[] {
    return [...this.parts].map(([name, data]) => ({ name, data }));
  }

  async generateAsync(options: GenerateOptions = {}): Promise<PackagePart[]> {
    if (options.type === PARTS_OUTPUT) return this.toParts();
    throw new Error(`PartCollector gives parts only, not an archive of type "${String(options.type)}" (huibao draws no charts)`);
  }
}
