/**
 * What pptxgenjs gets instead of JSZip: scripts/bundle.mjs and vitest.config.ts resolve the
 * `import JSZip from 'jszip'` of pptxgenjs (and only of pptxgenjs) to this module. pptxgenjs only
 * adds files and then asks for an archive. This keeps the parts as the strings pptxgenjs made, so
 * that renderDeck hands them to fixPackage without a zip and an unzip in between; an archive is
 * written only when one is asked for (a chart's embedded workbook, a plain `write()`), by our zip
 * writer. JSZip kept each part twice more while it built its archive: at 100× the seed, tens of
 * megabytes of peak memory.
 */
import { Buffer } from 'node:buffer';
import type { PackagePart } from '../ooxml/package-zip.js';
import { writeZipFiles } from '../ooxml/zip-writer.js';

/** The `outputType` for which `generateAsync` returns the parts themselves. */
export const PARTS_OUTPUT = 'huibao-parts';

/** The date of the entries of archives written here; fixPackage writes the deck's own. */
const ARCHIVE_DATE = new Date(Date.UTC(1980, 0, 1));

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

  async generateAsync(options: GenerateOptions = {}): Promise<PackagePart[] | Uint8Array | Buffer | ArrayBuffer | string> {
    if (options.type === PARTS_OUTPUT) return this.toParts();
    const encoder = new TextEncoder();
    const archive = writeZipFiles(
      this.toParts().map((part) => ({ name: part.name, data: typeof part.data === 'string' ? encoder.encode(part.data) : part.data })),
      ARCHIVE_DATE,
    );
    switch (options.type) {
      case 'base64':
        return Buffer.from(archive).toString('base64');
      case 'nodebuffer':
        return Buffer.from(archive);
      case 'arraybuffer':
        return new Uint8Array(archive).buffer;
      case 'uint8array':
      case undefined:
        return archive;
      default:
        throw new Error(`PartCollector cannot write an archive as "${options.type}"`);
    }
  }
}
