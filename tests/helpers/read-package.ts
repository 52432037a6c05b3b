/** A deck's zip entries as JSZip (the reference reader) reads them: files only, in stored order, CRC checked. */
import JSZip from 'jszip';

export interface PackageEntry {
  readonly name: string;
  readonly data: Uint8Array;
}

export async function readPackageEntries(bytes: Uint8Array): Promise<PackageEntry[]> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const files = Object.values(zip.files).filter((file) => !file.dir);
  return Promise.all(files.map(async (file) => ({ name: file.name, data: await file.async('uint8array') })));
}
