/**
 * Zip packages users bring (.docx, templates): read with our own zip reader, one entry at a time
 * and only the entries asked for, every inflated byte charged to the file's resource budget, so a
 * small file that inflates to gigabytes stops at the limit instead of exhausting memory.
 */
import { HuibaoError } from '../errors.js';
import { openZipArchive, type ZipArchive } from './zip-reader.js';
import type { ResourceBudget } from '../resource-budget.js';

export interface ZipPackage {
  has(name: string): boolean;
  /** The entry as UTF-8 text, or undefined when there is none. */
  text(name: string): string | undefined;
  bytes(name: string): Uint8Array | undefined;
}

/** The bytes are not a zip we can read, or an entry is damaged; callers say which file and what to do. */
export class UnreadableZipError extends Error {
  override readonly name = 'UnreadableZipError';
}

const utf8 = new TextDecoder('utf-8');

/** The zip reader reports its faults as internal errors (for our own decks); here they are the file's. */
function guarded<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof HuibaoError && error.kind === 'internal') throw new UnreadableZipError(error.message, { cause: error });
    throw error;
  }
}

export function openZip(bytes: Uint8Array, budget: ResourceBudget): ZipPackage {
  const archive: ZipArchive = guarded(() => openZipArchive(bytes, budget));
  const names = new Set(archive.names);
  const read = (name: string): Uint8Array | undefined => guarded(() => archive.read(name));
  return {
    has: (name) => names.has(name),
    text: (name) => {
      const data = read(name);
      return data === undefined ? undefined : utf8.decode(data);
    },
    bytes: read,
  };
}
