/** Zip packages users bring (.docx, templates), read with JSZip. */
import type JSZip from 'jszip';

export type ZipPackage = JSZip;

/** JSZip is loaded on first use, so that a build from plain text never loads it. */
export async function openZip(bytes: Uint8Array): Promise<ZipPackage> {
  const { default: zipLibrary } = await import('jszip');
  return zipLibrary.loadAsync(bytes);
}
